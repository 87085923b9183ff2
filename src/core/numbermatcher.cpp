#include "numbermatcher.h"

#include "numberstore.h"
#include "sbc.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace {

// Lowers ASCII text into out, which has room for it; false, leaving out undefined, if the text is not ASCII.
bool lowerAscii(std::string_view text, char *out)
{
    unsigned char seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        seen |= c;
        out[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
    }
    return (seen & 0x80) == 0;
}

std::string lowerUtf8(std::string_view text)
{
    std::string out(text.size(), '\0');
    if (lowerAscii(text, out.data()))
        return out;
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower().toStdString();
}

// copyMatching for a search alone. Most rows are decided by their number, read from the dense column of
// numbers; the others also read their record, which lies far from the last one read, a wait for memory
// each. Deciding the number some rows ahead leaves time to fetch just those records.
std::size_t copyMatchingText(NumberMatcher &matcher, std::span<const std::uint32_t> rows, bool inStoreOrder,
                             std::uint32_t *out)
{
    const bool readsRecords = matcher.readsRecords();
    if (!readsRecords && inStoreOrder) {
        std::size_t kept = 0;
        for (const std::uint32_t row : rows) {
            out[kept] = row;
            kept += matcher.numberHasText(row) ? 1 : 0;
        }
        return kept;
    }
    constexpr std::size_t Ahead = 16;
    bool numberHasText[Ahead] = {};
    const auto lookAhead = [&](std::size_t i) {
        numberHasText[i % Ahead] = matcher.numberHasText(rows[i]);
        if (readsRecords && !numberHasText[i % Ahead])
            matcher.prefetchRecord(rows[i]);
        if (!inStoreOrder && i + Ahead < rows.size())
            matcher.prefetchNumber(rows[i + Ahead]);
    };
    for (std::size_t i = 0; i < std::min(Ahead, rows.size()); ++i)
        lookAhead(i);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool found = numberHasText[i % Ahead] || matcher.otherFieldsHaveText(rows[i]);
        if (i + Ahead < rows.size())
            lookAhead(i + Ahead);
        out[kept] = rows[i];
        kept += found ? 1 : 0;
    }
    return kept;
}

// Fills out with the rows that match, returns how many.
std::size_t copyMatching(NumberMatcher &matcher, std::span<const std::uint32_t> rows, std::uint32_t *out)
{
    // Rows in store order are read one after the other, which the processor foresees. The rows of a
    // narrowed or sorted list lie far apart, where each test would wait for its record and then for its
    // number: ask for both some rows ahead.
    const bool inStoreOrder =
        rows.size() < 2 || (rows[1] == rows[0] + 1 && rows.back() - rows.front() + 1 == rows.size());
    if (matcher.testsOnlyText())
        return copyMatchingText(matcher, rows, inStoreOrder, out);
    if (inStoreOrder) {
        std::size_t kept = 0;
        for (const std::uint32_t row : rows) {
            out[kept] = row;
            kept += matcher.matches(row) ? 1 : 0;
        }
        return kept;
    }
    constexpr std::size_t RecordsAhead = 16, NumbersAhead = 8;
    const bool readsRecords = matcher.readsRecords();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (readsRecords && i + RecordsAhead < rows.size())
            matcher.prefetchRecord(rows[i + RecordsAhead]);
        if (i + NumbersAhead < rows.size())
            matcher.prefetchNumber(rows[i + NumbersAhead]);
        out[kept] = rows[i];
        kept += matcher.matches(rows[i]) ? 1 : 0;
    }
    return kept;
}

// Below this many rows per part, starting a thread costs more than it saves.
constexpr std::size_t MinRowsPerThread = 32768;
constexpr std::size_t MaxThreads = 4;

} // namespace

std::vector<std::uint32_t> NumberMatcher::matchingRows(const NumberFilter &filter, const NumberStore &store,
                                                       std::span<const std::uint32_t> rows)
{
    if (filter.isEmpty())
        return {rows.begin(), rows.end()};
    const std::size_t cores = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, MaxThreads);
    const std::size_t parts = std::clamp<std::size_t>(rows.size() / MinRowsPerThread, 1, cores);
    std::vector<std::uint32_t> result(rows.size());
    std::vector<std::size_t> kept(parts);
    const auto scanPart = [&](std::size_t part) {
        const std::size_t begin = rows.size() * part / parts;
        const std::size_t end = rows.size() * (part + 1) / parts;
        NumberMatcher matcher(filter, store);
        kept[part] = copyMatching(matcher, rows.subspan(begin, end - begin), result.data() + begin);
    };
    std::vector<std::thread> workers;
    workers.reserve(parts - 1);
    for (std::size_t part = 1; part < parts; ++part)
        workers.emplace_back(scanPart, part);
    scanPart(0);
    for (std::thread &worker : workers)
        worker.join();
    // Each part's matches sit at the start of its slice: move them together, in order.
    std::size_t size = kept[0];
    for (std::size_t part = 1; part < parts; ++part) {
        const std::size_t begin = rows.size() * part / parts;
        std::memmove(result.data() + size, result.data() + begin, kept[part] * sizeof(std::uint32_t));
        size += kept[part];
    }
    result.resize(size);
    return result;
}

NumberMatcher::NumberMatcher(const NumberFilter &filter, const NumberStore &store)
    : m_store(store)
{
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        m_all = false;
        m_needle = text.toLower().toStdString();
        m_phone = PhoneQuery(text);
        m_impossible = m_phone.kind() == PhoneQuery::Kind::InvalidRange;
        m_numberOnly =
            m_phone.kind() == PhoneQuery::Kind::Prefix || m_phone.kind() == PhoneQuery::Kind::Range;
        if (!m_numberOnly) {
            m_pooledText.assign(store.pool().size(), Unknown);
            m_sbcText.assign(store.sbcListCount(), Unknown);
        }
    }
    for (const NumberStatus s : filter.statuses) {
        m_statusMask |= 1u << static_cast<unsigned>(s);
        m_all = false;
    }
    const auto poolTable = [&](const QStringList &values, bool caseInsensitive,
                               std::vector<std::uint8_t> *table, bool *noneOk) {
        table->assign(store.pool().size(), No);
        for (const QString &v : values) {
            if (v.isEmpty()) {
                *noneOk = true;
                continue;
            }
            const std::string wanted = caseInsensitive ? lowerUtf8(v.toStdString()) : v.toStdString();
            for (std::uint32_t id = 0; id < store.pool().size(); ++id) {
                const std::string_view candidate = store.pool().view(id);
                if (caseInsensitive ? lowerUtf8(candidate) == wanted : candidate == wanted)
                    (*table)[id] = Yes;
            }
        }
    };
    if (!filter.assignments.isEmpty()) {
        m_filterAssignment = true;
        m_all = false;
        poolTable(filter.assignments, true, &m_assignmentOk, &m_noAssignmentOk);
    }
    if (!filter.countries.isEmpty()) {
        m_filterCountry = true;
        m_all = false;
        poolTable(filter.countries, true, &m_countryOk, &m_noCountryOk);
    }
    if (!filter.sources.isEmpty()) {
        m_filterSource = true;
        m_all = false;
        poolTable(filter.sources, true, &m_sourceOk, &m_noSourceOk);
    }
    if (!filter.sbcs.isEmpty()) {
        m_filterSbc = true;
        m_all = false;
        m_sbcOk.assign(store.sbcListCount(), No);
        std::vector<std::string> wanted;
        for (const QString &v : filter.sbcs) {
            if (v.isEmpty())
                m_noSbcOk = true;
            else
                wanted.push_back(lowerUtf8(v.toStdString()));
        }
        for (std::uint32_t list = 0; list < store.sbcListCount(); ++list) {
            const auto &sbcs = store.sbcList(list);
            if (sbcs.empty() && m_noSbcOk)
                m_sbcOk[list] = Yes;
            for (const Sbc &sbc : sbcs) {
                const std::string name = lowerUtf8(store.pooled(sbc.name));
                const SbcAddress address = SbcAddress::split(name);
                for (const std::string &w : wanted) {
                    if (name == w || address.fqdn == w || address.ip == w)
                        m_sbcOk[list] = Yes;
                }
            }
        }
    }
    const auto capabilityMask = [&](const QStringList &names) {
        CapabilitySet mask = 0;
        for (const QString &name : names) {
            const auto bit = store.capabilities().bitOf(name.toStdString());
            if (!bit) {
                // Case-insensitive second chance ("inboundcalling").
                bool found = false;
                for (int b = 0; b < store.capabilities().size(); ++b) {
                    if (QString::fromUtf8(store.capabilities().name(b).data(),
                                          static_cast<qsizetype>(store.capabilities().name(b).size()))
                            .compare(name, Qt::CaseInsensitive) == 0) {
                        mask |= CapabilitySet{1} << b;
                        found = true;
                    }
                }
                if (!found)
                    m_impossible = true;
            } else {
                mask |= CapabilitySet{1} << *bit;
            }
        }
        return mask;
    };
    if (!filter.requiredCapabilities.isEmpty()) {
        m_all = false;
        m_required = capabilityMask(filter.requiredCapabilities);
    }
    if (!filter.availableNotAcquired.isEmpty()) {
        m_all = false;
        m_availableNotAcquired = capabilityMask(filter.availableNotAcquired);
    }
}

bool NumberMatcher::readsRecords() const
{
    return m_statusMask || m_filterCountry || m_filterAssignment || m_filterSource || m_filterSbc ||
           m_required || m_availableNotAcquired || (!m_needle.empty() && !m_numberOnly);
}

void NumberMatcher::prefetchRecord(std::size_t row) const
{
    const NumberRecord &r = m_store.record(row);
    __builtin_prefetch(&r.tenantId);
    __builtin_prefetch(&r.ocSipConnectionName);
    __builtin_prefetch(&r.status);
}

void NumberMatcher::prefetchNumber(std::size_t row) const
{
    if (!m_needle.empty())
        __builtin_prefetch(&m_store.numberTexts()[row]);
}

bool NumberMatcher::contains(std::string_view haystack) const
{
    if (haystack.size() < m_needle.size())
        return false;
    // With every number its own ids, each test is of a new value: lower short ASCII ones on the stack.
    char lowered[128];
    if (haystack.size() <= sizeof lowered && lowerAscii(haystack, lowered))
        return std::string_view(lowered, haystack.size()).find(m_needle) != std::string_view::npos;
    return lowerUtf8(haystack).find(m_needle) != std::string::npos;
}

bool NumberMatcher::pooledContains(std::uint32_t id)
{
    if (id == NumberRecord::NoText)
        return false;
    std::uint8_t &state = m_pooledText[id];
    if (state == Unknown)
        state = contains(m_store.pool().view(id)) ? Yes : No;
    return state == Yes;
}

bool NumberMatcher::sbcListContains(std::uint32_t listId)
{
    if (listId == NumberRecord::NoSbcList)
        return false;
    std::uint8_t &state = m_sbcText[listId];
    if (state == Unknown) {
        state = No;
        for (const Sbc &sbc : m_store.sbcList(listId)) {
            if (pooledContains(sbc.name)) {
                state = Yes;
                break;
            }
        }
    }
    return state == Yes;
}

bool NumberMatcher::testsOnlyText() const
{
    return !m_needle.empty() && !m_impossible && !m_statusMask && !m_filterCountry && !m_filterAssignment &&
           !m_filterSource && !m_filterSbc && !m_required && !m_availableNotAcquired;
}

bool NumberMatcher::numberHasText(std::size_t row) const
{
    if (m_phone.isPhone()) {
        const NumberTextColumn::Slot &slot = m_store.numberTexts()[row];
        return slot.isPlain() ? m_phone.matchesDigits(slot.digits())
                              : m_phone.matchesNumber(m_store.telephoneNumber(row));
    }
    return m_store.telephoneNumber(row).find(m_needle) != std::string_view::npos;
}

bool NumberMatcher::otherFieldsHaveText(std::size_t row)
{
    if (m_numberOnly) // "+..." names a number: other fields cannot match it
        return false;
    const NumberRecord &r = m_store.record(row);
    // Values many numbers share first: each is tested once and then remembered. A calling profile may be
    // the number's own, a new string to read and lower for every row, so it is tested only when no shared
    // value has the text.
    return pooledContains(r.tenantId) || pooledContains(r.umpCustomerFullName) ||
           pooledContains(r.msCompanyName) || pooledContains(r.ocSipConnectionName) ||
           sbcListContains(r.sbcList) || pooledContains(r.callingProfileId);
}

bool NumberMatcher::textMatches(std::size_t row)
{
    return numberHasText(row) || otherFieldsHaveText(row);
}

bool NumberMatcher::matches(std::size_t row)
{
    if (m_all)
        return true;
    if (m_impossible)
        return false;
    const NumberRecord &r = m_store.record(row);
    if (m_statusMask && !(m_statusMask & (1u << static_cast<unsigned>(r.status))))
        return false;
    if (m_filterCountry &&
        !(r.isoCountryCode == NumberRecord::NoText ? m_noCountryOk : m_countryOk[r.isoCountryCode] == Yes))
        return false;
    if (m_filterAssignment &&
        !(r.assignmentText == NumberRecord::NoText || m_store.pooled(r.assignmentText).empty()
              ? m_noAssignmentOk
              : m_assignmentOk[r.assignmentText] == Yes))
        return false;
    if (m_filterSource &&
        !(r.sourceText == NumberRecord::NoText ? m_noSourceOk : m_sourceOk[r.sourceText] == Yes))
        return false;
    if (m_filterSbc && !(r.sbcList == NumberRecord::NoSbcList ? m_noSbcOk : m_sbcOk[r.sbcList] == Yes))
        return false;
    // Each test reads its fields only when it is asked for: a scan of a million records is bound by the
    // memory it reads, and a text search alone then reads one cache line of each record, not three.
    if (m_required && (r.acquiredCapabilities & m_required) != m_required)
        return false;
    if (m_availableNotAcquired && (r.availableCapabilities & ~r.acquiredCapabilities &
                                   m_availableNotAcquired) != m_availableNotAcquired)
        return false;
    if (!m_needle.empty() && !textMatches(row))
        return false;
    return true;
}
