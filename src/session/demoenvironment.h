#pragma once

#include "auth/connectionprofile.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QObject>

class SandboxServer;

// The demo: a sandbox in this process on a loopback port, and a profile that signs in to it through the
// real authorization-code flow (PKCE, loopback redirect) with the browser's part done in-process.
class DemoEnvironment final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(std::uint64_t largeTenantNumbers, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Returns an error message, or an empty string.
    QString start();
    ConnectionProfile profile() const;
    // The tenant the demo loads first: the large one.
    QString demoTenant() const;
    QStringList tenants() const;
    SandboxServer &server() { return *m_server; }

    // What a browser does with the authorize URL: asks the sandbox, which approves at once and redirects
    // to the loopback callback, and follows that redirect. Always true (a failure shows up as a sign-in
    // error through the flow's time-out or the callback).
    bool openInProcess(const QUrl &authorizeUrl);

    static QString profileName();

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_browser;
};
