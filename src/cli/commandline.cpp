#include "commandline.h"

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
        err << parser.helpText().replace(arguments.value(0), command);
        return CliExitCode::Ok;
    }
    return std::nullopt;
}

CliExitCode CommandLine::usage(QTextStream &err, const QString &command, const QString &message)
{
    err << command << ": " << message << '\n' << tr("Try '%1 --help'.").arg(command) << '\n';
    return CliExitCode::Usage;
}
