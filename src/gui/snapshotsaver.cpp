#include "snapshotsaver.h"

#include "core/numberstore.h"
#include "core/snapshots/snapshotstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// Keeping a snapshot is housekeeping: compressing a million numbers takes a core for seconds, which should
// not be taken from the next load or from a search that splits its scan over both cores. A nice value of 10
// leaves it about a tenth of a core that others want, so it still finishes on a busy machine (SCHED_IDLE,
// QThread::IdlePriority, could starve it there). On Linux the nice value of a thread is its own.
void yieldToForegroundWork()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

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
            yieldToForegroundWork();
            SaveOutcome outcome;
            outcome.error = SnapshotStore(root).save(*store, info, limits, &outcome.path);
            return outcome;
        }));
}
