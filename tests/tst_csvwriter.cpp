#include "core/export/csvquoting.h"
#include "core/export/csvwriter.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <numeric>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const std::vector<NumberColumn> Columns = {NumberColumn::TelephoneNumber,
                                           NumberColumn::ServiceFullName,
                                           NumberColumn::OcSipConnectionDescription,
                                           NumberColumn::CompanyName,
                                           NumberColumn::AssignmentVerificationCode,
                                           NumberColumn::Country};

std::vector<std::uint32_t> allRows(const NumberStore &store)
{
    std::vector<std::uint32_t> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

QByteArray writeCsv(const NumberStore &store, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = CsvWriter::write(buffer, store, allRows(store), Columns, options);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return buffer.data();
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

} // namespace

class TestCsvWriter final : public QObject {
    Q_OBJECT

    NumberStore m_store;

    QJsonArray readWithPython(const QByteArray &csv)
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            qFatal("python3 is needed for the independent CSV reader (the test command installs it)");
        QTemporaryDir dir;
        QFile file(dir.filePath(u"out.csv"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write temporary file");
        file.close();
        QProcess process;
        process.start(python, {u"-c"_s,
                               u"import csv, json, sys\n"
                               u"with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                               u"    json.dump(list(csv.reader(f)), sys.stdout)\n"_s,
                               file.fileName()});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("python failed: %s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    }

    QString expectedCell(std::uint32_t row, NumberColumn column, bool excelSafe)
    {
        std::string text;
        NumberColumns::appendText(m_store, row, column, text, ";");
        const QString cell = QString::fromStdString(text);
        const bool e164 = QRegularExpression(u"^\\+[0-9]+$"_s).match(cell).hasMatch();
        const bool formula = !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.at(0));
        return excelSafe && formula && !e164 ? u"'"_s + cell : cell;
    }

private slots:
    void initTestCase()
    {
        // Cells that break naive CSV writers and spreadsheet imports.
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/tricky-cells.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(NumberParser::parse(file.readAll(), m_store).ok());
    }

    void quotesOnlyWhatNeedsQuoting()
    {
        CsvOptions options;
        options.excelSafe = false;
        options.header = CsvOptions::Header::Keys;
        const QByteArray csv = writeCsv(m_store, options);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("telephoneNumber,umpCustomerFullName,ocSipConnectionDescription,msCompanyName,"
                            "aslvCode,isoCountryCode\r"));
        QVERIFY(csv.startsWith("telephoneNumber,"));
        QVERIFY(csv.contains("\r\n+18333998785,\"Contoso, Ltd.\",\"say \"\"hi\"\"\",\"line one\nline two\","
                             "\"=HYPERLINK(\"\"http://x\"\")\",US\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
    }

    // A comma, quote, CR or LF anywhere in a cell of any length (within the first 16 bytes, past them, in the
    // last few) asks for quotes; every other byte value, at every length, does not.
    void quotingIsDecidedAtEveryPlaceOfACell()
    {
        for (std::size_t length = 1; length <= 40; ++length) {
            for (std::size_t at = 0; at < length; ++at) {
                for (const char quoted : {',', '"', '\r', '\n'}) {
                    std::string cell(length, 'a');
                    cell[at] = quoted;
                    if (!needsCsvQuotes(cell))
                        QFAIL(qPrintable(
                            u"byte %1 at %2 of %3 not seen"_s.arg(int(quoted)).arg(at).arg(length)));
                    std::string written;
                    CsvWriter::appendCell(written, cell, false);
                    QVERIFY(written.starts_with('"') && written.ends_with('"'));
                }
            }
        }
        for (int byte = 0; byte < 256; ++byte) {
            const char c = char(byte);
            if (c == ',' || c == '"' || c == '\r' || c == '\n')
                continue;
            for (std::size_t length = 0; length <= 40; ++length) {
                const std::string cell(length, c);
                if (needsCsvQuotes(cell))
                    QFAIL(qPrintable(
                        u"byte %1 in a cell of %2 taken for a quoted one"_s.arg(byte).arg(length)));
            }
        }
        // What follows the cell is not read as part of it.
        const std::string text = "abcdefghijklmnopqrs,";
        QVERIFY(!needsCsvQuotes(std::string_view(text).substr(0, text.size() - 1)));
        QVERIFY(needsCsvQuotes(text));
    }

    void excelSafeGuardsFormulasButNotNumbers()
    {
        const QByteArray csv = writeCsv(m_store, CsvOptions{});
        QVERIFY(csv.contains("\r\n+18333998785,")); // E.164 stays readable as +1833...
        QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","));
        QVERIFY(csv.contains(",'-2+3,'@SUM(1),GB\r\n"));
        QVERIFY(csv.contains(",'+cmd|' /C calc'!A0,"));
        QVERIFY(csv.contains("\r\n+61397508869,'\ttab start,\"'\rcr start\",plain,,AU\r\n"));
    }

    void byteOrderMarkAndHeaderStyles()
    {
        CsvOptions options;
        options.byteOrderMark = true;
        options.header = CsvOptions::Header::Titles;
        const QByteArray withBom = writeCsv(m_store, options);
        QVERIFY(withBom.startsWith("\xEF\xBB\xBFNumber,Service Full Name,"));
        options.byteOrderMark = false;
        options.header = CsvOptions::Header::None;
        QVERIFY(writeCsv(m_store, options).startsWith("+18333998785,"));
    }

    void roundTripsThroughAnIndependentReader_data()
    {
        QTest::addColumn<bool>("excelSafe");
        QTest::newRow("raw") << false;
        QTest::newRow("excel-safe") << true;
    }
    void roundTripsThroughAnIndependentReader()
    {
        QFETCH(bool, excelSafe);
        CsvOptions options;
        options.excelSafe = excelSafe;
        options.byteOrderMark = true;
        options.header = CsvOptions::Header::Keys;
        const QJsonArray rows = readWithPython(writeCsv(m_store, options));
        QCOMPARE(rows.size(), qsizetype(m_store.size() + 1));
        QCOMPARE(rows.at(0).toArray().at(0).toString(), u"telephoneNumber"_s);
        for (std::uint32_t row = 0; row < m_store.size(); ++row) {
            const QJsonArray cells = rows.at(row + 1).toArray();
            QCOMPARE(cells.size(), qsizetype(Columns.size()));
            for (std::size_t c = 0; c < Columns.size(); ++c)
                QCOMPARE(cells.at(qsizetype(c)).toString(), expectedCell(row, Columns[c], excelSafe));
        }
        QCOMPARE(rows.at(1).toArray().at(0).toString(), u"+18333998785"_s);
    }

    void reportsAFailingDevice()
    {
        FullDevice device;
        const QString error = CsvWriter::write(device, m_store, allRows(m_store), Columns, CsvOptions{});
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
    }

    void largeExportsKeepRowOrderAndCanStop()
    {
        // From 20,000 rows on, two threads format the rows; the file must not show it.
        NumberStore many;
        QByteArray json = "[";
        for (int i = 0; i < 50000; ++i)
            json += (i ? ",{\"telephoneNumber\":\"+4930" : "{\"telephoneNumber\":\"+4930") +
                    QByteArray::number(1000000 + i) + "\"}";
        json += "]";
        QVERIFY(NumberParser::parse(json, many).ok());
        std::vector<std::uint32_t> rows = allRows(many);
        std::reverse(rows.begin(), rows.end());
        const std::vector<NumberColumn> numberOnly{NumberColumn::TelephoneNumber};
        CsvOptions options;
        options.header = CsvOptions::Header::None;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        std::vector<std::size_t> reports;
        QVERIFY(CsvWriter::write(buffer, many, rows, numberOnly, options, [&](std::size_t done) {
                    reports.push_back(done);
                    return true;
                }).isEmpty());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 50001); // the last line end leaves an empty piece
        for (int i = 0; i < 50000; i += 4999)
            QCOMPARE(lines.at(i), "+4930" + QByteArray::number(1000000 + 49999 - i) + "\r");
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.back(), std::size_t(50000));

        QBuffer withHeader;
        withHeader.open(QIODevice::WriteOnly);
        CsvOptions headed = options;
        headed.header = CsvOptions::Header::Keys;
        headed.byteOrderMark = true;
        QVERIFY(CsvWriter::write(withHeader, many, rows, numberOnly, headed).isEmpty());
        const QByteArray firstLines =
            "\xEF\xBB\xBFtelephoneNumber\r\n+4930" + QByteArray::number(1000000 + 49999) + "\r\n";
        QVERIFY(withHeader.data().startsWith(firstLines));
        QCOMPARE(withHeader.data().count('\n'), 50001);

        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        const QString error = CsvWriter::write(cancelled, many, rows, numberOnly, options,
                                               [](std::size_t done) { return done < 10000; });
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        FullDevice full;
        QVERIFY(CsvWriter::write(full, many, rows, numberOnly, options).contains(u"No space left"_s));
    }

    void progressCanCancel()
    {
        NumberStore many;
        QByteArray json = "[";
        for (int i = 0; i < 10000; ++i)
            json += (i ? ",{\"telephoneNumber\":\"+4930" : "{\"telephoneNumber\":\"+4930") +
                    QByteArray::number(100000 + i) + "\"}";
        json += "]";
        QVERIFY(NumberParser::parse(json, many).ok());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        std::size_t lastReport = 0;
        const QString error =
            CsvWriter::write(buffer, many, allRows(many), Columns, CsvOptions{}, [&](std::size_t done) {
                lastReport = done;
                return done < 8000;
            });
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QCOMPARE(lastReport, std::size_t(8192));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
