#include "connectionprofile.h"

#include "client/networkpolicy.h"
#include "core/identifiers.h"
#include "core/terminaltext.h"

#include <QCryptographicHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

const QList<QPair<QString, ConnectionProfile::SignIn>> SignInNames = {
    {u"app-registration"_s, ConnectionProfile::SignIn::AppRegistration},
    {u"browser"_s, ConnectionProfile::SignIn::Browser},
    {u"device-code"_s, ConnectionProfile::SignIn::DeviceCode}};

bool isDirectory(const QString &directory)
{
    return isGuid(directory) || directory == u"organizations"_s || directory.endsWith(u".onmicrosoft.com"_s);
}

// Where text holds a control character (C0, DEL, C1) or a bidirectional override; -1 if nowhere.
qsizetype controlAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C)
            return i;
    }
    return -1;
}

// An address problem, or an empty string. User-info (https://user:password@host, or
// https://login.microsoftonline.com@evil.example) is refused: what is sent goes to the host after the @.
QString urlProblem(const QUrl &url)
{
    if (url.isValid() && (!url.userName().isEmpty() || !url.password().isEmpty()))
        return ConnectionProfile::tr("the address holds a user name or password before an @, so requests "
                                     "would go to %1. Remove everything between :// and the @.")
            .arg(url.host());
    return NetworkPolicy::checkUrl(url);
}

QString canonical(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

QStringList ConnectionProfile::problems() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found << tr("The profile needs a name.");
    else if (controlAt(name) >= 0)
        found << tr("The name contains a control character (%1). Rename the connection.")
                     .arg(terminalSafe(name.at(controlAt(name))));
    else if (name.size() > MaxTextLength)
        found << tr("The name is longer than %1 characters.").arg(MaxTextLength);
    if (baseUrl.isEmpty())
        found << tr("The base URL is missing (for example https://lp.example.net/tenantui).");
    else if (const QString error = urlProblem(baseUrl); !error.isEmpty())
        found << tr("Base URL: %1").arg(error);
    else if (!baseUrl.path().contains(u"tenantui"_s))
        found << tr("The base URL should end with the /tenantui segment of Live Platform.");
    if (const QString error = urlProblem(authority); !error.isEmpty())
        found << tr("Authority: %1").arg(error);
    if (!isDirectory(directory))
        found << tr("The directory must be your Entra tenant id (a GUID) or its .onmicrosoft.com domain.");
    if (!isGuid(clientId))
        found << tr("The client id must be the app registration's application (client) id, a GUID.");
    if (scope.trimmed().isEmpty())
        found << tr("The scope is missing.");
    else if (signIn == SignIn::AppRegistration && !scope.endsWith(u"/.default"_s))
        found << tr("With an app registration the scope must end with /.default (for example "
                    "api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).");
    const QList<std::pair<QString, QString>> texts = {{tr("directory"), directory},
                                                      {tr("client id"), clientId},
                                                      {tr("scope"), scope},
                                                      {tr("page number key"), pageNumberKey},
                                                      {tr("page size key"), pageSizeKey},
                                                      {tr("status key"), statusKey}};
    for (const auto &[what, text] : texts) {
        if (const qsizetype at = controlAt(text); at >= 0)
            found << tr("The %1 contains a control character (%2).").arg(what, terminalSafe(text.at(at)));
    }
    if (pageSize < 1 || pageSize > 5000)
        found << tr("The page size must be between 1 and 5000.");
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        found << tr("The timeout must be between 1 and %1 seconds.").arg(MaxTimeoutSeconds);
    if (maxBodyMegabytes < 1 || maxBodyMegabytes > MaxBodyMegabytes)
        found << tr("The answer size limit must be between 1 and %1 MB.").arg(MaxBodyMegabytes);
    return found;
}

QString ConnectionProfile::addressFingerprint() const
{
    const QString bound = QStringList{canonical(authority), directory.trimmed().toLower(),
                                      clientId.trimmed().toLower(), canonical(baseUrl)}
                              .join(u'\n');
    return QString::fromLatin1(
        QCryptographicHash::hash(bound.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString ConnectionProfile::secretKey() const
{
    return u"ocnumbers/%1/%2/client-secret"_s.arg(name, addressFingerprint());
}

QString ConnectionProfile::refreshTokenKey() const
{
    return u"ocnumbers/%1/%2/refresh-token"_s.arg(name, addressFingerprint());
}

QStringList ConnectionProfile::keychainKeys() const
{
    return {secretKey(), refreshTokenKey(), u"ocnumbers/%1/client-secret"_s.arg(name),
            u"ocnumbers/%1/refresh-token"_s.arg(name)};
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

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json, QString *error,
                                                             bool checkLimits)
{
    ConnectionProfile profile;
    static const QStringList Urls = {u"baseUrl"_s, u"authority"_s, u"scope"_s};
    const auto text = [&](const QString &key, QString *out) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString()) {
            *error = tr("\"%1\" must be a string.").arg(key);
            return false;
        }
        const QString string = value.toString();
        const qsizetype limit = Urls.contains(key) ? MaxUrlLength : MaxTextLength;
        if (checkLimits && string.size() > limit) {
            *error = tr("\"%1\" is %2 characters long; at most %3 are accepted. Shorten it in the file.")
                         .arg(key)
                         .arg(string.size())
                         .arg(limit);
            return false;
        }
        if (const qsizetype at = checkLimits ? controlAt(string) : -1; at >= 0) {
            *error = tr("\"%1\" contains a control character (%2 at position %3); profile fields are single "
                        "lines of plain text. Remove it from the file.")
                         .arg(key, terminalSafe(string.at(at)))
                         .arg(at + 1);
            return false;
        }
        *out = string;
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
                          .arg(terminalSafe(it.key()))
                    : tr("unknown key \"%1\".").arg(terminalSafe(it.key()));
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
    if (checkLimits && (profile.timeoutSeconds < 1 || profile.timeoutSeconds > MaxTimeoutSeconds)) {
        *error = tr("\"timeoutSeconds\" is %1; it must be between 1 and %2 seconds. Correct it in the file.")
                     .arg(profile.timeoutSeconds)
                     .arg(MaxTimeoutSeconds);
        return std::nullopt;
    }
    if (checkLimits && (profile.maxBodyMegabytes < 1 || profile.maxBodyMegabytes > MaxBodyMegabytes)) {
        *error = tr("\"maxBodyMegabytes\" is %1; it must be between 1 and %2 MB. Correct it in the file.")
                     .arg(profile.maxBodyMegabytes)
                     .arg(MaxBodyMegabytes);
        return std::nullopt;
    }
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
