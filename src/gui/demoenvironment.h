#pragma once

#include "client/profiles/connectionprofile.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThread>

class SandboxServer;

// The demo: a sandbox in this process on a loopback port (served from its own thread, so the window's
// thread only does what it would do with a remote server), and a profile that signs in to it through the
// real authorization-code flow (PKCE, loopback redirect) with the browser's part done in-process.
class DemoEnvironment final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(std::uint64_t largeTenantNumbers, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Builds and starts the sandbox on its thread (building a large tenant's index takes a moment);
    // started() tells when it is ready, with an error message or an empty string.
    void start();
    bool isStarted() const { return m_server != nullptr; }
    ConnectionProfile profile() const;
    // The tenant the demo loads first: the large one.
    QString demoTenant() const;
    QStringList tenants() const;

    // What a browser does with the authorize URL: asks the sandbox, which approves at once and redirects
    // to the loopback callback, and follows that redirect. Always true (a failure shows up as a sign-in
    // error through the flow's time-out or the callback).
    bool openInProcess(const QUrl &authorizeUrl);

    static QString profileName();
    // Faults the demo's sandbox injects, as ocnumbers-sandbox --faults takes them: to see how the window
    // takes failures. Set before the demo starts; returns an error message for a bad specification.
    static QString setFaults(const QString &specification);

signals:
    void started(const QString &error);

private:
    QThread m_thread;
    QObject m_threadContext;           // runs the start in m_thread
    SandboxServer *m_server = nullptr; // lives in m_thread; set once started
    std::uint64_t m_largeTenantNumbers;
    QNetworkAccessManager m_browser;
};
