#include "numbersoutput.h"

#include "core/export/numberjsonwriter.h"
#include "core/numbermatcher.h"
#include "core/numbersorter.h"
#include "core/numberstore.h"
#include "core/terminaltext.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxWarningsShown = 20;
}

QString NumbersOutput::columnList()
{
    QStringList keys;
    for (int c = 0; c < NumberColumnCount; ++c)
        keys.append(QString::fromLatin1(NumberColumns::key(static_cast<NumberColumn>(c))));
    return keys.join(u", "_s);
}

NumbersOutput::NumbersOutput(QCommandLineParser &parser)
    : m_out(u"out"_s, tr("Where to write: a .csv, .xlsx or .json file, or - for standard output."), u"file"_s)
    , m_format(u"format"_s, tr("csv, xlsx or json (default: from the --out extension; csv for -)."),
               u"format"_s)
    , m_columns(u"columns"_s,
                tr("Comma-separated columns in output order (default: all). Keys: %1.").arg(columnList()),
                u"keys"_s)
    , m_filter(
          u"filter"_s,
          tr("Keep numbers matching key=value[,value...]; repeat to combine with AND. Keys: text, status, "
             "assignment, country, source, sbc, capability (all must be acquired), available (available but "
             "not acquired)."),
          u"expression"_s)
    , m_search(u"search"_s, tr("Same as --filter text=TEXT."), u"text"_s)
    , m_sort(u"sort"_s, tr("Sort by a column key, :desc for descending."), u"column[:desc]"_s)
    , m_header(u"header"_s, tr("CSV or .xlsx header: keys (default), titles or none."), u"style"_s, u"keys"_s)
    , m_raw(u"raw"_s,
            tr("CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with "
               "= + - @."))
    , m_bom(u"bom"_s, tr("Start the CSV with a UTF-8 byte order mark (for Excel)."))
    , m_datesAsText(u"dates-as-text"_s,
                    tr(".xlsx: timestamps as the text the server sent instead of date-time cells (UTC)."))
    , m_strict(u"strict"_s, tr("Fail (exit 3) when the data has warnings."))
    , m_quietOption(u"quiet"_s, tr("Print only errors."))
{
    parser.addOptions({m_out, m_format, m_columns, m_filter, m_search, m_sort, m_header, m_raw, m_bom,
                       m_datesAsText, m_strict, m_quietOption});
}

QString NumbersOutput::read(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_out))
        return tr("missing --out FILE (.csv, .xlsx, .json or - for standard output)");
    m_outPath = parser.value(m_out);
    m_formatName = parser.value(m_format).toLower();
    if (m_formatName.isEmpty()) {
        m_formatName = u"csv"_s;
        for (const QString &format : {u"json"_s, u"xlsx"_s}) {
            if (m_outPath.endsWith(u'.' + format, Qt::CaseInsensitive))
                m_formatName = format;
        }
    }
    if (m_formatName != u"csv"_s && m_formatName != u"json"_s && m_formatName != u"xlsx"_s)
        return tr("--format must be csv, xlsx or json, not \"%1\"").arg(m_formatName);
    if (m_formatName == u"csv"_s && m_outPath != u"-"_s && !parser.isSet(m_format) &&
        !m_outPath.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return tr("cannot tell the format of \"%1\": name it .csv, .xlsx or .json, or pass --format")
            .arg(m_outPath);

    m_columnList.clear();
    if (parser.isSet(m_columns)) {
        for (const QString &key : parser.value(m_columns).split(u',', Qt::SkipEmptyParts)) {
            const auto column = NumberColumns::fromKey(key.trimmed().toStdString());
            if (!column)
                return tr("unknown column \"%1\"; columns are: %2").arg(key.trimmed(), columnList());
            m_columnList.push_back(*column);
        }
        if (m_columnList.empty())
            return tr("--columns lists no column");
    } else {
        for (int c = 0; c < NumberColumnCount; ++c)
            m_columnList.push_back(static_cast<NumberColumn>(c));
    }

    m_numberFilter = {};
    for (const QString &expression : parser.values(m_filter)) {
        if (const QString error = m_numberFilter.applyExpression(expression); !error.isEmpty())
            return error;
    }
    if (parser.isSet(m_search))
        m_numberFilter.text = parser.value(m_search);

    m_sortColumn.reset();
    if (parser.isSet(m_sort)) {
        QString spec = parser.value(m_sort);
        m_sortOrder = Qt::AscendingOrder;
        if (spec.endsWith(u":desc"_s)) {
            m_sortOrder = Qt::DescendingOrder;
            spec.chop(5);
        } else if (spec.endsWith(u":asc"_s)) {
            spec.chop(4);
        }
        m_sortColumn = NumberColumns::fromKey(spec.toStdString());
        if (!m_sortColumn)
            return tr("unknown sort column \"%1\"; columns are: %2").arg(spec, columnList());
    }

    m_csv.excelSafe = !parser.isSet(m_raw);
    m_csv.byteOrderMark = parser.isSet(m_bom);
    const QString header = parser.value(m_header).toLower();
    if (header == u"keys"_s)
        m_csv.header = CsvOptions::Header::Keys;
    else if (header == u"titles"_s)
        m_csv.header = CsvOptions::Header::Titles;
    else if (header == u"none"_s)
        m_csv.header = CsvOptions::Header::None;
    else
        return tr("--header must be keys, titles or none, not \"%1\"").arg(header);
    m_xlsx = {};
    m_xlsx.header = m_csv.header;
    m_xlsx.datesAsText = parser.isSet(m_datesAsText);
    m_quiet = parser.isSet(m_quietOption);
    m_strictWarnings = parser.isSet(m_strict);
    return {};
}

CliExitCode NumbersOutput::reportWarnings(const std::vector<ParseIssue> &issues, std::size_t count,
                                          const QString &source, QTextStream &err,
                                          const QString &command) const
{
    if (!m_quiet)
        printWarnings(issues, count, source, err);
    if (count > 0 && m_strictWarnings) {
        err << command << ": "
            << tr("%n warning(s) in the data and --strict is set; nothing written", "",
                  static_cast<int>(count))
            << '\n';
        return CliExitCode::BadData;
    }
    return CliExitCode::Ok;
}

void NumbersOutput::printWarnings(const std::vector<ParseIssue> &issues, std::size_t count,
                                  const QString &source, QTextStream &err)
{
    if (count == 0)
        return;
    int shown = 0;
    for (const ParseIssue &issue : issues) {
        if (shown++ == MaxWarningsShown)
            break;
        // Warnings quote the data (keys, values): escaped, so that they cannot drive the terminal.
        err << tr("warning") << ": " << source << ": " << terminalSafe(issue.toString()) << '\n';
    }
    if (count > static_cast<std::size_t>(MaxWarningsShown))
        err << tr("warning: %1 more warnings not shown").arg(count - MaxWarningsShown) << '\n';
}

CliExitCode NumbersOutput::write(const NumberStore &store, QTextStream &err, const QString &command) const
{
    std::vector<std::uint32_t> rows;
    rows.reserve(store.size());
    NumberMatcher matcher(m_numberFilter, store);
    for (std::uint32_t row = 0; row < store.size(); ++row) {
        if (matcher.matches(row))
            rows.push_back(row);
    }
    if (m_sortColumn)
        NumberSorter::sort(store, *m_sortColumn, m_sortOrder, rows);

    OutputFile output(m_outPath);
    if (const QString error = output.open(); !error.isEmpty()) {
        err << command << ": " << terminalSafe(error) << '\n';
        return CliExitCode::InputOutput;
    }
    QString writeError;
    if (m_formatName == u"json"_s)
        writeError = NumberJsonWriter::write(output.device(), store, rows);
    else if (m_formatName == u"xlsx"_s)
        writeError = XlsxWriter::write(output.device(), store, rows, m_columnList, m_xlsx);
    else
        writeError = CsvWriter::write(output.device(), store, rows, m_columnList, m_csv);
    if (!writeError.isEmpty()) {
        err << command << ": " << terminalSafe(m_outPath) << ": " << terminalSafe(writeError) << '\n';
        return CliExitCode::InputOutput;
    }
    if (const QString error = output.commit(); !error.isEmpty()) {
        err << command << ": " << terminalSafe(error) << '\n';
        return CliExitCode::InputOutput;
    }
    if (!m_quiet && !output.isStdout())
        err << tr("Wrote %1 of %2 numbers to %3")
                   .arg(rows.size())
                   .arg(store.size())
                   .arg(terminalSafe(m_outPath))
            << '\n';
    return CliExitCode::Ok;
}
