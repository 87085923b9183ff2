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
    static ParseResult parse(QByteArrayView json, NumberStore &into);
};
