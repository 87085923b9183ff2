#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxLivePlatform final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    TestHttp m_http;
    QByteArray m_token;

    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u(m_server->baseUrl().toString() + path);
        u.setQuery(query);
        return u;
    }
    TestResponse get(const QString &path, const QString &query = {}, QByteArray token = {},
                     const QByteArray &channel = {})
    {
        if (token.isNull())
            token = m_token;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        if (!channel.isEmpty())
            headers.append({"X-Ovoc-Channel-Id", channel});
        return m_http.get(url(path, query), headers);
    }
    const SandboxTenant &tenant(int i) const { return m_server->data().tenants().at(i); }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 30000;
        m_server = std::make_unique<SandboxServer>(config);
        QCOMPARE(m_server->start(), QString());
        m_token = m_server->issueAppToken();
    }

    void listsTheVendorTenantWithItsExampleRecordsVerbatim()
    {
        const TestResponse response = get(u"/api/v2/oc/numbers"_s, u"msTenantId="_s + tenant(0).id);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("application/json"));
        NumberStore served, vendor;
        const ParseResult result = NumberParser::parse(response.body, served);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.shape, ParseResult::Shape::V2Array);
        QCOMPARE(result.issueCount, std::size_t(0));
        QCOMPARE(served.size(), std::size_t(m_server->data().size(tenant(0))));
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/vendor-v2-list.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(NumberParser::parse(file.readAll(), vendor).ok());
        QCOMPARE(served.rawJson(0), vendor.rawJson(0));
        QCOMPARE(served.rawJson(1), vendor.rawJson(1));
        for (std::size_t row = 2; row < served.size(); ++row)
            QCOMPARE(served.pooled(served.record(row).tenantId),
                     std::string_view("f94238e5-4f2c-4e1b-8125-2d27122ca75f"));
    }

    void streamsALargeTenant()
    {
        const TestResponse response = get(u"/api/v2/oc/numbers"_s, u"msTenantId="_s + tenant(3).id);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Transfer-Encoding"), QByteArray("chunked"));
        NumberStore served;
        const ParseResult result = NumberParser::parse(response.body, served);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(served.size(), std::size_t(30000));
        QSet<std::string_view> numbers;
        for (std::size_t row = 0; row < served.size(); ++row)
            numbers.insert(served.telephoneNumber(row));
        QCOMPARE(numbers.size(), qsizetype(30000));
    }

    void pagesCoverTheTenantInOrder()
    {
        NumberStore all, paged;
        QVERIFY(NumberParser::parse(get(u"/api/v2/oc/numbers"_s, u"msTenantId="_s + tenant(2).id).body, all)
                    .ok());
        int pages = 0;
        for (int page = 1;; ++page) {
            const TestResponse response =
                get(u"/api/v3/oc/numbers"_s,
                    u"msTenantId=%1&pageNumber=%2&pageSize=500"_s.arg(tenant(2).id).arg(page));
            QCOMPARE(response.status, 200);
            const ParseResult result = NumberParser::parse(response.body, paged);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.shape, ParseResult::Shape::V3Page);
            QCOMPARE(result.pages.at(0).currentPage.value(), page);
            QCOMPARE(result.pages.at(0).totalRecords.value(), qint64(all.size()));
            pages = int(result.pages.at(0).totalPages.value());
            if (page >= pages) {
                QCOMPARE(result.recordCount, all.size() - std::size_t(500 * (pages - 1)));
                break;
            }
            QCOMPARE(result.recordCount, std::size_t(500));
        }
        QCOMPARE(pages, int((all.size() + 499) / 500));
        QCOMPARE(paged.size(), all.size());
        for (std::size_t row = 0; row < all.size(); row += 97) {
            QCOMPARE(paged.telephoneNumber(row), all.telephoneNumber(row));
            QVERIFY(paged.record(row).has(NumberField::UmpCustomerFullName)); // v3 fields
            QVERIFY(paged.record(row).status != NumberStatus::None);
        }
        const TestResponse beyond =
            get(u"/api/v3/oc/numbers"_s, u"msTenantId=%1&pageNumber=999&pageSize=500"_s.arg(tenant(2).id));
        QCOMPARE(beyond.json().value(u"data"_s).toArray().size(), 0);
    }

    void filtersPagesByStatus()
    {
        const TestResponse response =
            get(u"/api/v3/oc/numbers"_s,
                u"msTenantId=%1&pageSize=5000&acquiredNumberStatus=2"_s.arg(tenant(3).id));
        QCOMPARE(response.status, 200);
        const QJsonObject page = response.json();
        const QJsonArray data = page.value(u"data"_s).toArray();
        QVERIFY(data.size() > 100);
        QCOMPARE(page.value(u"totalRecords"_s).toInt(), data.size());
        for (const QJsonValue &number : data)
            QCOMPARE(number.toObject().value(u"acquiredNumberStatus"_s).toInt(), 2);
        const TestResponse bad =
            get(u"/api/v3/oc/numbers"_s, u"msTenantId=%1&acquiredNumberStatus=Sleeping"_s.arg(tenant(3).id));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().value(u"detail"_s).toString().contains(u"Sleeping"_s));
    }

    void looksUpOneNumber()
    {
        const TestResponse found = get(u"/api/v2/oc/numbers/%2B18333998785"_s);
        QCOMPARE(found.status, 200);
        NumberStore store;
        const ParseResult result = NumberParser::parse(found.body, store);
        QCOMPARE(result.shape, ParseResult::Shape::SingleNumber);
        QCOMPARE(store.telephoneNumber(0), std::string_view("+18333998785"));
        const TestResponse missing = get(u"/api/v2/oc/numbers/%2B10000000000"_s);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().value(u"description"_s).toString().contains(u"+10000000000"_s));
    }

    void rejectsMissingBadAndExpiredTokens()
    {
        const QString query = u"msTenantId="_s + tenant(0).id;
        for (const QByteArray &token : {QByteArray(""), QByteArray("garbage"), QByteArray("a.b.c")}) {
            const TestResponse response = get(u"/api/v2/oc/numbers"_s, query, token);
            QCOMPARE(response.status, 401);
            QVERIFY2(response.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""),
                     response.header("WWW-Authenticate").constData());
        }
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.accessTokenLifetimeSeconds = 2; // whole seconds: valid now, expired after 2.1 s
        SandboxServer shortLived(config);
        QCOMPARE(shortLived.start(), QString());
        const QByteArray token = shortLived.issueAppToken();
        const QUrl list(shortLived.baseUrl().toString() + u"/api/v2/oc/numbers?"_s + query);
        QCOMPARE(m_http.get(list, {{"Authorization", "Bearer " + token}}).status, 200);
        QTest::qWait(2100);
        const TestResponse expired = m_http.get(list, {{"Authorization", "Bearer " + token}});
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").contains("expired"));
        // A token from another sandbox (another signing key) is refused too.
        QCOMPARE(get(u"/api/v2/oc/numbers"_s, query, token).status, 401);
    }

    void validatesTheTenantId()
    {
        const TestResponse v3 = get(u"/api/v3/oc/numbers"_s, u"msTenantId=not-a-guid"_s);
        QCOMPARE(v3.status, 400);
        const QJsonObject problem = v3.json();
        QCOMPARE(problem.value(u"status"_s).toInt(), 400);
        QVERIFY(problem.value(u"detail"_s).toString().contains(u"not-a-guid"_s));
        QVERIFY(problem.value(u"errorTicket"_s).toString().startsWith(u"LP-"_s));
        QVERIFY(!problem.value(u"title"_s).toString().isEmpty());
        QVERIFY(v3.header("Content-Type").startsWith("application/problem+json"));
        const TestResponse v2 = get(u"/api/v2/oc/numbers"_s);
        QCOMPARE(v2.status, 400);
        QVERIFY(v2.json().value(u"description"_s).toString().contains(u"msTenantId"_s));
        // A well-formed tenant the service has no numbers for: an empty list.
        const TestResponse unknown =
            get(u"/api/v2/oc/numbers"_s, u"msTenantId=00000000-0000-4000-8000-000000000000"_s);
        QCOMPARE(unknown.status, 200);
        QCOMPARE(QJsonDocument::fromJson(unknown.body).array().size(), 0);
    }

    void channelsLimitTheView()
    {
        const QString query = u"msTenantId="_s + tenant(1).id;
        const QByteArray own = QByteArray::number(tenant(1).channelId);
        const QByteArray other = QByteArray::number(tenant(1).channelId % 3 + 1);
        QCOMPARE(get(u"/api/v2/oc/numbers"_s, query, {}, own).status, 200);
        const TestResponse forbidden = get(u"/api/v3/oc/numbers"_s, query, {}, other);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.json().value(u"detail"_s).toString().contains(u"channel"_s));
        QCOMPARE(get(u"/api/v2/oc/numbers/%2B18333998785"_s, {}, {}, "3").status, 404);
    }

    void cachedListsAreTheSameBytesAsFreshOnes()
    {
        // The kept rendering (--cache) answers exactly as generating on every request does: v2 while it is
        // rendered (chunked) and once kept (with a length), v3 pages with and without a status filter.
        SandboxConfig config;
        config.largeTenantNumbers = 3000;
        config.ids = NumberGenerator::Ids::Many;
        auto fresh = std::make_unique<SandboxServer>(config);
        config.cacheLists = true;
        auto cached = std::make_unique<SandboxServer>(config);
        QCOMPARE(fresh->start(), QString());
        QCOMPARE(cached->start(), QString());
        const auto fetch = [this](SandboxServer &server, const QString &path, const QString &query) {
            QUrl u(server.baseUrl().toString() + path);
            u.setQuery(query);
            return m_http.get(u, {{"Authorization", "Bearer " + server.issueAppToken()}});
        };
        for (const int t : {0, 3}) {
            const QString list = u"msTenantId="_s + fresh->data().tenants().at(t).id;
            const TestResponse expected = fetch(*fresh, u"/api/v2/oc/numbers"_s, list);
            QCOMPARE(expected.status, 200);
            const TestResponse rendering = fetch(*cached, u"/api/v2/oc/numbers"_s, list);
            QCOMPARE(rendering.header("Transfer-Encoding"), QByteArray("chunked"));
            QCOMPARE(rendering.body, expected.body);
            const TestResponse kept = fetch(*cached, u"/api/v2/oc/numbers"_s, list);
            QCOMPARE(kept.header("Content-Length"), QByteArray::number(expected.body.size()));
            QCOMPARE(kept.body, expected.body);
            for (const QString &page :
                 {u"&pageNumber=3&pageSize=700"_s, u"&pageNumber=1&pageSize=5000"_s,
                  u"&pageNumber=2&pageSize=100&acquiredNumberStatus=1"_s, u"&pageNumber=9&pageSize=700"_s}) {
                const TestResponse freshPage = fetch(*fresh, u"/api/v3/oc/numbers"_s, list + page);
                QCOMPARE(freshPage.status, 200);
                QCOMPARE(fetch(*cached, u"/api/v3/oc/numbers"_s, list + page).body, freshPage.body);
            }
        }
    }

    void unknownEndpointsAre404()
    {
        QCOMPARE(get(u"/api/v9/oc/numbers"_s).status, 404);
        QCOMPARE(m_http.get(QUrl(m_server->authorityUrl().toString() + u"/nothing"_s)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLivePlatform)
#include "tst_sandboxliveplatform.moc"
