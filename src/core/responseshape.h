#pragma once

#include <optional>
#include <simdjson.h>
#include <string_view>

// How the parsers tell the kinds of Live Platform responses apart.
namespace ResponseShape {

std::optional<simdjson::dom::element> findKeyCaseInsensitive(simdjson::dom::object object,
                                                             std::string_view key);

// A v3 page envelope: an object with "data".
bool looksLikePage(simdjson::dom::object object);

} // namespace ResponseShape
