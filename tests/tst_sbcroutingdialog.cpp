#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/sbcrouting.h"
#include "gui/sbcroutingdialog.h"
#include "sandbox/numbergenerator.h"
#include "support/findchild.h"
#include "support/testdata.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QList<QStringList> tableText(const QTableView *table)
{
    QList<QStringList> rows;
    const QAbstractItemModel *model = table->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row.append(model->index(r, c).data().toString());
        rows.append(row);
    }
    return rows;
}

QStringList headerText(const QTableView *table)
{
    QStringList titles;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        titles.append(table->model()->headerData(c, Qt::Horizontal).toString());
    return titles;
}

QString label(const QWidget &dialog, const QString &name)
{
    return child<QLabel>(dialog, name)->text();
}

const QString SbcA = u"oc1.example.net [20.0.0.1]"_s;
const QString SbcB = u"oc2.example.net [20.0.0.2]"_s;
const QString SbcD = u"nobrackets.example.net"_s;

} // namespace

class TestSbcRoutingDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As the application starts for an English user: the English translation holds the plural forms
        // ("1 other loaded number uses"), the locale groups the digits of large counts.
        QLocale::setDefault(QLocale(u"en_US"_s));
        QVERIFY2(m_english.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s),
                 "QTranslator::load(en_US) does not find :/i18n/ocnumbers_en.qm");
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        const ParseResult result = NumberParser::parse(readData(u"sbc-routing.json"_s), m_store);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    // One sentence with %Ln: singular for one number, plural from two on, in English too.
    void summaryCountsOthers_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("summary");
        QTest::newRow("one, one SBC") << 3 << u"1 other loaded number uses this SBC"_s;
        QTest::newRow("two, one SBC") << 1 << u"2 other loaded numbers use this SBC"_s;
        QTest::newRow("three, two SBCs") << 6 << u"3 other loaded numbers use these SBCs"_s;
    }

    void summaryCountsOthers()
    {
        QFETCH(int, row);
        QFETCH(QString, summary);
        SbcRoutingDialog dialog(m_store, static_cast<std::size_t>(row));
        QCOMPARE(label(dialog, u"sharingSummaryLabel"_s), summary);
    }

    void showsTheRoutingOfANumber()
    {
        SbcRoutingDialog dialog(m_store, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), u"SBC routing — +441000000001"_s);
        QCOMPARE(label(dialog, u"numberLabel"_s), u"+441000000001"_s);
        QCOMPARE(label(dialog, u"callingProfileLabel"_s), u"5f3fbb3b-df9b-483d-b294-c7eb01e22aac"_s);
        QCOMPARE(label(dialog, u"inboundLabel"_s), u"Acquired"_s);
        QCOMPARE(label(dialog, u"outboundLabel"_s), u"Available but not acquired"_s);

        auto *routes = child<QTableView>(dialog, u"routesTable"_s);
        QVERIFY(routes->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"noRoutesLabel"_s)->isVisible());
        QCOMPARE(headerText(routes),
                 (QStringList{u"SBC"_s, u"FQDN"_s, u"IP address"_s, u"SBC ID"_s, u"Numbers"_s}));
        QCOMPARE(tableText(routes),
                 (QList<QStringList>{{SbcA, u"oc1.example.net"_s, u"20.0.0.1"_s, u"8"_s, u"3"_s},
                                     {SbcB, u"oc2.example.net"_s, u"20.0.0.2"_s, u"9"_s, u"4"_s}}));
        QCOMPARE(routes->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(routes->selectionModel()->selectedRows().front().row(), 0);
        QVERIFY(child<QPushButton>(dialog, u"filterToSbcButton"_s)->isEnabled());

        QCOMPARE(label(dialog, u"sharingSummaryLabel"_s), u"5 other loaded numbers use these SBCs"_s);
        auto *countries = child<QTableView>(dialog, u"countryCountsTable"_s);
        QCOMPARE(headerText(countries), (QStringList{u"Country"_s, u"Numbers"_s}));
        QCOMPARE(tableText(countries),
                 (QList<QStringList>{{u"GB"_s, u"3"_s}, {u"(none)"_s, u"1"_s}, {u"FR"_s, u"1"_s}}));
        auto *statuses = child<QTableView>(dialog, u"statusCountsTable"_s);
        QCOMPARE(headerText(statuses), (QStringList{u"Status"_s, u"Numbers"_s}));
        QCOMPARE(tableText(statuses), (QList<QStringList>{{u"Active"_s, u"2"_s},
                                                          {u"Marked For Removal"_s, u"1"_s},
                                                          {u"Release Requested"_s, u"1"_s},
                                                          {u"Weird"_s, u"1"_s}}));

        auto *sharing = child<QTableView>(dialog, u"sharingTable"_s);
        QAbstractItemModelTester tester(sharing->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(headerText(sharing), (QStringList{u"Number"_s, u"Country"_s, u"Status"_s, u"SBCs"_s}));
        QCOMPARE(tableText(sharing),
                 (QList<QStringList>{
                     {u"+441000000002"_s, u"GB"_s, u"Active"_s, SbcA},
                     {u"+441000000003"_s, u"GB"_s, u"Marked For Removal"_s,
                      SbcB + u", oc3.example.net [20.0.0.3]"_s},
                     {u"+331000000005"_s, u"FR"_s, u"Weird"_s, SbcB},
                     {u"+491000000007"_s, QString(), u"Release Requested"_s, SbcA + u", "_s + SbcD},
                     {u"+441000000010"_s, u"GB"_s, u"Active"_s, SbcB}}));
        QCOMPARE(sharing->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

        // The controls are named for screen readers.
        for (const QString &name : {u"routesTable"_s, u"filterToSbcButton"_s, u"sharingSummaryLabel"_s,
                                    u"countryCountsTable"_s, u"statusCountsTable"_s, u"sharingTable"_s})
            QVERIFY2(!child<QWidget>(dialog, name)->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY(!child<QDialogButtonBox>(dialog, u"buttonBox"_s)
                     ->button(QDialogButtonBox::Close)
                     ->accessibleName()
                     .isEmpty());
        // Nothing is cut off at the dialog's size.
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 740);
        QVERIFY(dialog.minimumSizeHint().height() <= dialog.height());
        dialog.grab().save(u"/tmp/sbcroutingdialog-two-sbcs.png"_s);
    }

    void filterButtonAsksForTheSelectedSbc()
    {
        SbcRoutingDialog dialog(m_store, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy spy(&dialog, &SbcRoutingDialog::filterToSbcRequested);
        auto *routes = child<QTableView>(dialog, u"routesTable"_s);
        routes->selectRow(1);
        QTest::mouseClick(child<QPushButton>(dialog, u"filterToSbcButton"_s), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.front().front().toString(), SbcB);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void filterButtonDefaultsToTheFirstSbc()
    {
        SbcRoutingDialog dialog(m_store, 8);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(label(dialog, u"inboundLabel"_s), u"Not available"_s);
        QCOMPARE(label(dialog, u"outboundLabel"_s), u"Not available"_s);
        QCOMPARE(tableText(child<QTableView>(dialog, u"routesTable"_s)),
                 (QList<QStringList>{{SbcD, SbcD, QString(), QString(), u"2"_s}}));
        QCOMPARE(label(dialog, u"sharingSummaryLabel"_s), u"1 other loaded number uses this SBC"_s);
        QCOMPARE(tableText(child<QTableView>(dialog, u"countryCountsTable"_s)),
                 (QList<QStringList>{{u"(none)"_s, u"1"_s}}));
        QSignalSpy spy(&dialog, &SbcRoutingDialog::filterToSbcRequested);
        QTest::mouseClick(child<QPushButton>(dialog, u"filterToSbcButton"_s), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.front().front().toString(), SbcD);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void numberWithoutSbcs()
    {
        SbcRoutingDialog dialog(m_store, 5);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), u"SBC routing — +491000000006"_s);
        QCOMPARE(label(dialog, u"callingProfileLabel"_s), u"(none)"_s);
        QCOMPARE(label(dialog, u"inboundLabel"_s), u"Not available"_s);
        auto *noRoutes = child<QLabel>(dialog, u"noRoutesLabel"_s);
        QVERIFY(noRoutes->isVisible());
        QCOMPARE(noRoutes->text(), u"This number has no SBC in its list"_s);
        QVERIFY(!child<QTableView>(dialog, u"routesTable"_s)->isVisible());
        QCOMPARE(child<QTableView>(dialog, u"routesTable"_s)->model()->rowCount(), 0);
        auto *filter = child<QPushButton>(dialog, u"filterToSbcButton"_s);
        QVERIFY(!filter->isEnabled());
        QCOMPARE(child<QTableView>(dialog, u"sharingTable"_s)->model()->rowCount(), 0);
        QCOMPARE(child<QTableView>(dialog, u"countryCountsTable"_s)->model()->rowCount(), 0);
        QCOMPARE(child<QTableView>(dialog, u"statusCountsTable"_s)->model()->rowCount(), 0);
        QCOMPARE(label(dialog, u"sharingSummaryLabel"_s),
                 u"Without an SBC, this number shares its routing with no other number"_s);
        dialog.grab().save(u"/tmp/sbcroutingdialog-no-sbc.png"_s);

        // The close button rejects.
        QSignalSpy spy(&dialog, &SbcRoutingDialog::filterToSbcRequested);
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Close)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(spy.isEmpty());
    }

    void manySharingNumbers()
    {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V3;
        NumberStore store;
        QVERIFY(NumberParser::parse(NumberGenerator(options).v3Page(100000, 1, 100000), store).ok());
        QElapsedTimer timer;
        timer.start();
        SbcRoutingDialog dialog(store, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        qInfo("dialog over 100,000 numbers shown in %lld ms", timer.elapsed());

        const SbcRouting routing = SbcRouting::of(store, 0);
        QVERIFY(routing.sharingRows.size() > 10000);
        QCOMPARE(label(dialog, u"sharingSummaryLabel"_s),
                 (routing.routes.size() == 1 ? u"%1 other loaded numbers use this SBC"_s
                                             : u"%1 other loaded numbers use these SBCs"_s)
                     .arg(QLocale().toString(static_cast<qulonglong>(routing.sharingRows.size()))));
        auto *sharing = child<QTableView>(dialog, u"sharingTable"_s);
        QCOMPARE(sharing->model()->rowCount(), static_cast<int>(routing.sharingRows.size()));
        QAbstractItemModelTester tester(sharing->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sharing->scrollToBottom();
        const int last = sharing->model()->rowCount() - 1;
        QCOMPARE(sharing->model()->index(last, 0).data().toString(),
                 QString::fromStdString(std::string(store.telephoneNumber(routing.sharingRows.back()))));
        dialog.grab().save(u"/tmp/sbcroutingdialog-many.png"_s);
    }

private:
    NumberStore m_store;
    QTranslator m_english;
};

QTEST_MAIN(TestSbcRoutingDialog)
#include "tst_sbcroutingdialog.moc"
