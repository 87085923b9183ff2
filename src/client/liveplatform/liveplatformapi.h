#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

// Live Platform's number API in one place: where a request goes ({base}/api/v2/oc/numbers?msTenantId=…, the
// v3 pages, one number), what it carries (the bearer token, X-Ovoc-Channel-Id; no redirect followed) and how
// a refusal reads (problem details, or the older {"description": …}).
class LivePlatformApi final {
    Q_DECLARE_TR_FUNCTIONS(LivePlatformApi)

public:
    // A v3 page; the key names can be changed in a profile, for deployments that renamed them.
    struct Page {
        int number = 1;
        int size = 1000;
        QString numberKey = QStringLiteral("pageNumber");
        QString sizeKey = QStringLiteral("pageSize");
        QString statusKey = QStringLiteral("acquiredNumberStatus");
        std::optional<int> status; // acquiredNumberStatus filter
    };
    // The tenant's numbers: the whole v2 list without a page, else that v3 page.
    static QUrl numbersUrl(const QUrl &baseUrl, const QString &tenantId, const std::optional<Page> &page);
    // One number (E.164); its "+" travels as %2B, since a bare "+" can reach the server as a space.
    static QUrl numberUrl(const QUrl &baseUrl, const QString &e164);
    static QNetworkRequest request(const QUrl &url, const QByteArray &bearerToken,
                                   std::optional<int> channelId, int transferTimeoutMs);

    // What Live Platform says about a refusal, in its own words.
    struct Problem {
        QString title;
        QString detail;
        QString errorTicket;
        bool isProblemDetails = false; // RFC 7807 (title and status), not only some JSON
        // "title — detail", or whichever of the two there is.
        QString text() const;
    };
    static Problem problem(const QByteArray &body);
};
