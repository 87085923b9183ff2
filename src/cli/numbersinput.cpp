#include "numbersinput.h"

#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"
#include "core/terminaltext.h"
#include "inputfile.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// A file up to this size is mapped and parsed where it lies, on both cores (the fastest way); a larger one
// is read in blocks so memory stays bounded whatever its size.
constexpr qint64 MaxMappedSize = qint64(256) << 20;
// Large enough that each block's numbers are parsed on both cores, small enough to stay out of the way.
constexpr qint64 BlockSize = 32 << 20;
} // namespace

CliExitCode NumbersInput::read(const QString &path, NumberStore &store, ParseResult &result, QTextStream &err,
                               const QString &command)
{
    InputFile input;
    if (const QString error = input.open(path); !error.isEmpty()) {
        err << command << ": " << terminalSafe(error) << '\n';
        return CliExitCode::InputOutput;
    }
    std::size_t readablePastEnd = 0;
    if (const QByteArrayView mapped = input.map(MaxMappedSize, NumberParser::Padding, &readablePastEnd);
        !mapped.isEmpty()) {
        result = NumberParser::parse(mapped, store, readablePastEnd);
        if (!result.ok()) {
            err << command << ": " << displayName(path) << ": " << terminalSafe(result.error) << '\n';
            return CliExitCode::BadData;
        }
        return CliExitCode::Ok;
    }
    NumberStreamParser parser;
    bool ok = true;
    while (ok) {
        char *space = parser.writableSpace(std::size_t(BlockSize));
        if (!space) {
            ok = false;
            break;
        }
        const qint64 count = input.read(space, BlockSize);
        if (count < 0) {
            err << command << ": " << terminalSafe(input.error()) << '\n';
            return CliExitCode::InputOutput;
        }
        if (count == 0)
            break;
        ok = parser.feedWritten(std::size_t(count));
    }
    if (ok)
        ok = parser.finish();
    if (ok) {
        ParseResult batchResult;
        store.append(std::move(*parser.takeBatch(&batchResult)));
    }
    result = parser.result();
    if (!ok) {
        err << command << ": " << displayName(path) << ": " << terminalSafe(result.error) << '\n';
        return CliExitCode::BadData;
    }
    return CliExitCode::Ok;
}

QString NumbersInput::displayName(const QString &path)
{
    return path == u"-"_s ? tr("standard input") : terminalSafe(path);
}
