#include "rowstext.h"

#include "core/export/formulaguard.h"
#include "numberstore.h"

#include <QJsonDocument>

namespace {

void appendClean(std::string &out, std::string_view text, RowsText::Cells cells)
{
    if (cells == RowsText::Cells::Guarded && needsFormulaGuard(text))
        out.push_back('\'');
    for (const char c : text)
        out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

} // namespace

QString RowsText::tsv(const NumberStore &store, std::span<const std::uint32_t> rows,
                      std::span<const NumberColumn> columns, Cells cells)
{
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            out.push_back('\t');
        appendClean(out, NumberColumns::title(columns[i]).toStdString(), cells);
    }
    out.push_back('\n');
    std::string cell;
    for (const std::uint32_t row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i)
                out.push_back('\t');
            cell.clear();
            NumberColumns::appendText(store, row, columns[i], cell, ", ");
            appendClean(out, cell, cells);
        }
        out.push_back('\n');
    }
    return QString::fromStdString(out);
}

QString RowsText::json(const NumberStore &store, std::uint32_t row)
{
    const std::string raw = store.rawJson(row);
    return QString::fromUtf8(
        QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))).toJson());
}
