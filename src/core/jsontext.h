#pragma once

#include <string>
#include <string_view>

// Appends text as a JSON string literal (quotes included), escaping as RFC 8259 requires.
void appendJsonString(std::string &out, std::string_view text);
