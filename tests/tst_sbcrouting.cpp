#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/sbcrouting.h"
#include "sandbox/numbergenerator.h"
#include "support/testdata.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Routes = QList<QStringList>; // name, fqdn, ip, id, numbers
using Counts = QList<QPair<QString, qulonglong>>;

Routes routesOf(const SbcRouting &routing)
{
    Routes routes;
    for (const SbcRouting::Route &r : routing.routes)
        routes.append({r.name, r.fqdn, r.ip, r.id, QString::number(r.numbers)});
    return routes;
}

Counts countsOf(const std::vector<SbcRouting::Count> &counts)
{
    Counts out;
    for (const SbcRouting::Count &c : counts)
        out.append({c.key, c.numbers});
    return out;
}

QList<std::uint32_t> rowsOf(const SbcRouting &routing)
{
    return QList<std::uint32_t>(routing.sharingRows.begin(), routing.sharingRows.end());
}

QSet<QString> sbcNames(const NumberStore &store, std::size_t row)
{
    QSet<QString> names;
    for (const Sbc &sbc : store.sbcList(store.record(row).sbcList)) {
        const std::string_view name = store.pooled(sbc.name);
        names.insert(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    return names;
}

const QString ProfileOne = u"5f3fbb3b-df9b-483d-b294-c7eb01e22aac"_s;
const QString ProfileTwo = u"0e6b7a35-2c1f-4d8e-9a77-3b1c2d4e5f60"_s;
const QString SbcA = u"oc1.example.net [20.0.0.1]"_s;
const QString SbcB = u"oc2.example.net [20.0.0.2]"_s;
const QString SbcC = u"oc3.example.net [20.0.0.3]"_s;
const QString SbcD = u"nobrackets.example.net"_s;

} // namespace

class TestSbcRouting final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const ParseResult result = NumberParser::parse(readData(u"sbc-routing.json"_s), m_store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(m_store.size(), std::size_t(10));
    }

    void numberWithTwoSbcs()
    {
        const SbcRouting routing = SbcRouting::of(m_store, 0);
        QCOMPARE(routing.number, u"+441000000001"_s);
        QCOMPARE(routing.callingProfileId, ProfileOne);
        QVERIFY(routing.inboundAcquired);
        QVERIFY(!routing.outboundAcquired);
        QVERIFY(routing.inboundAvailable);
        QVERIFY(routing.outboundAvailable);
        // Rows 0, 1 and 6 list SBC A; rows 0, 2, 4 (its id sent as a string) and 9 list SBC B.
        QCOMPARE(routesOf(routing), (Routes{{SbcA, u"oc1.example.net"_s, u"20.0.0.1"_s, u"8"_s, u"3"_s},
                                            {SbcB, u"oc2.example.net"_s, u"20.0.0.2"_s, u"9"_s, u"4"_s}}));
        QCOMPARE(rowsOf(routing), (QList<std::uint32_t>{1, 2, 4, 6, 9}));
        QCOMPARE(countsOf(routing.byCountry), (Counts{{u"GB"_s, 3}, {QString(), 1}, {u"FR"_s, 1}}));
        QCOMPARE(countsOf(routing.byStatus), (Counts{{u"Active"_s, 2},
                                                     {u"Marked For Removal"_s, 1},
                                                     {u"Release Requested"_s, 1},
                                                     {u"Weird"_s, 1}}));
    }

    void sbcIdSentAsString()
    {
        SbcRouting routing = SbcRouting::of(m_store, 3);
        QCOMPARE(routing.number, u"+331000000004"_s);
        QCOMPARE(routing.callingProfileId, ProfileTwo);
        QVERIFY(routing.inboundAcquired && routing.outboundAcquired);
        QVERIFY(routing.inboundAvailable && routing.outboundAvailable);
        QCOMPARE(routesOf(routing), (Routes{{SbcC, u"oc3.example.net"_s, u"20.0.0.3"_s, u"10"_s, u"2"_s}}));
        QCOMPARE(rowsOf(routing), (QList<std::uint32_t>{2}));
        QCOMPARE(countsOf(routing.byCountry), (Counts{{u"GB"_s, 1}}));
        QCOMPARE(countsOf(routing.byStatus), (Counts{{u"Marked For Removal"_s, 1}}));

        // The same SBC name with an id sent as "9" instead of 9 is the same SBC.
        routing = SbcRouting::of(m_store, 4);
        QCOMPARE(routing.number, u"+331000000005"_s);
        QVERIFY(!routing.inboundAcquired && !routing.outboundAcquired);
        QVERIFY(!routing.inboundAvailable && !routing.outboundAvailable);
        QCOMPARE(routesOf(routing), (Routes{{SbcB, u"oc2.example.net"_s, u"20.0.0.2"_s, u"9"_s, u"4"_s}}));
        QCOMPARE(rowsOf(routing), (QList<std::uint32_t>{0, 2, 9}));
        QCOMPARE(countsOf(routing.byCountry), (Counts{{u"GB"_s, 3}}));
        QCOMPARE(countsOf(routing.byStatus), (Counts{{u"Active"_s, 2}, {u"Marked For Removal"_s, 1}}));
    }

    void nameWithoutAddressListedTwice()
    {
        const SbcRouting routing = SbcRouting::of(m_store, 8);
        QCOMPARE(routing.number, u"+11000000009"_s);
        QCOMPARE(routing.callingProfileId, ProfileOne);
        QCOMPARE(routesOf(routing), (Routes{{SbcD, SbcD, QString(), QString(), u"2"_s}}));
        QCOMPARE(rowsOf(routing), (QList<std::uint32_t>{6}));
        QCOMPARE(countsOf(routing.byCountry), (Counts{{QString(), 1}}));
        QCOMPARE(countsOf(routing.byStatus), (Counts{{u"Release Requested"_s, 1}}));
    }

    void numberWithoutSbcs_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("profile");
        QTest::newRow("empty list") << 5 << u"+491000000006"_s << QString();
        QTest::newRow("null list") << 7 << u"+11000000008"_s << ProfileOne;
    }

    void numberWithoutSbcs()
    {
        QFETCH(int, row);
        QFETCH(QString, number);
        QFETCH(QString, profile);
        const SbcRouting routing = SbcRouting::of(m_store, static_cast<std::size_t>(row));
        QCOMPARE(routing.number, number);
        QCOMPARE(routing.callingProfileId, profile);
        QVERIFY(!routing.inboundAcquired && !routing.outboundAcquired);
        QVERIFY(!routing.inboundAvailable && !routing.outboundAvailable);
        QVERIFY(routing.routes.empty());
        // Numbers without SBCs do not share routing with each other.
        QVERIFY(routing.sharingRows.empty());
        QVERIFY(routing.byCountry.empty());
        QVERIFY(routing.byStatus.empty());
    }

    // Against a plain comparison of SBC names on generated data with one to three SBCs per number.
    void agreesWithComparingNames()
    {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V3;
        NumberStore store;
        QVERIFY(NumberParser::parse(NumberGenerator(options).v3Page(5000, 1, 5000), store).ok());
        QCOMPARE(store.size(), std::size_t(5000));
        for (const std::size_t row : {std::size_t(0), std::size_t(1), std::size_t(2345), std::size_t(4999)}) {
            const SbcRouting routing = SbcRouting::of(store, row);
            const QSet<QString> names = sbcNames(store, row);
            QCOMPARE(routing.routes.size(), std::size_t(names.size()));
            QList<std::uint32_t> expected;
            for (std::size_t other = 0; other < store.size(); ++other) {
                if (other != row && sbcNames(store, other).intersects(names))
                    expected.append(static_cast<std::uint32_t>(other));
            }
            QCOMPARE(rowsOf(routing), expected);
            for (const SbcRouting::Route &route : routing.routes) {
                std::size_t numbers = 0;
                for (std::size_t other = 0; other < store.size(); ++other)
                    numbers += sbcNames(store, other).contains(route.name) ? 1 : 0;
                QCOMPARE(route.numbers, numbers);
            }
            std::size_t countryTotal = 0, statusTotal = 0;
            for (std::size_t i = 0; i < routing.byCountry.size(); ++i) {
                countryTotal += routing.byCountry[i].numbers;
                if (i > 0)
                    QVERIFY(routing.byCountry[i - 1].numbers >= routing.byCountry[i].numbers);
            }
            for (const SbcRouting::Count &c : routing.byStatus)
                statusTotal += c.numbers;
            QCOMPARE(countryTotal, expected.size());
            QCOMPARE(statusTotal, expected.size());
        }
    }

private:
    NumberStore m_store;
};

QTEST_GUILESS_MAIN(TestSbcRouting)
#include "tst_sbcrouting.moc"
