#include "keychainsecretstore.h"

#include "core/logprotection.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"ocnumbers"_s;

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr(
            "No keychain service is running (on Linux: GNOME Keyring or KWallet), so secrets cannot be "
            "kept safely on this computer.");
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the keychain was refused.");
    default:
        return KeychainSecretStore::tr("The OS keychain is not available (%1).").arg(job->errorString());
    }
}

} // namespace

void KeychainSecretStore::read(const QString &key, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, callback] {
        const QString secret = job->error() == QKeychain::NoError ? job->textData() : QString();
        LogProtection::addKnownSecret(secret);
        callback(secret, describe(job));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    LogProtection::addKnownSecret(secret);
    connect(job, &QKeychain::Job::finished, this, [job, callback] { callback(describe(job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, callback] { callback(describe(job)); });
    job->start();
}
