#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

private slots:
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
