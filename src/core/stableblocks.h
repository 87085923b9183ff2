#pragma once

#include <memory>
#include <type_traits>
#include <vector>

// Items in blocks that never move: growing by a block allocates it and copies nothing, so a million numbers
// arriving without a known size never stop the window to copy what it holds (a vector that doubles copies
// everything it holds, hundreds of megabytes, at 300k and 600k). The first block is an ordinary vector,
// grown as usual up to BlockSize, so a page of a hundred numbers stays small; references into it move
// while it grows.
template <typename T>
class StableBlocks final {
public:
    static constexpr std::size_t BlockShift = 16;
    static constexpr std::size_t BlockSize = std::size_t(1) << BlockShift;
    static constexpr std::size_t BlockMask = BlockSize - 1;
    static_assert(std::is_trivially_copyable_v<T>);

    StableBlocks() = default;
    StableBlocks(StableBlocks &&) noexcept = default;
    StableBlocks &operator=(StableBlocks &&) noexcept = default;
    StableBlocks(const StableBlocks &) = delete;
    StableBlocks &operator=(const StableBlocks &) = delete;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Items that fit before the next block is allocated.
    std::size_t capacity() const
    {
        return m_more.empty() ? m_first.capacity() : BlockSize * (1 + m_more.size());
    }

    const T &operator[](std::size_t row) const
    {
        return row < BlockSize ? m_first[row] : m_more[(row >> BlockShift) - 1][row & BlockMask];
    }

    void push_back(const T &item)
    {
        if (m_size < BlockSize) {
            m_first.push_back(item);
        } else {
            const std::size_t block = (m_size >> BlockShift) - 1;
            if (block == m_more.size())
                m_more.push_back(std::make_unique_for_overwrite<T[]>(BlockSize));
            m_more[block][m_size & BlockMask] = item;
        }
        ++m_size;
    }

    // Room for items in all: the first block at once, the others' table (blocks come as they fill).
    void reserve(std::size_t items)
    {
        if (items > BlockSize) {
            m_first.reserve(BlockSize);
            m_more.reserve((items - 1) >> BlockShift);
        } else {
            m_first.reserve(items);
        }
    }

    // Keeps the first rows items.
    void truncate(std::size_t rows)
    {
        if (rows >= m_size)
            return;
        m_size = rows;
        if (rows < BlockSize) {
            m_first.resize(rows);
            m_more.clear();
        } else {
            m_more.resize(((rows - 1) >> BlockShift)); // blocks wholly past the end go
        }
    }

private:
    std::vector<T> m_first;
    std::vector<std::unique_ptr<T[]>> m_more; // BlockSize items each
    std::size_t m_size = 0;
};
