#include "core/numbercolumn.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "support/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString cell(const NumberStore &store, std::size_t row, NumberColumn column)
{
    std::string text;
    NumberColumns::appendText(store, row, column, text, ";");
    return QString::fromStdString(text);
}

QStringList issueTexts(const ParseResult &result)
{
    QStringList texts;
    for (const ParseIssue &issue : result.issues)
        texts.append(issue.toString());
    return texts;
}

} // namespace

class TestNumberParser final : public QObject {
    Q_OBJECT

private slots:
    void readsTheVendorListExample()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(readData(u"vendor-v2-list.json"_s), store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.shape, ParseResult::Shape::V2Array);
        QCOMPARE(result.issueCount, std::size_t(0));
        QCOMPARE(store.size(), std::size_t(2));

        const NumberRecord &first = store.record(0);
        QCOMPARE(store.telephoneNumber(0), std::string_view("+18333998785"));
        QCOMPARE(first.id.kind, FlexibleId::Kind::Integer);
        QCOMPARE(first.id.value(), 125336);
        QCOMPARE(first.uploadTelephoneNumberEntryId.value(), 324930);
        QCOMPARE(first.status, NumberStatus::None);
        QCOMPARE(first.source, NumberSource::WebApi);
        QCOMPARE(first.assignment, AssignmentStatus::None);
        QVERIFY(first.has(NumberField::LocationId));
        QCOMPARE(first.locationId, NumberRecord::NoText);
        QCOMPARE(cell(store, 0, NumberColumn::Country), u"US"_s);
        QCOMPARE(cell(store, 0, NumberColumn::AcquiredOn), u"2024-04-04T12:21:56.6005305+00:00"_s);
        QCOMPARE(cell(store, 0, NumberColumn::Sbcs), u"oc1.sandbox2.audiocodes.be [20.102.51.206]"_s);
        QCOMPARE(store.sbcList(first.sbcList).front().id.value(), 8);
        QCOMPARE(cell(store, 0, NumberColumn::AcquiredCapabilities),
                 u"InboundCalling;OutboundCalling;FirstPartyAppAssignment;Office365;TollFree"_s);

        // Capability sets: the second number has Mobile available but not acquired.
        const NumberRecord &second = store.record(1);
        const int mobile = *store.capabilities().bitOf("Mobile");
        QVERIFY(second.availableCapabilities & (CapabilitySet{1} << mobile));
        QVERIFY(!(second.acquiredCapabilities & (CapabilitySet{1} << mobile)));
        // Both records share the tenant, profile and SBC list: interned once.
        QCOMPARE(first.tenantId, second.tenantId);
        QCOMPARE(first.sbcList, second.sbcList);
    }

    void rawJsonReproducesTheRecord_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("list") << u"vendor-v2-list.json"_s;
        QTest::newRow("single") << u"vendor-v2-single-number.json"_s;
        QTest::newRow("v3 page") << u"v3-page.json"_s;
        QTest::newRow("tolerant") << u"tolerant.json"_s;
    }
    void rawJsonReproducesTheRecord()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readData(file);
        NumberStore store;
        const ParseResult result = NumberParser::parse(bytes, store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QJsonValue original = QJsonDocument::fromJson(bytes).isArray()
                                  ? QJsonValue(QJsonDocument::fromJson(bytes).array())
                                  : QJsonValue(QJsonDocument::fromJson(bytes).object());
        QJsonArray records;
        if (original.isArray())
            records = original.toArray();
        else if (original.toObject().contains(u"data"_s))
            records = original.toObject().value(u"data"_s).toArray();
        else
            records.append(original);
        std::size_t row = 0;
        for (const QJsonValue &value : std::as_const(records)) {
            if (!value.isObject())
                continue;
            const QByteArray raw = QByteArray::fromStdString(store.rawJson(row));
            QJsonParseError error{};
            const QJsonDocument reconstructed = QJsonDocument::fromJson(raw, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, raw.constData());
            QCOMPARE(reconstructed.object(), value.toObject());
            ++row;
        }
        QCOMPARE(row, store.size());
    }

    void readsASingleNumber()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(readData(u"vendor-v2-single-number.json"_s), store);
        QVERIFY(result.ok());
        QCOMPARE(result.shape, ParseResult::Shape::SingleNumber);
        QCOMPARE(store.telephoneNumber(0), std::string_view("+442074996300"));
    }

    void readsAV3PageWithItsEnvelope()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(readData(u"v3-page.json"_s), store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.shape, ParseResult::Shape::V3Page);
        QCOMPARE(result.pages.size(), std::size_t(1));
        QCOMPARE(result.pages[0].currentPage.value(), 1);
        QCOMPARE(result.pages[0].totalRecords.value(), 3);
        QCOMPARE(store.size(), std::size_t(2));
        const NumberRecord &r = store.record(0);
        QCOMPARE(r.status, NumberStatus::Active);
        QCOMPARE(cell(store, 0, NumberColumn::ServiceFullName), u"Fabrikam Müller GmbH"_s);
        QCOMPARE(cell(store, 0, NumberColumn::OcSipConnection), u"OC-DE-Trunk"_s);
        QCOMPARE(cell(store, 0, NumberColumn::ChannelId), u"3"_s);
        QCOMPARE(cell(store, 0, NumberColumn::ConsentedOn), u"2023-11-02T09:15:00.1234567+01:00"_s);
        QCOMPARE(cell(store, 1, NumberColumn::Status), u"Marked For Removal"_s);
        QCOMPARE(cell(store, 1, NumberColumn::Assignment), u"UserAssigned"_s);
    }

    void readsPagesSavedTogether()
    {
        const QByteArray page = readData(u"v3-page.json"_s);
        for (const QByteArray &input :
             {QByteArray("[" + page + "," + page + "]"), QByteArray(page + "\n" + page)}) {
            NumberStore store;
            const ParseResult result = NumberParser::parse(input, store);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(result.shape == ParseResult::Shape::PageArray ||
                    result.shape == ParseResult::Shape::PageStream);
            QCOMPARE(result.pages.size(), std::size_t(2));
            QCOMPARE(store.size(), std::size_t(4));
        }
    }

    void emptyArrayIsAValidEmptyResult()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse("[]", store);
        QVERIFY(result.ok());
        QCOMPARE(result.shape, ParseResult::Shape::V2Array);
        QCOMPARE(store.size(), std::size_t(0));
        QCOMPARE(result.issueCount, std::size_t(0));

        const ParseResult page = NumberParser::parse(
            R"({"currentPage":1,"pageSize":200,"totalPages":0,"totalRecords":0,"data":[]})", store);
        QVERIFY(page.ok());
        QCOMPARE(page.pages.at(0).totalRecords.value(), 0);
    }

    void toleratesTheVendorsTypeVariants()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(readData(u"tolerant.json"_s), store);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(store.size(), std::size_t(3));
        // Ids as strings stay strings.
        QCOMPARE(store.record(0).id.kind, FlexibleId::Kind::String);
        QCOMPARE(cell(store, 0, NumberColumn::Id), u"A-125336"_s);
        // Status given by name, assignment as an array.
        QCOMPARE(store.record(0).status, NumberStatus::ReleaseRequested);
        QCOMPARE(cell(store, 0, NumberColumn::Assignment), u"UserAssigned, PolicyAssigned"_s);
        // Unknown status code and unknown assignment are kept verbatim.
        QCOMPARE(store.record(1).status, NumberStatus::Unknown);
        QCOMPARE(cell(store, 1, NumberColumn::Status), u"7"_s);
        QCOMPARE(store.record(1).assignment, AssignmentStatus::Unknown);
        QCOMPARE(cell(store, 1, NumberColumn::Assignment), u"HologramAssigned"_s);
        // Unknown capability names get a bit of their own.
        QVERIFY(store.capabilities().bitOf("SatelliteCalling").has_value());
        QVERIFY(cell(store, 1, NumberColumn::AcquiredCapabilities).contains(u"SatelliteCalling"_s));
        // Unknown keys do not warn and stay in the raw JSON.
        QVERIFY(QByteArray::fromStdString(store.rawJson(1)).contains("\"futureField\":{\"a\":[1,2]}"));
        // A number given as the wrong type warns, naming record and field.
        const QStringList issues = issueTexts(result);
        QVERIFY2(issues.contains(
                     u"[2].isoCountryCode: expected a string or null but found an integer; the value is "
                     u"kept only in the raw JSON"_s),
                 qPrintable(issues.join(u'\n')));
        QVERIFY(store.record(2).flags & NumberRecord::HasWarnings);
        QVERIFY(!(store.record(1).flags & NumberRecord::HasWarnings));
    }

    void reportsARecordWithoutNumberAndKeepsIt()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(
            R"([{"id":1,"telephoneNumber":"+4930123"},{"id":2,"isoCountryCode":"DE"}])", store);
        QVERIFY(result.ok());
        QCOMPARE(store.size(), std::size_t(2));
        QCOMPARE(result.issueCount, std::size_t(1));
        QCOMPARE(result.issues.at(0).path, u"[1].telephoneNumber"_s);
        QVERIFY(result.issues.at(0).message.contains(u"no telephoneNumber"_s));
    }

    void reportsEntriesThatAreNotObjects()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(R"([{"telephoneNumber":"+4930123"}, 42, "x"])", store);
        QVERIFY(result.ok());
        QCOMPARE(store.size(), std::size_t(1));
        QCOMPARE(result.issueCount, std::size_t(2));
        QCOMPARE(result.issues.at(0).path, u"[1]"_s);
        QVERIFY(result.issues.at(0).message.contains(u"an integer"_s));
        QVERIFY(result.issues.at(1).message.contains(u"a string"_s));
    }

    void warnsAboutBadTimestampsAndKeepsTheText()
    {
        NumberStore store;
        const ParseResult result =
            NumberParser::parse(R"([{"telephoneNumber":"+4930123","acquiredOn":"last tuesday"}])", store);
        QVERIFY(result.ok());
        QCOMPARE(result.issues.at(0).path, u"[0].acquiredOn"_s);
        QCOMPARE(cell(store, 0, NumberColumn::AcquiredOn), u"last tuesday"_s);
        QCOMPARE(store.rawJson(0),
                 std::string(R"({"telephoneNumber":"+4930123","acquiredOn":"last tuesday"})"));
    }

    void duplicateKeysKeepTheFirstValueAndWarn()
    {
        NumberStore store;
        const ParseResult result = NumberParser::parse(
            R"([{"telephoneNumber":"+4930123","isoCountryCode":"DE","isoCountryCode":"AT"}])", store);
        QVERIFY(result.ok());
        QCOMPARE(cell(store, 0, NumberColumn::Country), u"DE"_s);
        QCOMPARE(result.issues.at(0).path, u"[0].isoCountryCode"_s);
        QCOMPARE(
            store.rawJson(0),
            std::string(R"({"telephoneNumber":"+4930123","isoCountryCode":"DE","isoCountryCode":"AT"})"));
    }

    void rejectsInputThatIsNotAResponse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"the input is empty"_s;
        QTest::newRow("whitespace") << QByteArray("  \n") << u"the input is empty"_s;
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << u"not valid JSON"_s;
        QTest::newRow("truncated") << QByteArray("[{\"telephoneNumber\": \"+1\"},\n {\"id\": 1")
                                   << u"line 2"_s;
        QTest::newRow("string") << QByteArray("\"hello\"") << u"the top-level value is a string"_s;
        QTest::newRow("number") << QByteArray("42") << u"the top-level value is an integer"_s;
        QTest::newRow("unrelated object") << QByteArray("{\"foo\": 1}") << u"neither a number"_s;
        QTest::newRow("problem details")
            << QByteArray(
                   R"({"type":"x","title":"Invalid tenant","status":400,"detail":"msTenantId is not a GUID","errorTicket":"T-42"})")
            << u"Invalid tenant — msTenantId is not a GUID (error ticket T-42)"_s;
        QTest::newRow("description") << QByteArray(R"({"description":"Tenant not found"})")
                                     << u"Tenant not found"_s;
        QTest::newRow("page without data array")
            << QByteArray(R"({"currentPage":1,"data":{}})") << u"\"data\" is an object"_s;
        QTest::newRow("trailing garbage")
            << QByteArray("[{\"telephoneNumber\":\"+4930123\"}] x") << u"line 1, column 34"_s;
        QTest::newRow("bad atom inside a record")
            << QByteArray("[{\"telephoneNumber\":\"+4930123\",\"a\":tru}]")
            << u"Problem while parsing an atom"_s;
        QTest::newRow("bad utf-8") << QByteArray("[{\"telephoneNumber\":\"+1\xff\"}]")
                                   << u"not valid UTF-8"_s;
        QTest::newRow("page array with a stray element")
            << QByteArray(R"([{"data":[{"telephoneNumber":"+4930123"}]}, 5])")
            << u"[1]: expected a v3 page"_s;
    }
    void rejectsInputThatIsNotAResponse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        NumberStore store;
        NumberParser::parse(R"([{"telephoneNumber":"+4930123"}])", store);
        const ParseResult result = NumberParser::parse(input, store);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        // Nothing of a rejected input reaches the store.
        QCOMPARE(store.size(), std::size_t(1));
        QCOMPARE(result.recordCount, std::size_t(0));
    }

    void keepsAtMostAThousandIssuesButCountsAll()
    {
        QByteArray input = "[";
        for (int i = 0; i < 1500; ++i)
            input += i == 0 ? "{\"id\":1}" : ",{\"id\":1}";
        input += "]";
        NumberStore store;
        const ParseResult result = NumberParser::parse(input, store);
        QVERIFY(result.ok());
        QCOMPARE(result.issueCount, std::size_t(1500));
        QCOMPARE(result.issues.size(), ParseResult::MaxKeptIssues);
        QCOMPARE(store.size(), std::size_t(1500));
    }

    void largeArraysKeepOrderAndIssuesAcrossThreads()
    {
        // Large arrays are read by two threads; the result must not show it.
        QByteArray input = "[";
        const int count = 30000;
        for (int i = 0; i < count; ++i) {
            if (i)
                input += ',';
            if (i == 5 || i == 25000)
                input += "{\"telephoneNumber\":\"+4930" + QByteArray::number(1000000 + i) + "\",\"id\":1.5}";
            else
                input += "{\"telephoneNumber\":\"+4930" + QByteArray::number(1000000 + i) +
                         "\",\"sbcList\":[{\"sbcName\":\"sbc" + QByteArray::number(i % 3) +
                         ".example.net [10.0.0.1]\",\"sbcId\":1}]}";
        }
        input += "]";
        NumberStore store;
        const ParseResult result = NumberParser::parse(input, store);
        QVERIFY(result.ok());
        QCOMPARE(store.size(), std::size_t(count));
        QCOMPARE(result.recordCount, std::size_t(count));
        for (int i = 0; i < count; i += 997)
            QCOMPARE(store.telephoneNumber(std::size_t(i)),
                     std::string_view("+4930" + std::to_string(1000000 + i)));
        QCOMPARE(result.issueCount, std::size_t(2));
        QCOMPARE(result.issues.at(0).path, u"[5].id"_s);
        QCOMPARE(result.issues.at(1).path, u"[25000].id"_s);
        QCOMPARE(store.sbcListCount(), std::size_t(3)); // both halves' lists merged into three distinct ones
        QCOMPARE(store.rawJson(25000), std::string(R"({"telephoneNumber":"+49301025000","id":1.5})"));
    }

    void moreThan64CapabilityNamesAreReportedNotLost()
    {
        QByteArray caps;
        for (int i = 0; i < 60; ++i)
            caps += (i ? ",\"Cap" : "\"Cap") + QByteArray::number(i) + "\"";
        NumberStore store;
        const ParseResult result = NumberParser::parse(
            QByteArray("[{\"telephoneNumber\":\"+4930123\",\"acquiredCapabilities\":[" + caps + "]}]"),
            store);
        QVERIFY(result.ok());
        QVERIFY(result.issueCount > 0);
        QVERIFY(result.issues.at(0).message.contains(u"more than 64"_s));
        // The raw JSON still has every name.
        QVERIFY(QByteArray::fromStdString(store.rawJson(0)).contains("\"Cap59\""));
    }
};

QTEST_APPLESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
