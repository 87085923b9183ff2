#include "core/numberdiff.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

NumberStore storeOf(const QJsonArray &records)
{
    NumberStore store;
    const ParseResult result =
        NumberParser::parse(QJsonDocument(records).toJson(QJsonDocument::Compact), store);
    if (!result.ok())
        qFatal("test data does not parse: %s", qPrintable(result.error));
    return store;
}

QJsonObject number(const QString &telephoneNumber, const QJsonObject &fields = {})
{
    QJsonObject record = fields;
    record.insert(u"telephoneNumber"_s, telephoneNumber);
    return record;
}

QJsonArray sbcs(const QStringList &names)
{
    QJsonArray list;
    int id = 1;
    for (const QString &name : names)
        list.append(QJsonObject{{u"sbcName"_s, name}, {u"sbcId"_s, id++}});
    return list;
}

QString describe(const NumberChange &change)
{
    return QStringLiteral("%1 %2 %3 [%4] [%5]")
        .arg(QString::fromLatin1(NumberChange::kindName(change.kind)),
             QString::fromStdString(change.telephoneNumber), QString::fromStdString(change.field),
             QString::fromStdString(change.oldValue), QString::fromStdString(change.newValue));
}

QStringList describe(const NumberDiff &diff)
{
    QStringList lines;
    for (const NumberChange &change : diff.changes())
        lines.append(describe(change));
    return lines;
}

} // namespace

class TestNumberDiff final : public QObject {
    Q_OBJECT

private slots:
    void reportsAddedRemovedAndChangedFields()
    {
        const NumberStore oldStore = storeOf({
            number(u"+4930111"_s, {{u"isoCountryCode"_s, u"DE"_s}, {u"id"_s, 1}}),
            number(u"+4930222"_s, {{u"isoCountryCode"_s, u"DE"_s}}),
            number(u"+4930333"_s, {{u"isoCountryCode"_s, u"DE"_s}, {u"acquiredNumberStatus"_s, 0}}),
        });
        const NumberStore newStore = storeOf({
            number(u"+4930444"_s, {{u"isoCountryCode"_s, u"AT"_s}}),
            number(u"+4930111"_s, {{u"isoCountryCode"_s, u"AT"_s}, {u"id"_s, 2}}),
            number(u"+4930333"_s, {{u"isoCountryCode"_s, u"DE"_s}, {u"acquiredNumberStatus"_s, 0}}),
        });
        const NumberDiff diff(oldStore, newStore);
        QCOMPARE(describe(diff), QStringList({
                                     u"changed +4930111 id [1] [2]"_s,
                                     u"changed +4930111 isoCountryCode [DE] [AT]"_s,
                                     u"removed +4930222  [] []"_s,
                                     u"added +4930444  [] []"_s,
                                 }));
        QCOMPARE(diff.addedCount(), 1u);
        QCOMPARE(diff.removedCount(), 1u);
        QCOMPARE(diff.changedCount(), 1u);
        QCOMPARE(diff.duplicateCount(), 0u);
        QVERIFY(!diff.isEmpty());
    }

    void recordAndListOrderAreNoChange()
    {
        const QJsonObject first{
            {u"acquiredCapabilities"_s, QJsonArray{u"InboundCalling"_s, u"OutboundCalling"_s}},
            {u"sbcList"_s, sbcs({u"sbc-a.example.net"_s, u"sbc-b.example.net"_s})}};
        const QJsonObject reordered{
            {u"acquiredCapabilities"_s, QJsonArray{u"OutboundCalling"_s, u"InboundCalling"_s}},
            {u"sbcList"_s, sbcs({u"sbc-b.example.net"_s, u"sbc-a.example.net"_s})}};
        const NumberStore oldStore = storeOf({number(u"+4930111"_s, first), number(u"+4930222"_s)});
        const NumberStore newStore = storeOf({number(u"+4930222"_s), number(u"+4930111"_s, reordered)});
        const NumberDiff diff(oldStore, newStore);
        QVERIFY2(diff.isEmpty(), qPrintable(describe(diff).join(u'\n')));
    }

    void listChangesAreReportedSorted()
    {
        const NumberStore oldStore =
            storeOf({number(u"+4930111"_s, {{u"sbcList"_s, sbcs({u"sbc-c"_s, u"sbc-a"_s})}})});
        const NumberStore newStore =
            storeOf({number(u"+4930111"_s, {{u"sbcList"_s, sbcs({u"sbc-b"_s, u"sbc-a"_s})}})});
        const NumberDiff diff(oldStore, newStore);
        QCOMPARE(describe(diff), QStringList({u"changed +4930111 sbcList [sbc-a;sbc-c] [sbc-a;sbc-b]"_s}));
    }

    void nullIsTheSameAsAbsent()
    {
        const NumberStore oldStore = storeOf({number(u"+4930111"_s, {{u"locationId"_s, QJsonValue::Null},
                                                                     {u"acquiredOn"_s, QJsonValue::Null},
                                                                     {u"id"_s, QJsonValue::Null},
                                                                     {u"sbcList"_s, QJsonValue::Null}})});
        const NumberStore newStore = storeOf({number(u"+4930111"_s)});
        QVERIFY(NumberDiff(oldStore, newStore).isEmpty());
        QVERIFY(NumberDiff(newStore, oldStore).isEmpty());
    }

    void duplicatesAreReportedOnTheirSide()
    {
        const NumberStore oldStore = storeOf({number(u"+4930111"_s, {{u"isoCountryCode"_s, u"DE"_s}}),
                                              number(u"+4930111"_s, {{u"isoCountryCode"_s, u"AT"_s}})});
        const NumberStore newStore =
            storeOf({number(u"+4930111"_s, {{u"isoCountryCode"_s, u"DE"_s}}), number(u"+4930222"_s),
                     number(u"+4930222"_s), number(u"+4930222"_s)});
        const NumberDiff diff(oldStore, newStore);
        QCOMPARE(describe(diff), QStringList({
                                     u"duplicate +4930111 old [2] []"_s,
                                     u"added +4930222  [] []"_s,
                                     u"duplicate +4930222 new [] [3]"_s,
                                 }));
        QCOMPARE(diff.duplicateCount(), 2u);
        QCOMPARE(diff.addedCount(), 1u);
        QCOMPARE(diff.changedCount(), 0u);
    }

    void identicalInputsHaveNoChanges()
    {
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/vendor-v2-list.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        NumberStore oldStore, newStore;
        QVERIFY(NumberParser::parse(json, oldStore).ok());
        QVERIFY(NumberParser::parse(json, newStore).ok());
        QVERIFY(oldStore.size() > 0);
        const NumberDiff diff(oldStore, newStore);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.addedCount() + diff.removedCount() + diff.changedCount(), 0u);
    }

    void manyDistinctValues()
    {
        constexpr int Count = 5000;
        QJsonArray oldRecords, newRecords;
        for (int i = 0; i < Count; ++i) {
            const QString phone = u"+4930%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            oldRecords.append(number(phone, {{u"tenantId"_s, u"tenant-%1"_s.arg(i)}, {u"id"_s, i}}));
            // Every third number moves to another tenant; the new list is in reverse order.
            newRecords.prepend(number(
                phone, {{u"tenantId"_s, u"tenant-%1"_s.arg(i % 3 == 0 ? i + Count : i)}, {u"id"_s, i}}));
        }
        const NumberDiff diff(storeOf(oldRecords), storeOf(newRecords));
        QCOMPARE(diff.changedCount(), std::size_t((Count + 2) / 3));
        QCOMPARE(diff.changes().size(), diff.changedCount());
        QCOMPARE(describe(diff.changes().front()),
                 u"changed +4930000000 tenantId [tenant-0] [tenant-5000]"_s);
        QCOMPARE(describe(diff.changes().back()),
                 u"changed +4930004998 tenantId [tenant-4998] [tenant-9998]"_s);
        for (std::size_t i = 1; i < diff.changes().size(); ++i)
            QVERIFY(diff.changes()[i - 1].telephoneNumber < diff.changes()[i].telephoneNumber);
    }
};

QTEST_GUILESS_MAIN(TestNumberDiff)
#include "tst_numberdiff.moc"
