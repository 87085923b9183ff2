#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
class SecretStore;

// ocnumbers-cli profile list | show NAME | import FILE [--name NAME] [--replace] | export NAME --out FILE|-
// | remove NAME | set-secret NAME | test NAME [--client-secret-stdin]: the connection profiles the
// application and `fetch --profile` use. Files never hold secrets; set-secret reads the secret from standard
// input into the OS keychain. A profile's secret and refresh token belong to its addresses: replacing it with
// one that points elsewhere, or removing it, removes them.
class ProfileCommand final {
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    // With the OS keychain.
    static CliExitCode run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // With the given secret store (tests).
    static CliExitCode run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                           SecretStore &secrets);
};
