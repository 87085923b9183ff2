#include "jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray hmac(const QByteArray &data, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Constant-time comparison: a signature check must not tell how many leading bytes were right.
bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray Jwt::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(Base64Url);
}

QByteArray Jwt::randomUrlSafe(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(buffer.data()), bytes / 4);
    return base64Url(buffer);
}

QByteArray Jwt::signHs256(const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + payload;
    return signingInput + '.' + base64Url(hmac(signingInput, key));
}

std::optional<QJsonObject> Jwt::claims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    return decodeObject(parts[1]);
}

std::optional<QJsonObject> Jwt::verifyHs256(const QByteArray &token, const QByteArray &key,
                                            const QString &audience, qint64 now, QString *error)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        *error = tr("the token is not a JWT (header.payload.signature)");
        return std::nullopt;
    }
    const auto header = decodeObject(parts[0]);
    if (!header || header->value(u"alg"_s).toString() != u"HS256"_s) {
        *error = tr("the token's header is not an HS256 JWT header");
        return std::nullopt;
    }
    const auto signature =
        QByteArray::fromBase64Encoding(parts[2], Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !equalBytes(*signature, hmac(parts[0] + '.' + parts[1], key))) {
        *error = tr("the token's signature is invalid");
        return std::nullopt;
    }
    const auto payload = decodeObject(parts[1]);
    if (!payload) {
        *error = tr("the token's payload is not a JSON object");
        return std::nullopt;
    }
    const qint64 expires = payload->value(u"exp"_s).toInteger(-1);
    const qint64 notBefore = payload->value(u"nbf"_s).toInteger(0);
    if (expires < 0 || now >= expires) {
        *error = tr("the token has expired");
        return std::nullopt;
    }
    if (now < notBefore) {
        *error = tr("the token is not valid yet");
        return std::nullopt;
    }
    if (payload->value(u"aud"_s).toString() != audience) {
        *error = tr("the token is for audience \"%1\", not \"%2\"")
                     .arg(payload->value(u"aud"_s).toString(), audience);
        return std::nullopt;
    }
    return payload;
}

QString Jwt::identity(const QByteArray &token)
{
    const auto payload = claims(token);
    if (!payload)
        return {};
    const QString name = payload->value(u"name"_s).toString();
    const QString user = payload->value(u"preferred_username"_s).toString();
    return user.isEmpty() ? name : name.isEmpty() ? user : u"%1 <%2>"_s.arg(name, user);
}
