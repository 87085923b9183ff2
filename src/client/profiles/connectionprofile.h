#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// A Live Platform instance and how to sign in to it. Holds no secret: the client secret and refresh
// tokens live in the OS keychain (SecretStore), keyed by the profile's name and by a fingerprint of the
// addresses they were issued for, so a profile whose addresses change never reads them.
struct ConnectionProfile final {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class SignIn { AppRegistration, Browser, DeviceCode };

    QString name;
    QUrl baseUrl;       // with its /tenantui segment
    bool paged = false; // v3
    int pageSize = 1000;
    QString pageNumberKey = QStringLiteral("pageNumber");
    QString pageSizeKey = QStringLiteral("pageSize");
    QString statusKey = QStringLiteral("acquiredNumberStatus");
    std::optional<int> channelId;
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString directory;
    QString clientId;
    QString scope = QStringLiteral("api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default");
    SignIn signIn = SignIn::AppRegistration;
    int timeoutSeconds = 60;
    int maxBodyMegabytes = 2048;

    static constexpr int MaxTimeoutSeconds = 3600;
    static constexpr int MaxBodyMegabytes = 65536;
    static constexpr qsizetype MaxUrlLength = 2048; // baseUrl, authority, scope
    static constexpr qsizetype MaxTextLength = 256; // name, directory, client id, keys
    static constexpr qint64 MaxFileBytes = 1 << 20; // a profile file

    // What is wrong with the profile, one sentence per problem; empty when it can be used.
    QStringList problems() const;

    // Export and import as JSON, without secrets. fromJson reports unknown or mistyped keys in *error, and
    // with checkLimits (a file to import) also over-long fields, control characters and out-of-range
    // numbers. Without (the settings file), those are left to problems(): the profile opens, with its
    // problems shown, and can be fixed or removed.
    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &json, QString *error,
                                                     bool checkLimits = true);

    // 16 hex digits of SHA-256 over what a secret or refresh token is bound to: the authority, the
    // directory, the client id and the base URL.
    QString addressFingerprint() const;
    bool sameAddresses(const ConnectionProfile &other) const
    {
        return addressFingerprint() == other.addressFingerprint();
    }

    // The keychain entry of the app registration's secret: ocnumbers/NAME/FINGERPRINT/client-secret.
    QString secretKey() const;
    // The keychain entry of a user sign-in's refresh token: ocnumbers/NAME/FINGERPRINT/refresh-token.
    QString refreshTokenKey() const;
    // Every keychain entry the profile may have left: the two above and those of 0.1, keyed by the name
    // alone (never read any more, removed with the profile).
    QStringList keychainKeys() const;
};
