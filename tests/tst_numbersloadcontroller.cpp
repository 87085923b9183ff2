#include "client/auth/clientcredentialstokensource.h"
#include "client/liveplatform/numbersloadcontroller.h"
#include "core/models/numberstablemodel.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/testsandbox.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The controller of the window's numbers, without a window: what a load leaves in its model.
class TestNumbersLoadController final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ClientCredentialsTokenSource> m_tokens;

    NumbersLoad::Settings settings(int tenant, bool paged) const
    {
        NumbersLoad::Settings s = testLoadSettings(*m_server, tenant, paged);
        s.maxConcurrentPages = 2;
        s.retry.maxDelay = std::chrono::milliseconds(200);
        return s;
    }
    std::size_t size(int tenant) const
    {
        return m_server->data().size(m_server->data().tenants().at(tenant));
    }
    // Runs a load to its end; the one LoadError it finished with.
    LoadError run(NumbersLoadController &controller, const NumbersLoad::Settings &s)
    {
        QSignalSpy finished(&controller, &NumbersLoadController::finished);
        controller.start(s, m_tokens.get());
        [&] { QVERIFY(controller.isLoading()); }();
        if (!finished.wait(30000))
            qFatal("the load did not end");
        QTest::qWait(50); // nothing may follow the end
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.at(0).at(0).value<LoadError>();
    }

private slots:
    void init()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 3000;
        m_server = std::make_unique<SandboxServer>(config);
        QCOMPARE(m_server->start(), QString());
        const SandboxConfig &c = m_server->config();
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(
            ClientCredentialsTokenSource::Settings{m_server->authorityUrl(), c.directory, c.appClientId,
                                                   c.appClientSecret, c.apiScope, 10000},
            &m_nam);
    }
    void cleanup()
    {
        m_tokens.reset();
        m_server.reset();
        m_nam.clearConnectionCache();
    }

    void v2LoadIsComplete()
    {
        NumbersLoadController controller(&m_nam);
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy facets(&controller, &NumbersLoadController::facetsChanged);
        QSignalSpy first(&controller, &NumbersLoadController::firstBatchShown);
        const LoadError error = run(controller, settings(3, false));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!controller.isLoading());
        QVERIFY(controller.isComplete());
        QCOMPARE(controller.tenant(), m_server->data().tenants().at(3).id);
        QCOMPARE(controller.model()->totalCount(), size(3));
        QCOMPARE(controller.model()->rowCount(), int(size(3)));
        QCOMPARE(first.size(), 1);
        QVERIFY(!facets.isEmpty());
        QVERIFY(!controller.facets().countries.isEmpty());
    }

    void pagedLoadIsComplete()
    {
        NumbersLoadController controller(&m_nam);
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LoadError error = run(controller, settings(3, true));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(controller.isComplete());
        QCOMPARE(controller.model()->totalCount(), size(3));
    }

    void cancelledLoadIsIncomplete()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v3:latency=100"_s), QString());
        NumbersLoadController controller(&m_nam);
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&controller, &NumbersLoadController::firstBatchShown, &controller,
                &NumbersLoadController::cancel);
        const LoadError error = run(controller, settings(3, true));
        QCOMPARE(error.kind, LoadError::Kind::Cancelled);
        QVERIFY(!controller.isLoading());
        QVERIFY(!controller.isComplete());
        QVERIFY(controller.model()->totalCount() > 0);
        QVERIFY(controller.model()->totalCount() < size(3));
    }

    void failedLoadIsIncomplete_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("paged");
        QTest::newRow("v2 500") << u"numbers-v2:500"_s << false;
        QTest::newRow("v3 500 every time") << u"numbers-v3:500"_s << true;
    }
    void failedLoadIsIncomplete()
    {
        QFETCH(QString, fault);
        QFETCH(bool, paged);
        NumbersLoadController controller(&m_nam);
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setNumbers(std::make_unique<NumberStore>(), u"earlier"_s);
        QVERIFY(controller.isComplete());
        QCOMPARE(m_server->faults().add(fault), QString());
        const LoadError error = run(controller, settings(3, paged));
        QCOMPARE(error.kind, LoadError::Kind::Server);
        QVERIFY(!controller.isLoading());
        QVERIFY(!controller.isComplete());
        QVERIFY(controller.model()->totalCount() < size(3));
    }

    void clearForgetsTheTenant()
    {
        NumbersLoadController controller(&m_nam);
        QVERIFY(!run(controller, settings(1, false)).isError());
        controller.clear();
        QVERIFY(!controller.isComplete());
        QVERIFY(controller.tenant().isEmpty());
        QCOMPARE(controller.model()->totalCount(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNumbersLoadController)
#include "tst_numbersloadcontroller.moc"
