#include "recordblocks.h"

void RecordBlocks::push_back(const NumberRecord &record)
{
    if (m_size < BlockSize) {
        m_first.push_back(record);
    } else {
        const std::size_t block = (m_size >> BlockShift) - 1;
        if (block == m_more.size())
            m_more.push_back(std::make_unique_for_overwrite<NumberRecord[]>(BlockSize));
        m_more[block][m_size & BlockMask] = record;
    }
    ++m_size;
}

void RecordBlocks::reserve(std::size_t records)
{
    if (records > BlockSize) {
        m_first.reserve(BlockSize);
        m_more.reserve((records - 1) >> BlockShift);
    } else {
        m_first.reserve(records);
    }
}

void RecordBlocks::truncate(std::size_t rows)
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
