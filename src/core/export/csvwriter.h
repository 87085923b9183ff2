#pragma once

#include "core/numbercolumn.h"

#include <functional>
#include <QCoreApplication>
#include <QString>
#include <span>

class NumberStore;
class QIODevice;

struct CsvOptions final {
    enum class Header { Titles, Keys, None };

    // Excel-safe: a cell that starts with = + - @ TAB or CR is written with a leading apostrophe (')
    // so a spreadsheet shows it as text instead of evaluating it; plain E.164 numbers are left as they
    // are (needsFormulaGuard, core/formulaguard.h).
    // Off (raw): every cell is written exactly as stored.
    bool excelSafe = true;
    bool byteOrderMark = false; // UTF-8 BOM, for Excel's CSV import
    Header header = Header::Titles;
    std::string listSeparator = ";"; // joins capabilities and SBCs inside one cell
};

// Writes numbers as RFC 4180 CSV (comma separated, CRLF line ends, fields quoted only when they contain
// a comma, quote, CR or LF) in UTF-8, straight from the store's UTF-8 text in 1 MiB writes.
class CsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Called every few thousand rows with the rows written so far; return false to stop.
    using Progress = std::function<bool(std::size_t rowsWritten)>;

    // Returns an empty string on success, else what went wrong (the device's error, or "cancelled").
    static QString write(QIODevice &device, const NumberStore &store, std::span<const std::uint32_t> rows,
                         std::span<const NumberColumn> columns, const CsvOptions &options,
                         const Progress &progress = {});

    // Appends one cell with the quoting and Excel-safe rules above.
    static void appendCell(std::string &out, std::string_view cell, bool excelSafe);
};
