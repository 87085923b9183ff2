#include "writebacksavefile.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

WritebackSaveFile::WritebackSaveFile(const QString &name, QObject *parent)
    : QSaveFile(name, parent)
{}

qint64 WritebackSaveFile::writeData(const char *data, qint64 size)
{
    const qint64 written = QSaveFile::writeData(data, size);
    if (written <= 0)
        return written;
    m_unflushed += written;
    if (m_unflushed < Stretch)
        return written;
    m_unflushed = 0;
#ifdef Q_OS_LINUX
    // Data still in QFileDevice's buffer is not in the file yet; flush() would move it, but a stretch
    // behind is as good: what is not written yet is simply not started.
    if (const int fd = handle(); fd >= 0) {
        const off_t end = ::lseek(fd, 0, SEEK_CUR);
        if (end > m_writebackFrom) {
            // Only a hint: if it fails, commit()'s sync writes everything, as without it.
            ::sync_file_range(fd, m_writebackFrom, end - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
            m_writebackFrom = end;
        }
    }
#endif
    return written;
}
