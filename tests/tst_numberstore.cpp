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

    // Records live in blocks: past the first block nothing is copied when the store grows, a record's
    // address never changes, and truncating across blocks keeps exactly the rows asked for.
    void recordsStayWhereTheyAreAcrossBlocks()
    {
        RecordBlocks blocks;
        const std::size_t count = RecordBlocks::BlockSize * 2 + 123;
        NumberRecord record;
        for (std::size_t row = 0; row < count; ++row) {
            record.telephoneNumber = static_cast<TextArena::Id>(row);
            blocks.push_back(record);
        }
        QCOMPARE(blocks.size(), count);
        QVERIFY(blocks.capacity() >= count);
        const NumberRecord *second = &blocks[RecordBlocks::BlockSize];
        const NumberRecord *last = &blocks[count - 1];
        for (std::size_t row = 0; row < RecordBlocks::BlockSize; ++row)
            blocks.push_back(record);
        QCOMPARE(&blocks[RecordBlocks::BlockSize], second);
        QCOMPARE(&blocks[count - 1], last);
        for (const std::size_t row : {std::size_t(0), RecordBlocks::BlockSize - 1, RecordBlocks::BlockSize,
                                      RecordBlocks::BlockSize * 2, count - 1})
            QCOMPARE(blocks[row].telephoneNumber, static_cast<TextArena::Id>(row));

        blocks.truncate(RecordBlocks::BlockSize + 1);
        QCOMPARE(blocks.size(), RecordBlocks::BlockSize + 1);
        QCOMPARE(blocks[RecordBlocks::BlockSize].telephoneNumber,
                 static_cast<TextArena::Id>(RecordBlocks::BlockSize));
        record.telephoneNumber = 7;
        blocks.push_back(record);
        QCOMPARE(blocks[RecordBlocks::BlockSize + 1].telephoneNumber, TextArena::Id(7));
        blocks.truncate(10);
        QCOMPARE(blocks.size(), std::size_t(10));
        QCOMPARE(blocks[9].telephoneNumber, TextArena::Id(9));
        blocks.push_back(record);
        QCOMPARE(blocks[10].telephoneNumber, TextArena::Id(7));

        // A store of more than one block parses, appends and reads back as one.
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V2;
        const QByteArray json = NumberGenerator(options).v2Array(RecordBlocks::BlockSize + 500);
        NumberStore whole;
        QVERIFY(NumberParser::parse(json, whole).ok());
        NumberStore appended;
        appended.append(whole, 100);
        QCOMPARE(appended.size(), whole.size() - 100);
        for (std::size_t row = 0; row < appended.size(); row += 997)
            QCOMPARE(appended.rawJson(row), whole.rawJson(row + 100));
        QCOMPARE(appended.rawJson(appended.size() - 1), whole.rawJson(whole.size() - 1));
    }

    // The column of numbers gives back each record's number, whatever its shape: short or too long for a
    // slot, missing, written with separators, without "+", or not ASCII; after a merge from any row, a
    // truncation, and past the first block.
    void numbersReadTheSameFromTheColumnAsFromTheRecords()
    {
        const std::vector<QByteArray> shapes = {R"({"telephoneNumber":"+442079460000"})",
                                                R"({"telephoneNumber":"+12345678901234"})",
                                                R"({"telephoneNumber":"+123456789012345"})",
                                                R"({"telephoneNumber":"+44 20 7946 0000"})",
                                                R"({"telephoneNumber":"02079460000"})",
                                                R"({"telephoneNumber":""})",
                                                R"({"telephoneNumber":"+"})",
                                                R"({"telephoneNumber":null})",
                                                R"({"isoCountryCode":"GB"})",
                                                R"({"telephoneNumber":"+٤٤٢٠٧٩٤٦"})",
                                                R"({"telephoneNumber":"tel:+4420"})"};
        QByteArray json = "[";
        const std::size_t count = RecordBlocks::BlockSize + 40;
        for (std::size_t row = 0; row < count; ++row)
            json += (row ? "," : "") + shapes[row % shapes.size()];
        json += "]";
        NumberStore whole;
        QVERIFY(NumberParser::parse(json, whole).ok());
        QCOMPARE(whole.size(), count);
        const auto fromRecord = [](const NumberStore &store, std::size_t row) {
            return store.unique(store.record(row).telephoneNumber);
        };
        const auto expectSame = [&](const NumberStore &store) {
            for (std::size_t row = 0; row < store.size(); ++row) {
                if (store.telephoneNumber(row) != fromRecord(store, row))
                    return QStringLiteral("row %1: \"%2\" instead of \"%3\"")
                        .arg(row)
                        .arg(QString::fromUtf8(store.telephoneNumber(row)),
                             QString::fromUtf8(fromRecord(store, row)));
            }
            return QString();
        };
        QCOMPARE(expectSame(whole), QString());
        QCOMPARE(whole.numberTexts().size(), whole.size());
        // Plain: digits after an optional "+", and nothing else.
        const std::vector<bool> plain = {
            true, true, false /* too long */, false, true, false, false, false, false, false, false};
        for (std::size_t shape = 0; shape < shapes.size(); ++shape)
            QVERIFY2(whole.numberTexts()[shape].isPlain() == plain[shape], shapes[shape].constData());
        QCOMPARE(whole.numberTexts()[0].digits(), std::string_view("442079460000"));
        QCOMPARE(whole.numberTexts()[4].digits(), std::string_view("02079460000"));

        NumberStore merged;
        QVERIFY(NumberParser::parse(R"([{"telephoneNumber":"+4930111"}])", merged).ok());
        merged.append(whole);
        QCOMPARE(merged.size(), count + 1);
        QCOMPARE(expectSame(merged), QString());
        NumberStore fromRow;
        fromRow.append(whole, 5);
        QCOMPARE(expectSame(fromRow), QString());
        QCOMPARE(fromRow.telephoneNumber(0), whole.telephoneNumber(5));

        whole.truncate(RecordBlocks::BlockSize + 3);
        QCOMPARE(whole.numberTexts().size(), whole.size());
        QCOMPARE(expectSame(whole), QString());
        whole.truncate(7);
        NumberStore more;
        QVERIFY(NumberParser::parse(R"([{"telephoneNumber":"+4930222"}])", more).ok());
        whole.append(more);
        QCOMPARE(whole.size(), std::size_t(8));
        QCOMPARE(whole.telephoneNumber(7), std::string_view("+4930222"));
        QCOMPARE(expectSame(whole), QString());
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

    // Room made for a whole load before its first batch arrives survives taking that batch over, and the
    // strings get room in proportion: with every number's own ids, the pool's index is never rebuilt.
    void reservesStringsInProportionToTheFirstNumbers_data()
    {
        QTest::addColumn<bool>("manyIds");
        QTest::newRow("few ids") << false;
        QTest::newRow("many ids") << true;
    }

    void reservesStringsInProportionToTheFirstNumbers()
    {
        QFETCH(bool, manyIds);
        NumberGenerator::Options options;
        options.ids = manyIds ? NumberGenerator::Ids::Many : NumberGenerator::Ids::Few;
        const NumberGenerator generator(options);
        const QByteArray list = generator.v2Array(12000);
        const qsizetype cut = list.indexOf("},", list.size() / 6);
        const std::vector<QByteArray> parts = {list.left(cut + 1) + "]", "[" + list.mid(cut + 2)};
        std::vector<NumberStore> batches(parts.size());
        for (std::size_t i = 0; i < parts.size(); ++i)
            QVERIFY(NumberParser::parse(parts[i], batches[i]).ok());
        QVERIFY(batches[0].size() >= 1000);

        NumberStore store;
        store.reserve(12000);
        store.append(std::move(batches[0]));
        QVERIFY(store.records().capacity() >= 12000);
        const std::size_t reserved = store.pool().indexCapacity();
        store.append(batches[1]);
        QCOMPARE(store.size(), std::size_t(12000));
        if (manyIds) {
            QVERIFY2(reserved >= store.pool().size(),
                     qPrintable(QStringLiteral("%1 < %2").arg(reserved).arg(store.pool().size())));
            QCOMPARE(store.pool().indexCapacity(), reserved);
        }
        QVERIFY2(reserved < 12 * store.pool().size() + 2048,
                 qPrintable(QStringLiteral("%1 for %2").arg(reserved).arg(store.pool().size())));
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
