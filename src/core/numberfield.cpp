#include "numberfield.h"

std::optional<NumberField> fieldFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < NumberFieldCount; ++i) {
        if (NumberFieldKeys[i] == key)
            return static_cast<NumberField>(i);
    }
    if (key == "alsvcode")
        return NumberField::AslvCode;
    return std::nullopt;
}
