#include "stringpool.h"

#include <cstring>
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

StringPool::Id StringPool::intern(std::string_view text)
{
    const auto hash = static_cast<std::uint32_t>(XXH3_64bits(text.data(), text.size()));
    if (m_slots.empty())
        growIndex();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    for (std::uint64_t entry; (entry = m_slots[slot]) != EmptySlot; slot = (slot + 1) & mask) {
        const auto id = static_cast<Id>(entry) - 1;
        if (static_cast<std::uint32_t>(entry >> 32) == hash && m_views[id] == text)
            return id;
    }
    if (m_views.size() >= UINT32_MAX - 1)
        throw std::length_error("string pool holds too many strings");
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(store(text));
    m_slots[slot] = (std::uint64_t(hash) << 32) | (id + 1);
    if (m_views.size() * 2 > m_slots.size())
        growIndex();
    return id;
}

void StringPool::growIndex()
{
    const std::vector<std::uint64_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, EmptySlot);
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint64_t entry : old) {
        if (entry == EmptySlot)
            continue;
        std::size_t slot = (entry >> 32) & mask;
        while (m_slots[slot] != EmptySlot)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes + m_chunks.capacity() * sizeof(void *) + m_views.capacity() * sizeof(std::string_view) +
           m_slots.capacity() * sizeof(std::uint64_t);
}
