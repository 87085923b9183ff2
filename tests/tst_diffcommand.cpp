#include "support/xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(OCNUMBERS_CLI), arguments);
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("ocnumbers-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const QString &name)
{
    return QStringLiteral(OCNUMBERS_TEST_DATA "/") + name;
}

QByteArray numbers(const QJsonArray &records)
{
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

QJsonObject number(const QString &telephoneNumber, const QString &location)
{
    return {{u"telephoneNumber"_s, telephoneNumber}, {u"locationId"_s, location}};
}

} // namespace

class TestDiffCommand final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString oldFile()
    {
        return write(u"old.json"_s,
                     numbers({number(u"+4930111"_s, u"berlin"_s), number(u"+4930222"_s, u"bonn"_s)}));
    }
    QString newFile()
    {
        return write(u"new.json"_s, numbers({number(u"+4930333"_s, u"hamburg"_s),
                                             number(u"+4930111"_s, u"=HYPERLINK(\"x\")"_s)}));
    }

private slots:
    void identicalInputsExitWith0()
    {
        const QString out = m_dir.filePath(u"same.csv"_s);
        const Run run =
            cli({u"diff"_s, data(u"vendor-v2-list.json"_s), data(u"vendor-v2-list.json"_s), u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"0 added, 0 removed, 0 changed"_s), qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("change,telephoneNumber,field,old,new\r\n"));
    }

    void readsEveryShapeConvertReads()
    {
        QCOMPARE(cli({u"diff"_s, data(u"v3-page.json"_s), data(u"v3-page.json"_s)}).exitCode, 0);
        const Run run = cli({u"diff"_s, data(u"vendor-v2-list.json"_s), data(u"v3-page.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("removed,+18333998785,,,\r\n"));
        QVERIFY(run.out.contains("added,+493012345678,,,\r\n"));
    }

    void differencesExitWith1AndAreWrittenAsCsv()
    {
        const QString out = m_dir.filePath(u"changes.csv"_s);
        const Run run = cli({u"diff"_s, oldFile(), newFile(), u"--out"_s, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"1 added, 1 removed, 1 changed"_s), qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The new location would be a formula in a spreadsheet: it gets the Excel-safe apostrophe.
        QCOMPARE(file.readAll(),
                 QByteArray("change,telephoneNumber,field,old,new\r\n"
                            "changed,+4930111,locationId,berlin,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                            "removed,+4930222,,,\r\n"
                            "added,+4930333,,,\r\n"));
    }

    void differencesAsAnXlsxWorkbook()
    {
        const QString out = m_dir.filePath(u"changes.xlsx"_s);
        const Run run = cli({u"diff"_s, oldFile(), newFile(), u"--out"_s, out});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject book = readXlsx(out);
        QCOMPARE(book.value(u"rows"_s).toArray().size(), qsizetype(4));
        QCOMPARE(book.value(u"filter"_s).toString(), u"A1:E4"_s);
        QCOMPARE(xlsxCell(book, 0, 1).at(1).toString(), u"telephoneNumber"_s);
        QCOMPARE(xlsxCell(book, 1, 0).at(1).toString(), u"changed"_s);
        QCOMPARE(xlsxCell(book, 1, 1), (QJsonArray{u"s"_s, u"+4930111"_s, u"General"_s}));
        // Text, exactly: an .xlsx string cell is never a formula, so no apostrophe.
        QCOMPARE(xlsxCell(book, 1, 4), (QJsonArray{u"s"_s, u"=HYPERLINK(\"x\")"_s, u"General"_s}));

        const Run piped = cli({u"diff"_s, oldFile(), newFile(), u"--format"_s, u"xlsx"_s});
        QCOMPARE(piped.exitCode, 1);
        QVERIFY(piped.out.startsWith("PK\x03\x04"));
        const Run bad = cli({u"diff"_s, oldFile(), newFile(), u"--format"_s, u"ods"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--format must be csv or xlsx"_s), qPrintable(bad.err));
    }

    void rawTurnsTheFormulaGuardOffAndStdoutIsTheDefault()
    {
        const Run run = cli({u"diff"_s, oldFile(), newFile(), u"--raw"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("changed,+4930111,locationId,berlin,\"=HYPERLINK(\"\"x\"\")\"\r\n"));
        const Run dash = cli({u"diff"_s, oldFile(), newFile(), u"--out"_s, u"-"_s});
        QCOMPARE(dash.exitCode, 1);
        QVERIFY(dash.out.contains("\"'=HYPERLINK("));
    }

    void readsOneInputFromStdin()
    {
        QFile file(newFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run run = cli({u"diff"_s, oldFile(), u"-"_s}, file.readAll());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith("change,telephoneNumber,field,old,new\r\n"));
        QVERIFY(run.out.contains("added,+4930333,,,\r\n"));
    }

    void duplicatesAreReported()
    {
        const QString twice =
            write(u"twice.json"_s,
                  numbers({number(u"+4930111"_s, u"berlin"_s), number(u"+4930111"_s, u"berlin"_s)}));
        const QString once = write(u"once.json"_s, numbers({number(u"+4930111"_s, u"berlin"_s)}));
        const Run run = cli({u"diff"_s, once, twice});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out,
                 QByteArray("change,telephoneNumber,field,old,new\r\nduplicate,+4930111,new,,2\r\n"));
    }

    void badUsageExitsWith2()
    {
        const QString old = oldFile();
        for (const QStringList &arguments :
             {QStringList{u"diff"_s}, QStringList{u"diff"_s, old}, QStringList{u"diff"_s, old, old, old},
              QStringList{u"diff"_s, u"-"_s, u"-"_s}, QStringList{u"diff"_s, old, old, u"--bogus"_s}}) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"ocnumbers-cli diff --help"_s), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    void errorsLeaveNoOutputFile()
    {
        const QString out = m_dir.filePath(u"never.csv"_s);
        const QString broken = write(u"broken.json"_s, "<html>Bad Gateway</html>");
        const Run bad = cli({u"diff"_s, oldFile(), broken, u"--out"_s, out});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(broken), qPrintable(bad.err));
        QVERIFY(!QFile::exists(out));

        const Run missing = cli({u"diff"_s, m_dir.filePath(u"missing.json"_s), oldFile(), u"--out"_s, out});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
        QVERIFY(!QFile::exists(out));

        const Run unwritable =
            cli({u"diff"_s, oldFile(), newFile(), u"--out"_s, m_dir.filePath(u"no/such/dir/out.csv"_s)});
        QCOMPARE(unwritable.exitCode, 4);
    }

    void help()
    {
        const Run run = cli({u"diff"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"ocnumbers-cli diff"_s), qPrintable(run.err));
        for (const QString &option : {u"--out"_s, u"--raw"_s, u"--bom"_s, u"--quiet"_s})
            QVERIFY2(run.err.contains(option), qPrintable(option));
        const Run overview = cli({u"--help"_s});
        QVERIFY(overview.out.contains("diff"));
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
