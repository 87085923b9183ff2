#pragma once

#include <QString>
#include <QUrl>

// Where Entra v2.0 serves a directory: {authority}/{directory}/{rest}.
inline QUrl entraUrl(const QUrl &authority, const QString &directory, const QString &rest)
{
    QUrl url = authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + directory + u'/' + rest);
    return url;
}

// An endpoint of a directory: authorize, token or devicecode.
inline QUrl entraEndpoint(const QUrl &authority, const QString &directory, const QString &name)
{
    return entraUrl(authority, directory, QStringLiteral("oauth2/v2.0/") + name);
}

// The directory's OpenID Connect metadata: whether the sign-in service knows it.
inline QUrl entraMetadata(const QUrl &authority, const QString &directory)
{
    return entraUrl(authority, directory, QStringLiteral("v2.0/.well-known/openid-configuration"));
}
