#include "textposition.h"

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
    // Each lane counts up to 255 matches (a match compares as -1), then the lanes are summed.
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 16 <= size) {
        __m128i lanes = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= size; ++round, i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        count += std::uint64_t(_mm_cvtsi128_si64(sums)) + std::uint64_t(_mm_extract_epi16(sums, 4));
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
