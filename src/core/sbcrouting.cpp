#include "sbcrouting.h"

#include "numberstore.h"
#include "utf8view.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace {

bool hasCapability(const NumberStore &store, CapabilitySet set, std::string_view name)
{
    const auto bit = store.capabilities().bitOf(name);
    return bit && (set & (CapabilitySet{1} << *bit)) != 0;
}

void sortLargestFirst(std::vector<SbcRouting::Count> &counts)
{
    std::sort(counts.begin(), counts.end(), [](const SbcRouting::Count &a, const SbcRouting::Count &b) {
        return a.numbers != b.numbers ? a.numbers > b.numbers : a.key < b.key;
    });
}

} // namespace

SbcRouting SbcRouting::of(const NumberStore &store, std::size_t row)
{
    const NumberRecord &record = store.record(row);
    SbcRouting routing;
    routing.number = fromUtf8View(store.telephoneNumber(row));
    routing.callingProfileId = fromUtf8View(store.pooled(record.callingProfileId));
    routing.inboundAcquired = hasCapability(store, record.acquiredCapabilities, "InboundCalling");
    routing.outboundAcquired = hasCapability(store, record.acquiredCapabilities, "OutboundCalling");
    routing.inboundAvailable = hasCapability(store, record.availableCapabilities, "InboundCalling");
    routing.outboundAvailable = hasCapability(store, record.availableCapabilities, "OutboundCalling");

    std::vector<StringPool::Id> names;
    for (const Sbc &sbc : store.sbcList(record.sbcList)) {
        if (std::find(names.begin(), names.end(), sbc.name) != names.end())
            continue;
        names.push_back(sbc.name);
        const std::string_view name = store.pooled(sbc.name);
        const SbcAddress address = SbcAddress::split(name);
        std::string id;
        store.appendFlexibleId(id, sbc.id);
        routing.routes.push_back({fromUtf8View(name), fromUtf8View(address.fqdn), fromUtf8View(address.ip),
                                  QString::fromStdString(id), 0});
    }
    if (names.empty())
        return routing;

    // A store has few distinct SBC lists: decide once per list which of the routes it contains, then
    // scan the records by list id.
    const std::size_t listCount = store.sbcListCount();
    std::vector<std::vector<std::uint32_t>> routesOfList(listCount);
    for (std::uint32_t list = 0; list < listCount; ++list) {
        const std::vector<Sbc> &sbcs = store.sbcList(list);
        for (std::uint32_t route = 0; route < names.size(); ++route) {
            if (std::any_of(sbcs.begin(), sbcs.end(), [&](const Sbc &s) { return s.name == names[route]; }))
                routesOfList[list].push_back(route);
        }
    }

    std::vector<std::size_t> numbersOfList(listCount, 0);
    std::vector<std::size_t> byCountry(store.pool().size() + 1, 0); // last slot: no country
    static_assert(static_cast<int>(NumberStatus::None) == NumberStatusKnownCount);
    std::array<std::size_t, NumberStatusKnownCount + 1> byKnownStatus{}; // indexed by status, None last
    std::unordered_map<StringPool::Id, std::size_t> byUnknownStatus;
    const RecordBlocks &records = store.records();
    for (std::size_t r = 0; r < records.size(); ++r) {
        const NumberRecord &other = records[r];
        if (other.sbcList == NumberRecord::NoSbcList || routesOfList[other.sbcList].empty())
            continue;
        ++numbersOfList[other.sbcList];
        if (r == row)
            continue;
        routing.sharingRows.push_back(static_cast<std::uint32_t>(r));
        ++byCountry[other.isoCountryCode == NumberRecord::NoText ? byCountry.size() - 1
                                                                 : other.isoCountryCode];
        if (other.status == NumberStatus::Unknown)
            ++byUnknownStatus[other.statusText];
        else
            ++byKnownStatus[static_cast<std::size_t>(other.status)];
    }

    for (std::uint32_t list = 0; list < listCount; ++list) {
        for (const std::uint32_t route : routesOfList[list])
            routing.routes[route].numbers += numbersOfList[list];
    }
    for (std::size_t id = 0; id < byCountry.size(); ++id) {
        if (byCountry[id] == 0)
            continue;
        const bool none = id == byCountry.size() - 1;
        routing.byCountry.push_back(
            {none ? QString() : fromUtf8View(store.pooled(static_cast<StringPool::Id>(id))), byCountry[id]});
    }
    for (std::size_t s = 0; s < byKnownStatus.size(); ++s) {
        if (byKnownStatus[s] == 0)
            continue;
        const bool none = s == byKnownStatus.size() - 1;
        routing.byStatus.push_back(
            {none ? QString() : fromUtf8View(statusName(static_cast<NumberStatus>(s))), byKnownStatus[s]});
    }
    for (const auto &[text, numbers] : byUnknownStatus)
        routing.byStatus.push_back({fromUtf8View(store.pooled(text)), numbers});
    sortLargestFirst(routing.byCountry);
    sortLargestFirst(routing.byStatus);
    return routing;
}
