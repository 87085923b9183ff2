#include "numberdiffcsvwriter.h"

#include "csvwriter.h"

#include <QIODevice>
#include <string>

namespace {

constexpr std::size_t FlushSize = 1 << 20;

} // namespace

QString NumberDiffCsvWriter::write(QIODevice &device, std::span<const NumberChange> changes, bool excelSafe,
                                   bool byteOrderMark)
{
    std::string buffer;
    const auto flush = [&]() -> QString {
        std::string_view bytes = buffer;
        while (!bytes.empty()) {
            const qint64 written = device.write(bytes.data(), static_cast<qint64>(bytes.size()));
            if (written <= 0)
                return tr("could not write: %1").arg(device.errorString());
            bytes.remove_prefix(static_cast<std::size_t>(written));
        }
        buffer.clear();
        return {};
    };

    if (byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    buffer += "change,telephoneNumber,field,old,new\r\n";
    for (const NumberChange &change : changes) {
        buffer += NumberChange::kindName(change.kind);
        buffer.push_back(',');
        CsvWriter::appendCell(buffer, change.telephoneNumber, excelSafe);
        buffer.push_back(',');
        CsvWriter::appendCell(buffer, change.field, excelSafe);
        buffer.push_back(',');
        CsvWriter::appendCell(buffer, change.oldValue, excelSafe);
        buffer.push_back(',');
        CsvWriter::appendCell(buffer, change.newValue, excelSafe);
        buffer += "\r\n";
        if (buffer.size() >= FlushSize) {
            if (QString error = flush(); !error.isEmpty())
                return error;
        }
    }
    return flush();
}
