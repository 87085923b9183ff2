#include "tokenreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

std::optional<TokenReply> TokenReply::parse(const QByteArray &body, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = body.isEmpty() ? tr("the answer was empty")
                                  : tr("the answer is not a JSON object (%1 bytes)").arg(body.size());
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    TokenReply reply;
    reply.accessToken = json.value(u"access_token"_s).toString().toLatin1();
    if (reply.accessToken.isEmpty()) {
        *problem = tr("the answer holds no access_token");
        return std::nullopt;
    }
    const QJsonValue tokenType = json.value(u"token_type"_s);
    if (!tokenType.isUndefined() && tokenType.toString().compare(u"Bearer"_s, Qt::CaseInsensitive) != 0) {
        *problem = tr("the token is of type \"%1\", not a bearer token").arg(tokenType.toString().left(40));
        return std::nullopt;
    }
    // A number, or a number in a string as older endpoints send it.
    const QJsonValue expiresIn = json.value(u"expires_in"_s);
    bool ok = expiresIn.isDouble();
    reply.expiresInSeconds = ok ? qint64(expiresIn.toDouble()) : expiresIn.toString().toLongLong(&ok);
    if (!ok || reply.expiresInSeconds <= 0) {
        *problem = tr("the answer holds no positive expires_in");
        return std::nullopt;
    }
    reply.refreshToken = json.value(u"refresh_token"_s).toString();
    reply.fields = json.toVariantMap();
    return reply;
}

LoadError TokenReply::unusable(const QString &host, const QString &problem)
{
    LoadError error;
    error.kind = LoadError::Kind::SignIn;
    error.httpStatus = 200;
    error.message = tr("The sign-in service at %1 did not answer with a usable token: %2. Nothing was kept. "
                       "Sign in again; if this repeats, check the authority URL of the connection.")
                        .arg(host, problem);
    return error;
}
