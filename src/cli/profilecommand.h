#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// ocnumbers-cli profile list | show NAME | import FILE [--name NAME] | export NAME --out FILE|- | remove NAME
// | set-secret NAME: the connection profiles the application and `fetch --profile` use. Files never hold
// secrets; set-secret reads the secret from standard input into the OS keychain.
class ProfileCommand final {
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    static CliExitCode run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
