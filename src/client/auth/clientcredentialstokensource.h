#pragma once

#include "tokensource.h"

#include <QList>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// The vendor-documented sign-in: the service provider's app registration (client id + secret) gets a
// token with the client-credentials grant. The token is kept until shortly before it expires (computed
// from expires_in and the local clock); callers that ask while a request is out wait for that one.
class ClientCredentialsTokenSource final : public TokenSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsTokenSource)

public:
    struct Settings {
        QUrl authority;    // https://login.microsoftonline.com (http only for loopback)
        QString directory; // tenant id of the service provider's directory
        QString clientId;
        QString clientSecret;
        QString scope; // api://…/.default
        int timeoutMs = 30000;
    };

    ClientCredentialsTokenSource(Settings settings, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ClientCredentialsTokenSource() override;

    void token(bool forceRefresh, Callback callback) override;
    void signOut() override;
    QDateTime expiresAt() const override { return m_expires; }

    // Entra's error code to advice a support engineer can act on (AADSTS700016, 7000215, ...).
    static LoadError describeEntraError(int httpStatus, const QByteArray &body, const QString &directory,
                                        const QString &clientId);

private:
    void finished(QNetworkReply *reply);
    void answer(const LoadError &error);

    Settings m_settings;
    QNetworkAccessManager *m_nam;
    QByteArray m_token;
    QDateTime m_expires;
    QPointer<QNetworkReply> m_pending;
    QList<Callback> m_waiting;
};
