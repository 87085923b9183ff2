#pragma once

#include <memory>
#include <QString>

class NumberStore;

// One of the two loads a comparison reads: the numbers (kept alive while compared) and what to call them
// ("Contoso, 12:05").
struct CompareSide final {
    std::shared_ptr<const NumberStore> store;
    QString label;
};
