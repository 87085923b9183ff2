#pragma once

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QObject>
#include <vector>

class NumberStore;

// Writes rows to a CSV file (or, after setXlsx(), an .xlsx workbook) on a worker thread, through QSaveFile:
// the file is replaced only when every row was written, so a failure or a cancel leaves no partial file (and
// an existing file untouched). The store must not change until finished() (the window blocks loads while an
// export runs).
class CsvExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportJob)

public:
    CsvExportJob(const NumberStore &store, std::vector<std::uint32_t> rows, std::vector<NumberColumn> columns,
                 CsvOptions options, QString path, QObject *parent = nullptr);
    ~CsvExportJob() override;

    // Write an .xlsx workbook instead of CSV (before start()).
    void setXlsx(XlsxOptions options) { m_xlsx = std::move(options); }
    void start();
    void cancel() { *m_cancelled = true; }
    std::size_t rowCount() const { return m_rows.size(); }
    // Rows written so far; safe to read from this thread while the job runs.
    std::size_t rowsWritten() const { return m_written->load(std::memory_order_relaxed); }

signals:
    // error is empty on success; "cancelled" work leaves error set to a message saying so.
    void finished(const QString &error);

private:
    const NumberStore &m_store;
    std::vector<std::uint32_t> m_rows;
    std::vector<NumberColumn> m_columns;
    CsvOptions m_options;
    std::optional<XlsxOptions> m_xlsx;
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<std::size_t>> m_written = std::make_shared<std::atomic<std::size_t>>(0);
    QFutureWatcher<QString> m_watcher;
};
