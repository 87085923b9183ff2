#pragma once

#include "secretstore.h"

#include <QHash>

// Secrets held in memory only: for tests and for runs where no keychain is wanted.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback callback) override { callback(m_secrets.value(key), {}); }
    void write(const QString &key, const QString &secret, DoneCallback callback) override
    {
        m_secrets.insert(key, secret);
        callback({});
    }
    void remove(const QString &key, DoneCallback callback) override
    {
        m_secrets.remove(key);
        callback({});
    }

private:
    QHash<QString, QString> m_secrets;
};
