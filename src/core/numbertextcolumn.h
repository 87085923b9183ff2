#pragma once

#include "stableblocks.h"

#include <cstdint>
#include <string_view>

// Each number's text in a 16-byte slot, the slots side by side: a search over a million numbers reads
// 16 MB in order instead of a line of every 240-byte record and then the number's text somewhere else,
// which is what bounds a scan. Telephone numbers ("+" and at most 15 digits in E.164) fit; a longer text
// is marked, and its owner keeps it elsewhere.
class NumberTextColumn final {
public:
    static constexpr std::size_t InlineChars = 15;

    struct Slot final {
        static constexpr std::uint8_t SizeBits = 0x1f, Long = SizeBits, Plain = 0x20;

        char text[InlineChars];
        std::uint8_t meta; // the text's size (Long: it did not fit), and Plain

        bool isInline() const { return (meta & SizeBits) != Long; }
        std::string_view view() const { return {text, std::size_t(meta & SizeBits)}; }
        // A plain number is digits, after an optional "+" (no spaces, dashes or other characters): a phone
        // search compares its digits as they are.
        bool isPlain() const { return meta & Plain; }
        std::string_view digits() const { return view().substr(text[0] == '+' ? 1 : 0); }
    };
    static_assert(sizeof(Slot) == 16);

    std::size_t size() const { return m_slots.size(); }
    const Slot &operator[](std::size_t row) const { return m_slots[row]; }

    void push_back(std::string_view text);
    void push_back(const Slot &slot) { m_slots.push_back(slot); } // a slot read from another column
    void reserve(std::size_t rows) { m_slots.reserve(rows); }
    void truncate(std::size_t rows) { m_slots.truncate(rows); }
    std::size_t memoryUsage() const { return m_slots.capacity() * sizeof(Slot); }

private:
    StableBlocks<Slot> m_slots;
};
