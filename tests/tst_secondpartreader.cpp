// A large v2 list is scanned and read in two parts at once, from a boundary guessed near its middle
// (SecondPartReader). Whatever the text, the whole-body parse must give exactly what the streaming parser
// (which never splits a text so) gives: records, warnings with their numbering, and errors word for word.
#include "core/elementboundary.h"
#include "core/jsonarrayscanner.h"
#include "core/secondpartreader.h"
#include "sandbox/numbergenerator.h"
#include "support/parseoutcome.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// About 10 MB: enough for the split.
constexpr std::uint64_t Numbers = 7000;

QByteArray generated(NumberGenerator::Ids ids)
{
    NumberGenerator::Options options;
    options.ids = ids;
    return NumberGenerator(options).v2Array(Numbers);
}

std::vector<JsonArrayScanner::Element> elementsOf(const QByteArray &text)
{
    JsonArrayScanner scanner;
    std::vector<JsonArrayScanner::Element> elements;
    scanner.scan(text.constData(), std::size_t(text.size()), elements);
    return elements;
}

bool endsAnElement(const QByteArray &text, std::size_t offset)
{
    const auto elements = elementsOf(text);
    return std::any_of(elements.begin(), elements.end(), [&](const auto &e) { return e.end == offset; });
}

// Where key's next value starts at or after from (just after "key": and its space).
qsizetype valueAfter(const QByteArray &text, const QByteArray &key, qsizetype from)
{
    const QByteArray quoted = '"' + key + "\": ";
    const qsizetype at = text.indexOf(quoted, from);
    return at < 0 ? at : at + key.size() + 4;
}

void compareWithStreaming(const QByteArray &text)
{
    QRandomGenerator random(7);
    compare(parseInPieces(
                text, [] { return qsizetype(1 << 20); }, random),
            parseWhole(text), "1 MB");
}

} // namespace

class TestSecondPartReader final : public QObject {
    Q_OBJECT

private slots:
    void readsALargeListInTwoPartsAsOne_data()
    {
        QTest::addColumn<bool>("manyIds");
        QTest::newRow("few ids") << false;
        QTest::newRow("many ids") << true;
    }

    void readsALargeListInTwoPartsAsOne()
    {
        QFETCH(bool, manyIds);
        const QByteArray text = generated(manyIds ? NumberGenerator::Ids::Many : NumberGenerator::Ids::Few);
        const auto reader = SecondPartReader::start(text.constData(), std::size_t(text.size()));
        QVERIFY(reader);
        QVERIFY(endsAnElement(text, reader->boundary()));
        QVERIFY(reader->boundary() > std::size_t(text.size()) / 2);
        compareWithStreaming(text);
        NumberStore store;
        QVERIFY(NumberParser::parse(text, store).ok());
        QCOMPARE(store.size(), std::size_t(Numbers));
    }

    void numbersWarningsInTheSecondPartByTheirPlaceInTheList()
    {
        QByteArray text = generated(NumberGenerator::Ids::Few);
        const qsizetype at = valueAfter(text, "isoCountryCode", text.size() * 3 / 4);
        QVERIFY(at > 0);
        text.replace(at, 4, "5"); // "GB" -> 5
        compareWithStreaming(text);
        NumberStore store;
        const ParseResult result = NumberParser::parse(text, store);
        QCOMPARE(result.issueCount, std::size_t(1));
        QVERIFY(result.issues.front().toString().contains(u"isoCountryCode"_s));
    }

    void reportsTheFirstBadElementOfEitherPart_data()
    {
        QTest::addColumn<QList<double>>("places");
        QTest::newRow("second part") << QList<double>{0.75};
        QTest::newRow("both parts") << QList<double>{0.25, 0.75};
        QTest::newRow("first part") << QList<double>{0.1};
    }

    void reportsTheFirstBadElementOfEitherPart()
    {
        QFETCH(QList<double>, places);
        QByteArray text = generated(NumberGenerator::Ids::Many);
        for (const double place : places) {
            const qsizetype at =
                text.indexOf("\"telephoneNumber\": ", qsizetype(double(text.size()) * place));
            QVERIFY(at > 0);
            text[at + 17] = ';';
        }
        compareWithStreaming(text);
        NumberStore store;
        const ParseResult result = NumberParser::parse(text, store);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"line "_s), qPrintable(result.error));
        QCOMPARE(store.size(), std::size_t(0));
    }

    void reportsATextCutOrFollowedByMore_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray whole = generated(NumberGenerator::Ids::Few);
        QTest::newRow("cut in the second part") << whole.left(whole.size() * 9 / 10);
        QTest::newRow("text after the array") << whole + "\n]";
        QTest::newRow("separator missing")
            << QByteArray(whole).replace(whole.indexOf("},\n", whole.size() * 3 / 4), 2, "} ");
    }

    void reportsATextCutOrFollowedByMore()
    {
        QFETCH(QByteArray, text);
        compareWithStreaming(text);
        NumberStore store;
        QVERIFY(!NumberParser::parse(text, store).ok());
        QCOMPARE(store.size(), std::size_t(0));
    }

    // A string near the middle holding "},{},{},{" looks like a boundary from inside: the guess falls on
    // it, the first part's scan does not confirm it, and the text is read as if never split.
    void aStringThatLooksLikeABoundaryIsNotOne()
    {
        const QByteArray before = generated(NumberGenerator::Ids::Few);
        QByteArray list = before.left(before.lastIndexOf(']'));
        const qsizetype middleRecord = valueAfter(list, "callingProfileId", list.size() / 2);
        QVERIFY(middleRecord > 0);
        const QByteArray filler(512 * 1024, 'x');
        const QByteArray fake = '"' + filler + "},{},{},{" + '"' + ",\n        \"unknownKey\": ";
        list.insert(middleRecord, fake);
        const QByteArray text = list + "]";
        const std::size_t guess =
            ElementBoundary::guess(text.constData(), std::size_t(text.size()), std::size_t(text.size()) / 2)
                .value_or(0);
        QVERIFY(guess > 0);
        QVERIFY(!endsAnElement(text, guess));
        compareWithStreaming(text);
        NumberStore store;
        QVERIFY(NumberParser::parse(text, store).ok());
        QCOMPARE(store.size(), std::size_t(Numbers));
    }

    void smallTextsAreNotSplit()
    {
        NumberGenerator::Options options;
        const QByteArray text = NumberGenerator(options).v2Array(1000);
        QVERIFY(!SecondPartReader::start(text.constData(), std::size_t(text.size())));
    }
};

QTEST_GUILESS_MAIN(TestSecondPartReader)
#include "tst_secondpartreader.moc"
