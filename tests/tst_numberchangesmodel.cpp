#include "core/models/numberchangesmodel.h"
#include "core/numbercomparison.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Kind = NumberChange::Kind;

NumberChange changed(const std::string &number, const std::string &field, const std::string &oldValue,
                     const std::string &newValue)
{
    return {Kind::Changed, number, field, oldValue, newValue};
}

// In the diff's order: by number, then field.
std::vector<NumberChange> sampleChanges()
{
    return {
        changed("+4930111", "acquiredNumberStatus", "Active", "Marked For Removal"),
        changed("+4930111", "isoCountryCode", "DE", "AT"),
        {Kind::Removed, "+4930222", {}, {}, {}},
        changed("+4930333", "acquiredCapabilities", "InboundCalling", "InboundCalling;OutboundCalling"),
        {Kind::Duplicate, "+4930333", "new", {}, "2"},
        changed("+4930333", "vendorExtra", "a", "b"),
        {Kind::Added, "+4930444", {}, {}, {}},
    };
}

std::shared_ptr<const NumberComparison> comparisonOf(std::vector<NumberChange> changes)
{
    return std::make_shared<const NumberComparison>(NumberComparison::of(std::move(changes)));
}

QStringList rowText(const NumberChangesModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells.append(model.index(row, c).data().toString());
    return cells;
}

QStringList column(const NumberChangesModel &model, int column)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r)
        cells.append(model.index(r, column).data().toString());
    return cells;
}

QStringList numbers(const NumberChangesModel &model)
{
    return column(model, NumberChangesModel::TelephoneNumberColumn);
}

} // namespace

class TestNumberChangesModel final : public QObject {
    Q_OBJECT

private slots:
    void countsAndFieldsOfAComparison()
    {
        const NumberComparison comparison = NumberComparison::of(sampleChanges());
        QCOMPARE(comparison.rows(Kind::Added), 1u);
        QCOMPARE(comparison.rows(Kind::Removed), 1u);
        QCOMPARE(comparison.rows(Kind::Changed), 4u);
        QCOMPARE(comparison.rows(Kind::Duplicate), 1u);
        // +4930333's changes have its duplicate between them: still one number.
        QCOMPARE(comparison.changedNumbers, 2u);
        // Known fields in the table's column order, then unknown keys.
        QCOMPARE(comparison.fields, (std::vector<std::string>{"isoCountryCode", "acquiredCapabilities",
                                                              "acquiredNumberStatus", "vendorExtra"}));
    }

    void showsEveryChangeWithTitles()
    {
        NumberChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(comparisonOf(sampleChanges()));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), 5);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, QStringList({u"Change"_s, u"Number"_s, u"Field"_s, u"Old"_s, u"New"_s}));
        QCOMPARE(rowText(model, 0), QStringList({u"Changed"_s, u"+4930111"_s, u"Status"_s, u"Active"_s,
                                                 u"Marked For Removal"_s}));
        QCOMPARE(rowText(model, 1),
                 QStringList({u"Changed"_s, u"+4930111"_s, u"Country"_s, u"DE"_s, u"AT"_s}));
        QCOMPARE(rowText(model, 2),
                 QStringList({u"Removed"_s, u"+4930222"_s, QString(), QString(), QString()}));
        QCOMPARE(rowText(model, 3), QStringList({u"Changed"_s, u"+4930333"_s, u"Acquired Capabilities"_s,
                                                 u"InboundCalling"_s, u"InboundCalling;OutboundCalling"_s}));
        QCOMPARE(rowText(model, 4),
                 QStringList({u"Duplicate"_s, u"+4930333"_s, u"Times listed"_s, QString(), u"2"_s}));
        // An unknown field shows its JSON key.
        QCOMPARE(rowText(model, 5),
                 QStringList({u"Changed"_s, u"+4930333"_s, u"vendorExtra"_s, u"a"_s, u"b"_s}));
        QCOMPARE(rowText(model, 6),
                 QStringList({u"Added"_s, u"+4930444"_s, QString(), QString(), QString()}));
        // Tooltips hold the full text.
        QCOMPARE(model.index(3, NumberChangesModel::NewValueColumn).data(Qt::ToolTipRole).toString(),
                 u"InboundCalling;OutboundCalling"_s);
        QCOMPARE(model.index(2, 0).data(NumberChangesModel::KindRole).toInt(), int(Kind::Removed));
        QCOMPARE(model.index(1, 0).data(NumberChangesModel::FieldKeyRole).toString(), u"isoCountryCode"_s);
        QCOMPARE(model.change(6).telephoneNumber, std::string("+4930444"));
    }

    void filtersByKind()
    {
        NumberChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(comparisonOf(sampleChanges()));
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Added));
        QCOMPARE(numbers(model), QStringList({u"+4930444"_s}));
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Removed) |
                            NumberChangesModel::maskOf(Kind::Duplicate));
        QCOMPARE(numbers(model), QStringList({u"+4930222"_s, u"+4930333"_s}));
        QCOMPARE(model.shownChangeIndices(), (std::vector<std::uint32_t>{2, 4}));
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Changed));
        QCOMPARE(model.rowCount(), 4);
        model.setKindFilter(0);
        QCOMPARE(model.rowCount(), 0);
        model.setKindFilter(NumberChangesModel::AllKinds);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.shownChangeIndices(), (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6}));
    }

    void filtersByField()
    {
        NumberChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(comparisonOf(sampleChanges()));
        model.setFieldFilter("isoCountryCode");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(rowText(model, 0),
                 QStringList({u"Changed"_s, u"+4930111"_s, u"Country"_s, u"DE"_s, u"AT"_s}));
        // A duplicate's side is not a field.
        model.setFieldFilter("new");
        QCOMPARE(model.rowCount(), 0);
        model.setFieldFilter("acquiredCapabilities");
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Added));
        QCOMPARE(model.rowCount(), 0);
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Changed));
        QCOMPARE(numbers(model), QStringList({u"+4930333"_s}));
        model.setFieldFilter({});
        QCOMPARE(model.rowCount(), 4);
        // A new comparison starts unfiltered.
        model.setFieldFilter("isoCountryCode");
        model.setComparison(comparisonOf(sampleChanges()));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.kindFilter(), NumberChangesModel::AllKinds);
        QCOMPARE(model.fieldFilter(), std::string());
    }

    void sortsStablyAndBackToTheDiffOrder()
    {
        NumberChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(comparisonOf(sampleChanges()));
        const QStringList diffOrder = numbers(model);
        // A selection (a persistent index) follows its row.
        const QPersistentModelIndex added = model.index(6, 0);
        model.sort(NumberChangesModel::KindColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, NumberChangesModel::KindColumn),
                 QStringList({u"Added"_s, u"Removed"_s, u"Changed"_s, u"Changed"_s, u"Changed"_s,
                              u"Changed"_s, u"Duplicate"_s}));
        QCOMPARE(added.row(), 0);
        // Ties keep the diff's order.
        QCOMPARE(numbers(model).mid(2, 4),
                 QStringList({u"+4930111"_s, u"+4930111"_s, u"+4930333"_s, u"+4930333"_s}));
        model.sort(NumberChangesModel::FieldColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, NumberChangesModel::FieldColumn),
                 QStringList({QString(), QString(), u"Acquired Capabilities"_s, u"Country"_s, u"Status"_s,
                              u"Times listed"_s, u"vendorExtra"_s}));
        model.sort(NumberChangesModel::NewValueColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, NumberChangesModel::NewValueColumn).first(), u"b"_s);
        // Filtering keeps the sort.
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Changed));
        QCOMPARE(
            column(model, NumberChangesModel::NewValueColumn),
            QStringList({u"b"_s, u"Marked For Removal"_s, u"InboundCalling;OutboundCalling"_s, u"AT"_s}));
        model.setKindFilter(NumberChangesModel::AllKinds);
        model.sort(NumberChangesModel::TelephoneNumberColumn, Qt::DescendingOrder);
        QCOMPARE(numbers(model).first(), u"+4930444"_s);
        const QPersistentModelIndex removed = model.index(4, 0); // a filter resets the model
        QCOMPARE(removed.data().toString(), u"Removed"_s);
        model.sort(NumberChangesModel::TelephoneNumberColumn, Qt::AscendingOrder);
        QCOMPARE(numbers(model), diffOrder);
        QCOMPARE(removed.row(), 2);
        model.sort(-1);
        QCOMPARE(numbers(model), diffOrder);
    }

    void manyChanges()
    {
        // 10^6 changes: filters are one pass each.
        std::vector<NumberChange> changes;
        constexpr int Numbers = 250000;
        changes.reserve(Numbers * 4);
        const std::string fields[] = {"acquiredNumberStatus", "isoCountryCode", "sbcList"};
        for (int i = 0; i < Numbers; ++i) {
            const std::string number = "+44" + std::to_string(1000000000 + i);
            if (i % 4 == 0) {
                changes.push_back({Kind::Added, number, {}, {}, {}});
                continue;
            }
            for (const std::string &field : fields)
                changes.push_back(changed(number, field, "old", "new"));
        }
        const auto comparison = comparisonOf(std::move(changes));
        QCOMPARE(comparison->rows(Kind::Added), std::size_t(Numbers / 4));
        QCOMPARE(comparison->changedNumbers, std::size_t(Numbers - Numbers / 4));
        QCOMPARE(comparison->fields.size(), 3u);

        NumberChangesModel model;
        model.setComparison(comparison);
        QCOMPARE(model.rowCount(), int(comparison->changes.size()));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFieldFilter("sbcList");
        QCOMPARE(model.rowCount(), Numbers - Numbers / 4);
        QCOMPARE(model.index(0, NumberChangesModel::FieldColumn).data().toString(), u"SBCs"_s);
        model.setKindFilter(NumberChangesModel::maskOf(Kind::Added));
        QCOMPARE(model.rowCount(), 0);
        model.setFieldFilter({});
        QCOMPARE(model.rowCount(), Numbers / 4);
        QCOMPARE(reset.size(), 3);
        // The Added rows, last number first.
        model.sort(NumberChangesModel::TelephoneNumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, NumberChangesModel::TelephoneNumberColumn).data().toString(),
                 u"+441000249996"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberChangesModel)
#include "tst_numberchangesmodel.moc"
