#pragma once

#include "numberrecord.h"
#include "parseresult.h"
#include "sbc.h"

#include <array>
#include <optional>
#include <QString>
#include <simdjson.h>
#include <string>
#include <vector>

class NumberStore;

// Turns the JSON objects of a response into NumberRecords in a store, one record at a time, reporting
// what is odd about each (record and field named in jq syntax) to a ParseResult. Used by NumberParser;
// one reader per thread.
class NumberRecordReader final {
public:
    // "an array", "a string", ...: how messages name a JSON value's type.
    static QString typeName(simdjson::dom::element_type type);

    NumberRecordReader(NumberStore &store, ParseResult &result);

    void warn(const QString &path, const QString &message);

    // Reads the elements of an array of numbers; prefix is the array's path ("", ".data", "[2].data").
    void readArray(simdjson::dom::array array, const QString &prefix);

    // One element of an array of numbers: a number object, or something reported and left out.
    void readElement(simdjson::dom::element element, const QString &prefix, std::size_t index);

    // A record at prefix[index], or the whole document when index < 0. The path is formatted only when
    // there is something to report.
    void readRecord(simdjson::dom::object object, const QString &prefix, qsizetype index);

private:
    void warnField(std::string_view key, const QString &message);

    // Keeps key and value verbatim for the raw view, and marks the typed field as not reproducing them.
    void keepVerbatim(std::string_view key, simdjson::dom::element value, std::optional<NumberField> field);

    void unexpectedType(std::string_view key, simdjson::dom::element value, NumberField field,
                        const QString &expected);

    StringPool::Id pooledString(std::string_view key, simdjson::dom::element value, NumberField field);
    // The same, but a value that differs from the field's last one is interned with the record's others in
    // internDeferred(), before the record is stored (the text lives as long as the element's DOM).
    void deferPooledString(std::string_view key, simdjson::dom::element value, NumberField field,
                           StringPool::Id &target);
    void internDeferred();

    FlexibleId flexibleId(std::string_view key, simdjson::dom::element value, NumberField field);

    Timestamp timestamp(std::string_view key, simdjson::dom::element value, NumberField field);

    CapabilitySet capabilities(std::string_view key, simdjson::dom::element value, NumberField field,
                               StringPool::Id *order);

    // sbcList (and v3 sbcListArray): [{"sbcName": "...", "sbcId": 8}, ...]. Returns false if any entry has
    // a shape the typed list cannot reproduce.
    bool sbcList(std::string_view key, simdjson::dom::array array, std::vector<Sbc> *out);

    // Capability arrays repeat from record to record: remember the last names seen.
    std::optional<int> capabilityBit(std::string_view name);

    StringPool::Id statusCode(std::size_t code);

    NumberField lookup(std::string_view key);

    void readField(std::string_view key, simdjson::dom::element value);

    NumberStore &m_store;
    ParseResult &m_result;
    NumberRecord m_record;
    const QString *m_prefix = nullptr;
    qsizetype m_index = -1;
    std::string m_extras;
    std::string m_order;
    std::vector<Sbc> m_sbcs;
    std::array<StringPool::Id, 10> m_statusCodes{};
    std::array<int, 64> m_recentCapabilities{};
    StringPool::Id m_lastSourceText = NumberRecord::NoText;
    NumberSource m_lastSource = NumberSource::None;
    StringPool::Id m_lastAssignmentText = NumberRecord::NoText;
    AssignmentStatus m_lastAssignment = AssignmentStatus::None;
    std::array<StringPool::Id, NumberFieldCount> m_lastPooled{};
    std::vector<std::string_view> m_deferredTexts;
    std::vector<StringPool::Id *> m_deferredTargets; // fields of m_record
    std::vector<NumberField> m_deferredFields;
    std::vector<StringPool::Id> m_deferredIds;
    bool m_warned = false;
    std::size_t m_previous = NumberFieldCount;
    std::array<std::uint8_t, NumberFieldCount + 1> m_next{};
};
