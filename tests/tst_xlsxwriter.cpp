#include "core/export/numberdiffxlsxwriter.h"
#include "core/export/xlsxsheetname.h"
#include "core/export/xlsxwriter.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "support/xlsxreader.h"

#include <numeric>
#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::vector<NumberColumn> allColumns()
{
    std::vector<NumberColumn> columns;
    for (int c = 0; c < NumberColumnCount; ++c)
        columns.push_back(static_cast<NumberColumn>(c));
    return columns;
}

std::vector<std::uint32_t> allRows(const NumberStore &store)
{
    std::vector<std::uint32_t> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

// A device that fails after a few bytes, like a full disk.
class FullDevice final : public QIODevice {
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > 64) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_written = 0;
};

// Control characters other than TAB and LF cannot stand in XML: a workbook holds them as _xHHHH_, which
// spreadsheets show as the character and openpyxl leaves as it is.
QString excelEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n')
            out += u"_x"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper() + u'_';
        else
            out += c;
    }
    return out;
}

} // namespace

class TestXlsxWriter final : public QObject {
    Q_OBJECT

    NumberStore m_store;
    QTemporaryDir m_dir;

    QString write(const QString &name, std::span<const NumberColumn> columns, const XlsxOptions &options)
    {
        const QString path = m_dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        const QString error = XlsxWriter::write(file, m_store, allRows(m_store), columns, options);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!file.commit())
            qFatal("cannot commit %s", qPrintable(path));
        return path;
    }

    std::string text(std::uint32_t row, NumberColumn column) const
    {
        std::string out;
        NumberColumns::appendText(m_store, row, column, out, ";");
        return out;
    }

    // Compares one cell with what the store holds: its type, its value.
    void checkCell(const QJsonArray &cell, std::uint32_t row, NumberColumn column, bool datesAsText) const
    {
        const QString where = u"row %1, %2"_s.arg(row).arg(QString::fromLatin1(NumberColumns::key(column)));
        const QString type = cell.at(0).toString();
        const QJsonValue value = cell.at(1);
        QVERIFY2(type != u"f"_s, qPrintable(where + u": a formula"_s));
        const NumberRecord &record = m_store.record(row);
        const std::string expectedText = text(row, column);
        if (NumberColumns::kind(column) == ColumnKind::DateTime && !datesAsText) {
            const Timestamp &ts = record.*NumberColumns::timestampMember(column);
            const double seconds = static_cast<double>(ts.value()) / Timestamp::TicksPerSecond;
            if (ts.isValid() && seconds > -2203891200.0) {
                QVERIFY2(type == u"d"_s, qPrintable(where + u": type "_s + type));
                QVERIFY2(qAbs(value.toDouble() - seconds) < 0.001,
                         qPrintable(where + u": "_s + QString::number(value.toDouble(), 'f', 3)));
                QCOMPARE(cell.at(2).toString(), u"yyyy-mm-dd hh:mm:ss"_s);
                return;
            }
        }
        if (NumberColumns::kind(column) == ColumnKind::Integer) {
            const FlexibleId &id = record.*NumberColumns::idMember(column);
            if (id.kind == FlexibleId::Kind::Integer && qAbs(id.value()) < (std::int64_t{1} << 53)) {
                QVERIFY2(type == u"n"_s, qPrintable(where + u": type "_s + type));
                QCOMPARE(value.toInteger(), id.value());
                return;
            }
        }
        if (expectedText.empty()) {
            QVERIFY2(value.isNull(), qPrintable(where + u": not empty"_s));
            return;
        }
        QVERIFY2(type == u"s"_s, qPrintable(where + u": type "_s + type));
        QCOMPARE(value.toString(), excelEscaped(QString::fromStdString(expectedText)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/xlsx-cells.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        NumberParser::parse(file.readAll(), m_store); // "not a date" is a warning: kept as text
        QCOMPARE(m_store.size(), std::size_t(3));
    }

    void everyCellHasItsTypeAndValue_data()
    {
        QTest::addColumn<bool>("datesAsText");
        QTest::newRow("date cells") << false;
        QTest::newRow("dates as text") << true;
    }
    void everyCellHasItsTypeAndValue()
    {
        QFETCH(bool, datesAsText);
        XlsxOptions options;
        options.header = CsvOptions::Header::Keys;
        options.datesAsText = datesAsText;
        const std::vector<NumberColumn> columns = allColumns();
        const QJsonObject book = readXlsx(write(u"cells.xlsx"_s, columns, options));
        const QJsonArray rows = book.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), qsizetype(m_store.size() + 1));
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QJsonArray header = xlsxCell(book, 0, int(c));
            QCOMPARE(header.at(0).toString(), u"s"_s);
            QCOMPARE(header.at(1).toString(), QString::fromLatin1(NumberColumns::key(columns[c])));
        }
        for (std::uint32_t row = 0; row < m_store.size(); ++row) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                checkCell(xlsxCell(book, int(row + 1), int(c)), row, columns[c], datesAsText);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void numbersKeepTheirPlusAndFormulasStayText()
    {
        const std::vector<NumberColumn> columns = {NumberColumn::TelephoneNumber,
                                                   NumberColumn::AssignmentVerificationCode,
                                                   NumberColumn::CompanyName,
                                                   NumberColumn::OcSipConnectionDescription,
                                                   NumberColumn::LocationId,
                                                   NumberColumn::CallingProfileId,
                                                   NumberColumn::AcquiredOn,
                                                   NumberColumn::WhenCreated,
                                                   NumberColumn::UploadJobId,
                                                   NumberColumn::AcquiredCapabilities,
                                                   NumberColumn::Sbcs,
                                                   NumberColumn::TenantId};
        const QJsonObject book = readXlsx(write(u"spots.xlsx"_s, columns, XlsxOptions{}));
        const auto cell = [&](int row, int column) { return xlsxCell(book, row, column); };
        QCOMPARE(cell(1, 0), (QJsonArray{u"s"_s, u"+18333998785"_s, u"General"_s}));
        QCOMPARE(cell(2, 0).at(1).toString(), u"+442074996300"_s);
        QCOMPARE(cell(1, 1).at(1).toString(), u"=HYPERLINK(\"http://x\")"_s); // no apostrophe, no formula
        QCOMPARE(cell(1, 1).at(0).toString(), u"s"_s);
        QCOMPARE(cell(1, 2).at(1).toString(), u"-2+3"_s);
        QCOMPARE(cell(1, 3).at(1).toString(), u"+cmd|' /C calc'!A0"_s);
        QCOMPARE(cell(1, 4).at(1).toString(), u"@SUM(1)"_s);
        QCOMPARE(cell(1, 5), (QJsonArray{u"s"_s, u"442074996300"_s, u"General"_s})); // digits, still text
        // 2024-04-04T14:21:56.6005305+02:00 is 12:21:56.6 UTC.
        QCOMPARE(cell(1, 6).at(0).toString(), u"d"_s);
        QVERIFY(qAbs(cell(1, 6).at(1).toDouble() - 1712233316.6005) < 0.001);
        // Before 1900, and not a timestamp at all: text (in the column's date format, which text ignores).
        QCOMPARE(cell(2, 6).at(0).toString(), u"s"_s);
        QCOMPARE(cell(2, 6).at(1).toString(), u"1899-12-31T00:00:00Z"_s);
        QCOMPARE(cell(2, 7).at(0).toString(), u"s"_s);
        QCOMPARE(cell(2, 7).at(1).toString(), u"not a date"_s);
        // 2^53 + 1 does not survive a double: text.
        QCOMPARE(cell(1, 8), (QJsonArray{u"s"_s, u"9007199254740993"_s, u"General"_s}));
        QCOMPARE(cell(1, 9).at(1).toString(), u"Office365;TollFree"_s);
        QCOMPARE(cell(1, 10).at(1).toString(), u"sbc1.example.com;sbc2.example.com"_s);
        QCOMPARE(cell(1, 11).at(1).toString(), u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s);
    }

    void headerSheetAndProperties()
    {
        const std::vector<NumberColumn> columns = {NumberColumn::TelephoneNumber, NumberColumn::AcquiredOn,
                                                   NumberColumn::ServiceFullName};
        const QJsonObject book = readXlsx(write(u"layout.xlsx"_s, columns, XlsxOptions{}));
        QCOMPARE(book.value(u"sheets"_s).toArray(), QJsonArray{u"Contoso_ _EMEA__Sales__ and a l"_s});
        QCOMPARE(book.value(u"freeze"_s).toString(), u"A2"_s);
        QCOMPARE(book.value(u"filter"_s).toString(), u"A1:C4"_s);
        QCOMPARE(book.value(u"bold"_s).toArray(), (QJsonArray{true, true, true}));
        QCOMPARE(xlsxCell(book, 0, 0).at(1).toString(), u"Number"_s); // titles by default
        QCOMPARE(xlsxCell(book, 0, 1).at(1).toString(), u"Acquired Date"_s);
        QVERIFY(book.value(u"title"_s).toString().contains(u"Contoso"_s));
        QVERIFY2(book.value(u"description"_s).toString() == u"OC Numbers " OCNUMBERS_VERSION ""_s,
                 qPrintable(book.value(u"description"_s).toString()));
        const QJsonObject widths = book.value(u"widths"_s).toObject();
        QVERIFY(widths.value(u"A"_s).toDouble() >= 13); // "+442074996300"
        QVERIFY(widths.value(u"B"_s).toDouble() >= 19); // "2024-04-04 12:21:56"
        QVERIFY(widths.value(u"C"_s).toDouble() >= 39);
    }

    void withoutHeader()
    {
        XlsxOptions options;
        options.header = CsvOptions::Header::None;
        options.sheetName = u"Mine"_s;
        const QJsonObject book =
            readXlsx(write(u"bare.xlsx"_s, std::vector{NumberColumn::TelephoneNumber}, options));
        QCOMPARE(book.value(u"sheets"_s).toArray(), QJsonArray{u"Mine"_s});
        QCOMPARE(book.value(u"rows"_s).toArray().size(), qsizetype(3));
        QCOMPARE(xlsxCell(book, 0, 0).at(1).toString(), u"+18333998785"_s);
        QVERIFY(book.value(u"freeze"_s).isNull());
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Contoso"_s << u"Contoso"_s;
        QTest::newRow("forbidden") << u"a[b]c:d*e?f/g\\h"_s << u"a_b_c_d_e_f_g_h"_s;
        QTest::newRow("long") << u"0123456789012345678901234567890123"_s
                              << u"0123456789012345678901234567890"_s;
        QTest::newRow("wide") << u"電話電話電話電話電話電話電話電話電話電話電話電話電話電話電話電話"_s
                              << u"電話電話電話電話電話電話電話電話電話電話電話電話電話電話電話電"_s;
        QTest::newRow("apostrophes") << u"'quoted'"_s << u"quoted"_s;
        QTest::newRow("empty") << QString() << u"Numbers"_s;
        QTest::newRow("reserved") << u"history"_s << u"Numbers"_s;
        QTest::newRow("control") << u"tab\there"_s << u"tab here"_s;
    }
    void sheetNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(XlsxSheetName::sanitize(name), expected);
    }

    void sheetNamedAfterTheCommonCustomerOrTenant()
    {
        QCOMPARE(XlsxSheetName::forRows(m_store, allRows(m_store)), u"Contoso_ _EMEA__Sales__ and a l"_s);
        NumberStore mixed;
        NumberParser::parse(
            "[{\"telephoneNumber\":\"+1\",\"umpCustomerFullName\":\"A\",\"tenantId\":\"t-1\"},"
            "{\"telephoneNumber\":\"+2\",\"umpCustomerFullName\":\"B\",\"tenantId\":\"t-1\"}]",
            mixed);
        QCOMPARE(XlsxSheetName::forRows(mixed, allRows(mixed)), u"t-1"_s);
        NumberStore none;
        NumberParser::parse("[{\"telephoneNumber\":\"+1\"}]", none);
        QCOMPARE(XlsxSheetName::forRows(none, allRows(none)), u"Numbers"_s);
    }

    void failuresAndCancelLeaveNoTemporaryFiles()
    {
        QTemporaryDir temp;
        XlsxOptions options;
        options.tempFolder = temp.path();
        const std::vector<NumberColumn> columns = allColumns();
        FullDevice full;
        const QString error = XlsxWriter::write(full, m_store, allRows(m_store), columns, options);
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());

        std::vector<std::uint32_t> many(10000, 0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QString cancelled = XlsxWriter::write(buffer, m_store, many, columns, options,
                                                    [](std::size_t done) { return done < 4096; });
        QVERIFY2(cancelled.startsWith(u"cancelled after 4096 of 10000"_s), qPrintable(cancelled));
        QCOMPARE(buffer.size(), qint64(0));
        QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void refusesMoreRowsThanASheetHolds()
    {
        const std::vector<std::uint32_t> tooMany(XlsxWriter::MaxRows + 1, 0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QString error = XlsxWriter::write(buffer, m_store, tooMany, allColumns(), XlsxOptions{});
        QVERIFY2(error.contains(u"1,048,575"_s) && error.contains(u"CSV"_s), qPrintable(error));
        QCOMPARE(buffer.size(), qint64(0));
    }

    void diffChangesAsText()
    {
        const std::vector<NumberChange> changes = {
            {NumberChange::Kind::Changed, "+18333998785", "aslvCode", "=1+1", "-3"},
            {NumberChange::Kind::Added, "+442074996300", "", "", ""},
        };
        const QString path = m_dir.filePath(u"diff.xlsx"_s);
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(NumberDiffXlsxWriter::write(file, changes), QString());
        QVERIFY(file.commit());
        const QJsonObject book = readXlsx(path);
        QCOMPARE(book.value(u"filter"_s).toString(), u"A1:E3"_s);
        const QJsonArray rows = book.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), qsizetype(3));
        QStringList header;
        for (int c = 0; c < 5; ++c)
            header << xlsxCell(book, 0, c).at(1).toString();
        QCOMPARE(header.join(u','), u"change,telephoneNumber,field,old,new"_s);
        QCOMPARE(xlsxCell(book, 1, 1), (QJsonArray{u"s"_s, u"+18333998785"_s, u"General"_s}));
        QCOMPARE(xlsxCell(book, 1, 3), (QJsonArray{u"s"_s, u"=1+1"_s, u"General"_s}));
        QCOMPARE(xlsxCell(book, 1, 4), (QJsonArray{u"s"_s, u"-3"_s, u"General"_s}));
        QCOMPARE(xlsxCell(book, 2, 0).at(1).toString(),
                 QString::fromLatin1(NumberChange::kindName(NumberChange::Kind::Added)));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
