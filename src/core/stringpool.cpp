#include "stringpool.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

#define XXH_INLINE_ALL
#include <xxhash.h>

StringPool::Place StringPool::store(std::string_view text)
{
    if (text.empty())
        return 0;
    if (text.size() > ChunkSize / 4) {
        // A long string gets a chunk of its own, so chunks are never left mostly empty.
        const std::uint64_t length = text.size();
        m_chunks.push_back(std::make_unique<char[]>(sizeof length + text.size()));
        std::memcpy(m_chunks.back().get(), &length, sizeof length);
        std::memcpy(m_chunks.back().get() + sizeof length, text.data(), text.size());
        m_bytes += sizeof length + text.size();
        return (Place(m_chunks.size() - 1) << 32) | OwnChunk;
    }
    if (m_chunkUsed + text.size() > ChunkSize) {
        m_chunks.push_back(std::make_unique<char[]>(ChunkSize));
        m_chunk = m_chunks.size() - 1;
        m_chunkUsed = 0;
        m_bytes += ChunkSize;
    }
    std::memcpy(m_chunks[m_chunk].get() + m_chunkUsed, text.data(), text.size());
    const Place place = (Place(m_chunk) << 32) | (Place(m_chunkUsed) << 16) | text.size();
    m_chunkUsed += text.size();
    return place;
}

std::string_view StringPool::ownChunkText(const char *chunk)
{
    std::uint64_t length;
    std::memcpy(&length, chunk, sizeof length);
    return {chunk + sizeof length, length};
}

namespace {

constexpr std::size_t PageSize = 4096; // the smallest there is; a larger one is written more than once

std::uint32_t hashOf(std::string_view text)
{
    return static_cast<std::uint32_t>(XXH3_64bits(text.data(), text.size()));
}

} // namespace

StringPool::Id StringPool::intern(std::string_view text)
{
    return intern(text, hashOf(text));
}

void StringPool::internAll(std::span<const std::string_view> texts, std::span<Id> ids)
{
    constexpr std::size_t Batch = 32;
    std::uint32_t hashes[Batch];
    for (std::size_t first = 0; first < texts.size(); first += Batch) {
        const std::size_t count = std::min(Batch, texts.size() - first);
        if (m_slots.count == 0)
            growIndex(1, Growth::AtOnce);
        const std::size_t mask = m_slots.count - 1;
        for (std::size_t i = 0; i < count; ++i) {
            hashes[i] = hashOf(texts[first + i]);
            __builtin_prefetch(&m_slots.entries[hashes[i] & mask]);
        }
        for (std::size_t i = 0; i < count; ++i)
            ids[first + i] = intern(texts[first + i], hashes[i]);
    }
}

StringPool::Id StringPool::intern(std::string_view text, std::uint32_t hash)
{
    if (m_slots.count == 0)
        growIndex(1, Growth::AtOnce);
    const auto find = [&](const Slots &slots, std::size_t *slot) {
        const std::size_t mask = slots.count - 1;
        for (std::uint64_t entry; (entry = slots.entries[*slot & mask]) != EmptySlot; ++*slot) {
            const auto id = static_cast<Id>(entry) - 1;
            if (static_cast<std::uint32_t>(entry >> 32) == hash && view(id) == text)
                return id;
        }
        *slot &= mask;
        return Id(-1);
    };
    std::size_t slot = hash;
    Id id = find(m_slots, &slot);
    if (id == Id(-1) && m_oldSlots.count != 0) {
        std::size_t oldSlot = hash;
        id = find(m_oldSlots, &oldSlot);
    }
    if (id == Id(-1))
        id = insert(text, hash, slot);
    if (m_oldSlots.count != 0) {
        // The new index holds twice the old one's slots, and is rebuilt again after as many strings as
        // the old one held: moving four slots per string empties the old one well before.
        moveOldSlots(4);
    } else if (m_places.size() * 2 > m_slots.count) {
        growIndex(m_places.size(), Growth::Gradually);
    }
    return id;
}

std::vector<StringPool::Id> StringPool::absorb(const StringPool &other)
{
    std::vector<Id> ids(other.size());
    if (other.size() == 0)
        return ids;
    growIndex(size() + other.size(), Growth::Gradually);
    const std::size_t mask = m_slots.count - 1;
    // A few strings ahead: far enough to hide a cache miss, near enough that the line is still there.
    constexpr std::size_t Ahead = 16;
    for (std::size_t i = 0; i < other.size(); ++i) {
        if (i + Ahead < other.size())
            __builtin_prefetch(&m_slots.entries[other.m_hashes[i + Ahead] & mask]);
        ids[i] = intern(other.view(Id(i)), other.m_hashes[i]); // never grows the index: sized above
    }
    return ids;
}

StringPool::Id StringPool::insert(std::string_view text, std::uint32_t hash, std::size_t slot)
{
    if (m_places.size() >= UINT32_MAX - 1)
        throw std::length_error("string pool holds too many strings");
    const auto id = static_cast<Id>(m_places.size());
    m_places.push_back(store(text));
    m_hashes.push_back(hash);
    m_slots.entries[slot] = (std::uint64_t(hash) << 32) | (id + 1);
    return id;
}

void StringPool::FreeSlots::operator()(std::uint64_t *slots) const
{
    std::free(slots);
}

void StringPool::reserve(std::size_t strings)
{
    growIndex(strings, Growth::AtOnce);
    m_places.reserve(strings);
    m_hashes.reserve(strings);
}

void StringPool::growIndex(std::size_t strings, Growth growth)
{
    std::size_t size = m_slots.count == 0 ? 1024 : m_slots.count;
    while (strings * 2 > size)
        size *= 2;
    if (size == m_slots.count)
        return;
    moveOldSlots(SIZE_MAX); // one growth at a time
    auto *entries = static_cast<std::uint64_t *>(std::calloc(size, sizeof(std::uint64_t)));
    if (!entries)
        throw std::bad_alloc();
    static_assert(EmptySlot == 0, "calloc's zeros are empty slots");
    // A page whose first touch is a read (a lookup finding an empty slot) is mapped to the shared zero page;
    // the write after it then copies the page and has the other cores flush their TLBs, which perf put at a
    // sixth of a convert's time. Writing each page first maps it once. A very large index is left to fault
    // page by page, so that the window never stops to write tens of megabytes at once.
    constexpr std::size_t WriteFirstUpTo = std::size_t(1) << 21; // slots: 16 MB
    if (size <= WriteFirstUpTo) {
        volatile std::uint64_t *pages = entries; // not a store the compiler may drop
        for (std::size_t i = 0; i < size; i += PageSize / sizeof(std::uint64_t))
            pages[i] = EmptySlot;
    }
    m_oldSlots = std::move(m_slots);
    m_slots.entries.reset(entries);
    m_slots.count = size;
    m_moved = 0;
    // A small index is rebuilt at once: a few thousand entries cost less than a frame.
    constexpr std::size_t GradualFrom = std::size_t(1) << 16;
    if (growth == Growth::AtOnce || m_oldSlots.count < GradualFrom)
        moveOldSlots(SIZE_MAX);
}

void StringPool::moveOldSlots(std::size_t count)
{
    if (m_oldSlots.count == 0)
        return;
    const std::size_t end = m_oldSlots.count - m_moved <= count ? m_oldSlots.count : m_moved + count;
    const std::size_t mask = m_slots.count - 1;
    for (; m_moved < end; ++m_moved) {
        const std::uint64_t entry = m_oldSlots.entries[m_moved];
        if (entry == EmptySlot)
            continue;
        std::size_t slot = (entry >> 32) & mask;
        while (m_slots.entries[slot] != EmptySlot)
            slot = (slot + 1) & mask;
        m_slots.entries[slot] = entry;
    }
    if (m_moved == m_oldSlots.count) {
        m_oldSlots = Slots();
        m_moved = 0;
    }
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes + m_chunks.capacity() * sizeof(void *) + m_places.capacity() * sizeof(Place) +
           m_hashes.capacity() * sizeof(std::uint32_t) +
           (m_slots.count + m_oldSlots.count) * sizeof(std::uint64_t);
}
