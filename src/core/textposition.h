#pragma once

#include <cstdint>

// Line and column (from 1, in bytes) of an offset in a text that may be seen a piece at a time: advance()
// over every byte before the piece that is still held, then ask for offsets inside it.
class TextPosition final {
public:
    // Counts the lines in data[0, size), which directly follow what was advanced over before.
    void advance(const char *data, std::size_t size);

    // The position of data[offset], data following what was advanced over.
    std::uint64_t lineAt(const char *data, std::size_t offset) const;
    std::uint64_t columnAt(const char *data, std::size_t offset) const;

private:
    std::uint64_t m_line = 1;
    std::uint64_t m_column = 1;
};
