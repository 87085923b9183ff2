#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// ocnumbers-cli fetch --tenant GUID --out FILE|- ...: signs in with the app registration, loads a tenant's
// numbers from Live Platform (v2 list or v3 pages) and writes them like `convert` does. Every connection
// setting is an option; the client secret comes only from OCNUMBERS_CLIENT_SECRET or standard input.
class FetchCommand final {
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)

public:
    static CliExitCode run(const QStringList &arguments, QTextStream &err);
};
