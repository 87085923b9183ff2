#pragma once

#include <cstddef>
#include <optional>

// Guesses where one top-level element of a large JSON array ends, near a given offset, without scanning from
// the start: just after a '}' that ',' and '{' follow, when the text after it scans as further elements of
// the same array (an object inside an element soon meets its enclosing ']' or '}' instead). A string that
// happens to contain such text can still fool it: a caller confirms the guess by its own scan.
class ElementBoundary final {
public:
    // text has size bytes; returns the offset just after the '}'.
    static std::optional<std::size_t> guess(const char *text, std::size_t size, std::size_t near);
};
