#include "csvwriter.h"

#include "numberstore.h"

#include <cstring>
#include <QIODevice>

namespace {

constexpr std::size_t FlushSize = 1 << 20;
constexpr std::size_t ProgressEvery = 4096;

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
    const auto flush = [&]() -> QString {
        const char *data = buffer.data();
        qint64 left = static_cast<qint64>(buffer.size());
        while (left > 0) {
            const qint64 written = device.write(data, left);
            if (written <= 0)
                return tr("could not write: %1").arg(device.errorString());
            data += written;
            left -= written;
        }
        buffer.clear();
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
    std::size_t done = 0;
    for (const std::uint32_t row : rows) {
        bool first = true;
        for (const NumberColumn column : columns) {
            if (!first)
                buffer.push_back(',');
            first = false;
            // Most cells need neither quotes nor a guard: write them in place, redo the few that do.
            const std::size_t start = buffer.size();
            NumberColumns::appendText(store, row, column, buffer, options.listSeparator);
            if (needsWork(std::string_view(buffer).substr(start), options.excelSafe)) {
                cell.assign(buffer, start);
                buffer.resize(start);
                appendCell(buffer, cell, options.excelSafe);
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= FlushSize) {
            if (QString error = flush(); !error.isEmpty())
                return error;
        }
        if (++done % ProgressEvery == 0 && progress && !progress(done))
            return tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size());
    }
    if (QString error = flush(); !error.isEmpty())
        return error;
    if (progress)
        progress(done);
    return {};
}
