#pragma once

#include <cstdint>

// An id the vendor sends as an integer in one place and as a string in another; kept as it came.
#pragma pack(push, 4) // 12 bytes instead of 16
struct FlexibleId final {
    enum class Kind : std::uint8_t { Null, Integer, String };

    // Integer: the value. String: a TextArena id of the verbatim text.
    std::int64_t value = 0;
    Kind kind = Kind::Null;

    static FlexibleId integer(std::int64_t v) { return {v, Kind::Integer}; }
    static FlexibleId string(std::uint32_t arenaId) { return {arenaId, Kind::String}; }
    bool isNull() const { return kind == Kind::Null; }
};
#pragma pack(pop)
static_assert(sizeof(FlexibleId) == 12);
