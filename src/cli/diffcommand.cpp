#include "diffcommand.h"

#include "commandline.h"
#include "core/export/numberdiffcsvwriter.h"
#include "core/export/numberdiffxlsxwriter.h"
#include "core/numberdiff.h"
#include "core/numberstore.h"
#include "core/parseresult.h"
#include "core/terminaltext.h"
#include "numbersinput.h"
#include "numbersoutput.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

int DiffCommand::run(const QStringList &arguments, QTextStream &err)
{
    const QString command = u"ocnumbers-cli diff"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares two saved Live Platform responses (any input convert reads) and writes what changed as "
           "CSV or .xlsx: change,telephoneNumber,field,old,new; one row per added, removed or duplicated "
           "number and one per changed field. Numbers are matched by telephoneNumber; record order and the "
           "order inside capability and SBC lists are not changes. Exit status: 0 no differences, 1 "
           "differences, 2 bad usage, 3 bad data, 4 input/output error."));
    parser.addPositionalArgument(u"old"_s, tr("The earlier response; - reads standard input."),
                                 u"OLD.json"_s);
    parser.addPositionalArgument(u"new"_s, tr("The later response; - reads standard input."), u"NEW.json"_s);
    const QCommandLineOption outOption(
        u"out"_s, tr("Where to write: a .csv or .xlsx file, or - (the default) for standard output."),
        u"file"_s, u"-"_s);
    const QCommandLineOption formatOption(
        u"format"_s, tr("csv or xlsx (default: from the --out extension; csv for -)."), u"format"_s);
    const QCommandLineOption rawOption(u"raw"_s, tr("CSV cells exactly as stored, without the Excel-safe "
                                                    "apostrophe before cells starting with = + - @."));
    const QCommandLineOption bomOption(u"bom"_s,
                                       tr("Start the CSV with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption quietOption(u"quiet"_s, tr("Print only errors."));
    parser.addOptions({outOption, formatOption, rawOption, bomOption, quietOption});
    const auto usage = [&](const QString &message) {
        return static_cast<int>(CommandLine::usage(err, command, message));
    };
    if (const auto stop = CommandLine::parse(parser, arguments, command, err))
        return static_cast<int>(*stop);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(positional.isEmpty() ? tr("missing OLD.json and NEW.json") : tr("missing NEW.json"));
    if (positional.size() > 2)
        return usage(tr("only two input files are accepted"));
    if (positional.at(0) == u"-"_s && positional.at(1) == u"-"_s)
        return usage(tr("only one of OLD.json and NEW.json can be - (standard input)"));
    const bool quiet = parser.isSet(quietOption);
    const QString outPath = parser.value(outOption);
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = outPath.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s;
    if (format != u"csv"_s && format != u"xlsx"_s)
        return usage(tr("--format must be csv or xlsx, not \"%1\"").arg(format));

    NumberStore stores[2];
    for (int side = 0; side < 2; ++side) {
        const QString &path = positional.at(side);
        ParseResult result;
        if (const CliExitCode code = NumbersInput::read(path, stores[side], result, err, command);
            code != CliExitCode::Ok)
            return static_cast<int>(code);
        if (!quiet)
            NumbersOutput::printWarnings(result.issues, result.issueCount, NumbersInput::displayName(path),
                                         err);
    }

    const NumberDiff diff(stores[0], stores[1]);
    OutputFile output(outPath);
    if (const QString error = output.open(); !error.isEmpty()) {
        err << command << ": " << terminalSafe(error) << '\n';
        return static_cast<int>(CliExitCode::InputOutput);
    }
    if (const QString error =
            format == u"xlsx"_s
                ? NumberDiffXlsxWriter::write(output.device(), diff.changes())
                : NumberDiffCsvWriter::write(output.device(), diff.changes(), !parser.isSet(rawOption),
                                             parser.isSet(bomOption));
        !error.isEmpty()) {
        err << command << ": " << terminalSafe(outPath) << ": " << terminalSafe(error) << '\n';
        return static_cast<int>(CliExitCode::InputOutput);
    }
    if (const QString error = output.commit(); !error.isEmpty()) {
        err << command << ": " << terminalSafe(error) << '\n';
        return static_cast<int>(CliExitCode::InputOutput);
    }
    if (!quiet) {
        err << tr("%1 added, %2 removed, %3 changed")
                   .arg(diff.addedCount())
                   .arg(diff.removedCount())
                   .arg(diff.changedCount());
        if (diff.duplicateCount() > 0)
            err << tr(", %1 duplicated").arg(diff.duplicateCount());
        err << '\n';
    }
    return diff.isEmpty() ? static_cast<int>(CliExitCode::Ok) : DifferencesFound;
}
