#pragma once

#include "client/secrets/secretstore.h"

// A secret store that answers like the OS keychain when no keychain service runs: every read and write
// fails with the reason. Counts the writes tried, so a test can tell that nothing was offered to it.
class NoKeychainSecretStore final : public SecretStore {
public:
    using SecretStore::SecretStore;

    static QString reason()
    {
        return QStringLiteral("No keychain service is running (on Linux: GNOME Keyring or KWallet), so "
                              "secrets cannot be kept safely on this computer.");
    }
    int writes() const { return m_writes; }

    void read(const QString &, ReadCallback callback) override { callback({}, reason()); }
    void write(const QString &, const QString &, DoneCallback callback) override
    {
        ++m_writes;
        callback(reason());
    }
    void remove(const QString &, DoneCallback callback) override { callback(reason()); }

private:
    int m_writes = 0;
};
