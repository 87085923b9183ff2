#include "numberdiff.h"

#include "numbercolumn.h"
#include "numberstore.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace {

using Entry = std::pair<std::string_view, std::uint32_t>; // telephoneNumber, row

std::vector<Entry> sortedNumbers(const NumberStore &store)
{
    std::vector<Entry> entries;
    entries.reserve(store.size());
    for (std::uint32_t row = 0; row < store.size(); ++row)
        entries.emplace_back(store.telephoneNumber(row), row);
    // Stable, so that the first record of a duplicated number is the one compared.
    std::ranges::stable_sort(entries, {}, &Entry::first);
    return entries;
}

// How many entries from `at` on hold the same number.
std::size_t runLength(const std::vector<Entry> &entries, std::size_t at)
{
    std::size_t end = at + 1;
    while (end < entries.size() && entries[end].first == entries[at].first)
        ++end;
    return end - at;
}

// A list cell's items in a fixed order, so that the order they were sent in is not a change.
void sortListText(std::string &text)
{
    if (text.find(NumberDiff::ListSeparator) == std::string::npos)
        return;
    std::vector<std::string_view> items;
    std::string_view rest = text;
    for (;;) {
        const std::size_t at = rest.find(NumberDiff::ListSeparator);
        items.push_back(rest.substr(0, at));
        if (at == std::string_view::npos)
            break;
        rest.remove_prefix(at + NumberDiff::ListSeparator.size());
    }
    std::ranges::sort(items);
    std::string sorted;
    sorted.reserve(text.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            sorted += NumberDiff::ListSeparator;
        sorted += items[i];
    }
    text = std::move(sorted);
}

bool isList(NumberColumn column)
{
    const ColumnKind kind = NumberColumns::kind(column);
    return kind == ColumnKind::Capabilities || kind == ColumnKind::SbcList;
}

} // namespace

// Both loads are sorted by number once and walked side by side: one pass finds the matches, the duplicates
// (neighbours with the same number) and the output order.
NumberDiff::NumberDiff(const NumberStore &oldStore, const NumberStore &newStore)
{
    const std::vector<Entry> oldNumbers = sortedNumbers(oldStore);
    const std::vector<Entry> newNumbers = sortedNumbers(newStore);
    const auto reportDuplicate = [this](std::string_view number, std::size_t count, bool oldSide) {
        if (count < 2)
            return;
        ++m_duplicates;
        NumberChange change{
            NumberChange::Kind::Duplicate, std::string(number), oldSide ? "old" : "new", {}, {}};
        (oldSide ? change.oldValue : change.newValue) = std::to_string(count);
        m_changes.push_back(std::move(change));
    };

    std::size_t o = 0;
    std::size_t n = 0;
    while (o < oldNumbers.size() || n < newNumbers.size()) {
        const bool takeOld =
            o < oldNumbers.size() && (n == newNumbers.size() || oldNumbers[o].first <= newNumbers[n].first);
        const bool takeNew =
            n < newNumbers.size() && (o == oldNumbers.size() || newNumbers[n].first <= oldNumbers[o].first);
        const std::string_view number = takeOld ? oldNumbers[o].first : newNumbers[n].first;
        const std::size_t oldCount = takeOld ? runLength(oldNumbers, o) : 0;
        const std::size_t newCount = takeNew ? runLength(newNumbers, n) : 0;
        reportDuplicate(number, oldCount, true);
        reportDuplicate(number, newCount, false);
        if (takeOld && takeNew) {
            compareRecords(oldStore, oldNumbers[o].second, newStore, newNumbers[n].second, number);
        } else if (takeOld) {
            ++m_removed;
            m_changes.push_back({NumberChange::Kind::Removed, std::string(number), {}, {}, {}});
        } else {
            ++m_added;
            m_changes.push_back({NumberChange::Kind::Added, std::string(number), {}, {}, {}});
        }
        o += oldCount;
        n += newCount;
    }
    // Numbers are in order already; within a number, order the rows by field.
    std::ranges::stable_sort(m_changes, [](const NumberChange &a, const NumberChange &b) {
        if (a.telephoneNumber != b.telephoneNumber)
            return a.telephoneNumber < b.telephoneNumber;
        return a.field < b.field;
    });
}

void NumberDiff::compareRecords(const NumberStore &oldStore, std::uint32_t oldRow,
                                const NumberStore &newStore, std::uint32_t newRow, std::string_view number)
{
    bool changed = false;
    for (int c = 0; c < NumberColumnCount; ++c) {
        const auto column = static_cast<NumberColumn>(c);
        if (column == NumberColumn::TelephoneNumber)
            continue;
        // Pooled text is compared where it lies; every other column through its canonical text.
        if (const auto member = NumberColumns::pooledMember(column)) {
            const std::string_view oldText = oldStore.pooled(oldStore.record(oldRow).*member);
            const std::string_view newText = newStore.pooled(newStore.record(newRow).*member);
            if (oldText == newText)
                continue;
            m_oldText.assign(oldText);
            m_newText.assign(newText);
        } else {
            m_oldText.clear();
            m_newText.clear();
            NumberColumns::appendText(oldStore, oldRow, column, m_oldText, ListSeparator);
            NumberColumns::appendText(newStore, newRow, column, m_newText, ListSeparator);
            if (m_oldText == m_newText)
                continue;
            if (isList(column)) {
                sortListText(m_oldText);
                sortListText(m_newText);
                if (m_oldText == m_newText)
                    continue;
            }
        }
        changed = true;
        m_changes.push_back({NumberChange::Kind::Changed, std::string(number),
                             std::string(NumberColumns::key(column)), m_oldText, m_newText});
    }
    if (changed)
        ++m_changed;
}
