#include "convertcommand.h"

#include "commandline.h"
#include "core/numberstore.h"
#include "numbersinput.h"
#include "numbersoutput.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

CliExitCode ConvertCommand::run(const QStringList &arguments, QTextStream &err)
{
    const QString command = u"ocnumbers-cli convert"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts a saved Live Platform response (a v2 array, a v3 page, an array of v3 pages or several "
           "pages one after another) or a snapshot the window kept to CSV, .xlsx or normalized JSON."));
    parser.addPositionalArgument(u"input"_s, tr("The saved response; - reads standard input."),
                                 u"INPUT.json"_s);
    NumbersOutput output(parser);
    const auto usage = [&](const QString &message) { return CommandLine::usage(err, command, message); };
    if (const auto stop = CommandLine::parse(parser, arguments, command, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("missing INPUT.json") : tr("only one input file is accepted"));
    if (const QString error = output.read(parser); !error.isEmpty())
        return usage(error);

    const QString &inputPath = positional.first();
    NumberStore store;
    ParseResult result;
    if (const CliExitCode code = NumbersInput::read(inputPath, store, result, err, command);
        code != CliExitCode::Ok)
        return code;
    const QString inputName = NumbersInput::displayName(inputPath);
    if (const CliExitCode code =
            output.reportWarnings(result.issues, result.issueCount, inputName, err, command);
        code != CliExitCode::Ok)
        return code;
    return output.write(store, err, command);
}
