#pragma once

#include "client/loaderror.h"

#include <functional>
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTimer>

// Where the API's bearer tokens come from (app registration, browser sign-in, device code). Asynchronous:
// token() answers at once from the cache when it can, otherwise fetches and answers later, exactly once
// per call, through the callback. Never logs or shows a token.
class TokenSource : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const QByteArray &token, const LoadError &error)>;

    explicit TokenSource(QObject *parent = nullptr);

    // forceRefresh: the last token was refused (401); get a new one even if it seems valid.
    virtual void token(bool forceRefresh, Callback callback) = 0;
    virtual void signOut() = 0;
    virtual QDateTime expiresAt() const = 0;

signals:
    // A token was renewed ahead of its expiry, without anyone asking.
    void renewed(const QDateTime &expiresAt);

protected:
    // What a user sign-in asks for: sign-in, profile and a refresh token, and the API's scope.
    static QString userScope(const QString &apiScope)
    {
        return QStringLiteral("openid profile offline_access ") + apiScope;
    }
    // Qt 6.4 refreshes nothing by itself. Sources that can refresh call this with each new token: a new
    // one is fetched a few minutes before expiry (a quarter of the lifetime for short-lived tokens).
    void scheduleRenewal(const QDateTime &expiresAt);
    void stopRenewal() { m_renewal.stop(); }
    // True while a cached token expiring at expiresAt is still worth handing out.
    bool isFresh(const QDateTime &expiresAt) const;

private:
    QTimer m_renewal;
    qint64 m_leadSeconds = 300;
};
