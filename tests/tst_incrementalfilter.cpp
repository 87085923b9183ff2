// Keystrokes filter incrementally (only the rows shown, or those an earlier text kept, are scanned; deleting
// a character brings back an earlier result): whatever the sequence, the rows shown are those a full filter
// of every number finds, in the same order.
#include "core/models/numberstablemodel.h"
#include "core/numbermatcher.h"
#include "core/numberparser.h"
#include "sandbox/numbergenerator.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<NumberStore> generated(std::uint64_t count, NumberGenerator::Ids ids, std::uint64_t first = 0)
{
    NumberGenerator::Options options;
    options.flavour = NumberGenerator::Flavour::V3;
    options.ids = ids;
    options.firstIndex = first;
    auto store = std::make_shared<NumberStore>();
    if (!NumberParser::parse(NumberGenerator(options).v2Array(count), *store).ok())
        qFatal("generator output does not parse");
    return store;
}

// What the user might be typing towards: part of a number in the forms the search reads, a range, or text
// of another field.
QString target(const NumberStore &store, QRandomGenerator &random)
{
    const std::string number(store.telephoneNumber(random.bounded(int(store.size()))));
    const QString digits = QString::fromStdString(number).remove(u'+');
    switch (random.bounded(7)) {
    case 0:
        return u'+' + digits.left(2) + u' ' + digits.mid(2, 2) + u' ' + digits.mid(4);
    case 1:
        return u'+' + digits;
    case 2:
        return digits.mid(random.bounded(int(digits.size()) - 3), 4);
    case 3:
        return u'+' + digits.left(digits.size() - 3) + u"000..499"_s;
    case 4:
        return u"+" + digits.left(6) + u" - +"_s + digits.left(6);
    case 5:
        return QStringList{u"contoso"_s, u"sbc"_s, u"example.net"_s, u"webapi"_s}.at(random.bounded(4));
    default:
        return digits.left(5) + u" x"_s;
    }
}

// The rows a model filtering from scratch shows.
std::vector<std::uint32_t> fullFilter(const std::shared_ptr<NumberStore> &store, const NumberFilter &filter,
                                      int sortColumn)
{
    NumbersTableModel fresh;
    fresh.setStore(store);
    if (sortColumn >= 0)
        fresh.sort(sortColumn, Qt::DescendingOrder);
    fresh.setFilter(filter);
    return fresh.visibleRows();
}

} // namespace

class TestIncrementalFilter final : public QObject {
    Q_OBJECT

private slots:
    void keystrokesShowWhatAFullFilterShows_data()
    {
        QTest::addColumn<int>("ids");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("seed");
        QTest::newRow("few ids") << int(NumberGenerator::Ids::Few) << 3000 << 1;
        QTest::newRow("many ids") << int(NumberGenerator::Ids::Many) << 3000 << 2;
        // Long enough to be scanned on several threads.
        QTest::newRow("few ids, threads") << int(NumberGenerator::Ids::Few) << 70000 << 3;
    }

    void keystrokesShowWhatAFullFilterShows()
    {
        QFETCH(int, ids);
        QFETCH(int, count);
        QFETCH(int, seed);
        const auto idKind = NumberGenerator::Ids(ids);
        std::shared_ptr<NumberStore> store = generated(std::uint64_t(count), idKind);
        NumbersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        QRandomGenerator random{quint32(seed)};
        NumberFilter filter;
        QString towards = target(*store, random);
        int sortColumn = -1;
        const int steps = count > 10000 ? 60 : 400;
        for (int step = 0; step < steps; ++step) {
            const int action = random.bounded(100);
            if (action < 45 && filter.text.size() < towards.size()) {
                filter.text = towards.left(filter.text.size() + 1); // typing
            } else if (action < 75 && !filter.text.isEmpty()) {
                filter.text.chop(1); // deleting
            } else if (action < 83) {
                towards = target(*store, random); // typing something else
                filter.text = towards.left(random.bounded(int(towards.size()) + 1));
            } else if (action < 90) {
                filter.countries = filter.countries.isEmpty() ? QStringList{u"GB"_s} : QStringList();
            } else if (action < 94) {
                filter.statuses =
                    filter.statuses.isEmpty() ? QList{NumberStatus::Active} : QList<NumberStatus>();
            } else if (action < 97) {
                sortColumn = sortColumn < 0 ? int(NumberColumn::TelephoneNumber) : -1;
                model.sort(sortColumn, Qt::DescendingOrder);
            } else if (action < 99 && count <= 10000) {
                // More numbers arrive: what earlier texts kept no longer holds them all.
                const std::size_t before = store->size();
                const auto more = generated(50, idKind, before);
                model.appendNumbers(*more);
                store = std::const_pointer_cast<NumberStore>(model.sharedStore());
                QCOMPARE(model.totalCount(), before + 50);
            } else {
                filter = {};
            }
            model.setFilter(filter);
            QVERIFY2(model.visibleRows() == fullFilter(store, filter, sortColumn),
                     qPrintable(u"step %1, text \"%2\""_s.arg(step).arg(filter.text)));
        }
    }

    // The selection follows its rows through a filter: their view rows are found sorted or not, few or many.
    void viewRowsOfFindsRowsInAnyOrder()
    {
        NumbersTableModel model;
        model.setStore(generated(5000, NumberGenerator::Ids::Few));
        NumberFilter filter;
        filter.text = u"+4"_s;
        QRandomGenerator random(9);
        for (const int column : {-1, int(NumberColumn::TelephoneNumber), -1}) {
            model.sort(column, Qt::AscendingOrder);
            for (const bool filtered : {false, true}) {
                model.setFilter(filtered ? filter : NumberFilter{});
                const std::vector<int> position = model.viewRowsByStoreRow();
                for (const int wanted : {0, 1, 7, 3000}) {
                    std::vector<std::uint32_t> rows;
                    for (int i = 0; i < wanted; ++i)
                        rows.push_back(random.bounded(5000u));
                    rows.push_back(4999); // the last one, and one that is not a store row
                    rows.push_back(6000);
                    const std::vector<int> found = model.viewRowsOf(rows);
                    for (std::size_t i = 0; i < rows.size(); ++i)
                        QCOMPARE(found[i], rows[i] < position.size() ? position[rows[i]] : -1);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIncrementalFilter)
#include "tst_incrementalfilter.moc"
