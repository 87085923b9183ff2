#include "csvexportjob.h"

#include "core/numberstore.h"
#include "writebacksavefile.h"

#include <QDir>
#include <QtConcurrent>

CsvExportJob::CsvExportJob(const NumberStore &store, std::vector<std::uint32_t> rows,
                           std::vector<NumberColumn> columns, CsvOptions options, QString path,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_rows(std::move(rows))
    , m_columns(std::move(columns))
    , m_options(std::move(options))
    , m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

CsvExportJob::~CsvExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void CsvExportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this, cancelled = m_cancelled, written = m_written]() -> QString {
        WritebackSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        const auto progress = [&](std::size_t rows) {
            written->store(rows, std::memory_order_relaxed);
            return !cancelled->load();
        };
        const QString error = m_xlsx
                                  ? XlsxWriter::write(file, m_store, m_rows, m_columns, *m_xlsx, progress)
                                  : CsvWriter::write(file, m_store, m_rows, m_columns, m_options, progress);
        if (!error.isEmpty() || cancelled->load()) {
            file.cancelWriting();
            return cancelled->load() ? tr("The export was cancelled; no file was written.")
                                     : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), error);
        }
        if (!file.commit())
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        written->store(m_rows.size(), std::memory_order_relaxed);
        return {};
    }));
}
