#include "core/logprotection.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What reaches the handler that was there before LogProtection::install() (stderr, in an application).
QStringList reached;
void recordingHandler(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    reached.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + text);
}

const QString Jwt = u"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ."
                    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"_s;

} // namespace

class TestLogProtection final : public QObject {
    Q_OBJECT

private slots:
    void redactsWhatLooksSecret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("JWT") << u"Received data is not a JSON object: {\"access_token\":\"%1\""_s.arg(Jwt)
                             << Jwt.left(40);
        QTest::newRow("JWT cut short") << u"token %1"_s.arg(Jwt.left(30)) << Jwt.left(30);
        QTest::newRow("bearer header")
            << u"Authorization: Bearer abcdefgh12345678"_s << u"abcdefgh12345678"_s;
        QTest::newRow("callback URL")
            << u"Invalid request: /callback?code=0.AXEAcodecode&state=Zm9vYmFy"_s << u"0.AXEAcodecode"_s;
        QTest::newRow("callback state")
            << u"Invalid request: /callback?code=x&state=Zm9vYmFyYmF6"_s << u"Zm9vYmFyYmF6"_s;
        QTest::newRow("form body")
            << u"client_id=abc&client_secret=s3cr3t~value&grant_type=client_credentials"_s
            << u"s3cr3t~value"_s;
        QTest::newRow("JSON refresh token") << u"{\"refresh_token\": \"1.AXEAshort\"}"_s << u"1.AXEAshort"_s;
        QTest::newRow("opaque refresh token")
            << u"refreshing with 0.AXEA4P2mG7aB9kL1xQ3zR8tY5uW6vE0iO2pS4dF6gH8jK0lZ"_s
            << u"0.AXEA4P2mG7aB9kL1xQ3zR8tY5uW6vE0iO2pS4dF6gH8jK0lZ"_s;
    }
    void redactsWhatLooksSecret()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString safe = LogProtection::redact(text);
        QVERIFY2(!safe.contains(secret), qPrintable(safe));
        QVERIFY2(safe.contains(u"[redacted]"_s), qPrintable(safe));
    }

    void leavesOrdinaryTextAlone()
    {
        for (const QString &text :
             {u"Loading tenant f94238e5-4f2c-4e1b-8125-2d27122ca75f from lp.example.net: 3,000 numbers"_s,
              u"GET /tenantui/api/v2/oc/numbers 200 token#1a2b3c4d"_s,
              u"HTTP status code 502 from the server"_s,
              u"/home/support/Documents/exports/contoso-numbers-2026-11-30.csv written"_s})
            QCOMPARE(LogProtection::redact(text), text);
    }

    void redactsKnownSecretsVerbatim()
    {
        LogProtection::addKnownSecret(u"my client secret"_s);
        QCOMPARE(LogProtection::redact(u"wrong: my client secret!"_s), u"wrong: [redacted]!"_s);
    }

    void silencesQtNetworkAuthAndRedactsTheRest()
    {
        const QtMessageHandler testHandler = qInstallMessageHandler(recordingHandler);
        LogProtection::install();
        QLoggingCategory::setFilterRules(u"qt.networkauth*=true\nocnumbers.*=true"_s);
        const QLoggingCategory networkAuth("qt.networkauth.replyhandler");
        const QLoggingCategory application("ocnumbers.auth");
        reached.clear();
        qCWarning(networkAuth, "Received data is not a JSON object: %s", qPrintable(Jwt));
        qCDebug(networkAuth, "Generated URL: http://127.0.0.1:1/callback?code=abc&state=def");
        qCWarning(application).noquote() << "token reply was" << Jwt;
        qInstallMessageHandler(testHandler);
        QCOMPARE(reached.size(), 1);
        QVERIFY2(reached.at(0).startsWith(u"ocnumbers.auth: token reply was [redacted]"_s),
                 qPrintable(reached.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestLogProtection)
#include "tst_logprotection.moc"
