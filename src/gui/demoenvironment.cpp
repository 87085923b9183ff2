#include "demoenvironment.h"

#include "client/networkpolicy.h"
#include "sandbox/faultplan.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {
QString &demoFaults()
{
    static QString faults;
    return faults;
}
} // namespace

QString DemoEnvironment::setFaults(const QString &specification)
{
    if (const QString error = FaultPlan().add(specification); !error.isEmpty())
        return error;
    demoFaults() = specification;
    return {};
}

DemoEnvironment::DemoEnvironment(std::uint64_t largeTenantNumbers, QObject *parent)
    : QObject(parent)
    , m_largeTenantNumbers(largeTenantNumbers)
{
    NetworkPolicy::secure(&m_browser);
    m_thread.setObjectName(u"demo sandbox"_s);
    m_threadContext.moveToThread(&m_thread);
    m_thread.start();
}

DemoEnvironment::~DemoEnvironment()
{
    m_thread.quit();
    m_thread.wait();
}

QString DemoEnvironment::profileName()
{
    return tr("Demo (sandbox)");
}

void DemoEnvironment::start()
{
    SandboxConfig config;
    config.largeTenantNumbers = m_largeTenantNumbers;
    QMetaObject::invokeMethod(&m_threadContext, [this, config, faults = demoFaults()] {
        auto *server = new SandboxServer(config);
        connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
        const QString error = server->start();
        server->faults().add(faults);
        QMetaObject::invokeMethod(this, [this, server, error] {
            m_server = server;
            emit started(error);
        });
    });
}

ConnectionProfile DemoEnvironment::profile() const
{
    const SandboxConfig &config = m_server->config();
    ConnectionProfile profile;
    profile.name = profileName();
    profile.baseUrl = m_server->baseUrl();
    profile.authority = m_server->authorityUrl();
    profile.directory = config.directory;
    profile.clientId = config.publicClientId;
    profile.scope = config.apiScope;
    profile.signIn = ConnectionProfile::SignIn::Browser;
    return profile;
}

QString DemoEnvironment::demoTenant() const
{
    return m_server->data().tenants().constLast().id;
}

QStringList DemoEnvironment::tenants() const
{
    QStringList ids;
    for (const SandboxTenant &tenant : m_server->data().tenants())
        ids.append(tenant.id);
    return ids;
}

bool DemoEnvironment::openInProcess(const QUrl &authorizeUrl)
{
    QNetworkReply *reply = m_browser.get(NetworkPolicy::request(authorizeUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QUrl callback = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (!callback.isValid() || callback.isEmpty())
            return;
        QNetworkReply *page = m_browser.get(NetworkPolicy::request(callback));
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    });
    return true;
}
