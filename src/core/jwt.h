#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// JSON Web Tokens signed with HS256 (HMAC-SHA256), as the sandbox issues them, and reading the claims of
// any JWT (Entra's RS256 ones included) for display. Verification here is for tokens the sandbox signed.
class Jwt final {
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    static QByteArray signHs256(const QJsonObject &claims, const QByteArray &key);

    // The claims if the signature matches key, nbf <= now < exp (seconds since the epoch) and aud is
    // audience; otherwise nullopt and *error says which check failed.
    static std::optional<QJsonObject> verifyHs256(const QByteArray &token, const QByteArray &key,
                                                  const QString &audience, qint64 now, QString *error);

    // The payload without any verification, or nullopt when token is not header.payload.signature JSON.
    static std::optional<QJsonObject> claims(const QByteArray &token);

    static QByteArray base64Url(const QByteArray &bytes);
    // bytes (a multiple of 4) of cryptographic randomness, base64url: PKCE verifiers, states, codes.
    static QByteArray randomUrlSafe(int bytes);

    // Who a user token belongs to, for display: "Name <user@domain>" from name and preferred_username.
    static QString identity(const QByteArray &token);
};
