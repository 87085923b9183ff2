#pragma once

#include "interactivetokensource.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class SecretStore;

// Signing in as a user with the OAuth device code flow, for machines whose browser cannot reach a loopback
// port (remote shells, locked-down desktops): the user opens a URL elsewhere and types a code. The refresh
// token is kept in a SecretStore (the OS keychain) and, since Entra rotates it on every use, replaced each
// time; later runs sign in silently with it.
class DeviceCodeTokenSource final : public InteractiveTokenSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeTokenSource)

public:
    struct Settings {
        QUrl authority;
        QString directory;       // a tenant id, or "organizations"
        QString clientId;        // a public client: no secret
        QString apiScope;        // api://…/.default
        QString refreshTokenKey; // where the refresh token lives in the SecretStore
        int timeoutMs = 30000;
    };

    DeviceCodeTokenSource(Settings settings, QNetworkAccessManager *nam, SecretStore *secrets,
                          QObject *parent = nullptr);
    ~DeviceCodeTokenSource() override;

    // token(): from memory, else by refreshing the stored refresh token; with neither, an error that asks
    // for startSignIn().
    void token(bool forceRefresh, Callback callback) override;
    void signOut() override;
    QDateTime expiresAt() const override { return m_expires; }

    void startSignIn() override;
    void cancelSignIn() override;
    // The signed-in user, from the token's claims: "Name <user@domain>".
    QString identity() const override { return m_identity; }

private:
    void stopSignIn(); // without reporting it: a new sign-in starts, or the user signs out
    QNetworkReply *post(const QString &endpoint, const QList<QPair<QString, QString>> &form);
    void poll();
    // Takes a 200 answer's token; an error when it holds none that can be used.
    LoadError tokensReceived(const QNetworkReply *reply, const QByteArray &body);
    void refresh(const QString &refreshToken);
    void answerWaiting(const LoadError &error);
    LoadError replyError(const QNetworkReply *reply, const QByteArray &body, const QString &what) const;
    LoadError entraError(const QByteArray &body, int status, const QString &what) const;

    Settings m_settings;
    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_secrets;
    QByteArray m_token;
    QDateTime m_expires;
    QString m_identity;
    QString m_deviceCode;
    QDateTime m_deviceCodeExpires;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_pending;
    QList<Callback> m_waiting;
    bool m_refreshing = false;
};
