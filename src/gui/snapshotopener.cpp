#include "snapshotopener.h"

#include "core/numberstore.h"
#include "core/snapshots/snapshotfile.h"

#include <QtConcurrent>

SnapshotOpener::SnapshotOpener(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SnapshotOpener::finish);
}

SnapshotOpener::~SnapshotOpener()
{
    m_watcher.waitForFinished();
}

bool SnapshotOpener::open(const QString &path)
{
    if (isBusy())
        return false;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        outcome.store = std::make_shared<NumberStore>();
        outcome.error = SnapshotFile::readRecords(path, *outcome.store, outcome.result, &outcome.info);
        return outcome;
    }));
    return true;
}

std::unique_ptr<NumberStore> SnapshotOpener::takeStore()
{
    return std::move(m_store);
}

void SnapshotOpener::finish()
{
    Outcome outcome = m_watcher.result();
    m_result = std::move(outcome.result);
    m_info = std::move(outcome.info);
    if (!outcome.error.isEmpty()) {
        m_store.reset();
        emit failed(m_path, outcome.error);
        return;
    }
    // The worker is done with the store: it is this object's alone now.
    m_store = std::make_unique<NumberStore>();
    m_store->append(std::move(*outcome.store));
    emit opened(m_path);
}
