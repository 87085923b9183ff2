#include "numberfacets.h"

#include "numberfacetcounter.h"
#include "numberstore.h"

NumberFacets NumberFacets::of(const NumberStore &store)
{
    NumberFacetCounter counter;
    counter.add(store, 0, store.size());
    return counter.facets(store);
}
