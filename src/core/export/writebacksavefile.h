#pragma once

#include <QSaveFile>

// A QSaveFile that asks the kernel to start writing each stretch of data to disk as soon as it has been
// written, instead of leaving it all for commit(). commit() still syncs before the file appears (so a
// crash never leaves a partial file under the name), but it then waits only for the last stretch: for
// a 50 MB export that is most of the difference to a tool that does not sync at all.
class WritebackSaveFile final : public QSaveFile {
    Q_OBJECT

public:
    explicit WritebackSaveFile(const QString &name, QObject *parent = nullptr);

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    static constexpr qint64 Stretch = 4 << 20;

    qint64 m_unflushed = 0;
    qint64 m_writebackFrom = 0;
};
