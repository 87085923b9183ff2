#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// ocnumbers-cli diff OLD NEW [--out FILE]: what changed between two saved responses, as CSV. Exits like
// diff(1): 0 when nothing changed, 1 when something did, 2 or more on an error (CliExitCode).
class DiffCommand final {
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static constexpr int DifferencesFound = 1;

    // arguments[0] is the command name ("diff"). Messages go to err.
    static int run(const QStringList &arguments, QTextStream &err);
};
