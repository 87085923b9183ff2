#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/snapshots/snapshotfile.h"
#include "sandbox/numbergenerator.h"
#include "support/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
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

// locale: the LANG and LC_ALL the tool runs with; else the test's (C.UTF-8 under CTest).
Run cli(const QStringList &arguments, const QByteArray &input = {}, const QString &locale = {})
{
    QProcess process;
    if (!locale.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANG"_s, locale);
        environment.insert(u"LC_ALL"_s, locale);
        environment.remove(u"LANGUAGE"_s);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(OCNUMBERS_CLI), arguments);
    if (!input.isNull()) {
        process.write(input);
    }
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

} // namespace

class TestConvertCommand final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void convertsToCsv()
    {
        const QString out = m_dir.filePath(u"vendor.csv"_s);
        const Run run = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, out, u"--columns"_s,
                             u"telephoneNumber,isoCountryCode,acquiredOn,sbcList"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"Wrote 2 of 2 numbers"_s), qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("telephoneNumber,isoCountryCode,acquiredOn,sbcList\r\n"
                                            "+18333998785,US,2024-04-04T12:21:56.6005305+00:00,oc1.sandbox2."
                                            "audiocodes.be [20.102.51.206]\r\n"
                                            "+61397508869,AU,2024-04-04T13:20:54.0070492+00:00,oc1.sandbox2."
                                            "audiocodes.be [20.102.51.206]\r\n"));
    }

    void convertsToXlsx()
    {
        const QString out = m_dir.filePath(u"vendor.xlsx"_s);
        const Run run = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, out, u"--columns"_s,
                             u"telephoneNumber,id,acquiredOn,sbcList"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Wrote 2 of 2 numbers"_s), qPrintable(run.err));
        const QJsonObject book = readXlsx(out);
        QCOMPARE(book.value(u"rows"_s).toArray().size(), qsizetype(3));
        QCOMPARE(xlsxCell(book, 0, 0).at(1).toString(), u"telephoneNumber"_s); // keys, as for CSV
        QCOMPARE(xlsxCell(book, 1, 0), (QJsonArray{u"s"_s, u"+18333998785"_s, u"General"_s}));
        QCOMPARE(xlsxCell(book, 1, 1), (QJsonArray{u"n"_s, 125336, u"General"_s}));
        // 2024-04-04T12:21:56.6005305+00:00
        QCOMPARE(xlsxCell(book, 1, 2).at(0).toString(), u"d"_s);
        QVERIFY(qAbs(xlsxCell(book, 1, 2).at(1).toDouble() - 1712233316.6005) < 0.001);
        QCOMPARE(xlsxCell(book, 1, 3).at(1).toString(), u"oc1.sandbox2.audiocodes.be [20.102.51.206]"_s);

        const Run text = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, out, u"--columns"_s,
                              u"acquiredOn"_s, u"--dates-as-text"_s, u"--header"_s, u"titles"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const QJsonObject asText = readXlsx(out);
        QCOMPARE(xlsxCell(asText, 0, 0).at(1).toString(), u"Acquired Date"_s);
        QCOMPARE(xlsxCell(asText, 1, 0),
                 (QJsonArray{u"s"_s, u"2024-04-04T12:21:56.6005305+00:00"_s, u"General"_s}));
    }

    void writesXlsxToStdout()
    {
        const Run run = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, u"-"_s, u"--format"_s,
                             u"xlsx"_s, u"--columns"_s, u"telephoneNumber"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString path = m_dir.filePath(u"piped.xlsx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        file.close();
        const QJsonObject book = readXlsx(path);
        QCOMPARE(xlsxCell(book, 2, 0), (QJsonArray{u"s"_s, u"+61397508869"_s, u"General"_s}));
    }

    void aFailedXlsxExportLeavesTheOldFile()
    {
        const QString out = m_dir.filePath(u"kept.xlsx"_s);
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        // An unknown column: a usage error before anything is written.
        QCOMPARE(
            cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, out, u"--columns"_s, u"nope"_s})
                .exitCode,
            2);
        // Unreadable input: nothing written either.
        QCOMPARE(cli({u"convert"_s, m_dir.filePath(u"missing.json"_s), u"--out"_s, out}).exitCode, 4);
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old"));
        QVERIFY(QDir(m_dir.path()).entryList({u"*.xlsx.*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void filtersSortsAndWritesToStdout()
    {
        const Run run = cli({u"convert"_s, data(u"v3-page.json"_s), u"--out"_s, u"-"_s, u"--columns"_s,
                             u"telephoneNumber,acquiredNumberStatus"_s, u"--filter"_s, u"country=DE"_s,
                             u"--filter"_s, u"capability=UserAssignment"_s, u"--sort"_s,
                             u"telephoneNumber:desc"_s, u"--header"_s, u"none"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("+498912345678,Marked For Removal\r\n+493012345678,Active\r\n"));
        const Run search = cli({u"convert"_s, data(u"v3-page.json"_s), u"--out"_s, u"-"_s, u"--columns"_s,
                                u"telephoneNumber"_s, u"--search"_s, u"+49 89"_s, u"--header"_s, u"none"_s});
        QCOMPARE(search.out, QByteArray("+498912345678\r\n"));
    }

    void readsStdinAndWritesNormalizedJson()
    {
        QFile page(data(u"v3-page.json"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray bytes = page.readAll();
        const Run run =
            cli({u"convert"_s, u"-"_s, u"--out"_s, u"-"_s, u"--format"_s, u"json"_s}, bytes + "\n" + bytes);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(records.size(), 4);
        const QJsonObject original =
            QJsonDocument::fromJson(bytes).object().value(u"data"_s).toArray().at(0).toObject();
        QCOMPARE(records.at(0).toObject(), original);
        QCOMPARE(records.at(2).toObject(), original);
    }

    void readsALargeInputInBlocksAsWhenItIsMapped()
    {
        // 40 MB: standard input is read in 32 MB blocks (a file this size is mapped), so the list is cut
        // between blocks and each block holds enough numbers to be parsed on two threads.
        NumberGenerator::Options options;
        options.ids = NumberGenerator::Ids::Many;
        const QByteArray list = NumberGenerator(options).v2Array(28000);
        QVERIFY(list.size() > (qsizetype(32) << 20));
        QTemporaryDir dir;
        QFile file(dir.filePath(u"list.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(list) == list.size());
        file.close();
        const Run mapped = cli({u"convert"_s, file.fileName(), u"--out"_s, u"-"_s});
        QCOMPARE(mapped.exitCode, 0);
        const Run streamed = cli({u"convert"_s, u"-"_s, u"--out"_s, u"-"_s}, list);
        QCOMPARE(streamed.exitCode, 0);
        QCOMPARE(streamed.out.count('\n'), 28001);
        QVERIFY(streamed.out == mapped.out);

        const Run cut = cli({u"convert"_s, u"-"_s, u"--out"_s, u"-"_s}, list.first(list.size() - 1000));
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.err.contains(u"incomplete"_s), qPrintable(cut.err));
        QVERIFY(cut.out.isEmpty());
    }

    void badUsageExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"Usage: ocnumbers-cli COMMAND"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
        QTest::newRow("no input") << QStringList{u"convert"_s, u"--out"_s, u"x.csv"_s}
                                  << u"missing INPUT.json"_s;
        QTest::newRow("no out") << QStringList{u"convert"_s, u"in.json"_s} << u"missing --out"_s;
        QTest::newRow("bad column") << QStringList{u"convert"_s, u"in.json"_s,   u"--out"_s,
                                                   u"x.csv"_s,   u"--columns"_s, u"telephoneNumber,colour"_s}
                                    << u"unknown column \"colour\"; columns are: telephoneNumber"_s;
        QTest::newRow("bad filter") << QStringList{u"convert"_s, u"in.json"_s,  u"--out"_s,
                                                   u"x.csv"_s,   u"--filter"_s, u"status=Sleeping"_s}
                                    << u"unknown status \"Sleeping\""_s;
        QTest::newRow("unknown extension") << QStringList{u"convert"_s, u"in.json"_s, u"--out"_s, u"x.ods"_s}
                                           << u"cannot tell the format of \"x.ods\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"convert"_s, u"in.json"_s, u"--out"_s, u"x.csv"_s, u"--fast"_s}
            << u"Unknown option 'fast'"_s;
    }
    void badUsageExitsWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // A snapshot the window kept converts as the response it was made of; a damaged one is bad data.
    void convertsASnapshotAsItsResponse()
    {
        QFile json(data(u"vendor-v2-list.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        NumberStore store;
        QVERIFY(NumberParser::parse(json.readAll(), store).ok());
        SnapshotInfo info;
        info.connectionName = u"Production"_s;
        info.tenantId = u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s;
        info.apiVersion = u"v2"_s;
        info.savedAt = QDateTime::currentDateTimeUtc();
        const QString snapshot = m_dir.filePath(u"kept.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(snapshot, store, info), QString());
        const Run fromJson = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s, u"-"_s});
        const Run fromSnapshot = cli({u"convert"_s, snapshot, u"--out"_s, u"-"_s});
        QCOMPARE(fromSnapshot.exitCode, 0);
        QCOMPARE(fromSnapshot.out, fromJson.out);
        // And diff reads it: no differences from the response itself.
        QCOMPARE(cli({u"diff"_s, snapshot, data(u"vendor-v2-list.json"_s)}).exitCode, 0);

        QFile damaged(snapshot);
        QVERIFY(damaged.resize(damaged.size() - 3));
        const QString out = m_dir.filePath(u"damaged.csv"_s);
        const Run run = cli({u"convert"_s, snapshot, u"--out"_s, out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(snapshot) && run.err.contains(u"truncated"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void badDataExitsWith3AndLeavesNoFile()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[\n  {\"telephoneNumber\": \"+1\"},\n  {\"id\": \n");
        file.close();
        const QString out = m_dir.filePath(u"broken.csv"_s);
        const Run run = cli({u"convert"_s, broken, u"--out"_s, out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"broken.json: the input is not valid JSON"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 4"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void strictTurnsWarningsIntoFailures()
    {
        const QString out = m_dir.filePath(u"tolerant.csv"_s);
        const Run lenient = cli({u"convert"_s, data(u"tolerant.json"_s), u"--out"_s, out});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.err.contains(u"warning: "_s + data(u"tolerant.json"_s) + u": [2].isoCountryCode"_s),
                 qPrintable(lenient.err));
        QVERIFY(QFile::remove(out));
        const Run strict = cli({u"convert"_s, data(u"tolerant.json"_s), u"--out"_s, out, u"--strict"_s});
        QCOMPARE(strict.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        // One warning, in the singular: the English plural forms are loaded for a locale without a
        // translation of its own (C) as for English.
        QVERIFY2(strict.err.contains(u"1 warning in the data and --strict is set"_s), qPrintable(strict.err));
    }

    void unreadableInputOrOutputExitsWith4()
    {
        const Run missing =
            cli({u"convert"_s, m_dir.filePath(u"nope.json"_s), u"--out"_s, m_dir.filePath(u"x.csv"_s)});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(u"nope.json does not exist"_s), qPrintable(missing.err));
        const Run unwritable = cli({u"convert"_s, data(u"vendor-v2-list.json"_s), u"--out"_s,
                                    m_dir.filePath(u"no/such/dir/x.csv"_s)});
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY2(unwritable.err.contains(u"cannot create"_s), qPrintable(unwritable.err));
    }

    void helpAndVersion()
    {
        const Run help = cli({u"convert"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.contains(u"--filter <expression>"_s));
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ocnumbers-cli "));
    }

    // In German: the tool's own usage line, and Qt's words in a command's help (qtbase_de.qm).
    void helpInTheSystemLanguage()
    {
        const Run usage = cli({u"--help"_s}, {}, u"de_DE.UTF-8"_s);
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.startsWith("Aufruf: ocnumbers-cli COMMAND [Optionen]\n"), usage.out.constData());
        QVERIFY2(usage.out.contains("Befehle:"), usage.out.constData());

        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
            QSKIP("no qtbase_de.qm: install qt6-translations-l10n");
        const Run help = cli({u"convert"_s, u"--help"_s}, {}, u"de_DE.UTF-8"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.err.startsWith(u"Aufruf: ocnumbers-cli convert [Optionen]"_s), qPrintable(help.err));
        QVERIFY2(help.err.contains(u"\nOptionen:\n"_s), qPrintable(help.err));
    }
};

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "tst_convertcommand.moc"
