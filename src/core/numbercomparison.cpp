#include "numbercomparison.h"

#include "numbercolumn.h"
#include "numberdiff.h"

#include <algorithm>
#include <bitset>
#include <set>
#include <string_view>
#include <utility>

NumberComparison NumberComparison::compare(const NumberStore &oldStore, const NumberStore &newStore)
{
    NumberDiff diff(oldStore, newStore);
    return of(diff.takeChanges());
}

NumberComparison NumberComparison::of(std::vector<NumberChange> changes)
{
    NumberComparison comparison;
    comparison.changes = std::move(changes);
    std::bitset<NumberColumnCount> knownFields;
    std::set<std::string_view> otherFields;
    const std::string *lastChangedNumber = nullptr;
    for (const NumberChange &change : comparison.changes) {
        ++comparison.rowsOfKind[static_cast<std::size_t>(change.kind)];
        if (change.kind != NumberChange::Kind::Changed)
            continue;
        // A number's Changed rows are neighbours (duplicates of the same number may sit between them).
        if (!lastChangedNumber || *lastChangedNumber != change.telephoneNumber)
            ++comparison.changedNumbers;
        lastChangedNumber = &change.telephoneNumber;
        if (const auto column = NumberColumns::fromKey(change.field))
            knownFields.set(static_cast<std::size_t>(*column));
        else
            otherFields.insert(change.field);
    }
    for (int c = 0; c < NumberColumnCount; ++c) {
        if (knownFields.test(static_cast<std::size_t>(c)))
            comparison.fields.emplace_back(NumberColumns::key(static_cast<NumberColumn>(c)));
    }
    for (const std::string_view field : otherFields)
        comparison.fields.emplace_back(field);
    return comparison;
}
