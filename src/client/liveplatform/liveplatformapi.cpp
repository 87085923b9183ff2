#include "liveplatformapi.h"

#include "client/networkpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString basePath(const QUrl &baseUrl)
{
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QUrl LivePlatformApi::numbersUrl(const QUrl &baseUrl, const QString &tenantId,
                                 const std::optional<Page> &page)
{
    QUrl url = baseUrl;
    url.setPath(basePath(baseUrl) + (page ? u"/api/v3/oc/numbers"_s : u"/api/v2/oc/numbers"_s));
    QUrlQuery query;
    query.addQueryItem(u"msTenantId"_s, tenantId);
    if (page) {
        query.addQueryItem(page->numberKey, QString::number(page->number));
        query.addQueryItem(page->sizeKey, QString::number(page->size));
        if (page->status)
            query.addQueryItem(page->statusKey, QString::number(*page->status));
    }
    url.setQuery(query);
    return url;
}

QUrl LivePlatformApi::numberUrl(const QUrl &baseUrl, const QString &e164)
{
    QUrl url = baseUrl;
    url.setPath(basePath(baseUrl) + u"/api/v2/oc/numbers/"_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(e164)),
                QUrl::StrictMode);
    url.setQuery(QString());
    return url;
}

QNetworkRequest LivePlatformApi::request(const QUrl &url, const QByteArray &bearerToken,
                                         std::optional<int> channelId, int transferTimeoutMs)
{
    QNetworkRequest request = NetworkPolicy::request(url);
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    request.setRawHeader("Accept", "application/json");
    if (channelId)
        request.setRawHeader("X-Ovoc-Channel-Id", QByteArray::number(*channelId));
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

LivePlatformApi::Problem LivePlatformApi::problem(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Problem problem;
    problem.title = json.value(u"title"_s).toString();
    problem.detail = json.value(u"detail"_s).toString(json.value(u"description"_s).toString());
    problem.errorTicket = json.value(u"errorTicket"_s).toString();
    problem.isProblemDetails = json.contains(u"title"_s) && json.contains(u"status"_s);
    return problem;
}

QString LivePlatformApi::Problem::text() const
{
    return title.isEmpty() ? detail : detail.isEmpty() ? title : title + u" — "_s + detail;
}
