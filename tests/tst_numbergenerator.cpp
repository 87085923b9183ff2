#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/numbergenerator.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNumberGenerator final : public QObject {
    Q_OBJECT

private slots:
    void isDeterministicPerSeed()
    {
        NumberGenerator::Options options;
        options.seed = 42;
        QCOMPARE(NumberGenerator(options).v2Array(50), NumberGenerator(options).v2Array(50));
        options.seed = 43;
        NumberGenerator::Options other;
        other.seed = 42;
        QVERIFY(NumberGenerator(options).v2Array(50) != NumberGenerator(other).v2Array(50));
    }

    void makesValidUniqueE164Numbers_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::newRow("v2") << int(NumberGenerator::Flavour::V2);
        QTest::newRow("v3") << int(NumberGenerator::Flavour::V3);
    }
    void makesValidUniqueE164Numbers()
    {
        QFETCH(int, flavour);
        NumberGenerator::Options options;
        options.flavour = static_cast<NumberGenerator::Flavour>(flavour);
        NumberStore store;
        const ParseResult result = NumberParser::parse(NumberGenerator(options).v2Array(20000), store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.issueCount, std::size_t(0)); // every generated record is clean
        QSet<QByteArray> numbers;
        QSet<QByteArray> countries;
        std::size_t multiSbc = 0;
        for (std::size_t row = 0; row < store.size(); ++row) {
            numbers.insert(
                QByteArray(store.telephoneNumber(row).data(), qsizetype(store.telephoneNumber(row).size())));
            countries.insert(
                QByteArray::fromStdString(std::string(store.pooled(store.record(row).isoCountryCode))));
            const std::size_t sbcs = store.sbcList(store.record(row).sbcList).size();
            QVERIFY(sbcs >= 1 && sbcs <= 3);
            multiSbc += sbcs > 1;
            QVERIFY(store.record(row).acquiredOn.isValid());
            QVERIFY((store.record(row).acquiredCapabilities & ~store.record(row).availableCapabilities) == 0);
        }
        QCOMPARE(numbers.size(), qsizetype(20000));
        QCOMPARE(countries.size(), qsizetype(9));
        QVERIFY(multiSbc > 1000);
        if (options.flavour == NumberGenerator::Flavour::V3) {
            QCOMPARE(store.record(0).status == NumberStatus::None, false);
            QVERIFY(store.record(0).has(NumberField::UmpCustomerFullName));
        }
    }

    void pagesCoverTheWholeSetOnce()
    {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V3;
        const NumberGenerator generator(options);
        NumberStore paged;
        for (std::uint64_t page = 1; page <= 4; ++page) {
            const ParseResult result = NumberParser::parse(generator.v3Page(1000, page, 300), paged);
            QVERIFY(result.ok());
            QCOMPARE(result.pages.at(0).totalPages.value(), 4);
            QCOMPARE(result.pages.at(0).currentPage.value(), qint64(page));
        }
        QCOMPARE(paged.size(), std::size_t(1000));
        NumberStore beyond;
        QVERIFY(NumberParser::parse(generator.v3Page(1000, 5, 300), beyond).ok());
        QCOMPARE(beyond.size(), std::size_t(0));
        QCOMPARE(paged.telephoneNumber(999), std::string_view(generator.telephoneNumber(999)));
    }
};

QTEST_APPLESS_MAIN(TestNumberGenerator)
#include "tst_numbergenerator.moc"
