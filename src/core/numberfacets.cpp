#include "numberfacets.h"

#include "numberstore.h"
#include "utf8view.h"

#include <QCollator>
#include <vector>

namespace {

void sortNaturally(QStringList &list)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), collator);
}

} // namespace

NumberFacets NumberFacets::of(const NumberStore &store)
{
    // One pass marking the pooled ids and list ids in use; the pool is small next to the records.
    std::vector<std::uint8_t> assignment(store.pool().size()), country(store.pool().size()),
        source(store.pool().size()), sbcList(store.sbcListCount());
    std::uint32_t statuses = 0;
    bool noAssignment = false;
    CapabilitySet capabilities = 0;
    for (const NumberRecord &r : store.records()) {
        if (r.assignmentText != NumberRecord::NoText)
            assignment[r.assignmentText] = 1;
        else
            noAssignment = true;
        if (r.isoCountryCode != NumberRecord::NoText)
            country[r.isoCountryCode] = 1;
        if (r.sourceText != NumberRecord::NoText)
            source[r.sourceText] = 1;
        if (r.sbcList != NumberRecord::NoSbcList)
            sbcList[r.sbcList] = 1;
        statuses |= 1u << static_cast<unsigned>(r.status);
        capabilities |= r.acquiredCapabilities | r.availableCapabilities;
    }

    NumberFacets facets;
    for (int s = 0; s < NumberStatusKnownCount; ++s) {
        if (statuses & (1u << s))
            facets.statuses.append(fromUtf8View(statusName(static_cast<NumberStatus>(s))));
    }
    for (std::uint32_t id = 0; id < store.pool().size(); ++id) {
        if (assignment[id])
            facets.assignments.append(fromUtf8View(store.pool().view(id)));
        if (country[id])
            facets.countries.append(fromUtf8View(store.pool().view(id)));
        if (source[id])
            facets.sources.append(fromUtf8View(store.pool().view(id)));
    }
    QSet<QString> sbcs;
    for (std::uint32_t list = 0; list < sbcList.size(); ++list) {
        if (!sbcList[list])
            continue;
        for (const Sbc &sbc : store.sbcList(list))
            sbcs.insert(fromUtf8View(store.pooled(sbc.name)));
    }
    facets.sbcs = QStringList(sbcs.cbegin(), sbcs.cend());
    for (int bit = 0; bit < store.capabilities().size(); ++bit) {
        if (capabilities & (CapabilitySet{1} << bit))
            facets.capabilities.append(fromUtf8View(store.capabilities().name(bit)));
    }
    for (QStringList *list :
         {&facets.assignments, &facets.countries, &facets.sources, &facets.sbcs, &facets.capabilities})
        sortNaturally(*list);
    if (noAssignment)
        facets.assignments.prepend(QString());
    return facets;
}
