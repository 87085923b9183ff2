#include "csvwriter.h"

#include "numberstore.h"

#include <atomic>
#include <cstring>
#include <QIODevice>
#include <thread>

namespace {

constexpr std::size_t FlushSize = 1 << 20;
constexpr std::size_t ProgressEvery = 4096;
// Below this many rows one thread is faster than two.
constexpr std::size_t ParallelThreshold = 20000;

bool isPlainE164(std::string_view cell)
{
    if (cell.size() < 2 || cell[0] != '+')
        return false;
    for (std::size_t i = 1; i < cell.size(); ++i) {
        if (cell[i] < '0' || cell[i] > '9')
            return false;
    }
    return true;
}

bool startsLikeFormula(std::string_view cell)
{
    if (cell.empty())
        return false;
    const char c = cell[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool needsWork(std::string_view cell, bool excelSafe)
{
    if (excelSafe && startsLikeFormula(cell) && !isPlainE164(cell))
        return true;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
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
    const bool guard = excelSafe && startsLikeFormula(cell) && !isPlainE164(cell);
    bool quote = false;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
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

    // Many rows: the second core formats the second half into memory while this thread formats and
    // writes the first; the second half is written after it, in order.
    const std::size_t split = rows.size() >= ParallelThreshold ? rows.size() / 2 : rows.size();
    std::string secondHalf;
    std::atomic<bool> stop = false;
    std::thread worker;
    if (split < rows.size()) {
        worker = std::thread([&] {
            std::string cell;
            const auto half = rows.subspan(split);
            for (std::size_t i = 0; i < half.size(); ++i) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                appendRow(secondHalf, cell, store, half[i], columns, options);
                if (i == 63) // grow once, from the size of the first rows, instead of doubling
                    secondHalf.reserve(secondHalf.size() / 64 * half.size() * 9 / 8);
            }
        });
    }
    const auto finish = [&](QString result) {
        stop = true;
        if (worker.joinable())
            worker.join();
        return result;
    };

    std::string cell;
    std::size_t done = 0;
    for (const std::uint32_t row : rows.first(split)) {
        appendRow(buffer, cell, store, row, columns, options);
        if (buffer.size() >= FlushSize) {
            if (QString error = writeOut(buffer); !error.isEmpty())
                return finish(error);
            buffer.clear();
        }
        if (++done % ProgressEvery == 0 && progress && !progress(done))
            return finish(tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size()));
    }
    if (QString error = writeOut(buffer); !error.isEmpty())
        return finish(error);
    if (worker.joinable())
        worker.join();
    std::string_view rest = secondHalf;
    while (!rest.empty()) {
        const std::size_t slice = std::min(rest.size(), FlushSize);
        if (QString error = writeOut(rest.substr(0, slice)); !error.isEmpty())
            return error;
        rest.remove_prefix(slice);
        // Progress in rows, estimated from the bytes of the second half written so far.
        done = split + (rows.size() - split) * (secondHalf.size() - rest.size()) / secondHalf.size();
        if (progress && !rest.empty() && !progress(done))
            return tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size());
    }
    if (progress)
        progress(rows.size());
    return {};
}
