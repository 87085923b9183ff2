#include "stringpool.h"

#include <cstring>
#include <stdexcept>

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
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    if (m_views.size() >= UINT32_MAX - 1)
        throw std::length_error("string pool holds too many strings");
    const std::string_view stored = store(text);
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(stored);
    m_index.emplace(stored, id);
    return id;
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes + m_chunks.capacity() * sizeof(void *) + m_views.capacity() * sizeof(std::string_view) +
           m_index.size() * (sizeof(std::string_view) + sizeof(Id) + 2 * sizeof(void *)) +
           m_index.bucket_count() * sizeof(void *);
}
