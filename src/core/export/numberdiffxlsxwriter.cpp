#include "numberdiffxlsxwriter.h"

#include "xlsxworkbook.h"
#include "xlsxwriter.h"

#include <array>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t WidthSampleRows = 1000;
constexpr double HeaderPadding = 3;

std::array<std::string_view, 5> cells(const NumberChange &change)
{
    return {NumberChange::kindName(change.kind), change.telephoneNumber, change.field, change.oldValue,
            change.newValue};
}

} // namespace

QString NumberDiffXlsxWriter::write(QIODevice &device, std::span<const NumberChange> changes,
                                    const QString &tempFolder)
{
    if (changes.size() > XlsxWriter::MaxRows)
        return tr("a sheet holds at most %1 rows, and there are %2 changes: write CSV instead")
            .arg(QLocale().toString(qulonglong(XlsxWriter::MaxRows)),
                 QLocale().toString(qulonglong(changes.size())));
    XlsxWorkbook book(tempFolder);
    if (QString error = book.open(u"Changes"_s, tr("Changes between two loads of numbers")); !error.isEmpty())
        return error;
    std::vector<XlsxWorkbook::Column> columns;
    for (const char *header : {"change", "telephoneNumber", "field", "old", "new"})
        columns.push_back({header, XlsxWorkbook::textWidth(header) + HeaderPadding, false});
    const std::size_t step = std::max<std::size_t>(1, changes.size() / WidthSampleRows);
    for (std::size_t i = 0; i < changes.size(); i += step) {
        const auto values = cells(changes[i]);
        for (std::size_t c = 0; c < values.size(); ++c)
            columns[c].width = std::max(columns[c].width, XlsxWorkbook::textWidth(values[c]));
    }
    book.setColumns(columns, true, static_cast<std::uint32_t>(changes.size()));

    std::uint32_t row = 1;
    for (const NumberChange &change : changes) {
        const auto values = cells(change);
        for (std::size_t c = 0; c < values.size(); ++c)
            book.writeText(row, static_cast<std::uint16_t>(c), values[c]);
        ++row;
    }
    return book.finish(device);
}
