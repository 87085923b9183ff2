#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// ocnumbers-cli convert INPUT --out OUTPUT [...]: a saved response (v2 array, v3 page, several v3 pages)
// to CSV or normalized JSON, through the same parser, filters, sort and writers as the application.
class ConvertCommand final {
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    // arguments[0] is the command name ("convert"). Messages go to err.
    static CliExitCode run(const QStringList &arguments, QTextStream &err);
};
