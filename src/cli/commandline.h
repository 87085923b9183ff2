#pragma once

#include "cliexitcode.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

// What every ocnumbers-cli command does with its arguments before its own work: --help, parse errors, and
// usage errors that name the command and point to its help.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Adds --help and parses arguments (arguments[0] is the command). Returns the exit code when the
    // command should stop here (help shown, or a parse error reported).
    static std::optional<CliExitCode> parse(QCommandLineParser &parser, const QStringList &arguments,
                                            const QString &command, QTextStream &err);
    // Reports a usage error (control characters in message escaped, see terminalSafe); returns
    // CliExitCode::Usage.
    static CliExitCode usage(QTextStream &err, const QString &command, const QString &message);
};
