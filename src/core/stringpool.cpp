#include "stringpool.h"

#include <stdexcept>

StringPool::StringPool()
    : m_offsets{0} {
    m_bytes.reserve(4096);
}

StringPool::Id StringPool::intern(std::string_view text) {
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    if (m_bytes.size() + text.size() > UINT32_MAX)
        throw std::length_error("string pool exceeds 4 GiB");
    const char *before = m_bytes.data();
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    const Id id = static_cast<Id>(m_offsets.size() - 2);
    if (m_bytes.data() != before) {
        // The byte buffer moved: rebuild the keys, which point into it.
        std::unordered_map<std::string_view, Id, Hash> rebuilt;
        rebuilt.reserve(m_index.size() + 1);
        for (Id i = 0; i < id; ++i)
            rebuilt.emplace(view(i), i);
        m_index.swap(rebuilt);
    }
    m_index.emplace(view(id), id);
    return id;
}

std::size_t StringPool::memoryUsage() const {
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(std::uint32_t) +
           m_index.size() * (sizeof(std::string_view) + sizeof(Id) + 2 * sizeof(void *)) +
           m_index.bucket_count() * sizeof(void *);
}
