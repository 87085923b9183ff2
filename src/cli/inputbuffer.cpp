#include "inputbuffer.h"

#include "core/numberparser.h"

#include <cstdio>
#include <QFileInfo>

namespace {
// The smallest page size of the platforms we run on: a mapping is readable up to its last page's end.
constexpr qint64 MinimumPageSize = 4096;
} // namespace

QString InputBuffer::load(const QString &path)
{
    if (path == QLatin1String("-")) {
        if (!m_file.open(stdin, QIODevice::ReadOnly))
            return tr("cannot read standard input: %1").arg(m_file.errorString());
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return tr("%1 does not exist").arg(path);
        if (!info.isFile())
            return tr("%1 is not a file").arg(path);
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return tr("cannot open %1: %2").arg(path, m_file.errorString());
        const qint64 size = m_file.size();
        const qint64 slack = (MinimumPageSize - size % MinimumPageSize) % MinimumPageSize;
        if (size > 0 && slack >= qint64(NumberParser::Padding)) {
            if (const uchar *mapped = m_file.map(0, size)) {
                m_data = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
                m_readablePastEnd = static_cast<std::size_t>(slack);
                return {};
            }
        }
    }
    m_bytes = m_file.readAll();
    if (m_file.error() != QFileDevice::NoError)
        return tr("cannot read %1: %2")
            .arg(path == QLatin1String("-") ? tr("standard input") : path, m_file.errorString());
    // Padding bytes after the data, kept as capacity: chop() does not shrink the buffer.
    m_bytes.append(qsizetype(NumberParser::Padding), ' ');
    m_bytes.chop(qsizetype(NumberParser::Padding));
    m_data = m_bytes;
    m_readablePastEnd = static_cast<std::size_t>(m_bytes.capacity() - m_bytes.size());
    return {};
}
