#pragma once

#include "numberchange.h"

#include <string_view>
#include <utility>
#include <vector>

class NumberStore;

// What changed between two loads of numbers: numbers are matched by telephoneNumber; a number only in
// the new load is added, only in the old one removed, and a number in both is changed once per field
// whose text (NumberColumns::appendText) differs. Record order, the order inside capability and SBC lists
// and null against absent are not changes. A number that appears twice in one load is reported as a
// duplicate (its first record is the one compared). The changes come sorted by number, then field.
class NumberDiff final {
public:
    static constexpr std::string_view ListSeparator = ";";

    NumberDiff(const NumberStore &oldStore, const NumberStore &newStore);

    const std::vector<NumberChange> &changes() const { return m_changes; }
    // Moves the changes out (the diff is empty of changes afterwards; the counts stay).
    std::vector<NumberChange> takeChanges() { return std::move(m_changes); }
    bool isEmpty() const { return m_changes.empty(); }
    std::size_t addedCount() const { return m_added; }
    std::size_t removedCount() const { return m_removed; }
    // Numbers with at least one changed field (not fields).
    std::size_t changedCount() const { return m_changed; }
    std::size_t duplicateCount() const { return m_duplicates; }

private:
    void compareRecords(const NumberStore &oldStore, std::uint32_t oldRow, const NumberStore &newStore,
                        std::uint32_t newRow, std::string_view number);

    std::vector<NumberChange> m_changes;
    std::size_t m_added = 0;
    std::size_t m_removed = 0;
    std::size_t m_changed = 0;
    std::size_t m_duplicates = 0;
    std::string m_oldText;
    std::string m_newText;
};
