#include "numberstore.h"

#include "jsontext.h"

#include <charconv>

namespace {
const std::vector<Sbc> EmptySbcList;

void appendInteger(std::string &out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}
} // namespace

NumberStore::NumberStore() = default;

const std::vector<Sbc> &NumberStore::sbcList(std::uint32_t listId) const
{
    return listId == NumberRecord::NoSbcList ? EmptySbcList : m_sbcLists[listId];
}

std::uint32_t NumberStore::internSbcList(const std::vector<Sbc> &list)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL ^ list.size();
    for (const Sbc &s : list) {
        for (const std::uint64_t part : {std::uint64_t{s.name}, static_cast<std::uint64_t>(s.id.kind),
                                         static_cast<std::uint64_t>(s.id.value())})
            hash = (hash ^ part) * 0x100000001b3ULL;
    }
    const auto [first, last] = m_sbcListIndex.equal_range(hash);
    for (auto it = first; it != last; ++it) {
        if (m_sbcLists[it->second] == list)
            return it->second;
    }
    const auto id = static_cast<std::uint32_t>(m_sbcLists.size());
    m_sbcLists.push_back(list);
    m_sbcListIndex.emplace(hash, id);
    return id;
}

void NumberStore::reserve(std::size_t records)
{
    if (records <= m_records.capacity())
        return;
    // A store that already holds numbers grows geometrically: a load appends batch after batch, and an
    // exact reserve would copy every string before on every batch.
    const std::size_t capacity = m_records.empty() ? records : std::max(records, m_records.capacity() * 2);
    m_records.reserve(capacity);
    m_numberTexts.reserve(capacity);
    m_arena.reserve(capacity, capacity * 16); // the numbers
    m_expectedRecords = capacity;
    reserveStrings();
}

void NumberStore::reserveStrings()
{
    // Strings in proportion to those of the first numbers, once there are enough of them to tell: real
    // exports may give every number its own ids, and rebuilding the pool's index for millions of them is a
    // pause of its own.
    constexpr std::size_t Sample = 1000;
    if (m_expectedRecords == 0 || m_records.size() < Sample)
        return;
    m_pool.reserve(std::size_t(double(m_pool.size()) * double(m_expectedRecords) / double(m_records.size())));
    m_expectedRecords = 0;
}

void NumberStore::append(NumberStore &&other)
{
    if (isEmpty()) {
        const std::size_t expected = m_expectedRecords;
        *this = std::move(other);
        reserve(expected);
    } else {
        append(std::as_const(other));
    }
}

void NumberStore::append(const NumberStore &other, std::size_t firstRow)
{
    firstRow = std::min(firstRow, other.m_records.size());
    // Geometric growth: a load appends page after page, and an exact reserve would copy every record
    // on every page.
    const std::size_t needed = m_records.size() + (other.m_records.size() - firstRow);
    if (needed > m_records.capacity()) {
        const std::size_t capacity = std::max(needed, m_records.capacity() * 2);
        m_records.reserve(capacity); // records never move: this is cheap
        m_numberTexts.reserve(capacity);
    }
    // From the first row, all of other's strings are wanted: they are taken over in bulk. From a later
    // row, only those its rows use.
    const bool whole = firstRow == 0;
    std::vector<StringPool::Id> poolMap =
        whole ? m_pool.absorb(other.m_pool)
              : std::vector<StringPool::Id>(other.m_pool.size(), NumberRecord::NoText);
    const TextArena::Id arenaShift = whole ? m_arena.appendAll(other.m_arena) : 0;
    const auto pooled = [&](StringPool::Id id) {
        if (id == NumberRecord::NoText)
            return id;
        if (poolMap[id] == NumberRecord::NoText)
            poolMap[id] = m_pool.intern(other.m_pool.view(id));
        return poolMap[id];
    };
    const auto unique = [&](TextArena::Id id) {
        if (id == NumberRecord::NoText)
            return id;
        return whole ? id + arenaShift : m_arena.append(other.m_arena.view(id));
    };
    const auto flexible = [&](FlexibleId id) {
        if (id.kind == FlexibleId::Kind::String)
            id.setValue(unique(static_cast<TextArena::Id>(id.value())));
        return id;
    };
    const auto timestamp = [&](Timestamp ts) {
        if (ts.state == Timestamp::State::Invalid)
            ts.setValue(unique(static_cast<TextArena::Id>(ts.value())));
        return ts;
    };
    int bitMap[CapabilityVocabulary::MaxCapabilities];
    for (int bit = 0; bit < other.m_capabilities.size(); ++bit)
        bitMap[bit] = m_capabilities.insert(other.m_capabilities.name(bit)).value_or(-1);
    const auto capabilities = [&](CapabilitySet set) {
        CapabilitySet mapped = 0;
        for (int bit = 0; set != 0; ++bit, set >>= 1) {
            if ((set & 1) && bitMap[bit] >= 0)
                mapped |= CapabilitySet{1} << bitMap[bit];
        }
        return mapped;
    };
    std::vector<StringPool::Id> orderMap(other.m_pool.size(), NumberRecord::NoText);
    const auto capabilityOrder = [&](StringPool::Id id) {
        if (id == NumberRecord::NoText)
            return id;
        if (orderMap[id] == NumberRecord::NoText) {
            std::string order(other.m_pool.view(id));
            std::string mapped;
            for (const char bit : order) {
                if (const int target = bitMap[static_cast<unsigned char>(bit)]; target >= 0)
                    mapped.push_back(static_cast<char>(target));
            }
            orderMap[id] = m_pool.intern(mapped);
        }
        return orderMap[id];
    };
    std::vector<std::uint32_t> sbcMap(other.m_sbcLists.size(), NumberRecord::NoSbcList);
    const auto sbcList = [&](std::uint32_t listId) {
        if (listId == NumberRecord::NoSbcList)
            return listId;
        if (sbcMap[listId] == NumberRecord::NoSbcList) {
            std::vector<Sbc> list = other.m_sbcLists[listId];
            for (Sbc &s : list) {
                s.name = pooled(s.name);
                s.id = flexible(s.id);
            }
            sbcMap[listId] = internSbcList(list);
        }
        return sbcMap[listId];
    };

    for (std::size_t row = firstRow; row < other.m_records.size(); ++row) {
        NumberRecord r = other.m_records[row];
        r.acquiredOn = timestamp(r.acquiredOn);
        r.whenCreated = timestamp(r.whenCreated);
        r.consentedOn = timestamp(r.consentedOn);
        r.aslcht = timestamp(r.aslcht);
        r.aslsct = timestamp(r.aslsct);
        r.asticks = timestamp(r.asticks);
        r.id = flexible(r.id);
        r.uploadTelephoneNumberEntryId = flexible(r.uploadTelephoneNumberEntryId);
        r.uploadToAccountJobId = flexible(r.uploadToAccountJobId);
        r.ovocChannelId = flexible(r.ovocChannelId);
        r.acquiredCapabilities = capabilities(r.acquiredCapabilities);
        r.availableCapabilities = capabilities(r.availableCapabilities);
        r.telephoneNumber = unique(r.telephoneNumber);
        r.extras = unique(r.extras);
        for (StringPool::Id *id :
             {&r.tenantId, &r.tnUploadJobId, &r.isoCountryCode, &r.callingProfileId, &r.statusText,
              &r.assignmentText, &r.sourceText, &r.locationId, &r.civicAddressId, &r.aslvCode,
              &r.umpCustomerGuid, &r.umpCustomerFullName, &r.msCompanyName, &r.ocSipConnectionName,
              &r.ocSipConnectionDescription, &r.tenantCallingProfileId, &r.sbcListJson, &r.sbcListArray})
            *id = pooled(*id);
        r.acquiredCapabilitiesOrder = capabilityOrder(r.acquiredCapabilitiesOrder);
        r.availableCapabilitiesOrder = capabilityOrder(r.availableCapabilitiesOrder);
        r.sbcList = sbcList(r.sbcList);
        m_records.push_back(r);
        m_numberTexts.push_back(other.numberTexts()[row]);
    }
    reserveStrings();
}

void NumberStore::appendFlexibleId(std::string &out, const FlexibleId &id) const
{
    switch (id.kind) {
    case FlexibleId::Kind::Null:
        break;
    case FlexibleId::Kind::Integer:
        appendInteger(out, id.value());
        break;
    case FlexibleId::Kind::String:
        out += unique(static_cast<TextArena::Id>(id.value()));
        break;
    }
}

void NumberStore::appendTimestamp(std::string &out, const Timestamp &ts) const
{
    switch (ts.state) {
    case Timestamp::State::Null:
        break;
    case Timestamp::State::Valid:
        ts.appendIso(out);
        break;
    case Timestamp::State::Invalid:
        out += unique(static_cast<TextArena::Id>(ts.value()));
        break;
    }
}

std::string NumberStore::capabilityNames(CapabilitySet set, std::string_view separator) const
{
    std::string out;
    appendCapabilityNames(out, set, separator);
    return out;
}

void NumberStore::appendCapabilityNames(std::string &out, CapabilitySet set, std::string_view separator) const
{
    bool first = true;
    for (int bit = 0; set != 0; ++bit, set >>= 1) {
        if (set & 1) {
            if (!first)
                out += separator;
            first = false;
            out += m_capabilities.name(bit);
        }
    }
}

std::string NumberStore::rawJson(std::size_t row) const
{
    const NumberRecord &r = m_records[row];
    std::string out;
    out.reserve(1024);
    out.push_back('{');
    bool first = true;
    const auto key = [&](NumberField f) {
        if (!first)
            out.push_back(',');
        first = false;
        appendJsonString(out, fieldKey(f));
        out.push_back(':');
    };
    const auto quotedOrNull = [&](std::string_view text, bool isNull) {
        if (isNull)
            out += "null";
        else
            appendJsonString(out, text);
    };
    const auto pooledField = [&](StringPool::Id id) { quotedOrNull(pooled(id), id == NumberRecord::NoText); };
    const auto uniqueField = [&](TextArena::Id id) { quotedOrNull(unique(id), id == NumberRecord::NoText); };
    const auto rawOrNull = [&](StringPool::Id id) {
        if (id == NumberRecord::NoText)
            out += "null";
        else
            out += pooled(id);
    };
    const auto flexibleField = [&](const FlexibleId &id) {
        if (id.kind == FlexibleId::Kind::Null) {
            out += "null";
        } else if (id.kind == FlexibleId::Kind::String) {
            appendJsonString(out, unique(static_cast<TextArena::Id>(id.value())));
        } else {
            appendFlexibleId(out, id);
        }
    };
    const auto capabilityArray = [&](StringPool::Id order) {
        if (order == NumberRecord::NoText) {
            out += "null";
            return;
        }
        out.push_back('[');
        for (const char bit : pooled(order)) {
            if (out.back() != '[')
                out.push_back(',');
            appendJsonString(out, m_capabilities.name(static_cast<unsigned char>(bit)));
        }
        out.push_back(']');
    };
    const auto timestampField = [&](const Timestamp &ts) {
        if (ts.isNull()) {
            out += "null";
            return;
        }
        std::string text;
        appendTimestamp(text, ts);
        appendJsonString(out, text);
    };

    for (std::size_t i = 0; i < NumberFieldCount; ++i) {
        const auto f = static_cast<NumberField>(i);
        if (!(r.present & fieldBit(f)) || (r.verbatim & fieldBit(f)))
            continue;
        key(f);
        switch (f) {
        case NumberField::UploadTelephoneNumberEntryId:
            flexibleField(r.uploadTelephoneNumberEntryId);
            break;
        case NumberField::Id:
            flexibleField(r.id);
            break;
        case NumberField::UploadToAccountJobId:
            flexibleField(r.uploadToAccountJobId);
            break;
        case NumberField::OvocChannelId:
            flexibleField(r.ovocChannelId);
            break;
        case NumberField::Source:
            pooledField(r.sourceText);
            break;
        case NumberField::SbcList:
            if (r.sbcList == NumberRecord::NoSbcList) {
                out += "null";
                break;
            }
            out.push_back('[');
            for (const Sbc &s : sbcList(r.sbcList)) {
                if (out.back() != '[')
                    out.push_back(',');
                out += "{\"sbcName\":";
                appendJsonString(out, pooled(s.name));
                out += ",\"sbcId\":";
                flexibleField(s.id);
                out.push_back('}');
            }
            out.push_back(']');
            break;
        case NumberField::WhenCreated:
            timestampField(r.whenCreated);
            break;
        case NumberField::AcquiredOn:
            timestampField(r.acquiredOn);
            break;
        case NumberField::ConsentedOn:
            timestampField(r.consentedOn);
            break;
        case NumberField::Aslcht:
            timestampField(r.aslcht);
            break;
        case NumberField::Aslsct:
            timestampField(r.aslsct);
            break;
        case NumberField::Asticks:
            timestampField(r.asticks);
            break;
        case NumberField::AcquiredNumberStatus:
            if (r.flags & NumberRecord::StatusAsText)
                pooledField(r.statusText);
            else
                rawOrNull(r.statusText);
            break;
        case NumberField::TelephoneNumber:
            uniqueField(r.telephoneNumber);
            break;
        case NumberField::TnUploadJobId:
            pooledField(r.tnUploadJobId);
            break;
        case NumberField::AcquiredCapabilities:
            capabilityArray(r.acquiredCapabilitiesOrder);
            break;
        case NumberField::AvailableCapabilities:
            capabilityArray(r.availableCapabilitiesOrder);
            break;
        case NumberField::SbcListArray:
            rawOrNull(r.sbcListArray);
            break;
        case NumberField::CallingProfileId:
            pooledField(r.callingProfileId);
            break;
        case NumberField::IsoCountryCode:
            pooledField(r.isoCountryCode);
            break;
        case NumberField::LocationId:
            pooledField(r.locationId);
            break;
        case NumberField::CivicAddressId:
            pooledField(r.civicAddressId);
            break;
        case NumberField::AssignmentStatus:
            if (r.flags & NumberRecord::AssignmentAsArray) {
                out.push_back('[');
                std::string_view rest = pooled(r.assignmentText);
                while (!rest.empty()) {
                    const auto comma = rest.find(", ");
                    if (out.back() != '[')
                        out.push_back(',');
                    appendJsonString(out, rest.substr(0, comma));
                    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
                }
                out.push_back(']');
            } else {
                pooledField(r.assignmentText);
            }
            break;
        case NumberField::TenantId:
            pooledField(r.tenantId);
            break;
        case NumberField::AslvCode:
            pooledField(r.aslvCode);
            break;
        case NumberField::UmpCustomerGuid:
            pooledField(r.umpCustomerGuid);
            break;
        case NumberField::UmpCustomerFullName:
            pooledField(r.umpCustomerFullName);
            break;
        case NumberField::MsCompanyName:
            pooledField(r.msCompanyName);
            break;
        case NumberField::OcSipConnectionName:
            pooledField(r.ocSipConnectionName);
            break;
        case NumberField::OcSipConnectionDescription:
            pooledField(r.ocSipConnectionDescription);
            break;
        case NumberField::TenantCallingProfileId:
            pooledField(r.tenantCallingProfileId);
            break;
        case NumberField::SbcListJson:
            pooledField(r.sbcListJson);
            break;
        case NumberField::Count:
            break;
        }
    }
    if (r.extras != NumberRecord::NoText) {
        if (!first)
            out.push_back(',');
        out += unique(r.extras);
    }
    out.push_back('}');
    return out;
}

std::size_t NumberStore::memoryUsage() const
{
    std::size_t bytes = m_records.capacity() * sizeof(NumberRecord) + m_numberTexts.memoryUsage() +
                        m_pool.memoryUsage() + m_arena.memoryUsage();
    for (const auto &list : m_sbcLists)
        bytes += sizeof(decltype(m_sbcLists)::value_type) + list.capacity() * sizeof(Sbc);
    bytes += m_sbcListIndex.size() * 96;
    return bytes;
}
