#pragma once

#include "numbercolumn.h"

#include <QString>
#include <span>

class NumberStore;

// Rows as text for the clipboard.
class RowsText final {
public:
    // Guarded: cells a spreadsheet would evaluate get the CSV export's leading apostrophe
    // (needsFormulaGuard); Raw: every value exactly as stored.
    enum class Cells { Guarded, Raw };

    // Tab-separated, a header line of column titles first, one line per row; tabs and line breaks inside
    // a value become spaces (spreadsheets paste this as cells).
    static QString tsv(const NumberStore &store, std::span<const std::uint32_t> rows,
                       std::span<const NumberColumn> columns, Cells cells = Cells::Guarded);
    // The record as the server sent it, indented.
    static QString json(const NumberStore &store, std::uint32_t row);
};
