#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Append-only storage for strings that are unique per number (the number itself, job ids, raw extras).
class TextArena final {
public:
    using Id = std::uint32_t;

    TextArena();

    Id append(std::string_view text);
    // Appends every string of other, in order: other's id i is then id i + the returned value here.
    Id appendAll(const TextArena &other);
    std::string_view view(Id id) const
    {
        return {m_bytes.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]};
    }
    std::size_t size() const { return m_offsets.size() - 1; }
    void reserve(std::size_t strings, std::size_t bytes);
    std::size_t memoryUsage() const;

private:
    std::vector<char> m_bytes;
    std::vector<std::uint32_t> m_offsets;
};
