#pragma once

#include <cstdint>
#include <QByteArray>
#include <QByteArrayView>
#include <vector>

class SandboxData;
struct SandboxTenant;

// A tenant's whole list rendered once and kept (SandboxConfig::cacheLists): for v2 the body exactly as it
// is sent, for v3 the records at their page indent, with where each one lies. It is rendered only as far
// as asked, so the first request is sent while it renders and later ones are copies of memory.
class RenderedList final {
public:
    RenderedList(const SandboxData &data, const SandboxTenant &tenant, bool v3);

    const SandboxTenant &tenant() const { return m_tenant; }
    bool isV3() const { return m_v3; }
    std::uint64_t size() const { return m_size; } // records in the whole list
    std::uint64_t rendered() const { return m_ends.size(); }
    bool isComplete() const { return m_complete; }

    // Renders the next records up to `count` of them in all; the v2 body is closed after the last one.
    void renderUpTo(std::uint64_t count);
    // v2: the body as far as rendered; all of it once complete (shared, not copied, when sent).
    const QByteArray &text() const { return m_text; }
    // The text of rendered record i.
    QByteArrayView record(std::uint64_t index) const;
    // Rendered records first to last - 1 as they stand in the list, with the separators between them.
    QByteArrayView records(std::uint64_t first, std::uint64_t last) const;

private:
    const SandboxData &m_data;
    const SandboxTenant &m_tenant;
    const bool m_v3;
    const std::uint64_t m_size;
    QByteArray m_text;
    std::vector<qsizetype> m_starts; // where each record's text starts in m_text
    std::vector<qsizetype> m_ends;
    bool m_complete = false;
};
