#pragma once

#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/numbergenerator.h"

#include <memory>

// A store of count generated v2 numbers (see NumberGenerator); a parse failure ends the test run.
inline std::shared_ptr<NumberStore> generatedStore(std::uint64_t count, std::uint64_t seed = 1)
{
    NumberGenerator::Options options;
    options.seed = seed;
    options.firstIndex = seed * 1000000;
    auto store = std::make_shared<NumberStore>();
    const ParseResult result = NumberParser::parse(NumberGenerator(options).v2Array(count), *store);
    if (!result.ok())
        qFatal("generated numbers do not parse: %s", qPrintable(result.error));
    return store;
}
