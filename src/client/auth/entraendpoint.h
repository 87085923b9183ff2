#pragma once

#include <QString>
#include <QUrl>

// An Entra v2.0 endpoint of a directory: {authority}/{directory}/oauth2/v2.0/{name}, where name is
// authorize, token or devicecode.
inline QUrl entraEndpoint(const QUrl &authority, const QString &directory, const QString &name)
{
    QUrl url = authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + directory + QStringLiteral("/oauth2/v2.0/") + name);
    return url;
}
