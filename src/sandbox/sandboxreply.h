#pragma once

#include "sandboxresponse.h"

#include <QJsonValue>
#include <QUrl>

// Answers in the shapes the real services use: JSON bodies, Entra's OAuth error bodies (error,
// error_description with its AADSTS code, error_codes, trace_id) and Live Platform's problem details.
class SandboxReply final {
public:
    static SandboxResponse
    json(const QJsonValue &body,
         QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok,
         const QByteArray &contentType = "application/json; charset=utf-8");
    static SandboxResponse entraError(QHttpServerResponder::StatusCode status, const QString &error,
                                      int aadstsCode, const QString &description);
    static SandboxResponse problem(QHttpServerResponder::StatusCode status, const QString &title,
                                   const QString &detail, const QString &instance);
    // {"description": ...}, the older endpoints' error body.
    static SandboxResponse description(QHttpServerResponder::StatusCode status, const QString &text);
    static SandboxResponse redirect(const QUrl &location);
    static QString traceId();
};
