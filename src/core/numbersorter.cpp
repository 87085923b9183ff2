#include "numbersorter.h"

#include "numberstore.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace {

struct Item {
    std::uint64_t key;
    std::uint32_t tier; // 0: empty, 1: a value, 2: a value of another kind (ids sent as text, bad dates)
    std::uint32_t row;
};

int compareFolded(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = static_cast<unsigned char>(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = static_cast<unsigned char>(y + 32);
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

std::uint64_t prefixKey(std::string_view text)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c + 32);
        key = key << 8 | c;
    }
    return key;
}

// Digits left-aligned in 18 decimal places: "+1 833" < "+44" < "+61", like comparing the digit strings.
std::uint64_t phoneKey(std::string_view number)
{
    std::uint64_t key = 0;
    int digits = 0;
    for (const char c : number) {
        if (c >= '0' && c <= '9' && digits < 18) {
            key = key * 10 + static_cast<std::uint64_t>(c - '0');
            ++digits;
        }
    }
    for (; digits < 18; ++digits)
        key *= 10;
    return key;
}

std::uint64_t signedKey(std::int64_t v)
{
    return static_cast<std::uint64_t>(v) ^ (std::uint64_t{1} << 63);
}

// Ranks the distinct pooled strings a column uses, so rows compare by a small integer.
class PoolRanks {
public:
    PoolRanks(const NumberStore &store, const std::vector<std::uint32_t> &rows,
              StringPool::Id NumberRecord::*member)
        : m_rank(store.pool().size(), 0)
    {
        std::vector<std::uint32_t> used;
        std::vector<bool> seen(store.pool().size(), false);
        for (const std::uint32_t row : rows) {
            const StringPool::Id id = store.record(row).*member;
            if (id != NumberRecord::NoText && !seen[id]) {
                seen[id] = true;
                used.push_back(id);
            }
        }
        std::sort(used.begin(), used.end(), [&](std::uint32_t a, std::uint32_t b) {
            return compareFolded(store.pool().view(a), store.pool().view(b)) < 0;
        });
        for (std::size_t i = 0; i < used.size(); ++i)
            m_rank[used[i]] = static_cast<std::uint32_t>(i);
    }
    std::uint32_t operator[](StringPool::Id id) const { return m_rank[id]; }

private:
    std::vector<std::uint32_t> m_rank;
};

// Ranks distinct values of a column by their text, for values that repeat (capability sets, SBC lists).
template <typename Value, typename Text>
std::unordered_map<Value, std::uint32_t> rankByText(const std::vector<Value> &values, Text text)
{
    std::vector<Value> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<std::pair<std::string, Value>> named;
    named.reserve(distinct.size());
    for (const Value &v : distinct)
        named.emplace_back(text(v), v);
    std::sort(named.begin(), named.end(),
              [](const auto &a, const auto &b) { return compareFolded(a.first, b.first) < 0; });
    std::unordered_map<Value, std::uint32_t> rank;
    for (std::size_t i = 0; i < named.size(); ++i)
        rank.emplace(named[i].second, static_cast<std::uint32_t>(i));
    return rank;
}

// Stable LSD radix sort by (tier, key): linear in the number of rows, so 10^6 rows cost ten times
// 10^5 (a comparison sort's cache misses made it twenty to thirty times). Byte positions where every
// key agrees are skipped, so small ranks take one or two passes.
void radixSort(std::vector<Item> &items)
{
    const std::size_t n = items.size();
    if (n < 2)
        return;
    std::array<std::array<std::size_t, 256>, 8> counts{};
    std::array<std::size_t, 3> tierCounts{};
    for (const Item &item : items) {
        for (int byte = 0; byte < 8; ++byte)
            ++counts[byte][(item.key >> (8 * byte)) & 0xff];
        ++tierCounts[item.tier];
    }
    std::vector<Item> buffer(n);
    const auto pass = [&](auto digitOf, auto &count) {
        std::size_t offset = 0;
        for (std::size_t &c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (const Item &item : items)
            buffer[count[digitOf(item)]++] = item;
        items.swap(buffer);
    };
    for (int byte = 0; byte < 8; ++byte) {
        auto &count = counts[byte];
        if (std::any_of(count.begin(), count.end(), [n](std::size_t c) { return c == n; }))
            continue;
        pass([byte](const Item &item) { return (item.key >> (8 * byte)) & 0xff; }, count);
    }
    if (std::count(tierCounts.begin(), tierCounts.end(), std::size_t{0}) < 2)
        pass([](const Item &item) { return std::size_t{item.tier}; }, tierCounts);
}

} // namespace

void NumberSorter::sort(const NumberStore &store, NumberColumn column, Qt::SortOrder order,
                        std::vector<std::uint32_t> &rows)
{
    // Items are filled in ascending row order, so the stable radix sort below breaks ties by row.
    if (!std::is_sorted(rows.begin(), rows.end()))
        std::sort(rows.begin(), rows.end());
    std::vector<Item> items(rows.size());
    // Where the key is only a prefix of the text, equal keys compare the whole text.
    std::string_view (*fullText)(const NumberStore &, std::uint32_t) = nullptr;

    const auto fill = [&](auto keyOf) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            items[i] = keyOf(store.record(rows[i]));
            items[i].row = rows[i];
        }
    };

    switch (NumberColumns::kind(column)) {
    case ColumnKind::PhoneNumber:
        fill([&](const NumberRecord &r) {
            const auto n = store.unique(r.telephoneNumber);
            return Item{phoneKey(n), n.empty() ? 0u : 1u, 0};
        });
        fullText = [](const NumberStore &s, std::uint32_t row) { return s.telephoneNumber(row); };
        break;
    case ColumnKind::PooledText: {
        const auto member = NumberColumns::pooledMember(column);
        const PoolRanks ranks(store, rows, member);
        fill([&](const NumberRecord &r) {
            const StringPool::Id id = r.*member;
            return id == NumberRecord::NoText ? Item{0, 0, 0} : Item{ranks[id], 1, 0};
        });
        break;
    }
    case ColumnKind::DateTime: {
        const auto member = NumberColumns::timestampMember(column);
        fill([&](const NumberRecord &r) {
            const Timestamp &ts = r.*member;
            switch (ts.state) {
            case Timestamp::State::Valid:
                return Item{signedKey(ts.value()), 1, 0};
            case Timestamp::State::Invalid:
                return Item{prefixKey(store.unique(static_cast<TextArena::Id>(ts.value()))), 2, 0};
            case Timestamp::State::Null:
                break;
            }
            return Item{0, 0, 0};
        });
        break;
    }
    case ColumnKind::Integer: {
        const auto member = NumberColumns::idMember(column);
        fill([&](const NumberRecord &r) {
            const FlexibleId &id = r.*member;
            switch (id.kind) {
            case FlexibleId::Kind::Integer:
                return Item{signedKey(id.value()), 1, 0};
            case FlexibleId::Kind::String:
                return Item{prefixKey(store.unique(static_cast<TextArena::Id>(id.value()))), 2, 0};
            case FlexibleId::Kind::Null:
                break;
            }
            return Item{0, 0, 0};
        });
        break;
    }
    case ColumnKind::Status: {
        std::vector<StringPool::Id> unknown;
        for (const std::uint32_t row : rows) {
            if (store.record(row).status == NumberStatus::Unknown)
                unknown.push_back(store.record(row).statusText);
        }
        const auto rank =
            rankByText(unknown, [&](StringPool::Id id) { return std::string(store.pooled(id)); });
        fill([&](const NumberRecord &r) {
            if (r.status == NumberStatus::None)
                return Item{0, 0, 0};
            if (r.status == NumberStatus::Unknown)
                return Item{NumberStatusKnownCount + std::uint64_t{rank.at(r.statusText)}, 1, 0};
            return Item{static_cast<std::uint64_t>(r.status), 1, 0};
        });
        break;
    }
    case ColumnKind::Capabilities: {
        const bool acquired = column == NumberColumn::AcquiredCapabilities;
        std::vector<CapabilitySet> sets;
        sets.reserve(rows.size());
        for (const std::uint32_t row : rows)
            sets.push_back(acquired ? store.record(row).acquiredCapabilities
                                    : store.record(row).availableCapabilities);
        const auto rank = rankByText(sets, [&](CapabilitySet s) { return store.capabilityNames(s, ", "); });
        fill([&](const NumberRecord &r) {
            const CapabilitySet s = acquired ? r.acquiredCapabilities : r.availableCapabilities;
            return s == 0 ? Item{0, 0, 0} : Item{rank.at(s), 1, 0};
        });
        break;
    }
    case ColumnKind::SbcList: {
        std::vector<std::uint32_t> lists;
        for (const std::uint32_t row : rows) {
            if (store.record(row).sbcList != NumberRecord::NoSbcList)
                lists.push_back(store.record(row).sbcList);
        }
        const auto rank = rankByText(lists, [&](std::uint32_t list) {
            std::string text;
            for (const Sbc &sbc : store.sbcList(list)) {
                text += store.pooled(sbc.name);
                text += ", ";
            }
            return text;
        });
        fill([&](const NumberRecord &r) {
            return r.sbcList == NumberRecord::NoSbcList || store.sbcList(r.sbcList).empty()
                       ? Item{0, 0, 0}
                       : Item{rank.at(r.sbcList), 1, 0};
        });
        break;
    }
    }

    const bool ascending = order == Qt::AscendingOrder;
    if (!ascending) {
        // Descending values, ties still in ascending row order: sort the complements ascending.
        for (Item &item : items) {
            item.key = ~item.key;
            item.tier = 2 - item.tier;
        }
    }
    radixSort(items);
    if (fullText) {
        // Runs of equal prefix keys are ordered by their whole text.
        for (std::size_t begin = 0; begin < items.size();) {
            std::size_t end = begin + 1;
            while (end < items.size() && items[end].key == items[begin].key &&
                   items[end].tier == items[begin].tier)
                ++end;
            if (end - begin > 1 && items[begin].tier != (ascending ? 0u : 2u)) {
                std::sort(items.begin() + std::ptrdiff_t(begin), items.begin() + std::ptrdiff_t(end),
                          [&](const Item &a, const Item &b) {
                              const int c = compareFolded(fullText(store, a.row), fullText(store, b.row));
                              if (c != 0)
                                  return ascending ? c < 0 : c > 0;
                              return a.row < b.row;
                          });
            }
            begin = end;
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        rows[i] = items[i].row;
}
