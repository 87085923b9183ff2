#include "connectionprofile.h"

#include "net/numbersload.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

const QList<QPair<QString, ConnectionProfile::SignIn>> SignInNames = {
    {u"app-registration"_s, ConnectionProfile::SignIn::AppRegistration},
    {u"browser"_s, ConnectionProfile::SignIn::Browser},
    {u"device-code"_s, ConnectionProfile::SignIn::DeviceCode}};

bool isDirectory(const QString &directory)
{
    return NumbersLoad::isGuid(directory) || directory == u"organizations"_s ||
           directory.endsWith(u".onmicrosoft.com"_s);
}

} // namespace

QStringList ConnectionProfile::problems() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found << tr("The profile needs a name.");
    if (baseUrl.isEmpty())
        found << tr("The base URL is missing (for example https://lp.example.net/tenantui).");
    else if (const QString error = NumbersLoad::checkUrl(baseUrl); !error.isEmpty())
        found << tr("Base URL: %1").arg(error);
    else if (!baseUrl.path().contains(u"tenantui"_s))
        found << tr("The base URL should end with the /tenantui segment of Live Platform.");
    if (const QString error = NumbersLoad::checkUrl(authority); !error.isEmpty())
        found << tr("Authority: %1").arg(error);
    if (!isDirectory(directory))
        found << tr("The directory must be your Entra tenant id (a GUID) or its .onmicrosoft.com domain.");
    if (!NumbersLoad::isGuid(clientId))
        found << tr("The client id must be the app registration's application (client) id, a GUID.");
    if (scope.trimmed().isEmpty())
        found << tr("The scope is missing.");
    else if (signIn == SignIn::AppRegistration && !scope.endsWith(u"/.default"_s))
        found << tr("With an app registration the scope must end with /.default (for example "
                    "api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).");
    if (pageSize < 1 || pageSize > 5000)
        found << tr("The page size must be between 1 and 5000.");
    if (timeoutSeconds < 1)
        found << tr("The timeout must be at least one second.");
    if (maxBodyMegabytes < 1)
        found << tr("The answer size limit must be at least 1 MB.");
    return found;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"baseUrl"_s, baseUrl.toString()},
                     {u"api"_s, paged ? u"v3"_s : u"v2"_s},
                     {u"pageSize"_s, pageSize},
                     {u"pageNumberKey"_s, pageNumberKey},
                     {u"pageSizeKey"_s, pageSizeKey},
                     {u"statusKey"_s, statusKey},
                     {u"authority"_s, authority.toString()},
                     {u"directory"_s, directory},
                     {u"clientId"_s, clientId},
                     {u"scope"_s, scope},
                     {u"timeoutSeconds"_s, timeoutSeconds},
                     {u"maxBodyMegabytes"_s, maxBodyMegabytes}};
    for (const auto &[key, value] : SignInNames) {
        if (value == signIn)
            json.insert(u"signIn"_s, key);
    }
    if (channelId)
        json.insert(u"channelId"_s, *channelId);
    return json;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json, QString *error)
{
    ConnectionProfile profile;
    const auto text = [&](const QString &key, QString *out) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString()) {
            *error = tr("\"%1\" must be a string.").arg(key);
            return false;
        }
        *out = value.toString();
        return true;
    };
    const auto number = [&](const QString &key, int *out) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInt())) {
            *error = tr("\"%1\" must be a whole number.").arg(key);
            return false;
        }
        *out = value.toInt();
        return true;
    };
    static const QStringList Known = {
        u"name"_s,        u"baseUrl"_s,   u"api"_s,       u"pageSize"_s,       u"pageNumberKey"_s,
        u"pageSizeKey"_s, u"statusKey"_s, u"channelId"_s, u"authority"_s,      u"directory"_s,
        u"clientId"_s,    u"scope"_s,     u"signIn"_s,    u"timeoutSeconds"_s, u"maxBodyMegabytes"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!Known.contains(it.key())) {
            *error =
                it.key().contains(u"secret"_s, Qt::CaseInsensitive)
                    ? tr("\"%1\": a profile file never holds secrets; enter the secret in the application.")
                          .arg(it.key())
                    : tr("unknown key \"%1\".").arg(it.key());
            return std::nullopt;
        }
    }
    QString baseUrl, authority, api = u"v2"_s, signIn = u"app-registration"_s;
    int channel = -1;
    if (!text(u"name"_s, &profile.name) || !text(u"baseUrl"_s, &baseUrl) || !text(u"api"_s, &api) ||
        !number(u"pageSize"_s, &profile.pageSize) || !text(u"pageNumberKey"_s, &profile.pageNumberKey) ||
        !text(u"pageSizeKey"_s, &profile.pageSizeKey) || !text(u"statusKey"_s, &profile.statusKey) ||
        !number(u"channelId"_s, &channel) || !text(u"authority"_s, &authority) ||
        !text(u"directory"_s, &profile.directory) || !text(u"clientId"_s, &profile.clientId) ||
        !text(u"scope"_s, &profile.scope) || !text(u"signIn"_s, &signIn) ||
        !number(u"timeoutSeconds"_s, &profile.timeoutSeconds) ||
        !number(u"maxBodyMegabytes"_s, &profile.maxBodyMegabytes))
        return std::nullopt;
    if (api != u"v2"_s && api != u"v3"_s) {
        *error = tr("\"api\" must be \"v2\" or \"v3\", not \"%1\".").arg(api);
        return std::nullopt;
    }
    profile.paged = api == u"v3"_s;
    profile.baseUrl = QUrl(baseUrl);
    if (!authority.isEmpty())
        profile.authority = QUrl(authority);
    if (json.contains(u"channelId"_s))
        profile.channelId = channel;
    bool known = false;
    for (const auto &[key, value] : SignInNames) {
        if (key == signIn) {
            profile.signIn = value;
            known = true;
        }
    }
    if (!known) {
        *error = tr("\"signIn\" must be app-registration, browser or device-code, not \"%1\".").arg(signIn);
        return std::nullopt;
    }
    return profile;
}
