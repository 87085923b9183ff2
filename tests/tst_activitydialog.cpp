#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "gui/countlabel.h"
#include "gui/loadstatus.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityDialog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A window signed in to the sandbox with its app registration, its tenant typed in.
    struct Setup {
        std::unique_ptr<SandboxServer> server;
        std::unique_ptr<ProfileStore> profiles;
        MemorySecretStore secrets;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
    };
    std::unique_ptr<Setup> setUp(const QString &name, std::uint64_t numbers, bool paged)
    {
        auto setup = std::make_unique<Setup>();
        SandboxConfig config;
        config.largeTenantNumbers = numbers;
        setup->server = std::make_unique<SandboxServer>(config);
        if (const QString error = setup->server->start(); !error.isEmpty())
            qFatal("the sandbox did not start: %s", qPrintable(error));
        setup->profiles = std::make_unique<ProfileStore>(m_dir.filePath(name + u"-profiles.ini"_s));
        ConnectionProfile profile = sandboxProfile(*setup->server, u"Test Live Platform"_s);
        profile.paged = paged;
        profile.pageSize = 100;
        setup->secrets.write(profile.secretKey(), setup->server->config().appClientSecret,
                             [](const QString &) {});
        setup->profiles->save(profile);
        setup->settings =
            std::make_unique<QSettings>(m_dir.filePath(name + u"-window.ini"_s), QSettings::IniFormat);
        setup->window =
            std::make_unique<MainWindow>(setup->profiles.get(), &setup->secrets, setup->settings.get());
        MainWindow &window = *setup->window;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window did not show");
        if (!QTest::qWaitFor([&] { return window.session()->state() == SignInSession::State::SignedIn; },
                             20000))
            qFatal("the window did not sign in");
        child<QComboBox>(&window, u"tenantCombo"_s)
            ->setEditText(setup->server->data().tenants().constLast().id);
        return setup;
    }
    static LoadError load(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.findChild<QAction *>(u"actionLoad"_s)->trigger();
        if (!loaded.wait(60000))
            qFatal("the load did not finish");
        return loaded.at(0).at(0).value<LoadError>();
    }

private slots:
    void retryWordsInTheStatusBar_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("429") << 429 << u"Live Platform is busy (429); retrying in 2 s, attempt 2 of 5"_s;
        QTest::newRow("503") << 503
                             << u"Live Platform is unavailable (503); retrying in 2 s, attempt 2 of 5"_s;
        QTest::newRow("network")
            << 0 << u"The connection to Live Platform failed; retrying in 2 s, attempt 2 of 5"_s;
        QTest::newRow("500") << 500 << u"Live Platform answered HTTP 500; retrying in 2 s, attempt 2 of 5"_s;
    }
    void retryWordsInTheStatusBar()
    {
        QFETCH(int, status);
        QFETCH(QString, text);
        LoadStatus loadStatus;
        loadStatus.showStarted();
        loadStatus.showRetry(status, 1500, 2, 5);
        QCOMPARE(child<QLabel>(&loadStatus, u"progressLabel"_s)->text(), text);
    }

    void countsWhileLoadingClaimNoWholeList()
    {
        CountLabel label;
        label.showLoadingCount(9500);
        QCOMPARE(label.text(), u"9,500 numbers shown so far"_s);
        label.showCounts(9500, 9500, false, false);
        QCOMPARE(label.text(), u"9,500 of 9,500 numbers shown"_s);
    }

    void activityListsAndCopiesTheWindowsRequests()
    {
        const auto setup = setUp(u"activity"_s, 300, false);
        MainWindow &window = *setup->window;
        SandboxServer &server = *setup->server;

        // A 503 first: the status bar says that the load waits, and for what.
        QCOMPARE(server.faults().add(u"numbers-v2:503=1:times=1"_s), QString());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.findChild<QAction *>(u"actionLoad"_s)->trigger();
        auto *progress = child<QLabel>(&window, u"progressLabel"_s);
        QTRY_VERIFY2(
            progress->text().startsWith(u"Live Platform is unavailable (503); retrying in 1 s, attempt "
                                        "2 of "_s),
            qPrintable(progress->text()));
        QVERIFY(loaded.wait(60000));
        QVERIFY(!loaded.at(0).at(0).value<LoadError>().isError());

        // View › Activity: the dialog, not modal, with a row for every request.
        QAction *activity = window.findChild<QAction *>(u"actionActivity"_s);
        QVERIFY(child<QMenu>(&window, u"menuView"_s)->actions().contains(activity));
        activity->trigger();
        auto *dialog = child<QDialog>(&window, u"activityDialog"_s);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        auto *table = child<QTableView>(dialog, u"activityTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 3); // the token, the 503, the list
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), u"Status"_s);

        child<QPushButton>(dialog, u"copyActivityButton"_s)->click();
        const QString text = QApplication::clipboard()->text();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"Time (UTC)\tMethod\tHost\tPath\tStatus\t"_s));
        const QString host = u"%1:%2"_s.arg(server.baseUrl().host()).arg(server.baseUrl().port());
        QVERIFY2(lines[1].contains(
                     u"\tPOST\t%1\t/%2/oauth2/v2.0/token\t200\t"_s.arg(host, server.config().directory)),
                 qPrintable(lines[1]));
        const QString list = u"\tGET\t%1\t/tenantui/api/v2/oc/numbers?msTenantId=%2\t"_s.arg(
            host, server.data().tenants().constLast().id);
        QVERIFY2(lines[2].contains(list + u"503\t"_s), qPrintable(lines[2]));
        QVERIFY2(lines[2].endsWith(u"\t1\t"_s), qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(list + u"200\t"_s), qPrintable(lines[3]));
        QVERIFY2(lines[3].endsWith(u"\t2\t"_s), qPrintable(lines[3]));
        QVERIFY(!text.contains(server.config().appClientSecret));
        for (const QString &word : {u"secret"_s, u"token="_s, u"code="_s, u"state="_s, u"Bearer"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));

        // It follows the window while it stays open; View › Activity again shows the same dialog.
        QVERIFY(!load(window).isError());
        QTRY_COMPARE(table->model()->rowCount(), 4);
        activity->trigger();
        QCOMPARE(window.findChildren<QDialog *>(u"activityDialog"_s).size(), 1);
    }

    void oneHonestCounterDuringAPagedLoad()
    {
        const auto setup = setUp(u"counter"_s, 3000, true);
        MainWindow &window = *setup->window;
        // Slow pages after the first, so the load is seen half-way.
        QCOMPARE(setup->server->faults().add(u"numbers-v3:latency=200:after=1"_s), QString());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.findChild<QAction *>(u"actionLoad"_s)->trigger();
        auto *count = child<QLabel>(&window, u"countLabel"_s);
        auto *progress = child<QLabel>(&window, u"progressLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoading() && window.model()->rowCount() > 0 &&
                                     progress->text().contains(u" of 3,000 numbers"_s),
                                 30000);
        QVERIFY2(progress->text().startsWith(u"Loading… "_s), qPrintable(progress->text()));
        QVERIFY2(count->text().endsWith(u" numbers shown so far"_s), qPrintable(count->text()));
        QVERIFY2(!count->text().contains(u" of "_s), qPrintable(count->text()));

        QVERIFY(loaded.wait(60000));
        QVERIFY(!loaded.at(0).at(0).value<LoadError>().isError());
        QCOMPARE(count->text(), u"3,000 of 3,000 numbers shown"_s);
        QVERIFY2(progress->text().startsWith(u"3,000 numbers loaded in "_s), qPrintable(progress->text()));
    }
};

QTEST_MAIN(TestActivityDialog)
#include "tst_activitydialog.moc"
