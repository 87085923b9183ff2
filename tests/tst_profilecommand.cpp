#include "cli/profilecommand.h"
#include "client/profiles/connectionprofile.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestProfileCommand final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out, err;
    };
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OCNUMBERS_PROFILES_FILE"_s, m_dir.filePath(u"profiles.ini"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OCNUMBERS_CLI), QStringList{u"profile"_s} + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("ocnumbers-cli profile did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The command in this process, with a keychain in memory whose entries the test can see.
    MemorySecretStore m_secrets;
    Run inProcess(const QStringList &arguments)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const CliExitCode code = ProfileCommand::run(QStringList{u"ocnumbers-cli profile"_s} + arguments,
                                                     outStream, errStream, m_secrets);
        outStream.flush();
        errStream.flush();
        return {int(code), out, err};
    }
    QString secretOf(const QString &key)
    {
        QString secret;
        m_secrets.read(key, [&](const QString &s, const QString &) { secret = s; });
        return secret;
    }
    QString write(const QString &name, const QJsonObject &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(json).toJson());
        return path;
    }
    static QJsonObject contoso()
    {
        return QJsonObject{{u"name"_s, u"contoso"_s},
                           {u"baseUrl"_s, u"https://lp.contoso.example/tenantui"_s},
                           {u"directory"_s, u"5ad1b0e1-7c3f-4e2a-9b8d-0c6f1e2a3b4c"_s},
                           {u"clientId"_s, u"3e9d7c5b-2a1f-4e8d-b7c6-5a4f3e2d1c0b"_s}};
    }
    // Imports contoso and gives it a secret and a refresh token, as the application would.
    ConnectionProfile importContosoWithSecrets()
    {
        const Run imported = inProcess({u"import"_s, write(u"contoso.json"_s, contoso())});
        if (imported.exitCode != 0)
            qFatal("import failed: %s", qPrintable(imported.err));
        const ConnectionProfile profile = *ProfileStore().load(u"contoso"_s);
        m_secrets.write(profile.secretKey(), u"contoso-secret"_s, [](const QString &) {});
        m_secrets.write(profile.refreshTokenKey(), u"contoso-refresh"_s, [](const QString &) {});
        return profile;
    }

private slots:
    void initTestCase() { qputenv("OCNUMBERS_PROFILES_FILE", m_dir.filePath(u"in-process.ini"_s).toUtf8()); }
    void cleanup()
    {
        ProfileStore store;
        for (const QString &name : store.names())
            store.remove(name);
    }

    void importRefusesAnExistingNameWithoutReplace()
    {
        const ConnectionProfile original = importContosoWithSecrets();
        QJsonObject elsewhere = contoso();
        elsewhere.insert(u"baseUrl"_s, u"https://lp.attacker.example/tenantui"_s);
        const QString path = write(u"elsewhere.json"_s, elsewhere);

        const Run refused = inProcess({u"import"_s, path});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"\"contoso\" exists already"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--replace"_s));
        QCOMPARE(ProfileStore().load(u"contoso"_s)->baseUrl, original.baseUrl);
        QCOMPARE(secretOf(original.secretKey()), u"contoso-secret"_s);
        // Case does not make another name.
        elsewhere.insert(u"name"_s, u"Contoso"_s);
        QCOMPARE(inProcess({u"import"_s, write(u"upper.json"_s, elsewhere)}).exitCode, 2);
    }

    void replacingWithOtherAddressesRemovesTheSecrets()
    {
        const ConnectionProfile original = importContosoWithSecrets();
        QJsonObject elsewhere = contoso();
        elsewhere.insert(u"authority"_s, u"https://login.attacker.example"_s);
        const Run replaced = inProcess({u"import"_s, write(u"elsewhere.json"_s, elsewhere), u"--replace"_s});
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.err.contains(u"client secret and saved sign-in were removed"_s),
                 qPrintable(replaced.err));
        QVERIFY(replaced.out.contains(u"Replaced profile \"contoso\""_s));
        const ConnectionProfile now = *ProfileStore().load(u"contoso"_s);
        QCOMPARE(now.authority, QUrl(u"https://login.attacker.example"_s));
        QCOMPARE(secretOf(original.secretKey()), QString());
        QCOMPARE(secretOf(original.refreshTokenKey()), QString());
        // Even had the removal failed, the new addresses read other entries.
        QVERIFY(now.secretKey() != original.secretKey());
        QVERIFY(now.refreshTokenKey() != original.refreshTokenKey());
    }

    void replacingWithTheSameAddressesKeepsTheSecrets()
    {
        const ConnectionProfile original = importContosoWithSecrets();
        QJsonObject slower = contoso();
        slower.insert(u"timeoutSeconds"_s, 300);
        const Run replaced = inProcess({u"import"_s, write(u"slower.json"_s, slower), u"--replace"_s});
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(replaced.err, QString());
        QCOMPARE(ProfileStore().load(u"contoso"_s)->timeoutSeconds, 300);
        QCOMPARE(secretOf(original.secretKey()), u"contoso-secret"_s);
        QCOMPARE(secretOf(original.refreshTokenKey()), u"contoso-refresh"_s);
    }

    void removeTakesTheSecretAndTheRefreshToken()
    {
        const ConnectionProfile original = importContosoWithSecrets();
        m_secrets.write(u"ocnumbers/contoso/refresh-token"_s, u"from 0.1"_s, [](const QString &) {});
        const Run removed = inProcess({u"remove"_s, u"contoso"_s});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(secretOf(original.secretKey()), QString());
        QCOMPARE(secretOf(original.refreshTokenKey()), QString());
        QCOMPARE(secretOf(u"ocnumbers/contoso/refresh-token"_s), QString());
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void testSignsInAndAsksLivePlatform()
    {
        SandboxServer server(SandboxConfig{});
        QCOMPARE(server.start(), QString());
        qunsetenv("OCNUMBERS_CLIENT_SECRET");
        ProfileStore().save(sandboxProfile(server, u"lab"_s));
        const ConnectionProfile lab = *ProfileStore().load(u"lab"_s);

        const Run noSecret = inProcess({u"test"_s, u"lab"_s});
        QCOMPARE(noSecret.exitCode, int(CliExitCode::SignIn));
        QVERIFY2(noSecret.out.contains(u"No client secret"_s), qPrintable(noSecret.out));

        m_secrets.write(lab.secretKey(), u"wrong"_s, [](const QString &) {});
        const Run wrong = inProcess({u"test"_s, u"lab"_s});
        QCOMPARE(wrong.exitCode, int(CliExitCode::SignIn));
        QVERIFY2(wrong.out.contains(u"client secret is wrong"_s), qPrintable(wrong.out));

        m_secrets.write(lab.secretKey(), server.config().appClientSecret, [](const QString &) {});
        const Run works = inProcess({u"test"_s, u"lab"_s});
        QVERIFY2(works.exitCode == 0, qPrintable(works.out + works.err));
        QVERIFY2(works.out.contains(u"accepted the token"_s) &&
                     works.out.contains(u"The connection works."_s),
                 qPrintable(works.out));

        QCOMPARE(server.faults().add(u"api:redirect=http://127.0.0.2:9/x"_s), QString());
        const Run redirected = inProcess({u"test"_s, u"lab"_s});
        QCOMPARE(redirected.exitCode, int(CliExitCode::Server));
        QVERIFY2(redirected.out.contains(u"redirects are not followed"_s), qPrintable(redirected.out));
    }

    void importChecksSizesBoundsAndControlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("long name") << u"name"_s << QJsonValue(QString(257, u'n'))
                                   << u"\"name\" is 257 characters long; at most 256"_s;
        QTest::newRow("long url") << u"baseUrl"_s
                                  << QJsonValue(u"https://lp.example.net/tenantui/"_s + QString(2048, u'x'))
                                  << u"\"baseUrl\" is 2080 characters long; at most 2048"_s;
        QTest::newRow("escape in name") << u"name"_s << QJsonValue(u"contoso\x1b[31m"_s)
                                        << u"\"name\" contains a control character (\\x1b at position 8)"_s;
        QTest::newRow("newline in directory")
            << u"directory"_s << QJsonValue(u"a\nb"_s) << u"\"directory\" contains a control character"_s;
        QTest::newRow("bidi override")
            << u"clientId"_s << QJsonValue(u"\u202Eabc"_s) << u"\"clientId\" contains a control character"_s;
        QTest::newRow("no timeout") << u"timeoutSeconds"_s << QJsonValue(0)
                                    << u"\"timeoutSeconds\" is 0; it must be between 1 and 3600"_s;
        QTest::newRow("long timeout")
            << u"timeoutSeconds"_s << QJsonValue(86400) << u"\"timeoutSeconds\" is 86400"_s;
        QTest::newRow("no body") << u"maxBodyMegabytes"_s << QJsonValue(0)
                                 << u"\"maxBodyMegabytes\" is 0; it must be between 1 and 65536"_s;
        QTest::newRow("huge body") << u"maxBodyMegabytes"_s << QJsonValue(1000000)
                                   << u"\"maxBodyMegabytes\" is 1000000"_s;
        QTest::newRow("user-info authority")
            << u"authority"_s << QJsonValue(u"https://login.microsoftonline.com@evil.example"_s)
            << u"requests would go to evil.example"_s;
        QTest::newRow("user-info base URL")
            << u"baseUrl"_s << QJsonValue(u"https://admin:hunter2@lp.example.net/tenantui"_s)
            << u"Base URL: the address holds a user name or password"_s;
    }
    void importChecksSizesBoundsAndControlCharacters()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = contoso();
        json.insert(field, value);
        const Run refused = inProcess({u"import"_s, write(u"bad.json"_s, json)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(u'\x1b') && !refused.err.contains(u'\u202E'), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(u"hunter2"_s)); // a password in an address is not repeated
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void importRefusesALargeFile()
    {
        QJsonObject padded = contoso();
        padded.insert(u"scope"_s, QString(1 << 20, u' '));
        const Run refused = inProcess({u"import"_s, write(u"large.json"_s, padded)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"larger than 1 MiB"_s), qPrintable(refused.err));
    }

    void namesAreEscapedOnTheTerminal()
    {
        // A hand-edited settings file can hold any name; the terminal shows its escapes, not their effect.
        QString error;
        ConnectionProfile tampered = ConnectionProfile::fromJson(contoso(), &error).value();
        tampered.name = u"red\x1b[31m\u202Eevil"_s;
        ProfileStore().save(tampered);
        const Run listed = inProcess({u"list"_s});
        QCOMPARE(listed.out, u"red\\x1b[31m\\u202eevil\n"_s);
        const Run removed = inProcess({u"remove"_s, tampered.name});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(!removed.out.contains(u'\x1b') && removed.out.contains(u"red\\x1b[31m"_s),
                 qPrintable(removed.out));
    }

    void importsListsShowsExportsAndRemoves()
    {
        const QString source = QStringLiteral(OCNUMBERS_TEST_DATA "/profiles/lab.json");
        QCOMPARE(cli({u"import"_s, source}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, source, u"--name"_s, u"lab copy"_s}).exitCode, 0);
        QCOMPARE(cli({u"list"_s}).out, u"lab\nlab copy\n"_s);

        const Run shown = cli({u"show"_s, u"lab copy"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(u"name"_s).toString(), u"lab copy"_s);
        QCOMPARE(json.value(u"channelId"_s).toInt(), 2);

        const QString exported = m_dir.filePath(u"exported.json"_s);
        QCOMPARE(cli({u"export"_s, u"lab"_s, u"--out"_s, exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"baseUrl"_s).toString(),
                 u"https://lp.example.net/tenantui"_s);

        QCOMPARE(cli({u"remove"_s, u"lab"_s}).exitCode, 0);
        QCOMPARE(cli({u"list"_s}).out, u"lab copy\n"_s);
        QCOMPARE(cli({u"show"_s, u"lab"_s}).exitCode, 2);
    }

    void refusesBadProfiles()
    {
        const Run secret =
            cli({u"import"_s, QStringLiteral(OCNUMBERS_TEST_DATA "/profiles/with-secret.json")});
        QCOMPARE(secret.exitCode, 3);
        QVERIFY(secret.err.contains(u"never holds secrets"_s));
        QVERIFY(!secret.err.contains(u"s3cret"_s));

        const Run http = cli({u"import"_s, QStringLiteral(OCNUMBERS_TEST_DATA "/profiles/plain-http.json")});
        QCOMPARE(http.exitCode, 3);
        QVERIFY(http.err.contains(u"Plain http is refused"_s));

        const Run notJson = cli({u"import"_s, QStringLiteral(OCNUMBERS_TEST_DATA "/profiles/not-json.txt")});
        QCOMPARE(notJson.exitCode, 3);
        QVERIFY(notJson.err.contains(u"not a profile"_s));
        QCOMPARE(cli({u"import"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 4);
        QCOMPARE(cli({u"frobnicate"_s, u"x"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
