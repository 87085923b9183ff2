#pragma once

#include "secretstore.h"

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on Linux). Without a running
// keychain service nothing is stored, and the error says so; there is no insecure fallback.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
};
