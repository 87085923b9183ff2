#pragma once

#include "jsonarrayscanner.h"
#include "numberrecordreader.h"

#include <optional>
#include <QString>
#include <simdjson.h>
#include <span>

class TextPosition;

// Reads the elements of a v2 array (found by JsonArrayScanner) into a store, each parsed on its own by a
// small DOM parser that stays in cache. Shared by the whole-body parse and the streaming one, so both
// accept, warn and fail alike.
class ArrayElementReader final {
public:
    ArrayElementReader(NumberStore &store, ParseResult &result);

    // text has at least simdjson's padding readable after size bytes. Returns the JSON error, if any.
    simdjson::error_code read(const char *text, std::size_t size, std::size_t index);

    // Whether the element is a v3 page object (then the input is a saved list of pages, not a v2 array).
    bool isPage(const char *text, std::size_t size);

    struct Failure {
        std::size_t position = 0; // in elements
        simdjson::error_code code = simdjson::SUCCESS;
    };
    // Reads elements (offsets from baseOffset, the offset of base) into store as list entries firstIndex,
    // firstIndex + 1, ...; with many, the second half on another thread, appended after. On a JSON error
    // returns the first failing element in list order, and the store is as it was.
    static std::optional<Failure> readElements(const char *base, std::uint64_t baseOffset,
                                               std::span<const JsonArrayScanner::Element> elements,
                                               std::size_t firstIndex, NumberStore &store,
                                               ParseResult &result);
    // The same on this thread only; on a JSON error, what was read before the failing element stays.
    static std::optional<Failure> readInOrder(const char *base, std::uint64_t baseOffset,
                                              std::span<const JsonArrayScanner::Element> elements,
                                              std::size_t firstIndex, NumberStore &store,
                                              ParseResult &result);
    // Appends what a second reader read (the list entries after those in store) to store and result.
    static void appendPart(NumberStore &store, ParseResult &result, const NumberStore &part,
                           ParseResult &partResult);

    // "the input is not valid JSON (...) at line L, column C (byte B): ..." for an element that failed.
    // positionBase is where position stands; element lies after it, at absolute offset elementOffset.
    static QString elementError(simdjson::error_code code, const char *element, std::size_t size,
                                std::uint64_t elementOffset, const TextPosition &position,
                                const char *positionBase);
    // The same for what the scanner found between elements; offset lies inside positionBase's text.
    static QString scannerError(const JsonArrayScanner &scanner, const TextPosition &position,
                                const char *positionBase, std::uint64_t positionBaseOffset);

private:
    simdjson::dom::parser m_parser;
    NumberRecordReader m_reader;
    const QString m_prefix;
};
