#pragma once

#include <QOAuthHttpServerReplyHandler>

// The browser sign-in's redirect target: listens on 127.0.0.1 (an ephemeral port, only while a sign-in
// runs) at /callback. Qt 6.4 swallows token-endpoint errors (an HTTP 400 from Entra emits nothing); this
// handler reports them, and deletes the replies 6.4 would leak.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;
    // The page the browser shows after the redirect: whether the sign-in went through, and that the tab
    // can be closed.
    void showOutcome(bool succeeded, const QString &text);

signals:
    // error: Entra's "error" code (or the network error); description its text without trace ids.
    void tokenRequestFailed(const QString &error, const QString &description, int httpStatus);
};
