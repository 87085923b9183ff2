#include "core/numberfacets.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/rowstext.h"
#include "sandbox/sampledata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// What the window derives from loaded numbers: the filter bar's choices and the clipboard's text.
class TestSessionText final : public QObject {
    Q_OBJECT

    std::unique_ptr<NumberStore> m_vendor = SampleData::load(0); // the vendor's two published records

private slots:
    void facetsListTheValuesOfTheLoadedNumbers()
    {
        const NumberFacets facets = NumberFacets::of(*m_vendor);
        QCOMPARE(facets.countries, (QStringList{u"AU"_s, u"US"_s}));
        QCOMPARE(facets.sources, QStringList{u"webapi"_s});
        QCOMPARE(facets.sbcs, QStringList{u"oc1.sandbox2.audiocodes.be [20.102.51.206]"_s});
        QCOMPARE(facets.assignments, QStringList{QString()}); // both null: "no assignment" is a choice
        QVERIFY(facets.statuses.isEmpty());                   // v2 sends no status
        for (const QString &capability : {u"TollFree"_s, u"Office365"_s, u"UserAssignment"_s, u"Mobile"_s})
            QVERIFY2(facets.capabilities.contains(capability), qPrintable(capability));
        QVERIFY(!facets.capabilities.contains(u"ConferenceAssignment"_s)); // documented, but nobody has it

        const auto generated = SampleData::load(3000);
        const NumberFacets many = NumberFacets::of(*generated);
        QVERIFY(many.countries.size() > 3);
        QVERIFY(std::is_sorted(many.countries.cbegin(), many.countries.cend()));
        QVERIFY(!many.statuses.isEmpty());
        QVERIFY(many.sbcs.size() >= 2);
        QVERIFY(NumberFacets::of(NumberStore()).countries.isEmpty());
    }

    void tsvHasAHeaderAndOneLinePerRow()
    {
        const std::vector<std::uint32_t> rows{1, 0};
        const std::vector<NumberColumn> columns{NumberColumn::TelephoneNumber, NumberColumn::Country,
                                                NumberColumn::AcquiredCapabilities};
        const QString tsv = RowsText::tsv(*m_vendor, rows, columns);
        const QStringList lines = tsv.split(u'\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the final newline
        QCOMPARE(lines[0], u"Number\tCountry\tAcquired Capabilities"_s);
        QCOMPARE(lines[1], u"+61397508869\tAU\tInboundCalling, OutboundCalling, UserAssignment, Office365"_s);
        QVERIFY(lines[2].startsWith(u"+18333998785\tUS\t"_s));
        QCOMPARE(lines[3], QString());
    }

    void copiedCellsAreFormulaGuardedLikeTheCsv()
    {
        // Pasted into a spreadsheet, copied text is evaluated like an imported CSV: the same guard.
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/tricky-cells.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        NumberStore store;
        QVERIFY(NumberParser::parse(file.readAll(), store).ok());
        const std::vector<std::uint32_t> rows{0, 1, 2};
        const std::vector<NumberColumn> columns{NumberColumn::TelephoneNumber, NumberColumn::ServiceFullName,
                                                NumberColumn::OcSipConnectionDescription,
                                                NumberColumn::CompanyName,
                                                NumberColumn::AssignmentVerificationCode};
        const QStringList guarded = RowsText::tsv(store, rows, columns).split(u'\n');
        QCOMPARE(guarded.size(), 5);
        QCOMPARE(guarded[1],
                 u"+18333998785\tContoso, Ltd.\tsay \"hi\"\tline one line two\t'=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(guarded[2].section(u'\t', 0, 0), u"+442074996300"_s); // E.164 stays a number
        QCOMPARE(guarded[2].section(u'\t', 2), u"'+cmd|' /C calc'!A0\t'-2+3\t'@SUM(1)"_s);
        QCOMPARE(guarded[3], u"+61397508869\t' tab start\t' cr start\tplain\t"_s);

        const QStringList raw = RowsText::tsv(store, rows, columns, RowsText::Cells::Raw).split(u'\n');
        QCOMPARE(raw[1].section(u'\t', 4), u"=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(raw[2].section(u'\t', 2), u"+cmd|' /C calc'!A0\t-2+3\t@SUM(1)"_s);
        QCOMPARE(raw[0], guarded[0]);
    }

    void jsonIsTheRecordAsSent()
    {
        const QString json = RowsText::json(*m_vendor, 0);
        QVERIFY(json.contains(u"\n    \""_s)); // indented for reading
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(object.value(u"telephoneNumber"_s).toString(), u"+18333998785"_s);
        QCOMPARE(object, QJsonDocument::fromJson(QByteArray::fromStdString(m_vendor->rawJson(0))).object());
    }
};

QTEST_GUILESS_MAIN(TestSessionText)
#include "tst_sessiontext.moc"
