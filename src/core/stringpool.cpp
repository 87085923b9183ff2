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
    const std::uint64_t hash = XXH3_64bits(text.data(), text.size());
    if (m_slots.empty())
        growIndex();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (m_slots[slot] != EmptySlot) {
        const Id id = m_slots[slot] - 1;
        if (m_hashes[id] == hash && m_views[id] == text)
            return id;
        slot = (slot + 1) & mask;
    }
    if (m_views.size() >= UINT32_MAX - 1)
        throw std::length_error("string pool holds too many strings");
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(store(text));
    m_hashes.push_back(hash);
    m_slots[slot] = id + 1;
    // At most half full, so probes stay short.
    if (m_views.size() * 2 > m_slots.size())
        growIndex();
    return id;
}

void StringPool::growIndex()
{
    const std::size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
    m_slots.assign(size, EmptySlot);
    const std::size_t mask = size - 1;
    for (std::size_t id = 0; id < m_views.size(); ++id) {
        std::size_t slot = m_hashes[id] & mask;
        while (m_slots[slot] != EmptySlot)
            slot = (slot + 1) & mask;
        m_slots[slot] = static_cast<std::uint32_t>(id + 1);
    }
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes + m_chunks.capacity() * sizeof(void *) + m_views.capacity() * sizeof(std::string_view) +
           m_hashes.capacity() * sizeof(std::uint64_t) + m_slots.capacity() * sizeof(std::uint32_t);
}
