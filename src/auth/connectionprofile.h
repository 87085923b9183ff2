#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// A Live Platform instance and how to sign in to it. Holds no secret: the client secret and refresh
// tokens live in the OS keychain (SecretStore), keyed by the profile's name.
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

    // What is wrong with the profile, one sentence per problem; empty when it can be used.
    QStringList problems() const;

    // Export and import as JSON, without secrets. fromJson reports unknown or mistyped keys in *error.
    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &json, QString *error);

    // The keychain entry of the app registration's secret.
    QString secretKey() const { return QStringLiteral("ocnumbers/%1/client-secret").arg(name); }
    // The keychain entry of a user sign-in's refresh token.
    QString refreshTokenKey() const { return QStringLiteral("ocnumbers/%1/refresh-token").arg(name); }
};
