#pragma once

#include "numberchange.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

class NumberStore;

// The changes between two loads (NumberDiff) with what a view of them needs to know up front: the rows of
// each kind and the fields that changed. Made in one go on a worker thread, then handed over whole.
struct NumberComparison final {
    std::vector<NumberChange> changes; // in the diff's order: by number, then field
    // Rows of each kind, indexed by NumberChange::Kind.
    std::array<std::size_t, 4> rowsOfKind{};
    std::size_t changedNumbers = 0; // numbers with at least one Changed row
    // The keys of the fields with Changed rows: known columns in the table's order, then any other key in
    // byte order.
    std::vector<std::string> fields;

    std::size_t rows(NumberChange::Kind kind) const { return rowsOfKind[static_cast<std::size_t>(kind)]; }

    static NumberComparison compare(const NumberStore &oldStore, const NumberStore &newStore);
    // Counts and fields of changes already made (in the diff's order).
    static NumberComparison of(std::vector<NumberChange> changes);
};
