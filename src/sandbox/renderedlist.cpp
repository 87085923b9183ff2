#include "renderedlist.h"

#include "sandboxdata.h"

#include <algorithm>
#include <string>

RenderedList::RenderedList(const SandboxData &data, const SandboxTenant &tenant, bool v3)
    : m_data(data)
    , m_tenant(tenant)
    , m_v3(v3)
    , m_size(data.size(tenant))
{
    if (!m_v3)
        m_text = "[";
    m_starts.reserve(m_size);
    m_ends.reserve(m_size);
    renderUpTo(0);
}

void RenderedList::renderUpTo(std::uint64_t count)
{
    count = std::min(count, m_size);
    // Records on the page's data array (v3) or the bare array (v2), as LivePlatformService writes them.
    const int indent = m_v3 ? 8 : 4;
    const std::string separator = ",\n" + std::string(std::size_t(indent), ' ');
    std::string piece;
    while (rendered() < count) {
        piece.clear();
        const std::uint64_t first = rendered();
        const std::uint64_t end = std::min(count, first + 500);
        std::vector<std::size_t> bounds; // start and end of each record in piece
        for (std::uint64_t i = first; i < end; ++i) {
            piece += i == 0 ? std::string_view(separator).substr(1) : std::string_view(separator);
            bounds.push_back(piece.size());
            m_data.appendRecord(piece, m_tenant, i, indent, m_v3);
            bounds.push_back(piece.size());
        }
        const qsizetype base = m_text.size();
        if (m_text.capacity() - base < qsizetype(piece.size())) {
            // Room for the whole list as estimated from what is rendered, and a tenth more: growing step by
            // step would copy the text each time. Pages never written take no memory.
            const double perRecord = double(base + qsizetype(piece.size())) / double(end);
            m_text.reserve(base + qsizetype(piece.size()) +
                           qsizetype(perRecord * 1.1 * double(m_size - end)) + 16);
        }
        m_text.append(piece.data(), qsizetype(piece.size()));
        for (std::size_t b = 0; b < bounds.size(); b += 2) {
            m_starts.push_back(base + qsizetype(bounds[b]));
            m_ends.push_back(base + qsizetype(bounds[b + 1]));
        }
    }
    if (!m_complete && rendered() == m_size) {
        if (!m_v3)
            m_text += m_size == 0 ? "]" : "\n]";
        m_text.squeeze(); // the spare capacity of growing, given back without copying (realloc shrinks)
        m_complete = true;
    }
}

QByteArrayView RenderedList::record(std::uint64_t index) const
{
    return QByteArrayView(m_text).sliced(m_starts[index], m_ends[index] - m_starts[index]);
}

QByteArrayView RenderedList::records(std::uint64_t first, std::uint64_t last) const
{
    if (first >= last)
        return {};
    return QByteArrayView(m_text).sliced(m_starts[first], m_ends[last - 1] - m_starts[first]);
}
