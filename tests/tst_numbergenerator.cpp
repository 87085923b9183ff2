#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/numbergenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNumberGenerator final : public QObject {
    Q_OBJECT

    // How many distinct values each key has among the records of a generated response.
    static QHash<QString, qsizetype> distinctValues(const QByteArray &json, const QStringList &keys)
    {
        QHash<QString, QSet<QString>> values;
        for (const QJsonValue record : QJsonDocument::fromJson(json).array()) {
            for (const QString &key : keys) {
                const QJsonValue value = record.toObject().value(key);
                if (!value.isNull())
                    values[key].insert(value.isString() ? value.toString()
                                                        : QString::number(value.toInteger()));
            }
        }
        QHash<QString, qsizetype> counts;
        for (const QString &key : keys)
            counts.insert(key, values.value(key).size());
        return counts;
    }

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

    void manyIdsGiveEveryNumberItsOwnIds()
    {
        const QStringList keys = {u"callingProfileId"_s, u"tnUploadJobId"_s,  u"uploadToAccountJobId"_s,
                                  u"locationId"_s,       u"civicAddressId"_s, u"telephoneNumber"_s};
        NumberGenerator::Options options;
        options.seed = 7;
        const QByteArray fewJson = NumberGenerator(options).v2Array(2000);
        const QHash<QString, qsizetype> few = distinctValues(fewJson, keys);
        options.ids = NumberGenerator::Ids::Many;
        const QByteArray manyJson = NumberGenerator(options).v2Array(2000);
        const QHash<QString, qsizetype> many = distinctValues(manyJson, keys);

        QVERIFY(few.value(u"callingProfileId"_s) <= 3);
        QCOMPARE(few.value(u"tnUploadJobId"_s), 40); // jobs of 50 numbers
        QCOMPARE(few.value(u"uploadToAccountJobId"_s), 40);
        QVERIFY(few.value(u"locationId"_s) <= 8);
        QCOMPARE(many.value(u"callingProfileId"_s), 2000);
        QCOMPARE(many.value(u"tnUploadJobId"_s), 2000);
        QCOMPARE(many.value(u"uploadToAccountJobId"_s), 2000);
        // About three in ten numbers have a location; each its own.
        const qsizetype located = manyJson.count("\"locationId\": \"");
        QVERIFY(located > 400);
        QCOMPARE(many.value(u"locationId"_s), located);
        QCOMPARE(many.value(u"civicAddressId"_s), located);
        // Only the ids differ: the same numbers, in the same order.
        QCOMPARE(many.value(u"telephoneNumber"_s), 2000);
        const QJsonArray fewRecords = QJsonDocument::fromJson(fewJson).array();
        const QJsonArray manyRecords = QJsonDocument::fromJson(manyJson).array();
        for (qsizetype i = 0; i < 2000; i += 111) {
            QCOMPARE(manyRecords.at(i).toObject().value(u"telephoneNumber"_s),
                     fewRecords.at(i).toObject().value(u"telephoneNumber"_s));
            QCOMPARE(manyRecords.at(i).toObject().value(u"locationId"_s).isNull(),
                     fewRecords.at(i).toObject().value(u"locationId"_s).isNull());
        }
    }

    void manyIdsAreDeterministicPerRecord()
    {
        NumberGenerator::Options options;
        options.ids = NumberGenerator::Ids::Many;
        options.flavour = NumberGenerator::Flavour::V3;
        const NumberGenerator generator(options);
        // Record i is the same whether it comes on its own, in a page or from another generator.
        std::string alone;
        generator.appendRecord(alone, 1234, 8);
        QVERIFY(generator.v3Page(2000, 2, 1000).contains(QByteArray::fromStdString(alone)));
        QCOMPARE(NumberGenerator(options).v3Page(2000, 2, 1000), generator.v3Page(2000, 2, 1000));
        const QJsonObject record = QJsonDocument::fromJson(QByteArray::fromStdString(alone)).object();
        QCOMPARE(record.value(u"tenantCallingProfileId"_s), record.value(u"callingProfileId"_s));
        options.seed = 2;
        std::string otherSeed;
        NumberGenerator(options).appendRecord(otherSeed, 1234, 8);
        QVERIFY(otherSeed != alone);
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
