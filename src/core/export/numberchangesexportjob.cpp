#include "numberchangesexportjob.h"

#include "core/numbercomparison.h"
#include "numberdiffcsvwriter.h"
#include "numberdiffxlsxwriter.h"
#include "writebacksavefile.h"

#include <QDir>
#include <QtConcurrent>
#include <span>

using namespace Qt::StringLiterals;

namespace {

bool isEveryRowInOrder(const std::vector<std::uint32_t> &rows, std::size_t changes)
{
    if (rows.size() != changes)
        return false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != i)
            return false;
    }
    return true;
}

} // namespace

NumberChangesExportJob::NumberChangesExportJob(std::shared_ptr<const NumberComparison> comparison,
                                               std::vector<std::uint32_t> rows, QString path, Format format,
                                               QObject *parent)
    : QObject(parent)
    , m_comparison(std::move(comparison))
    , m_rows(std::move(rows))
    , m_path(std::move(path))
    , m_format(format)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

NumberChangesExportJob::~NumberChangesExportJob()
{
    m_watcher.waitForFinished();
}

NumberChangesExportJob::Format NumberChangesExportJob::formatOf(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

void NumberChangesExportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this]() -> QString {
        const std::vector<NumberChange> &all = m_comparison->changes;
        // Every change in the diff's order is written where it lies; a selection is gathered first.
        std::vector<NumberChange> picked;
        std::span<const NumberChange> changes = all;
        if (!isEveryRowInOrder(m_rows, all.size())) {
            picked.reserve(m_rows.size());
            for (const std::uint32_t row : m_rows)
                picked.push_back(all[row]);
            changes = picked;
        }
        WritebackSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        const QString error = m_format == Format::Xlsx
                                  ? NumberDiffXlsxWriter::write(file, changes)
                                  : NumberDiffCsvWriter::write(file, changes, true, false);
        if (!error.isEmpty()) {
            file.cancelWriting();
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), error);
        }
        if (!file.commit())
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return {};
    }));
}
