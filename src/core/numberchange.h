#pragma once

#include <cstdint>
#include <string>

// One line of a comparison of two loads of numbers (NumberDiff).
struct NumberChange final {
    enum class Kind : std::uint8_t {
        Added,     // only in the new load
        Removed,   // only in the old load
        Changed,   // in both, one field differs: field is the field's JSON key
        Duplicate, // the number appears more than once in one load: field is "old" or "new"
    };

    Kind kind = Kind::Changed;
    std::string telephoneNumber;
    std::string field;
    // Changed: the field's text in each load. Duplicate: how many times the number appears, on its side.
    std::string oldValue;
    std::string newValue;

    static const char *kindName(Kind kind);
};
