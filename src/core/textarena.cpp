#include "textarena.h"

#include <stdexcept>

TextArena::TextArena()
    : m_offsets{0}
{}

TextArena::Id TextArena::append(std::string_view text)
{
    if (m_bytes.size() + text.size() > UINT32_MAX)
        throw std::length_error("text arena exceeds 4 GiB");
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    return static_cast<Id>(m_offsets.size() - 2);
}

TextArena::Id TextArena::appendAll(const TextArena &other)
{
    if (m_bytes.size() + other.m_bytes.size() > UINT32_MAX)
        throw std::length_error("text arena exceeds 4 GiB");
    const auto first = static_cast<Id>(size());
    const auto base = static_cast<std::uint32_t>(m_bytes.size());
    m_bytes.insert(m_bytes.end(), other.m_bytes.begin(), other.m_bytes.end());
    m_offsets.reserve(m_offsets.size() + other.size());
    for (std::size_t i = 1; i < other.m_offsets.size(); ++i)
        m_offsets.push_back(base + other.m_offsets[i]);
    return first;
}

void TextArena::reserve(std::size_t strings, std::size_t bytes)
{
    m_offsets.reserve(strings + 1);
    m_bytes.reserve(bytes);
}

std::size_t TextArena::memoryUsage() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(std::uint32_t);
}
