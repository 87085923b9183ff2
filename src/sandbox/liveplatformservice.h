#pragma once

#include "sandboxconfig.h"
#include "sandboxdata.h"
#include "sandboxfault.h"
#include "sandboxresponse.h"

#include <memory>
#include <optional>
#include <QHttpServerRequest>
#include <vector>

class RenderedList;

// The Live Platform side: GET {base}/api/v2/oc/numbers (a bare array, generated as it is sent, or kept
// once rendered with SandboxConfig::cacheLists), {base}/api/v3/oc/numbers (pages) and
// {base}/api/v2/oc/numbers/{e164}, behind bearer-token checks that answer as the service does (401 with
// WWW-Authenticate, 403 for another channel, 400 problem details).
class LivePlatformService final {
public:
    LivePlatformService(const SandboxConfig &config, const SandboxData &data, const QByteArray &signingKey);
    ~LivePlatformService();

    // The route of a path, or nullopt when it is not one of this service's endpoints.
    static std::optional<SandboxRoute> route(const QHttpServerRequest &request, const QStringList &path);
    // Answers a request for one of its routes; a page-shaping fault (empty page, changing total) applies.
    SandboxResponse handle(const QHttpServerRequest &request, const QStringList &path, SandboxRoute route,
                           const std::optional<SandboxFault> &fault) const;

    static SandboxResponse unauthorized(const QString &reason);

private:
    std::optional<SandboxResponse> checkToken(const QHttpServerRequest &request) const;
    bool channelAllows(const QHttpServerRequest &request, const SandboxTenant &tenant) const;
    SandboxResponse listV2(const SandboxTenant *tenant) const;
    SandboxResponse listV3(const QHttpServerRequest &request, const SandboxTenant *tenant,
                           const std::optional<SandboxFault> &fault) const;
    SandboxResponse number(const QHttpServerRequest &request, const QString &e164) const;
    // The kept rendering of a tenant's list; asking for another list replaces it (one is kept at a time).
    std::shared_ptr<RenderedList> rendered(const SandboxTenant &tenant, bool v3) const;
    // The indexes of a tenant's records with a v3 status, kept for the pages that follow.
    const std::vector<std::uint64_t> &withStatus(const SandboxTenant &tenant, int status) const;

    SandboxConfig m_config;
    const SandboxData &m_data;
    QByteArray m_key;
    mutable std::shared_ptr<RenderedList> m_rendered;
    struct Selection {
        const SandboxTenant *tenant = nullptr;
        int status = -1;
        std::vector<std::uint64_t> indexes;
    };
    mutable Selection m_selection;
};
