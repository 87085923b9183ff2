#include "profilecommand.h"

#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "commandline.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

CliExitCode ProfileCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"ocnumbers-cli profile"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manages connection profiles: list, show NAME, import FILE, export "
                                        "NAME, remove NAME, set-secret NAME. "
                                        "Profile files hold no secrets; set-secret reads the app "
                                        "registration's secret from standard input and "
                                        "keeps it in the OS keychain."));
    parser.addPositionalArgument(u"action"_s, tr("list, show, import, export, remove or set-secret."));
    parser.addPositionalArgument(u"argument"_s, tr("The profile name, or the file to import."));
    const QCommandLineOption nameOption(u"name"_s, tr("import: the name to save the profile under."),
                                        u"name"_s);
    const QCommandLineOption outOption(u"out"_s, tr("export: the file to write, or - for standard output."),
                                       u"file"_s, u"-"_s);
    parser.addOptions({nameOption, outOption});
    const auto usage = [&](const QString &message) { return CommandLine::usage(err, command, message); };
    if (const auto stop = CommandLine::parse(parser, arguments, command, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString argument = positional.value(1);
    ProfileStore store;

    if (action == u"list"_s) {
        for (const QString &name : store.names())
            out << name << '\n';
        return CliExitCode::Ok;
    }
    if (argument.isEmpty())
        return usage(action.isEmpty() ? tr("missing action")
                                      : tr("%1 needs a profile name or file").arg(action));

    if (action == u"import"_s) {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly)) {
            err << command << ": " << tr("cannot open %1: %2").arg(argument, file.errorString()) << '\n';
            return CliExitCode::InputOutput;
        }
        QJsonParseError jsonError{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &jsonError);
        if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
            err << command << ": " << argument << ": "
                << tr("not a profile (a JSON object): %1").arg(jsonError.errorString()) << '\n';
            return CliExitCode::BadData;
        }
        QString error;
        auto profile = ConnectionProfile::fromJson(document.object(), &error);
        if (!profile) {
            err << command << ": " << argument << ": " << error << '\n';
            return CliExitCode::BadData;
        }
        if (parser.isSet(nameOption))
            profile->name = parser.value(nameOption);
        if (const QStringList problems = profile->problems(); !problems.isEmpty()) {
            for (const QString &problem : problems)
                err << command << ": " << argument << ": " << problem << '\n';
            return CliExitCode::BadData;
        }
        store.save(*profile);
        out << tr("Saved profile \"%1\".").arg(profile->name) << '\n';
        return CliExitCode::Ok;
    }

    const auto profile = store.load(argument);
    if (!profile) {
        err << command << ": " << tr("there is no profile named \"%1\"").arg(argument) << '\n';
        return CliExitCode::Usage;
    }
    if (action == u"show"_s || action == u"export"_s) {
        OutputFile file(action == u"show"_s ? u"-"_s : parser.value(outOption));
        if (const QString error = file.open(); !error.isEmpty()) {
            err << command << ": " << error << '\n';
            return CliExitCode::InputOutput;
        }
        file.device().write(QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented));
        if (const QString error = file.commit(); !error.isEmpty()) {
            err << command << ": " << error << '\n';
            return CliExitCode::InputOutput;
        }
        return CliExitCode::Ok;
    }
    if (action == u"remove"_s) {
        store.remove(profile->name);
        KeychainSecretStore keychain;
        QEventLoop wait;
        bool done = false;
        keychain.remove(profile->secretKey(), [&](const QString &) {
            done = true;
            wait.quit();
        });
        if (!done)
            wait.exec();
        out << tr("Removed profile \"%1\".").arg(profile->name) << '\n';
        return CliExitCode::Ok;
    }
    if (action == u"set-secret"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(tr("cannot read the secret from standard input"));
        const QString secret = QString::fromUtf8(in.readLine()).trimmed();
        if (secret.isEmpty())
            return usage(tr("standard input holds no secret"));
        KeychainSecretStore keychain;
        QEventLoop wait;
        QString error;
        bool done = false;
        keychain.write(profile->secretKey(), secret, [&](const QString &e) {
            error = e;
            done = true;
            wait.quit();
        });
        if (!done)
            wait.exec();
        if (!error.isEmpty()) {
            err << command << ": " << error << '\n';
            return CliExitCode::InputOutput;
        }
        out << tr("The secret of \"%1\" is in the keychain.").arg(profile->name) << '\n';
        return CliExitCode::Ok;
    }
    return usage(tr("unknown action \"%1\"").arg(action));
}
