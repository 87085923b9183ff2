#pragma once

#include <string_view>

// Whether a CSV cell must be quoted (RFC 4180): it holds a comma, a double quote, a CR or an LF. Most
// cells hold none, and testing them byte by byte was four fifths of writing a row; this tests 16 bytes at
// a time.
bool needsCsvQuotes(std::string_view cell);
