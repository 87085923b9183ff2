#include "elementboundary.h"

#include "jsonarrayscanner.h"

#include <cstring>
#include <vector>

namespace {

// How far to look for a candidate, and how much text after one must scan as whole elements.
constexpr std::size_t SearchLength = 1 << 20;
constexpr std::size_t CheckLength = 64 * 1024;
constexpr std::uint64_t CheckElements = 2;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::size_t skipWhitespace(const char *text, std::size_t i, std::size_t size)
{
    while (i < size && isWhitespace(text[i]))
        ++i;
    return i;
}

bool scansAsElements(const char *text, std::size_t size, std::size_t from)
{
    JsonArrayScanner scanner;
    scanner.resumeAfterElement(from);
    std::vector<JsonArrayScanner::Element> elements;
    const std::size_t length = std::min(CheckLength, size - from);
    return scanner.scan(text + from, length, elements) == JsonArrayScanner::Status::NeedMore &&
           elements.size() >= CheckElements;
}

} // namespace

std::optional<std::size_t> ElementBoundary::guess(const char *text, std::size_t size, std::size_t near)
{
    const std::size_t end = std::min(size, near + SearchLength);
    for (std::size_t i = near; i < end;) {
        const void *found = std::memchr(text + i, '}', end - i);
        if (!found)
            break;
        const auto close = static_cast<std::size_t>(static_cast<const char *>(found) - text);
        i = close + 1;
        const std::size_t comma = skipWhitespace(text, i, size);
        if (comma >= size || text[comma] != ',')
            continue;
        const std::size_t open = skipWhitespace(text, comma + 1, size);
        if (open < size && text[open] == '{' && scansAsElements(text, size, i))
            return i;
    }
    return std::nullopt;
}
