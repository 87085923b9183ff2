#include "client/profiles/profilestore.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/fakeentra.h"
#include "support/testhttp.h"
#include "support/testsandbox.h"
#include "support/xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFetchCommand final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    // The sandbox runs in this process, so the event loop must turn while the tool runs.
    Run fetch(const QStringList &extra, const QByteArray &secret = "sandbox~secret.not-a-real-credential",
              bool secretOnStdin = false)
    {
        const SandboxConfig &c = m_server->config();
        QStringList arguments{u"fetch"_s,
                              u"--base-url"_s,
                              m_server->baseUrl().toString(),
                              u"--authority"_s,
                              m_server->authorityUrl().toString(),
                              u"--directory"_s,
                              c.directory,
                              u"--client-id"_s,
                              c.appClientId,
                              u"--quiet"_s};
        arguments += extra;
        if (secretOnStdin)
            arguments += u"--client-secret-stdin"_s;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"OCNUMBERS_CLIENT_SECRET"_s);
        if (!secretOnStdin && !secret.isEmpty())
            environment.insert(u"OCNUMBERS_CLIENT_SECRET"_s, QString::fromLatin1(secret));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OCNUMBERS_CLI), arguments);
        if (secretOnStdin)
            process.write(secret + "\n");
        process.closeWriteChannel();
        if (!finished.wait(60000))
            qFatal("ocnumbers-cli fetch did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString tenant(int i) const { return m_server->data().tenants().at(i).id; }

private slots:
    void init() { m_server = startTestSandbox(2000); }
    void cleanup() { m_server.reset(); }

    void fetchesTheV2ListToCsv()
    {
        const QString out = m_dir.filePath(u"v2.csv"_s);
        const Run run =
            fetch({u"--tenant"_s, tenant(1), u"--out"_s, out, u"--columns"_s, u"telephoneNumber"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'),
                 qsizetype(m_server->data().size(m_server->data().tenants().at(1)) + 1));
    }

    void fetchesToAnXlsxWorkbook()
    {
        const QString out = m_dir.filePath(u"v2.xlsx"_s);
        const Run run = fetch(
            {u"--tenant"_s, tenant(1), u"--out"_s, out, u"--columns"_s, u"telephoneNumber,whenCreated"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject book = readXlsx(out);
        const QJsonArray rows = book.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), qsizetype(m_server->data().size(m_server->data().tenants().at(1)) + 1));
        for (qsizetype row = 1; row < rows.size(); ++row) {
            const QJsonArray number = xlsxCell(book, int(row), 0);
            QCOMPARE(number.at(0).toString(), u"s"_s);
            QVERIFY2(number.at(1).toString().startsWith(u'+'), qPrintable(number.at(1).toString()));
            QCOMPARE(xlsxCell(book, int(row), 1).at(0).toString(), u"d"_s);
        }
    }

    void fetchesV3PagesWithAServerSideStatusFilter()
    {
        const Run run =
            fetch({u"--tenant"_s, tenant(3), u"--api"_s, u"v3"_s, u"--page-size"_s, u"100"_s, u"--status"_s,
                   u"Marked For Removal"_s, u"--out"_s, u"-"_s, u"--format"_s, u"json"_s},
                  "sandbox~secret.not-a-real-credential", true);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray numbers = QJsonDocument::fromJson(run.out).array();
        QVERIFY(numbers.size() > 10);
        for (const QJsonValue &n : numbers)
            QCOMPARE(n.toObject().value(u"acquiredNumberStatus"_s).toInt(), 2);
    }

    void exitCodesTellWhatFailed()
    {
        const QString out = m_dir.filePath(u"failed.csv"_s);
        const QStringList base{u"--tenant"_s, tenant(1), u"--out"_s, out};

        Run run = fetch(base, "not-the-secret");
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(u"client secret is wrong"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"not-the-secret"_s));

        run = fetch(base + QStringList{u"--channel"_s,
                                       QString::number(m_server->data().tenants().at(1).channelId % 3 + 1)});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains(u"not allowed"_s));

        QCOMPARE(m_server->faults().add(u"numbers-v2:500"_s), QString());
        run = fetch(base);
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains(u"HTTP 500"_s));
        m_server->faults().clear();

        QCOMPARE(m_server->faults().add(u"numbers-v2:malformed"_s), QString());
        QCOMPARE(fetch(base).exitCode, 3);
        m_server->faults().clear();
        QVERIFY(!QFile::exists(out)); // no failure left a file behind
    }

    void looksUpOneNumber()
    {
        const Run run =
            fetch({u"--number"_s, u"+61397508869"_s, u"--out"_s, u"-"_s, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            QJsonDocument::fromJson(run.out).array().at(0).toObject().value(u"telephoneNumber"_s).toString(),
            u"+61397508869"_s);
        QCOMPARE(fetch({u"--number"_s, u"+10000000000"_s, u"--out"_s, u"-"_s}).exitCode, 6);
    }

    void signsInWithADeviceCode()
    {
        const SandboxConfig &c = m_server->config();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"OCNUMBERS_CLIENT_SECRET"_s);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OCNUMBERS_CLI),
                      {u"fetch"_s, u"--device-code"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                       u"--authority"_s, m_server->authorityUrl().toString(), u"--directory"_s, c.directory,
                       u"--client-id"_s, c.publicClientId, u"--tenant"_s, tenant(1), u"--out"_s, u"-"_s,
                       u"--columns"_s, u"telephoneNumber"_s, u"--header"_s, u"none"_s});
        // The user reads the code on the terminal and types it on another device.
        QByteArray err;
        const QRegularExpression code(u"open the page (\\S+) and enter the code (\\S+) "_s);
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError(),
                                  match = code.match(QString::fromUtf8(err)), match.hasMatch()),
                                 20000);
        QUrl page(match.captured(1));
        page.setQuery(u"user_code="_s + match.captured(2) + u"&action=approve"_s);
        TestHttp http;
        QCOMPARE(http.get(page).status, 200);
        QVERIFY(finished.wait(60000));
        err += process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY(err.contains("Signed in as Sandbox Support Engineer"));
        QCOMPARE(process.readAllStandardOutput().count('\n'),
                 qsizetype(m_server->data().size(m_server->data().tenants().at(1))));
    }

    void aDeviceCodeSignInWithoutATokenEnds()
    {
        // Entra answers the polling with 200 but no access_token: an error, not a wait for ever.
        FakeEntra entra;
        entra.tokenReply = "{\"token_type\":\"Bearer\",\"expires_in\":3600}";
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OCNUMBERS_CLI),
                      {u"fetch"_s, u"--device-code"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                       u"--authority"_s, entra.authority().toString(), u"--directory"_s, u"organizations"_s,
                       u"--client-id"_s, m_server->config().publicClientId, u"--tenant"_s, tenant(1),
                       u"--out"_s, u"-"_s});
        QVERIFY(finished.wait(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 5); // sign-in failed
        QVERIFY2(err.contains(u"no access_token"_s), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void usesASavedProfile()
    {
        const QString file = m_dir.filePath(u"profiles.ini"_s);
        ConnectionProfile profile;
        profile.name = u"sandbox"_s;
        profile.baseUrl = m_server->baseUrl();
        profile.authority = m_server->authorityUrl();
        profile.directory = m_server->config().directory;
        profile.clientId = m_server->config().appClientId;
        profile.paged = true;
        profile.pageSize = 250;
        ProfileStore(file).save(profile);
        qputenv("OCNUMBERS_PROFILES_FILE", file.toUtf8());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OCNUMBERS_CLIENT_SECRET"_s, m_server->config().appClientSecret);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OCNUMBERS_CLI),
                      {u"fetch"_s, u"--profile"_s, u"sandbox"_s, u"--tenant"_s, tenant(2), u"--out"_s, u"-"_s,
                       u"--columns"_s, u"telephoneNumber"_s, u"--header"_s, u"none"_s});
        QVERIFY(finished.wait(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput().count('\n'),
                 qsizetype(m_server->data().size(m_server->data().tenants().at(2))));

        process.start(QStringLiteral(OCNUMBERS_CLI),
                      {u"fetch"_s, u"--profile"_s, u"nope"_s, u"--tenant"_s, tenant(2), u"--out"_s, u"-"_s});
        QVERIFY(finished.wait(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("profiles: sandbox"));
        qunsetenv("OCNUMBERS_PROFILES_FILE");
    }

    void badUsageExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tenant") << QStringList{u"--out"_s, u"-"_s} << QByteArray("x")
                                   << u"give either --tenant"_s;
        QTest::newRow("tenant not a GUID") << QStringList{u"--tenant"_s, u"contoso"_s, u"--out"_s, u"-"_s}
                                           << QByteArray("x") << u"must be a GUID"_s;
        QTest::newRow("no secret") << QStringList{u"--tenant"_s, u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s,
                                                  u"--out"_s, u"-"_s}
                                   << QByteArray() << u"no client secret"_s;
        QTest::newRow("status without v3")
            << QStringList{u"--tenant"_s, u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s,
                           u"--status"_s, u"Active"_s,
                           u"--out"_s,    u"-"_s}
            << QByteArray("x") << u"--status needs --api v3"_s;
        QTest::newRow("plain http elsewhere")
            << QStringList{u"--tenant"_s,   u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s, u"--out"_s, u"-"_s,
                           u"--base-url"_s, u"http://lp.example.net/tenantui"_s}
            << QByteArray("x") << u"Plain http is refused"_s;
    }
    void badUsageExitsWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, secret);
        QFETCH(QString, message);
        const Run run = fetch(arguments, secret);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetchcommand.moc"
