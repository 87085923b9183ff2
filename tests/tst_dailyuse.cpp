// The window on an ordinary day: it fits a small screen, shows what support looks at, keeps the selection
// while the view changes, is used from the keyboard, and starts each connection clean.
#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "core/numbercolumn.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "gui/filterbar.h"
#include "gui/mainwindow.h"
#include "gui/numberstableview.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"
#include "support/testsandbox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

ConnectionProfile connection(const SandboxServer &server, const QString &name, MemorySecretStore &secrets,
                             bool paged = false)
{
    ConnectionProfile profile = sandboxProfile(server, name);
    profile.paged = paged;
    secrets.write(profile.secretKey(), server.config().appClientSecret, [](const QString &) {});
    return profile;
}

// A window on its own settings, with connections to the sandbox stored first (app registrations, their
// secrets in memory).
struct TestWindow {
    TestWindow(const QString &folder, const SandboxServer &server, const QStringList &connections,
               bool paged = false)
        : profiles(folder + u"/profiles.ini"_s)
        , settings(folder + u"/window.ini"_s, QSettings::IniFormat)
    {
        for (const QString &name : connections)
            profiles.save(connection(server, name, secrets, paged));
        window = std::make_unique<MainWindow>(&profiles, &secrets, &settings);
    }

    // Shows the window and waits until it is on screen.
    MainWindow &shown()
    {
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window did not show");
        return *window;
    }

    ProfileStore profiles;
    MemorySecretStore secrets;
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

LoadError loadTenant(MainWindow &window, const QString &tenant)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    child<QComboBox>(&window, u"tenantCombo"_s)->setEditText(tenant);
    if (!QTest::qWaitFor([&] { return window.session()->state() == SignInSession::State::SignedIn; }, 30000))
        qFatal("not signed in");
    child<QAbstractButton>(&window, u"loadButton"_s)->click();
    if (loaded.isEmpty() && !loaded.wait(60000))
        qFatal("the load did not finish");
    return loaded.at(0).at(0).value<LoadError>();
}

std::vector<NumberColumn> shownColumns(const MainWindow &window)
{
    return child<NumbersTableView>(&window, u"tableView"_s)->visibleColumns();
}

QString numberAt(const MainWindow &window, int row)
{
    return window.model()->index(row, int(NumberColumn::TelephoneNumber)).data().toString();
}

QString currentNumber(const MainWindow &window)
{
    const QModelIndex current = child<QTableView>(&window, u"tableView"_s)->currentIndex();
    return current.isValid() ? numberAt(window, current.row()) : QString();
}

QStringList selectedNumbers(const MainWindow &window)
{
    QStringList numbers;
    for (const QModelIndex &index :
         child<QTableView>(&window, u"tableView"_s)->selectionModel()->selectedRows())
        numbers << numberAt(window, index.row());
    numbers.sort();
    return numbers;
}

// A double-click as a mouse makes it: press, release, double-click, release at one place.
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPointF at = view->visualRect(index).center();
    const QPointF global = view->viewport()->mapToGlobal(at);
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                    QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
        const bool down = type != QEvent::MouseButtonRelease;
        QMouseEvent event(type, at, global, Qt::LeftButton, down ? Qt::LeftButton : Qt::NoButton, {});
        QApplication::sendEvent(view->viewport(), &event);
    }
}

// Types text into the search field as a user does, and waits until the table shows its result (while
// filtering is slow, as on a busy machine, keystrokes are gathered over a short pause first).
void typeSearch(MainWindow &window, const QString &text)
{
    auto *search = child<QLineEdit>(&window, u"searchEdit"_s);
    search->setText(text);
    emit search->textEdited(text);
    const FilterBar *bar = window.findChild<FilterBar *>(u"filterBar"_s);
    if (!QTest::qWaitFor([&] { return bar->filter().text == text; }, 10000))
        qFatal("the search was not applied");
}

} // namespace

class TestDailyUse final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server = startTestSandbox(2000);

    QString largeTenant() const { return m_server->data().tenants().constLast().id; }
    QString folder(const QString &name) const
    {
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }

private slots:
    void fitsANarrowScreenAndNoChoiceWidensIt()
    {
        TestWindow test(folder(u"fit"_s), *m_server, {u"A connection with a rather long name"_s});
        MainWindow &window = test.shown();
        QVERIFY(!loadTenant(window, largeTenant()).isError());

        QVERIFY2(window.minimumSizeHint().width() <= 800,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        window.resize(800, 600);
        QTRY_COMPARE(window.width(), 800);
        const auto everythingInside = [&] {
            QStringList outside;
            for (const char *bar : {"connectionBar", "filterBar"}) {
                for (const QWidget *widget :
                     child<QWidget>(&window, QString::fromLatin1(bar))->findChildren<QWidget *>()) {
                    if (!widget->isVisible() || widget->objectName().isEmpty() ||
                        widget->objectName().startsWith(u"qt_"_s))
                        continue;
                    const QRect rect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
                    if (rect.right() >= window.width())
                        outside << widget->objectName();
                }
            }
            return outside;
        };
        QCOMPARE(everythingInside(), QStringList());

        // Two capabilities ticked, long choices made: the window keeps its size and its minimum.
        const int minimum = window.minimumSizeHint().width();
        QMenu *capabilities = child<QToolButton>(&window, u"capabilitiesButton"_s)->menu();
        int ticked = 0;
        for (QAction *action : capabilities->actions()) {
            if (action->isCheckable() && ticked < 2) {
                action->trigger();
                ++ticked;
            }
        }
        QCOMPARE(ticked, 2);
        for (const char *name : {"assignmentFilter", "countryFilter", "sbcFilter"}) {
            auto *combo = child<QComboBox>(&window, QString::fromLatin1(name));
            combo->setCurrentIndex(combo->count() - 1);
        }
        QCOMPARE(window.size(), QSize(800, 600));
        QCOMPARE(window.minimumSizeHint().width(), minimum);
        QCOMPARE(everythingInside(), QStringList());
        QVERIFY(child<QToolButton>(&window, u"capabilitiesButton"_s)->text().contains(u'2'));
    }

    void choicesShowHowManyNumbersHaveThemAndSearchFindsNumbers()
    {
        TestWindow test(folder(u"counts"_s), *m_server, {u"Lab"_s});
        MainWindow &window = test.shown();
        QVERIFY(!loadTenant(window, largeTenant()).isError());
        auto *countries = child<QComboBox>(&window, u"countryFilter"_s);
        QVERIFY(countries->count() > 2);
        for (int i = 1; i < countries->count(); ++i) {
            const QString country = countries->itemData(i).toString();
            int have = 0;
            for (int row = 0; row < window.model()->rowCount(); ++row)
                have += window.model()->index(row, int(NumberColumn::Country)).data().toString() == country;
            QCOMPARE(countries->itemText(i), u"%1 (%2)"_s.arg(country, QLocale().toString(have)));
        }
        // Choosing one keeps the counts of the whole load (the choices stay as they were).
        const QString before = countries->itemText(1);
        countries->setCurrentIndex(1);
        QCOMPARE(countries->itemText(1), before);

        // A number's first digits, with spaces as a ticket writes them: numbers that start with them.
        child<QAbstractButton>(&window, u"clearFiltersButton"_s)->click();
        const QString number = numberAt(window, 3);
        const QString spaced = number.left(3) + u' ' + number.mid(3, 2) + u' ' + number.mid(5, 3);
        auto *search = child<QLineEdit>(&window, u"searchEdit"_s);
        typeSearch(window, spaced);
        QVERIFY(window.model()->rowCount() >= 1);
        for (int row = 0; row < window.model()->rowCount(); ++row)
            QVERIFY(numberAt(window, row).startsWith(number.left(8)));
        // A block that cannot be: the table area says why.
        const QString backwards = number + u"..0"_s;
        typeSearch(window, backwards);
        QCOMPARE(window.model()->rowCount(), 0);
        const QString problem = window.findChild<NumbersTableView *>(u"tableView"_s)->placeholderText();
        QVERIFY2(!problem.isEmpty() && !problem.contains(u"Clear filters"_s), qPrintable(problem));
        QCOMPARE(search->toolTip(), problem);
    }

    void theCapabilitiesMenuStaysOpenWhileTicking()
    {
        TestWindow test(folder(u"menu"_s), *m_server, {});
        MainWindow &window = test.shown();
        FilterBar *bar = window.findChild<FilterBar *>(u"filterBar"_s);
        NumberFacets facets;
        facets.capabilities = {u"InboundCalling"_s, u"OutboundCalling"_s};
        bar->setFacets(facets);
        QMenu *menu = child<QToolButton>(&window, u"capabilitiesButton"_s)->menu();
        menu->popup(window.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QList<QAction *> actions = menu->actions();
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(actions.at(0)).center());
        QVERIFY(menu->isVisible());
        menu->setActiveAction(actions.at(1));
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible());
        QCOMPARE(bar->filter().requiredCapabilities,
                 QStringList({u"InboundCalling"_s, u"OutboundCalling"_s}));
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }

    void showsWhatSupportLooksAtAndResetsColumns()
    {
        TestWindow test(folder(u"columns"_s), *m_server, {u"Paged"_s}, true);
        QAbstractItemModelTester tester(test.window->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MainWindow &window = test.shown();
        const std::vector<NumberColumn> defaults = NumbersTableView::defaultColumns(false);
        QCOMPARE(shownColumns(window), defaults);

        // A v3 load names the customer: the name comes in after the number.
        QVERIFY(!loadTenant(window, largeTenant()).isError());
        QCOMPARE(shownColumns(window), NumbersTableView::defaultColumns(true));
        QCOMPARE(shownColumns(window).at(1), NumberColumn::ServiceFullName);

        // Sorting shows its indicator on the sorted column.
        auto *table = child<QTableView>(&window, u"tableView"_s);
        QHeaderView *header = table->horizontalHeader();
        const int country = int(NumberColumn::Country);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(country) + header->sectionSize(country) / 2,
                                 header->height() / 2));
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), country);
        QCOMPARE(window.model()->sortColumn(), country);

        // Columns moved and hidden, then View > Reset columns: the default again, unsorted.
        header->setSectionHidden(int(NumberColumn::Status), true);
        header->moveSection(header->visualIndex(int(NumberColumn::Sbcs)), 0);
        header->setSectionHidden(int(NumberColumn::CallingProfileId), false);
        window.findChild<QAction *>(u"actionResetColumns"_s)->trigger();
        QCOMPARE(shownColumns(window), NumbersTableView::defaultColumns(true));
        QCOMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(window.model()->sortColumn(), -1);
        QCOMPARE(window.model()->storeRow(0), 0u);
    }

    void theSelectionSurvivesSortingFilteringAndTheSbcFilter()
    {
        TestWindow test(folder(u"selection"_s), *m_server, {u"Lab"_s});
        MainWindow &window = test.shown();
        QVERIFY(!loadTenant(window, largeTenant()).isError());
        auto *table = child<QTableView>(&window, u"tableView"_s);
        table->setFocus();
        table->setCurrentIndex(window.model()->index(40, 0));
        table->selectionModel()->select(
            QItemSelection(window.model()->index(38, 0), window.model()->index(42, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString current = currentNumber(window);
        const QStringList selected = selectedNumbers(window);
        QCOMPARE(selected.size(), 5);

        table->horizontalHeader()->setSortIndicator(int(NumberColumn::TelephoneNumber), Qt::DescendingOrder);
        QCOMPARE(currentNumber(window), current);
        QCOMPARE(selectedNumbers(window), selected);

        // A filter that keeps the current number: it stays current and selected.
        const QString country =
            window.model()->index(table->currentIndex().row(), int(NumberColumn::Country)).data().toString();
        auto *countries = child<QComboBox>(&window, u"countryFilter"_s);
        countries->setCurrentIndex(countries->findData(country));
        QVERIFY(window.model()->rowCount() < 2000);
        QCOMPARE(currentNumber(window), current);
        const QStringList stillShown = selectedNumbers(window);
        QVERIFY(stillShown.contains(current));
        for (const QString &number : stillShown)
            QVERIFY(selected.contains(number));
        QCOMPARE(child<QLabel>(&window, u"numberValue"_s)->text(), current);
        // Clearing it keeps them.
        child<QAbstractButton>(&window, u"clearFiltersButton"_s)->click();
        QCOMPARE(currentNumber(window), current);
        QCOMPARE(selectedNumbers(window), stillShown);

        // The routing dialog's "only this SBC": the number goes through it, so it stays current.
        QTest::keyClick(table, Qt::Key_Return);
        auto *routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s);
        QVERIFY(routing);
        QTRY_VERIFY(routing->isVisible());
        child<QAbstractButton>(routing, u"filterToSbcButton"_s)->click();
        QTRY_VERIFY(!window.findChild<QDialog *>(u"sbcRoutingDialog"_s));
        QCOMPARE(currentNumber(window), current);
    }

    void theRoutingDialogGoesToANumberThroughTheSameSbc()
    {
        TestWindow test(folder(u"routing"_s), *m_server, {u"Lab"_s});
        MainWindow &window = test.shown();
        QVERIFY(!loadTenant(window, largeTenant()).isError());
        auto *table = child<QTableView>(&window, u"tableView"_s);
        int routed = -1;
        for (int row = 0; row < window.model()->rowCount() && routed < 0; ++row) {
            if (!window.model()->index(row, int(NumberColumn::Sbcs)).data().toString().isEmpty())
                routed = row;
        }
        QVERIFY(routed >= 0);
        // Filtered down to the number itself: the one asked for is hidden, and the filter makes way for it.
        table->setCurrentIndex(window.model()->index(routed, 0));
        const QString number = currentNumber(window);
        auto *search = child<QLineEdit>(&window, u"searchEdit"_s);
        typeSearch(window, number);
        QCOMPARE(window.model()->rowCount(), 1);
        table->setCurrentIndex(window.model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s);
        QVERIFY(routing);
        QTRY_VERIFY(routing->isVisible());
        auto *sharing = child<QTableView>(routing, u"sharingTable"_s);
        QVERIFY(sharing->model()->rowCount() > 0);
        const QString other = sharing->model()->index(0, 0).data().toString();
        QVERIFY(other != number);
        const QModelIndex first = sharing->model()->index(0, 0);
        doubleClick(sharing, first);
        QTRY_VERIFY(!window.findChild<QDialog *>(u"sbcRoutingDialog"_s));
        QCOMPARE(currentNumber(window), other);
        QCOMPARE(selectedNumbers(window), QStringList{other});
        QCOMPARE(search->text(), QString());
    }

    void theDetailPaneStartsAtItsTopAndSaysWhenThereAreNoSbcs()
    {
        TestWindow test(folder(u"detail"_s), *m_server, {});
        MainWindow &window = *test.window;
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/detailpane.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto store = std::make_unique<NumberStore>();
        QVERIFY(NumberParser::parse(file.readAll(), *store).ok());
        window.setNumbers(std::move(store), u"detail pane"_s);
        window.resize(1000, 500);
        test.shown();
        auto *table = child<QTableView>(&window, u"tableView"_s);
        const int withSbcs = numberAt(window, 0) == u"+33123456789"_s ? 0 : 1;
        table->setCurrentIndex(window.model()->index(withSbcs, 0));
        QVERIFY(!child<QLabel>(&window, u"noSbcsLabel"_s)->isVisible());
        QVERIFY(child<QTableWidget>(&window, u"sbcTable"_s)->isVisible());
        QScrollBar *scroll = child<QScrollArea>(&window, u"scrollArea"_s)->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());

        // The other number (its SBC list is empty) is read from the top, and says it has none.
        table->setCurrentIndex(window.model()->index(1 - withSbcs, 0));
        QCOMPARE(scroll->value(), 0);
        QVERIFY(child<QLabel>(&window, u"noSbcsLabel"_s)->isVisible());
        QVERIFY(!child<QTableWidget>(&window, u"sbcTable"_s)->isVisible());
    }

    void worksFromTheKeyboard()
    {
        TestWindow test(folder(u"keyboard"_s), *m_server, {u"Lab"_s});
        MainWindow &window = test.shown();
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(QApplication::activeWindow() == &window);
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);
        auto *table = child<QTableView>(&window, u"tableView"_s);
        auto *search = child<QLineEdit>(&window, u"searchEdit"_s);
        const auto keys = [&window](const char *sequence) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keySequence(focus ? focus : &window, QKeySequence(QString::fromLatin1(sequence)));
        };

        // Ctrl+L, the tenant, Enter: loaded.
        keys("Ctrl+L");
        QWidget *tenant = child<QComboBox>(&window, u"tenantCombo"_s)->lineEdit();
        QTRY_VERIFY(tenant->hasFocus());
        QTest::keyClicks(tenant, largeTenant());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QTest::keyClick(tenant, Qt::Key_Return);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window.model()->rowCount(), 2000);

        // Ctrl+F, a number's first digits, Down: the table has the focus and the first result is current.
        keys("Ctrl+F");
        QTRY_VERIFY(search->hasFocus());
        const QString wanted = numberAt(window, 7);
        QTest::keyClicks(search, wanted);
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(currentNumber(window), wanted);
        QCOMPARE(selectedNumbers(window), QStringList{wanted});

        // Copy, routing (Enter, Escape), export (Ctrl+E, the dialog's Escape): all without the mouse.
        keys("Ctrl+C");
        QVERIFY(QGuiApplication::clipboard()->text().contains(u'\n' + wanted + u'\t'));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.findChild<QDialog *>(u"sbcRoutingDialog"_s));
        QDialog *routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s);
        QTRY_VERIFY(routing->isVisible());
        QTest::keyClick(routing, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QDialog *>(u"sbcRoutingDialog"_s));
        QApplication::setActiveWindow(&window); // as a window manager does when a dialog closes
        bool exportOffered = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<QDialog *>(u"exportDialog"_s);
            exportOffered = dialog && dialog->isVisible();
            if (dialog)
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        table->setFocus();
        keys("Ctrl+E");
        QVERIFY(exportOffered);
        QApplication::setActiveWindow(&window);

        // Tab leaves the table instead of walking its cells.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());

        // Enter in the search field goes to the results too; Escape there clears the search.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(table->hasFocus());
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(window.model()->rowCount(), 2000);
        QVERIFY(!window.findChild<QAction *>(u"actionClearFilters"_s)->isEnabled());
        QVERIFY(!child<QAbstractButton>(&window, u"clearFiltersButton"_s)->isEnabled());
    }

    void exportFallsBackToTheHomeFolderWithoutDocuments()
    {
        // A desktop without a Documents folder (and no user-dirs file naming one).
        const QString home = folder(u"home"_s);
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (home + u"/.config"_s).toUtf8());
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        QVERIFY(!QDir(home + u"/Documents"_s).exists());

        TestWindow test(folder(u"export"_s), *m_server, {});
        MainWindow &window = *test.window;
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/detailpane.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto store = std::make_unique<NumberStore>();
        QVERIFY(NumberParser::parse(file.readAll(), *store).ok());
        window.setNumbers(std::move(store), u"export"_s);
        test.shown();
        QString offered;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<QDialog *>(u"exportDialog"_s);
            if (!dialog)
                return;
            offered = child<QLineEdit>(dialog, u"pathEdit"_s)->text();
            dialog->reject();
        });
        window.findChild<QAction *>(u"actionExportShown"_s)->trigger();
        QVERIFY2(QFileInfo(offered).absolutePath() == QFileInfo(home).absoluteFilePath(),
                 qPrintable(offered));
    }

    void eachConnectionStartsCleanAndKeepsItsOwnFilter()
    {
        const QString where = folder(u"switch"_s);
        {
            TestWindow test(where, *m_server, {u"First"_s, u"Second"_s});
            MainWindow &window = test.shown();
            auto *connections = child<QComboBox>(&window, u"profileCombo"_s);
            connections->setCurrentIndex(connections->findText(u"First"_s));
            emit connections->activated(connections->currentIndex());
            auto *table = window.findChild<NumbersTableView *>(u"tableView"_s);
            QVERIFY(table->placeholderText().contains(u"tenant ID"_s));
            QVERIFY(!loadTenant(window, largeTenant()).isError());
            auto *countries = child<QComboBox>(&window, u"countryFilter"_s);
            countries->setCurrentIndex(1);
            const QString country = countries->currentData().toString();
            typeSearch(window, u"no such number"_s);
            QCOMPARE(window.model()->rowCount(), 0);
            QVERIFY(table->placeholderText().contains(u"No number matches"_s));
            typeSearch(window, QString());

            // The second connection: nothing of the first's numbers, status or tenant.
            connections->setCurrentIndex(connections->findText(u"Second"_s));
            emit connections->activated(connections->currentIndex());
            QCOMPARE(window.model()->totalCount(), std::size_t(0));
            QCOMPARE(child<QComboBox>(&window, u"tenantCombo"_s)->currentText(), QString());
            QCOMPARE(child<QLabel>(&window, u"progressLabel"_s)->text(), QString());
            QCOMPARE(countries->currentIndex(), 0);
            QVERIFY(table->placeholderText().contains(u"tenant ID"_s));

            // Back to the first: its filter choice is there again.
            connections->setCurrentIndex(connections->findText(u"First"_s));
            emit connections->activated(connections->currentIndex());
            QCOMPARE(countries->currentData().toString(), country);
            window.close();
        }
        // And after a restart.
        TestWindow test(where, *m_server, {});
        MainWindow &window = test.shown();
        QCOMPARE(child<QComboBox>(&window, u"profileCombo"_s)->currentText(), u"First"_s);
        QVERIFY(child<QComboBox>(&window, u"countryFilter"_s)->currentIndex() > 0);
        QVERIFY(window.findChild<QAction *>(u"actionClearFilters"_s)->isEnabled());
    }

    void aPagedConnectionHasOneStatusControl()
    {
        TestWindow test(folder(u"status"_s), *m_server, {u"Paged"_s}, true);
        MainWindow &window = test.shown();
        auto *scope = child<QComboBox>(&window, u"statusScopeCombo"_s);
        QVERIFY(scope->isVisible());
        QVERIFY(!child<QComboBox>(&window, u"statusFilter"_s)->isVisible());
        QVERIFY(!loadTenant(window, largeTenant()).isError());
        const std::size_t all = window.model()->totalCount();

        // Every status is loaded: a status narrows at once, without a load.
        QSignalSpy loads(&window, &MainWindow::loadFinished);
        scope->setCurrentIndex(1); // Active
        emit scope->activated(1);
        QVERIFY(window.model()->rowCount() < int(all));
        QVERIFY(!window.isLoading());
        for (int row = 0; row < window.model()->rowCount(); ++row)
            QCOMPARE(window.model()->index(row, int(NumberColumn::Status)).data().toString(), u"Active"_s);

        // Loaded with that status only, another choice loads again: there is nothing else to narrow.
        child<QAbstractButton>(&window, u"loadButton"_s)->click();
        QVERIFY(loads.wait(60000));
        const int active = window.model()->rowCount();
        QCOMPARE(int(window.model()->totalCount()), active);
        scope->setCurrentIndex(0);
        emit scope->activated(0);
        QVERIFY(window.isLoading());
        QVERIFY(loads.wait(60000));
        QCOMPARE(window.model()->totalCount(), all);
        QCOMPARE(window.model()->rowCount(), int(all));
    }
};

QTEST_MAIN(TestDailyUse)
#include "tst_dailyuse.moc"
