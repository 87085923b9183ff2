#include "sandboxreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

QString SandboxReply::traceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxResponse SandboxReply::json(const QJsonValue &body, QHttpServerResponder::StatusCode status,
                                   const QByteArray &contentType)
{
    SandboxResponse response;
    response.status = status;
    response.headers = {{"Content-Type", contentType}};
    response.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented);
    return response;
}

SandboxResponse SandboxReply::entraError(QHttpServerResponder::StatusCode status, const QString &error,
                                         int aadstsCode, const QString &description)
{
    const QString trace = traceId();
    const QString correlation = traceId();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return json(
        QJsonObject{{u"error"_s, error},
                    {u"error_description"_s,
                     u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                         QString::number(aadstsCode), description, trace, correlation, timestamp)},
                    {u"error_codes"_s, QJsonArray{aadstsCode}},
                    {u"timestamp"_s, timestamp},
                    {u"trace_id"_s, trace},
                    {u"correlation_id"_s, correlation},
                    {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadstsCode)}},
        status);
}

SandboxResponse SandboxReply::problem(QHttpServerResponder::StatusCode status, const QString &title,
                                      const QString &detail, const QString &instance)
{
    const QString ticket = u"LP-"_s + traceId().left(8).toUpper();
    return json(QJsonObject{{u"type"_s, u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s},
                            {u"title"_s, title},
                            {u"status"_s, static_cast<int>(status)},
                            {u"detail"_s, detail},
                            {u"instance"_s, instance},
                            {u"errorTicket"_s, ticket},
                            {u"errorCode"_s, static_cast<int>(status) * 100 + 1},
                            {u"TraceId"_s, traceId()}},
                status, "application/problem+json; charset=utf-8");
}

SandboxResponse SandboxReply::description(QHttpServerResponder::StatusCode status, const QString &text)
{
    return json(QJsonObject{{u"description"_s, text}}, status);
}

SandboxResponse SandboxReply::redirect(const QUrl &location)
{
    SandboxResponse response;
    response.status = QHttpServerResponder::StatusCode::Found;
    response.headers = {{"Location", location.toEncoded()}};
    return response;
}
