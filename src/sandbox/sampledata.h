#pragma once

#include "core/parseresult.h"

#include <memory>

class NumberStore;

// What the application shows before it is connected to a server: the vendor's two published example
// records followed by a generated tenant.
class SampleData final {
public:
    static constexpr std::size_t DefaultGeneratedCount = 5000;

    static std::unique_ptr<NumberStore> load(std::size_t generatedCount = DefaultGeneratedCount,
                                             ParseResult *vendorResult = nullptr);
};
