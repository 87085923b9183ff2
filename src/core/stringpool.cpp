#include "stringpool.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

#define XXH_INLINE_ALL
#include <xxhash.h>

std::string_view StringPool::store(std::string_view text)
{
    if (text.empty())
        return {};
    if (text.size() > ChunkSize / 4) {
        // A long string gets a chunk of its own, so chunks are never left mostly empty.
        m_chunks.push_back(std::make_unique<char[]>(text.size()));
        std::memcpy(m_chunks.back().get(), text.data(), text.size());
        m_bytes += text.size();
        const std::string_view stored(m_chunks.back().get(), text.size());
        // Keep filling the previous regular chunk next time.
        if (m_chunks.size() >= 2 && m_chunkUsed < ChunkSize)
            std::swap(m_chunks[m_chunks.size() - 1], m_chunks[m_chunks.size() - 2]);
        return stored;
    }
    if (m_chunkUsed + text.size() > ChunkSize) {
        m_chunks.push_back(std::make_unique<char[]>(ChunkSize));
        m_chunkUsed = 0;
        m_bytes += ChunkSize;
    }
    char *target = m_chunks.back().get() + m_chunkUsed;
    std::memcpy(target, text.data(), text.size());
    m_chunkUsed += text.size();
    return {target, text.size()};
}

namespace {

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
            growIndex(1);
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
        growIndex(1);
    const std::size_t mask = m_slots.count - 1;
    std::size_t slot = hash & mask;
    for (std::uint64_t entry; (entry = m_slots.entries[slot]) != EmptySlot; slot = (slot + 1) & mask) {
        const auto id = static_cast<Id>(entry) - 1;
        if (static_cast<std::uint32_t>(entry >> 32) == hash && m_views[id] == text)
            return id;
    }
    const Id id = insert(text, hash, slot);
    if (m_views.size() * 2 > m_slots.count)
        growIndex(m_views.size());
    return id;
}

std::vector<StringPool::Id> StringPool::absorb(const StringPool &other)
{
    std::vector<Id> ids(other.size());
    if (other.size() == 0)
        return ids;
    growIndex(size() + other.size());
    const std::size_t mask = m_slots.count - 1;
    // A few strings ahead: far enough to hide a cache miss, near enough that the line is still there.
    constexpr std::size_t Ahead = 16;
    for (std::size_t i = 0; i < other.size(); ++i) {
        if (i + Ahead < other.size())
            __builtin_prefetch(&m_slots.entries[other.m_hashes[i + Ahead] & mask]);
        ids[i] = intern(other.m_views[i], other.m_hashes[i]); // never grows the index: sized above
    }
    return ids;
}

StringPool::Id StringPool::insert(std::string_view text, std::uint32_t hash, std::size_t slot)
{
    if (m_views.size() >= UINT32_MAX - 1)
        throw std::length_error("string pool holds too many strings");
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(store(text));
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
    growIndex(strings);
    m_views.reserve(strings);
    m_hashes.reserve(strings);
}

void StringPool::growIndex(std::size_t strings)
{
    std::size_t size = m_slots.count == 0 ? 1024 : m_slots.count;
    while (strings * 2 > size)
        size *= 2;
    if (size == m_slots.count)
        return;
    auto *slots = static_cast<std::uint64_t *>(std::calloc(size, sizeof(std::uint64_t)));
    if (!slots)
        throw std::bad_alloc();
    static_assert(EmptySlot == 0, "calloc's zeros are empty slots");
    const std::size_t mask = size - 1;
    for (std::size_t i = 0; i < m_slots.count; ++i) {
        const std::uint64_t entry = m_slots.entries[i];
        if (entry == EmptySlot)
            continue;
        std::size_t slot = (entry >> 32) & mask;
        while (slots[slot] != EmptySlot)
            slot = (slot + 1) & mask;
        slots[slot] = entry;
    }
    m_slots.entries.reset(slots);
    m_slots.count = size;
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes + m_chunks.capacity() * sizeof(void *) + m_views.capacity() * sizeof(std::string_view) +
           m_hashes.capacity() * sizeof(std::uint32_t) + m_slots.count * sizeof(std::uint64_t);
}
