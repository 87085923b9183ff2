#include "client/auth/devicecodetokensource.h"
#include "client/liveplatform/numbersload.h"
#include "client/secrets/memorysecretstore.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/fakeentra.h"
#include "support/testhttp.h"
#include "support/testsandbox.h"
#include "support/tokenwait.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeviceCodeTokenSource final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    TestHttp m_http;
    MemorySecretStore m_secrets;

    std::unique_ptr<DeviceCodeTokenSource> source(SecretStore *secrets)
    {
        const SandboxConfig &c = m_server->config();
        return std::make_unique<DeviceCodeTokenSource>(
            DeviceCodeTokenSource::Settings{m_server->authorityUrl(), c.directory, c.publicClientId,
                                            c.apiScope, u"ocnumbers/sandbox/refresh-token"_s, 10000},
            &m_nam, secrets);
    }
    QString stored()
    {
        QString value;
        m_secrets.read(u"ocnumbers/sandbox/refresh-token"_s,
                       [&](const QString &s, const QString &) { value = s; });
        return value;
    }
    // Starts a sign-in and answers it on the "other device".
    bool signIn(DeviceCodeTokenSource &tokens, const QString &action)
    {
        QSignalSpy code(&tokens, &DeviceCodeTokenSource::userCodeReady);
        tokens.startSignIn();
        if (!code.wait(10000))
            return false;
        QUrl page = code.at(0).at(1).toUrl();
        page.setQuery(u"user_code="_s + code.at(0).at(0).toString() + u"&action="_s + action);
        return m_http.get(page).status == 200;
    }

private slots:
    void init()
    {
        m_server = startTestSandbox(500, [](SandboxConfig &config) {
            if (QByteArray(QTest::currentTestFunction()) == "renewsTheTokenBeforeItExpires")
                config.accessTokenLifetimeSeconds = 8;
        });
        m_secrets.remove(u"ocnumbers/sandbox/refresh-token"_s, [](const QString &) {});
    }
    void cleanup()
    {
        m_server.reset();
        m_nam.clearConnectionCache();
        m_http.forgetConnections();
    }

    void renewsTheTokenBeforeItExpires()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &DeviceCodeTokenSource::signedIn);
        QSignalSpy renewed(tokens.get(), &TokenSource::renewed);
        QVERIFY(signIn(*tokens, u"approve"_s));
        QVERIFY(signedIn.wait(10000));
        const QString first = stored();
        const QDateTime firstExpiry = tokens->expiresAt();
        QVERIFY(renewed.wait(10000));
        QVERIFY(tokens->expiresAt() > firstExpiry);
        QVERIFY(stored() != first);
        tokens->signOut();
        QVERIFY(!renewed.wait(8000));
    }

    void signsInAndLoads()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &DeviceCodeTokenSource::signedIn);
        QVERIFY(signIn(*tokens, u"approve"_s));
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(tokens->identity(), u"Sandbox Support Engineer <support@sandbox.example.net>"_s);
        QVERIFY(!stored().isEmpty());
        QVERIFY(tokens->expiresAt() > QDateTime::currentDateTimeUtc());

        NumbersLoad::Settings settings;
        settings.baseUrl = m_server->baseUrl();
        settings.tenantId = m_server->data().tenants().at(1).id;
        NumbersLoad load(settings, &m_nam, tokens.get());
        QSignalSpy finished(&load, &NumbersLoad::finished);
        load.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).value<LoadError>().isError());
    }

    void refreshTokensRotateAndSignInSilently()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &DeviceCodeTokenSource::signedIn);
        QVERIFY(signIn(*tokens, u"approve"_s));
        QVERIFY(signedIn.wait(10000));
        const QString first = stored();
        const auto [refreshed, error] = tokenFrom(*tokens, true);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const QString second = stored();
        QVERIFY(!second.isEmpty() && second != first);

        // A later run: no code to type, the stored refresh token signs in.
        auto later = source(&m_secrets);
        QSignalSpy codes(later.get(), &DeviceCodeTokenSource::userCodeReady);
        const auto [silent, silentError] = tokenFrom(*later, false);
        QVERIFY2(!silentError.isError(), qPrintable(silentError.message));
        QVERIFY(!silent.isEmpty());
        QCOMPARE(codes.size(), 0);

        // The rotated-away token no longer works; the store forgets it.
        MemorySecretStore old;
        old.write(u"ocnumbers/sandbox/refresh-token"_s, first, [](const QString &) {});
        auto stale = source(&old);
        const auto [none, staleError] = tokenFrom(*stale, false);
        QCOMPARE(staleError.kind, LoadError::Kind::SignIn);
        QVERIFY2(staleError.message.contains(u"Sign in again"_s), qPrintable(staleError.message));
        QString left = u"unset"_s;
        old.read(u"ocnumbers/sandbox/refresh-token"_s, [&](const QString &s, const QString &) { left = s; });
        QCOMPARE(left, QString());
    }

    void declinedAndMissingSignIns()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy failed(tokens.get(), &DeviceCodeTokenSource::signInFailed);
        QVERIFY(signIn(*tokens, u"deny"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).value<LoadError>().message.contains(u"declined"_s));

        const auto [token, error] = tokenFrom(*tokens, false);
        QCOMPARE(error.kind, LoadError::Kind::SignIn);
        QVERIFY(error.message.contains(u"Not signed in"_s));
    }

    void cancelledSignInsStayCancelled()
    {
        auto tokens = source(&m_secrets);
        QSignalSpy signedIn(tokens.get(), &DeviceCodeTokenSource::signedIn);
        QSignalSpy code(tokens.get(), &DeviceCodeTokenSource::userCodeReady);
        tokens->startSignIn();
        QVERIFY(code.wait(10000));
        tokens->cancelSignIn();
        QUrl page = code.at(0).at(1).toUrl();
        page.setQuery(u"user_code="_s + code.at(0).at(0).toString() + u"&action=approve"_s);
        QCOMPARE(m_http.get(page).status, 200);
        QTest::qWait(1500);
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(stored().isEmpty());
    }

    void aTokenReplyWithoutATokenIsAnError_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no access_token")
            << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":3600}") << u"no access_token"_s;
        QTest::newRow("no expires_in")
            << QByteArray("{\"token_type\":\"Bearer\",\"access_token\":\"abc.def.ghi\"}") << u"expires_in"_s;
        QTest::newRow("not a bearer token")
            << QByteArray("{\"token_type\":\"mac\",\"access_token\":\"abc\",\"expires_in\":3600}")
            << u"bearer"_s;
        QTest::newRow("not JSON") << QByteArray("{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.")
                                  << u"not a JSON object"_s;
    }
    void aTokenReplyWithoutATokenIsAnError()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, problem);
        FakeEntra entra;
        entra.tokenReply = reply;
        DeviceCodeTokenSource tokens({entra.authority(), u"organizations"_s,
                                      m_server->config().publicClientId, m_server->config().apiScope,
                                      u"ocnumbers/fake/refresh-token"_s, 10000},
                                     &m_nam, &m_secrets);
        QSignalSpy failed(&tokens, &DeviceCodeTokenSource::signInFailed);
        QSignalSpy signedIn(&tokens, &DeviceCodeTokenSource::signedIn);
        tokens.startSignIn();
        QVERIFY(failed.wait(10000));
        QCOMPARE(signedIn.size(), 0);
        const QString message = failed.at(0).at(0).value<LoadError>().message;
        QVERIFY2(message.contains(problem) && message.contains(u"usable token"_s), qPrintable(message));
        QVERIFY(!message.contains(u"eyJ"_s));
        QCOMPARE(entra.tokenRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCodeTokenSource)
#include "tst_devicecodetokensource.moc"
