#pragma once

#include <cstdint>

// An id the vendor sends as an integer in one place and as a string in another; kept as it came.
// 12 bytes: the 64-bit value is held as two 32-bit halves so records pack without padding.
struct FlexibleId final {
    enum class Kind : std::uint8_t { Null, Integer, String };

    Kind kind = Kind::Null;

    static FlexibleId integer(std::int64_t v)
    {
        FlexibleId id;
        id.kind = Kind::Integer;
        id.setValue(v);
        return id;
    }
    static FlexibleId string(std::uint32_t arenaId)
    {
        FlexibleId id;
        id.kind = Kind::String;
        id.setValue(arenaId);
        return id;
    }
    bool isNull() const { return kind == Kind::Null; }
    // Integer: the value. String: a TextArena id of the verbatim text.
    std::int64_t value() const { return static_cast<std::int64_t>((std::uint64_t{m_high} << 32) | m_low); }
    void setValue(std::int64_t v)
    {
        m_low = static_cast<std::uint32_t>(v);
        m_high = static_cast<std::uint32_t>(static_cast<std::uint64_t>(v) >> 32);
    }

private:
    std::uint32_t m_low = 0;
    std::uint32_t m_high = 0;
};
static_assert(sizeof(FlexibleId) == 12);
