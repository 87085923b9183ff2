#include "core/models/numberstablemodel.h"
#include "core/numberparser.h"
#include "sandbox/numbergenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<NumberStore> generated(std::uint64_t count, std::uint64_t firstIndex = 0)
{
    NumberGenerator::Options options;
    options.flavour = NumberGenerator::Flavour::V3;
    options.firstIndex = firstIndex;
    auto store = std::make_unique<NumberStore>();
    if (!NumberParser::parse(NumberGenerator(options).v2Array(count), *store).ok())
        qFatal("generator output does not parse");
    return store;
}

QString text(const NumbersTableModel &model, int row, NumberColumn column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role).toString();
}

} // namespace

class TestNumbersTableModel final : public QObject {
    Q_OBJECT

private slots:
    void showsEveryColumnOfEveryNumber()
    {
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &NumbersTableModel::countsChanged);
        model.setStore(generated(500));
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.columnCount(), NumberColumnCount);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toLongLong(), 500);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Number"_s);
        QCOMPARE(model.headerData(10, Qt::Horizontal).toString(), u"Acquired Date"_s);
        QVERIFY(text(model, 0, NumberColumn::TelephoneNumber).startsWith(u'+'));
        // Dates show in local time; the tooltip has the exact value.
        QVERIFY(text(model, 0, NumberColumn::AcquiredOn, Qt::ToolTipRole).endsWith(u"+00:00"_s));
        QCOMPARE(
            model.data(model.index(0, int(NumberColumn::AcquiredOn)), NumbersTableModel::SortRole).typeId(),
            QMetaType::QDateTime);
        QCOMPARE(model.data(model.index(0, int(NumberColumn::Id)), NumbersTableModel::SortRole).typeId(),
                 QMetaType::LongLong);
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());
    }

    void filtersNarrowsWidensAndClears()
    {
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(generated(2000));
        NumberFilter filter;
        filter.countries = {u"GB"_s};
        model.setFilter(filter);
        const int gb = model.rowCount();
        QVERIFY(gb > 0 && gb < 2000);
        for (int row = 0; row < gb; ++row)
            QCOMPARE(text(model, row, NumberColumn::Country), u"GB"_s);

        filter.text = u"+44"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), gb);
        filter.text = u"+44 161"_s; // narrower: scans only the shown rows
        model.setFilter(filter);
        const int manchester = model.rowCount();
        QVERIFY(manchester > 0 && manchester < gb);
        for (int row = 0; row < manchester; ++row)
            QVERIFY(text(model, row, NumberColumn::TelephoneNumber).startsWith(u"+44161"_s));
        filter.text = u"+44"_s; // wider again
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), gb);
        model.setFilter(NumberFilter{});
        QCOMPARE(model.rowCount(), 2000);
    }

    void sortsAndKeepsSelectionsOnTheirRows()
    {
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(generated(300));
        const QPersistentModelIndex tracked = model.index(17, 0);
        const QString number = tracked.data().toString();
        model.sort(int(NumberColumn::TelephoneNumber), Qt::AscendingOrder);
        QVERIFY(tracked.isValid());
        QCOMPARE(tracked.data().toString(), number);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString a = model.data(model.index(row - 1, 0), NumbersTableModel::SortRole).toString();
            const QString b = model.data(model.index(row, 0), NumbersTableModel::SortRole).toString();
            QVERIFY(a <= b);
        }
        model.sort(int(NumberColumn::AcquiredOn), Qt::DescendingOrder);
        QCOMPARE(tracked.data().toString(), number);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(
                model.data(model.index(row - 1, int(NumberColumn::AcquiredOn)), NumbersTableModel::SortRole)
                    .toDateTime() >=
                model.data(model.index(row, int(NumberColumn::AcquiredOn)), NumbersTableModel::SortRole)
                    .toDateTime());
        }
        // Sorting a filtered view keeps the filter.
        NumberFilter filter;
        filter.countries = {u"US"_s};
        model.setFilter(filter);
        const int us = model.rowCount();
        model.sort(int(NumberColumn::TelephoneNumber), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), us);
        for (int row = 0; row < us; ++row)
            QCOMPARE(text(model, row, NumberColumn::Country), u"US"_s);
    }

    void appendsPagesInFilterAndSortOrder()
    {
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NumberFilter filter;
        filter.countries = {u"DE"_s};
        model.setFilter(filter);
        model.sort(int(NumberColumn::TelephoneNumber), Qt::AscendingOrder);
        std::size_t expectedTotal = 0;
        for (std::uint64_t page = 0; page < 4; ++page) {
            const auto batch = generated(250, page * 250);
            model.appendNumbers(*batch);
            expectedTotal += 250;
            QCOMPARE(model.totalCount(), expectedTotal);
        }
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(text(model, row, NumberColumn::Country), u"DE"_s);
            if (row > 0)
                QVERIFY(text(model, row - 1, NumberColumn::TelephoneNumber) <
                        text(model, row, NumberColumn::TelephoneNumber));
        }
        model.setFilter(NumberFilter{});
        QCOMPARE(model.rowCount(), 1000);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A comparison or a snapshot being written keeps the numbers it was given, whatever the model does next.
    void neverChangesAStoreItShares()
    {
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(generated(100));
        const std::shared_ptr<const NumberStore> shared = model.sharedStore();
        const std::string first(shared->telephoneNumber(0));
        model.appendNumbers(*generated(50, 100));
        model.reserve(1000);
        QCOMPARE(shared->size(), std::size_t(100));
        QCOMPARE(model.totalCount(), std::size_t(150));
        QCOMPARE(std::string(model.store().telephoneNumber(0)), first);
        model.clear();
        QCOMPARE(shared->size(), std::size_t(100));
        QCOMPARE(std::string(shared->telephoneNumber(0)), first);
    }

    // Batches that go in together are one insert; a list long enough to be filtered on several threads
    // shows the same rows, in the same order, as one filtered page by page.
    void appendsSeveralBatchesAtOnceAsPageByPage()
    {
        NumberFilter filter;
        filter.text = u"+49"_s;
        NumbersTableModel together, byPage;
        QAbstractItemModelTester tester(&together, QAbstractItemModelTester::FailureReportingMode::QtTest);
        together.setFilter(filter);
        byPage.setFilter(filter);
        together.reserve(80000);
        std::vector<std::unique_ptr<NumberStore>> batches;
        std::vector<const NumberStore *> pointers;
        for (std::uint64_t page = 0; page < 8; ++page) {
            batches.push_back(generated(10000, page * 10000));
            pointers.push_back(batches.back().get());
            byPage.appendNumbers(*batches.back());
        }
        QSignalSpy inserted(&together, &QAbstractItemModel::rowsInserted);
        together.appendNumbers(pointers);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(together.totalCount(), std::size_t(80000));
        QCOMPARE(together.visibleRows(), byPage.visibleRows());
        QVERIFY(together.visibleCount() > 0 && together.visibleCount() < 80000);
        // Widening and narrowing again over all of them (split between threads) keeps them equal.
        for (const QString &text : {u""_s, u"+4"_s, u"49"_s, u"+1 2"_s}) {
            filter.text = text;
            together.setFilter(filter);
            byPage.setFilter(filter);
            QCOMPARE(together.visibleRows(), byPage.visibleRows());
        }
    }
};

QTEST_GUILESS_MAIN(TestNumbersTableModel)
#include "tst_numberstablemodel.moc"
