#include "snapshotfile.h"

#include "core/export/numberjsonwriter.h"
#include "core/export/writebacksavefile.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"
#include "zstdcompressingdevice.h"

#include <functional>
#include <numeric>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView Magic = "OCNUMBERS-SNAPSHOT ";
// The version line is short; the metadata line holds a few names (a connection name of any length is
// still far below this).
constexpr qint64 MaxVersionLine = 32;
constexpr qint64 MaxMetadataLine = 1 << 20;
constexpr qint64 ReadBlock = 1 << 20;
constexpr std::size_t OutputBlock = 4 << 20;

QString located(const QString &path, const QString &message)
{
    return QDir::toNativeSeparators(path) + u": "_s + message;
}

QByteArray metadataLine(const SnapshotInfo &info, std::uint64_t recordCount)
{
    const QJsonObject object{
        {u"connectionName"_s, info.connectionName},
        {u"host"_s, info.host},
        {u"tenantId"_s, info.tenantId},
        {u"customerName"_s, info.customerName},
        {u"apiVersion"_s, info.apiVersion},
        {u"savedAt"_s, (info.savedAt.isValid() ? info.savedAt : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(Qt::ISODateWithMs)},
        {u"recordCount"_s, double(recordCount)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SnapshotInfo> infoFromMetadata(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    for (const QString &key :
         {u"connectionName"_s, u"host"_s, u"tenantId"_s, u"customerName"_s, u"apiVersion"_s, u"savedAt"_s}) {
        if (!object.value(key).isString())
            return std::nullopt;
    }
    const QJsonValue count = object.value(u"recordCount"_s);
    if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() != double(qint64(count.toDouble())))
        return std::nullopt;
    SnapshotInfo info;
    info.connectionName = object.value(u"connectionName"_s).toString();
    info.host = object.value(u"host"_s).toString();
    info.tenantId = object.value(u"tenantId"_s).toString();
    info.customerName = object.value(u"customerName"_s).toString();
    info.apiVersion = object.value(u"apiVersion"_s).toString();
    info.savedAt = QDateTime::fromString(object.value(u"savedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    info.recordCount = std::uint64_t(count.toDouble());
    if (!info.savedAt.isValid())
        return std::nullopt;
    return info;
}

// Opens path and reads the header, leaving the file at the compressed data. Returns the error, or empty.
QString openSnapshot(const QString &path, QFile &file, SnapshotInfo &info)
{
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return located(path, SnapshotFile::tr("cannot open the snapshot: %1").arg(file.errorString()));
    const QByteArray versionLine = file.readLine(MaxVersionLine);
    if (!SnapshotFile::looksLikeSnapshot(versionLine))
        return located(path, SnapshotFile::tr("not an OC Numbers snapshot"));
    if (!versionLine.endsWith('\n'))
        return located(path, SnapshotFile::tr("the snapshot is truncated (its header ends early)"));
    bool numeric = false;
    const int version = versionLine.sliced(Magic.size()).trimmed().toInt(&numeric);
    if (!numeric || version < 1)
        return located(path, SnapshotFile::tr("the snapshot's header is damaged (no format version)"));
    if (version > SnapshotFile::FormatVersion) {
        return located(path, SnapshotFile::tr("the snapshot was written by a newer version of OC Numbers "
                                              "(format %1; this version reads format %2): update OC "
                                              "Numbers to open it")
                                 .arg(version)
                                 .arg(SnapshotFile::FormatVersion));
    }
    const QByteArray metadata = file.readLine(MaxMetadataLine);
    if (!metadata.endsWith('\n')) {
        return located(path, file.atEnd()
                                 ? SnapshotFile::tr("the snapshot is truncated (its header ends early)")
                                 : SnapshotFile::tr("the snapshot's header is damaged (too long)"));
    }
    const std::optional<SnapshotInfo> read = infoFromMetadata(metadata);
    if (!read)
        return located(path,
                       SnapshotFile::tr("the snapshot's header is damaged (its description is not valid)"));
    info = *read;
    info.path = path;
    info.fileSize = file.size();
    return {};
}

// Decompresses the rest of file a block at a time into the sink: space(size) gives room for size bytes,
// written(count) takes the count written there and returns an error or empty. Once the sink fails, the rest
// is still decompressed (and dropped) to check it: damaged or missing data is the cause to report then.
QString decompress(QFile &file, const QString &path, const std::function<char *(std::size_t)> &space,
                   const std::function<QString(std::size_t)> &written)
{
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    QByteArray block(ReadBlock, Qt::Uninitialized);
    QByteArray scratch;
    QString sinkError;
    std::size_t lastResult = 1; // 0 once a frame is complete
    bool sawData = false;
    for (;;) {
        const qint64 count = file.read(block.data(), block.size());
        if (count < 0)
            return located(path, SnapshotFile::tr("cannot read the snapshot: %1").arg(file.errorString()));
        if (count == 0)
            break;
        sawData = true;
        ZSTD_inBuffer input{block.constData(), std::size_t(count), 0};
        for (;;) {
            char *room = nullptr;
            if (sinkError.isEmpty()) {
                room = space(OutputBlock);
                if (!room) {
                    sinkError = written(0);
                    if (sinkError.isEmpty())
                        sinkError = located(path, SnapshotFile::tr("not enough memory to read the snapshot"));
                }
            }
            if (!room) {
                if (scratch.isEmpty())
                    scratch.resize(qsizetype(OutputBlock));
                room = scratch.data();
            }
            ZSTD_outBuffer output{room, OutputBlock, 0};
            lastResult = ZSTD_decompressStream(context.get(), &output, &input);
            if (ZSTD_isError(lastResult)) {
                return located(path, SnapshotFile::tr("the snapshot is damaged (its compressed data is not "
                                                      "valid: %1)")
                                         .arg(QString::fromLatin1(ZSTD_getErrorName(lastResult))));
            }
            if (sinkError.isEmpty())
                sinkError = written(output.pos);
            if (input.pos == input.size && output.pos < output.size)
                break;
        }
    }
    if (!sawData || lastResult != 0)
        return located(path, SnapshotFile::tr("the snapshot is truncated (the compressed data ends early)"));
    return sinkError;
}

} // namespace

bool SnapshotFile::looksLikeSnapshot(QByteArrayView firstBytes)
{
    return firstBytes.startsWith(Magic);
}

QString SnapshotFile::write(const QString &path, const NumberStore &store, const SnapshotInfo &info)
{
    WritebackSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        return located(path, tr("cannot write the snapshot: %1").arg(reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray header =
        Magic.toByteArray() + QByteArray::number(FormatVersion) + '\n' + metadataLine(info, store.size());
    if (file.write(header) != header.size())
        return failed(file.errorString());
    std::vector<std::uint32_t> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    ZstdCompressingDevice compressor(file, CompressionLevel);
    if (const QString error = NumberJsonWriter::write(compressor, store, rows); !error.isEmpty())
        return failed(error);
    if (!compressor.finish())
        return failed(compressor.errorString());
    if (!file.commit())
        return located(path, tr("cannot write the snapshot: %1").arg(file.errorString()));
    return {};
}

std::optional<SnapshotInfo> SnapshotFile::readInfo(const QString &path, QString *error)
{
    QFile file;
    SnapshotInfo info;
    const QString failure = openSnapshot(path, file, info);
    if (error)
        *error = failure;
    if (!failure.isEmpty())
        return std::nullopt;
    return info;
}

QString SnapshotFile::readRecords(const QString &path, NumberStore &store, ParseResult &result,
                                  SnapshotInfo *info)
{
    QFile file;
    SnapshotInfo header;
    if (const QString error = openSnapshot(path, file, header); !error.isEmpty()) {
        result = {};
        result.error = error;
        return error;
    }
    NumberStreamParser parser;
    const auto fail = [&](const QString &error) {
        result = parser.result();
        result.recordCount = 0;
        result.error = error;
        return error;
    };
    const auto parseError = [&] { return located(path, parser.result().error); };
    const QString error = decompress(
        file, path,
        [&](std::size_t size) -> char * {
            try {
                return parser.writableSpace(size);
            } catch (const std::exception &) {
                return nullptr;
            }
        },
        [&](std::size_t count) {
            const bool ok = count == 0 ? parser.result().ok() : parser.feedWritten(count);
            return ok ? QString() : parseError();
        });
    if (!error.isEmpty())
        return fail(error);
    if (!parser.finish())
        return fail(parseError());
    ParseResult batchResult;
    std::shared_ptr<NumberStore> batch = parser.takeBatch(&batchResult);
    if (parser.result().recordCount != header.recordCount) {
        return fail(located(path, tr("the snapshot is damaged (it holds %1 numbers, its header says %2)")
                                      .arg(parser.result().recordCount)
                                      .arg(header.recordCount)));
    }
    store.append(std::move(*batch));
    result = parser.result();
    if (info)
        *info = header;
    return {};
}

QString SnapshotFile::extractJson(const QString &path, QIODevice &target)
{
    QFile file;
    SnapshotInfo header;
    if (const QString error = openSnapshot(path, file, header); !error.isEmpty())
        return error;
    QByteArray buffer(qsizetype(OutputBlock), Qt::Uninitialized);
    return decompress(
        file, path, [&](std::size_t) { return buffer.data(); },
        [&](std::size_t count) {
            if (target.write(buffer.constData(), qint64(count)) == qint64(count))
                return QString();
            return tr("cannot write: %1").arg(target.errorString());
        });
}
