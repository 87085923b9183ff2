#pragma once

#include "faultplan.h"
#include "sandboxconfig.h"
#include "sandboxresponse.h"

#include <memory>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class IdentityService;
class LivePlatformService;
class SandboxData;

// A local stand-in for Microsoft Entra ID and AudioCodes Live Platform, on a loopback port only: what the
// demo runs on, what the tests talk to, and what users can point any client at. Logs one line per request
// (tokens appear only as a short fingerprint).
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (config.port, or a free one). Returns an error message, or an empty string.
    QString start();
    quint16 port() const { return m_port; }
    // {base}: the Live Platform address with its /tenantui segment.
    QUrl baseUrl() const;
    // The Entra authority (login host); endpoints are {authority}/{directory}/oauth2/v2.0/...
    QUrl authorityUrl() const;
    const SandboxConfig &config() const { return m_config; }
    const SandboxData &data() const { return *m_data; }
    // A valid access token for the API, as the token endpoint would issue it to the app registration.
    QByteArray issueAppToken() const;
    // The faults to inject; also reachable over HTTP: POST /sandbox/faults (body: a specification),
    // DELETE /sandbox/faults.
    FaultPlan &faults() { return m_faults; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    SandboxResponse answer(const QHttpServerRequest &request, const QStringList &path, SandboxRoute route,
                           const std::optional<SandboxFault> &fault);
    void send(const std::shared_ptr<QHttpServerResponder> &responder, SandboxResponse response,
              const std::optional<SandboxFault> &fault);

    SandboxConfig m_config;
    std::unique_ptr<SandboxData> m_data;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<LivePlatformService> m_livePlatform;
    FaultPlan m_faults;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
};
