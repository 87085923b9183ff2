#include "sandboxserver.h"

#include "identityservice.h"
#include "liveplatformservice.h"
#include "sandboxdata.h"
#include "sandboxreply.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcSandbox, "ocnumbers.sandbox", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    default:
        return u"OTHER"_s;
    }
}

// Who called, without the secret: the first characters of the token's SHA-256.
QString tokenFingerprint(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return u"-"_s;
    return u"token#"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(header.mid(7), QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_data(std::make_unique<SandboxData>(config))
    , m_identity(std::make_unique<IdentityService>(config))
    , m_livePlatform(std::make_unique<LivePlatformService>(config, *m_data, m_identity->signingKey()))
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::start()
{
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), m_config.port);
    if (m_port == 0)
        return tr("cannot listen on 127.0.0.1 port %1 (in use, or not allowed)").arg(m_config.port);
    return {};
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/tenantui"_s.arg(m_port));
}

QUrl SandboxServer::authorityUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QByteArray SandboxServer::issueAppToken() const
{
    return m_identity->accessToken({{u"appid"_s, m_config.appClientId}, {u"roles"_s, u"LiveCloud.API"_s}},
                                   m_config.directory);
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QStringList path = request.url().path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    const bool handled =
        m_livePlatform->handle(request, path, shared) || m_identity->handle(request, path, shared);
    if (!handled) {
        SandboxReply::json(
            shared, QJsonObject{{u"description"_s, u"No such endpoint: %1"_s.arg(request.url().path())}},
            QHttpServerResponder::StatusCode::NotFound);
    }
    qCInfo(lcSandbox).noquote() << methodName(request.method()) << request.url().path(QUrl::FullyEncoded)
                                << (handled ? "" : "(unknown)") << tokenFingerprint(request)
                                << QString::number(timer.elapsed()) + u" ms"_s;
}
