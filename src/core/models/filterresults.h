#pragma once

#include "core/numberfilter.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

// The rows that recent filters kept, so that a keystroke never scans more than it must: deleting a
// character brings back what that text showed before, and a new text that narrows one of them scans only
// its rows. Every entry holds rows of the same order of the same store: the owner forgets them all when
// either changes.
class FilterResults final {
public:
    struct Entry {
        NumberFilter filter;
        std::vector<std::uint32_t> rows;
    };

    // Keeps what filter showed; the oldest entries go when there are more than MaxEntries or, together,
    // more rows than maxRows.
    void remember(NumberFilter filter, std::vector<std::uint32_t> rows, std::size_t maxRows);
    // The rows filter showed, taken out of this cache, or nothing.
    std::optional<std::vector<std::uint32_t>> take(const NumberFilter &filter);
    // The fewest rows remembered that hold every match of filter (their filter is one that filter
    // narrows), or null.
    const std::vector<std::uint32_t> *narrowest(const NumberFilter &filter) const;
    void clear();
    std::size_t size() const { return m_entries.size(); }

    static constexpr std::size_t MaxEntries = 16;

private:
    std::deque<Entry>::iterator find(const NumberFilter &filter);

    std::deque<Entry> m_entries; // oldest first
    std::size_t m_rows = 0;
};
