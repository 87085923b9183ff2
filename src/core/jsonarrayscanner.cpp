#include "jsonarrayscanner.h"

#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Ends a number, true, false or null (the byte itself is not part of it).
bool endsBareValue(char c)
{
    return isWhitespace(c) || c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' ||
           c == ':';
}

#if defined(__SSE2__)
struct BlockMasks {
    std::uint64_t quotes = 0;
    std::uint64_t backslashes = 0;
    std::uint64_t opens = 0;  // { and [
    std::uint64_t closes = 0; // } and ]
};

BlockMasks masksOf(const char *block)
{
    BlockMasks masks;
    // '[' | 0x20 == '{' and ']' | 0x20 == '}', and no other byte maps onto those.
    const __m128i caseBit = _mm_set1_epi8(0x20);
    for (int part = 0; part < 4; ++part) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * part));
        const __m128i folded = _mm_or_si128(bytes, caseBit);
        const auto bits = [](__m128i equal) {
            return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(equal)));
        };
        const int shift = 16 * part;
        masks.quotes |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))) << shift;
        masks.backslashes |= bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))) << shift;
        masks.opens |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{'))) << shift;
        masks.closes |= bits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))) << shift;
    }
    return masks;
}

// Bit i set when an odd number of quotes lie at or before i: inside a string (opening quote included).
std::uint64_t prefixXor(std::uint64_t bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}
#endif

} // namespace

void JsonArrayScanner::fail(Problem problem, std::uint64_t offset)
{
    m_status = Status::Malformed;
    m_problem = problem;
    m_problemOffset = offset;
}

void JsonArrayScanner::endElement(std::uint64_t end, std::vector<Element> &out)
{
    out.push_back({m_elementBegin, end});
    ++m_elements;
    m_inElement = false;
    m_place = Place::AfterElement;
}

std::size_t JsonArrayScanner::scanElementScalar(const char *data, std::size_t from, std::size_t size)
{
    for (std::size_t i = from; i < size; ++i) {
        const char c = data[i];
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"') {
                m_inString = false;
                if (m_depth == 0) {
                    m_inElement = false;
                    return i + 1;
                }
            }
            continue;
        }
        if (m_bareValue) {
            if (endsBareValue(c)) {
                m_inElement = false;
                return i;
            }
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                m_inElement = false;
                return i + 1;
            }
        }
    }
    return size;
}

std::size_t JsonArrayScanner::scanElement(const char *data, std::size_t from, std::size_t size)
{
    std::size_t i = from;
    while (m_inElement && i < size) {
#if defined(__SSE2__)
        if (m_depth > 0 && !m_escaped && i + 64 <= size) {
            const BlockMasks masks = masksOf(data + i);
            if (masks.backslashes != 0) {
                // Escapes are rare in this data: follow them byte by byte.
                i = scanElementScalar(data, i, i + 64);
                continue;
            }
            const std::uint64_t quoted = prefixXor(masks.quotes);
            const std::uint64_t inString = quoted ^ (m_inString ? ~std::uint64_t(0) : 0);
            std::uint64_t brackets = (masks.opens | masks.closes) & ~inString;
            while (brackets != 0) {
                const int bit = std::countr_zero(brackets);
                if ((masks.opens >> bit) & 1) {
                    ++m_depth;
                } else if (--m_depth == 0) {
                    m_inString = false;
                    m_inElement = false;
                    return i + std::size_t(bit) + 1;
                }
                brackets &= brackets - 1;
            }
            m_inString ^= (quoted >> 63) != 0; // an odd number of quotes in the block
            i += 64;
            continue;
        }
#endif
        i = scanElementScalar(data, i, size);
    }
    return i;
}

JsonArrayScanner::Status JsonArrayScanner::scan(const char *data, std::size_t size, std::vector<Element> &out)
{
    if (m_status == Status::NotAnArray || m_status == Status::Malformed)
        return m_status;
    std::size_t i = 0;
    while (i < size) {
        if (m_inElement) {
            i = scanElement(data, i, size);
            if (!m_inElement)
                endElement(m_offset + i, out);
            continue;
        }
        const char c = data[i];
        if (isWhitespace(c)) {
            ++i;
            continue;
        }
        const std::uint64_t at = m_offset + i;
        switch (m_place) {
        case Place::BeforeArray:
            if (c != '[') {
                m_status = Status::NotAnArray;
                return m_status;
            }
            m_place = Place::BeforeFirstElement;
            ++i;
            continue;
        case Place::BeforeFirstElement:
        case Place::BeforeElement:
            if (c == ']' && m_place == Place::BeforeFirstElement) {
                m_place = Place::AfterArray;
                m_status = Status::Done;
                ++i;
                continue;
            }
            if (c == ']' || c == ',') {
                fail(Problem::MissingElement, at);
                return m_status;
            }
            m_inElement = true;
            m_elementBegin = at;
            m_depth = (c == '{' || c == '[') ? 1 : 0;
            m_inString = c == '"';
            m_escaped = false;
            m_bareValue = m_depth == 0 && !m_inString;
            ++i;
            continue;
        case Place::AfterElement:
            if (c == ',') {
                m_place = Place::BeforeElement;
            } else if (c == ']') {
                m_place = Place::AfterArray;
                m_status = Status::Done;
            } else {
                fail(Problem::MissingSeparator, at);
                return m_status;
            }
            ++i;
            continue;
        case Place::AfterArray:
            fail(Problem::TrailingText, at);
            return m_status;
        }
    }
    m_offset += size;
    return m_status;
}

JsonArrayScanner::Status JsonArrayScanner::finish()
{
    if (m_status != Status::NeedMore)
        return m_status;
    if (m_place == Place::BeforeArray) {
        m_status = Status::NotAnArray; // empty, or only whitespace
        return m_status;
    }
    fail(Problem::Unfinished, m_offset);
    return m_status;
}

void JsonArrayScanner::resumeAfterElement(std::uint64_t offset)
{
    *this = JsonArrayScanner();
    m_place = Place::AfterElement;
    m_offset = offset;
}

bool JsonArrayScanner::endsWithElement() const
{
    // Whitespace may follow the element; callers check that the last byte is not whitespace.
    return m_status == Status::NeedMore && !m_inElement && m_place == Place::AfterElement;
}
