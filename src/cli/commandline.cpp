#include "commandline.h"

#include "core/terminaltext.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

std::optional<CliExitCode> CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments,
                                              const QString &command, QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(err, command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        // The usage line names the program as it was started (argv[0]); name the command instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), command);
        err << text;
        return CliExitCode::Ok;
    }
    return std::nullopt;
}

CliExitCode CommandLine::usage(QTextStream &err, const QString &command, const QString &message)
{
    // The message may quote arguments or data: escaped, so that it cannot drive the terminal.
    err << command << ": " << terminalSafe(message) << '\n' << tr("Try '%1 --help'.").arg(command) << '\n';
    return CliExitCode::Usage;
}
