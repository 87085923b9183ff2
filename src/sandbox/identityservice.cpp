#include "identityservice.h"

#include "core/jwt.h"
#include "sandboxreply.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace {

QString randomToken(int bytes)
{
    return QString::fromLatin1(Jwt::randomUrlSafe(bytes));
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host();
    return url.isValid() && url.scheme() == u"http"_s &&
           (host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s);
}

QUrlQuery formBody(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

// The redirect back to the client: its URI with the given items and the request's state.
QUrl callback(QUrl redirect, const QString &state, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(redirect);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    redirect.setQuery(query);
    return redirect;
}

// An authorize error is reported to the client on its redirect, as Entra does once the redirect is trusted.
SandboxResponse errorRedirect(const QUrl &redirect, const QString &state, const QString &error, int code,
                              const QString &description)
{
    return SandboxReply::redirect(callback(
        redirect, state,
        {{u"error"_s, error}, {u"error_description"_s, u"AADSTS%1: %2"_s.arg(code).arg(description)}}));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

IdentityService::IdentityService(const SandboxConfig &config)
    : m_config(config)
    , m_key(Jwt::randomUrlSafe(32))
{}

QString IdentityService::issuer(const QString &directory) const
{
    return u"https://login.microsoftonline.com/%1/v2.0"_s.arg(directory);
}

QByteArray IdentityService::accessToken(const QJsonObject &identityClaims, const QString &directory) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = identityClaims;
    claims.insert(u"aud"_s, m_config.apiAudience());
    claims.insert(u"iss"_s, issuer(directory));
    claims.insert(u"tid"_s, directory);
    claims.insert(u"iat"_s, now);
    claims.insert(u"nbf"_s, now);
    claims.insert(u"exp"_s, now + m_config.accessTokenLifetimeSeconds);
    claims.insert(u"ver"_s, u"2.0"_s);
    return Jwt::signHs256(claims, m_key);
}

std::optional<SandboxResponse> IdentityService::handle(const QHttpServerRequest &request,
                                                       const QStringList &path)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == QStringList{u"devicelogin"_s} && get)
        return deviceLogin(request);
    // /{directory}/oauth2/v2.0/{authorize|token|devicecode}[/approve]
    if (path.size() < 4 || path.size() > 5 || path[1] != u"oauth2"_s || path[2] != u"v2.0"_s)
        return std::nullopt;
    const QString directory =
        path[0] == u"organizations"_s || path[0] == u"common"_s ? m_config.directory : path[0];
    if (path.size() == 5)
        return path[3] == u"authorize"_s && path[4] == u"approve"_s && get
                   ? std::optional(approveSignIn(request))
                   : std::nullopt;
    if (path[3] == u"authorize"_s && get)
        return authorize(request, directory);
    if (path[3] == u"token"_s && post)
        return token(request, directory);
    if (path[3] == u"devicecode"_s && post)
        return deviceCode(request, directory);
    return std::nullopt;
}

SandboxResponse IdentityService::authorize(const QHttpServerRequest &request, const QString &directory)
{
    const QUrlQuery query = request.query();
    const QString clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    // Errors Entra shows on its own page (no redirect, because the redirect itself is not trusted).
    if (clientId != m_config.publicClientId) {
        return SandboxReply::entraError(
            Status::BadRequest, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(clientId,
                                                                                           directory));
    }
    if (!isLoopbackRedirect(redirect)) {
        return SandboxReply::entraError(
            Status::BadRequest, u"invalid_request"_s, 50011,
            u"The redirect URI '%1' specified in the request does not match the redirect URIs "
            u"configured for the application. Only http loopback addresses are registered."_s.arg(
                redirect.toString()));
    }
    const auto fail = [&](const QString &error, int code, const QString &description) -> SandboxResponse {
        return errorRedirect(redirect, state, error, code, description);
    };
    if (query.queryItemValue(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, 700054, u"response_type must be 'code'."_s);
    const QString challenge = query.queryItemValue(u"code_challenge"_s);
    const QString method = query.queryItemValue(u"code_challenge_method"_s);
    if (challenge.isEmpty())
        return fail(
            u"invalid_request"_s, 9002325,
            u"Proof Key for Code Exchange is required for cross-origin authorization code redemption."_s);
    if (method != u"S256"_s)
        return fail(u"invalid_request"_s, 501491, u"Invalid code_challenge_method: only S256 is accepted."_s);
    if (m_config.denyConsent)
        return fail(u"access_denied"_s, 65004, u"User declined to consent to access the app."_s);

    const QString scope = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (m_config.signInPage) {
        const QString request = randomToken(24);
        m_signIns.insert(request, {clientId, redirect, state, challenge, scope, directory});
        SandboxResponse page;
        page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        page.body =
            u"<!DOCTYPE html><html><head><title>Sign in to the OC Numbers sandbox</title></head><body>"
            u"<h1>Sign in</h1><p>An application asks to read Operator Connect numbers as "
            u"<b>support@sandbox.example.net</b>.</p>"
            u"<p><a id=\"approve\" href=\"/%1/oauth2/v2.0/authorize/approve?request=%2\">Accept</a> "
            u"<a id=\"decline\" href=\"/%1/oauth2/v2.0/authorize/approve?request=%2&amp;decline=1\">"
            u"Decline</a></p></body></html>\n"_s.arg(directory, request)
                .toUtf8();
        return page;
    }
    return issueCode(clientId, redirect, state, challenge, scope, directory);
}

SandboxResponse IdentityService::issueCode(const QString &clientId, const QUrl &redirect,
                                           const QString &state, const QString &challenge,
                                           const QString &scope, const QString &directory)
{
    const QString code = randomToken(48);
    m_codes.insert(code,
                   {clientId, redirect.toString(), challenge, scope, directory,
                    QDateTime::currentDateTimeUtc().addSecs(m_config.authorizationCodeLifetimeSeconds)});
    return SandboxReply::redirect(callback(redirect, state, {{u"code"_s, code}}));
}

SandboxResponse IdentityService::approveSignIn(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const auto it = m_signIns.constFind(query.queryItemValue(u"request"_s));
    if (it == m_signIns.constEnd()) {
        return SandboxReply::entraError(Status::BadRequest, u"invalid_request"_s, 900561,
                                        u"The sign-in request has expired or was already answered."_s);
    }
    const PendingSignIn pending = m_signIns.take(it.key());
    if (query.hasQueryItem(u"decline"_s)) {
        return errorRedirect(pending.redirect, pending.state, u"access_denied"_s, 65004,
                             u"User declined to consent to access the app."_s);
    }
    return issueCode(pending.clientId, pending.redirect, pending.state, pending.challenge, pending.scope,
                     pending.directory);
}

SandboxResponse IdentityService::deviceCode(const QHttpServerRequest &request, const QString &directory)
{
    const QUrlQuery form = formBody(request);
    const QString clientId = formValue(form, u"client_id"_s);
    if (clientId != m_config.publicClientId) {
        return SandboxReply::entraError(
            Status::BadRequest, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(clientId,
                                                                                           directory));
    }
    // Codes people can type: no 0/O or 1/I.
    static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString userCode;
    for (int i = 0; i < 9; ++i)
        userCode.append(QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet - 1))]));
    const QString deviceCode = randomToken(96);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_devices.insert(deviceCode, {userCode, clientId, formValue(form, u"scope"_s), directory,
                                  now.addSecs(m_config.deviceCodeLifetimeSeconds), QDateTime(),
                                  PendingDevice::State::Pending});
    const QString verification = u"http://127.0.0.1:%1/devicelogin"_s.arg(request.url().port());
    return SandboxReply::json(QJsonObject{
        {u"user_code"_s, userCode},
        {u"device_code"_s, deviceCode},
        {u"verification_uri"_s, verification},
        {u"expires_in"_s, m_config.deviceCodeLifetimeSeconds},
        {u"interval"_s, m_config.deviceCodeIntervalSeconds},
        {u"message"_s, u"To sign in, use a web browser to open the page %1 and enter the code %2 to "
                       u"authenticate."_s.arg(verification, userCode)}});
}

SandboxResponse IdentityService::deviceLogin(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString userCode = query.queryItemValue(u"user_code"_s).trimmed().toUpper();
    SandboxResponse page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    if (userCode.isEmpty()) {
        page.body = "<!DOCTYPE html><html><head><title>Enter code</title></head><body><h1>Enter code</h1>"
                    "<form action=\"/devicelogin\"><input name=\"user_code\" autofocus>"
                    "<button name=\"action\" value=\"approve\">Next</button>"
                    "<button name=\"action\" value=\"deny\">Cancel sign-in</button></form></body></html>\n";
        return page;
    }
    for (PendingDevice &device : m_devices) {
        if (device.userCode != userCode || device.state != PendingDevice::State::Pending)
            continue;
        const bool deny = query.queryItemValue(u"action"_s) == u"deny"_s;
        device.state = deny ? PendingDevice::State::Denied : PendingDevice::State::Approved;
        page.body =
            deny ? "<!DOCTYPE html><html><body><p>Sign-in cancelled. You can close this "
                   "window.</p></body></html>\n"
                 : "<!DOCTYPE html><html><body><p>You have signed in to the OC Numbers sandbox on your "
                   "device. You can close this window.</p></body></html>\n";
        return page;
    }
    page.status = Status::BadRequest;
    page.body = "<!DOCTYPE html><html><body><p>That code is not valid or has expired. Check it and try again."
                "</p></body></html>\n";
    return page;
}

SandboxResponse IdentityService::pollDeviceCode(const QUrlQuery &form, const QString &clientId)
{
    const QString deviceCode = formValue(form, u"device_code"_s);
    const auto it = m_devices.find(deviceCode);
    if (it == m_devices.end() || it->clientId != clientId) {
        return SandboxReply::entraError(Status::BadRequest, u"invalid_grant"_s, 70000,
                                        u"Provided grant is invalid or malformed."_s);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now >= it->expires) {
        m_devices.erase(it);
        return SandboxReply::entraError(
            Status::BadRequest, u"expired_token"_s, 70020,
            u"The provided value for the input parameter 'device_code' is not valid. "
            u"This device code has expired."_s);
    }
    switch (it->state) {
    case PendingDevice::State::Denied:
        m_devices.erase(it);
        return SandboxReply::entraError(Status::BadRequest, u"access_denied"_s, 70015,
                                        u"The user has declined the authentication."_s);
    case PendingDevice::State::Approved: {
        const PendingDevice device = *it;
        m_devices.erase(it);
        return grantTokens(device.directory, clientId, device.scope,
                           device.scope.contains(u"offline_access"_s));
    }
    case PendingDevice::State::Pending:
        break;
    }
    const bool tooSoon =
        it->lastPoll.isValid() && it->lastPoll.msecsTo(now) < m_config.deviceCodeIntervalSeconds * 1000;
    it->lastPoll = now;
    if (tooSoon) {
        return SandboxReply::entraError(Status::BadRequest, u"slow_down"_s, 70016,
                                        u"Polling too often: wait the interval before polling again."_s);
    }
    return SandboxReply::entraError(
        Status::BadRequest, u"authorization_pending"_s, 70016,
        u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
}

SandboxResponse IdentityService::token(const QHttpServerRequest &request, const QString &directory)
{
    const QUrlQuery form = formBody(request);
    const QString grantType = formValue(form, u"grant_type"_s);
    const QString clientId = formValue(form, u"client_id"_s);

    if (grantType == u"client_credentials"_s) {
        if (clientId != m_config.appClientId) {
            return SandboxReply::entraError(
                Status::BadRequest, u"unauthorized_client"_s, 700016,
                u"Application with identifier '%1' was not found in the directory '%2'. This can "
                u"happen if the application has not been installed by the administrator of the "
                u"tenant."_s.arg(clientId, directory));
        }
        if (formValue(form, u"client_secret"_s) != m_config.appClientSecret) {
            return SandboxReply::entraError(
                Status::Unauthorized, u"invalid_client"_s, 7000215,
                u"Invalid client secret provided. Ensure the secret being sent in the request is "
                u"the client secret value, not the client secret ID, for a secret added to app "
                u"'%1'."_s.arg(clientId));
        }
        const QString scope = formValue(form, u"scope"_s);
        if (scope != m_config.apiScope) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_scope"_s, 1002012,
                u"The provided value for scope %1 is not valid. Client credential flows must "
                u"have a scope value with /.default suffixed to the resource identifier."_s.arg(scope));
        }
        return grantTokens(directory, clientId, scope, false);
    }

    if (clientId != m_config.publicClientId) {
        return SandboxReply::entraError(
            Status::BadRequest, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(clientId,
                                                                                           directory));
    }
    if (form.hasQueryItem(u"client_secret"_s) && !formValue(form, u"client_secret"_s).isEmpty()) {
        return SandboxReply::entraError(
            Status::BadRequest, u"invalid_request"_s, 700025,
            u"Client is public so neither 'client_assertion' nor 'client_secret' should be "
            u"presented."_s);
    }

    if (grantType == u"urn:ietf:params:oauth:grant-type:device_code"_s || grantType == u"device_code"_s)
        return pollDeviceCode(form, clientId);

    if (grantType == u"authorization_code"_s) {
        const QString code = formValue(form, u"code"_s);
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd()) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_grant"_s, 54005,
                u"OAuth2 Authorization code was already redeemed, please retry with a new valid "
                u"code or use an existing refresh token."_s);
        }
        const PendingCode pending = m_codes.take(code); // single use, whatever happens next
        if (QDateTime::currentDateTimeUtc() >= pending.expires) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_grant"_s, 70008,
                u"The provided authorization code or refresh token has expired due to "
                u"inactivity. Send a new interactive authorization request for this user and "
                u"resource."_s);
        }
        if (formValue(form, u"redirect_uri"_s) != pending.redirectUri) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_grant"_s, 70000,
                u"The request is not valid: redirect_uri does not match the one of the "
                u"authorization request."_s);
        }
        const QByteArray verifier = formValue(form, u"code_verifier"_s).toLatin1();
        const QByteArray computed =
            Jwt::base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        if (verifier.isEmpty() || QString::fromLatin1(computed) != pending.challenge) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_grant"_s, 501481,
                u"The Code_Verifier does not match the code_challenge supplied in the "
                u"authorization request."_s);
        }
        return grantTokens(pending.directory, clientId, pending.scope,
                           pending.scope.contains(u"offline_access"_s));
    }

    if (grantType == u"refresh_token"_s) {
        const QString refreshToken = formValue(form, u"refresh_token"_s);
        const auto it = m_refreshTokens.constFind(refreshToken);
        if (it == m_refreshTokens.constEnd() || it->clientId != clientId) {
            return SandboxReply::entraError(
                Status::BadRequest, u"invalid_grant"_s, 70000,
                u"Provided grant is invalid or malformed: the refresh token was already used or "
                u"revoked."_s);
        }
        const RefreshGrant grant = m_refreshTokens.take(refreshToken); // rotation: the old one stops working
        return grantTokens(grant.directory, clientId, grant.scope, true);
    }

    return SandboxReply::entraError(Status::BadRequest, u"unsupported_grant_type"_s, 70003,
                                    u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
}

SandboxResponse IdentityService::grantTokens(const QString &directory, const QString &clientId,
                                             const QString &scope, bool withRefreshToken)
{
    const bool application = clientId == m_config.appClientId;
    QJsonObject identity;
    if (application) {
        identity = {{u"appid"_s, clientId},
                    {u"azp"_s, clientId},
                    {u"oid"_s, u"0b5e1d3a-6f2c-4a8e-9d7b-1c2e3f4a5b6c"_s},
                    {u"roles"_s, QJsonArray{u"LiveCloud.API"_s}},
                    {u"idtyp"_s, u"app"_s}};
    } else {
        identity = {{u"name"_s, u"Sandbox Support Engineer"_s},
                    {u"preferred_username"_s, u"support@sandbox.example.net"_s},
                    {u"oid"_s, u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s},
                    {u"azp"_s, clientId},
                    {u"scp"_s, u"Numbers.Read"_s}};
    }
    QJsonObject body{{u"token_type"_s, u"Bearer"_s},
                     {u"scope"_s, application ? scope : m_config.apiScope},
                     {u"expires_in"_s, m_config.accessTokenLifetimeSeconds},
                     {u"ext_expires_in"_s, m_config.accessTokenLifetimeSeconds},
                     {u"access_token"_s, QString::fromLatin1(accessToken(identity, directory))}};
    if (withRefreshToken) {
        const QString refreshToken = randomToken(96);
        m_refreshTokens.insert(refreshToken, {clientId, scope, directory});
        body.insert(u"refresh_token"_s, refreshToken);
    }
    if (!application && scope.contains(u"openid"_s)) {
        QJsonObject idClaims = identity;
        idClaims.insert(u"aud"_s, clientId);
        body.insert(u"id_token"_s, QString::fromLatin1(Jwt::signHs256(idClaims, m_key)));
    }
    SandboxResponse response = SandboxReply::json(body);
    response.headers.emplaceBack("Cache-Control", "no-store");
    response.headers.emplaceBack("Pragma", "no-cache");
    return response;
}
