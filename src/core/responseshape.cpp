#include "responseshape.h"

#include <algorithm>
#include <cctype>

namespace ResponseShape {

std::optional<simdjson::dom::element> findKeyCaseInsensitive(simdjson::dom::object object,
                                                             std::string_view key)
{
    for (const simdjson::dom::key_value_pair kv : object) {
        if (kv.key.size() == key.size() &&
            std::equal(key.begin(), key.end(), kv.key.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            }))
            return kv.value;
    }
    return std::nullopt;
}

bool looksLikePage(simdjson::dom::object object)
{
    return findKeyCaseInsensitive(object, "data").has_value();
}

} // namespace ResponseShape
