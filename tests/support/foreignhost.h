#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Another host as far as a client can tell: a listener on 127.0.0.2, which a redirect may point at. It
// only counts: a client that keeps credentials where they belong never connects to it.
class ForeignHost final {
public:
    ForeignHost()
    {
        m_server.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { m_received += socket->readAll(); });
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.2:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};
