#include "numberparser.h"

#include "jsontext.h"
#include "numberstore.h"

#include <exception>
#include <QJsonDocument>
#include <QJsonParseError>
#include <simdjson.h>
#include <thread>

namespace dom = simdjson::dom;
using namespace Qt::StringLiterals;

namespace {

// Below this many numbers one thread is faster than two plus the merge.
constexpr std::size_t ParallelThreshold = 20000;

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString typeName(dom::element_type type)
{
    switch (type) {
    case dom::element_type::ARRAY:
        return NumberParser::tr("an array");
    case dom::element_type::OBJECT:
        return NumberParser::tr("an object");
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
        return NumberParser::tr("an integer");
    case dom::element_type::DOUBLE:
        return NumberParser::tr("a decimal number");
    case dom::element_type::STRING:
        return NumberParser::tr("a string");
    case dom::element_type::BOOL:
        return NumberParser::tr("a boolean");
    case dom::element_type::NULL_VALUE:
        return NumberParser::tr("null");
    }
    return {};
}

bool isE164(std::string_view n)
{
    if (n.size() < 3 || n.size() > 16 || n[0] != '+' || n[1] < '1' || n[1] > '9')
        return false;
    for (std::size_t i = 2; i < n.size(); ++i) {
        if (n[i] < '0' || n[i] > '9')
            return false;
    }
    return true;
}

// Reads the records of one document into a store.
class RecordReader final {
public:
    RecordReader(NumberStore &store, ParseResult &result)
        : m_store(store)
        , m_result(result)
    {
        m_statusCodes.fill(NumberRecord::NoText);
        m_recentCapabilities.fill(-1);
        m_lastPooled.fill(NumberRecord::NoText);
    }

    void warn(const QString &path, const QString &message)
    {
        ++m_result.issueCount;
        if (m_result.issues.size() < ParseResult::MaxKeptIssues)
            m_result.issues.push_back({path, message});
    }

    // Reads the elements of an array of numbers; prefix is the array's path ("", ".data", "[2].data").
    void readArray(dom::array array, const QString &prefix)
    {
        m_store.reserve(m_store.size() + array.size());
        std::size_t index = 0;
        for (const dom::element element : array)
            readElement(element, prefix, index++);
    }

    // One element of an array of numbers: a number object, or something reported and left out.
    void readElement(dom::element element, const QString &prefix, std::size_t index)
    {
        dom::object object;
        if (element.get(object) == simdjson::SUCCESS) {
            readRecord(object, prefix, static_cast<qsizetype>(index));
            return;
        }
        warn(prefix + u'[' + QString::number(index) + u']',
             NumberParser::tr(
                 "expected a number object but found %1; this entry is not a number and was left out")
                 .arg(typeName(element.type())));
    }

    // A record at prefix[index], or the whole document when index < 0. The path is formatted only when
    // there is something to report.
    void readRecord(dom::object object, const QString &prefix, qsizetype index)
    {
        m_record = NumberRecord{};
        m_prefix = &prefix;
        m_index = index;
        m_extras.clear();
        m_warned = false;
        for (const dom::key_value_pair field : object)
            readField(field.key, field.value);
        if (!m_record.has(NumberField::TelephoneNumber)) {
            warnField("telephoneNumber",
                      NumberParser::tr(
                          "the record has no telephoneNumber; it is kept and listed without a number"));
        }
        if (!m_extras.empty())
            m_record.extras = m_store.appendUnique(m_extras);
        if (m_warned)
            m_record.flags |= NumberRecord::HasWarnings;
        m_store.addRecord(m_record);
        ++m_result.recordCount;
    }

private:
    void warnField(std::string_view key, const QString &message)
    {
        m_warned = true;
        const QString record = m_index < 0 ? *m_prefix : *m_prefix + u'[' + QString::number(m_index) + u']';
        warn(record + u'.' + qs(key), message);
    }

    // Keeps key and value verbatim for the raw view, and marks the typed field as not reproducing them.
    void keepVerbatim(std::string_view key, dom::element value, std::optional<NumberField> field)
    {
        if (!m_extras.empty())
            m_extras.push_back(',');
        appendJsonString(m_extras, key);
        m_extras.push_back(':');
        m_extras += simdjson::minify(value);
        if (field)
            m_record.verbatim |= fieldBit(*field);
    }

    void unexpectedType(std::string_view key, dom::element value, NumberField field, const QString &expected)
    {
        warnField(key, NumberParser::tr("expected %1 but found %2; the value is kept only in the raw JSON")
                           .arg(expected, typeName(value.type())));
        keepVerbatim(key, value, field);
    }

    StringPool::Id pooledString(std::string_view key, dom::element value, NumberField field)
    {
        std::string_view text;
        if (value.get(text) == simdjson::SUCCESS) {
            // Neighbouring records mostly repeat a field's value: compare before hashing.
            StringPool::Id &last = m_lastPooled[static_cast<std::size_t>(field)];
            if (last == NumberRecord::NoText || m_store.pooled(last) != text)
                last = m_store.intern(text);
            return last;
        }
        if (!value.is_null())
            unexpectedType(key, value, field, NumberParser::tr("a string or null"));
        return NumberRecord::NoText;
    }

    FlexibleId flexibleId(std::string_view key, dom::element value, NumberField field)
    {
        std::int64_t integer;
        std::string_view text;
        if (value.get(integer) == simdjson::SUCCESS)
            return FlexibleId::integer(integer);
        if (value.get(text) == simdjson::SUCCESS)
            return FlexibleId::string(m_store.appendUnique(text));
        if (!value.is_null())
            unexpectedType(key, value, field, NumberParser::tr("an integer, a string or null"));
        return {};
    }

    Timestamp timestamp(std::string_view key, dom::element value, NumberField field)
    {
        Timestamp ts;
        std::string_view text;
        if (value.get(text) == simdjson::SUCCESS) {
            if (!Timestamp::parse(text, &ts)) {
                warnField(key,
                          NumberParser::tr("\"%1\" is not an ISO-8601 date and time; it is shown as sent")
                              .arg(qs(text)));
                ts.state = Timestamp::State::Invalid;
                ts.setValue(m_store.appendUnique(text));
            }
        } else if (!value.is_null()) {
            unexpectedType(key, value, field, NumberParser::tr("a date-time string or null"));
        }
        return ts;
    }

    CapabilitySet capabilities(std::string_view key, dom::element value, NumberField field,
                               StringPool::Id *order)
    {
        dom::array array;
        if (value.get(array) != simdjson::SUCCESS) {
            if (!value.is_null())
                unexpectedType(key, value, field, NumberParser::tr("an array of capability names or null"));
            return 0;
        }
        CapabilitySet set = 0;
        std::size_t index = 0;
        bool exact = true;
        m_order.clear();
        for (dom::element item : array) {
            std::string_view name;
            if (item.get(name) != simdjson::SUCCESS) {
                exact = false;
                warnField(key, NumberParser::tr("item %1 is %2, not a capability name; it is ignored")
                                   .arg(index)
                                   .arg(typeName(item.type())));
            } else if (const auto bit = capabilityBit(name)) {
                set |= CapabilitySet{1} << *bit;
                m_order.push_back(static_cast<char>(*bit));
            } else {
                exact = false;
                warnField(key,
                          NumberParser::tr("more than %1 different capability names in one response; \"%2\" "
                                           "is shown only in the raw JSON")
                              .arg(CapabilityVocabulary::MaxCapabilities)
                              .arg(qs(name)));
            }
            ++index;
        }
        *order = m_store.intern(m_order);
        if (!exact)
            keepVerbatim(key, value, field);
        return set;
    }

    // sbcList (and v3 sbcListArray): [{"sbcName": "...", "sbcId": 8}, ...]. Returns false if any entry has
    // a shape the typed list cannot reproduce.
    bool sbcList(std::string_view key, dom::array array, std::vector<Sbc> *out)
    {
        bool exact = true;
        std::size_t index = 0;
        for (dom::element item : array) {
            dom::object object;
            std::string_view name;
            if (item.get(object) != simdjson::SUCCESS || object["sbcName"].get(name) != simdjson::SUCCESS) {
                warnField(key,
                          NumberParser::tr("entry %1 has no sbcName string; it is shown only in the raw JSON")
                              .arg(index));
                exact = false;
                ++index;
                continue;
            }
            Sbc sbc{m_store.intern(name), {}};
            // The typed list reproduces exactly {"sbcName": string, "sbcId": integer|string|null}.
            std::size_t position = 0;
            for (const dom::key_value_pair kv : object) {
                if (position == 1 && kv.key == "sbcId") {
                    std::int64_t integer;
                    std::string_view text;
                    if (kv.value.get(integer) == simdjson::SUCCESS)
                        sbc.id = FlexibleId::integer(integer);
                    else if (kv.value.get(text) == simdjson::SUCCESS)
                        sbc.id = FlexibleId::string(m_store.appendUnique(text));
                    else if (!kv.value.is_null())
                        exact = false;
                } else if (position != 0 || kv.key != "sbcName") {
                    exact = false;
                }
                ++position;
            }
            if (position != 2)
                exact = false;
            out->push_back(sbc);
            ++index;
        }
        return exact;
    }

    // Capability arrays repeat from record to record: remember the last names seen.
    std::optional<int> capabilityBit(std::string_view name)
    {
        const std::size_t slot =
            (name.size() * 31 + (name.empty() ? 0u : static_cast<unsigned char>(name.back()))) %
            m_recentCapabilities.size();
        int &bit = m_recentCapabilities[slot];
        if (bit >= 0 && m_store.capabilities().name(bit) == name)
            return bit;
        const auto found = m_store.capabilityVocabulary().insert(name);
        bit = found.value_or(-1);
        return found;
    }

    StringPool::Id statusCode(std::size_t code)
    {
        if (m_statusCodes[code] == NumberRecord::NoText)
            m_statusCodes[code] = m_store.intern(std::to_string(code));
        return m_statusCodes[code];
    }

    NumberField lookup(std::string_view key)
    {
        // Records of one response share their key order: try the key that followed last time first.
        const auto hint = m_next[m_previous];
        if (hint < NumberFieldCount && NumberFieldKeys[hint] == key) {
            m_previous = hint;
            return static_cast<NumberField>(hint);
        }
        const auto field = fieldFromKey(key);
        const auto index = field ? static_cast<std::size_t>(*field) : NumberFieldCount;
        m_next[m_previous] = static_cast<std::uint8_t>(index);
        m_previous = index;
        return field.value_or(NumberField::Count);
    }

    void readField(std::string_view key, dom::element value)
    {
        const NumberField field = lookup(key);
        if (field == NumberField::Count) {
            keepVerbatim(key, value, std::nullopt);
            return;
        }
        if (m_record.present & fieldBit(field)) {
            warnField(key, NumberParser::tr(
                               "the key appears more than once; the first value is used and the others "
                               "are kept only in the raw JSON"));
            keepVerbatim(key, value, std::nullopt);
            return;
        }
        m_record.present |= fieldBit(field);
        NumberRecord &r = m_record;
        switch (field) {
        case NumberField::UploadTelephoneNumberEntryId:
            r.uploadTelephoneNumberEntryId = flexibleId(key, value, field);
            break;
        case NumberField::Id:
            r.id = flexibleId(key, value, field);
            break;
        case NumberField::UploadToAccountJobId:
            r.uploadToAccountJobId = flexibleId(key, value, field);
            break;
        case NumberField::OvocChannelId:
            r.ovocChannelId = flexibleId(key, value, field);
            break;
        case NumberField::Source:
            r.sourceText = pooledString(key, value, field);
            if (r.sourceText == NumberRecord::NoText) {
                r.source = NumberSource::None;
            } else {
                if (r.sourceText != m_lastSourceText) {
                    m_lastSourceText = r.sourceText;
                    m_lastSource = sourceFromText(m_store.pooled(r.sourceText));
                }
                r.source = m_lastSource;
            }
            break;
        case NumberField::SbcList: {
            dom::array array;
            if (value.get(array) == simdjson::SUCCESS) {
                m_sbcs.clear();
                if (!sbcList(key, array, &m_sbcs))
                    keepVerbatim(key, value, field);
                r.sbcList = m_store.internSbcList(m_sbcs);
            } else if (!value.is_null()) {
                unexpectedType(key, value, field, NumberParser::tr("an array of SBCs or null"));
            }
            break;
        }
        case NumberField::SbcListArray: {
            if (!value.is_null())
                r.sbcListArray = m_store.intern(simdjson::minify(value));
            dom::array array;
            if (!r.has(NumberField::SbcList) && value.get(array) == simdjson::SUCCESS) {
                m_sbcs.clear();
                sbcList(key, array, &m_sbcs);
                r.sbcList = m_store.internSbcList(m_sbcs);
            }
            break;
        }
        case NumberField::WhenCreated:
            r.whenCreated = timestamp(key, value, field);
            break;
        case NumberField::AcquiredOn:
            r.acquiredOn = timestamp(key, value, field);
            break;
        case NumberField::ConsentedOn:
            r.consentedOn = timestamp(key, value, field);
            break;
        case NumberField::Aslcht:
            r.aslcht = timestamp(key, value, field);
            break;
        case NumberField::Aslsct:
            r.aslsct = timestamp(key, value, field);
            break;
        case NumberField::Asticks:
            r.asticks = timestamp(key, value, field);
            break;
        case NumberField::AcquiredNumberStatus: {
            std::int64_t code;
            std::string_view text;
            if (value.get(code) == simdjson::SUCCESS) {
                r.status = statusFromCode(code);
                r.statusText = code >= 0 && code < 10 ? statusCode(static_cast<std::size_t>(code))
                                                      : m_store.intern(std::to_string(code));
                r.flags &= ~NumberRecord::StatusAsText;
            } else if (value.get(text) == simdjson::SUCCESS) {
                r.status = statusFromText(text);
                r.statusText = m_store.intern(text);
                r.flags |= NumberRecord::StatusAsText;
            } else {
                r.status = NumberStatus::None;
                r.statusText = NumberRecord::NoText;
                if (!value.is_null())
                    unexpectedType(key, value, field,
                                   NumberParser::tr("a status code, a status name or null"));
            }
            break;
        }
        case NumberField::AssignmentStatus: {
            dom::array array;
            std::string_view text;
            r.flags &= ~NumberRecord::AssignmentAsArray;
            if (value.get(text) == simdjson::SUCCESS) {
                const StringPool::Id id = m_store.intern(text);
                if (id != m_lastAssignmentText) {
                    m_lastAssignmentText = id;
                    m_lastAssignment = assignmentFromText(text);
                }
                r.assignmentText = id;
                r.assignment = m_lastAssignment;
            } else if (value.get(array) == simdjson::SUCCESS) {
                std::string joined;
                bool exact = array.size() > 0;
                for (dom::element item : array) {
                    std::string_view itemText;
                    if (item.get(itemText) != simdjson::SUCCESS || itemText.empty() ||
                        itemText.find(", ") != std::string_view::npos) {
                        exact = false;
                        if (item.get(itemText) != simdjson::SUCCESS)
                            continue;
                    }
                    if (!joined.empty())
                        joined += ", ";
                    joined += itemText;
                }
                r.assignmentText = m_store.intern(joined);
                r.assignment = array.size() == 1 ? assignmentFromText(joined)
                               : joined.empty()  ? AssignmentStatus::None
                                                 : AssignmentStatus::Unknown;
                r.flags |= NumberRecord::AssignmentAsArray;
                if (!exact)
                    keepVerbatim(key, value, field);
            } else {
                r.assignmentText = NumberRecord::NoText;
                r.assignment = AssignmentStatus::None;
                if (!value.is_null())
                    unexpectedType(key, value, field,
                                   NumberParser::tr("a string, an array of strings or null"));
            }
            break;
        }
        case NumberField::TelephoneNumber: {
            std::string_view text;
            if (value.get(text) == simdjson::SUCCESS) {
                r.telephoneNumber = m_store.appendUnique(text);
                if (!isE164(text)) {
                    warnField(key, NumberParser::tr(
                                       "\"%1\" is not an E.164 number (\"+\" then up to 15 digits); it "
                                       "is shown as sent")
                                       .arg(qs(text)));
                }
            } else {
                r.present &= ~fieldBit(field);
                unexpectedType(key, value, field, NumberParser::tr("the number as a string"));
                r.present |= fieldBit(field);
            }
            break;
        }
        case NumberField::TnUploadJobId:
            r.tnUploadJobId = pooledString(key, value, field);
            break;
        case NumberField::AcquiredCapabilities:
            r.acquiredCapabilities = capabilities(key, value, field, &r.acquiredCapabilitiesOrder);
            break;
        case NumberField::AvailableCapabilities:
            r.availableCapabilities = capabilities(key, value, field, &r.availableCapabilitiesOrder);
            break;
        case NumberField::CallingProfileId:
            r.callingProfileId = pooledString(key, value, field);
            break;
        case NumberField::IsoCountryCode:
            r.isoCountryCode = pooledString(key, value, field);
            break;
        case NumberField::LocationId:
            r.locationId = pooledString(key, value, field);
            break;
        case NumberField::CivicAddressId:
            r.civicAddressId = pooledString(key, value, field);
            break;
        case NumberField::TenantId:
            r.tenantId = pooledString(key, value, field);
            break;
        case NumberField::AslvCode: {
            std::int64_t code;
            if (value.get(code) == simdjson::SUCCESS) { // an HTTP-like code may come as a number
                r.aslvCode = m_store.intern(std::to_string(code));
                keepVerbatim(key, value, field);
            } else {
                r.aslvCode = pooledString(key, value, field);
            }
            break;
        }
        case NumberField::UmpCustomerGuid:
            r.umpCustomerGuid = pooledString(key, value, field);
            break;
        case NumberField::UmpCustomerFullName:
            r.umpCustomerFullName = pooledString(key, value, field);
            break;
        case NumberField::MsCompanyName:
            r.msCompanyName = pooledString(key, value, field);
            break;
        case NumberField::OcSipConnectionName:
            r.ocSipConnectionName = pooledString(key, value, field);
            break;
        case NumberField::OcSipConnectionDescription:
            r.ocSipConnectionDescription = pooledString(key, value, field);
            break;
        case NumberField::TenantCallingProfileId:
            r.tenantCallingProfileId = pooledString(key, value, field);
            break;
        case NumberField::SbcListJson:
            r.sbcListJson = pooledString(key, value, field);
            break;
        case NumberField::Count:
            break;
        }
    }

    NumberStore &m_store;
    ParseResult &m_result;
    NumberRecord m_record;
    const QString *m_prefix = nullptr;
    qsizetype m_index = -1;
    std::string m_extras;
    std::string m_order;
    std::vector<Sbc> m_sbcs;
    std::array<StringPool::Id, 10> m_statusCodes;
    std::array<int, 64> m_recentCapabilities;
    StringPool::Id m_lastSourceText = NumberRecord::NoText;
    NumberSource m_lastSource = NumberSource::None;
    StringPool::Id m_lastAssignmentText = NumberRecord::NoText;
    AssignmentStatus m_lastAssignment = AssignmentStatus::None;
    std::array<StringPool::Id, NumberFieldCount> m_lastPooled;
    bool m_warned = false;
    std::size_t m_previous = NumberFieldCount;
    std::array<std::uint8_t, NumberFieldCount + 1> m_next{};
};

std::optional<dom::element> findKeyCaseInsensitive(dom::object object, std::string_view key)
{
    for (const dom::key_value_pair kv : object) {
        if (kv.key.size() == key.size() &&
            std::equal(key.begin(), key.end(), kv.key.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            }))
            return kv.value;
    }
    return std::nullopt;
}

std::optional<std::int64_t> integerField(dom::object object, std::string_view key, RecordReader &reader,
                                         const QString &path)
{
    const auto value = findKeyCaseInsensitive(object, key);
    if (!value)
        return std::nullopt;
    std::int64_t integer;
    if (value->get(integer) == simdjson::SUCCESS)
        return integer;
    if (!value->is_null()) {
        reader.warn(
            path + u'.' + qs(key),
            NumberParser::tr("expected an integer but found %1; ignored").arg(typeName(value->type())));
    }
    return std::nullopt;
}

// A v3 envelope: {currentPage, pageSize, totalPages, totalRecords, data: [...]}. Returns an error text.
QString readPage(dom::object page, const QString &path, RecordReader &reader, ParseResult &result)
{
    const auto data = findKeyCaseInsensitive(page, "data");
    dom::array array;
    if (!data || data->get(array) != simdjson::SUCCESS) {
        return NumberParser::tr("%1: the page's \"data\" is %2, expected the array of numbers")
            .arg(path.isEmpty() ? u"."_s : path, data ? typeName(data->type()) : NumberParser::tr("missing"));
    }
    PageInfo info;
    info.currentPage = integerField(page, "currentPage", reader, path);
    info.pageSize = integerField(page, "pageSize", reader, path);
    info.totalPages = integerField(page, "totalPages", reader, path);
    info.totalRecords = integerField(page, "totalRecords", reader, path);
    result.pages.push_back(info);
    reader.readArray(array, path + u".data"_s);
    return {};
}

bool looksLikePage(dom::object object)
{
    return findKeyCaseInsensitive(object, "data").has_value();
}

// Bodies an API sends instead of data: problem details (v3) or {"description": "..."} (older calls).
QString errorBodyMessage(dom::object object)
{
    std::string_view title, detail, ticket, description;
    const bool hasTitle = object["title"].get(title) == simdjson::SUCCESS;
    const bool hasDetail = object["detail"].get(detail) == simdjson::SUCCESS;
    const bool hasTicket = object["errorTicket"].get(ticket) == simdjson::SUCCESS;
    if (hasTitle || hasDetail || hasTicket) {
        QString text = NumberParser::tr("this is an error response from the server, not numbers");
        if (hasTitle)
            text += u": "_s + qs(title);
        if (hasDetail)
            text += u" — "_s + qs(detail);
        if (hasTicket)
            text += u" "_s + NumberParser::tr("(error ticket %1)").arg(qs(ticket));
        return text;
    }
    if (object["description"].get(description) == simdjson::SUCCESS && object.size() == 1)
        return NumberParser::tr("this is an error response from the server, not numbers: %1")
            .arg(qs(description));
    return {};
}

bool looksLikeNumber(dom::object object)
{
    for (const dom::key_value_pair kv : object) {
        if (fieldFromKey(kv.key))
            return true;
    }
    return false;
}

QString locate(QByteArrayView json, simdjson::error_code code)
{
    QString what;
    switch (code) {
    case simdjson::EMPTY:
        return NumberParser::tr("the input is empty; expected JSON: an array of numbers or a v3 page");
    case simdjson::UTF8_ERROR:
        what = NumberParser::tr("the input is not valid UTF-8");
        break;
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return NumberParser::tr("the input (%1 bytes) is too large to parse").arg(json.size());
    case simdjson::DEPTH_ERROR:
        return NumberParser::tr(
            "the input nests arrays or objects too deeply to be a Live Platform response");
    default:
        what = NumberParser::tr("the input is not valid JSON (%1)")
                   .arg(QString::fromLatin1(simdjson::error_message(code)));
    }
    // simdjson does not say where; Qt's parser does, and the error path can afford it.
    QJsonParseError error{};
    QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError)
        return what;
    const qsizetype offset = std::min<qsizetype>(error.offset, json.size());
    qsizetype line = 1, column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return NumberParser::tr("%1 at line %2, column %3 (byte %4): %5")
        .arg(what)
        .arg(line)
        .arg(column)
        .arg(offset)
        .arg(error.errorString());
}

bool startsWith(QByteArrayView json, char expected)
{
    for (const char c : json) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == expected;
    }
    return false;
}

// A top-level array of numbers, the v2 response. One pass finds each element's text; then each element is
// parsed on its own by a small, reused DOM parser (the two halves on two threads when there are many). The
// whole document's tape is never built: its size grows with the response and it lands in fresh memory,
// which made a million-number load cost far more than ten times a hundred-thousand one.
// Returns nullopt, having added nothing, when the input is not such an array (a list of v3 pages) or is
// malformed: the caller then parses it as one document, which also reports errors precisely.
std::optional<ParseResult> parseNumberArray(const simdjson::padded_string_view &padded, const char *bufferEnd,
                                            NumberStore &into)
{
    namespace ondemand = simdjson::ondemand;
    struct Element {
        std::string_view text;
        bool isObject;
    };
    std::vector<Element> elements;
    {
        ondemand::parser scanner;
        ondemand::document document;
        ondemand::array array;
        if (scanner.iterate(padded).get(document) != simdjson::SUCCESS ||
            document.get_array().get(array) != simdjson::SUCCESS)
            return std::nullopt;
        for (auto item : array) {
            ondemand::value value;
            ondemand::json_type type;
            std::string_view text;
            if (item.get(value) != simdjson::SUCCESS || value.type().get(type) != simdjson::SUCCESS)
                return std::nullopt;
            if (type == ondemand::json_type::object) {
                ondemand::object object;
                if (value.get_object().get(object) != simdjson::SUCCESS ||
                    object.raw_json().get(text) != simdjson::SUCCESS)
                    return std::nullopt;
            } else if (type == ondemand::json_type::array) {
                ondemand::array inner;
                if (value.get_array().get(inner) != simdjson::SUCCESS ||
                    inner.raw_json().get(text) != simdjson::SUCCESS)
                    return std::nullopt;
            } else {
                text = value.raw_json_token();
            }
            elements.push_back({text, type == ondemand::json_type::object});
        }
        // Anything after the closing bracket is not a v2 response.
        const char *trailing = nullptr;
        if (document.current_location().get(trailing) == simdjson::SUCCESS)
            return std::nullopt;
    }

    const auto parseElement = [bufferEnd](dom::parser &parser, const Element &element, dom::element *out) {
        const simdjson::padded_string_view view(element.text.data(), element.text.size(),
                                                static_cast<std::size_t>(bufferEnd - element.text.data()));
        return parser.parse(view).get(*out);
    };
    if (!elements.empty() && elements.front().isObject) {
        dom::parser parser;
        dom::element first;
        dom::object object;
        if (parseElement(parser, elements.front(), &first) != simdjson::SUCCESS ||
            (first.get(object) == simdjson::SUCCESS && looksLikePage(object)))
            return std::nullopt;
    }

    // Reads elements [begin, end) into store; false if one of them is not valid JSON.
    const auto readSlice = [&](NumberStore &store, ParseResult &result, std::size_t begin, std::size_t end) {
        store.reserve(store.size() + (end - begin));
        dom::parser parser;
        RecordReader reader(store, result);
        const QString prefix;
        for (std::size_t i = begin; i < end; ++i) {
            dom::element element;
            if (parseElement(parser, elements[i], &element) != simdjson::SUCCESS)
                return false;
            reader.readElement(element, prefix, i);
        }
        return true;
    };

    const std::size_t rowsBefore = into.size();
    ParseResult result;
    result.shape = ParseResult::Shape::V2Array;
    if (elements.size() < ParallelThreshold || std::thread::hardware_concurrency() < 2) {
        if (!readSlice(into, result, 0, elements.size())) {
            into.truncate(rowsBefore);
            return std::nullopt;
        }
        return result;
    }

    // The second core reads the second half into a store of its own, which is then appended (its strings
    // re-interned once per distinct value).
    const std::size_t half = elements.size() / 2;
    into.reserve(into.size() + elements.size());
    NumberStore secondStore;
    ParseResult second;
    bool secondOk = false;
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            secondOk = readSlice(secondStore, second, half, elements.size());
        } catch (...) {
            failure = std::current_exception();
        }
    });
    bool firstOk = false;
    try {
        firstOk = readSlice(into, result, 0, half);
    } catch (...) {
        worker.join();
        throw;
    }
    worker.join();
    if (failure)
        std::rethrow_exception(failure);
    if (!firstOk || !secondOk) {
        into.truncate(rowsBefore);
        return std::nullopt;
    }
    into.append(secondStore);
    result.recordCount += second.recordCount;
    result.issueCount += second.issueCount;
    for (ParseIssue &issue : second.issues) {
        if (result.issues.size() >= ParseResult::MaxKeptIssues)
            break;
        result.issues.push_back(std::move(issue));
    }
    return result;
}

ParseResult parseDocument(QByteArrayView json, NumberStore &into, std::size_t readablePastEnd)
{
    ParseResult result;
    const std::size_t rowsBefore = into.size();
    const auto fail = [&](const QString &message) {
        into.truncate(rowsBefore);
        result.error = message;
        result.recordCount = 0;
        result.pages.clear();
        result.issues.clear();
        result.issueCount = 0;
        return result;
    };

    static_assert(NumberParser::Padding >= simdjson::SIMDJSON_PADDING);
    const auto size = static_cast<std::size_t>(json.size());
    simdjson::padded_string copy;
    if (readablePastEnd < simdjson::SIMDJSON_PADDING)
        copy = simdjson::padded_string(json.data(), size);
    const simdjson::padded_string_view padded =
        readablePastEnd < simdjson::SIMDJSON_PADDING
            ? simdjson::padded_string_view(copy)
            : simdjson::padded_string_view(json.data(), size, size + readablePastEnd);
    if (startsWith(json, '[')) {
        if (auto result = parseNumberArray(
                padded, padded.data() + size + std::max(readablePastEnd, simdjson::SIMDJSON_PADDING), into))
            return std::move(*result);
    }
    dom::parser parser;
    dom::element root;
    const auto code = parser.parse(padded).get(root);
    RecordReader reader(into, result);

    if (code != simdjson::SUCCESS) {
        // Several v3 pages saved one after another ("{...}\n{...}") are not one JSON document.
        if (!startsWith(json, '{'))
            return fail(locate(json, code));
        dom::document_stream stream;
        if (parser.parse_many(padded.data(), padded.size(), padded.size() + 1).get(stream) !=
            simdjson::SUCCESS)
            return fail(locate(json, code));
        result.shape = ParseResult::Shape::PageStream;
        std::size_t index = 0;
        for (auto doc : stream) {
            dom::object page;
            if (doc.error() != simdjson::SUCCESS)
                return fail(locate(json, code));
            if (doc.get(page) != simdjson::SUCCESS || !looksLikePage(page))
                return fail(
                    NumberParser::tr("document %1 of the input is not a v3 page (an object with \"data\")")
                        .arg(index + 1));
            const QString error = readPage(page, u"<document %1>"_s.arg(index + 1), reader, result);
            if (!error.isEmpty())
                return fail(error);
            ++index;
        }
        if (stream.truncated_bytes() > 0)
            return fail(NumberParser::tr("the last %1 bytes of the input are an incomplete JSON document")
                            .arg(stream.truncated_bytes()));
        return result;
    }

    dom::array array;
    dom::object object;
    if (root.get(array) == simdjson::SUCCESS) {
        dom::object first;
        if (array.size() > 0 && array.at(0).get(first) == simdjson::SUCCESS && looksLikePage(first)) {
            result.shape = ParseResult::Shape::PageArray;
            std::size_t index = 0;
            for (dom::element element : array) {
                dom::object page;
                const QString path = u'[' + QString::number(index) + u']';
                if (element.get(page) != simdjson::SUCCESS || !looksLikePage(page))
                    return fail(NumberParser::tr("%1: expected a v3 page like the first element, found %2")
                                    .arg(path, typeName(element.type())));
                const QString error = readPage(page, path, reader, result);
                if (!error.isEmpty())
                    return fail(error);
                ++index;
            }
            return result;
        }
        result.shape = ParseResult::Shape::V2Array;
        reader.readArray(array, QString());
        return result;
    }
    if (root.get(object) == simdjson::SUCCESS) {
        if (looksLikePage(object)) {
            result.shape = ParseResult::Shape::V3Page;
            const QString error = readPage(object, QString(), reader, result);
            if (!error.isEmpty())
                return fail(error);
            return result;
        }
        if (const QString serverError = errorBodyMessage(object); !serverError.isEmpty())
            return fail(serverError);
        if (!looksLikeNumber(object))
            return fail(NumberParser::tr(
                "the top-level object is neither a number (no known key such as \"telephoneNumber\") nor a "
                "v3 page (no \"data\" array)"));
        result.shape = ParseResult::Shape::SingleNumber;
        reader.readRecord(object, QString(), -1);
        return result;
    }
    return fail(
        NumberParser::tr(
            "the top-level value is %1; expected an array of numbers, a v3 page object or a number object")
            .arg(typeName(root.type())));
}

} // namespace

ParseResult NumberParser::parse(QByteArrayView json, NumberStore &into, std::size_t readablePastEnd)
{
    const std::size_t rowsBefore = into.size();
    try {
        return parseDocument(json, into, readablePastEnd);
    } catch (const std::exception &e) {
        // Out of memory, or more text than the 32-bit string ids address.
        into.truncate(rowsBefore);
        ParseResult result;
        result.error = tr("the response (%1 bytes) is too large to load: %2")
                           .arg(json.size())
                           .arg(QString::fromLocal8Bit(e.what()));
        return result;
    }
}
