#pragma once

#include "sandboxconfig.h"
#include "sandboxdata.h"
#include "sandboxreply.h"

#include <QHttpServerRequest>

// The Live Platform side: GET {base}/api/v2/oc/numbers (a bare array, streamed as it is generated),
// {base}/api/v3/oc/numbers (pages) and {base}/api/v2/oc/numbers/{e164}, behind bearer-token checks that
// answer as the service does (401 with WWW-Authenticate, 403 for another channel, 400 problem details).
class LivePlatformService final {
public:
    LivePlatformService(const SandboxConfig &config, const SandboxData &data, const QByteArray &signingKey);

    // Handles /tenantui/api/...; false when the path is not one of its endpoints.
    bool handle(const QHttpServerRequest &request, const QStringList &path,
                const SandboxResponder &responder);

private:
    bool authorized(const QHttpServerRequest &request, const SandboxResponder &responder) const;
    const SandboxTenant *tenantFor(const QHttpServerRequest &request, const SandboxResponder &responder,
                                   bool problemDetails) const;
    bool channelAllows(const QHttpServerRequest &request, const SandboxTenant &tenant) const;
    void listV2(const SandboxTenant &tenant, const SandboxResponder &responder) const;
    void listV3(const QHttpServerRequest &request, const SandboxTenant &tenant,
                const SandboxResponder &responder) const;
    void number(const QHttpServerRequest &request, const QString &e164,
                const SandboxResponder &responder) const;

    SandboxConfig m_config;
    const SandboxData &m_data;
    QByteArray m_key;
};
