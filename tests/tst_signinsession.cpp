#include "client/auth/signinsession.h"
#include "client/auth/tokensource.h"
#include "client/secrets/memorysecretstore.h"
#include "gui/demoenvironment.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxprofile.h"
#include "support/testhttp.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's sign-in logic against the sandbox: which sign-in a profile gets, silent reuse of a stored
// sign-in, falling back to an interactive one when Entra refuses it, device codes, cancel and sign-out.
class TestSignInSession final : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_nam;

    static QString stored(MemorySecretStore &secrets, const QString &key)
    {
        QString value;
        secrets.read(key, [&](const QString &s, const QString &) { value = s; });
        return value;
    }
    static void waitForState(SignInSession &session, SignInSession::State state)
    {
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), state, 15000);
    }

private slots:
    void appRegistrationUsesTheStoredSecret()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 10;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const ConnectionProfile profile = sandboxProfile(server, u"lp"_s);
        MemorySecretStore secrets;
        SignInSession session(&m_nam);
        session.setProfile(profile, &secrets);
        QSignalSpy failed(&session, &SignInSession::signInFailed);
        session.signIn(true);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).value<LoadError>().message.contains(
                     u"No client secret is stored for \"lp\""_s),
                 qPrintable(failed.at(0).at(0).value<LoadError>().message));
        QCOMPARE(session.state(), SignInSession::State::SignedOut);
        QVERIFY(!session.tokens());

        secrets.write(profile.secretKey(), config.appClientSecret, [](const QString &) {});
        session.signIn(false);
        waitForState(session, SignInSession::State::SignedIn);
        QVERIFY(session.identity().contains(config.appClientId));
        QVERIFY(session.tokens());
        QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
    }

    void aMissingSecretIsAskedForOnceARun()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 10;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const ConnectionProfile profile = sandboxProfile(server, u"lp"_s);
        MemorySecretStore secrets;
        SignInSession session(&m_nam);
        session.setProfile(profile, &secrets);
        QSignalSpy asked(&session, &SignInSession::secretNeeded);
        QSignalSpy failed(&session, &SignInSession::signInFailed);

        session.signIn(false); // at start: nobody asked to sign in, so nothing is asked or reported
        QCOMPARE(session.state(), SignInSession::State::SignedOut);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(failed.size(), 0);

        session.signIn(true);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY(asked.at(0).at(1).toBool()); // a keychain answered: the secret may be kept there
        QVERIFY(session.isWaitingForSecret());
        session.cancelSignIn();
        QCOMPARE(failed.size(), 1);
        const LoadError cancelled = failed.at(0).at(0).value<LoadError>();
        QCOMPARE(cancelled.kind, LoadError::Kind::Cancelled);
        QCOMPARE(cancelled.message, u"Not signed in: no client secret was entered for \"lp\"."_s);

        session.signIn(true);
        QTRY_COMPARE(asked.size(), 2);
        session.provideSecret(config.appClientSecret, false);
        waitForState(session, SignInSession::State::SignedIn);
        QCOMPARE(stored(secrets, profile.secretKey()), QString()); // not kept: the box was not ticked

        session.setProfile(profile, &secrets); // chosen again later in the run
        session.signIn(true);
        waitForState(session, SignInSession::State::SignedIn);
        QCOMPARE(asked.size(), 2);

        session.signOut(); // forgets the typed secret too
        session.signIn(true);
        QTRY_COMPARE(asked.size(), 3);
        session.provideSecret(config.appClientSecret, true);
        waitForState(session, SignInSession::State::SignedIn);
        QCOMPARE(stored(secrets, profile.secretKey()), config.appClientSecret);
    }

    void browserSignInIsReusedSilentlyAndRedoneWhenRefused()
    {
        DemoEnvironment demo(50);
        QSignalSpy started(&demo, &DemoEnvironment::started);
        demo.start();
        QVERIFY(started.wait(10000));
        QCOMPARE(started.at(0).at(0).toString(), QString());
        const ConnectionProfile profile = demo.profile();
        MemorySecretStore secrets;
        int browserOpened = 0;
        const auto browser = [&](const QUrl &url) {
            ++browserOpened;
            return demo.openInProcess(url);
        };
        {
            SignInSession session(&m_nam);
            session.setBrowser(browser);
            session.setProfile(profile, &secrets);
            QSignalSpy failed(&session, &SignInSession::signInFailed);
            session.signIn(false); // at start: nothing stored, so nothing happens and nothing is reported
            QTest::qWait(200);
            QCOMPARE(session.state(), SignInSession::State::SignedOut);
            QCOMPARE(browserOpened, 0);
            QVERIFY(failed.isEmpty());
            session.signIn(true);
            waitForState(session, SignInSession::State::SignedIn);
            QCOMPARE(browserOpened, 1);
            QCOMPARE(session.identity(), u"Sandbox Support Engineer <support@sandbox.example.net>"_s);
            QVERIFY(!stored(secrets, profile.refreshTokenKey()).isEmpty());
        }
        {
            SignInSession later(&m_nam); // the next start: silent, with the stored refresh token
            later.setBrowser(browser);
            later.setProfile(profile, &secrets);
            later.signIn(false);
            waitForState(later, SignInSession::State::SignedIn);
            QCOMPARE(browserOpened, 1);
        }
        {
            secrets.write(profile.refreshTokenKey(), u"revoked-or-expired"_s, [](const QString &) {});
            SignInSession refused(&m_nam);
            refused.setBrowser(browser);
            refused.setProfile(profile, &secrets);
            QSignalSpy notice(&refused, &SignInSession::notice);
            QSignalSpy failed(&refused, &SignInSession::signInFailed);
            QSignalSpy states(&refused, &SignInSession::stateChanged);
            refused.signIn(true);
            waitForState(refused, SignInSession::State::SignedIn);
            QVERIFY(
                failed.isEmpty()); // a refused saved sign-in is not a failed sign-in: the browser takes over
            QCOMPARE(states.size(), 2); // SigningIn, then SignedIn: never signed out in between
            QCOMPARE(notice.size(), 1); // says why the browser opened
            QVERIFY(notice.at(0).at(0).toString().contains(u"no longer valid"_s));
            QCOMPARE(browserOpened, 2);

            refused.signOut();
            QCOMPARE(refused.state(), SignInSession::State::SignedOut);
            QVERIFY(stored(secrets, profile.refreshTokenKey()).isEmpty());
            QVERIFY(!refused.tokens());
        }
    }

    void deviceCodeSignInAndCancel()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 10;
        config.deviceCodeIntervalSeconds = 1;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const ConnectionProfile profile =
            sandboxProfile(server, u"device"_s, ConnectionProfile::SignIn::DeviceCode);
        MemorySecretStore secrets;
        SignInSession session(&m_nam);
        session.setProfile(profile, &secrets);
        QSignalSpy code(&session, &SignInSession::userCodeReady);
        session.signIn(true);
        QVERIFY(code.wait(5000));
        QCOMPARE(session.state(), SignInSession::State::SigningIn);
        QSignalSpy failed(&session, &SignInSession::signInFailed);
        session.cancelSignIn();
        QCOMPARE(session.state(), SignInSession::State::SignedOut);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<LoadError>().kind, LoadError::Kind::Cancelled);

        code.clear();
        session.signIn(true);
        QVERIFY(code.wait(5000));
        QUrl page = code.at(0).at(1).toUrl();
        page.setQuery(u"user_code="_s + code.at(0).at(0).toString() + u"&action=approve"_s);
        TestHttp http;
        QCOMPARE(http.get(page).status, 200);
        waitForState(session, SignInSession::State::SignedIn);
        QVERIFY(session.identity().contains(u"Sandbox Support Engineer"_s));
    }
};

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
