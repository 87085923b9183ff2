#include "snapshotsaver.h"

#include "core/numberstore.h"
#include "core/snapshots/snapshotstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace {
struct SaveOutcome final {
    QString path;
    QString error;
};
} // namespace

SnapshotSaver::SnapshotSaver(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
{
    m_pool.setMaxThreadCount(1);
}

SnapshotSaver::~SnapshotSaver()
{
    m_pool.waitForDone();
}

void SnapshotSaver::save(std::shared_ptr<const NumberStore> store, SnapshotInfo info, SnapshotLimits limits)
{
    auto *watcher = new QFutureWatcher<SaveOutcome>(this);
    connect(watcher, &QFutureWatcher<SaveOutcome>::finished, this, [this, watcher] {
        const SaveOutcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (outcome.error.isEmpty())
            emit saved(outcome.path);
        else
            emit failed(outcome.error);
    });
    ++m_pending;
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [root = m_root, store = std::move(store), info = std::move(info), limits] {
            SaveOutcome outcome;
            outcome.error = SnapshotStore(root).save(*store, info, limits, &outcome.path);
            return outcome;
        }));
}
