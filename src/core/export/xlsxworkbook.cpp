#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double ExcelEpochOffsetDays = 25569; // 1970-01-01 as an Excel serial date (1900 date system)
constexpr double SecondsPerDay = 86400;
constexpr double MaxColumnWidth = 60;
constexpr std::size_t MaxCellBytes = 32767; // Excel's limit is 32,767 characters; bytes are never fewer
constexpr qint64 CopyChunk = 1 << 20;

QString tempFolderTemplate(const QString &parent)
{
    return QDir(parent.isEmpty() ? QDir::tempPath() : parent).filePath(u".ocnumbers-xlsx-XXXXXX"_s);
}

// Cuts text to at most max bytes without splitting a UTF-8 sequence.
std::string_view cutUtf8(std::string_view text, std::size_t max)
{
    if (text.size() <= max)
        return text;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &tempParent)
    : m_folder(tempFolderTemplate(tempParent))
{}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook)
        workbook_close(m_workbook); // frees it; the file it writes goes with the folder
}

QString XlsxWorkbook::open(const QString &sheetName, const QString &title)
{
    if (!m_folder.isValid())
        return tr("cannot create a temporary folder: %1").arg(m_folder.errorString());
    m_path = m_folder.filePath(u"export.xlsx"_s);
    const QByteArray path = QFile::encodeName(m_path);
    QByteArray tempDir = QFile::encodeName(m_folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tempDir.data();
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook)
        return tr("cannot create the workbook");

    QByteArray titleText = title.toUtf8();
    QByteArray comments = u"OC Numbers %1"_s.arg(QStringLiteral(OCNUMBERS_VERSION)).toUtf8();
    lxw_doc_properties properties{};
    properties.title = titleText.data();
    properties.comments = comments.data();
    workbook_set_properties(m_workbook, &properties);
    workbook_set_custom_property_string(m_workbook, "Generator", comments.constData());

    m_sheet = workbook_add_worksheet(m_workbook, sheetName.toUtf8().constData());
    if (!m_sheet)
        return tr("cannot name the sheet \"%1\"").arg(sheetName);
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    return {};
}

void XlsxWorkbook::setColumns(const std::vector<Column> &columns, bool withHeader, std::uint32_t lastRow)
{
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(m_sheet, column, column, columns[c].width,
                             columns[c].dateTime ? m_dateTime : nullptr);
    }
    if (!withHeader || columns.empty())
        return;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        m_cell.assign(cutUtf8(columns[c].header, MaxCellBytes));
        worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), m_cell.c_str(), m_bold);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    worksheet_autofilter(m_sheet, 0, 0, lastRow, static_cast<lxw_col_t>(columns.size() - 1));
}

void XlsxWorkbook::writeText(std::uint32_t row, std::uint16_t column, std::string_view text)
{
    if (text.empty())
        return;
    m_cell.assign(cutUtf8(text, MaxCellBytes));
    const lxw_error error = worksheet_write_string(m_sheet, row, column, m_cell.c_str(), nullptr);
    if (error != LXW_NO_ERROR && m_firstError == 0)
        m_firstError = error;
}

void XlsxWorkbook::writeNumber(std::uint32_t row, std::uint16_t column, double value)
{
    worksheet_write_number(m_sheet, row, column, value, nullptr);
}

void XlsxWorkbook::writeDateTime(std::uint32_t row, std::uint16_t column, double unixSeconds)
{
    worksheet_write_number(m_sheet, row, column, unixSeconds / SecondsPerDay + ExcelEpochOffsetDays,
                           m_dateTime);
}

QString XlsxWorkbook::finish(QIODevice &device)
{
    if (!m_workbook)
        return tr("the workbook was not created");
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return errorText(error);
    if (m_firstError != 0)
        return errorText(m_firstError);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the workbook back: %1").arg(file.errorString());
    QByteArray chunk;
    while (!(chunk = file.read(CopyChunk)).isEmpty()) {
        const char *data = chunk.constData();
        qint64 left = chunk.size();
        while (left > 0) {
            const qint64 written = device.write(data, left);
            if (written <= 0)
                return tr("could not write: %1").arg(device.errorString());
            data += written;
            left -= written;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return tr("cannot read the workbook back: %1").arg(file.errorString());
    return {};
}

bool XlsxWorkbook::fitsNumber(std::int64_t value)
{
    constexpr std::int64_t Exact = std::int64_t{1} << 53;
    return value > -Exact && value < Exact;
}

bool XlsxWorkbook::fitsDateTime(double unixSeconds)
{
    // 1900-03-01: before it Excel's serial dates count a day that did not exist. 9999-12-31 is the last.
    return unixSeconds >= -2203891200.0 && unixSeconds < 253402300800.0;
}

double XlsxWorkbook::textWidth(std::string_view text)
{
    std::size_t codePoints = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++codePoints;
    }
    return std::min(MaxColumnWidth, static_cast<double>(codePoints) + 1);
}

QString XlsxWorkbook::errorText(int error) const
{
    return tr("cannot write the workbook: %1")
        .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error))));
}
