#include "csvquoting.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

bool needsCsvQuotes(std::string_view cell)
{
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const auto holdsOne = [&](const char *bytes) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, comma), _mm_cmpeq_epi8(chunk, quote)),
                         _mm_or_si128(_mm_cmpeq_epi8(chunk, cr), _mm_cmpeq_epi8(chunk, lf)));
        return _mm_movemask_epi8(hits) != 0;
    };
    std::size_t at = 0;
    for (; at + 16 <= cell.size(); at += 16) {
        if (holdsOne(cell.data() + at))
            return true;
    }
    if (at == cell.size())
        return false;
    // The last few bytes, copied so that nothing past the cell is read; the zeros after them are not quoted.
    char tail[16] = {};
    std::memcpy(tail, cell.data() + at, cell.size() - at);
    return holdsOne(tail);
#else
    return std::ranges::any_of(cell, [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
#endif
}
