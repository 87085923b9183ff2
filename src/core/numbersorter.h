#pragma once

#include "numbercolumn.h"

#include <cstdint>
#include <QtGlobal>
#include <vector>

class NumberStore;

// Orders rows of a store by one column without formatting a cell: each row gets a 64-bit key (a rank
// among the column's distinct values, a date's ticks, a number's digits), ties fall back to the full
// text where the key is only a prefix, then to the row index, so every sort is stable and repeatable.
class NumberSorter final {
public:
    static void sort(const NumberStore &store, NumberColumn column, Qt::SortOrder order,
                     std::vector<std::uint32_t> &rows);
};
