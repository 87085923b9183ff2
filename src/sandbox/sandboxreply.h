#pragma once

#include <memory>
#include <QHttpServerResponder>
#include <QJsonObject>

using SandboxResponder = std::shared_ptr<QHttpServerResponder>;

// Answers in the shapes the real services use: JSON bodies, Entra's OAuth error bodies (error,
// error_description with its AADSTS code, error_codes, trace_id) and Live Platform's problem details.
class SandboxReply final {
public:
    static void json(const SandboxResponder &responder, const QJsonValue &body,
                     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok,
                     QHttpServerResponder::HeaderList extraHeaders = {},
                     const QByteArray &contentType = "application/json; charset=utf-8");
    static void entraError(const SandboxResponder &responder, QHttpServerResponder::StatusCode status,
                           const QString &error, int aadstsCode, const QString &description);
    static void problem(const SandboxResponder &responder, QHttpServerResponder::StatusCode status,
                        const QString &title, const QString &detail, const QString &instance);
    static void redirect(const SandboxResponder &responder, const QUrl &location);
    static QString traceId();
};
