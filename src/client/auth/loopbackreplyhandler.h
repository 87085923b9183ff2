#pragma once

#include "client/loaderror.h"

#include <QOAuthHttpServerReplyHandler>

// The browser sign-in's redirect target: listens on 127.0.0.1 (an ephemeral port, only while a sign-in
// runs) at /callback. It also reads the token endpoint's answers itself: Qt 6.4 swallows an HTTP 400 from
// Entra, follows no Content-Length, and prints a body it cannot parse, tokens included, to the log. Only a
// checked token reaches Qt's flow; everything else ends the request with a reason.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;
    // The page the browser shows after the redirect: whether the sign-in went through, and that the tab
    // can be closed.
    void showOutcome(bool succeeded, const QString &text);
    // The page while the token is still being fetched: no promise yet.
    void showReceived();

signals:
    // Entra refused the request. error: its "error" code; description its text without trace ids.
    void tokenRequestFailed(const QString &error, const QString &description, int httpStatus);
    // The answer could not be used: no connection, a redirect, TLS, cut short, or not a token.
    void tokenReplyUnusable(const LoadError &error);
};
