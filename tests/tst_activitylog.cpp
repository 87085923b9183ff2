#include "client/activity/activitylog.h"
#include "client/activity/recordingnetworkaccessmanager.h"
#include "client/auth/clientcredentialstokensource.h"
#include "client/liveplatform/numbersloadcontroller.h"
#include "core/models/numberstablemodel.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/testsandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityLog final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<RecordingNetworkAccessManager> m_nam;
    std::unique_ptr<ClientCredentialsTokenSource> m_tokens;

    // Loads a tenant with the controller the window uses; returns how the load ended.
    LoadError load(NumbersLoadController &controller, const NumbersLoad::Settings &settings)
    {
        QSignalSpy finished(&controller, &NumbersLoadController::finished);
        controller.start(settings, m_tokens.get());
        if (!finished.wait(30000))
            qFatal("the load did not end");
        return finished.at(0).at(0).value<LoadError>();
    }
    QList<ActivityEntry> entriesFor(const QString &pathPart) const
    {
        QList<ActivityEntry> found;
        for (const ActivityEntry &entry : m_log->entries()) {
            if (entry.path.contains(pathPart))
                found << entry;
        }
        return found;
    }
    QByteArray token()
    {
        QByteArray token;
        m_tokens->token(false, [&](const QByteArray &t, const LoadError &) { token = t; });
        if (!QTest::qWaitFor([&] { return !token.isEmpty(); }, 10000))
            qFatal("no token");
        return token;
    }

private slots:
    void init()
    {
        m_server = startTestSandbox(3000);
        m_log = std::make_unique<ActivityLog>();
        m_nam = std::make_unique<RecordingNetworkAccessManager>(m_log.get());
        const SandboxConfig &c = m_server->config();
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(
            ClientCredentialsTokenSource::Settings{m_server->authorityUrl(), c.directory, c.appClientId,
                                                   c.appClientSecret, c.apiScope, 10000},
            m_nam.get());
    }
    void cleanup()
    {
        m_tokens.reset();
        m_nam.reset();
        m_log.reset();
        m_server.reset();
    }

    void safePathKeepsOnlyHarmlessParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("v3 page")
            << u"https://lp.example.net/tenantui/api/v3/oc/numbers?msTenantId=f94238e5-4f2c-"
               "4e1b-8125-2d27122ca75f&pageNumber=2&pageSize=100"_s
            << u"/tenantui/api/v3/oc/numbers?msTenantId=f94238e5-4f2c-4e1b-8125-"
               "2d27122ca75f&pageNumber=2&pageSize=100"_s;
        QTest::newRow("callback") << u"http://127.0.0.1:1234/callback?code=SECRETCODE&state=SECRETSTATE"_s
                                  << u"/callback"_s;
        QTest::newRow("secrets") << u"https://x.example/t?client_secret=S1&access_token=T1&refresh_token=R1&"
                                    "client_assertion=A1&device_code=D1&user_code=U1&code_verifier=V1&"
                                    "client_id=app&scope=api"_s
                                 << u"/t?client_id=app&scope=api"_s;
        QTest::newRow("token-like value")
            << u"https://x.example/t?msTenantId=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"_s
            << u"/t?msTenantId=[redacted]"_s;
        QTest::newRow("one number") << u"https://x.example/api/v2/oc/numbers/%2B442074996300"_s
                                    << u"/api/v2/oc/numbers/+442074996300"_s;
    }
    void safePathKeepsOnlyHarmlessParameters()
    {
        QFETCH(QString, url);
        QFETCH(QString, path);
        QCOMPARE(ActivityLog::safePath(QUrl(url)), path);
    }

    void keepsTheNewestEntries()
    {
        ActivityLog log(3);
        QSignalSpy added(&log, &ActivityLog::entryAdded);
        for (int i = 1; i <= 5; ++i) {
            ActivityEntry entry;
            entry.path = u"/%1"_s.arg(i);
            log.add(entry);
        }
        QCOMPARE(added.size(), 5);
        QCOMPARE(log.entries().size(), std::size_t(3));
        QCOMPARE(log.entries().front().path, u"/3"_s);
        QCOMPARE(log.entries().back().path, u"/5"_s);
        log.clear();
        QVERIFY(log.entries().empty());
    }

    void textIsTabSeparatedAndGuardsFormulas()
    {
        ActivityLog log;
        ActivityEntry entry;
        entry.started = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        entry.method = u"GET"_s;
        entry.host = u"lp.example.net"_s;
        entry.path = u"/api"_s;
        entry.httpStatus = 503;
        entry.milliseconds = 12;
        entry.bytesReceived = 345;
        entry.attempt = 2;
        entry.errorTicket = u"=HYPERLINK(1)"_s;
        log.add(entry);
        const QStringList lines = log.text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 u"Time (UTC)\tMethod\tHost\tPath\tStatus\tDuration\tBytes\tAttempt\tError ticket"_s);
        QCOMPARE(
            lines[1],
            u"2026-01-02T03:04:05.006Z\tGET\tlp.example.net\t/api\t503\t12 ms\t345\t2\t'=HYPERLINK(1)"_s);
    }

    void recordsSignInLoadsRetriesAndTickets()
    {
        NumbersLoadController controller(m_nam.get());
        QSignalSpy retries(&controller, &NumbersLoadController::retryScheduled);
        QCOMPARE(m_server->faults().add(u"numbers-v3:429=1:times=1;numbers-v3:503=0:times=1:after=2"_s),
                 QString());
        NumbersLoad::Settings settings = testLoadSettings(*m_server, 1, true);
        const QString tenant = settings.tenantId;
        const std::uint64_t size = m_server->data().size(m_server->data().tenants().at(1));
        const LoadError error = load(controller, settings);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(controller.model()->totalCount(), size);

        // Both retries were announced: which answer, how long, which attempt of how many.
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(0).toInt(), 429);
        QCOMPARE(retries.at(0).at(1).toLongLong(), 1000);
        QCOMPARE(retries.at(0).at(2).toInt(), 2);
        QCOMPARE(retries.at(0).at(3).toInt(), settings.retry.maxAttempts);
        QCOMPARE(retries.at(1).at(0).toInt(), 503);
        QCOMPARE(retries.at(1).at(2).toInt(), 2);

        // The sign-in: a POST to the token endpoint, its path and nothing of its body.
        const QString host = u"%1:%2"_s.arg(m_server->baseUrl().host()).arg(m_server->baseUrl().port());
        const QList<ActivityEntry> tokenRequests = entriesFor(u"/oauth2/v2.0/token"_s);
        QCOMPARE(tokenRequests.size(), 1);
        QCOMPARE(tokenRequests[0].method, u"POST"_s);
        QCOMPARE(tokenRequests[0].path, u"/%1/oauth2/v2.0/token"_s.arg(m_server->config().directory));
        QCOMPARE(tokenRequests[0].httpStatus, 200);
        QVERIFY(tokenRequests[0].bytesReceived > 0);

        // Every page once with 200, the two that failed first once more.
        QTRY_COMPARE(entriesFor(u"/api/v3/oc/numbers"_s).size(), qsizetype((size + 99) / 100 + 2));
        const QList<ActivityEntry> pages = entriesFor(u"/api/v3/oc/numbers"_s);
        int tooMany = 0, unavailable = 0, ok = 0;
        for (const ActivityEntry &entry : pages) {
            QCOMPARE(entry.method, u"GET"_s);
            QCOMPARE(entry.host, host);
            QVERIFY2(
                entry.path.startsWith(u"/tenantui/api/v3/oc/numbers?msTenantId=%1&pageNumber="_s.arg(tenant)),
                qPrintable(entry.path));
            QVERIFY(entry.started.isValid());
            QVERIFY(entry.milliseconds >= 0);
            if (entry.httpStatus == 429) {
                ++tooMany;
                QCOMPARE(entry.attempt, 1);
            } else if (entry.httpStatus == 503) {
                ++unavailable;
                QCOMPARE(entry.attempt, 1);
            } else {
                QCOMPARE(entry.httpStatus, 200);
                QVERIFY(entry.bytesReceived > 1000);
                QVERIFY(entry.failure.isEmpty());
                ok += 1;
            }
        }
        QCOMPARE(tooMany, 1);
        QCOMPARE(unavailable, 1);
        const QString retriedPage = u"pageNumber=1&"_s;
        QList<int> attempts;
        for (const ActivityEntry &entry : entriesFor(retriedPage))
            attempts << entry.attempt;
        QCOMPARE(attempts, (QList<int>{1, 2}));

        // A refused request: the server's error ticket is in the entry.
        settings.status = 9;
        const LoadError refused = load(controller, settings);
        QCOMPARE(refused.kind, LoadError::Kind::BadRequest);
        QVERIFY(!refused.errorTicket.isEmpty());
        QTRY_VERIFY(!entriesFor(u"acquiredNumberStatus=9"_s).isEmpty());
        const ActivityEntry badRequest = entriesFor(u"acquiredNumberStatus=9"_s).constFirst();
        QCOMPARE(badRequest.httpStatus, 400);
        QCOMPARE(badRequest.errorTicket, refused.errorTicket);
        QVERIFY(badRequest.bytesReceived > 0);

        // The text for the vendor: every request, no secret.
        const QString text = m_log->text();
        QVERIFY(text.contains(u"\t429\t"_s));
        QVERIFY(text.contains(u"\t503\t"_s));
        QVERIFY(text.contains(refused.errorTicket));
        const QByteArray bearer = token();
        QVERIFY(!text.contains(QString::fromLatin1(bearer)));
        QVERIFY(!text.contains(QString::fromLatin1(bearer.left(20))));
        QVERIFY(!text.contains(m_server->config().appClientSecret));
        for (const QString &word :
             {u"secret"_s, u"token="_s, u"code="_s, u"state="_s, u"assertion"_s, u"Bearer"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
    }

    void recordsNetworkFailures()
    {
        NumbersLoadController controller(m_nam.get());
        QSignalSpy retries(&controller, &NumbersLoadController::retryScheduled);
        QCOMPARE(m_server->faults().add(u"numbers-v2:reset:times=1"_s), QString());
        const LoadError error = load(controller, testLoadSettings(*m_server, 1, false));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(0).toInt(), 0);
        QTRY_COMPARE(entriesFor(u"/api/v2/oc/numbers"_s).size(), 2);
        const QList<ActivityEntry> lists = entriesFor(u"/api/v2/oc/numbers"_s);
        QVERIFY2(!lists[0].failure.isEmpty(), qPrintable(lists[0].failure));
        QCOMPARE(lists[0].attempt, 1);
        QCOMPARE(lists[1].httpStatus, 200);
        QCOMPARE(lists[1].attempt, 2);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
