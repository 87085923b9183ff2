#pragma once

#include "jsonarrayscanner.h"
#include "parseresult.h"
#include "textposition.h"

#include <exception>
#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <vector>

class NumberStore;

// Parses a response while its bytes arrive. A v2 array (the usual large body) is read element by element
// as each one completes, into batches of numbers, and only the element still arriving is held: the body is
// never whole in memory. Anything else (a v3 page, a saved list of pages, a single number) is small or
// saved, and is gathered and parsed whole at the end by NumberParser. Either way the outcome (records,
// warnings, errors) is the same as NumberParser::parse of the whole body, whatever the pieces' sizes.
// One thread at a time.
class NumberStreamParser final {
public:
    NumberStreamParser();
    ~NumberStreamParser();
    NumberStreamParser(const NumberStreamParser &) = delete;
    NumberStreamParser &operator=(const NumberStreamParser &) = delete;

    // The next piece of the body. False once the body is known to be bad: result().error says why.
    bool feed(QByteArrayView piece);
    // The same for a reader that writes straight into the parser's buffer: room for size bytes, of which
    // feedWritten() takes the count written.
    char *writableSpace(std::size_t size);
    bool feedWritten(std::size_t size);
    // The body is complete. False if it is bad.
    bool finish();
    // After finish() failed: whether only because the body ended inside its array of numbers, which is also
    // what a transfer cut short looks like.
    bool endedInsideArray() const
    {
        return m_failed && !m_whole && m_scanner.problem() == JsonArrayScanner::Problem::Unfinished;
    }

    // The numbers parsed since the last call (possibly none), with their warnings in batchResult.
    std::shared_ptr<NumberStore> takeBatch(ParseResult *batchResult);

    // Shape, counts and the first warnings of everything so far; the error once failed.
    const ParseResult &result() const { return m_result; }
    // Bytes of the body taken so far.
    std::uint64_t bytesFed() const { return m_bufferOffset + m_used; }
    // Bytes held for elements not yet complete (or for a body gathered whole).
    std::size_t heldBytes() const { return m_used; }

private:
    void reserve(std::size_t size);
    bool readElements();
    bool fail(const QString &error);
    bool failTooLarge(const std::exception &e);
    void startBatch();

    JsonArrayScanner m_scanner;
    std::vector<JsonArrayScanner::Element> m_elements;
    // Bytes from m_bufferOffset on, with simdjson's padding after the m_used bytes.
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
    std::size_t m_used = 0;
    std::uint64_t m_bufferOffset = 0;
    TextPosition m_position; // at m_buffer
    bool m_whole = false;    // not a v2 array: gathered and parsed at the end
    bool m_firstChecked = false;
    bool m_failed = false;
    std::shared_ptr<NumberStore> m_batch;
    ParseResult m_batchResult;
    ParseResult m_result;
};
