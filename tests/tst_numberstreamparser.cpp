// The streaming parser against the whole-body parser: the same records, warnings and errors whatever
// sizes the pieces arrive in, one byte included.
#include "core/jsonarrayscanner.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"
#include "core/textposition.h"
#include "sandbox/numbergenerator.h"
#include "support/parseoutcome.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void compareAllWays(const QByteArray &body)
{
    const Outcome whole = parseWhole(body);
    QRandomGenerator random(qHash(body));
    compare(parseInPieces(
                body, [&] { return body.size(); }, random),
            whole, "whole");
    if (QTest::currentTestFailed())
        return;
    compare(parseInPieces(
                body, [] { return 1; }, random),
            whole, "1 byte");
    if (QTest::currentTestFailed())
        return;
    for (int round = 0; round < 5 && !QTest::currentTestFailed(); ++round) {
        compare(parseInPieces(
                    body, [&] { return qsizetype(1 + random.bounded(300)); }, random),
                whole, "random up to 300");
        compare(parseInPieces(
                    body, [&] { return qsizetype(1 + random.bounded(70000)); }, random),
                whole, "random up to 70000");
    }
}

// Every number gets its own calling profile, job and location ids, as when numbers are uploaded one by one.
QByteArray withDistinctIds(const QByteArray &body)
{
    QJsonArray array = QJsonDocument::fromJson(body).array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject object = array[i].toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && (it.key().contains(u"Id"_s) || it.key().contains(u"Profile"_s)))
                it.value() = QString(it.value().toString() + u'-' + QString::number(i));
        }
        array[i] = object;
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray generated(int count)
{
    NumberGenerator::Options options;
    return NumberGenerator(options).v2Array(std::uint64_t(count));
}

} // namespace

class TestNumberStreamParser final : public QObject {
    Q_OBJECT

private slots:
    void matchesTheWholeBodyParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray list = generated(300);
        QTest::newRow("generated, few distinct ids") << list;
        QTest::newRow("generated, every number its own ids") << withDistinctIds(list);
        QTest::newRow("minified") << QJsonDocument::fromJson(list).toJson(QJsonDocument::Compact);
        QTest::newRow("escapes and brackets in long lists")
            << QByteArray(list).replace(".voice.", ".v\\\\o\\\"ice[}\\\\.");
        QTest::newRow("CRLF") << QByteArray(list).replace("\n", "\r\n");
        QTest::newRow("vendor list") << readData(u"vendor-v2-list.json"_s);
        QTest::newRow("tolerant") << readData(u"tolerant.json"_s);
        QTest::newRow("tricky cells") << readData(u"tricky-cells.json"_s);
        QTest::newRow("v3 page") << readData(u"v3-page.json"_s);
        QTest::newRow("single number") << readData(u"vendor-v2-single-number.json"_s);
        const QByteArray page = readData(u"v3-page.json"_s);
        QTest::newRow("saved list of pages") << QByteArray("[" + page + "," + page + "]");
        QTest::newRow("pages one after another") << QByteArray(page + "\n" + page);
        QTest::newRow("empty array") << QByteArray(" [ ] \n");
        QTest::newRow("escapes and brackets in strings") << QByteArray(
            "[{\"telephoneNumber\":\"+4420\\\"]}[{,\",\"callingProfile\":\"a\\\\\",\"x\":[\"\\\\\\\"]\"]},"
            "\n{\"telephoneNumber\":\"+4421\",\"description\":\"\\u00e9 } ] \\n\"}]");
        QTest::newRow("values that are not numbers")
            << QByteArray("[1, \"two\", null, true, [3, {}], -4.5e3 ,{}]");
        QTest::newRow("nested lists")
            << QByteArray("[[[[]]], {\"telephoneNumber\": \"+1\", \"sbcList\": [[]]}]");
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("whitespace only") << QByteArray(" \n ");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[]");
        QTest::newRow("truncated") << list.left(list.size() / 2);
        QTest::newRow("truncated in a string") << QByteArray("[{\"telephoneNumber\": \"+44");
        QTest::newRow("truncated after a comma") << QByteArray("[{\"telephoneNumber\": \"+44\"},");
        QTest::newRow("only the bracket") << QByteArray("[");
        QTest::newRow("missing comma")
            << QByteArray("[{\"telephoneNumber\": \"+1\"}\n {\"telephoneNumber\": \"+2\"}]");
        QTest::newRow("missing element") << QByteArray("[{\"telephoneNumber\": \"+1\"},\n,{}]");
        QTest::newRow("trailing comma") << QByteArray("[{\"telephoneNumber\": \"+1\"},\n]");
        QTest::newRow("leading comma") << QByteArray("[,{}]");
        QTest::newRow("text after the array") << QByteArray("[{}]\n[{}]");
        QTest::newRow("bad element") << QByteArray("[{\"telephoneNumber\": \"+1\"},\n {\"a\": tru}]");
        QTest::newRow("bad element then missing comma")
            << QByteArray("[{\"a\": 1,}\n {\"telephoneNumber\": \"+2\"} {}]");
        QTest::newRow("mismatched brackets") << QByteArray("[{\"a\": [1}]}]");
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"telephoneNumber\": \"+1\xff\"}]");
        QByteArray late = list;
        late.insert(late.size() - 40, "x");
        QTest::newRow("damage near the end of a long list") << late;
        QTest::newRow("error body") << QByteArray("{\"title\": \"Unauthorized\", \"errorTicket\": \"T1\"}");
        QTest::newRow("deep nesting") << QByteArray(QByteArray(3000, '[') + QByteArray(3000, ']'));
    }

    void matchesTheWholeBodyParse()
    {
        QFETCH(QByteArray, body);
        compareAllWays(body);
    }

    void holdsOnlyTheElementStillArriving()
    {
        const QByteArray list = generated(2000);
        NumberStreamParser parser;
        std::size_t mostHeld = 0;
        std::size_t records = 0;
        for (qsizetype at = 0; at < list.size(); at += 4096) {
            QVERIFY(
                parser.feed(QByteArrayView(list).sliced(at, std::min<qsizetype>(4096, list.size() - at))));
            mostHeld = std::max(mostHeld, parser.heldBytes());
            ParseResult part;
            records += parser.takeBatch(&part)->size();
        }
        QVERIFY(parser.finish());
        ParseResult part;
        records += parser.takeBatch(&part)->size();
        QCOMPARE(records, std::size_t(2000));
        QCOMPARE(parser.result().recordCount, std::size_t(2000));
        // A piece plus at most one element of about 1.4 KB, never the 2.8 MB body.
        QVERIFY2(mostHeld < 4096 + 8192, qPrintable(QString::number(mostHeld)));
    }

    void failsATruncatedBodyWithNothingComplete()
    {
        const QByteArray list = generated(500);
        NumberStreamParser parser;
        QVERIFY(parser.feed(QByteArrayView(list).first(list.size() - 100)));
        ParseResult part;
        QVERIFY(parser.takeBatch(&part)->size() > 0); // numbers were shown while arriving ...
        QVERIFY(!parser.finish());                    // ... but the load fails
        QVERIFY2(parser.result().error.contains(u"incomplete"_s), qPrintable(parser.result().error));
        QCOMPARE(parser.result().recordCount, std::size_t(0));
        QVERIFY(!parser.takeBatch(&part));
    }

    void textPositionCountsLinesAndColumns()
    {
        QRandomGenerator random(7);
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += random.bounded(9) == 0 ? '\n' : char('a' + random.bounded(26));
        for (const qsizetype advanced : {qsizetype(0), qsizetype(1), qsizetype(4097), qsizetype(12000)}) {
            TextPosition position;
            position.advance(text.constData(), std::size_t(advanced));
            for (qsizetype offset = advanced; offset < text.size(); offset += 611) {
                const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
                const auto line = std::uint64_t(text.first(offset).count('\n')) + 1;
                const auto column = std::uint64_t(offset - (offset == 0 ? 0 : lineStart)) + 1;
                const char *base = text.constData() + advanced;
                QCOMPARE(position.lineAt(base, std::size_t(offset - advanced)), line);
                QCOMPARE(position.columnAt(base, std::size_t(offset - advanced)), column);
            }
        }
    }

    void scannerFindsElementsAcrossPieces()
    {
        const QByteArray body = "[ {\"a\":\"}\\\"\"} ,\n  12 ,\"x]\" , [1,[2]] ]";
        for (qsizetype piece = 1; piece <= body.size(); ++piece) {
            JsonArrayScanner scanner;
            std::vector<JsonArrayScanner::Element> elements;
            for (qsizetype at = 0; at < body.size(); at += piece)
                scanner.scan(body.constData() + at, std::size_t(std::min(piece, body.size() - at)), elements);
            QCOMPARE(scanner.finish(), JsonArrayScanner::Status::Done);
            QStringList texts;
            for (const auto &element : elements)
                texts.append(QString::fromUtf8(
                    body.mid(qsizetype(element.begin), qsizetype(element.end - element.begin))));
            QCOMPARE(texts, QStringList({u"{\"a\":\"}\\\"\"}"_s, u"12"_s, u"\"x]\""_s, u"[1,[2]]"_s}));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberStreamParser)
#include "tst_numberstreamparser.moc"
