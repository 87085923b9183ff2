#include "textposition.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Pretty-printed responses have a line every few dozen bytes: count them 16 at a time.
std::uint64_t countNewlines(const char *data, std::size_t size)
{
    std::uint64_t count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    for (; i + 16 <= size; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        count += std::popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline))));
    }
#endif
    for (; i < size; ++i)
        count += data[i] == '\n';
    return count;
}

} // namespace

void TextPosition::advance(const char *data, std::size_t size)
{
    const std::uint64_t lines = countNewlines(data, size);
    if (lines == 0) {
        m_column += size;
        return;
    }
    m_line += lines;
    const auto *last = static_cast<const char *>(memrchr(data, '\n', size));
    m_column = std::uint64_t(data + size - last);
}

std::uint64_t TextPosition::lineAt(const char *data, std::size_t offset) const
{
    return m_line + countNewlines(data, offset);
}

std::uint64_t TextPosition::columnAt(const char *data, std::size_t offset) const
{
    for (std::size_t i = offset; i > 0; --i) {
        if (data[i - 1] == '\n')
            return offset - i + 1;
    }
    return m_column + offset;
}
