#include "xlsxwriter.h"

#include "core/numberstore.h"
#include "xlsxsheetname.h"
#include "xlsxworkbook.h"

#include <QLocale>

namespace {

constexpr std::size_t ProgressEvery = 4096;
constexpr std::size_t WidthSampleRows = 1000;
constexpr double DateTimeWidth = 20; // "yyyy-mm-dd hh:mm:ss"
constexpr double HeaderPadding = 3;  // room for the autofilter button

bool typedDateTime(NumberColumn column, const XlsxOptions &options)
{
    return !options.datesAsText && NumberColumns::kind(column) == ColumnKind::DateTime;
}

std::vector<XlsxWorkbook::Column> layOut(const NumberStore &store, std::span<const std::uint32_t> rows,
                                         std::span<const NumberColumn> columns, const XlsxOptions &options)
{
    std::vector<XlsxWorkbook::Column> result;
    std::string text;
    for (const NumberColumn column : columns) {
        XlsxWorkbook::Column out;
        if (options.header == CsvOptions::Header::Keys)
            out.header = NumberColumns::key(column);
        else
            out.header = NumberColumns::title(column).toStdString();
        out.dateTime = typedDateTime(column, options);
        out.width = options.header == CsvOptions::Header::None
                        ? 0
                        : XlsxWorkbook::textWidth(out.header) + HeaderPadding;
        if (out.dateTime) {
            out.width = std::max(out.width, DateTimeWidth);
        } else {
            // Evenly spaced rows: enough to size the column, cheap however many rows there are.
            const std::size_t step = std::max<std::size_t>(1, rows.size() / WidthSampleRows);
            for (std::size_t i = 0; i < rows.size(); i += step) {
                text.clear();
                NumberColumns::appendText(store, rows[i], column, text, options.listSeparator);
                out.width = std::max(out.width, XlsxWorkbook::textWidth(text));
            }
        }
        result.push_back(std::move(out));
    }
    return result;
}

void writeCell(XlsxWorkbook &book, std::uint32_t sheetRow, std::uint16_t sheetColumn,
               const NumberStore &store, std::uint32_t row, NumberColumn column, const XlsxOptions &options,
               std::string &text)
{
    const NumberRecord &record = store.record(row);
    switch (NumberColumns::kind(column)) {
    case ColumnKind::DateTime: {
        const Timestamp &ts = record.*NumberColumns::timestampMember(column);
        if (ts.isNull())
            return;
        const double seconds = static_cast<double>(ts.value()) / Timestamp::TicksPerSecond;
        if (!options.datesAsText && ts.isValid() && XlsxWorkbook::fitsDateTime(seconds)) {
            book.writeDateTime(sheetRow, sheetColumn, seconds);
            return;
        }
        break;
    }
    case ColumnKind::Integer: {
        const FlexibleId &id = record.*NumberColumns::idMember(column);
        if (id.isNull())
            return;
        if (id.kind == FlexibleId::Kind::Integer && XlsxWorkbook::fitsNumber(id.value())) {
            book.writeNumber(sheetRow, sheetColumn, static_cast<double>(id.value()));
            return;
        }
        break;
    }
    default:
        break;
    }
    text.clear();
    NumberColumns::appendText(store, row, column, text, options.listSeparator);
    book.writeText(sheetRow, sheetColumn, text);
}

} // namespace

QString XlsxWriter::write(QIODevice &device, const NumberStore &store, std::span<const std::uint32_t> rows,
                          std::span<const NumberColumn> columns, const XlsxOptions &options,
                          const Progress &progress)
{
    if (rows.size() > MaxRows)
        return tr("a sheet holds at most %1 rows, and there are %2: filter them, or export CSV")
            .arg(QLocale().toString(qulonglong(MaxRows)), QLocale().toString(qulonglong(rows.size())));
    XlsxWorkbook book(options.tempFolder);
    const QString sheetName = options.sheetName.isEmpty() ? XlsxSheetName::forRows(store, rows)
                                                          : XlsxSheetName::sanitize(options.sheetName);
    if (QString error = book.open(sheetName, tr("Telephone numbers: %1").arg(sheetName)); !error.isEmpty())
        return error;
    const bool withHeader = options.header != CsvOptions::Header::None;
    const std::uint32_t firstRow = withHeader ? 1 : 0;
    book.setColumns(layOut(store, rows, columns, options), withHeader,
                    static_cast<std::uint32_t>(rows.size()) + firstRow - 1);

    std::string text;
    std::size_t done = 0;
    for (const std::uint32_t row : rows) {
        const auto sheetRow = static_cast<std::uint32_t>(done + firstRow);
        for (std::size_t c = 0; c < columns.size(); ++c)
            writeCell(book, sheetRow, static_cast<std::uint16_t>(c), store, row, columns[c], options, text);
        if (++done % ProgressEvery == 0 && progress && !progress(done))
            return tr("cancelled after %1 of %2 rows").arg(done).arg(rows.size());
    }
    if (QString error = book.finish(device); !error.isEmpty())
        return error;
    if (progress)
        progress(done);
    return {};
}
