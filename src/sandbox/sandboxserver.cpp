#include "sandboxserver.h"

#include "identityservice.h"
#include "liveplatformservice.h"
#include "sandboxdata.h"
#include "sandboxreply.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

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
    return {u"http://127.0.0.1:%1/tenantui"_s.arg(m_port)};
}

QUrl SandboxServer::authorityUrl() const
{
    return {u"http://127.0.0.1:%1"_s.arg(m_port)};
}

QByteArray SandboxServer::issueAppToken() const
{
    return m_identity->accessToken({{u"appid"_s, m_config.appClientId}, {u"roles"_s, u"LiveCloud.API"_s}},
                                   m_config.directory);
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QStringList path = request.url().path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    SandboxRoute route = SandboxRoute::Any;
    if (const auto live = LivePlatformService::route(request, path))
        route = *live;
    else if (path.size() == 4 && path[1] == u"oauth2"_s)
        route = path[3] == u"token"_s ? SandboxRoute::Token : SandboxRoute::Authorize;
    const std::optional<SandboxFault> fault =
        route == SandboxRoute::Any ? std::nullopt : m_faults.take(route);
    SandboxResponse response = answer(request, path, route, fault);
    qCInfo(lcSandbox).noquote() << methodName(request.method()) << request.url().path(QUrl::FullyEncoded)
                                << static_cast<int>(response.status) << tokenFingerprint(request)
                                << (fault ? u"(fault injected)"_s : QString());
    send(shared, std::move(response), fault);
}

SandboxResponse SandboxServer::answer(const QHttpServerRequest &request, const QStringList &path,
                                      SandboxRoute route, const std::optional<SandboxFault> &fault)
{
    using Status = QHttpServerResponder::StatusCode;
    using Kind = SandboxFault::Kind;
    if (path == QStringList{u"sandbox"_s, u"faults"_s}) {
        if (request.method() == QHttpServerRequest::Method::Delete) {
            m_faults.clear();
            return SandboxReply::description(Status::Ok, u"All faults cleared."_s);
        }
        if (request.method() == QHttpServerRequest::Method::Post) {
            const QString error = m_faults.add(QString::fromUtf8(request.body()));
            return error.isEmpty() ? SandboxReply::description(Status::Ok, u"Faults added."_s)
                                   : SandboxReply::description(Status::BadRequest, error);
        }
    }
    if (fault) {
        switch (fault->kind) {
        case Kind::TooManyRequests: {
            SandboxResponse response =
                SandboxReply::description(Status::TooManyRequests, u"Too many requests. Retry later."_s);
            response.headers.emplaceBack("Retry-After", QByteArray::number(fault->value));
            return response;
        }
        case Kind::ServiceUnavailable: {
            SandboxResponse response = SandboxReply::description(
                Status::ServiceUnavailable, u"The service is temporarily unavailable."_s);
            response.headers.emplaceBack("Retry-After", QByteArray::number(fault->value));
            return response;
        }
        case Kind::ServerError:
            return SandboxReply::description(Status::InternalServerError, u"An unexpected error occurred."_s);
        case Kind::BadGateway:
        case Kind::WrongContentType: {
            SandboxResponse response;
            response.status = fault->kind == Kind::BadGateway ? Status::BadGateway : Status::Ok;
            response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
            response.body =
                fault->kind == Kind::BadGateway
                    ? "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                      "Gateway</h1></center></body></html>\n"
                    : "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Your session "
                      "has ended. Sign in again.</form></body></html>\n";
            return response;
        }
        case Kind::Redirect: {
            // 307 keeps a POST a POST, body and all: what would carry a client secret to the target.
            const bool post = route == SandboxRoute::Token;
            SandboxResponse response = SandboxReply::description(
                post ? Status::TemporaryRedirect : Status::Found, u"Moved to %1"_s.arg(fault->target));
            response.headers.emplaceBack("Location", fault->target.toUtf8());
            return response;
        }
        case Kind::ExpiredToken:
            if (route == SandboxRoute::NumbersV2 || route == SandboxRoute::NumbersV3 ||
                route == SandboxRoute::Number)
                return LivePlatformService::unauthorized(u"the token has expired"_s);
            break;
        default:
            break;
        }
    }
    if (route == SandboxRoute::NumbersV2 || route == SandboxRoute::NumbersV3 || route == SandboxRoute::Number)
        return m_livePlatform->handle(request, path, route, fault);
    if (auto identity = m_identity->handle(request, path))
        return *identity;
    return SandboxReply::description(QHttpServerResponder::StatusCode::NotFound,
                                     u"No such endpoint: %1"_s.arg(request.url().path()));
}

void SandboxServer::send(const std::shared_ptr<QHttpServerResponder> &responder, SandboxResponse response,
                         const std::optional<SandboxFault> &fault)
{
    using Kind = SandboxFault::Kind;
    const Kind kind = fault ? fault->kind : Kind::ServerError;
    const bool cut = fault && (kind == Kind::Reset || kind == Kind::Truncate);
    if (fault && kind == Kind::Latency) {
        // The client may give up meanwhile; its socket is then gone and the answer is dropped.
        const QPointer<QTcpSocket> socket = responder->socket();
        QTimer::singleShot(fault->value, this,
                           [this, socket, responder, response = std::move(response)]() mutable {
                               if (socket && socket->state() == QAbstractSocket::ConnectedState)
                                   send(responder, std::move(response), std::nullopt);
                           });
        return;
    }
    if (fault && kind == Kind::Malformed) {
        // The first part of the JSON, then garbage: what a proxy's half-written cache entry looks like.
        QByteArray body = response.stream ? response.stream() : response.body;
        body.truncate(std::max<qsizetype>(1, body.size() * 3 / 5));
        body += "\x01<<garbage";
        response.body = body;
        response.stream = nullptr;
    }
    if (fault && kind == Kind::Unterminated) {
        // What a connection closed early looks like when the client cannot tell it from the end.
        QByteArray body = response.stream ? response.stream() : response.body;
        body.truncate(std::max<qsizetype>(1, body.size() * 3 / 5));
        response.body.clear();
        response.stream = [body, sent = false]() mutable {
            return std::exchange(sent, true) ? QByteArray() : body;
        };
    }
    QTcpSocket *socket = responder->socket();
    responder->writeStatusLine(response.status);
    for (const auto &[key, value] : std::as_const(response.headers))
        responder->writeHeader(key, value);

    struct Sending {
        std::shared_ptr<QHttpServerResponder> responder;
        SandboxResponse response;
        QByteArray pending;   // bytes waiting to go out (drip) or the fixed body
        qsizetype limit = -1; // cut the connection after this many body bytes
        qsizetype sent = 0;
        bool finished = false;
    };
    auto sending = std::make_shared<Sending>();
    sending->responder = responder;
    if (response.stream) {
        responder->writeHeader("Transfer-Encoding", "chunked");
        if (cut)
            sending->limit = 64 * 1024;
    } else {
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        if (cut)
            sending->limit = response.body.size() / 2;
    }
    responder->writeBody("");
    sending->response = std::move(response);
    const int dripMs = fault && kind == Kind::Drip ? std::max(1, fault->value) : 0;
    constexpr qint64 Backlog = 1 << 20;
    constexpr qsizetype DripPiece = 512;

    // Writes what it can now; returns false once there is nothing more to write.
    const auto pump = [socket, sending, dripMs, kind]() {
        Sending &s = *sending;
        while (!s.finished && socket->bytesToWrite() < Backlog) {
            if (s.pending.isEmpty()) {
                if (s.response.stream) {
                    const QByteArray piece = s.response.stream();
                    s.pending = piece.isEmpty()
                                    ? QByteArray("0\r\n\r\n")
                                    : QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
                    if (piece.isEmpty())
                        s.response.stream = nullptr;
                } else if (!s.response.body.isNull()) {
                    s.pending = std::exchange(s.response.body, QByteArray());
                } else {
                    s.finished = true;
                    break;
                }
                if (s.pending.isEmpty()) {
                    s.finished = true;
                    break;
                }
            }
            QByteArray piece = dripMs ? s.pending.left(DripPiece) : s.pending;
            if (s.limit >= 0 && s.sent + piece.size() >= s.limit) {
                piece.truncate(s.limit - s.sent);
                socket->write(piece);
                if (kind == SandboxFault::Kind::Reset) {
                    // What was written must reach the client before the reset, or it sees no answer at all
                    // and quietly sends the request again (QNetworkAccessManager does). Flushing is not
                    // enough on a busy machine: the client must also have read it, so the reset waits a
                    // moment.
                    while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(1000)) {
                    }
                    QTimer::singleShot(200, socket, [socket] {
                        // A real reset (RST), not an orderly close: Qt can take a close in the middle of a
                        // chunked body for its end.
                        const linger reset{1, 0};
                        setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                                   sizeof reset);
                        socket->abort();
                    });
                } else {
                    socket->disconnectFromHost(); // sends what is buffered, then closes
                }
                s.finished = true;
                return false;
            }
            socket->write(piece);
            s.sent += piece.size();
            // Dropped whole where it went whole: remove() would first copy a body shared with the sandbox's
            // kept list (Qt 6.4 detaches before it erases), a second 1.4 GB for a million numbers.
            if (piece.size() == s.pending.size())
                s.pending.clear();
            else
                s.pending.remove(0, piece.size());
            if (dripMs)
                return true; // the next piece after a pause
        }
        return !s.finished;
    };
    if (!pump())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    if (dripMs) {
        auto *timer = new QTimer(socket);
        timer->setInterval(dripMs);
        QObject::connect(timer, &QTimer::timeout, socket, [pump, timer]() {
            if (!pump())
                timer->deleteLater();
        });
        timer->start();
        return;
    }
    // The connection keeps the answer alive until it is written, or the client goes away.
    *connection = QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [pump, connection](qint64) {
        if (!pump())
            QObject::disconnect(*connection);
    });
}
