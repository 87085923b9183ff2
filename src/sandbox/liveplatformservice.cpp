#include "liveplatformservice.h"

#include "auth/jwt.h"
#include "core/numbergenerator.h"

#include <memory>
#include <QDateTime>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace {

constexpr std::uint64_t RecordsPerChunk = 500;
constexpr qint64 SocketBacklog = 1 << 20; // write more only when less than this waits to be sent

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(text).hasMatch();
}

void appendChunk(QTcpSocket *socket, const std::string &data)
{
    socket->write(QByteArray::number(qulonglong(data.size()), 16) + "\r\n");
    socket->write(data.data(), qint64(data.size()));
    socket->write("\r\n");
}

} // namespace

LivePlatformService::LivePlatformService(const SandboxConfig &config, const SandboxData &data,
                                         const QByteArray &signingKey)
    : m_config(config)
    , m_data(data)
    , m_key(signingKey)
{}

bool LivePlatformService::handle(const QHttpServerRequest &request, const QStringList &path,
                                 const SandboxResponder &responder)
{
    // tenantui / api / v2|v3 / oc / numbers [/ e164]
    if (path.size() < 5 || path[0] != u"tenantui"_s || path[1] != u"api"_s || path[3] != u"oc"_s ||
        path[4] != u"numbers"_s || request.method() != QHttpServerRequest::Method::Get)
        return false;
    const QString version = path[2];
    if ((version != u"v2"_s && version != u"v3"_s) || path.size() > 6 ||
        (path.size() == 6 && version != u"v2"_s))
        return false;
    if (!authorized(request, responder))
        return true;
    if (path.size() == 6) {
        number(request, path[5], responder);
        return true;
    }
    const SandboxTenant *tenant = tenantFor(request, responder, version == u"v3"_s);
    if (!tenant)
        return true;
    if (version == u"v2"_s)
        listV2(*tenant, responder);
    else
        listV3(request, *tenant, responder);
    return true;
}

bool LivePlatformService::authorized(const QHttpServerRequest &request,
                                     const SandboxResponder &responder) const
{
    const QByteArray header = request.value("Authorization");
    QString reason;
    if (!header.startsWith("Bearer ")) {
        reason = u"no bearer token"_s;
    } else if (Jwt::verifyHs256(header.mid(7).trimmed(), m_key, m_config.apiAudience(),
                                QDateTime::currentSecsSinceEpoch(), &reason)) {
        return true;
    }
    const QByteArray challenge =
        "Bearer error=\"invalid_token\", error_description=\"" + reason.toUtf8() + "\"";
    SandboxReply::json(responder, QJsonObject{{u"description"_s, QString(u"Unauthorized: "_s + reason)}},
                       Status::Unauthorized, {{"WWW-Authenticate", challenge}});
    return false;
}

bool LivePlatformService::channelAllows(const QHttpServerRequest &request, const SandboxTenant &tenant) const
{
    const QByteArray channel = request.value("X-Ovoc-Channel-Id");
    return channel.isEmpty() || channel.toInt() == tenant.channelId;
}

const SandboxTenant *LivePlatformService::tenantFor(const QHttpServerRequest &request,
                                                    const SandboxResponder &responder,
                                                    bool problemDetails) const
{
    const QString id = request.query().queryItemValue(u"msTenantId"_s, QUrl::FullyDecoded);
    const QString instance = request.url().path(QUrl::FullyDecoded);
    if (!isGuid(id)) {
        const QString detail = id.isEmpty() ? u"The msTenantId query parameter is required."_s
                                            : u"The value '%1' is not a valid msTenantId (a GUID)."_s.arg(id);
        if (problemDetails)
            SandboxReply::problem(responder, Status::BadRequest, u"One or more validation errors occurred."_s,
                                  detail, instance);
        else
            SandboxReply::json(responder, QJsonObject{{u"description"_s, detail}}, Status::BadRequest);
        return nullptr;
    }
    static const SandboxTenant unknown;
    const SandboxTenant *tenant = m_data.tenant(id);
    if (tenant && !channelAllows(request, *tenant)) {
        SandboxReply::problem(responder, Status::Forbidden, u"Forbidden"_s,
                              u"Tenant %1 does not belong to channel %2."_s.arg(
                                  id, QString::fromLatin1(request.value("X-Ovoc-Channel-Id"))),
                              instance);
        return nullptr;
    }
    return tenant ? tenant : &unknown; // a tenant with no numbers here: an empty list
}

void LivePlatformService::listV2(const SandboxTenant &tenant, const SandboxResponder &responder) const
{
    // Chunked, generated a few hundred records at a time as the socket drains: a 10^6-number response is
    // never held in memory.
    responder->writeStatusLine(Status::Ok);
    responder->writeHeader("Content-Type", "application/json; charset=utf-8");
    responder->writeHeader("Transfer-Encoding", "chunked");
    responder->writeBody("");
    struct Stream {
        SandboxResponder responder;
        const SandboxTenant *tenant;
        std::uint64_t total;
        std::uint64_t next = 0;
    };
    QTcpSocket *socket = responder->socket();
    auto stream =
        std::make_shared<Stream>(Stream{responder, &tenant, tenant.id.isEmpty() ? 0 : m_data.size(tenant)});
    // Returns false once the whole body is written.
    const auto pump = [this, socket](Stream &s) {
        std::string out;
        while (socket->bytesToWrite() < SocketBacklog) {
            out.clear();
            if (s.next == 0)
                out += "[";
            const std::uint64_t end = std::min(s.total, s.next + RecordsPerChunk);
            for (std::uint64_t i = s.next; i < end; ++i) {
                out += i == 0 ? "\n    " : ",\n    ";
                m_data.appendRecord(out, *s.tenant, i, 4, false);
            }
            s.next = end;
            if (end == s.total) {
                out += s.total == 0 ? "]" : "\n]";
                appendChunk(socket, out);
                socket->write("0\r\n\r\n");
                return false;
            }
            appendChunk(socket, out);
        }
        return true;
    };
    if (!pump(*stream))
        return;
    // The connection owns the stream: it ends with the body, or with the socket if the client goes away.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [stream, pump, connection](qint64) {
            if (!pump(*stream))
                QObject::disconnect(*connection);
        });
}

void LivePlatformService::listV3(const QHttpServerRequest &request, const SandboxTenant &tenant,
                                 const SandboxResponder &responder) const
{
    const QUrlQuery query = request.query();
    bool pageOk = true, sizeOk = true;
    const qint64 pageNumber =
        query.hasQueryItem(u"pageNumber"_s) ? query.queryItemValue(u"pageNumber"_s).toLongLong(&pageOk) : 1;
    const qint64 pageSize =
        query.hasQueryItem(u"pageSize"_s) ? query.queryItemValue(u"pageSize"_s).toLongLong(&sizeOk) : 200;
    if (!pageOk || !sizeOk || pageNumber < 1 || pageSize < 1 || pageSize > 5000) {
        SandboxReply::problem(responder, Status::BadRequest, u"One or more validation errors occurred."_s,
                              u"pageNumber must be 1 or more and pageSize between 1 and 5000."_s,
                              request.url().path());
        return;
    }
    int status = -2;
    if (query.hasQueryItem(u"acquiredNumberStatus"_s)) {
        const QString value = query.queryItemValue(u"acquiredNumberStatus"_s);
        bool ok = false;
        status = value.toInt(&ok);
        if (!ok || status < 0 || status > 3) {
            SandboxReply::problem(responder, Status::BadRequest, u"One or more validation errors occurred."_s,
                                  u"acquiredNumberStatus must be 0, 1, 2 or 3, not '%1'."_s.arg(value),
                                  request.url().path());
            return;
        }
    }
    // The records this query selects, by index.
    std::vector<std::uint64_t> selected;
    const std::uint64_t size = tenant.id.isEmpty() ? 0 : m_data.size(tenant);
    if (status == -2) {
        selected.resize(size);
        for (std::uint64_t i = 0; i < size; ++i)
            selected[i] = i;
    } else {
        for (std::uint64_t i = 0; i < size; ++i) {
            if (m_data.statusCode(tenant, i) == status)
                selected.push_back(i);
        }
    }
    const std::uint64_t total = selected.size();
    const std::uint64_t pages = (total + std::uint64_t(pageSize) - 1) / std::uint64_t(pageSize);
    const std::uint64_t first = std::uint64_t(pageNumber - 1) * std::uint64_t(pageSize);
    std::string out = "{\n    \"currentPage\": " + std::to_string(pageNumber) +
                      ",\n    \"pageSize\": " + std::to_string(pageSize) +
                      ",\n    \"totalPages\": " + std::to_string(pages) +
                      ",\n    \"totalRecords\": " + std::to_string(total) + ",\n    \"data\": [";
    const std::uint64_t last = std::min(total, first + std::uint64_t(pageSize));
    for (std::uint64_t i = first; i < last; ++i) {
        out += i == first ? "\n        " : ",\n        ";
        m_data.appendRecord(out, tenant, selected[i], 8, true);
    }
    out += first < last ? "\n    ]\n}" : "]\n}";
    responder->writeStatusLine(Status::Ok);
    responder->writeHeader("Content-Type", "application/json; charset=utf-8");
    responder->writeHeader("Content-Length", QByteArray::number(qulonglong(out.size())));
    responder->writeBody("");
    responder->writeBody(out.data(), qint64(out.size()));
}

void LivePlatformService::number(const QHttpServerRequest &request, const QString &e164,
                                 const SandboxResponder &responder) const
{
    const auto location = m_data.find(e164.toUtf8());
    if (!location || !channelAllows(request, *location->tenant)) {
        SandboxReply::json(responder,
                           QJsonObject{{u"description"_s, u"Number %1 was not found."_s.arg(e164)}},
                           Status::NotFound);
        return;
    }
    std::string out;
    m_data.appendRecord(out, *location->tenant, location->index, 0, false);
    responder->writeStatusLine(Status::Ok);
    responder->writeHeader("Content-Type", "application/json; charset=utf-8");
    responder->writeHeader("Content-Length", QByteArray::number(qulonglong(out.size())));
    responder->writeBody("");
    responder->writeBody(out.data(), qint64(out.size()));
}
