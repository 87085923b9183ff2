#pragma once

#include "cliexitcode.h"
#include "core/export/csvwriter.h"
#include "core/export/xlsxwriter.h"
#include "core/numberfilter.h"
#include "core/parseresult.h"

#include <optional>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <vector>

class NumberStore;
class QCommandLineParser;
class QTextStream;

// The options every command that writes numbers shares (--out, --format, --columns, --filter, --search,
// --sort, --header, --raw, --bom, --dates-as-text, --quiet, --strict) and the writing itself: the same
// filters, sort and writers as the application.
class NumbersOutput final {
    Q_DECLARE_TR_FUNCTIONS(NumbersOutput)

public:
    explicit NumbersOutput(QCommandLineParser &parser);

    // Checks the options once parsed; returns a usage error, or an empty string.
    QString read(const QCommandLineParser &parser);
    bool quiet() const { return m_quiet; }

    // Prints the first warnings (unless --quiet), control characters escaped; with --strict, warnings are
    // a failure (exit 3).
    CliExitCode reportWarnings(const std::vector<ParseIssue> &issues, std::size_t count,
                               const QString &source, QTextStream &err, const QString &command) const;
    // Filters, sorts and writes; the output file appears only when complete.
    CliExitCode write(const NumberStore &store, QTextStream &err, const QString &command) const;

    static QString columnList();
    // Prints the first warnings of an input named source, control characters escaped.
    static void printWarnings(const std::vector<ParseIssue> &issues, std::size_t count, const QString &source,
                              QTextStream &err);

private:
    QCommandLineOption m_out, m_format, m_columns, m_filter, m_search, m_sort, m_header, m_raw, m_bom,
        m_datesAsText, m_strict, m_quietOption;
    QString m_outPath;
    QString m_formatName;
    std::vector<NumberColumn> m_columnList;
    NumberFilter m_numberFilter;
    std::optional<NumberColumn> m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CsvOptions m_csv;
    XlsxOptions m_xlsx;
    bool m_quiet = false;
    bool m_strictWarnings = false;
};
