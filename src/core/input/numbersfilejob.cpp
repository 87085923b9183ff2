#include "numbersfilejob.h"

#include "core/numberstore.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

NumbersFileJob::NumbersFileJob(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_store(std::make_shared<NumberStore>())
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (m_outcome != NumbersFileReader::Outcome::Read)
            m_store.reset();
        emit finished();
    });
}

NumbersFileJob::~NumbersFileJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void NumbersFileJob::start()
{
    m_watcher.setFuture(
        QtConcurrent::run([this] { m_outcome = m_reader->read(m_path, *m_store, m_result); }));
}

QString NumbersFileJob::errorText() const
{
    const QString name = QDir::toNativeSeparators(m_path);
    switch (m_outcome) {
    case NumbersFileReader::Outcome::Read:
        return {};
    case NumbersFileReader::Outcome::Unreadable:
        return tr("Cannot open the file: %1.").arg(m_reader->error());
    case NumbersFileReader::Outcome::BadSnapshot:
        return tr("Cannot open the snapshot: %1.").arg(m_reader->error());
    case NumbersFileReader::Outcome::BadData:
        return tr("%1 is not a Live Platform response OC Numbers can read: %2").arg(name, m_result.error);
    case NumbersFileReader::Outcome::Cancelled:
        break;
    }
    return tr("Opening %1 was cancelled.").arg(name);
}
