#include "outputfile.h"

#include "core/export/writebacksavefile.h"

#include <cstdio>

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{}

OutputFile::~OutputFile() = default;

QString OutputFile::open()
{
    if (isStdout()) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly))
            return tr("cannot write to standard output: %1").arg(m_stdout->errorString());
        return {};
    }
    m_file = std::make_unique<WritebackSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return tr("cannot create %1: %2").arg(m_path, m_file->errorString());
    return {};
}

QIODevice &OutputFile::device()
{
    if (m_stdout)
        return *m_stdout;
    return *m_file;
}

QString OutputFile::commit()
{
    if (m_stdout) {
        if (!m_stdout->flush())
            return tr("cannot write to standard output: %1").arg(m_stdout->errorString());
        return {};
    }
    if (!m_file->commit())
        return tr("cannot write %1: %2").arg(m_path, m_file->errorString());
    return {};
}
