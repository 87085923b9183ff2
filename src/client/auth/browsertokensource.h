#pragma once

#include "interactivetokensource.h"

#include <functional>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class EntraAuthorizationFlow;
class LoopbackReplyHandler;
class QNetworkAccessManager;
class SecretStore;

// Signing in as a user in the system browser: authorization code with PKCE (S256) and a loopback redirect,
// through Qt NetworkAuth. A fresh verifier and state for every attempt, the scope set before every grant,
// the loopback port open only while a sign-in runs, and every failure ending the attempt with a message
// (declined, state mismatch, token endpoint refusal, network, time-out, cancel).
class BrowserTokenSource final : public InteractiveTokenSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserTokenSource)

public:
    struct Settings {
        QUrl authority;
        QString directory;
        QString clientId; // a public client: never a secret
        QString apiScope;
        QString refreshTokenKey;
        int signInTimeoutMs = 5 * 60 * 1000;
    };

    BrowserTokenSource(Settings settings, QNetworkAccessManager *nam, SecretStore *secrets,
                       QObject *parent = nullptr);
    ~BrowserTokenSource() override;

    // Opens the authorize URL; returns false when no browser could be started (the URL is then offered
    // through authorizationUrlReady for the user to copy). Tests put a simulated browser here.
    void setBrowser(std::function<bool(const QUrl &)> openBrowser) { m_openBrowser = std::move(openBrowser); }

    void token(bool forceRefresh, Callback callback) override;
    void signOut() override;
    QDateTime expiresAt() const override;

    void startSignIn() override;
    void cancelSignIn() override;
    QString identity() const override { return m_identity; }
    bool isListening() const;

private:
    void callbackReceived(const QVariantMap &data);
    void fail(const QString &message, const QString &detail = {},
              LoadError::Kind kind = LoadError::Kind::SignIn);
    void fail(const LoadError &error);
    void failLater(const QString &message); // after the caller returns, like every other outcome
    void granted();

    Settings m_settings;
    QPointer<SecretStore> m_secrets;
    LoopbackReplyHandler *m_handler;
    EntraAuthorizationFlow *m_flow;
    std::function<bool(const QUrl &)> m_openBrowser;
    QByteArray m_verifier;
    QTimer m_timeout;
    QString m_identity;
    QList<Callback> m_waiting;
    bool m_signingIn = false;
};
