#include "core/export/csvexportjob.h"
#include "core/numberstore.h"
#include "sandbox/sampledata.h"

#include <numeric>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's export: written on a worker thread through QSaveFile, all or nothing.
class TestCsvExportJob final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NumberStore> m_store = SampleData::load(30000);

    std::vector<std::uint32_t> allRows() const
    {
        std::vector<std::uint32_t> rows(m_store->size());
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }
    static QString run(CsvExportJob &job, bool cancelAtOnce = false)
    {
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        if (cancelAtOnce)
            job.cancel();
        if (!finished.wait(30000))
            return u"no answer"_s;
        return finished.at(0).at(0).toString();
    }

private slots:
    void writesTheRowsAndColumnsGiven()
    {
        const QString path = m_dir.filePath(u"two.csv"_s);
        CsvExportJob job(*m_store, {1, 0}, {NumberColumn::Country, NumberColumn::TelephoneNumber},
                         CsvOptions{}, path);
        QCOMPARE(run(job), QString());
        QCOMPARE(job.rowsWritten(), std::size_t(2));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto line = [this](std::uint32_t row) {
            std::string text(m_store->pooled(m_store->record(row).isoCountryCode));
            text += ',';
            text += m_store->telephoneNumber(row);
            text += "\r\n";
            return text;
        };
        const QByteArray expected = QByteArray("Country,Number\r\n") + QByteArray::fromStdString(line(1)) +
                                    QByteArray::fromStdString(line(0));
        QCOMPARE(file.readAll(), expected);
    }

    void aCancelledExportLeavesTheOldFileAlone()
    {
        const QString path = m_dir.filePath(u"kept.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.close();
        CsvExportJob job(*m_store, allRows(), {NumberColumn::TelephoneNumber, NumberColumn::Sbcs},
                         CsvOptions{}, path);
        const QString error = run(job, true);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\n"));
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY2(!files.join(u' ').contains(u"kept.csv."_s),
                 qPrintable(files.join(u' '))); // no temporary left
    }

    void anXlsxExportIsAllOrNothingToo()
    {
        const QString path = m_dir.filePath(u"kept.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.close();
        CsvExportJob cancelled(*m_store, allRows(), {NumberColumn::TelephoneNumber, NumberColumn::Sbcs},
                               CsvOptions{}, path);
        cancelled.setXlsx(XlsxOptions{});
        const QString error = run(cancelled, true);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\n"));
        old.close();
        QCOMPARE(QDir(m_dir.path()).entryList({u"kept.xlsx.*"_s}, QDir::Files | QDir::Hidden), QStringList());

        CsvExportJob written(*m_store, {1, 0}, {NumberColumn::TelephoneNumber}, CsvOptions{}, path);
        written.setXlsx(XlsxOptions{});
        QCOMPARE(run(written), QString());
        QCOMPARE(written.rowsWritten(), std::size_t(2));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().startsWith("PK\x03\x04")); // a zip: the workbook replaced the old file
    }

    void anUnwritablePlaceIsNamed()
    {
        const QString path = m_dir.filePath(u"missing-folder/out.csv"_s);
        CsvExportJob job(*m_store, {0}, {NumberColumn::TelephoneNumber}, CsvOptions{}, path);
        const QString error = run(job);
        QVERIFY2(error.startsWith(u"Cannot write "_s) && error.contains(u"missing-folder"_s),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvExportJob)
#include "tst_csvexportjob.moc"
