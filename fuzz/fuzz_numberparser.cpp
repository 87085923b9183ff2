// Feeds arbitrary bytes to the parser and checks what it promises: no crash, a rejected input adds
// nothing, and every accepted record's raw JSON parses again to the same record.
#include "core/export/csvwriter.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <cstdlib>
#include <numeric>
#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    NumberStore store;
    const ParseResult result = NumberParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), store);
    if (!result.ok()) {
        if (store.size() != 0 || result.error.isEmpty())
            std::abort();
        return 0;
    }
    if (result.recordCount != store.size())
        std::abort();
    for (std::size_t row = 0; row < store.size(); ++row) {
        const std::string raw = store.rawJson(row);
        const std::string list = "[" + raw + "]";
        NumberStore again;
        const ParseResult reparsed =
            NumberParser::parse(QByteArrayView(list.data(), qsizetype(list.size())), again);
        // A record with a "data" key reads as a list of pages when it stands first in a list.
        if (reparsed.shape == ParseResult::Shape::PageArray)
            continue;
        if (!reparsed.ok() || again.size() != 1 || again.rawJson(0) != raw)
            std::abort();
    }
    std::vector<std::uint32_t> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    std::vector<NumberColumn> columns;
    for (int c = 0; c < NumberColumnCount; ++c)
        columns.push_back(static_cast<NumberColumn>(c));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!CsvWriter::write(buffer, store, rows, columns, CsvOptions{}).isEmpty())
        std::abort();
    return 0;
}
