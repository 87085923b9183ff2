#pragma once

#include "client/profiles/connectionprofile.h"
#include "cliexitcode.h"

#include <memory>
#include <QCoreApplication>
#include <variant>

class QNetworkAccessManager;
class QTextStream;
class SecretStore;
class TokenSource;

// How a command signs in, for a profile or for options given on the command line: the app registration
// with a secret from standard input, OCNUMBERS_CLIENT_SECRET or the profile's keychain entry (never an
// argument: it would show in process lists and shell history), or a device code printed on stderr, whose
// refresh token is kept in the keychain for a profile and in memory otherwise.
class CommandLineSignIn final {
    Q_DECLARE_TR_FUNCTIONS(CommandLineSignIn)
    Q_DISABLE_COPY_MOVE(CommandLineSignIn)

public:
    struct Options {
        bool savedProfile = false;  // the profile is a saved one: its keychain entries are used
        bool secretOnStdin = false; // --client-secret-stdin
        bool quiet = false;
    };

    CommandLineSignIn(QNetworkAccessManager *nam, const QString &command, QTextStream &err);
    ~CommandLineSignIn();

    // A token source that has a token, or the exit code after saying why on err.
    std::variant<TokenSource *, CliExitCode> signIn(const ConnectionProfile &profile, const Options &options);

private:
    QString readSecret(const ConnectionProfile &profile, const Options &options, QString *problem);
    bool waitForDeviceCode(TokenSource &source);

    QNetworkAccessManager *m_nam;
    QString m_command;
    QTextStream &m_err;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TokenSource> m_source;
};
