#include "core/jwt.h"
#include "sandbox/sandboxserver.h"
#include "support/testhttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// RFC 7636 appendix B: this verifier's S256 challenge.
const QByteArray Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const QByteArray Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const QString Redirect = u"http://127.0.0.1:53682/callback"_s;
} // namespace

class TestSandboxIdentity final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    TestHttp m_http;

    QUrl endpoint(const QString &name) const
    {
        return QUrl(m_server->authorityUrl().toString() + u'/' + m_server->config().directory +
                    u"/oauth2/v2.0/"_s + name);
    }

    TestResponse authorize(const QList<QPair<QString, QString>> &changes = {})
    {
        QUrlQuery query;
        QList<QPair<QString, QString>> items{
            {u"client_id"_s, m_server->config().publicClientId},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, Redirect},
            {u"scope"_s, u"openid profile offline_access "_s + m_server->config().apiScope},
            {u"state"_s, u"s+t/a=te"_s},
            {u"code_challenge"_s, QString::fromLatin1(Challenge)},
            {u"code_challenge_method"_s, u"S256"_s}};
        for (const auto &[key, value] : changes) {
            items.removeIf([&](const auto &item) { return item.first == key; });
            if (!value.isNull())
                items.append({key, value});
        }
        for (const auto &[key, value] : items)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QUrl url = endpoint(u"authorize"_s);
        url.setQuery(query);
        return m_http.get(url);
    }

    static QUrlQuery redirectQuery(const TestResponse &response)
    {
        return QUrlQuery(QUrl::fromEncoded(response.header("Location")));
    }

    TestResponse redeem(const QString &code, const QByteArray &verifier = Verifier)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"client_id"_s, m_server->config().publicClientId);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(Redirect)));
        form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(verifier));
        return m_http.postForm(endpoint(u"token"_s), form);
    }

    TestResponse refresh(const QString &refreshToken)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, m_server->config().publicClientId);
        form.addQueryItem(u"refresh_token"_s, refreshToken);
        return m_http.postForm(endpoint(u"token"_s), form);
    }

    TestResponse clientCredentials(const QString &clientId, const QString &secret, const QString &scope)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, clientId);
        form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        return m_http.postForm(endpoint(u"token"_s), form);
    }

    static void verifyEntraError(const TestResponse &response, int status, const QString &error, int code)
    {
        QCOMPARE(response.status, status);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(u"error"_s).toString(), error);
        QVERIFY2(body.value(u"error_description"_s).toString().startsWith(u"AADSTS%1: "_s.arg(code)),
                 qPrintable(body.value(u"error_description"_s).toString()));
        QCOMPARE(body.value(u"error_codes"_s).toArray().at(0).toInt(), code);
        QVERIFY(!body.value(u"trace_id"_s).toString().isEmpty());
    }

private slots:
    void init()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 1000;
        m_server = std::make_unique<SandboxServer>(config);
        QCOMPARE(m_server->start(), QString());
    }
    void cleanup()
    {
        m_server.reset();
        m_http.forgetConnections();
    }

    void clientCredentialsIssuesAnAppToken()
    {
        const auto &config = m_server->config();
        const TestResponse response =
            clientCredentials(config.appClientId, config.appClientSecret, config.apiScope);
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), config.accessTokenLifetimeSeconds);
        QVERIFY(!body.contains(u"refresh_token"_s));
        const auto claims = Jwt::claims(body.value(u"access_token"_s).toString().toLatin1());
        QVERIFY(claims);
        QCOMPARE(claims->value(u"aud"_s).toString(), config.apiAudience());
        QCOMPARE(claims->value(u"appid"_s).toString(), config.appClientId);
        QCOMPARE(claims->value(u"tid"_s).toString(), config.directory);
        QCOMPARE(claims->value(u"roles"_s).toArray().at(0).toString(), u"LiveCloud.API"_s);
        QCOMPARE(claims->value(u"exp"_s).toInteger() - claims->value(u"iat"_s).toInteger(),
                 qint64(config.accessTokenLifetimeSeconds));
        QString error;
        QVERIFY2(Jwt::verifyHs256(body.value(u"access_token"_s).toString().toLatin1(),
                                  QByteArray() + "x" /* wrong key */, config.apiAudience(),
                                  QDateTime::currentSecsSinceEpoch(), &error) == std::nullopt,
                 "a token must not verify with another key");
    }

    void clientCredentialsErrorsAreEntras()
    {
        const auto &config = m_server->config();
        verifyEntraError(clientCredentials(u"00000000-0000-4000-8000-000000000000"_s, config.appClientSecret,
                                           config.apiScope),
                         400, u"unauthorized_client"_s, 700016);
        verifyEntraError(clientCredentials(config.appClientId, u"wrong"_s, config.apiScope), 401,
                         u"invalid_client"_s, 7000215);
        verifyEntraError(
            clientCredentials(config.appClientId, config.appClientSecret, u"api://x/Numbers.Read"_s), 400,
            u"invalid_scope"_s, 1002012);
    }

    void authorizationCodeWithPkce()
    {
        const TestResponse authorized = authorize();
        QCOMPARE(authorized.status, 302);
        const QUrl location = QUrl::fromEncoded(authorized.header("Location"));
        QCOMPARE(location.host(), u"127.0.0.1"_s);
        QCOMPARE(location.path(), u"/callback"_s);
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s+t/a=te"_s);
        const QString code = query.queryItemValue(u"code"_s);
        QVERIFY(code.size() >= 32);

        const TestResponse tokens = redeem(code);
        QCOMPARE(tokens.status, 200);
        const QJsonObject body = tokens.json();
        QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
        const auto claims = Jwt::claims(body.value(u"access_token"_s).toString().toLatin1());
        QCOMPARE(claims->value(u"preferred_username"_s).toString(), u"support@sandbox.example.net"_s);
        QCOMPARE(claims->value(u"aud"_s).toString(), m_server->config().apiAudience());
        const auto idToken = Jwt::claims(body.value(u"id_token"_s).toString().toLatin1());
        QCOMPARE(idToken->value(u"aud"_s).toString(), m_server->config().publicClientId);

        // A code is single-use.
        verifyEntraError(redeem(code), 400, u"invalid_grant"_s, 54005);
    }

    void pkceIsEnforced()
    {
        const QString code = redirectQuery(authorize()).queryItemValue(u"code"_s);
        verifyEntraError(redeem(code, "another-verifier-of-enough-length-0123456789"), 400,
                         u"invalid_grant"_s, 501481);
        // The failed attempt used the code up.
        verifyEntraError(redeem(code), 400, u"invalid_grant"_s, 54005);

        const QUrlQuery plain = redirectQuery(authorize({{u"code_challenge_method"_s, u"plain"_s}}));
        QCOMPARE(plain.queryItemValue(u"error"_s), u"invalid_request"_s);
        QVERIFY(
            plain.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).startsWith(u"AADSTS501491"_s));
        QCOMPARE(plain.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s+t/a=te"_s);
        const QUrlQuery missing = redirectQuery(authorize({{u"code_challenge"_s, QString()}}));
        QCOMPARE(missing.queryItemValue(u"error"_s), u"invalid_request"_s);
    }

    void redirectsOnlyToLoopback()
    {
        const TestResponse response =
            authorize({{u"redirect_uri"_s, u"https://evil.example.net/callback"_s}});
        verifyEntraError(response, 400, u"invalid_request"_s, 50011);
        QVERIFY(response.header("Location").isEmpty());
        verifyEntraError(authorize({{u"client_id"_s, u"unknown"_s}}), 400, u"unauthorized_client"_s, 700016);
    }

    void declinedConsentRedirectsWithAnError()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.denyConsent = true;
        m_server = std::make_unique<SandboxServer>(config);
        m_http.forgetConnections();
        QCOMPARE(m_server->start(), QString());
        const QUrlQuery query = redirectQuery(authorize());
        QCOMPARE(query.queryItemValue(u"error"_s), u"access_denied"_s);
        QVERIFY(
            query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).startsWith(u"AADSTS65004"_s));
        QVERIFY(!query.hasQueryItem(u"code"_s));
    }

    void expiredCodesAreRefused()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.authorizationCodeLifetimeSeconds = 0;
        m_server = std::make_unique<SandboxServer>(config);
        m_http.forgetConnections();
        QCOMPARE(m_server->start(), QString());
        verifyEntraError(redeem(redirectQuery(authorize()).queryItemValue(u"code"_s)), 400,
                         u"invalid_grant"_s, 70008);
    }

    void refreshTokensRotate()
    {
        const QString first = redeem(redirectQuery(authorize()).queryItemValue(u"code"_s))
                                  .json()
                                  .value(u"refresh_token"_s)
                                  .toString();
        const TestResponse rotated = refresh(first);
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json().value(u"refresh_token"_s).toString();
        QVERIFY(!second.isEmpty() && second != first);
        // The old one stopped working; the new one works once.
        verifyEntraError(refresh(first), 400, u"invalid_grant"_s, 70000);
        QCOMPARE(refresh(second).status, 200);
        verifyEntraError(refresh(second), 400, u"invalid_grant"_s, 70000);
    }

    void deviceCodeGoesThroughItsStates()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.deviceCodeIntervalSeconds = 1;
        m_server = std::make_unique<SandboxServer>(config);
        m_http.forgetConnections();
        QCOMPARE(m_server->start(), QString());
        const auto start = [&]() {
            QUrlQuery form;
            form.addQueryItem(u"client_id"_s, config.publicClientId);
            form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                              u"openid profile offline_access "_s + config.apiScope)));
            return m_http.postForm(endpoint(u"devicecode"_s), form).json();
        };
        const auto poll = [&](const QString &deviceCode) {
            QUrlQuery form;
            form.addQueryItem(u"grant_type"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                                   u"urn:ietf:params:oauth:grant-type:device_code"_s)));
            form.addQueryItem(u"client_id"_s, config.publicClientId);
            form.addQueryItem(u"device_code"_s, deviceCode);
            return m_http.postForm(endpoint(u"token"_s), form);
        };
        const auto answer = [&](const QJsonObject &started, const QString &action) {
            QUrl page(started.value(u"verification_uri"_s).toString());
            page.setQuery(u"user_code="_s + started.value(u"user_code"_s).toString() + u"&action="_s +
                          action);
            return m_http.get(page);
        };

        const QJsonObject started = start();
        QCOMPARE(started.value(u"user_code"_s).toString().size(), 9);
        QCOMPARE(started.value(u"interval"_s).toInt(), 1);
        QVERIFY(started.value(u"verification_uri"_s).toString().endsWith(u"/devicelogin"_s));
        QVERIFY(started.value(u"message"_s).toString().contains(started.value(u"user_code"_s).toString()));
        const QString deviceCode = started.value(u"device_code"_s).toString();
        verifyEntraError(poll(deviceCode), 400, u"authorization_pending"_s, 70016);
        QCOMPARE(poll(deviceCode).json().value(u"error"_s).toString(), u"slow_down"_s);
        QCOMPARE(m_http.get(QUrl(started.value(u"verification_uri"_s).toString())).status,
                 200); // the code form
        QCOMPARE(answer(started, u"approve"_s).status, 200);
        QTest::qWait(1100);
        const TestResponse granted = poll(deviceCode);
        QCOMPARE(granted.status, 200);
        QVERIFY(!granted.json().value(u"refresh_token"_s).toString().isEmpty());
        verifyEntraError(poll(deviceCode), 400, u"invalid_grant"_s, 70000); // used up

        const QJsonObject declined = start();
        QCOMPARE(answer(declined, u"deny"_s).status, 200);
        verifyEntraError(poll(declined.value(u"device_code"_s).toString()), 400, u"access_denied"_s, 70015);
        QCOMPARE(answer(declined, u"approve"_s).status, 400); // no longer pending

        config.deviceCodeLifetimeSeconds = 1;
        m_server = std::make_unique<SandboxServer>(config);
        m_http.forgetConnections();
        QCOMPARE(m_server->start(), QString());
        const QString expiring = start().value(u"device_code"_s).toString();
        QTest::qWait(1100);
        verifyEntraError(poll(expiring), 400, u"expired_token"_s, 70020);
    }

    void signInPageWaitsForItsButton()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.signInPage = true;
        m_server = std::make_unique<SandboxServer>(config);
        m_http.forgetConnections();
        QCOMPARE(m_server->start(), QString());
        const auto link = [&](const TestResponse &page, const char *id) {
            const QByteArray marker = QByteArray("id=\"") + id + "\" href=\"";
            const qsizetype start = page.body.indexOf(marker) + marker.size();
            const QByteArray href =
                page.body.mid(start, page.body.indexOf('"', start) - start).replace("&amp;", "&");
            return QUrl(m_server->authorityUrl().toString() + QString::fromLatin1(href));
        };
        const TestResponse page = authorize();
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const TestResponse approved = m_http.get(link(page, "approve"));
        QCOMPARE(approved.status, 302);
        QCOMPARE(redeem(redirectQuery(approved).queryItemValue(u"code"_s)).status, 200);
        QCOMPARE(m_http.get(link(page, "approve")).status, 400); // answered already

        const QUrlQuery declined = redirectQuery(m_http.get(link(authorize(), "decline")));
        QCOMPARE(declined.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(declined.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s+t/a=te"_s);
    }

    void publicClientsMustNotSendSecrets()
    {
        const QString code = redirectQuery(authorize()).queryItemValue(u"code"_s);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"client_id"_s, m_server->config().publicClientId);
        form.addQueryItem(u"client_secret"_s, u"something"_s);
        form.addQueryItem(u"code"_s, code);
        verifyEntraError(m_http.postForm(endpoint(u"token"_s), form), 400, u"invalid_request"_s, 700025);
        verifyEntraError(m_http.postForm(endpoint(u"token"_s), QUrlQuery(u"grant_type=password&client_id="_s +
                                                                         m_server->config().publicClientId)),
                         400, u"unsupported_grant_type"_s, 70003);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandboxidentity.moc"
