#pragma once

#include "core/numbercolumn.h"
#include "csvwriter.h"

#include <functional>
#include <QCoreApplication>
#include <QString>
#include <span>

class NumberStore;
class QIODevice;

struct XlsxOptions final {
    CsvOptions::Header header = CsvOptions::Header::Titles;
    // Timestamps as the text the server sent instead of date-time cells.
    bool datesAsText = false;
    std::string listSeparator = ";"; // joins capabilities and SBCs inside one cell
    QString sheetName;               // empty: after the rows' customer or tenant (XlsxSheetName::forRows)
    QString tempFolder;              // where the temporary files go; empty: QDir::tempPath()
};

// Writes numbers as an .xlsx workbook with typed cells: numbers, ids, GUIDs and every other text as
// string cells (the + of an E.164 number kept, no scientific notation, never a formula); timestamps as
// date-time cells in UTC (or their text as sent, datesAsText); integer ids as numbers when a double holds
// them exactly; capability and SBC lists joined with listSeparator as CSV does. The header row is bold,
// frozen and has an autofilter; column widths come from a sample of the rows.
class XlsxWriter final {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // Called every few thousand rows with the rows written so far; return false to stop.
    using Progress = std::function<bool(std::size_t rowsWritten)>;

    // Rows a sheet holds after its header row.
    static constexpr std::size_t MaxRows = 1048575;

    // Returns an empty string on success, else what went wrong (the device's error, or "cancelled").
    static QString write(QIODevice &device, const NumberStore &store, std::span<const std::uint32_t> rows,
                         std::span<const NumberColumn> columns, const XlsxOptions &options,
                         const Progress &progress = {});
};
