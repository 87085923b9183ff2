#include "commandlinesignin.h"

#include "client/auth/interactivetokensource.h"
#include "client/auth/tokensourcefactory.h"
#include "client/secrets/keychainsecretstore.h"
#include "client/secrets/memorysecretstore.h"
#include "commandline.h"
#include "core/terminaltext.h"

#include <cstdio>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

CommandLineSignIn::CommandLineSignIn(QNetworkAccessManager *nam, const QString &command, QTextStream &err)
    : m_nam(nam)
    , m_command(command)
    , m_err(err)
{}

CommandLineSignIn::~CommandLineSignIn() = default;

std::variant<TokenSource *, CliExitCode> CommandLineSignIn::signIn(const ConnectionProfile &profile,
                                                                   const Options &options)
{
    TokenSourceFactory::Context context{m_nam, nullptr, {}, {}};
    if (profile.signIn == ConnectionProfile::SignIn::AppRegistration) {
        QString problem;
        context.clientSecret = readSecret(profile, options, &problem);
        if (context.clientSecret.isEmpty())
            return CommandLine::usage(m_err, m_command, problem);
    } else {
        if (options.savedProfile)
            m_secrets = std::make_unique<KeychainSecretStore>();
        else
            m_secrets = std::make_unique<MemorySecretStore>();
        context.secrets = m_secrets.get();
    }
    m_source = TokenSourceFactory::create(profile, context);

    // A saved sign-in (or the app registration's secret) first; a device code only when that cannot work.
    QEventLoop wait;
    LoadError error;
    bool answered = false;
    m_source->token(false, [&](const QByteArray &, const LoadError &e) {
        error = e;
        answered = true;
        wait.quit();
    });
    if (!answered)
        wait.exec();
    auto *interactive = qobject_cast<InteractiveTokenSource *>(m_source.get());
    if (error.isError() && interactive && error.kind == LoadError::Kind::SignIn) {
        if (!waitForDeviceCode(*m_source))
            return CliExitCode::SignIn;
        if (!options.quiet)
            m_err << tr("Signed in as %1.").arg(terminalSafe(interactive->identity())) << '\n';
        return m_source.get();
    }
    if (error.isError()) {
        m_err << m_command << ": " << terminalSafe(error.message) << '\n';
        return error.kind == LoadError::Kind::SignIn ? CliExitCode::SignIn : CliExitCode::Server;
    }
    return m_source.get();
}

bool CommandLineSignIn::waitForDeviceCode(TokenSource &source)
{
    auto &interactive = static_cast<InteractiveTokenSource &>(source);
    QEventLoop wait;
    LoadError error;
    QObject::connect(&interactive, &InteractiveTokenSource::userCodeReady, &wait,
                     [&](const QString &, const QUrl &, const QString &message, int) {
                         m_err << terminalSafe(message) << '\n';
                         m_err.flush();
                     });
    QObject::connect(&interactive, &InteractiveTokenSource::signedIn, &wait, [&] { wait.quit(); });
    QObject::connect(&interactive, &InteractiveTokenSource::signInFailed, &wait, [&](const LoadError &e) {
        error = e;
        wait.quit();
    });
    interactive.startSignIn();
    wait.exec();
    if (error.isError())
        m_err << m_command << ": " << terminalSafe(error.message) << '\n';
    return !error.isError();
}

QString CommandLineSignIn::readSecret(const ConnectionProfile &profile, const Options &options,
                                      QString *problem)
{
    QString secret;
    if (options.secretOnStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *problem = tr("cannot read the client secret from standard input");
            return {};
        }
        secret = QString::fromUtf8(in.readLine()).trimmed();
    } else {
        secret = qEnvironmentVariable("OCNUMBERS_CLIENT_SECRET");
    }
    QString keychainError;
    if (secret.isEmpty() && options.savedProfile) {
        KeychainSecretStore keychain;
        QEventLoop wait;
        bool answered = false;
        keychain.read(profile.secretKey(), [&](const QString &stored, const QString &error) {
            secret = stored;
            keychainError = error;
            answered = true;
            wait.quit();
        });
        if (!answered)
            wait.exec();
    }
    if (secret.isEmpty())
        *problem = tr("no client secret: set OCNUMBERS_CLIENT_SECRET or pass --client-secret-stdin") +
                   (keychainError.isEmpty() ? QString() : u" ("_s + keychainError + u')');
    return secret;
}
