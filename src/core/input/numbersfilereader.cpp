#include "numbersfilereader.h"

#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"
#include "core/snapshots/snapshotfile.h"
#include "core/snapshots/snapshotstore.h"
#include "inputfile.h"

namespace {
// A file up to this size is mapped and parsed where it lies, on both cores (the fastest way); a larger one
// is read in blocks so memory stays bounded whatever its size.
constexpr qint64 MaxMappedSize = qint64(256) << 20;
// Large enough that each block's numbers are parsed on both cores, small enough to stay out of the way.
constexpr qint64 BlockSize = 32 << 20;
} // namespace

QString NumbersFileReader::fileDialogFilter()
{
    return tr("Live Platform responses and snapshots (*.json *%1);;All files (*)")
        .arg(SnapshotStore::fileSuffix());
}

NumbersFileReader::Outcome NumbersFileReader::read(const QString &path, NumberStore &store,
                                                   ParseResult &result)
{
    m_error.clear();
    m_snapshot.reset();
    m_bytesRead = 0;
    InputFile input;
    if (const QString error = input.open(path); !error.isEmpty()) {
        m_error = error;
        return Outcome::Unreadable;
    }
    m_totalBytes = input.size();
    if (path != QLatin1String("-") && SnapshotFile::looksLikeSnapshot(input.peek(64))) {
        SnapshotInfo info;
        if (const QString error = SnapshotFile::readRecords(path, store, result, &info); !error.isEmpty()) {
            m_error = error;
            return Outcome::BadSnapshot;
        }
        m_bytesRead = m_totalBytes.load();
        m_snapshot = info;
        return Outcome::Read;
    }
    std::size_t readablePastEnd = 0;
    if (const QByteArrayView mapped = input.map(MaxMappedSize, NumberParser::Padding, &readablePastEnd);
        !mapped.isEmpty()) {
        result = NumberParser::parse(mapped, store, readablePastEnd);
        m_bytesRead = mapped.size();
        return result.ok() ? Outcome::Read : Outcome::BadData;
    }
    NumberStreamParser parser;
    bool ok = true;
    while (ok) {
        if (m_cancelled.load(std::memory_order_relaxed))
            return Outcome::Cancelled;
        char *space = parser.writableSpace(std::size_t(BlockSize));
        if (!space) {
            ok = false;
            break;
        }
        const qint64 count = input.read(space, BlockSize);
        if (count < 0) {
            m_error = input.error();
            return Outcome::Unreadable;
        }
        if (count == 0)
            break;
        m_bytesRead += count;
        ok = parser.feedWritten(std::size_t(count));
    }
    if (ok)
        ok = parser.finish();
    if (ok) {
        ParseResult batchResult;
        store.append(std::move(*parser.takeBatch(&batchResult)));
    }
    result = parser.result();
    return ok ? Outcome::Read : Outcome::BadData;
}
