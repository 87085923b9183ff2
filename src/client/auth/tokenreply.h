#pragma once

#include "client/loaderror.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

// A token endpoint's successful answer (RFC 6749 §5.1), checked before anything uses it: a JSON object with
// a bearer access token and a positive lifetime. The reasons it gives for refusing a body never quote it,
// since a body cut short is still full of secrets.
struct TokenReply final {
    Q_DECLARE_TR_FUNCTIONS(TokenReply)

public:
    QByteArray accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    QVariantMap fields; // every member, as Qt's authorization flow takes them

    // The reply, or nullopt with *problem saying what is wrong in a few words.
    static std::optional<TokenReply> parse(const QByteArray &body, QString *problem);
    // The sign-in error for a 200 answer from host that parse() refused for problem.
    static LoadError unusable(const QString &host, const QString &problem);
};
