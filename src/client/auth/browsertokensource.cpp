#include "browsertokensource.h"

#include "client/networkpolicy.h"
#include "client/secrets/secretstore.h"
#include "core/jwt.h"
#include "entraauthorizationflow.h"
#include "entraendpoint.h"
#include "loopbackreplyhandler.h"

#include <QCryptographicHash>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// 6.4 hands the callback's error_description over still form-encoded.
QString decodedDescription(const QString &description)
{
    QByteArray text = description.toUtf8();
    text.replace('+', ' ');
    return QUrl::fromPercentEncoding(text);
}

} // namespace

BrowserTokenSource::BrowserTokenSource(Settings settings, QNetworkAccessManager *nam, SecretStore *secrets,
                                       QObject *parent)
    : InteractiveTokenSource(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_handler(new LoopbackReplyHandler(this))
    , m_flow(new EntraAuthorizationFlow(nam, this))
{
    NetworkPolicy::secure(nam); // the flow's token requests are made inside Qt
    m_flow->setAuthorizationUrl(entraEndpoint(m_settings.authority, m_settings.directory, u"authorize"_s));
    m_flow->setAccessTokenUrl(entraEndpoint(m_settings.authority, m_settings.directory, u"token"_s));
    m_flow->setClientIdentifier(m_settings.clientId);
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization:
                parameters->replace(u"code_challenge"_s,
                                    QString::fromLatin1(Jwt::base64Url(
                                        QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256))));
                parameters->replace(u"code_challenge_method"_s, u"S256"_s);
                parameters->replace(u"prompt"_s, u"select_account"_s);
                break;
            case QAbstractOAuth::Stage::RequestingAccessToken:
                parameters->replace(u"code_verifier"_s, QString::fromLatin1(m_verifier));
                parameters->remove(u"client_secret"_s); // a public client never sends one
                break;
            case QAbstractOAuth::Stage::RefreshingAccessToken:
                parameters->remove(u"client_secret"_s); // 6.4 sends an empty one
                parameters->remove(u"redirect_uri"_s);  // and a redirect of port 0 once the handler is closed
                parameters->replace(u"scope"_s, userScope(m_settings.apiScope));
                break;
            case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
                break;
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        // 6.4 has just connected the loopback port straight to its flow, which would act on any answer
        // (an "error" without our state ends the sign-in). Answers reach the flow only through
        // callbackReceived() below, once they are known to belong to this sign-in.
        disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow,
                   &QAbstractOAuth2::authorizationCallbackReceived);
        const bool opened = m_openBrowser && m_openBrowser(url);
        emit authorizationUrlReady(url, opened);
    });
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &BrowserTokenSource::callbackReceived, Qt::DirectConnection);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(error == u"access_denied"_s ? tr("The sign-in was declined.")
                                                 : tr("Sign-in failed (%1).").arg(error),
                     decodedDescription(description));
            });
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            [this](const QString &error, const QString &description, int) {
                m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
                // invalid_grant while signing in is about the code just received; otherwise about the
                // stored refresh token, which is then of no use any more.
                const bool refreshRefused = error == u"invalid_grant"_s && !m_signingIn;
                if (refreshRefused && m_secrets)
                    m_secrets->remove(m_settings.refreshTokenKey, [](const QString &) {});
                fail(refreshRefused ? tr("The saved sign-in is no longer valid. Sign in again.")
                                    : tr("The sign-in service refused the token request (%1).").arg(error),
                     description);
            });
    connect(m_handler, &LoopbackReplyHandler::tokenReplyUnusable, this, [this](const LoadError &error) {
        m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
        fail(error);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &BrowserTokenSource::granted);
    connect(m_flow, &QAbstractOAuth2::refreshTokenChanged, this, [this](const QString &refreshToken) {
        // Entra rotates refresh tokens: keep the newest, always.
        if (m_secrets && !refreshToken.isEmpty())
            m_secrets->write(m_settings.refreshTokenKey, refreshToken, [](const QString &) {});
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The sign-in was not finished in time. Start it again.")); });
}

BrowserTokenSource::~BrowserTokenSource() = default;

void BrowserTokenSource::callbackReceived(const QVariantMap &data)
{
    // The handler writes its page after this returns, so the page can tell what happened.
    if (!m_signingIn) {
        m_handler->showOutcome(false, tr("OC Numbers is not waiting for a sign-in."));
        return;
    }
    // RFC 6749 §10.12: an answer without this attempt's state is someone else's (a forged link, an old
    // tab). It is turned away and the sign-in goes on waiting for its own answer.
    if (data.value(u"state"_s).toString() != m_flow->state()) {
        m_handler->showOutcome(false, tr("This answer does not belong to the sign-in in progress; it was "
                                         "ignored. Finish the sign-in in the tab that OC Numbers opened."));
        return;
    }
    if (data.contains(u"error"_s)) {
        m_handler->showOutcome(false,
                               tr("The sign-in did not complete: %1")
                                   .arg(decodedDescription(data.value(u"error_description"_s).toString())));
    } else if (data.value(u"code"_s).toString().isEmpty()) {
        m_handler->showOutcome(false, tr("The answer held no authorization code."));
        fail(tr("The sign-in page came back without an authorization code."));
        return;
    } else {
        m_handler->showReceived();
    }
    emit m_flow->authorizationCallbackReceived(data);
}

bool BrowserTokenSource::isListening() const
{
    return m_handler->isListening();
}

QDateTime BrowserTokenSource::expiresAt() const
{
    return m_flow->expirationAt();
}

void BrowserTokenSource::startSignIn()
{
    if (m_signingIn)
        return;
    m_signingIn = true; // failures below are reported as this sign-in's, after this returns
    if (const QString refused = NetworkPolicy::checkUrl(m_settings.authority); !refused.isEmpty()) {
        failLater(tr("The sign-in was not started: %1").arg(refused));
        return;
    }
    if (!m_handler->isListening() && !m_handler->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        failLater(tr("Cannot open a loopback port for the sign-in answer. Use device-code sign-in instead."));
        return;
    }
    m_verifier = Jwt::randomUrlSafe(32);
    m_flow->setState(QString::fromLatin1(Jwt::randomUrlSafe(16)));
    m_flow->setScope(userScope(m_settings.apiScope));
    m_timeout.start(m_settings.signInTimeoutMs);
    m_flow->grant();
}

void BrowserTokenSource::cancelSignIn()
{
    if (!m_signingIn)
        return;
    fail(tr("The sign-in was cancelled."), {}, LoadError::Kind::Cancelled);
}

void BrowserTokenSource::fail(const QString &message, const QString &detail, LoadError::Kind kind)
{
    LoadError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    if (!detail.isEmpty())
        error.message += u" "_s + detail;
    fail(error);
}

void BrowserTokenSource::failLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { fail(message); });
}

void BrowserTokenSource::fail(const LoadError &error)
{
    m_handler->close();
    m_timeout.stop();
    // A silent refresh answers its callers only; signInFailed is about a sign-in the user started.
    const bool interactive = std::exchange(m_signingIn, false);
    if (interactive)
        emit signInFailed(error);
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback({}, error);
}

void BrowserTokenSource::granted()
{
    m_handler->close(); // the port is open only while a sign-in runs
    m_timeout.stop();
    m_signingIn = false;
    m_identity = Jwt::identity(m_flow->token().toLatin1());
    scheduleRenewal(m_flow->expirationAt());
    emit signedIn(m_identity);
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(m_flow->token().toLatin1(), {});
}

void BrowserTokenSource::token(bool forceRefresh, Callback callback)
{
    if (!forceRefresh && m_flow->status() == QAbstractOAuth::Status::Granted &&
        isFresh(m_flow->expirationAt())) {
        callback(m_flow->token().toLatin1(), {});
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_signingIn || m_flow->status() == QAbstractOAuth::Status::RefreshingToken)
        return;
    if (const QString refused = NetworkPolicy::checkUrl(m_settings.authority); !refused.isEmpty()) {
        failLater(tr("Not signed in: %1").arg(refused));
        return;
    }
    const auto refreshWith = [this](const QString &refreshToken) {
        m_flow->setRefreshToken(refreshToken);
        m_flow->resetStatus(QAbstractOAuth::Status::Granted);
        m_flow->refreshAccessToken();
    };
    if (!m_flow->refreshToken().isEmpty()) {
        refreshWith(m_flow->refreshToken());
        return;
    }
    if (!m_secrets) {
        failLater(tr("Not signed in. Sign in with the browser first."));
        return;
    }
    m_secrets->read(
        m_settings.refreshTokenKey, [this, refreshWith](const QString &stored, const QString &error) {
            if (stored.isEmpty())
                fail(error.isEmpty() ? tr("Not signed in. Sign in with the browser first.") : error);
            else
                refreshWith(stored);
        });
}

void BrowserTokenSource::signOut()
{
    if (m_signingIn)
        cancelSignIn();
    stopRenewal();
    m_flow->setToken(QString());
    m_flow->setRefreshToken(QString());
    m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_identity.clear();
    if (m_secrets)
        m_secrets->remove(m_settings.refreshTokenKey, [](const QString &) {});
}
