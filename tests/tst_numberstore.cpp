#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/numbergenerator.h"

#include <QFile>
#include <QTest>

class TestNumberStore final : public QObject {
    Q_OBJECT

private slots:
    void appendingPagesGivesTheSameRecordsAsOneParse()
    {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V3;
        const NumberGenerator generator(options);

        NumberStore whole;
        QVERIFY(NumberParser::parse(generator.v3Page(900, 1, 900), whole).ok());

        NumberStore merged;
        for (int page = 1; page <= 3; ++page) {
            NumberStore batch;
            QVERIFY(NumberParser::parse(generator.v3Page(900, static_cast<std::uint64_t>(page), 300), batch)
                        .ok());
            merged.append(batch);
        }
        QCOMPARE(merged.size(), whole.size());
        for (std::size_t row = 0; row < whole.size(); row += 7)
            QCOMPARE(merged.rawJson(row), whole.rawJson(row));
        // Interning survives the merge: a few distinct values, not one per record.
        QVERIFY(merged.pool().size() < 200);
        QCOMPARE(merged.sbcListCount(), whole.sbcListCount());
    }

    void mergeRemapsCapabilitiesFirstSeenInABatch()
    {
        NumberStore target, batch;
        QVERIFY(NumberParser::parse(R"([{"telephoneNumber":"+4930111","acquiredCapabilities":["Alpha"]}])",
                                    target)
                    .ok());
        QVERIFY(NumberParser::parse(
                    R"([{"telephoneNumber":"+4930222","acquiredCapabilities":["Beta","Alpha"]}])", batch)
                    .ok());
        target.append(batch);
        QCOMPARE(target.capabilityNames(target.record(1).acquiredCapabilities, ","),
                 std::string("Alpha,Beta"));
        QCOMPARE(target.rawJson(1),
                 std::string(R"({"telephoneNumber":"+4930222","acquiredCapabilities":["Beta","Alpha"]})"));
    }

    void costsLittlePerNumber()
    {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V3;
        NumberStore store;
        QVERIFY(NumberParser::parse(NumberGenerator(options).v2Array(20000), store).ok());
        const double perNumber = double(store.memoryUsage()) / double(store.size());
        qInfo("store: %.0f bytes per number (record %zu bytes)", perNumber, sizeof(NumberRecord));
        QVERIFY2(perNumber < 400, qPrintable(QString::number(perNumber)));
    }
};

QTEST_APPLESS_MAIN(TestNumberStore)
#include "tst_numberstore.moc"
