#pragma once

#include "connectionprofile.h"

#include <memory>
#include <QSettings>

// Connection profiles in QSettings (the platform's settings location, or a given file). Secrets are not
// stored here.
class ProfileStore final {
public:
    // The settings the application and the command-line tool share, or the INI file named by the
    // OCNUMBERS_PROFILES_FILE environment variable (portable setups, tests).
    ProfileStore();
    explicit ProfileStore(const QString &iniFile); // a settings file (tests, portable setups)

    QStringList names() const;
    std::optional<ConnectionProfile> load(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};
