#include "numberfacetcounter.h"

#include "numberfacets.h"
#include "numberstore.h"
#include "utf8view.h"

#include <algorithm>
#include <bit>
#include <QCollator>

namespace {

struct Choice {
    QString value;
    qsizetype count = 0;
};

void sortNaturally(std::vector<Choice> &choices)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(choices.begin(), choices.end(),
              [&](const Choice &a, const Choice &b) { return collator.compare(a.value, b.value) < 0; });
}

void append(const std::vector<Choice> &choices, QStringList *values, QList<qsizetype> *counts)
{
    for (const Choice &choice : choices) {
        values->append(choice.value);
        counts->append(choice.count);
    }
}

// The pooled values counted at least once, sorted.
void appendPooled(const NumberStore &store, const std::vector<std::uint32_t> &countById, QStringList *values,
                  QList<qsizetype> *counts)
{
    std::vector<Choice> choices;
    for (std::uint32_t id = 0; id < countById.size(); ++id) {
        if (countById[id])
            choices.push_back({fromUtf8View(store.pool().view(id)), countById[id]});
    }
    sortNaturally(choices);
    append(choices, values, counts);
}

} // namespace

void NumberFacetCounter::add(const NumberStore &store, std::size_t first, std::size_t last)
{
    const std::size_t poolSize = store.pool().size();
    for (auto *byId : {&m_assignment, &m_country, &m_source})
        byId->resize(poolSize);
    m_sbcList.resize(store.sbcListCount());
    const RecordBlocks &records = store.records();
    for (std::size_t row = first; row < last; ++row) {
        const NumberRecord &r = records[row];
        if (r.assignmentText != NumberRecord::NoText)
            ++m_assignment[r.assignmentText];
        else
            ++m_noAssignment;
        if (r.isoCountryCode != NumberRecord::NoText)
            ++m_country[r.isoCountryCode];
        if (r.sourceText != NumberRecord::NoText)
            ++m_source[r.sourceText];
        if (r.sbcList != NumberRecord::NoSbcList)
            ++m_sbcList[r.sbcList];
        if (const auto s = static_cast<std::size_t>(r.status); s < m_statuses.size())
            ++m_statuses[s];
        m_capabilities |= r.acquiredCapabilities | r.availableCapabilities;
        for (CapabilitySet bits = r.acquiredCapabilities; bits; bits &= bits - 1)
            ++m_acquired[static_cast<std::size_t>(std::countr_zero(bits))];
    }
    m_rows += last - first;
}

NumberFacets NumberFacetCounter::facets(const NumberStore &store) const
{
    const std::size_t poolSize = m_assignment.size();
    std::vector<std::uint32_t> assignment = m_assignment;
    std::uint32_t noAssignment = m_noAssignment;
    // An empty assignment is no assignment, as for the filter.
    for (std::uint32_t id = 0; id < poolSize; ++id) {
        if (assignment[id] && store.pool().view(id).empty()) {
            noAssignment += assignment[id];
            assignment[id] = 0;
        }
    }
    // Each SBC counts the numbers of every list naming it, once per list.
    std::vector<std::uint32_t> sbcName(poolSize);
    std::vector<StringPool::Id> namesInList;
    for (std::uint32_t list = 0; list < m_sbcList.size(); ++list) {
        if (!m_sbcList[list])
            continue;
        namesInList.clear();
        for (const Sbc &sbc : store.sbcList(list)) {
            if (sbc.name == NumberRecord::NoText ||
                std::find(namesInList.begin(), namesInList.end(), sbc.name) != namesInList.end())
                continue;
            namesInList.push_back(sbc.name);
            sbcName[sbc.name] += m_sbcList[list];
        }
    }

    NumberFacets facets;
    for (int s = 0; s < NumberStatusKnownCount; ++s) {
        if (m_statuses[static_cast<std::size_t>(s)]) {
            facets.statuses.append(fromUtf8View(statusName(static_cast<NumberStatus>(s))));
            facets.statusCounts.append(m_statuses[static_cast<std::size_t>(s)]);
        }
    }
    if (noAssignment) {
        facets.assignments.append(QString());
        facets.assignmentCounts.append(noAssignment);
    }
    appendPooled(store, assignment, &facets.assignments, &facets.assignmentCounts);
    appendPooled(store, m_country, &facets.countries, &facets.countryCounts);
    appendPooled(store, m_source, &facets.sources, &facets.sourceCounts);
    appendPooled(store, sbcName, &facets.sbcs, &facets.sbcCounts);
    std::vector<Choice> offered;
    for (int bit = 0; bit < store.capabilities().size(); ++bit) {
        if (m_capabilities & (CapabilitySet{1} << bit))
            offered.push_back(
                {fromUtf8View(store.capabilities().name(bit)), m_acquired[static_cast<std::size_t>(bit)]});
    }
    sortNaturally(offered);
    append(offered, &facets.capabilities, &facets.capabilityCounts);
    return facets;
}
