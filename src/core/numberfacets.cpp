#include "numberfacets.h"

#include "numberstore.h"
#include "utf8view.h"

#include <algorithm>
#include <array>
#include <bit>
#include <QCollator>
#include <vector>

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

NumberFacets NumberFacets::of(const NumberStore &store)
{
    // One pass counting by pooled id and SBC list id; the pool is small next to the records.
    const std::size_t poolSize = store.pool().size();
    std::vector<std::uint32_t> assignment(poolSize), country(poolSize), source(poolSize),
        sbcList(store.sbcListCount());
    std::array<std::uint32_t, NumberStatusKnownCount> statuses{};
    std::array<std::uint32_t, CapabilityVocabulary::MaxCapabilities> acquired{};
    std::uint32_t noAssignment = 0;
    CapabilitySet capabilities = 0;
    for (const NumberRecord &r : store.records()) {
        if (r.assignmentText != NumberRecord::NoText)
            ++assignment[r.assignmentText];
        else
            ++noAssignment;
        if (r.isoCountryCode != NumberRecord::NoText)
            ++country[r.isoCountryCode];
        if (r.sourceText != NumberRecord::NoText)
            ++source[r.sourceText];
        if (r.sbcList != NumberRecord::NoSbcList)
            ++sbcList[r.sbcList];
        if (const auto s = static_cast<std::size_t>(r.status); s < statuses.size())
            ++statuses[s];
        capabilities |= r.acquiredCapabilities | r.availableCapabilities;
        for (CapabilitySet bits = r.acquiredCapabilities; bits; bits &= bits - 1)
            ++acquired[static_cast<std::size_t>(std::countr_zero(bits))];
    }
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
    for (std::uint32_t list = 0; list < sbcList.size(); ++list) {
        if (!sbcList[list])
            continue;
        namesInList.clear();
        for (const Sbc &sbc : store.sbcList(list)) {
            if (sbc.name == NumberRecord::NoText ||
                std::find(namesInList.begin(), namesInList.end(), sbc.name) != namesInList.end())
                continue;
            namesInList.push_back(sbc.name);
            sbcName[sbc.name] += sbcList[list];
        }
    }

    NumberFacets facets;
    for (int s = 0; s < NumberStatusKnownCount; ++s) {
        if (statuses[static_cast<std::size_t>(s)]) {
            facets.statuses.append(fromUtf8View(statusName(static_cast<NumberStatus>(s))));
            facets.statusCounts.append(statuses[static_cast<std::size_t>(s)]);
        }
    }
    if (noAssignment) {
        facets.assignments.append(QString());
        facets.assignmentCounts.append(noAssignment);
    }
    appendPooled(store, assignment, &facets.assignments, &facets.assignmentCounts);
    appendPooled(store, country, &facets.countries, &facets.countryCounts);
    appendPooled(store, source, &facets.sources, &facets.sourceCounts);
    appendPooled(store, sbcName, &facets.sbcs, &facets.sbcCounts);
    std::vector<Choice> offered;
    for (int bit = 0; bit < store.capabilities().size(); ++bit) {
        if (capabilities & (CapabilitySet{1} << bit))
            offered.push_back(
                {fromUtf8View(store.capabilities().name(bit)), acquired[static_cast<std::size_t>(bit)]});
    }
    sortNaturally(offered);
    append(offered, &facets.capabilities, &facets.capabilityCounts);
    return facets;
}
