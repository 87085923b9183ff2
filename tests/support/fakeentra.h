#pragma once

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// An identity provider that starts every device-code sign-in at once and then answers the token request
// with tokenReply as it is, HTTP 200: for replies the sandbox never gives (no access_token, no lifetime).
class FakeEntra final {
public:
    FakeEntra()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                const QString path = request.url().path();
                if (path.endsWith(QStringLiteral("/devicecode"))) {
                    QJsonObject started;
                    started.insert(QStringLiteral("device_code"), QStringLiteral("fake-device-code"));
                    started.insert(QStringLiteral("user_code"), QStringLiteral("FAKECODE"));
                    started.insert(QStringLiteral("verification_uri"),
                                   QString(authority().toString() + QStringLiteral("/devicelogin")));
                    started.insert(QStringLiteral("expires_in"), 900);
                    started.insert(QStringLiteral("interval"), 1);
                    started.insert(QStringLiteral("message"), QStringLiteral("To sign in, enter FAKECODE."));
                    responder.write(QJsonDocument(started), QHttpServerResponder::StatusCode::Ok);
                } else if (path.endsWith(QStringLiteral("/token"))) {
                    ++m_tokenRequests;
                    responder.write(tokenReply, "application/json", QHttpServerResponder::StatusCode::Ok);
                } else {
                    responder.write(QHttpServerResponder::StatusCode::NotFound);
                }
            });
        m_port = m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }
    QUrl authority() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int tokenRequests() const { return m_tokenRequests; }

    QByteArray tokenReply;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_tokenRequests = 0;
};
