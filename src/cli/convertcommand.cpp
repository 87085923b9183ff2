#include "convertcommand.h"

#include "core/csvwriter.h"
#include "core/numberjsonwriter.h"
#include "core/numbermatcher.h"
#include "core/numberparser.h"
#include "core/numbersorter.h"
#include "core/numberstore.h"
#include "inputbuffer.h"
#include "outputfile.h"

#include <numeric>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxWarningsShown = 20;

QString columnList()
{
    QStringList keys;
    for (int c = 0; c < NumberColumnCount; ++c)
        keys.append(QString::fromLatin1(NumberColumns::key(static_cast<NumberColumn>(c))));
    return keys.join(u", "_s);
}

} // namespace

CliExitCode ConvertCommand::run(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts a saved Live Platform response (a v2 array, a v3 page, an array of v3 pages or several "
           "pages one after another) to CSV or normalized JSON."));
    parser.addPositionalArgument(u"input"_s, tr("The saved response; - reads standard input."),
                                 u"INPUT.json"_s);
    const QCommandLineOption outOption(
        u"out"_s, tr("Where to write: a .csv or .json file, or - for standard output."), u"file"_s);
    const QCommandLineOption formatOption(
        u"format"_s, tr("csv or json (default: from the --out extension; csv for -)."), u"format"_s);
    const QCommandLineOption columnsOption(
        u"columns"_s,
        tr("Comma-separated columns in output order (default: all). Keys: %1.").arg(columnList()), u"keys"_s);
    const QCommandLineOption filterOption(u"filter"_s,
                                          tr("Keep numbers matching key=value[,value...]; repeat to combine "
                                             "with AND. Keys: text, status, assignment, "
                                             "country, source, sbc, capability (all must be acquired), "
                                             "available (available but not acquired)."),
                                          u"expression"_s);
    const QCommandLineOption searchOption(u"search"_s, tr("Same as --filter text=TEXT."), u"text"_s);
    const QCommandLineOption sortOption(u"sort"_s, tr("Sort by a column key, :desc for descending."),
                                        u"column[:desc]"_s);
    const QCommandLineOption headerOption(u"header"_s, tr("CSV header: keys (default), titles or none."),
                                          u"style"_s, u"keys"_s);
    const QCommandLineOption rawOption(u"raw"_s,
                                       tr("CSV cells exactly as stored, without the Excel-safe apostrophe "
                                          "before cells starting with = + - @."));
    const QCommandLineOption bomOption(u"bom"_s,
                                       tr("Start the CSV with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption strictOption(u"strict"_s, tr("Fail (exit 3) when the input has warnings."));
    const QCommandLineOption quietOption(u"quiet"_s, tr("Print only errors."));
    parser.addOptions({outOption, formatOption, columnsOption, filterOption, searchOption, sortOption,
                       headerOption, rawOption, bomOption, strictOption, quietOption});
    parser.addHelpOption();

    const auto usage = [&](const QString &message) {
        err << "ocnumbers-cli convert: " << message << '\n'
            << tr("Try 'ocnumbers-cli convert --help'.") << '\n';
        return CliExitCode::Usage;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        err << parser.helpText().replace(arguments.value(0), u"ocnumbers-cli convert"_s);
        return CliExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("missing INPUT.json") : tr("only one input file is accepted"));
    if (!parser.isSet(outOption))
        return usage(tr("missing --out FILE (.csv, .json or - for standard output)"));
    const QString outPath = parser.value(outOption);

    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = outPath.endsWith(u".json"_s, Qt::CaseInsensitive) ? u"json"_s : u"csv"_s;
    if (format != u"csv"_s && format != u"json"_s)
        return usage(tr("--format must be csv or json, not \"%1\"").arg(format));
    if (format == u"csv"_s && outPath != u"-"_s && !parser.isSet(formatOption) &&
        !outPath.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return usage(
            tr("cannot tell the format of \"%1\": name it .csv or .json, or pass --format").arg(outPath));

    std::vector<NumberColumn> columns;
    if (parser.isSet(columnsOption)) {
        for (const QString &key : parser.value(columnsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto column = NumberColumns::fromKey(key.trimmed().toStdString());
            if (!column)
                return usage(tr("unknown column \"%1\"; columns are: %2").arg(key.trimmed(), columnList()));
            columns.push_back(*column);
        }
        if (columns.empty())
            return usage(tr("--columns lists no column"));
    } else {
        for (int c = 0; c < NumberColumnCount; ++c)
            columns.push_back(static_cast<NumberColumn>(c));
    }

    NumberFilter filter;
    for (const QString &expression : parser.values(filterOption)) {
        if (const QString error = filter.applyExpression(expression); !error.isEmpty())
            return usage(error);
    }
    if (parser.isSet(searchOption))
        filter.text = parser.value(searchOption);

    std::optional<NumberColumn> sortColumn;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    if (parser.isSet(sortOption)) {
        QString spec = parser.value(sortOption);
        if (spec.endsWith(u":desc"_s)) {
            sortOrder = Qt::DescendingOrder;
            spec.chop(5);
        } else if (spec.endsWith(u":asc"_s)) {
            spec.chop(4);
        }
        sortColumn = NumberColumns::fromKey(spec.toStdString());
        if (!sortColumn)
            return usage(tr("unknown sort column \"%1\"; columns are: %2").arg(spec, columnList()));
    }

    CsvOptions csv;
    csv.excelSafe = !parser.isSet(rawOption);
    csv.byteOrderMark = parser.isSet(bomOption);
    const QString header = parser.value(headerOption).toLower();
    if (header == u"keys"_s)
        csv.header = CsvOptions::Header::Keys;
    else if (header == u"titles"_s)
        csv.header = CsvOptions::Header::Titles;
    else if (header == u"none"_s)
        csv.header = CsvOptions::Header::None;
    else
        return usage(tr("--header must be keys, titles or none, not \"%1\"").arg(header));
    const bool quiet = parser.isSet(quietOption);

    const QString inputPath = positional.first();
    NumberStore store;
    ParseResult result;
    {
        InputBuffer input;
        if (const QString error = input.load(inputPath); !error.isEmpty()) {
            err << "ocnumbers-cli convert: " << error << '\n';
            return CliExitCode::InputOutput;
        }
        result = NumberParser::parse(input.data(), store, input.readablePastEnd());
    }
    const QString inputName = inputPath == u"-"_s ? tr("standard input") : inputPath;
    if (!result.ok()) {
        err << "ocnumbers-cli convert: " << inputName << ": " << result.error << '\n';
        return CliExitCode::BadData;
    }
    if (result.issueCount > 0 && !quiet) {
        int shown = 0;
        for (const ParseIssue &issue : result.issues) {
            if (shown++ == MaxWarningsShown)
                break;
            err << tr("warning") << ": " << inputName << ": " << issue.toString() << '\n';
        }
        if (result.issueCount > static_cast<std::size_t>(MaxWarningsShown))
            err << tr("warning: %1 more warnings not shown").arg(result.issueCount - MaxWarningsShown)
                << '\n';
    }
    if (result.issueCount > 0 && parser.isSet(strictOption)) {
        err << "ocnumbers-cli convert: "
            << tr("%n warning(s) in the input and --strict is set; nothing written", "",
                  static_cast<int>(result.issueCount))
            << '\n';
        return CliExitCode::BadData;
    }

    std::vector<std::uint32_t> rows;
    rows.reserve(store.size());
    NumberMatcher matcher(filter, store);
    for (std::uint32_t row = 0; row < store.size(); ++row) {
        if (matcher.matches(row))
            rows.push_back(row);
    }
    if (sortColumn)
        NumberSorter::sort(store, *sortColumn, sortOrder, rows);

    OutputFile output(outPath);
    if (const QString error = output.open(); !error.isEmpty()) {
        err << "ocnumbers-cli convert: " << error << '\n';
        return CliExitCode::InputOutput;
    }
    const QString writeError = format == u"json"_s
                                   ? NumberJsonWriter::write(output.device(), store, rows)
                                   : CsvWriter::write(output.device(), store, rows, columns, csv);
    if (!writeError.isEmpty()) {
        err << "ocnumbers-cli convert: " << outPath << ": " << writeError << '\n';
        return CliExitCode::InputOutput;
    }
    if (const QString error = output.commit(); !error.isEmpty()) {
        err << "ocnumbers-cli convert: " << error << '\n';
        return CliExitCode::InputOutput;
    }
    if (!quiet && !output.isStdout()) {
        err << tr("Wrote %1 of %2 numbers to %3").arg(rows.size()).arg(store.size()).arg(outPath) << '\n';
    }
    return CliExitCode::Ok;
}
