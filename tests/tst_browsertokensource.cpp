#include "client/auth/browsertokensource.h"
#include "client/secrets/memorysecretstore.h"
#include "sandbox/sandboxserver.h"
#include "support/foreignhost.h"
#include "support/testhttp.h"
#include "support/testsandbox.h"
#include "support/tokenwait.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBrowserTokenSource final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    TestHttp m_browserHttp;
    MemorySecretStore m_secrets;
    QByteArray m_lastPage; // what the browser showed at the end
    QList<QByteArray> m_forgedPages;
    bool m_sendGarbageFirst = false;
    QString m_codeOverride;         // "-": the callback comes without a code
    QList<QUrlQuery> m_forgedFirst; // answers someone else sends to the loopback port before the real one

    std::unique_ptr<BrowserTokenSource> source(SecretStore *secrets, int signInTimeoutMs = 10000)
    {
        const SandboxConfig &c = m_server->config();
        auto tokens = std::make_unique<BrowserTokenSource>(
            BrowserTokenSource::Settings{m_server->authorityUrl(), c.directory, c.publicClientId, c.apiScope,
                                         u"ocnumbers/sandbox/refresh-token"_s, signInTimeoutMs},
            &m_nam, secrets);
        // The "browser": follows the authorize URL to the sandbox, then its redirect to the loopback port.
        tokens->setBrowser([this](const QUrl &url) {
            QTimer::singleShot(0, this, [this, url] {
                const TestResponse page = m_browserHttp.get(url);
                QUrl callback = QUrl::fromEncoded(page.header("Location"));
                if (!m_codeOverride.isEmpty()) {
                    QUrlQuery query(callback);
                    query.removeAllQueryItems(u"code"_s);
                    if (m_codeOverride != u"-"_s)
                        query.addQueryItem(u"code"_s, m_codeOverride);
                    callback.setQuery(query);
                }
                for (const QUrlQuery &forged : std::as_const(m_forgedFirst)) {
                    QUrl other = callback;
                    other.setQuery(forged);
                    m_forgedPages.append(m_browserHttp.get(other).body);
                }
                if (m_sendGarbageFirst) {
                    QTcpSocket garbage;
                    garbage.connectToHost(callback.host(), quint16(callback.port()));
                    if (garbage.waitForConnected(2000)) {
                        garbage.write(QByteArray("GET FOFOFO HTTP 1/1\r\n\0\xff\xfe\r\n\r\n", 28));
                        garbage.waitForBytesWritten(2000);
                        QTest::qWait(50);
                    }
                }
                m_lastPage = m_browserHttp.get(callback).body;
            });
            return true;
        });
        return tokens;
    }
    QString stored(MemorySecretStore &store)
    {
        QString value;
        store.read(u"ocnumbers/sandbox/refresh-token"_s,
                   [&](const QString &s, const QString &) { value = s; });
        return value;
    }
    void restart(bool denyConsent, int tokenLifetimeSeconds = 3900)
    {
        m_server = startTestSandbox(200, [&](SandboxConfig &config) {
            config.accessTokenLifetimeSeconds = tokenLifetimeSeconds;
            config.denyConsent = denyConsent;
        });
        m_nam.clearConnectionCache();
        m_browserHttp.forgetConnections();
    }

private slots:
    void init()
    {
        restart(false);
        m_sendGarbageFirst = false;
        m_codeOverride.clear();
        m_forgedFirst.clear();
        m_forgedPages.clear();
        m_lastPage.clear();
        m_secrets.remove(u"ocnumbers/sandbox/refresh-token"_s, [](const QString &) {});
    }

    void signsInWithPkceThroughTheLoopbackPort()
    {
        m_sendGarbageFirst = true; // garbage on the port must not break the flow
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &BrowserTokenSource::signedIn);
        QSignalSpy url(tokens.get(), &BrowserTokenSource::authorizationUrlReady);
        tokens->startSignIn();
        QVERIFY(tokens->isListening());
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(tokens->identity(), u"Sandbox Support Engineer <support@sandbox.example.net>"_s);
        QVERIFY(!tokens->isListening()); // closed right after
        const QUrlQuery query(url.at(0).at(0).toUrl());
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"offline_access"_s));
        QVERIFY(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host() == u"127.0.0.1"_s);
        const auto [token, error] = tokenFrom(*tokens, false);
        QVERIFY(!error.isError() && !token.isEmpty());
        QVERIFY(!stored(m_secrets).isEmpty());
        // The page is written before the token arrives: it promises nothing the window has not seen.
        QVERIFY2(m_lastPage.contains("Sign-in received") && m_lastPage.contains("close this tab"),
                 m_lastPage.constData());
    }

    void renewsTheTokenBeforeItExpires()
    {
        restart(false, 8); // renewed 2 s before expiry: a quarter of the lifetime
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &BrowserTokenSource::signedIn);
        QSignalSpy renewed(tokens.get(), &TokenSource::renewed);
        tokens->startSignIn();
        QVERIFY(signedIn.wait(10000));
        const QString first = stored(m_secrets);
        const QDateTime firstExpiry = tokens->expiresAt();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(renewed.wait(10000));
        QVERIFY2(clock.elapsed() > 4000, "renewed far too early");
        QVERIFY(tokens->expiresAt() > firstExpiry);
        QVERIFY(stored(m_secrets) != first); // the rotated refresh token was kept
        QVERIFY(!tokens->isListening());     // renewal never opens the port
        tokens->signOut();
        QVERIFY(!renewed.wait(8000)); // signed out: nothing renews
        QVERIFY(stored(m_secrets).isEmpty());
    }

    void refreshRotatesAndLaterRunsSignInSilently()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &BrowserTokenSource::signedIn);
        tokens->startSignIn();
        QVERIFY(signedIn.wait(10000));
        const QString first = stored(m_secrets);
        const auto [refreshed, error] = tokenFrom(*tokens, true);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(stored(m_secrets) != first);

        auto later = source(&m_secrets);
        const auto [silent, silentError] = tokenFrom(*later, false);
        QVERIFY2(!silentError.isError(), qPrintable(silentError.message));
        QVERIFY(!later->isListening());

        MemorySecretStore old;
        old.write(u"ocnumbers/sandbox/refresh-token"_s, first, [](const QString &) {});
        auto stale = source(&old);
        const auto [none, staleError] = tokenFrom(*stale, false);
        QVERIFY2(staleError.message.contains(u"no longer valid"_s), qPrintable(staleError.message));
    }

    void answersWithoutAUsableCodeEndTheAttempt()
    {
        m_secrets.write(u"ocnumbers/sandbox/refresh-token"_s, u"an earlier sign-in"_s,
                        [](const QString &) {});
        m_codeOverride = u"-"_s;
        auto missing = source(&m_secrets);
        QSignalSpy missingSpy(missing.get(), &BrowserTokenSource::signInFailed);
        missing->startSignIn();
        QVERIFY(missingSpy.wait(10000));
        QVERIFY(
            missingSpy.at(0).at(0).value<LoadError>().message.contains(u"without an authorization code"_s));
        QVERIFY2(m_lastPage.contains("Sign-in failed"), m_lastPage.constData());
        QVERIFY(!missing->isListening());

        // The token endpoint refuses the code with HTTP 400, which Qt 6.4 alone would swallow.
        m_codeOverride = u"a-code-the-sandbox-never-issued"_s;
        auto refused = source(&m_secrets);
        QSignalSpy refusedSpy(refused.get(), &BrowserTokenSource::signInFailed);
        refused->startSignIn();
        QVERIFY(refusedSpy.wait(10000));
        const LoadError error = refusedSpy.at(0).at(0).value<LoadError>();
        QVERIFY2(error.message.contains(u"refused the token request (invalid_grant)"_s),
                 qPrintable(error.message));
        QVERIFY2(error.detail.startsWith(u"AADSTS"_s), qPrintable(error.detail));
        QVERIFY(!refused->isListening());
        QCOMPARE(stored(m_secrets), u"an earlier sign-in"_s); // a refused code says nothing about it

        // Nobody finishes the sign-in in the browser.
        auto abandoned = source(&m_secrets, 300);
        abandoned->setBrowser([](const QUrl &) { return true; });
        QSignalSpy abandonedSpy(abandoned.get(), &BrowserTokenSource::signInFailed);
        abandoned->startSignIn();
        QVERIFY(abandonedSpy.wait(5000));
        QVERIFY(abandonedSpy.at(0).at(0).value<LoadError>().message.contains(u"not finished in time"_s));
        QVERIFY(!abandoned->isListening());
    }

    void answersOfOtherSignInsAreTurnedAway()
    {
        // A forged link that reports an error, one with a wrong state and one without any: each gets an
        // error page, none ends the sign-in, and the real answer that follows signs in.
        QUrlQuery forgedError;
        forgedError.addQueryItem(u"error"_s, u"access_denied"_s);
        forgedError.addQueryItem(u"error_description"_s, u"Your+session+expired%2C+call++1-555-0100"_s);
        QUrlQuery wrongState;
        wrongState.addQueryItem(u"code"_s, u"stolen"_s);
        wrongState.addQueryItem(u"state"_s, u"forged"_s);
        QUrlQuery wrongStateError = forgedError;
        wrongStateError.addQueryItem(u"state"_s, u"forged"_s);
        m_forgedFirst = {forgedError, wrongState, wrongStateError};
        auto tokens = source(&m_secrets);
        QSignalSpy failed(tokens.get(), &BrowserTokenSource::signInFailed);
        QSignalSpy signedIn(tokens.get(), &BrowserTokenSource::signedIn);
        tokens->startSignIn();
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_forgedPages.size(), 3);
        for (const QByteArray &page : std::as_const(m_forgedPages)) {
            QVERIFY2(page.contains("does not belong to the sign-in in progress"), page.constData());
            QVERIFY2(!page.contains("1-555-0100"), page.constData());
        }
    }

    void unusableTokenRepliesEndTheSignInAtOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("not JSON") << u"token:malformed"_s;
        QTest::newRow("cut short") << u"token:truncate"_s;
        QTest::newRow("connection reset") << u"token:reset"_s;
        QTest::newRow("HTML page") << u"token:content-type"_s;
    }
    void unusableTokenRepliesEndTheSignInAtOnce()
    {
        QFETCH(QString, fault);
        QCOMPARE(m_server->faults().add(fault + u":times=1"_s), QString());
        // What Qt and the application log meanwhile, with Qt NetworkAuth's own logging on.
        static QStringList logged;
        static QtMessageHandler previous = nullptr;
        logged.clear();
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                logged.append(QString::fromLatin1(context.category) + u": "_s + text);
                if (previous)
                    previous(type, context, text);
            });
        auto tokens = source(&m_secrets, 120000);
        QSignalSpy failed(tokens.get(), &BrowserTokenSource::signInFailed);
        QSignalSpy signedIn(tokens.get(), &BrowserTokenSource::signedIn);
        tokens->startSignIn();
        QVERIFY(failed.wait(30000)); // long before the sign-in's own time-out
        qInstallMessageHandler(previous);
        QCOMPARE(signedIn.size(), 0);
        const LoadError error = failed.at(0).at(0).value<LoadError>();
        QVERIFY2(error.message.contains(u"127.0.0.1"_s) && !error.message.contains(u"not finished in time"_s),
                 qPrintable(error.message));
        QVERIFY(!error.message.contains(u"eyJ"_s) && !error.message.contains(u"access_token\":"_s));
        QVERIFY(!tokens->isListening());
        QVERIFY(stored(m_secrets).isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(u"eyJ"_s) && !line.contains(u"access_token"_s) &&
                         !line.contains(u"refresh_token"_s),
                     qPrintable(line));
    }

    void tokenRequestsAreNotRedirected()
    {
        ForeignHost other;
        QVERIFY(other.isListening());
        QCOMPARE(m_server->faults().add(u"token:redirect="_s + other.url(u"/token"_s).toString()), QString());
        auto tokens = source(&m_secrets);
        QSignalSpy failed(tokens.get(), &BrowserTokenSource::signInFailed);
        tokens->startSignIn();
        QVERIFY(failed.wait(10000));
        const LoadError error = failed.at(0).at(0).value<LoadError>();
        QCOMPARE(error.kind, LoadError::Kind::Redirected);
        QVERIFY2(error.message.contains(u"307"_s) && error.message.contains(u"127.0.0.2"_s),
                 qPrintable(error.message));
        QTest::qWait(100);
        QCOMPARE(other.connections(), 0);
    }

    void refusesAnAuthorityWithUserInfo()
    {
        const SandboxConfig &c = m_server->config();
        QUrl authority = m_server->authorityUrl();
        authority.setUserName(u"login.microsoftonline.com"_s);
        BrowserTokenSource tokens({authority, c.directory, c.publicClientId, c.apiScope,
                                   u"ocnumbers/sandbox/refresh-token"_s, 10000},
                                  &m_nam, &m_secrets);
        bool opened = false;
        tokens.setBrowser([&](const QUrl &) { return opened = true; });
        QSignalSpy failed(&tokens, &BrowserTokenSource::signInFailed);
        tokens.startSignIn();
        QCOMPARE(failed.size(), 0); // reported after startSignIn() returns
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).value<LoadError>().message.contains(u"user name or password"_s),
                 qPrintable(failed.at(0).at(0).value<LoadError>().message));
        QVERIFY(!opened && !tokens.isListening());
    }

    void failuresEndTheAttempt()
    {
        restart(true);
        auto declined = source(&m_secrets);
        QSignalSpy declinedSpy(declined.get(), &BrowserTokenSource::signInFailed);
        declined->startSignIn();
        QVERIFY(declinedSpy.wait(10000));
        const QString message = declinedSpy.at(0).at(0).value<LoadError>().message;
        QVERIFY2(message.contains(u"declined"_s) && message.contains(u"AADSTS65004: User declined"_s),
                 qPrintable(message));
        QVERIFY2(m_lastPage.contains("Sign-in failed") && m_lastPage.contains("AADSTS65004"),
                 m_lastPage.constData());

        auto cancelled = source(&m_secrets);
        cancelled->setBrowser([](const QUrl &) { return false; }); // nobody answers
        QSignalSpy cancelledSpy(cancelled.get(), &BrowserTokenSource::signInFailed);
        cancelled->startSignIn();
        cancelled->cancelSignIn();
        QCOMPARE(cancelledSpy.size(), 1);
        QCOMPARE(cancelledSpy.at(0).at(0).value<LoadError>().kind, LoadError::Kind::Cancelled);
        QVERIFY(!cancelled->isListening());
        const auto [token, error] = tokenFrom(*cancelled, false);
        QVERIFY(error.message.contains(u"Not signed in"_s));
    }
};

QTEST_GUILESS_MAIN(TestBrowserTokenSource)
#include "tst_browsertokensource.moc"
