#include "filterresults.h"

#include <algorithm>

void FilterResults::remember(NumberFilter filter, std::vector<std::uint32_t> rows, std::size_t maxRows)
{
    if (rows.size() > maxRows)
        return;
    const auto same = find(filter);
    if (same != m_entries.end()) {
        m_rows -= same->rows.size();
        m_entries.erase(same);
    }
    m_rows += rows.size();
    m_entries.push_back({std::move(filter), std::move(rows)});
    while (m_entries.size() > MaxEntries || m_rows > maxRows) {
        m_rows -= m_entries.front().rows.size();
        m_entries.pop_front();
    }
}

std::optional<std::vector<std::uint32_t>> FilterResults::take(const NumberFilter &filter)
{
    const auto found = find(filter);
    if (found == m_entries.end())
        return std::nullopt;
    std::vector<std::uint32_t> rows = std::move(found->rows);
    m_rows -= rows.size();
    m_entries.erase(found);
    return rows;
}

const std::vector<std::uint32_t> *FilterResults::narrowest(const NumberFilter &filter) const
{
    const std::vector<std::uint32_t> *best = nullptr;
    for (const Entry &entry : m_entries) {
        if ((!best || entry.rows.size() < best->size()) && filter.isNarrowingOf(entry.filter))
            best = &entry.rows;
    }
    return best;
}

std::deque<FilterResults::Entry>::iterator FilterResults::find(const NumberFilter &filter)
{
    return std::find_if(m_entries.begin(), m_entries.end(),
                        [&](const Entry &entry) { return entry.filter == filter; });
}

void FilterResults::clear()
{
    m_entries.clear();
    m_rows = 0;
}
