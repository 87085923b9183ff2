#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

// Interns repeated UTF-8 strings (tenant ids, SBC names, calling profiles, country codes, ...).
// Each distinct string is stored once; ids are dense, so callers can keep per-id tables.
class StringPool final {
public:
    using Id = std::uint32_t;

    Id intern(std::string_view text);
    std::string_view view(Id id) const { return m_views[id]; }
    std::size_t size() const { return m_views.size(); }
    std::size_t memoryUsage() const;

private:
    struct Hash {
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    static constexpr std::size_t ChunkSize = 64 * 1024;

    std::string_view store(std::string_view text);

    // Bytes live in chunks that never move, so the views (and the index's keys) stay valid.
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunkUsed = ChunkSize;
    std::size_t m_bytes = 0;
    std::vector<std::string_view> m_views;
    std::unordered_map<std::string_view, Id, Hash> m_index;
};
