#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A one-sheet .xlsx workbook written by libxlsxwriter in constant-memory mode: rows go to disk as they
// are written (in order), so memory stays flat however many rows there are. Everything, the workbook
// and libxlsxwriter's own temporary files, lives in a private temporary folder that goes away with the
// object; finish() copies the finished workbook to a device (a QSaveFile, or standard output).
// Text is only ever written as string cells, never as formulas.
class XlsxWorkbook final {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

public:
    struct Column {
        std::string header;
        double width = 10;
        bool dateTime = false; // the column's cells default to the date-time format
    };

    // tempParent: where the private temporary folder goes (empty: QDir::tempPath()).
    explicit XlsxWorkbook(const QString &tempParent = {});
    ~XlsxWorkbook();

    // Creates the workbook with its one sheet; document title, the tool's name and version.
    // Returns an error message, or an empty string.
    QString open(const QString &sheetName, const QString &title);
    // Column widths and, unless withHeader is false, the header row: bold, frozen, with an autofilter
    // down to lastRow (0-based, the header is row 0).
    void setColumns(const std::vector<Column> &columns, bool withHeader, std::uint32_t lastRow);

    void writeText(std::uint32_t row, std::uint16_t column, std::string_view text);
    void writeNumber(std::uint32_t row, std::uint16_t column, double value);
    // seconds since 1970-01-01T00:00:00Z, shown as yyyy-mm-dd hh:mm:ss (UTC).
    void writeDateTime(std::uint32_t row, std::uint16_t column, double unixSeconds);

    // Closes the workbook and copies it to device. Returns an error message, or an empty string.
    QString finish(QIODevice &device);

    // Whether an integer survives as a spreadsheet number (a double) without losing digits.
    static bool fitsNumber(std::int64_t value);
    // Whether an instant can be a date-time cell (Excel's dates start in 1900).
    static bool fitsDateTime(double unixSeconds);
    // The width, in characters, a column needs for text (UTF-8 code points, capped).
    static double textWidth(std::string_view text);

private:
    QString errorText(int error) const;

    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_dateTime = nullptr;
    std::string m_cell;
    int m_firstError = 0;
};
