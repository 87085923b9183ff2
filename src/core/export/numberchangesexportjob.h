#pragma once

#include <cstdint>
#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <vector>

struct NumberComparison;

// Writes some changes of a comparison (NumberDiffCsvWriter, Excel-safe as ocnumbers-cli diff writes by
// default; or NumberDiffXlsxWriter) on a worker thread, through QSaveFile: the file is replaced only when
// every row was written, so a failure leaves no partial file (and an existing file untouched).
class NumberChangesExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberChangesExportJob)

public:
    enum class Format { Csv, Xlsx };

    // rows: indices into comparison->changes, in the order to write them.
    NumberChangesExportJob(std::shared_ptr<const NumberComparison> comparison,
                           std::vector<std::uint32_t> rows, QString path, Format format,
                           QObject *parent = nullptr);
    // Waits for the file to be written.
    ~NumberChangesExportJob() override;

    // .xlsx for a name ending so (any case), else CSV.
    static Format formatOf(const QString &path);

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    std::size_t rowCount() const { return m_rows.size(); }
    const QString &path() const { return m_path; }

signals:
    // error is empty on success.
    void finished(const QString &error);

private:
    std::shared_ptr<const NumberComparison> m_comparison;
    std::vector<std::uint32_t> m_rows;
    QString m_path;
    Format m_format;
    QFutureWatcher<QString> m_watcher;
};
