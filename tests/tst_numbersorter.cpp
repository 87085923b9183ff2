#include "core/numberparser.h"
#include "core/numbersorter.h"
#include "core/numberstore.h"

#include <numeric>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const char *const Numbers = R"([
 {"telephoneNumber":"+61397508869","id":30,"isoCountryCode":"au","acquiredOn":"2024-04-04T13:20:54.0070492+00:00",
  "acquiredNumberStatus":2,"acquiredCapabilities":["InboundCalling"],"tnUploadJobId":"bbbbbbbb-0000-0000-0000-000000000002",
  "sbcList":[{"sbcName":"zeta.example.net [10.0.0.9]","sbcId":2}]},
 {"telephoneNumber":"+18333998785","id":4,"isoCountryCode":"US","acquiredOn":"2024-04-04T14:21:56.6005305+02:00",
  "acquiredNumberStatus":0,"acquiredCapabilities":["InboundCalling","OutboundCalling"],"tnUploadJobId":"bbbbbbbb-0000-0000-0000-000000000001",
  "sbcList":[{"sbcName":"alpha.example.net [10.0.0.1]","sbcId":1}]},
 {"telephoneNumber":"+442074996300","id":"X-7","isoCountryCode":"GB","acquiredOn":null,
  "acquiredNumberStatus":"Archived","acquiredCapabilities":[],"tnUploadJobId":"AAAAAAAA-0000-0000-0000-000000000003"},
 {"telephoneNumber":"+1212555","id":-5,"isoCountryCode":"US","acquiredOn":"2023-01-01T00:00:00Z",
  "acquiredNumberStatus":null,"tnUploadJobId":null},
 {"telephoneNumber":"+18333998785","id":4,"isoCountryCode":"US"}
])";
} // namespace

class TestNumberSorter final : public QObject {
    Q_OBJECT

    NumberStore m_store;

    std::vector<std::uint32_t> sorted(NumberColumn column, Qt::SortOrder order = Qt::AscendingOrder)
    {
        std::vector<std::uint32_t> rows(m_store.size());
        std::iota(rows.begin(), rows.end(), 0u);
        NumberSorter::sort(m_store, column, order, rows);
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(NumberParser::parse(Numbers, m_store).ok()); }

    void sortsEachKindOfColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<std::vector<std::uint32_t>>("expected");
        // Phone numbers by digits: 1212555 < 18333998785 (twice, stable) < 442... < 613...
        QTest::newRow("phone") << int(NumberColumn::TelephoneNumber)
                               << std::vector<std::uint32_t>{3, 1, 4, 2, 0};
        // Integers by value, then ids sent as text; stable on ties.
        QTest::newRow("id") << int(NumberColumn::Id) << std::vector<std::uint32_t>{3, 1, 4, 0, 2};
        // Dates as instants (12:21 UTC < 13:20 UTC although the text says 14:21), empty first.
        QTest::newRow("date") << int(NumberColumn::AcquiredOn) << std::vector<std::uint32_t>{2, 4, 3, 1, 0};
        // Country text case-insensitively: au < GB < US.
        QTest::newRow("pooled") << int(NumberColumn::Country) << std::vector<std::uint32_t>{0, 2, 1, 3, 4};
        // Status by code, unknown values after known ones, empty first.
        QTest::newRow("status") << int(NumberColumn::Status) << std::vector<std::uint32_t>{3, 4, 1, 0, 2};
        // Unique text: case-insensitive, full comparison beyond the 8-byte prefix.
        QTest::newRow("unique") << int(NumberColumn::MsJobId) << std::vector<std::uint32_t>{3, 4, 2, 1, 0};
        QTest::newRow("capabilities")
            << int(NumberColumn::AcquiredCapabilities) << std::vector<std::uint32_t>{2, 3, 4, 0, 1};
        QTest::newRow("sbc") << int(NumberColumn::Sbcs) << std::vector<std::uint32_t>{2, 3, 4, 1, 0};
    }
    void sortsEachKindOfColumn()
    {
        QFETCH(int, column);
        QFETCH(std::vector<std::uint32_t>, expected);
        QCOMPARE(sorted(static_cast<NumberColumn>(column)), expected);
    }

    void descendingReversesValuesButKeepsTiesStable()
    {
        QCOMPARE(sorted(NumberColumn::TelephoneNumber, Qt::DescendingOrder),
                 (std::vector<std::uint32_t>{0, 2, 1, 4, 3}));
    }

    void sortsASubsetOfRows()
    {
        std::vector<std::uint32_t> rows{0, 2, 4};
        NumberSorter::sort(m_store, NumberColumn::TelephoneNumber, Qt::AscendingOrder, rows);
        QCOMPARE(rows, (std::vector<std::uint32_t>{4, 2, 0}));
    }

    void everyColumnSortsEveryRow()
    {
        for (int c = 0; c < NumberColumnCount; ++c) {
            auto rows = sorted(static_cast<NumberColumn>(c));
            std::sort(rows.begin(), rows.end());
            QCOMPARE(rows, (std::vector<std::uint32_t>{0, 1, 2, 3, 4}));
        }
    }
};

QTEST_APPLESS_MAIN(TestNumberSorter)
#include "tst_numbersorter.moc"
