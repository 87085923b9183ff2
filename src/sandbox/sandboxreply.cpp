#include "sandboxreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

QString SandboxReply::traceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void SandboxReply::json(const SandboxResponder &responder, const QJsonValue &body,
                        QHttpServerResponder::StatusCode status,
                        QHttpServerResponder::HeaderList extraHeaders, const QByteArray &contentType)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented);
    responder->writeStatusLine(status);
    responder->writeHeader("Content-Type", contentType);
    responder->writeHeader("Content-Length", QByteArray::number(bytes.size()));
    responder->writeHeaders(extraHeaders);
    responder->writeBody("");
    responder->writeBody(bytes);
}

void SandboxReply::entraError(const SandboxResponder &responder, QHttpServerResponder::StatusCode status,
                              const QString &error, int aadstsCode, const QString &description)
{
    const QString trace = traceId();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    json(responder,
         QJsonObject{{u"error"_s, error},
                     {u"error_description"_s,
                      u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                          QString::number(aadstsCode), description, trace, traceId(), timestamp)},
                     {u"error_codes"_s, QJsonArray{aadstsCode}},
                     {u"timestamp"_s, timestamp},
                     {u"trace_id"_s, trace},
                     {u"correlation_id"_s, traceId()},
                     {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadstsCode)}},
         status);
}

void SandboxReply::problem(const SandboxResponder &responder, QHttpServerResponder::StatusCode status,
                           const QString &title, const QString &detail, const QString &instance)
{
    const QString ticket = u"LP-"_s + traceId().left(8).toUpper();
    json(responder,
         QJsonObject{{u"type"_s, u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s},
                     {u"title"_s, title},
                     {u"status"_s, static_cast<int>(status)},
                     {u"detail"_s, detail},
                     {u"instance"_s, instance},
                     {u"errorTicket"_s, ticket},
                     {u"errorCode"_s, static_cast<int>(status) * 100 + 1},
                     {u"TraceId"_s, traceId()}},
         status, {}, "application/problem+json; charset=utf-8");
}

void SandboxReply::redirect(const SandboxResponder &responder, const QUrl &location)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode::Found);
    responder->writeHeader("Location", location.toEncoded());
    responder->writeHeader("Content-Length", "0");
    responder->writeBody("");
}
