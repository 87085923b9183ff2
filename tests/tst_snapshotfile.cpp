#include "core/numberstore.h"
#include "core/snapshots/snapshotfile.h"
#include "support/generatedstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace {

SnapshotInfo sampleInfo()
{
    SnapshotInfo info;
    info.connectionName = u"Production / EU ✓"_s;
    info.host = u"lp.example.net"_s;
    info.tenantId = u"5b7e2c1a-3f4d-4e8b-9a6c-1d2e3f4a5b6c"_s;
    info.customerName = u"Contoso \"Ltd\"\nEurope"_s;
    info.apiVersion = u"v2"_s;
    info.savedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    return info;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestSnapshotFile final : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryRecordAndTheInfo()
    {
        const QTemporaryDir dir;
        const auto store = generatedStore(3000);
        const QString path = dir.filePath(u"one.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(path, *store, sampleInfo()), QString());

        QVERIFY(SnapshotFile::looksLikeSnapshot(readAll(path).left(32)));
        QString error;
        const std::optional<SnapshotInfo> header = SnapshotFile::readInfo(path, &error);
        QVERIFY2(header, qPrintable(error));
        SnapshotInfo expected = sampleInfo();
        expected.recordCount = store->size();
        expected.path = path;
        expected.fileSize = QFileInfo(path).size();
        QCOMPARE(*header, expected);
        QCOMPARE(header->savedAt.timeSpec(), Qt::UTC);
        // Compressed: far smaller than the JSON it holds.
        QVERIFY(header->fileSize < qint64(store->size()) * 200);

        NumberStore read;
        ParseResult result;
        SnapshotInfo info;
        QCOMPARE(SnapshotFile::readRecords(path, read, result, &info), QString());
        QVERIFY(result.ok());
        QCOMPARE(result.shape, ParseResult::Shape::V2Array);
        QCOMPARE(result.recordCount, store->size());
        QCOMPARE(info, expected);
        QCOMPARE(read.size(), store->size());
        for (std::size_t row = 0; row < store->size(); ++row)
            QCOMPARE(read.rawJson(row), store->rawJson(row));
    }

    void theHeaderHoldsTheDescriptionAndNothingElse()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"one.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(path, *generatedStore(10), sampleInfo()), QString());
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.at(0), QByteArray("OCNUMBERS-SNAPSHOT 1"));
        const QJsonObject header = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(header.keys(), QStringList({u"apiVersion"_s, u"connectionName"_s, u"customerName"_s,
                                             u"host"_s, u"recordCount"_s, u"savedAt"_s, u"tenantId"_s}));
        QCOMPARE(header.value(u"savedAt"_s).toString(), u"2026-03-04T05:06:07.089Z"_s);
        QCOMPARE(header.value(u"recordCount"_s).toInt(), 10);
    }

    void anEmptyStoreRoundTrips()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(path, NumberStore(), sampleInfo()), QString());
        NumberStore read;
        ParseResult result;
        QCOMPARE(SnapshotFile::readRecords(path, read, result), QString());
        QCOMPARE(read.size(), std::size_t(0));
    }

    void extractedJsonParsesToTheSameRecords()
    {
        const QTemporaryDir dir;
        const auto store = generatedStore(500);
        const QString path = dir.filePath(u"one.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(path, *store, sampleInfo()), QString());
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QCOMPARE(SnapshotFile::extractJson(path, json), QString());
        NumberStore read;
        QVERIFY(NumberParser::parse(json.data(), read).ok());
        QCOMPARE(read.size(), store->size());
        for (std::size_t row = 0; row < store->size(); ++row)
            QCOMPARE(read.rawJson(row), store->rawJson(row));
    }

    void damagedFilesGiveSpecificErrorsAndNoNumbers_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one byte short")
            << u"truncate1"_s << u"the snapshot is truncated (the compressed data ends early)"_s;
        QTest::newRow("half") << u"half"_s << u"the snapshot is truncated (the compressed data ends early)"_s;
        QTest::newRow("header only") << u"headerOnly"_s
                                     << u"the snapshot is truncated (the compressed data ends early)"_s;
        QTest::newRow("cut in the header")
            << u"cutHeader"_s << u"the snapshot is truncated (its header ends early)"_s;
        QTest::newRow("corrupt data")
            << u"corrupt"_s << u"the snapshot is damaged (its compressed data is not valid"_s;
        QTest::newRow("wrong magic") << u"magic"_s << u"not an OC Numbers snapshot"_s;
        QTest::newRow("plain JSON") << u"json"_s << u"not an OC Numbers snapshot"_s;
        QTest::newRow("newer version")
            << u"newer"_s << u"the snapshot was written by a newer version of OC Numbers (format 2"_s;
        QTest::newRow("bad header") << u"badHeader"_s << u"the snapshot's header is damaged"_s;
        QTest::newRow("count differs")
            << u"count"_s << u"the snapshot is damaged (it holds 400 numbers, its header says 401)"_s;
        QTest::newRow("bad JSON") << u"badJson"_s << u"the input is not valid JSON"_s;
    }

    void damagedFilesGiveSpecificErrorsAndNoNumbers()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QTemporaryDir dir;
        const auto store = generatedStore(400);
        const QString path = dir.filePath(u"damaged.ocsnap"_s);
        QCOMPARE(SnapshotFile::write(path, *store, sampleInfo()), QString());
        QByteArray bytes = readAll(path);
        const qsizetype dataStart = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
        if (damage == u"truncate1")
            bytes.chop(1);
        else if (damage == u"half")
            bytes.truncate(dataStart + (bytes.size() - dataStart) / 2);
        else if (damage == u"headerOnly")
            bytes.truncate(dataStart);
        else if (damage == u"cutHeader")
            bytes.truncate(dataStart - 5);
        else if (damage == u"corrupt")
            bytes[dataStart + (bytes.size() - dataStart) / 2] =
                char(bytes[dataStart + (bytes.size() - dataStart) / 2] ^ 0x5a);
        else if (damage == u"magic")
            bytes[3] = 'X';
        else if (damage == u"json")
            bytes = "[]\n";
        else if (damage == u"newer")
            bytes.replace(0, bytes.indexOf('\n'), "OCNUMBERS-SNAPSHOT 2");
        else if (damage == u"badHeader")
            bytes.replace(bytes.indexOf('\n') + 1, 1, "[");
        else if (damage == u"count")
            bytes.replace("\"recordCount\":400", "\"recordCount\":401");
        else if (damage == u"badJson")
            bytes = bytes.left(dataStart) +
                    compressedList("[{\"telephoneNumber\":\"+4930111\"},{\"telephoneNumber\":[1,]}]");
        writeAll(path, bytes);

        NumberStore read;
        ParseResult result;
        const QString error = SnapshotFile::readRecords(path, read, result);
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(result.error, error);
        QCOMPARE(result.recordCount, std::size_t(0));
        QCOMPARE(read.size(), std::size_t(0));

        // The header alone is still readable when only the data is damaged.
        QString headerError;
        const bool headerReadable = SnapshotFile::readInfo(path, &headerError).has_value();
        QCOMPARE(headerReadable, headerError.isEmpty());
    }

    void aFailedWriteLeavesNoFile_data()
    {
        QTest::addColumn<QString>("target");
        // A folder that cannot be made (a file is in the way): the file cannot even be opened.
        QTest::newRow("open fails") << u"file/one.ocsnap"_s;
        // A folder where the file should be: everything is written, then putting it in place fails.
        QTest::newRow("commit fails") << u"folder"_s;
    }

    void aFailedWriteLeavesNoFile()
    {
        QFETCH(QString, target);
        const QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        const QString path = dir.filePath(target);
        const QString error = SnapshotFile::write(path, *generatedStore(50), sampleInfo());
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": cannot write the snapshot: "_s),
                 qPrintable(error));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList({u"file"_s, u"folder"_s}));
        QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
    }

private:
    static QByteArray compressedList(const QByteArray &json);
};

QByteArray TestSnapshotFile::compressedList(const QByteArray &json)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(json.size()))), Qt::Uninitialized);
    const std::size_t size =
        ZSTD_compress(out.data(), std::size_t(out.size()), json.constData(), std::size_t(json.size()), 3);
    out.truncate(qsizetype(size));
    return out;
}

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
