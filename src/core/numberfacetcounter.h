#pragma once

#include "capabilityvocabulary.h"
#include "numberenums.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

class NumberStore;
struct NumberFacets;

// Counts the values of the filterable fields row range by range, as numbers go into a store, so that the
// filter choices of a large list cost no pass over all of it at the end of a load.
class NumberFacetCounter final {
public:
    // Counts rows [first, last) of store; ranges must not overlap, and the store may grow in between.
    void add(const NumberStore &store, std::size_t first, std::size_t last);
    void clear() { *this = {}; }
    std::size_t rowCount() const { return m_rows; }
    // The choices and counts of the rows counted so far (the store they were counted in).
    NumberFacets facets(const NumberStore &store) const;

private:
    // By pooled string id and by SBC list id (grown as the store's pool and lists grow).
    std::vector<std::uint32_t> m_assignment, m_country, m_source, m_sbcList;
    std::array<std::uint32_t, NumberStatusKnownCount> m_statuses{};
    std::array<std::uint32_t, CapabilityVocabulary::MaxCapabilities> m_acquired{};
    std::uint32_t m_noAssignment = 0;
    CapabilitySet m_capabilities = 0;
    std::size_t m_rows = 0;
};
