// Feeds arbitrary bytes to the parser and checks what it promises: no crash, a rejected input adds
// nothing, every accepted record's raw JSON parses again to the same record, and the streaming parser,
// fed the same bytes in pieces, gives the same records, warnings and error.
#include "core/export/csvwriter.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"

#include <cstdlib>
#include <numeric>
#include <QBuffer>

namespace {

void compareWithStreaming(QByteArrayView input, const ParseResult &whole, const NumberStore &wholeStore)
{
    NumberStreamParser parser;
    NumberStore gathered;
    // Piece sizes from the input's own bytes, so the fuzzer explores them too.
    bool ok = true;
    for (qsizetype at = 0, step = 0; ok && at < input.size(); ++step) {
        const qsizetype size = std::min<qsizetype>(
            1 + (static_cast<unsigned char>(input[step % input.size()]) % 97), input.size() - at);
        ok = parser.feed(input.sliced(at, size));
        at += size;
        if (ok && step % 3 == 0) {
            ParseResult part;
            gathered.append(*parser.takeBatch(&part));
        }
    }
    if (ok)
        ok = parser.finish();
    if (ok) {
        ParseResult part;
        gathered.append(*parser.takeBatch(&part));
    }
    const ParseResult &streamed = parser.result();
    if (ok != whole.ok() || streamed.error != whole.error)
        std::abort();
    if (!ok)
        return;
    if (streamed.recordCount != whole.recordCount || streamed.issueCount != whole.issueCount ||
        streamed.issues.size() != whole.issues.size() || gathered.size() != wholeStore.size())
        std::abort();
    for (std::size_t i = 0; i < streamed.issues.size(); ++i) {
        if (streamed.issues[i].toString() != whole.issues[i].toString())
            std::abort();
    }
    for (std::size_t row = 0; row < gathered.size(); ++row) {
        if (gathered.rawJson(row) != wholeStore.rawJson(row))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    NumberStore store;
    const ParseResult result = NumberParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), store);
    compareWithStreaming(QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
                         result, store);
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
