#pragma once

#include "stableblocks.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

// Interns repeated UTF-8 strings (tenant ids, SBC names, calling profiles, country codes, ...).
// Each distinct string is stored once; ids are dense, so callers can keep per-id tables.
// The index is an open-addressing table whose slots hold an id and 32 bits of its string's hash, so a probe
// touches one cache line: real exports often give every number its own ids, and then interning must cost
// little more than the copy.
class StringPool final {
public:
    using Id = std::uint32_t;

    Id intern(std::string_view text);
    // Interns texts, setting ids[i] for texts[i]. For the few strings of one record: the index slots of
    // all are fetched before any is looked at, so their cache misses overlap.
    void internAll(std::span<const std::string_view> texts, std::span<Id> ids);
    // Interns every string of other, in other's id order; returns each one's id here, indexed by other's id.
    // Much faster than interning them one by one: hashes are reused and table slots fetched ahead.
    std::vector<Id> absorb(const StringPool &other);
    // Room for this many strings, so that interning them never rebuilds the index. The index's memory is
    // taken from the system untouched, and filled as strings come.
    void reserve(std::size_t strings);
    // How many strings the index holds before it is rebuilt.
    std::size_t indexCapacity() const { return m_slots.count / 2; }
    // Whether entries are still moving from the index into a larger one.
    bool growing() const { return m_oldSlots.count != 0; }
    std::string_view view(Id id) const
    {
        const Place place = m_places[id];
        const std::size_t length = place & LengthMask;
        if (length == 0)
            return {};
        const char *chunk = m_chunks[place >> 32].get();
        return length == OwnChunk ? ownChunkText(chunk)
                                  : std::string_view(chunk + ((place >> 16) & 0xFFFF), length);
    }
    std::size_t size() const { return m_places.size(); }
    std::size_t memoryUsage() const;

private:
    static constexpr std::size_t ChunkSize = 64 * 1024;
    static constexpr std::uint64_t EmptySlot = 0;

    // Where a string's bytes are, in 8 bytes instead of a 16-byte view (real exports bring millions of
    // strings): (chunk << 32) | (offset << 16) | length. A length of OwnChunk stands for a long string with a
    // chunk of its own, which starts with its length.
    using Place = std::uint64_t;
    static constexpr std::uint64_t LengthMask = 0xFFFF;
    static constexpr std::uint64_t OwnChunk = LengthMask;
    static_assert(ChunkSize <= 0x10000 && ChunkSize / 4 < OwnChunk, "offsets and lengths fit in 16 bits");

    Place store(std::string_view text);
    static std::string_view ownChunkText(const char *chunk);
    Id intern(std::string_view text, std::uint32_t hash);
    // Adds text (not in the pool yet) at slot, as the next id.
    Id insert(std::string_view text, std::uint32_t hash, std::size_t slot);
    // Makes room for at least strings in the index, keeping it at most half full. A large index grows
    // gradually: rebuilding millions of entries at once would hold the window for a tenth of a second.
    enum class Growth { AtOnce, Gradually };
    void growIndex(std::size_t strings, Growth growth);
    // Moves up to count entries of the index being replaced into the new one; all of them for SIZE_MAX.
    void moveOldSlots(std::size_t count);

    // Bytes live in chunks that never move, so the views stay valid.
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunk = 0; // the chunk being filled
    std::size_t m_chunkUsed = ChunkSize;
    std::size_t m_bytes = 0;
    // By id. In blocks, so that growing never copies millions of them at once either.
    StableBlocks<Place> m_places;
    StableBlocks<std::uint32_t> m_hashes; // by id
    // (hash << 32) | (id + 1), or EmptySlot; a power of two in size, at most half full. From calloc: a
    // large index starts as zero pages instead of being written over first.
    struct FreeSlots {
        void operator()(std::uint64_t *slots) const;
    };
    struct Slots {
        std::unique_ptr<std::uint64_t[], FreeSlots> entries;
        std::size_t count = 0;

        Slots() = default;
        Slots(Slots &&other) noexcept
            : entries(std::move(other.entries))
            , count(std::exchange(other.count, 0))
        {}
        Slots &operator=(Slots &&other) noexcept
        {
            entries = std::move(other.entries);
            count = std::exchange(other.count, 0);
            return *this;
        }
    };
    Slots m_slots;
    // While the index grows gradually: the one it replaces, whose entries from m_moved on are still to move.
    // Lookups search both until it is empty.
    Slots m_oldSlots;
    std::size_t m_moved = 0;
};
