#pragma once

#include "sandboxconfig.h"
#include "sandboxresponse.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QHttpServerRequest>
#include <QUrl>
#include <QUrlQuery>

// The Microsoft Entra ID (v2.0) side of the sandbox: the authorize endpoint (authorization code with PKCE
// S256 and a loopback redirect; at once or after a sign-in page), the device code endpoint with its
// approval page (/devicelogin), and the token endpoint (authorization_code, refresh_token with rotation,
// client_credentials, device_code), answering with Entra's shapes and AADSTS codes. Access tokens are HS256
// JWTs.
class IdentityService final {
public:
    explicit IdentityService(const SandboxConfig &config);

    // Answers /{directory}/oauth2/v2.0/<endpoint>; nullopt when the path is not an identity endpoint.
    std::optional<SandboxResponse> handle(const QHttpServerRequest &request, const QStringList &path);

    const QByteArray &signingKey() const { return m_key; }
    QString issuer(const QString &directory) const;
    // A token as the token endpoint would issue it (for tests that need one directly).
    QByteArray accessToken(const QJsonObject &identityClaims, const QString &directory) const;

private:
    SandboxResponse authorize(const QHttpServerRequest &request, const QString &directory);
    SandboxResponse approveSignIn(const QHttpServerRequest &request);
    SandboxResponse deviceCode(const QHttpServerRequest &request, const QString &directory);
    SandboxResponse deviceLogin(const QHttpServerRequest &request);
    SandboxResponse pollDeviceCode(const QUrlQuery &form, const QString &clientId);
    SandboxResponse issueCode(const QString &clientId, const QUrl &redirect, const QString &state,
                              const QString &challenge, const QString &scope, const QString &directory);
    SandboxResponse token(const QHttpServerRequest &request, const QString &directory);
    SandboxResponse grantTokens(const QString &directory, const QString &clientId, const QString &scope,
                                bool withRefreshToken);

    struct PendingCode {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QString directory;
        QDateTime expires;
    };
    struct PendingSignIn { // shown on the sign-in page, waiting for its button
        QString clientId;
        QUrl redirect;
        QString state;
        QString challenge;
        QString scope;
        QString directory;
    };
    struct PendingDevice {
        QString userCode;
        QString clientId;
        QString scope;
        QString directory;
        QDateTime expires;
        QDateTime lastPoll;
        enum class State { Pending, Approved, Denied } state = State::Pending;
    };
    struct RefreshGrant {
        QString clientId;
        QString scope;
        QString directory;
    };

    SandboxConfig m_config;
    QByteArray m_key; // made at start: tokens of an earlier run are rejected
    QHash<QString, PendingCode> m_codes;
    QHash<QString, PendingSignIn> m_signIns;
    QHash<QString, PendingDevice> m_devices; // by device_code
    QHash<QString, RefreshGrant> m_refreshTokens;
};
