#include "client/auth/clientcredentialstokensource.h"
#include "client/liveplatform/numbersload.h"
#include "client/networkpolicy.h"
#include "core/numberstore.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/foreignhost.h"
#include "support/testsandbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Collects what a load hands over.
struct LoadRun {
    std::vector<std::shared_ptr<const NumberStore>> batches;
    QList<LoadError> endings;
    qint64 lastRecords = -1, lastTotal = -2, lastBytes = 0;
    std::size_t records() const
    {
        std::size_t n = 0;
        for (const auto &b : batches)
            n += b->size();
        return n;
    }
    std::vector<std::string> numbers() const
    {
        std::vector<std::string> all;
        for (const auto &b : batches) {
            for (std::size_t row = 0; row < b->size(); ++row)
                all.emplace_back(b->telephoneNumber(row));
        }
        return all;
    }
};

class ImmediateRefusal final : public TokenSource {
public:
    void token(bool, Callback callback) override
    {
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = u"Not signed in."_s;
        callback({}, error);
    }
    void signOut() override {}
    QDateTime expiresAt() const override { return {}; }
};

} // namespace

class TestNumbersLoad final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ClientCredentialsTokenSource> m_tokens;

    ClientCredentialsTokenSource::Settings tokenSettings(const QString &secret = {}) const
    {
        const SandboxConfig &c = m_server->config();
        return {m_server->authorityUrl(),
                c.directory,
                c.appClientId,
                secret.isNull() ? c.appClientSecret : secret,
                c.apiScope,
                10000};
    }
    NumbersLoad::Settings settings(int tenant, bool paged) const
    {
        NumbersLoad::Settings s = testLoadSettings(*m_server, tenant, paged);
        s.maxConcurrentPages = 3;
        return s;
    }
    LoadRun run(const NumbersLoad::Settings &s,
                const std::function<void(NumbersLoad &, LoadRun &)> &during = {})
    {
        LoadRun result;
        NumbersLoad load(s, &m_nam, m_tokens.get());
        connect(&load, &NumbersLoad::batchReady, this, [&](std::shared_ptr<NumberStore> batch) {
            result.batches.push_back(std::move(batch));
            if (during)
                during(load, result);
        });
        connect(&load, &NumbersLoad::progress, this, [&](qint64 bytes, qint64 records, qint64 total) {
            result.lastBytes = bytes;
            result.lastRecords = records;
            result.lastTotal = total;
        });
        QSignalSpy finished(&load, &NumbersLoad::finished);
        load.start();
        if (!finished.wait(30000))
            qFatal("the load did not end");
        QTest::qWait(50); // nothing may follow the end
        for (const auto &args : finished)
            result.endings.append(args.at(0).value<LoadError>());
        return result;
    }
    std::size_t size(int tenant) const
    {
        return m_server->data().size(m_server->data().tenants().at(tenant));
    }

private slots:
    void init()
    {
        m_server = startTestSandbox(3000);
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(tokenSettings(), &m_nam);
    }
    void cleanup()
    {
        m_tokens.reset();
        m_server.reset();
        m_nam.clearConnectionCache();
    }

    void loadsTheV2List()
    {
        const LoadRun run = this->run(settings(1, false));
        QCOMPARE(run.endings.size(), 1);
        QVERIFY2(!run.endings[0].isError(), qPrintable(run.endings[0].message));
        QVERIFY(!run.batches.empty()); // parsed as it arrives: one batch or several
        QCOMPARE(run.records(), size(1));
        QCOMPARE(run.lastRecords, qint64(size(1)));
        QVERIFY(run.lastBytes > 100000);
    }

    void estimatesTheSizeOfAV2ListFromItsLength()
    {
        // A caching sandbox sends a repeated list with its Content-Length.
        m_server = startTestSandbox(30000, [](SandboxConfig &config) { config.cacheLists = true; });
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(tokenSettings(), &m_nam);
        QCOMPARE(run(settings(3, false)).records(), size(3));
        NumbersLoad load(settings(3, false), &m_nam, m_tokens.get());
        QSignalSpy estimates(&load, &NumbersLoad::sizeEstimated);
        QSignalSpy finished(&load, &NumbersLoad::finished);
        load.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(estimates.size(), 1);
        const qint64 estimate = estimates.at(0).at(0).toLongLong();
        QVERIFY2(estimate >= qint64(size(3)) && estimate < qint64(size(3)) * 11 / 10,
                 qPrintable(QString::number(estimate)));
    }

    void announcesTheSizeOfAV3ListFromItsCount()
    {
        NumbersLoad load(settings(3, true), &m_nam, m_tokens.get());
        QSignalSpy estimates(&load, &NumbersLoad::sizeEstimated);
        QSignalSpy batches(&load, &NumbersLoad::batchReady);
        QSignalSpy finished(&load, &NumbersLoad::finished);
        // Announced before the first page's numbers, so a receiver makes room for all of them at once.
        connect(&load, &NumbersLoad::batchReady, this, [&] { QCOMPARE(estimates.size(), 1); });
        load.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(batches.size() > 1);
        QCOMPARE(estimates.size(), 1);
        QCOMPARE(estimates.at(0).at(0).toLongLong(), qint64(size(3)));
    }

    void aV2ListCutOffIsResentWithoutDuplicates_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset") << u"numbers-v2:reset:times=1"_s;
        QTest::newRow("reset twice") << u"numbers-v2:reset:times=2"_s;
        QTest::newRow("truncated") << u"numbers-v2:truncate:times=1"_s;
        QTest::newRow("ended inside the array") << u"numbers-v2:unterminated:times=1"_s;
    }
    void aV2ListCutOffIsResentWithoutDuplicates()
    {
        QFETCH(QString, fault);
        const std::vector<std::string> expected = run(settings(3, false)).numbers();
        QCOMPARE(expected.size(), size(3));
        QCOMPARE(m_server->faults().add(fault), QString());
        NumbersLoad::Settings s = settings(3, false);
        s.retry.maxAttempts = 3;
        const LoadRun cut = run(s);
        QCOMPARE(cut.endings.size(), 1);
        QVERIFY2(!cut.endings[0].isError(), qPrintable(cut.endings[0].message));
        // Whatever was handed over before the cut is not handed over again.
        QCOMPARE(cut.numbers(), expected);
    }

    // A list that always stops inside its array fails once the attempts are used, saying so.
    void aV2ListThatNeverEndsFailsAfterItsAttempts()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v2:unterminated:times=5"_s), QString());
        NumbersLoad::Settings s = settings(3, false);
        s.retry.maxAttempts = 3;
        const LoadRun cut = run(s);
        QCOMPARE(cut.endings.size(), 1);
        QCOMPARE(cut.endings[0].kind, LoadError::Kind::Network);
        QVERIFY2(cut.endings[0].message.contains(u"failed 3 times"_s), qPrintable(cut.endings[0].message));
        QVERIFY2(cut.endings[0].message.contains(u"incomplete"_s), qPrintable(cut.endings[0].message));
    }

    void loadsV3PagesInOrder()
    {
        const LoadRun v2 = run(settings(2, false));
        const LoadRun v3 = run(settings(2, true));
        QVERIFY2(!v3.endings.at(0).isError(), qPrintable(v3.endings.at(0).message));
        QCOMPARE(v3.batches.size(), (size(2) + 99) / 100);
        QCOMPARE(v3.lastTotal, qint64(size(2)));
        QCOMPARE(v3.numbers(), v2.numbers()); // same numbers, same order, whatever order pages arrived in
    }

    void statusFilterGoesToTheServer()
    {
        NumbersLoad::Settings s = settings(3, true);
        s.status = 2;
        s.pageSize = 50;
        const LoadRun run = this->run(s);
        QVERIFY(!run.endings.at(0).isError());
        QVERIFY(run.records() > 20);
        for (const auto &batch : run.batches) {
            for (std::size_t row = 0; row < batch->size(); ++row)
                QCOMPARE(batch->record(row).status, NumberStatus::MarkedForRemoval);
        }
    }

    void retriesWhatIsWorthRetrying_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("429 with Retry-After") << u"numbers-v3:429=1:times=1:after=2"_s;
        QTest::newRow("503") << u"numbers-v3:503=0:times=2"_s;
        QTest::newRow("500") << u"numbers-v3:500:times=1:after=1"_s;
        QTest::newRow("502 page") << u"numbers-v3:502:times=1"_s;
        QTest::newRow("connection reset") << u"numbers-v3:reset:times=1:after=3"_s;
        QTest::newRow("truncated body") << u"numbers-v3:truncate:times=1"_s;
        QTest::newRow("token expiry mid-paging") << u"numbers-v3:expire-token:times=1:after=4"_s;
        QTest::newRow("latency") << u"numbers-v3:latency=200:times=2"_s;
        QTest::newRow("slow drip") << u"numbers-v3:drip=2:times=1"_s;
    }
    void retriesWhatIsWorthRetrying()
    {
        QFETCH(QString, fault);
        QCOMPARE(m_server->faults().add(fault), QString());
        const LoadRun run = this->run(settings(2, true));
        QCOMPARE(run.endings.size(), 1);
        QVERIFY2(!run.endings[0].isError(), qPrintable(run.endings[0].message));
        QCOMPARE(run.records(), size(2));
    }

    void reportsWhatCannotBeRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("500 every time")
            << u"numbers-v3:500"_s << int(LoadError::Kind::Server) << u"HTTP 500"_s;
        QTest::newRow("malformed JSON") << u"numbers-v3:malformed:after=2:times=1"_s
                                        << int(LoadError::Kind::BadData) << u"not a list of numbers"_s;
        QTest::newRow("HTML instead of JSON")
            << u"numbers-v3:content-type:times=1"_s << int(LoadError::Kind::BadData) << u"text/html"_s;
        QTest::newRow("expired again after refresh")
            << u"numbers-v3:expire-token"_s << int(LoadError::Kind::SignIn) << u"Sign in again"_s;
        QTest::newRow("empty page") << u"numbers-v3:empty-page:after=1:times=1"_s
                                    << int(LoadError::Kind::BadData) << u"incomplete"_s;
        QTest::newRow("total changes") << u"numbers-v3:total-changes=3:after=1:times=1"_s
                                       << int(LoadError::Kind::BadData) << u"changed during the load"_s;
    }
    void reportsWhatCannotBeRetried()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QCOMPARE(m_server->faults().add(fault), QString());
        const LoadRun run = this->run(settings(2, true));
        QCOMPARE(run.endings.size(), 1);
        QCOMPARE(int(run.endings[0].kind), kind);
        QVERIFY2(run.endings[0].message.contains(message), qPrintable(run.endings[0].message));
        QVERIFY(run.records() < size(2)); // partial at most, and reported as failed
    }

    void explainsRefusals()
    {
        NumbersLoad::Settings forbidden = settings(1, true);
        forbidden.channelId = m_server->data().tenants().at(1).channelId % 3 + 1;
        const LoadError permission = run(forbidden).endings.at(0);
        QCOMPARE(permission.kind, LoadError::Kind::Permission);
        QVERIFY(permission.message.contains(u"channel"_s));
        QVERIFY(!permission.errorTicket.isEmpty());

        NumbersLoad::Settings badStatus = settings(1, true);
        badStatus.status = 9;
        const LoadError badRequest = run(badStatus).endings.at(0);
        QCOMPARE(badRequest.kind, LoadError::Kind::BadRequest);
        QVERIFY(badRequest.message.contains(u"acquiredNumberStatus"_s));
        QVERIFY(badRequest.message.contains(u"error ticket LP-"_s));

        NumbersLoad::Settings notGuid = settings(1, false);
        notGuid.tenantId = u"contoso.onmicrosoft.com"_s;
        QVERIFY(run(notGuid).endings.at(0).message.contains(u"must be a GUID"_s));

        NumbersLoad::Settings plainHttp = settings(1, false);
        plainHttp.baseUrl = QUrl(u"http://lp.example.net/tenantui"_s);
        QVERIFY(run(plainHttp).endings.at(0).message.contains(u"Plain http is refused"_s));
        QCOMPARE(NetworkPolicy::checkUrl(QUrl(u"https://lp.example.net/tenantui"_s)), QString());
        QCOMPARE(NetworkPolicy::checkUrl(QUrl(u"http://[::1]:8080/tenantui"_s)), QString());
    }

    void neverFollowsARedirect()
    {
        ForeignHost other;
        QVERIFY(other.isListening());
        QCOMPARE(m_server->faults().add(u"api:redirect="_s +
                                        other.url(u"/tenantui/api/v2/oc/numbers"_s).toString()),
                 QString());
        for (const bool paged : {false, true}) {
            const LoadError error = run(settings(1, paged)).endings.at(0);
            QCOMPARE(error.kind, LoadError::Kind::Redirected);
            QCOMPARE(error.httpStatus, 302);
            QVERIFY2(error.message.contains(u"302"_s) && error.message.contains(u"127.0.0.2"_s) &&
                         error.message.contains(u"Check the base URL"_s),
                     qPrintable(error.message));
        }
        QTest::qWait(100); // a followed redirect would be connecting by now
        QCOMPARE(other.connections(), 0);
    }

    void theClientSecretIsNotResentElsewhere()
    {
        ForeignHost other;
        QVERIFY(other.isListening());
        QCOMPARE(m_server->faults().add(u"token:redirect="_s + other.url(u"/token"_s).toString()), QString());
        const LoadError error = run(settings(1, false)).endings.at(0);
        QCOMPARE(error.kind, LoadError::Kind::Redirected);
        QVERIFY2(error.message.contains(u"307"_s) && error.message.contains(u"127.0.0.2"_s) &&
                     error.message.contains(u"authority URL"_s),
                 qPrintable(error.message));
        QTest::qWait(100);
        QCOMPARE(other.connections(), 0);
    }

    void refusesAddressesWithUserInfo()
    {
        NumbersLoad::Settings s = settings(1, false);
        s.baseUrl = QUrl(u"https://lp.example.net@127.0.0.1:%1/tenantui"_s.arg(m_server->baseUrl().port()));
        const LoadError error = run(s).endings.at(0);
        QVERIFY2(error.message.contains(u"user name or password"_s), qPrintable(error.message));
        QVERIFY(
            !NetworkPolicy::checkUrl(QUrl(u"https://login.microsoftonline.com@evil.example/"_s)).isEmpty());
    }

    void aRefusedCertificateIsFinal()
    {
        QFile cert(QStringLiteral(OCNUMBERS_TEST_DATA "/tls/selfsigned-cert.pem"));
        QFile key(QStringLiteral(OCNUMBERS_TEST_DATA "/tls/selfsigned-key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));

        NumbersLoad::Settings s = settings(1, false);
        s.baseUrl = QUrl(u"https://127.0.0.1:%1/tenantui"_s.arg(server.serverPort()));
        const LoadError error = run(s).endings.at(0);
        QCOMPARE(error.kind, LoadError::Kind::Network);
        QVERIFY2(error.message.contains(u"127.0.0.1"_s) &&
                     error.message.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(error.message));
        QCOMPARE(handshakes, 1); // not retried
    }

    void endsOnlyAfterStartReturns()
    {
        // A token source that answers at once, as one without a stored sign-in does: the end still comes
        // after start() returns, so a caller that starts its event loop then sees it.
        ImmediateRefusal refusing;
        NumbersLoad load(settings(1, false), &m_nam, &refusing);
        QSignalSpy finished(&load, &NumbersLoad::finished);
        load.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
    }

    void timesOutEveryRequest()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v2:latency=1500"_s), QString());
        NumbersLoad::Settings s = settings(1, false);
        s.transferTimeoutMs = 300;
        s.retry.maxAttempts = 2;
        // The server would answer each attempt after 1.5 s; the transfer time-out ends them first.
        const LoadError error = run(s).endings.at(0);
        QCOMPARE(error.kind, LoadError::Kind::Timeout);
        QVERIFY2(error.message.contains(u"timed out 2 times"_s), qPrintable(error.message));
    }

    void refusesBodiesOverTheCap()
    {
        NumbersLoad::Settings s = settings(3, false);
        s.maxBodyBytes = 200000;
        const LoadError error = run(s).endings.at(0);
        QCOMPARE(error.kind, LoadError::Kind::TooLarge);
    }

    void signInErrorsAreExplained()
    {
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(tokenSettings(u"wrong"_s), &m_nam);
        const LoadError error = run(settings(1, false)).endings.at(0);
        QCOMPARE(error.kind, LoadError::Kind::SignIn);
        QVERIFY2(error.message.contains(u"client secret is wrong"_s), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"wrong\""_s));
    }

    void looksUpOneNumber()
    {
        NumbersLoad::Settings s = settings(0, false);
        s.number = u"+18333998785"_s;
        NumbersLoad probe(s, &m_nam, m_tokens.get());
        QVERIFY(probe.urlFor(0).toEncoded().endsWith("/api/v2/oc/numbers/%2B18333998785"));
        const LoadRun found = run(s);
        QVERIFY2(!found.endings.at(0).isError(), qPrintable(found.endings.at(0).message));
        QCOMPARE(found.numbers(), std::vector<std::string>{"+18333998785"});
        // A v3 connection's settings look it up the same way: one object, no pages.
        NumbersLoad::Settings paged = s;
        paged.paged = true;
        QCOMPARE(run(paged).numbers(), std::vector<std::string>{"+18333998785"});

        s.number = u"+10000000000"_s;
        const LoadError missing = run(s).endings.at(0);
        QCOMPARE(missing.kind, LoadError::Kind::NotFound);
        QVERIFY(missing.message.contains(u"+10000000000"_s));

        s.number = u"0207 499 6300"_s;
        QVERIFY(run(s).endings.at(0).message.contains(u"not an E.164 number"_s));
    }

    void cancelsAtAnyMoment()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v3:latency=100"_s), QString());
        const LoadRun run = this->run(settings(3, true), [](NumbersLoad &load, LoadRun &r) {
            if (r.batches.size() == 2)
                load.cancel();
        });
        QCOMPARE(run.endings.size(), 1);
        QCOMPARE(run.endings[0].kind, LoadError::Kind::Cancelled);
        QCOMPARE(run.batches.size(), std::size_t(2)); // nothing after the end
    }

    void tokensAreCachedAndShared()
    {
        int requests = 0;
        connect(&m_nam, &QNetworkAccessManager::finished, this,
                [&](QNetworkReply *reply) { requests += reply->url().path().endsWith(u"/token"_s); });
        int answers = 0;
        QByteArray first, second;
        m_tokens->token(false, [&](const QByteArray &t, const LoadError &) { first = t, ++answers; });
        m_tokens->token(false, [&](const QByteArray &t, const LoadError &) { second = t, ++answers; });
        QTRY_COMPARE(answers, 2);
        QCOMPARE(requests, 1); // one request in flight serves both
        QCOMPARE(first, second);
        m_tokens->token(false, [&](const QByteArray &, const LoadError &) { ++answers; });
        QCOMPARE(answers, 3); // from the cache, at once
        QVERIFY(m_tokens->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3000));
        m_tokens->token(true, [&](const QByteArray &, const LoadError &) { ++answers; });
        QTRY_COMPARE(answers, 4);
        QCOMPARE(requests, 2); // forced
    }
};

QTEST_GUILESS_MAIN(TestNumbersLoad)
#include "tst_numbersload.moc"
