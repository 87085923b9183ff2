#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/rowstext.h"
#include "sandbox/sampledata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Rows as the clipboard gets them: tab-separated with a header, formula-guarded or raw, and one record's
// JSON.
class TestRowsText final : public QObject {
    Q_OBJECT

    std::unique_ptr<NumberStore> m_vendor = SampleData::load(0); // the vendor's two published records

private slots:
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

QTEST_GUILESS_MAIN(TestRowsText)
#include "tst_rowstext.moc"
