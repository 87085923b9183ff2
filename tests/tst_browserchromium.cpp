#include "client/auth/browsertokensource.h"
#include "client/secrets/memorysecretstore.h"
#include "sandbox/sandboxserver.h"
#include "support/tokenwait.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The browser sign-in through a real browser: headless Chromium opens the authorize URL, the sandbox
// approves at once and redirects it to the loopback port, where Qt NetworkAuth's handler takes the code.
class TestBrowserChromium final : public QObject {
    Q_OBJECT

    QString m_chromium;

private slots:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (m_chromium.isEmpty())
            QFAIL("chromium is not installed; ./test.sh installs it (Debian package chromium).");
    }

    void signsInThroughHeadlessChromium()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        BrowserTokenSource tokens({server.authorityUrl(), config.directory, config.publicClientId,
                                   config.apiScope, u"ocnumbers/sandbox/refresh-token"_s, 60000},
                                  &nam, &secrets);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcess chromium;
        chromium.setProcessChannelMode(QProcess::SeparateChannels);
        tokens.setBrowser([&](const QUrl &url) {
            chromium.start(m_chromium,
                           {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s,
                            u"--disable-background-networking"_s, u"--disable-component-update"_s,
                            u"--disable-sync"_s, u"--disable-dev-shm-usage"_s, u"--no-proxy-server"_s,
                            u"--user-data-dir="_s + profile.path(), u"--dump-dom"_s, url.toString()});
            return chromium.waitForStarted(10000);
        });
        QSignalSpy signedIn(&tokens, &BrowserTokenSource::signedIn);
        QSignalSpy failed(&tokens, &BrowserTokenSource::signInFailed);
        tokens.startSignIn();
        QVERIFY(tokens.isListening());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<LoadError>().message));
        QCOMPARE(tokens.identity(), u"Sandbox Support Engineer <support@sandbox.example.net>"_s);
        QVERIFY(!tokens.isListening());

        // The page Chromium ended on: printed by --dump-dom once it loaded.
        QTRY_VERIFY_WITH_TIMEOUT(chromium.state() == QProcess::NotRunning, 30000);
        const QByteArray page = chromium.readAllStandardOutput();
        QVERIFY2(page.contains("Sign-in received") && page.contains("close this tab"),
                 QByteArray(page + chromium.readAllStandardError().right(2000)).constData());

        const auto [token, error] = tokenFrom(tokens, false);
        QVERIFY(!error.isError() && !token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowserChromium)
#include "tst_browserchromium.moc"
