#include "inputfile.h"

#include <cstdio>
#include <QFileInfo>

QString InputFile::open(const QString &path)
{
    m_path = path;
    if (path == QLatin1String("-")) {
        if (!m_file.open(stdin, QIODevice::ReadOnly))
            return tr("cannot read standard input: %1").arg(m_file.errorString());
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file").arg(path);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return tr("cannot open %1: %2").arg(path, m_file.errorString());
    return {};
}

QByteArrayView InputFile::map(qint64 maxSize, std::size_t padding, std::size_t *readablePastEnd)
{
    // The smallest page size of the platforms we run on: a mapping is readable up to its last page's end.
    constexpr qint64 MinimumPageSize = 4096;
    if (m_path == QLatin1String("-"))
        return {};
    const qint64 size = m_file.size();
    const qint64 slack = (MinimumPageSize - size % MinimumPageSize) % MinimumPageSize;
    if (size <= 0 || size > maxSize || slack < qint64(padding))
        return {};
    const uchar *mapped = m_file.map(0, size);
    if (!mapped)
        return {};
    *readablePastEnd = std::size_t(slack);
    return QByteArrayView(reinterpret_cast<const char *>(mapped), size);
}

qint64 InputFile::size() const
{
    return m_path == QLatin1String("-") ? -1 : m_file.size();
}

QByteArray InputFile::peek(qint64 size)
{
    if (m_path == QLatin1String("-"))
        return {};
    const QByteArray head = m_file.read(size);
    m_file.seek(0);
    return head;
}

qint64 InputFile::read(char *data, qint64 size)
{
    return m_file.read(data, size);
}

QString InputFile::error() const
{
    return tr("cannot read %1: %2")
        .arg(m_path == QLatin1String("-") ? tr("standard input") : m_path, m_file.errorString());
}
