#include "devicecodetokensource.h"

#include "client/networkpolicy.h"
#include "client/secrets/secretstore.h"
#include "core/jwt.h"
#include "entraendpoint.h"
#include "tokenreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

DeviceCodeTokenSource::DeviceCodeTokenSource(Settings settings, QNetworkAccessManager *nam,
                                             SecretStore *secrets, QObject *parent)
    : InteractiveTokenSource(parent)
    , m_settings(std::move(settings))
    , m_nam(nam)
    , m_secrets(secrets)
{
    NetworkPolicy::secure(m_nam);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeTokenSource::poll);
}

DeviceCodeTokenSource::~DeviceCodeTokenSource()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

QNetworkReply *DeviceCodeTokenSource::post(const QString &endpoint,
                                           const QList<QPair<QString, QString>> &form)
{
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request =
        NetworkPolicy::request(entraEndpoint(m_settings.authority, m_settings.directory, endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_settings.timeoutMs);
    return m_nam->post(request, query.toString(QUrl::FullyEncoded).toUtf8());
}

LoadError DeviceCodeTokenSource::replyError(const QNetworkReply *reply, const QByteArray &body,
                                            const QString &what) const
{
    if (auto problem = NetworkPolicy::transportProblem(reply, body.size(), NetworkPolicy::Service::SignIn))
        return *problem;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool explained = QJsonDocument::fromJson(body).object().value(u"error"_s).isString();
    if (reply->error() != QNetworkReply::NoError && !explained) {
        LoadError error;
        error.kind = LoadError::Kind::Network;
        error.httpStatus = status;
        error.message = tr("Cannot reach %1 to %2: %3. Check the network and the authority URL.")
                            .arg(m_settings.authority.host(), what, reply->errorString());
        return error;
    }
    return entraError(body, status, what);
}

LoadError DeviceCodeTokenSource::entraError(const QByteArray &body, int status, const QString &what) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    LoadError error;
    error.kind = LoadError::Kind::SignIn;
    error.httpStatus = status;
    error.detail = json.value(u"error_description"_s).toString().section(u"\r\n"_s, 0, 0);
    const QString code = json.value(u"error"_s).toString();
    if (code == u"invalid_grant"_s)
        error.message =
            tr("The saved sign-in is no longer valid (it expired or was revoked). Sign in again.");
    else if (code == u"expired_token"_s)
        error.message = tr("The code was not entered in time. Start the sign-in again.");
    else if (code == u"access_denied"_s || code == u"authorization_declined"_s)
        error.message = tr("The sign-in was declined on the other device.");
    else if (status == 0)
        error.message = tr("Cannot reach %1 to %2. Check the network and the authority URL.")
                            .arg(m_settings.authority.host(), what);
    else
        error.message =
            tr("Sign-in failed (%1): %2").arg(code.isEmpty() ? QString::number(status) : code, error.detail);
    return error;
}

void DeviceCodeTokenSource::token(bool forceRefresh, Callback callback)
{
    if (!forceRefresh && !m_token.isEmpty() && isFresh(m_expires)) {
        callback(m_token, {});
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_refreshing || !m_deviceCode.isEmpty())
        return; // a refresh or a sign-in is under way: it answers everyone
    if (const QString refused = NetworkPolicy::checkUrl(m_settings.authority); !refused.isEmpty()) {
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = tr("Not signed in: %1").arg(refused);
        QTimer::singleShot(0, this, [this, error] { answerWaiting(error); });
        return;
    }
    if (!m_secrets) {
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = tr("Not signed in. Sign in with a device code first.");
        answerWaiting(error);
        return;
    }
    m_refreshing = true;
    m_secrets->read(m_settings.refreshTokenKey, [this](const QString &stored, const QString &readError) {
        if (stored.isEmpty()) {
            m_refreshing = false;
            LoadError error;
            error.kind = LoadError::Kind::SignIn;
            error.message =
                readError.isEmpty() ? tr("Not signed in. Sign in with a device code first.") : readError;
            answerWaiting(error);
            return;
        }
        refresh(stored);
    });
}

void DeviceCodeTokenSource::refresh(const QString &refreshToken)
{
    m_refreshing = true;
    m_pending = post(u"token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                  {u"client_id"_s, m_settings.clientId},
                                  {u"refresh_token"_s, refreshToken},
                                  {u"scope"_s, userScope(m_settings.apiScope)}});
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pending = nullptr;
        m_refreshing = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const LoadError error = status == 200 && reply->error() == QNetworkReply::NoError
                                    ? tokensReceived(reply, body)
                                    : replyError(reply, body, tr("refresh the sign-in"));
        if (!error.isError())
            return;
        if (QJsonDocument::fromJson(body).object().value(u"error"_s).toString() == u"invalid_grant"_s &&
            m_secrets)
            m_secrets->remove(m_settings.refreshTokenKey, [](const QString &) {});
        answerWaiting(error);
    });
}

void DeviceCodeTokenSource::startSignIn()
{
    stopSignIn();
    if (const QString refused = NetworkPolicy::checkUrl(m_settings.authority); !refused.isEmpty()) {
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = tr("The sign-in was not started: %1").arg(refused);
        QTimer::singleShot(0, this, [this, error] {
            emit signInFailed(error);
            answerWaiting(error);
        });
        return;
    }
    m_pending = post(u"devicecode"_s,
                     {{u"client_id"_s, m_settings.clientId}, {u"scope"_s, userScope(m_settings.apiScope)}});
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pending = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status != 200 || json.value(u"device_code"_s).toString().isEmpty()) {
            const LoadError error = replyError(reply, body, tr("start the sign-in"));
            emit signInFailed(error);
            answerWaiting(error);
            return;
        }
        m_deviceCode = json.value(u"device_code"_s).toString();
        const int expiresIn = json.value(u"expires_in"_s).toInt(900);
        m_deviceCodeExpires = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        m_pollTimer.setInterval(std::max(1, json.value(u"interval"_s).toInt(5)) * 1000);
        emit userCodeReady(json.value(u"user_code"_s).toString(),
                           QUrl(json.value(u"verification_uri"_s).toString()),
                           json.value(u"message"_s).toString(), expiresIn);
        m_pollTimer.start();
    });
}

void DeviceCodeTokenSource::cancelSignIn()
{
    const bool signingIn = !m_deviceCode.isEmpty() || (m_pending && !m_refreshing);
    stopSignIn();
    if (!signingIn)
        return;
    LoadError error;
    error.kind = LoadError::Kind::Cancelled;
    error.message = tr("The sign-in was cancelled.");
    emit signInFailed(error);
    answerWaiting(error);
}

void DeviceCodeTokenSource::stopSignIn()
{
    m_pollTimer.stop();
    m_deviceCode.clear();
    if (m_pending && !m_refreshing) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
}

void DeviceCodeTokenSource::poll()
{
    m_pending = post(u"token"_s, {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                                  {u"client_id"_s, m_settings.clientId},
                                  {u"device_code"_s, m_deviceCode}});
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pending = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 200 && reply->error() == QNetworkReply::NoError) {
            m_deviceCode.clear();
            const LoadError error = tokensReceived(reply, body);
            if (error.isError()) {
                emit signInFailed(error);
                answerWaiting(error);
            }
            return;
        }
        if (auto problem =
                NetworkPolicy::transportProblem(reply, body.size(), NetworkPolicy::Service::SignIn)) {
            m_deviceCode.clear();
            emit signInFailed(*problem);
            answerWaiting(*problem);
            return;
        }
        const QString code = QJsonDocument::fromJson(body).object().value(u"error"_s).toString();
        if (code == u"authorization_pending"_s || code == u"slow_down"_s || (status == 0 && !code.size())) {
            if (code == u"slow_down"_s)
                m_pollTimer.setInterval(m_pollTimer.interval() + 5000); // RFC 8628: five seconds more
            if (QDateTime::currentDateTimeUtc() < m_deviceCodeExpires) {
                m_pollTimer.start();
                return;
            }
        }
        m_deviceCode.clear();
        const LoadError error = entraError(body, status, tr("finish the sign-in"));
        emit signInFailed(error);
        answerWaiting(error);
    });
}

LoadError DeviceCodeTokenSource::tokensReceived(const QNetworkReply *reply, const QByteArray &body)
{
    if (auto problem = NetworkPolicy::transportProblem(reply, body.size(), NetworkPolicy::Service::SignIn))
        return *problem;
    QString problem;
    const std::optional<TokenReply> token = TokenReply::parse(body, &problem);
    if (!token)
        return TokenReply::unusable(m_settings.authority.host(), problem);
    m_token = token->accessToken;
    m_expires = QDateTime::currentDateTimeUtc().addSecs(token->expiresInSeconds);
    m_identity = Jwt::identity(m_token);
    scheduleRenewal(m_expires);
    // Entra rotates the refresh token: keep the newest, always.
    if (!token->refreshToken.isEmpty() && m_secrets)
        m_secrets->write(m_settings.refreshTokenKey, token->refreshToken, [](const QString &) {});
    emit signedIn(m_identity);
    answerWaiting({});
    return {};
}

void DeviceCodeTokenSource::answerWaiting(const LoadError &error)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(error.isError() ? QByteArray() : m_token, error);
}

void DeviceCodeTokenSource::signOut()
{
    stopSignIn();
    stopRenewal();
    m_token.clear();
    m_expires = {};
    m_identity.clear();
    if (m_secrets)
        m_secrets->remove(m_settings.refreshTokenKey, [](const QString &) {});
}
