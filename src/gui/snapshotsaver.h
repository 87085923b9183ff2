#pragma once

#include "core/snapshots/snapshotinfo.h"
#include "core/snapshots/snapshotlimits.h"

#include <memory>
#include <QObject>
#include <QString>
#include <QThreadPool>

class NumberStore;

// Saves snapshots into a SnapshotStore folder on a worker thread, one after another in the order asked
// (so that pruning sees every earlier save). The store is shared so that it stays alive while it is written.
// The destructor waits for the saves still queued.
class SnapshotSaver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotSaver)

public:
    explicit SnapshotSaver(QString root, QObject *parent = nullptr);
    ~SnapshotSaver() override;

    void save(std::shared_ptr<const NumberStore> store, SnapshotInfo info, SnapshotLimits limits);
    // Saves asked for and not yet finished.
    int pending() const { return m_pending; }
    QString root() const { return m_root; }

signals:
    void saved(const QString &path);
    void failed(const QString &error);

private:
    QString m_root;
    QThreadPool m_pool;
    int m_pending = 0;
};
