#include "csvwriter.h"

#include "core/numberstore.h"
#include "csvquoting.h"
#include "formulaguard.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <QIODevice>
#include <thread>

namespace {

constexpr std::size_t FlushSize = 1 << 20;
constexpr std::size_t ProgressEvery = 4096;
// Below this many rows one thread is faster than two.
constexpr std::size_t ParallelThreshold = 20000;
constexpr std::size_t BlockRows = 8192;

bool needsWork(std::string_view cell, bool excelSafe)
{
    if (excelSafe && needsFormulaGuard(cell))
        return true;
    return needsCsvQuotes(cell);
}

void appendRow(std::string &out, std::string &cell, const NumberStore &store, std::uint32_t row,
               std::span<const NumberColumn> columns, const CsvOptions &options)
{
    bool first = true;
    for (const NumberColumn column : columns) {
        if (!first)
            out.push_back(',');
        first = false;
        // Most cells need neither quotes nor a guard: write them in place, redo the few that do.
        const std::size_t start = out.size();
        NumberColumns::appendText(store, row, column, out, options.listSeparator);
        if (needsWork(std::string_view(out).substr(start), options.excelSafe)) {
            cell.assign(out, start);
            out.resize(start);
            CsvWriter::appendCell(out, cell, options.excelSafe);
        }
    }
    out += "\r\n";
}

} // namespace

void CsvWriter::appendCell(std::string &out, std::string_view cell, bool excelSafe)
{
    const bool guard = excelSafe && needsFormulaGuard(cell);
    if (!needsCsvQuotes(cell)) {
        if (guard)
            out.push_back('\'');
        out += cell;
        return;
    }
    out.push_back('"');
    if (guard)
        out.push_back('\'');
    for (const char c : cell) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

QString CsvWriter::write(QIODevice &device, const NumberStore &store, std::span<const std::uint32_t> rows,
                         std::span<const NumberColumn> columns, const CsvOptions &options,
                         const Progress &progress)
{
    std::string buffer;
    buffer.reserve(FlushSize + 64 * 1024);
    const auto writeOut = [&](std::string_view bytes) -> QString {
        while (!bytes.empty()) {
            const qint64 written = device.write(bytes.data(), static_cast<qint64>(bytes.size()));
            if (written <= 0)
                return tr("could not write: %1").arg(device.errorString());
            bytes.remove_prefix(static_cast<std::size_t>(written));
        }
        return {};
    };

    if (options.byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    if (options.header != CsvOptions::Header::None) {
        bool first = true;
        for (const NumberColumn column : columns) {
            if (!first)
                buffer.push_back(',');
            first = false;
            if (options.header == CsvOptions::Header::Keys)
                appendCell(buffer, NumberColumns::key(column), options.excelSafe);
            else
                appendCell(buffer, NumberColumns::title(column).toStdString(), options.excelSafe);
        }
        buffer += "\r\n";
    }

    std::string cell;
    if (rows.size() < ParallelThreshold) {
        std::size_t done = 0;
        for (const std::uint32_t row : rows) {
            appendRow(buffer, cell, store, row, columns, options);
            if (buffer.size() >= FlushSize) {
                if (QString error = writeOut(buffer); !error.isEmpty())
                    return error;
                buffer.clear();
            }
            if (++done % ProgressEvery == 0 && progress && !progress(done))
                return tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size());
        }
        if (QString error = writeOut(buffer); !error.isEmpty())
            return error;
        if (progress)
            progress(done);
        return {};
    }

    // Many rows: blocks of rows are formatted alternately by this thread (even blocks) and a second one
    // (odd blocks). Each thread writes its own block once the block before it is written, so both share the
    // writing too. One reused buffer a side keeps memory flat however many rows.
    const std::size_t blocks = (rows.size() + BlockRows - 1) / BlockRows;
    const auto blockRows = [&](std::size_t block) {
        return rows.subspan(block * BlockRows, std::min(BlockRows, rows.size() - block * BlockRows));
    };
    std::mutex mutex;
    std::condition_variable turn;
    std::size_t writtenBlocks = 0;
    std::size_t writtenRows = 0;
    bool stop = false;
    QString failure;
    // Waits for block's turn and writes bytes; false once either side failed or the export was cancelled.
    const auto writeInTurn = [&](std::size_t block, std::string_view bytes) {
        std::unique_lock lock(mutex);
        turn.wait(lock, [&] { return writtenBlocks == block || stop; });
        if (stop)
            return false;
        if (QString error = writeOut(bytes); !error.isEmpty()) {
            failure = error;
            stop = true;
        } else {
            ++writtenBlocks;
            writtenRows += blockRows(block).size();
        }
        turn.notify_all();
        return !stop;
    };
    const auto formatAndWrite = [&](std::size_t firstBlock, std::string &out, std::string &cellBuffer) {
        for (std::size_t block = firstBlock; block < blocks; block += 2) {
            out.clear();
            for (const std::uint32_t row : blockRows(block))
                appendRow(out, cellBuffer, store, row, columns, options);
            if (!writeInTurn(block, out))
                return;
            if (firstBlock == 0 && progress) {
                std::unique_lock lock(mutex);
                const std::size_t done = writtenRows;
                lock.unlock();
                if (!progress(done)) {
                    lock.lock();
                    failure = tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size());
                    stop = true;
                    turn.notify_all();
                    return;
                }
            }
        }
    };
    if (QString error = writeOut(buffer); !error.isEmpty()) // the header
        return error;
    std::thread worker([&] {
        std::string local, workerCell;
        formatAndWrite(1, local, workerCell);
    });
    formatAndWrite(0, buffer, cell);
    worker.join();
    if (failure.isEmpty() && progress)
        progress(rows.size());
    return failure;
}
