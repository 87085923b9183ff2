#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

// Interns repeated UTF-8 strings (tenant ids, SBC names, calling profiles, country codes, ...).
// Each distinct string is stored once; ids are dense, so callers can keep per-id tables.
class StringPool final {
public:
    using Id = std::uint32_t;

    StringPool();

    Id intern(std::string_view text);
    std::string_view view(Id id) const {
        return {m_bytes.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]};
    }
    std::size_t size() const { return m_offsets.size() - 1; }
    std::size_t memoryUsage() const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::vector<char> m_bytes;
    std::vector<std::uint32_t> m_offsets;
    // Keys are offsets into m_bytes; lookups go through a string_view built on the fly.
    std::unordered_map<std::string_view, Id, Hash> m_index;
};
