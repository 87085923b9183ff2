#include "profilecommand.h"

#include "client/connectiontest.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/keychainsecretstore.h"
#include "commandline.h"
#include "core/terminaltext.h"
#include "outputfile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"ocnumbers-cli profile"_s;

// Runs one keychain call and waits for its answer; returns its error.
QString wait(const std::function<void(SecretStore::DoneCallback)> &call)
{
    QEventLoop loop;
    QString error;
    bool done = false;
    call([&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

// Removes every keychain entry of the profile; returns the first error.
QString removeSecrets(SecretStore &secrets, const ConnectionProfile &profile)
{
    QString first;
    for (const QString &key : profile.keychainKeys()) {
        const QString error = wait([&](const SecretStore::DoneCallback &done) { secrets.remove(key, done); });
        if (first.isEmpty())
            first = error;
    }
    return first;
}

// The name a profile is stored under that equals name but for case (names differing only in case are one
// name to some settings back ends), or an empty string.
QString storedName(const ProfileStore &store, const QString &name)
{
    for (const QString &stored : store.names()) {
        if (stored.compare(name, Qt::CaseInsensitive) == 0)
            return stored;
    }
    return {};
}

CliExitCode importProfile(const QString &path, const QString &rename, bool replace, ProfileStore &store,
                          SecretStore &secrets, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Command << ": " << ProfileCommand::tr("cannot open %1: %2").arg(path, file.errorString())
            << '\n';
        return CliExitCode::InputOutput;
    }
    const QByteArray data = file.read(ConnectionProfile::MaxFileBytes + 1);
    if (data.size() > ConnectionProfile::MaxFileBytes) {
        err << Command << ": " << path << ": "
            << ProfileCommand::tr(
                   "the file is larger than 1 MiB; a profile file is a few hundred bytes. Check "
                   "that it is a profile exported by OC Numbers.")
            << '\n';
        return CliExitCode::BadData;
    }
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        err << Command << ": " << path << ": "
            << ProfileCommand::tr("not a profile (a JSON object): %1").arg(jsonError.errorString()) << '\n';
        return CliExitCode::BadData;
    }
    QString error;
    auto profile = ConnectionProfile::fromJson(document.object(), &error);
    if (!profile) {
        err << Command << ": " << path << ": " << error << '\n';
        return CliExitCode::BadData;
    }
    if (!rename.isNull())
        profile->name = rename;
    if (const QStringList problems = profile->problems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            err << Command << ": " << path << ": " << terminalSafe(problem) << '\n';
        return CliExitCode::BadData;
    }
    const QString name = terminalSafe(profile->name);
    const QString existingName = storedName(store, profile->name);
    if (!existingName.isEmpty() && !replace) {
        err << Command << ": "
            << ProfileCommand::tr("a profile named \"%1\" exists already. Pass --replace to replace it, or "
                                  "--name NAME to import this one under another name.")
                   .arg(terminalSafe(existingName))
            << '\n';
        return CliExitCode::Usage;
    }
    const auto existing = existingName.isEmpty() ? std::nullopt : store.load(existingName);
    if (!existingName.isEmpty())
        store.remove(existingName);
    store.save(*profile);
    if (existing && (existing->name != profile->name || !existing->sameAddresses(*profile))) {
        // What the keychain holds was issued for the old addresses: it must not reach the new ones.
        if (const QString failed = removeSecrets(secrets, *existing); failed.isEmpty())
            err << Command << ": "
                << ProfileCommand::tr("\"%1\" now points to other addresses: its stored client secret and "
                                      "saved sign-in were removed. Store the secret again with "
                                      "\"%2 set-secret\" if it uses one.")
                       .arg(name, Command)
                << '\n';
        else
            err << Command << ": "
                << ProfileCommand::tr("\"%1\" now points to other addresses; its stored client secret and "
                                      "saved sign-in could not be removed (%2). They are not used for the "
                                      "new addresses.")
                       .arg(name, terminalSafe(failed))
                << '\n';
    }
    out << (existing ? ProfileCommand::tr("Replaced profile \"%1\".")
                     : ProfileCommand::tr("Saved profile \"%1\"."))
               .arg(name)
        << '\n';
    return CliExitCode::Ok;
}

CliExitCode setSecret(const ConnectionProfile &profile, SecretStore &secrets, QTextStream &out,
                      QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return CommandLine::usage(err, Command,
                                  ProfileCommand::tr("cannot read the secret from standard input"));
    const QString secret = QString::fromUtf8(in.readLine()).trimmed();
    if (secret.isEmpty())
        return CommandLine::usage(err, Command, ProfileCommand::tr("standard input holds no secret"));
    const QString error = wait(
        [&](const SecretStore::DoneCallback &done) { secrets.write(profile.secretKey(), secret, done); });
    if (!error.isEmpty()) {
        err << Command << ": " << terminalSafe(error) << '\n';
        return CliExitCode::InputOutput;
    }
    out << ProfileCommand::tr("The secret of \"%1\" is in the keychain.").arg(terminalSafe(profile.name))
        << '\n';
    return CliExitCode::Ok;
}

// The secret a test signs in with: from standard input, OCNUMBERS_CLIENT_SECRET or the keychain. Empty, with
// *problem saying why, when there is none.
QString secretForTest(const ConnectionProfile &profile, SecretStore &secrets, bool fromStdin,
                      QString *problem)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *problem = ProfileCommand::tr("cannot read the client secret from standard input");
            return {};
        }
        return QString::fromUtf8(in.readLine()).trimmed();
    }
    if (QString secret = qEnvironmentVariable("OCNUMBERS_CLIENT_SECRET"); !secret.isEmpty())
        return secret;
    QString secret;
    const QString error = wait([&](const SecretStore::DoneCallback &done) {
        secrets.read(profile.secretKey(), [&, done](const QString &stored, const QString &readError) {
            secret = stored;
            done(readError);
        });
    });
    if (secret.isEmpty())
        *problem =
            ProfileCommand::tr("No client secret: set OCNUMBERS_CLIENT_SECRET, pass --client-secret-stdin "
                               "or store one with set-secret.") +
            (error.isEmpty() ? QString() : u" ("_s + error + u')');
    return secret;
}

CliExitCode testProfile(const ConnectionProfile &profile, SecretStore &secrets, bool secretOnStdin,
                        QTextStream &out, QTextStream &err)
{
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        err << Command << ": "
            << ProfileCommand::tr("profile \"%1\" cannot be tested until it is fixed: %2")
                   .arg(terminalSafe(profile.name), terminalSafe(problems.join(u' ')))
            << '\n';
        return CliExitCode::Usage;
    }
    QString secretProblem;
    const QString clientSecret = profile.signIn == ConnectionProfile::SignIn::AppRegistration
                                     ? secretForTest(profile, secrets, secretOnStdin, &secretProblem)
                                     : QString();
    QNetworkAccessManager nam;
    ConnectionTest test(profile, &nam);
    QEventLoop loop;
    ConnectionTest::Result result;
    QObject::connect(&test, &ConnectionTest::finished, &loop, [&](const ConnectionTest::Result &r) {
        result = r;
        loop.quit();
    });
    err << terminalSafe(test.startText()) << '\n';
    test.start(clientSecret, secretProblem);
    loop.exec();
    for (const ConnectionTest::Check &check : std::as_const(result.checks))
        out << (check.ok ? "ok    " : "FAILED") << "  " << terminalSafe(check.text) << '\n';
    out << terminalSafe(result.headline()) << '\n';
    if (const QString note = result.note(); !note.isEmpty())
        out << terminalSafe(note) << '\n';
    if (result.works)
        return CliExitCode::Ok;
    const bool signInFailed =
        !result.checks.isEmpty() && result.checks.constFirst().order == 0 && !result.checks.constFirst().ok;
    return signInFailed ? CliExitCode::SignIn : CliExitCode::Server;
}

} // namespace

CliExitCode ProfileCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    KeychainSecretStore keychain;
    return run(arguments, out, err, keychain);
}

CliExitCode ProfileCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                SecretStore &secrets)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manages connection profiles: list, show NAME, import FILE, export "
                                        "NAME, remove NAME, set-secret NAME, test NAME. "
                                        "Profile files hold no secrets; set-secret reads the app "
                                        "registration's secret from standard input and "
                                        "keeps it in the OS keychain."));
    parser.addPositionalArgument(
        u"action"_s, tr("list, show, import, export, remove, set-secret or test (signs in and asks "
                        "Live Platform once, saying what works and what to fix)."));
    parser.addPositionalArgument(u"argument"_s, tr("The profile name, or the file to import."));
    const QCommandLineOption nameOption(u"name"_s, tr("import: the name to save the profile under."),
                                        u"name"_s);
    const QCommandLineOption replaceOption(
        u"replace"_s, tr("import: replace the profile of the same name. If the addresses differ, its stored "
                         "secret and sign-in are removed."));
    const QCommandLineOption outOption(u"out"_s, tr("export: the file to write, or - for standard output."),
                                       u"file"_s, u"-"_s);
    const QCommandLineOption secretStdinOption(
        u"client-secret-stdin"_s,
        tr("test: read the app registration's secret from the first line of standard input (else "
           "OCNUMBERS_CLIENT_SECRET, else the keychain)."));
    parser.addOptions({nameOption, replaceOption, outOption, secretStdinOption});
    const auto usage = [&](const QString &message) { return CommandLine::usage(err, Command, message); };
    if (const auto stop = CommandLine::parse(parser, arguments, Command, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString argument = positional.value(1);
    ProfileStore store;

    if (action == u"list"_s) {
        for (const QString &name : store.names())
            out << terminalSafe(name) << '\n';
        return CliExitCode::Ok;
    }
    if (argument.isEmpty())
        return usage(action.isEmpty() ? tr("missing action")
                                      : tr("%1 needs a profile name or file").arg(terminalSafe(action)));

    if (action == u"import"_s)
        return importProfile(argument, parser.isSet(nameOption) ? parser.value(nameOption) : QString(),
                             parser.isSet(replaceOption), store, secrets, out, err);

    const auto profile = store.load(argument);
    if (!profile) {
        err << Command << ": " << tr("there is no profile named \"%1\"").arg(terminalSafe(argument)) << '\n';
        return CliExitCode::Usage;
    }
    if (action == u"show"_s || action == u"export"_s) {
        OutputFile file(action == u"show"_s ? u"-"_s : parser.value(outOption));
        if (const QString error = file.open(); !error.isEmpty()) {
            err << Command << ": " << error << '\n';
            return CliExitCode::InputOutput;
        }
        file.device().write(QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented));
        if (const QString error = file.commit(); !error.isEmpty()) {
            err << Command << ": " << error << '\n';
            return CliExitCode::InputOutput;
        }
        return CliExitCode::Ok;
    }
    if (action == u"remove"_s) {
        store.remove(profile->name);
        const QString name = terminalSafe(profile->name);
        if (const QString error = removeSecrets(secrets, *profile); !error.isEmpty())
            err << Command << ": "
                << tr("the stored secret and sign-in of \"%1\" could not be removed from the keychain: %2")
                       .arg(name, terminalSafe(error))
                << '\n';
        out << tr("Removed profile \"%1\".").arg(name) << '\n';
        return CliExitCode::Ok;
    }
    if (action == u"set-secret"_s)
        return setSecret(*profile, secrets, out, err);
    if (action == u"test"_s)
        return testProfile(*profile, secrets, parser.isSet(secretStdinOption), out, err);
    return usage(tr("unknown action \"%1\"").arg(terminalSafe(action)));
}
