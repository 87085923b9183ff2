#include "numbertextcolumn.h"

#include <algorithm>
#include <cstring>

void NumberTextColumn::push_back(std::string_view text)
{
    Slot slot{};
    if (text.size() <= InlineChars) {
        if (!text.empty()) // a missing number's view has no data, and memcpy may not be given null
            std::memcpy(slot.text, text.data(), text.size());
        slot.meta = static_cast<std::uint8_t>(text.size());
        const std::string_view digits = text.substr(text.starts_with('+') ? 1 : 0);
        if (!digits.empty() &&
            std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            slot.meta |= Slot::Plain;
    } else {
        slot.meta = Slot::Long;
    }
    m_slots.push_back(slot);
}
