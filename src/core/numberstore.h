#pragma once

#include "numberrecord.h"
#include "numbertextcolumn.h"
#include "recordblocks.h"
#include "sbc.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

// All numbers of one load, with the string storage they point into. Appending is cheap; rows never move.
class NumberStore final {
public:
    NumberStore();

    std::size_t size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.empty(); }
    const NumberRecord &record(std::size_t row) const { return m_records[row]; }
    const RecordBlocks &records() const { return m_records; }

    std::string_view pooled(StringPool::Id id) const
    {
        return id == NumberRecord::NoText ? std::string_view{} : m_pool.view(id);
    }
    std::string_view unique(TextArena::Id id) const
    {
        return id == NumberRecord::NoText ? std::string_view{} : m_arena.view(id);
    }
    // The number of row; reads only the column of numbers unless the text is too long for it.
    std::string_view telephoneNumber(std::size_t row) const
    {
        const NumberTextColumn::Slot &slot = m_numberTexts[row];
        return slot.isInline() ? slot.view() : unique(m_records[row].telephoneNumber);
    }

    const NumberTextColumn &numberTexts() const { return m_numberTexts; }
    const StringPool &pool() const { return m_pool; }
    const CapabilityVocabulary &capabilities() const { return m_capabilities; }
    const std::vector<Sbc> &sbcList(std::uint32_t listId) const;
    std::size_t sbcListCount() const { return m_sbcLists.size(); }

    // Building (used by the parser and by merges).
    StringPool::Id intern(std::string_view text) { return m_pool.intern(text); }
    void internAll(std::span<const std::string_view> texts, std::span<StringPool::Id> ids)
    {
        m_pool.internAll(texts, ids);
    }
    TextArena::Id appendUnique(std::string_view text) { return m_arena.append(text); }
    CapabilityVocabulary &capabilityVocabulary() { return m_capabilities; }
    std::uint32_t internSbcList(const std::vector<Sbc> &list);
    void addRecord(const NumberRecord &record)
    {
        m_records.push_back(record);
        m_numberTexts.push_back(unique(record.telephoneNumber));
    }
    // Room for this many numbers, and for their strings as many as the numbers so far have.
    void reserve(std::size_t records);
    // Drops the records from row on (their strings stay pooled); used to undo a failed parse.
    void truncate(std::size_t rows)
    {
        m_records.truncate(rows);
        m_numberTexts.truncate(rows);
    }

    // Appends every record of other, re-interning its strings into this store.
    void append(const NumberStore &other) { append(other, 0); }
    // The same from other's row firstRow on.
    void append(const NumberStore &other, std::size_t firstRow);
    // The same, but an empty store simply takes other over (a whole v2 list is not copied).
    void append(NumberStore &&other);

    // The record as JSON (minified): the known keys it had in the vendor's order, then anything kept
    // verbatim (unknown keys, values of unexpected types).
    std::string rawJson(std::size_t row) const;
    void appendFlexibleId(std::string &out, const FlexibleId &id) const;
    void appendTimestamp(std::string &out, const Timestamp &ts) const;
    std::string capabilityNames(CapabilitySet set, std::string_view separator) const;
    void appendCapabilityNames(std::string &out, CapabilitySet set, std::string_view separator) const;

    // Bytes held by the store (records, strings, indexes), for the memory figures.
    std::size_t memoryUsage() const;

private:
    void reserveStrings();

    RecordBlocks m_records;
    NumberTextColumn m_numberTexts; // of m_records, row for row
    StringPool m_pool;
    TextArena m_arena;
    CapabilityVocabulary m_capabilities;
    std::vector<std::vector<Sbc>> m_sbcLists;
    // Distinct lists by a hash of their content; equal hashes are confirmed by comparing the lists.
    std::unordered_multimap<std::uint64_t, std::uint32_t> m_sbcListIndex;
    std::size_t m_expectedRecords = 0; // reserved for, until the strings are reserved too
};
