#include "liveplatformservice.h"

#include "core/identifiers.h"
#include "core/jwt.h"
#include "renderedlist.h"
#include "sandboxreply.h"

#include <memory>
#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace {

constexpr std::uint64_t RecordsPerPiece = 500;
constexpr qsizetype MaxPieceBytes = 1 << 20;
const QString ValidationTitle = u"One or more validation errors occurred."_s;

QByteArray toBytes(const std::string &text)
{
    return {text.data(), static_cast<qsizetype>(text.size())};
}

} // namespace

LivePlatformService::LivePlatformService(const SandboxConfig &config, const SandboxData &data,
                                         const QByteArray &signingKey)
    : m_config(config)
    , m_data(data)
    , m_key(signingKey)
{}

LivePlatformService::~LivePlatformService() = default;

std::shared_ptr<RenderedList> LivePlatformService::rendered(const SandboxTenant &tenant, bool v3) const
{
    if (!m_rendered || &m_rendered->tenant() != &tenant || m_rendered->isV3() != v3) {
        m_rendered.reset(); // the old one goes first (unless a response still sends it): one at a time
        m_rendered = std::make_shared<RenderedList>(m_data, tenant, v3);
    }
    return m_rendered;
}

const std::vector<std::uint64_t> &LivePlatformService::withStatus(const SandboxTenant &tenant,
                                                                  int status) const
{
    if (m_selection.tenant != &tenant || m_selection.status != status) {
        m_selection.tenant = &tenant;
        m_selection.status = status;
        m_selection.indexes.clear();
        for (std::uint64_t i = 0, size = m_data.size(tenant); i < size; ++i) {
            if (m_data.statusCode(tenant, i) == status)
                m_selection.indexes.push_back(i);
        }
    }
    return m_selection.indexes;
}

std::optional<SandboxRoute> LivePlatformService::route(const QHttpServerRequest &request,
                                                       const QStringList &path)
{
    // tenantui / api / v2|v3 / oc / numbers [/ e164]
    if (path.size() < 5 || path.size() > 6 || path[0] != u"tenantui"_s || path[1] != u"api"_s ||
        path[3] != u"oc"_s || path[4] != u"numbers"_s || request.method() != QHttpServerRequest::Method::Get)
        return std::nullopt;
    if (path[2] == u"v2"_s)
        return path.size() == 6 ? SandboxRoute::Number : SandboxRoute::NumbersV2;
    if (path[2] == u"v3"_s && path.size() == 5)
        return SandboxRoute::NumbersV3;
    return std::nullopt;
}

SandboxResponse LivePlatformService::unauthorized(const QString &reason)
{
    SandboxResponse response = SandboxReply::description(Status::Unauthorized, u"Unauthorized: "_s + reason);
    response.headers.append({"WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" +
                                                     reason.toUtf8() + "\""});
    return response;
}

std::optional<SandboxResponse> LivePlatformService::checkToken(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    QString reason;
    if (!header.startsWith("Bearer "))
        reason = u"no bearer token"_s;
    else if (Jwt::verifyHs256(header.mid(7).trimmed(), m_key, m_config.apiAudience(),
                              QDateTime::currentSecsSinceEpoch(), &reason))
        return std::nullopt;
    return unauthorized(reason);
}

bool LivePlatformService::channelAllows(const QHttpServerRequest &request, const SandboxTenant &tenant) const
{
    const QByteArray channel = request.value("X-Ovoc-Channel-Id");
    return channel.isEmpty() || channel.toInt() == tenant.channelId;
}

SandboxResponse LivePlatformService::handle(const QHttpServerRequest &request, const QStringList &path,
                                            SandboxRoute route,
                                            const std::optional<SandboxFault> &fault) const
{
    if (auto refused = checkToken(request))
        return *refused;
    if (route == SandboxRoute::Number)
        return number(request, path[5]);

    const bool v3 = route == SandboxRoute::NumbersV3;
    const QString id = request.query().queryItemValue(u"msTenantId"_s, QUrl::FullyDecoded);
    const QString instance = request.url().path(QUrl::FullyDecoded);
    if (!isGuid(id)) {
        const QString detail = id.isEmpty() ? u"The msTenantId query parameter is required."_s
                                            : u"The value '%1' is not a valid msTenantId (a GUID)."_s.arg(id);
        return v3 ? SandboxReply::problem(Status::BadRequest, ValidationTitle, detail, instance)
                  : SandboxReply::description(Status::BadRequest, detail);
    }
    const SandboxTenant *tenant = m_data.tenant(id); // unknown: a tenant without numbers here, an empty list
    if (tenant && !channelAllows(request, *tenant)) {
        return SandboxReply::problem(Status::Forbidden, u"Forbidden"_s,
                                     u"Tenant %1 does not belong to channel %2."_s.arg(
                                         id, QString::fromLatin1(request.value("X-Ovoc-Channel-Id"))),
                                     instance);
    }
    return v3 ? listV3(request, tenant, fault) : listV2(tenant);
}

SandboxResponse LivePlatformService::listV2(const SandboxTenant *tenant) const
{
    SandboxResponse response;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    if (m_config.cacheLists && tenant) {
        std::shared_ptr<RenderedList> list = rendered(*tenant, false);
        if (list->isComplete()) {
            response.body = list->text(); // shared with the kept list: sent without a copy
            return response;
        }
        // Rendered as it is sent (other requests for it meanwhile share the rendering).
        auto sent = std::make_shared<qsizetype>(0);
        response.stream = [list, sent]() -> QByteArray {
            if (*sent == list->text().size())
                list->renderUpTo(list->rendered() + RecordsPerPiece);
            const QByteArray piece = list->text().mid(*sent, MaxPieceBytes);
            *sent += piece.size();
            return piece;
        };
        return response;
    }
    // Generated a few hundred records at a time as the connection takes them: a 10^6-number response is
    // never held in memory.
    const std::uint64_t total = tenant ? m_data.size(*tenant) : 0;
    auto next = std::make_shared<std::uint64_t>(0);
    auto done = std::make_shared<bool>(false);
    response.stream = [this, tenant, total, next, done]() -> QByteArray {
        if (*done)
            return {};
        std::string out;
        if (*next == 0)
            out += "[";
        const std::uint64_t end = std::min(total, *next + RecordsPerPiece);
        for (std::uint64_t i = *next; i < end; ++i) {
            out += i == 0 ? "\n    " : ",\n    ";
            m_data.appendRecord(out, *tenant, i, 4, false);
        }
        *next = end;
        if (end == total) {
            out += total == 0 ? "]" : "\n]";
            *done = true;
        }
        return toBytes(out);
    };
    return response;
}

SandboxResponse LivePlatformService::listV3(const QHttpServerRequest &request, const SandboxTenant *tenant,
                                            const std::optional<SandboxFault> &fault) const
{
    const QUrlQuery query = request.query();
    const QString instance = request.url().path(QUrl::FullyDecoded);
    bool pageOk = true, sizeOk = true;
    const qint64 pageNumber =
        query.hasQueryItem(u"pageNumber"_s) ? query.queryItemValue(u"pageNumber"_s).toLongLong(&pageOk) : 1;
    const qint64 pageSize =
        query.hasQueryItem(u"pageSize"_s) ? query.queryItemValue(u"pageSize"_s).toLongLong(&sizeOk) : 200;
    if (!pageOk || !sizeOk || pageNumber < 1 || pageSize < 1 || pageSize > 5000) {
        return SandboxReply::problem(Status::BadRequest, ValidationTitle,
                                     u"pageNumber must be 1 or more and pageSize between 1 and 5000."_s,
                                     instance);
    }
    int status = -2;
    if (query.hasQueryItem(u"acquiredNumberStatus"_s)) {
        const QString value = query.queryItemValue(u"acquiredNumberStatus"_s);
        bool ok = false;
        status = value.toInt(&ok);
        if (!ok || status < 0 || status > 3) {
            return SandboxReply::problem(Status::BadRequest, ValidationTitle,
                                         u"acquiredNumberStatus must be 0, 1, 2 or 3, not '%1'."_s.arg(value),
                                         instance);
        }
    }
    // The records this query selects: all, or those with the status (record i of the query is then
    // selected[i]).
    const std::uint64_t size = tenant ? m_data.size(*tenant) : 0;
    const std::vector<std::uint64_t> *selected =
        tenant && status != -2 ? &withStatus(*tenant, status) : nullptr;
    const auto recordIndex = [selected](std::uint64_t i) { return selected ? (*selected)[i] : i; };
    const std::uint64_t count = selected ? selected->size() : size;
    std::uint64_t total = count;
    if (fault && fault->kind == SandboxFault::Kind::ChangingTotal)
        total += std::uint64_t(std::max(1, fault->value));
    const std::uint64_t pages = (total + std::uint64_t(pageSize) - 1) / std::uint64_t(pageSize);
    const std::uint64_t first = std::uint64_t(pageNumber - 1) * std::uint64_t(pageSize);
    std::uint64_t last = std::min<std::uint64_t>(count, first + std::uint64_t(pageSize));
    if (fault && fault->kind == SandboxFault::Kind::EmptyPage)
        last = first;
    std::string out = "{\n    \"currentPage\": " + std::to_string(pageNumber) +
                      ",\n    \"pageSize\": " + std::to_string(pageSize) +
                      ",\n    \"totalPages\": " + std::to_string(pages) +
                      ",\n    \"totalRecords\": " + std::to_string(total) + ",\n    \"data\": [";
    if (first < last && m_config.cacheLists) {
        std::shared_ptr<RenderedList> list = rendered(*tenant, true);
        list->renderUpTo(recordIndex(last - 1) + 1);
        out += "\n        ";
        if (!selected) {
            const QByteArrayView records = list->records(first, last);
            out.append(records.data(), std::size_t(records.size()));
        } else {
            for (std::uint64_t i = first; i < last; ++i) {
                if (i > first)
                    out += ",\n        ";
                const QByteArrayView record = list->record(recordIndex(i));
                out.append(record.data(), std::size_t(record.size()));
            }
        }
    } else {
        for (std::uint64_t i = first; i < last; ++i) {
            out += i == first ? "\n        " : ",\n        ";
            m_data.appendRecord(out, *tenant, recordIndex(i), 8, true);
        }
    }
    out += first < last ? "\n    ]\n}" : "]\n}";
    SandboxResponse response;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = toBytes(out);
    return response;
}

SandboxResponse LivePlatformService::number(const QHttpServerRequest &request, const QString &e164) const
{
    const auto location = m_data.find(e164.toUtf8());
    if (!location || !channelAllows(request, *location->tenant))
        return SandboxReply::description(Status::NotFound, u"Number %1 was not found."_s.arg(e164));
    std::string out;
    m_data.appendRecord(out, *location->tenant, location->index, 0, false);
    SandboxResponse response;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = toBytes(out);
    return response;
}
