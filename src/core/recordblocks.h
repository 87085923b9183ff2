#pragma once

#include "numberrecord.h"

#include <memory>
#include <type_traits>
#include <vector>

// A load's records in blocks that never move: growing by a block allocates it and copies nothing, so a
// million numbers arriving without a known size never stop the window to copy what it holds (a vector that
// doubles copies every record, hundreds of megabytes, at 300k and 600k). The first block is an ordinary
// vector, grown as usual up to BlockSize, so a page of a hundred numbers stays small.
class RecordBlocks final {
public:
    static constexpr std::size_t BlockShift = 16;
    static constexpr std::size_t BlockSize = std::size_t(1) << BlockShift;
    static constexpr std::size_t BlockMask = BlockSize - 1;
    static_assert(std::is_trivially_copyable_v<NumberRecord>);

    RecordBlocks() = default;
    RecordBlocks(RecordBlocks &&) noexcept = default;
    RecordBlocks &operator=(RecordBlocks &&) noexcept = default;
    RecordBlocks(const RecordBlocks &) = delete;
    RecordBlocks &operator=(const RecordBlocks &) = delete;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Records that fit before the next block is allocated.
    std::size_t capacity() const
    {
        return m_more.empty() ? m_first.capacity() : BlockSize * (1 + m_more.size());
    }

    const NumberRecord &operator[](std::size_t row) const
    {
        return row < BlockSize ? m_first[row] : m_more[(row >> BlockShift) - 1][row & BlockMask];
    }

    void push_back(const NumberRecord &record);
    // Room for records in all: the first block at once, the others' table (blocks come as they fill).
    void reserve(std::size_t records);
    // Keeps the first rows records.
    void truncate(std::size_t rows);

private:
    std::vector<NumberRecord> m_first;
    std::vector<std::unique_ptr<NumberRecord[]>> m_more; // BlockSize records each
    std::size_t m_size = 0;
};
