#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QCoreApplication>

class NumberStore;

// Reads Live Platform responses: a v2 array, a v3 page envelope, a single number object, and for saved
// files an array of v3 pages or several pages one after another. Tolerant as the API contract asks: ids as
// numbers or strings, statuses as codes or names, unknown keys kept for the raw view. Problems inside a
// record become warnings that name the record and field; input that is not a response is an error and
// adds nothing.
class NumberParser final {
    Q_DECLARE_TR_FUNCTIONS(NumberParser)

public:
    // Bytes the parser may read (never use) past the end of its input. Callers that can leave that many
    // readable bytes after the data say so with readablePastEnd and spare the parser a copy of the input.
    static constexpr std::size_t Padding = 64;

    static ParseResult parse(QByteArrayView json, NumberStore &into, std::size_t readablePastEnd = 0);
};
