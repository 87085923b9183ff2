#include "gui/filterbar.h"
#include "gui/viewsettings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The filter bar's choices and the filter they make, and how filters and views are remembered.
class TestFilterBar final : public QObject {
    Q_OBJECT

    static NumberFacets facets()
    {
        NumberFacets f;
        f.statuses = {u"Active"_s, u"Marked For Removal"_s};
        f.assignments = {QString(), u"UserAssigned"_s};
        f.countries = {u"GB"_s, u"US"_s};
        f.sources = {u"webapi"_s};
        f.sbcs = {u"sbc1.example.net [10.0.0.1]"_s};
        f.capabilities = {u"InboundCalling"_s, u"OutboundCalling"_s};
        return f;
    }

private slots:
    void choicesMakeTheFilter()
    {
        FilterBar bar;
        bar.setFacets(facets());
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        auto *country = bar.findChild<QComboBox *>(u"countryFilter"_s);
        QCOMPARE(country->count(), 3); // "Any country" first
        country->setCurrentIndex(country->findData(u"US"_s));
        auto *status = bar.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"Marked For Removal"_s));
        auto *assignment = bar.findChild<QComboBox *>(u"assignmentFilter"_s);
        QCOMPARE(assignment->itemText(1), u"(none)"_s);
        assignment->setCurrentIndex(1);
        const QList<QAction *> capabilities =
            bar.findChild<QToolButton *>(u"capabilitiesButton"_s)->menu()->actions();
        capabilities.at(1)->setChecked(true);
        QTest::keyClicks(bar.findChild<QLineEdit *>(u"searchEdit"_s), u"+44"_s);

        const NumberFilter filter = bar.filter();
        QCOMPARE(filter.countries, QStringList{u"US"_s});
        QCOMPARE(filter.statuses, QList<NumberStatus>{NumberStatus::MarkedForRemoval});
        QCOMPARE(filter.assignments, QStringList{QString()});
        QCOMPARE(filter.requiredCapabilities, QStringList{u"OutboundCalling"_s});
        QCOMPARE(filter.text, u"+44"_s);
        QCOMPARE(changed.last().at(0).value<NumberFilter>(), filter);
        // The button counts the ticks (its width stays); its tooltip names them.
        QCOMPARE(bar.findChild<QToolButton *>(u"capabilitiesButton"_s)->text(), u"Capabilities (1)"_s);
        QVERIFY(
            bar.findChild<QToolButton *>(u"capabilitiesButton"_s)->toolTip().contains(u"OutboundCalling"_s));

        // New facets (another load) keep what is chosen.
        bar.setFacets(facets());
        QCOMPARE(country->currentData().toString(), u"US"_s);

        bar.findChild<QAbstractButton *>(u"clearFiltersButton"_s)->click();
        QVERIFY(bar.filter().isEmpty());
        QCOMPARE(country->currentIndex(), 0);
        QVERIFY(bar.findChild<QLineEdit *>(u"searchEdit"_s)->text().isEmpty());
        QVERIFY(!bar.findChild<QAbstractButton *>(u"clearFiltersButton"_s)->isEnabled());
    }

    void typingWaitsForAPauseOnlyWhenFilteringIsSlow()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        auto *search = bar.findChild<QLineEdit *>(u"searchEdit"_s);
        bar.setLastFilterTime(5); // fast: every key filters at once
        QTest::keyClicks(search, u"+44"_s);
        QCOMPARE(changed.size(), 3);

        changed.clear();
        bar.setLastFilterTime(30); // slower than a frame, faster than typing: typed keys still filter at once
        QTest::keyClicks(search, u" 2"_s);
        QCOMPARE(changed.size(), 2);
        changed.clear();
        bar.setLastFilterTime(55);
        QTest::keyClicks(search, u" "_s);
        QCOMPARE(changed.size(), 1);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(changed.size(), 2);

        changed.clear();
        bar.setLastFilterTime(80); // slower than typing: keys are gathered
        QTest::keyClicks(search, u"0"_s);
        QCOMPARE(changed.size(), 0);
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<NumberFilter>().text, u"+44 20"_s);
    }

    void aHeldKeyIsGatheredUnlessFilteringTakesUnderAFrame()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        auto *search = bar.findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(u"+44 20 7946"_s);
        const auto holdBackspace = [&](int repeats) {
            QTest::keyPress(search, Qt::Key_Backspace);
            for (int i = 0; i < repeats; ++i) {
                QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier, QString(), true);
                QCoreApplication::sendEvent(search, &repeat);
            }
            QTest::keyRelease(search, Qt::Key_Backspace);
        };

        bar.setLastFilterTime(30);
        holdBackspace(2);
        QCOMPARE(changed.size(), 1); // the press filters, its repeats wait for the key to rest
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<NumberFilter>().text, u"+44 20 7"_s);

        changed.clear();
        bar.setLastFilterTime(5);
        holdBackspace(2);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().at(0).value<NumberFilter>().text, u"+44 2"_s);
    }

    void aFilterFromElsewhereIsShownEvenIfNotOffered()
    {
        FilterBar bar;
        bar.setFacets(facets());
        NumberFilter filter;
        filter.sbcs = {u"other.example.net [10.0.0.9]"_s};
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        bar.setFilter(filter);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().sbcs, filter.sbcs);
        QCOMPARE(bar.findChild<QComboBox *>(u"sbcFilter"_s)->currentText(), filter.sbcs.first());
    }

    void viewSettingsRememberFiltersTenantsAndViews()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"view.ini"_s), QSettings::IniFormat);
        ViewSettings view(&settings);
        NumberFilter filter;
        filter.text = u"+44 20"_s;
        filter.statuses = {NumberStatus::Active, NumberStatus::ReadyForRemoval};
        filter.countries = {u"GB"_s};
        filter.sbcs = {u"sbc1.example.net [10.0.0.1]"_s};
        filter.requiredCapabilities = {u"InboundCalling"_s};
        filter.availableNotAcquired = {u"OutboundCalling"_s};
        QCOMPARE(ViewSettings::filterFromMap(ViewSettings::filterToMap(filter)), filter);

        const QString profile = u"Contoso/EU"_s; // a '/' must not open a settings group
        view.saveView(profile, u"UK numbers"_s, {filter, QByteArray("header")});
        for (int i = 0; i < ViewSettings::MaxRecentTenants + 3; ++i)
            view.addRecentTenant(profile, u"tenant-%1"_s.arg(i));
        view.addRecentTenant(profile, u"tenant-5"_s);
        view.setCustomerName(profile, u"tenant-5"_s, u"Contoso Ltd"_s);
        settings.sync();

        QSettings reread(dir.filePath(u"view.ini"_s), QSettings::IniFormat);
        ViewSettings again(&reread);
        QCOMPARE(again.viewNames(profile), QStringList{u"UK numbers"_s});
        QCOMPARE(again.view(profile, u"UK numbers"_s).filter, filter);
        QCOMPARE(again.view(profile, u"UK numbers"_s).header, QByteArray("header"));
        const QStringList recent = again.recentTenants(profile);
        QCOMPARE(recent.size(), ViewSettings::MaxRecentTenants);
        QCOMPARE(recent.first(), u"tenant-5"_s);
        QCOMPARE(recent.count(u"tenant-5"_s), 1);
        QCOMPARE(again.customerName(profile, u"tenant-5"_s), u"Contoso Ltd"_s);
        QVERIFY(again.recentTenants(u"Contoso"_s).isEmpty());
        QVERIFY(again.exportOptions().excelSafe); // on by default

        again.removeView(profile, u"UK numbers"_s);
        QVERIFY(again.viewNames(profile).isEmpty());
        again.forgetProfile(profile);
        QVERIFY(again.recentTenants(profile).isEmpty());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
