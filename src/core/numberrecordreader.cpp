#include "numberrecordreader.h"

#include "jsontext.h"
#include "numberparser.h"
#include "numberstore.h"
#include "utf8view.h"

namespace dom = simdjson::dom;
using namespace Qt::StringLiterals;

namespace {

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

} // namespace

QString NumberRecordReader::typeName(dom::element_type type)
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

NumberRecordReader::NumberRecordReader(NumberStore &store, ParseResult &result)
    : m_store(store)
    , m_result(result)
{
    m_statusCodes.fill(NumberRecord::NoText);
    m_recentCapabilities.fill(-1);
    m_lastPooled.fill(NumberRecord::NoText);
}

void NumberRecordReader::warn(const QString &path, const QString &message)
{
    ++m_result.issueCount;
    if (m_result.issues.size() < ParseResult::MaxKeptIssues)
        m_result.issues.push_back({path, message});
}

void NumberRecordReader::readArray(dom::array array, const QString &prefix)
{
    m_store.reserve(m_store.size() + array.size());
    std::size_t index = 0;
    for (const dom::element element : array)
        readElement(element, prefix, index++);
}

void NumberRecordReader::readElement(dom::element element, const QString &prefix, std::size_t index)
{
    dom::object object;
    if (element.get(object) == simdjson::SUCCESS) {
        readRecord(object, prefix, static_cast<qsizetype>(index));
        return;
    }
    warn(
        prefix + u'[' + QString::number(index) + u']',
        NumberParser::tr("expected a number object but found %1; this entry is not a number and was left out")
            .arg(typeName(element.type())));
}

void NumberRecordReader::readRecord(dom::object object, const QString &prefix, qsizetype index)
{
    m_record = NumberRecord{};
    m_prefix = &prefix;
    m_index = index;
    m_extras.clear();
    m_warned = false;
    for (const dom::key_value_pair field : object)
        readField(field.key, field.value);
    if (!m_record.has(NumberField::TelephoneNumber)) {
        warnField(
            "telephoneNumber",
            NumberParser::tr("the record has no telephoneNumber; it is kept and listed without a number"));
    }
    internDeferred();
    if (!m_extras.empty())
        m_record.extras = m_store.appendUnique(m_extras);
    if (m_warned)
        m_record.flags |= NumberRecord::HasWarnings;
    m_store.addRecord(m_record);
    ++m_result.recordCount;
}

void NumberRecordReader::warnField(std::string_view key, const QString &message)
{
    m_warned = true;
    const QString record = m_index < 0 ? *m_prefix : *m_prefix + u'[' + QString::number(m_index) + u']';
    warn(record + u'.' + fromUtf8View(key), message);
}

void NumberRecordReader::keepVerbatim(std::string_view key, dom::element value,
                                      std::optional<NumberField> field)
{
    if (!m_extras.empty())
        m_extras.push_back(',');
    appendJsonString(m_extras, key);
    m_extras.push_back(':');
    m_extras += simdjson::minify(value);
    if (field)
        m_record.verbatim |= fieldBit(*field);
}

void NumberRecordReader::unexpectedType(std::string_view key, dom::element value, NumberField field,
                                        const QString &expected)
{
    warnField(key, NumberParser::tr("expected %1 but found %2; the value is kept only in the raw JSON")
                       .arg(expected, typeName(value.type())));
    keepVerbatim(key, value, field);
}

StringPool::Id NumberRecordReader::pooledString(std::string_view key, dom::element value, NumberField field)
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

void NumberRecordReader::deferPooledString(std::string_view key, dom::element value, NumberField field,
                                           StringPool::Id &target)
{
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS) {
        target = pooledString(key, value, field);
        return;
    }
    const StringPool::Id last = m_lastPooled[static_cast<std::size_t>(field)];
    if (last != NumberRecord::NoText && m_store.pooled(last) == text) {
        target = last;
        return;
    }
    m_deferredTexts.push_back(text);
    m_deferredTargets.push_back(&target);
    m_deferredFields.push_back(field);
}

void NumberRecordReader::internDeferred()
{
    if (m_deferredTexts.empty())
        return;
    m_deferredIds.resize(m_deferredTexts.size());
    m_store.internAll(m_deferredTexts, m_deferredIds);
    for (std::size_t i = 0; i < m_deferredIds.size(); ++i) {
        *m_deferredTargets[i] = m_deferredIds[i];
        m_lastPooled[static_cast<std::size_t>(m_deferredFields[i])] = m_deferredIds[i];
    }
    m_deferredTexts.clear();
    m_deferredTargets.clear();
    m_deferredFields.clear();
}

FlexibleId NumberRecordReader::flexibleId(std::string_view key, dom::element value, NumberField field)
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

Timestamp NumberRecordReader::timestamp(std::string_view key, dom::element value, NumberField field)
{
    Timestamp ts;
    std::string_view text;
    if (value.get(text) == simdjson::SUCCESS) {
        if (!Timestamp::parse(text, &ts)) {
            warnField(key, NumberParser::tr("\"%1\" is not an ISO-8601 date and time; it is shown as sent")
                               .arg(fromUtf8View(text)));
            ts.state = Timestamp::State::Invalid;
            ts.setValue(m_store.appendUnique(text));
        }
    } else if (!value.is_null()) {
        unexpectedType(key, value, field, NumberParser::tr("a date-time string or null"));
    }
    return ts;
}

CapabilitySet NumberRecordReader::capabilities(std::string_view key, dom::element value, NumberField field,
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
            warnField(key, NumberParser::tr("more than %1 different capability names in one response; \"%2\" "
                                            "is shown only in the raw JSON")
                               .arg(CapabilityVocabulary::MaxCapabilities)
                               .arg(fromUtf8View(name)));
        }
        ++index;
    }
    *order = m_store.intern(m_order);
    if (!exact)
        keepVerbatim(key, value, field);
    return set;
}

bool NumberRecordReader::sbcList(std::string_view key, dom::array array, std::vector<Sbc> *out)
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

std::optional<int> NumberRecordReader::capabilityBit(std::string_view name)
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

StringPool::Id NumberRecordReader::statusCode(std::size_t code)
{
    if (m_statusCodes[code] == NumberRecord::NoText)
        m_statusCodes[code] = m_store.intern(std::to_string(code));
    return m_statusCodes[code];
}

NumberField NumberRecordReader::lookup(std::string_view key)
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

void NumberRecordReader::readField(std::string_view key, dom::element value)
{
    const NumberField field = lookup(key);
    if (field == NumberField::Count) {
        keepVerbatim(key, value, std::nullopt);
        return;
    }
    if (m_record.present & fieldBit(field)) {
        warnField(key,
                  NumberParser::tr("the key appears more than once; the first value is used and the others "
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
                unexpectedType(key, value, field, NumberParser::tr("a status code, a status name or null"));
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
                unexpectedType(key, value, field, NumberParser::tr("a string, an array of strings or null"));
        }
        break;
    }
    case NumberField::TelephoneNumber: {
        std::string_view text;
        if (value.get(text) == simdjson::SUCCESS) {
            r.telephoneNumber = m_store.appendUnique(text);
            if (!isE164(text)) {
                warnField(key,
                          NumberParser::tr("\"%1\" is not an E.164 number (\"+\" then up to 15 digits); it "
                                           "is shown as sent")
                              .arg(fromUtf8View(text)));
            }
        } else {
            r.present &= ~fieldBit(field);
            unexpectedType(key, value, field, NumberParser::tr("the number as a string"));
            r.present |= fieldBit(field);
        }
        break;
    }
    case NumberField::TnUploadJobId:
        deferPooledString(key, value, field, r.tnUploadJobId);
        break;
    case NumberField::AcquiredCapabilities:
        r.acquiredCapabilities = capabilities(key, value, field, &r.acquiredCapabilitiesOrder);
        break;
    case NumberField::AvailableCapabilities:
        r.availableCapabilities = capabilities(key, value, field, &r.availableCapabilitiesOrder);
        break;
    case NumberField::CallingProfileId:
        deferPooledString(key, value, field, r.callingProfileId);
        break;
    case NumberField::IsoCountryCode:
        deferPooledString(key, value, field, r.isoCountryCode);
        break;
    case NumberField::LocationId:
        deferPooledString(key, value, field, r.locationId);
        break;
    case NumberField::CivicAddressId:
        deferPooledString(key, value, field, r.civicAddressId);
        break;
    case NumberField::TenantId:
        deferPooledString(key, value, field, r.tenantId);
        break;
    case NumberField::AslvCode: {
        std::int64_t code;
        if (value.get(code) == simdjson::SUCCESS) { // an HTTP-like code may come as a number
            r.aslvCode = m_store.intern(std::to_string(code));
            keepVerbatim(key, value, field);
        } else {
            deferPooledString(key, value, field, r.aslvCode);
        }
        break;
    }
    case NumberField::UmpCustomerGuid:
        deferPooledString(key, value, field, r.umpCustomerGuid);
        break;
    case NumberField::UmpCustomerFullName:
        deferPooledString(key, value, field, r.umpCustomerFullName);
        break;
    case NumberField::MsCompanyName:
        deferPooledString(key, value, field, r.msCompanyName);
        break;
    case NumberField::OcSipConnectionName:
        deferPooledString(key, value, field, r.ocSipConnectionName);
        break;
    case NumberField::OcSipConnectionDescription:
        deferPooledString(key, value, field, r.ocSipConnectionDescription);
        break;
    case NumberField::TenantCallingProfileId:
        deferPooledString(key, value, field, r.tenantCallingProfileId);
        break;
    case NumberField::SbcListJson:
        deferPooledString(key, value, field, r.sbcListJson);
        break;
    case NumberField::Count:
        break;
    }
}
