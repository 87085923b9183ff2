#include "core/numberparser.h"
#include "core/numberstore.h"
#include "support/testhttp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxExecutable final : public QObject {
    Q_OBJECT

private slots:
    void startsPrintsItsAddressesAndServes()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(OCNUMBERS_SANDBOX),
                      {u"--numbers"_s, u"700"_s, u"--tenants"_s, u"2"_s, u"--ids"_s, u"many"_s, u"--cache"_s,
                       u"--verbose"_s});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += sandbox.readAllStandardOutput()).contains("Tenants"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((out += sandbox.readAllStandardOutput()).count('\n') >= 9, 5000);
        const QString text = QString::fromUtf8(out);
        const auto base =
            QRegularExpression(u"Live Platform base URL: (http://127\\.0\\.0\\.1:\\d+/tenantui)"_s)
                .match(text);
        const auto authority =
            QRegularExpression(u"Entra authority: +(http://127\\.0\\.0\\.1:\\d+)"_s).match(text);
        QVERIFY2(base.hasMatch() && authority.hasMatch(), out.constData());
        const auto secret = QRegularExpression(u"client id (\\S+), secret (\\S+)"_s).match(text);
        const auto directory = QRegularExpression(u"Directory \\(tenant\\) id: +(\\S+)"_s).match(text);
        const auto tenant = QRegularExpression(u"\\n  (\\S+)  1  (\\d+)  Contoso"_s).match(text);
        QVERIFY(secret.hasMatch() && directory.hasMatch() && tenant.hasMatch());

        TestHttp http;
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, secret.captured(1));
        form.addQueryItem(u"client_secret"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(secret.captured(2))));
        form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                          u"api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default"_s)));
        const TestResponse token = http.postForm(
            QUrl(authority.captured(1) + u'/' + directory.captured(1) + u"/oauth2/v2.0/token"_s), form);
        QCOMPARE(token.status, 200);
        const QByteArray accessToken = token.json().value(u"access_token"_s).toString().toLatin1();
        const TestResponse list =
            http.get(QUrl(base.captured(1) + u"/api/v2/oc/numbers?msTenantId="_s + tenant.captured(1)),
                     {{"Authorization", "Bearer " + accessToken}});
        QCOMPARE(list.status, 200);
        NumberStore store;
        QVERIFY(NumberParser::parse(list.body, store).ok());
        QCOMPARE(QString::number(store.size()), tenant.captured(2));
        // --ids many: the last number's upload job is its own.
        const qsizetype lastJob = list.body.lastIndexOf("\"tnUploadJobId\": \"") + 18;
        QCOMPARE(list.body.count(list.body.mid(lastJob, 36)), qsizetype(1));
        // --cache: asked again, the kept list answers with the same bytes.
        QCOMPARE(http.get(QUrl(base.captured(1) + u"/api/v2/oc/numbers?msTenantId="_s + tenant.captured(1)),
                          {{"Authorization", "Bearer " + accessToken}})
                     .body,
                 list.body);

        // One log line per request, and never the token itself.
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        const QByteArray log = sandbox.readAllStandardError();
        QVERIFY2(log.contains("GET /tenantui/api/v2/oc/numbers 200 token#"), log.constData());
        QVERIFY(!log.contains(accessToken));
        QVERIFY(!log.contains(accessToken.left(40)));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("faults") << QStringList{u"--faults"_s, u"numbers-v2:teapot"_s}
                                << u"unknown fault \"teapot\""_s;
        QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"--port must be a whole number"_s;
        QTest::newRow("tenants") << QStringList{u"--tenants"_s, u"0"_s} << u"--tenants must be"_s;
        QTest::newRow("ids") << QStringList{u"--ids"_s, u"lots"_s} << u"--ids must be few or many"_s;
    }
    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess sandbox;
        sandbox.start(QStringLiteral(OCNUMBERS_SANDBOX), arguments);
        QVERIFY(sandbox.waitForFinished(20000));
        QCOMPARE(sandbox.exitCode(), 2);
        const QString err = QString::fromUtf8(sandbox.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
