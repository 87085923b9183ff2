#include "core/export/xlsxwriter.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <numeric>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// What support staff do: double-click the export. LibreOffice opens it (headless here, converting to
// CSV) and shows the numbers with their +, the dates as dates and formula-looking text as text.
class TestXlsxLibreOffice final : public QObject {
    Q_OBJECT

private slots:
    void libreOfficeShowsTheNumbersWithTheirPlus()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            qFatal("soffice is needed (libreoffice-calc-nogui; the test command installs it)");
        NumberStore store;
        QFile json(QStringLiteral(OCNUMBERS_TEST_DATA "/xlsx-cells.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        NumberParser::parse(json.readAll(), store);
        std::vector<std::uint32_t> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0u);
        const std::vector<NumberColumn> columns = {NumberColumn::TelephoneNumber, NumberColumn::Id,
                                                   NumberColumn::AcquiredOn,
                                                   NumberColumn::AssignmentVerificationCode};

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"numbers.xlsx"_s);
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(XlsxWriter::write(file, store, rows, columns, XlsxOptions{}), QString());
        QVERIFY(file.commit());

        // A private profile, so that tests running side by side do not share one.
        const QString profile = QUrl::fromLocalFile(dir.filePath(u"profile"_s)).toString();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(soffice, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--norestore"_s,
                                u"--convert-to"_s, u"csv"_s, u"--outdir"_s, dir.path(), path});
        QVERIFY(process.waitForFinished(240000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());

        QFile csv(dir.filePath(u"numbers.csv"_s));
        QVERIFY2(csv.open(QIODevice::ReadOnly), output.constData());
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY2(lines.size() >= 4, csv.fileName().toUtf8().constData());
        // Row 1: the number with its +, the id as a plain number, the date in UTC, the text not evaluated.
        QVERIFY2(lines.at(1).startsWith("+18333998785,125336,2024-04-04 12:21:56,"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("=HYPERLINK("), lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("+442074996300,1,"), lines.at(2).constData());
        QVERIFY2(lines.at(3).startsWith("+61397508869,"), lines.at(3).constData());
    }
};

QTEST_GUILESS_MAIN(TestXlsxLibreOffice)
#include "tst_xlsxlibreoffice.moc"
