#pragma once

#include "core/parseresult.h"
#include "core/snapshots/snapshotinfo.h"

#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

class NumberStore;

// Reads a snapshot's numbers on a worker thread (SnapshotFile::readRecords), one snapshot at a time. After
// opened(), takeStore() hands over the numbers and result() and info() describe them. The destructor waits
// for a read still running.
class SnapshotOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotOpener)

public:
    explicit SnapshotOpener(QObject *parent = nullptr);
    ~SnapshotOpener() override;

    // False (and nothing happens) while another snapshot is being read.
    bool open(const QString &path);
    bool isBusy() const { return m_watcher.isRunning(); }

    std::unique_ptr<NumberStore> takeStore();
    const ParseResult &result() const { return m_result; }
    const SnapshotInfo &info() const { return m_info; }

signals:
    void opened(const QString &path);
    // error names the file and says what is wrong with it.
    void failed(const QString &path, const QString &error);

private:
    struct Outcome {
        std::shared_ptr<NumberStore> store;
        ParseResult result;
        SnapshotInfo info;
        QString error;
    };

    void finish();

    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    std::unique_ptr<NumberStore> m_store;
    ParseResult m_result;
    SnapshotInfo m_info;
};
