#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/faultplan.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/testhttp.h"
#include "support/testsandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxFaults final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    TestHttp m_http;

    TestResponse numbers(const QString &version, const QString &query = {})
    {
        const SandboxTenant &tenant = m_server->data().tenants().at(1);
        QUrl url(m_server->baseUrl().toString() + u"/api/%1/oc/numbers"_s.arg(version));
        url.setQuery(u"msTenantId="_s + tenant.id + (query.isEmpty() ? QString() : u"&"_s + query));
        return m_http.get(url, {{"Authorization", "Bearer " + m_server->issueAppToken()}});
    }
    void inject(const QString &specification) { QCOMPARE(m_server->faults().add(specification), QString()); }

private slots:
    void init() { m_server = startTestSandbox(20000); }
    void cleanup()
    {
        m_server.reset();
        m_http.forgetConnections();
    }

    void specificationsAreCheckedAndExplained_data()
    {
        QTest::addColumn<QString>("specification");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no kind") << u"numbers-v2"_s << u"is not ROUTE:FAULT"_s;
        QTest::newRow("unknown route") << u"numbers-v4:500"_s << u"unknown route \"numbers-v4\""_s;
        QTest::newRow("unknown fault") << u"numbers-v2:418"_s << u"unknown fault \"418\""_s;
        QTest::newRow("bad value") << u"token:latency=soon"_s << u"not a whole number"_s;
        QTest::newRow("bad option") << u"token:500:often=2"_s << u"unknown option"_s;
        QTest::newRow("redirect without URL") << u"api:redirect"_s << u"redirect=URL"_s;
        QTest::newRow("redirect to a path") << u"api:redirect=/elsewhere"_s << u"absolute URL"_s;
    }
    void specificationsAreCheckedAndExplained()
    {
        QFETCH(QString, specification);
        QFETCH(QString, expected);
        FaultPlan plan;
        const QString error = plan.add(specification);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(plan.isEmpty());
    }

    void countsTimesAndAfter()
    {
        FaultPlan plan;
        QCOMPARE(plan.add(u"numbers-v3:500:times=2:after=1; any:latency=5"_s), QString());
        QCOMPARE(plan.take(SandboxRoute::NumbersV3)->kind,
                 SandboxFault::Kind::Latency); // let through by "after"
        QCOMPARE(plan.take(SandboxRoute::NumbersV3)->kind, SandboxFault::Kind::ServerError);
        QCOMPARE(plan.take(SandboxRoute::NumbersV3)->kind, SandboxFault::Kind::ServerError);
        QCOMPARE(plan.take(SandboxRoute::NumbersV3)->kind, SandboxFault::Kind::Latency);
        QCOMPARE(plan.take(SandboxRoute::Token)->value, 5);
    }

    void redirects()
    {
        FaultPlan plan;
        QCOMPARE(
            plan.add(
                u"api:redirect=http://127.0.0.2:8080/x?y=1:times=2; token:redirect=https://other.example/t"_s),
            QString());
        const auto api = plan.take(SandboxRoute::NumbersV3);
        QCOMPARE(api->kind, SandboxFault::Kind::Redirect);
        QCOMPARE(api->target, u"http://127.0.0.2:8080/x?y=1"_s);
        QCOMPARE(plan.take(SandboxRoute::Number)->target,
                 u"http://127.0.0.2:8080/x?y=1"_s);                                     // api: every route
        QCOMPARE(plan.take(SandboxRoute::Token)->target, u"https://other.example/t"_s); // api's times used up

        inject(u"numbers-v2:redirect=http://127.0.0.2:9/tenantui:times=1"_s);
        const TestResponse moved = numbers(u"v2"_s);
        QCOMPARE(moved.status, 302);
        QCOMPARE(moved.header("Location"), QByteArray("http://127.0.0.2:9/tenantui"));
        inject(u"token:redirect=http://127.0.0.2:9/token:times=1"_s);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        const TestResponse token =
            m_http.postForm(QUrl(m_server->authorityUrl().toString() + u"/"_s + m_server->config().directory +
                                 u"/oauth2/v2.0/token"_s),
                            form);
        QCOMPARE(token.status, 307);
    }

    void statusFaults()
    {
        inject(u"numbers-v3:429=7:times=1"_s);
        const TestResponse limited = numbers(u"v3"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(numbers(u"v3"_s).status, 200); // once only

        inject(u"numbers-v2:503=3:times=1; numbers-v2:500:times=1; numbers-v2:502:times=1"_s);
        const TestResponse unavailable = numbers(u"v2"_s);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("Retry-After"), QByteArray("3"));
        QCOMPARE(numbers(u"v2"_s).status, 500);
        const TestResponse gateway = numbers(u"v2"_s);
        QCOMPARE(gateway.status, 502);
        QVERIFY(gateway.header("Content-Type").startsWith("text/html"));
        QCOMPARE(numbers(u"v2"_s).status, 200);
    }

    void brokenBodies()
    {
        inject(u"numbers-v3:content-type:times=1"_s);
        const TestResponse html = numbers(u"v3"_s);
        QCOMPARE(html.status, 200);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));

        inject(u"numbers-v3:malformed:times=1"_s);
        const TestResponse malformed = numbers(u"v3"_s);
        QCOMPARE(malformed.status, 200);
        NumberStore store;
        const ParseResult result = NumberParser::parse(malformed.body, store);
        QVERIFY(!result.ok());
        QCOMPARE(store.size(), std::size_t(0));

        inject(u"numbers-v2:malformed:times=1"_s);
        QVERIFY(!NumberParser::parse(numbers(u"v2"_s).body, store).ok());
    }

    void cutConnections()
    {
        const SandboxTenant &large = m_server->data().tenants().last();
        QUrl url(m_server->baseUrl().toString() + u"/api/v2/oc/numbers?msTenantId="_s + large.id);
        const QList<QPair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer " + m_server->issueAppToken()}};
        inject(u"numbers-v2:reset:times=1"_s);
        const TestResponse reset = m_http.get(url, auth);
        // Qt 6.4 sometimes ends a chunked reply cut by a reset without an error (seen under load: 65,529
        // bytes, NoError); what is left is then not a whole list.
        NumberStore partial;
        QVERIFY2(reset.error != QNetworkReply::NoError || !NumberParser::parse(reset.body, partial).ok(),
                 "a reset connection must not look like a complete answer");
        inject(u"numbers-v3:truncate:times=1"_s);
        const TestResponse truncated = numbers(u"v3"_s, u"pageSize=1000"_s);
        QVERIFY(truncated.error != QNetworkReply::NoError ||
                truncated.body.size() < truncated.header("Content-Length").toLongLong());
        // The next request is whole again.
        NumberStore store;
        QVERIFY(NumberParser::parse(m_http.get(url, auth).body, store).ok());
        QCOMPARE(store.size(), std::size_t(20000));
    }

    void pagingFaults()
    {
        inject(u"numbers-v3:expire-token:after=1:times=1"_s);
        QCOMPARE(numbers(u"v3"_s, u"pageNumber=1&pageSize=100"_s).status, 200);
        const TestResponse expired = numbers(u"v3"_s, u"pageNumber=2&pageSize=100"_s);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").contains("expired"));

        const qint64 total = numbers(u"v3"_s).json().value(u"totalRecords"_s).toInteger();
        inject(u"numbers-v3:empty-page:times=1; numbers-v3:total-changes=5:times=1"_s);
        const QJsonObject empty = numbers(u"v3"_s, u"pageNumber=1&pageSize=100"_s).json();
        QCOMPARE(empty.value(u"data"_s).toArray().size(), 0);
        QCOMPARE(empty.value(u"totalRecords"_s).toInteger(), total);
        QCOMPARE(numbers(u"v3"_s).json().value(u"totalRecords"_s).toInteger(), total + 5);
    }

    void slowAnswers()
    {
        inject(u"token:latency=300:times=1"_s);
        QElapsedTimer timer;
        timer.start();
        QUrl token(m_server->authorityUrl().toString() + u'/' + m_server->config().directory +
                   u"/oauth2/v2.0/token"_s);
        const TestResponse late = m_http.postForm(token, QUrlQuery(u"grant_type=client_credentials"_s));
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(late.status, 400); // the answer itself is unchanged: no client id

        inject(u"numbers-v3:drip=20:times=1"_s);
        timer.restart();
        const TestResponse dripped = numbers(u"v3"_s, u"pageSize=3"_s); // a few KB: several pieces
        QCOMPARE(dripped.status, 200);
        QVERIFY(timer.elapsed() >= 40);
        NumberStore store;
        QVERIFY(NumberParser::parse(dripped.body, store).ok());
        QCOMPARE(store.size(), std::size_t(3));
    }

    void faultsOverHttp()
    {
        const QUrl faults(m_server->authorityUrl().toString() + u"/sandbox/faults"_s);
        QNetworkAccessManager nam;
        const auto send = [&](const QByteArray &verb, const QByteArray &body) {
            QNetworkRequest request(faults);
            QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(send("POST", "numbers-v2:500"), 200);
        QCOMPARE(numbers(u"v2"_s).status, 500);
        QCOMPARE(numbers(u"v2"_s).status, 500);
        QCOMPARE(send("DELETE", {}), 200);
        QCOMPARE(numbers(u"v2"_s).status, 200);
        QCOMPARE(send("POST", "numbers-v2:teapot"), 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
