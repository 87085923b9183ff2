// The real ocnumbers window signs in to its demo server through the browser flow while the token
// endpoint misbehaves, with Qt NetworkAuth's own logging switched on: the sign-in fails at once with a
// reason, and nothing the process prints holds a token, an authorization code or a secret.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowLogs final : public QObject {
    Q_OBJECT

private slots:
    void noSecretReachesStderr_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << u"token:malformed"_s << u"usable token"_s;
        QTest::newRow("truncated") << u"token:truncate"_s << u"127.0.0.1"_s;
        QTest::newRow("reset") << u"token:reset"_s << u"127.0.0.1"_s;
    }
    void noSecretReachesStderr()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"qt.networkauth*=true;ocnumbers.*=true"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path());
        environment.insert(u"OCNUMBERS_PROFILES_FILE"_s, home.filePath(u"profiles.ini"_s));
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(OCNUMBERS_APP),
                     {u"--demo"_s, u"--demo-numbers"_s, u"500"_s, u"--demo-faults"_s, fault});
        QVERIFY(window.waitForStarted(10000));
        QByteArray err;
        // The failure is reported in the log as the window shows it; the sign-in's own time-out is minutes.
        QTRY_VERIFY_WITH_TIMEOUT((err += window.readAllStandardError(), err.contains("failed:")), 60000);
        window.kill();
        window.waitForFinished(10000);
        err += window.readAllStandardError() + window.readAllStandardOutput();
        const QString text = QString::fromUtf8(err);
        const QString failure = text.section(u"failed:"_s, 1).section(u'\n', 0, 0);
        QVERIFY2(failure.contains(reason), qPrintable(text));
        QVERIFY2(!text.contains(u"qt.networkauth"_s), qPrintable(text));
        static const QRegularExpression secret(u"eyJ[A-Za-z0-9_-]{8,}|(access_token|refresh_token|id_token|"
                                               u"code|state|code_verifier)(=|\\\"\\s*:\\s*\\\")"
                                               "(?!\\[redacted\\])"_s);
        const QRegularExpressionMatch found = secret.match(text);
        QVERIFY2(!found.hasMatch(), qPrintable(u"found "_s + found.captured() + u" in:\n"_s + text));
    }
};

QTEST_GUILESS_MAIN(TestWindowLogs)
#include "tst_windowlogs.moc"
