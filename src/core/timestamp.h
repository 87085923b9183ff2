#pragma once

#include <cstdint>
#include <QDateTime>
#include <string>
#include <string_view>

// An ISO-8601 date-time as Live Platform sends it ("2024-04-04T12:21:56.6005305+00:00"), kept exactly:
// 100 ns ticks since the Unix epoch (UTC), the number of fraction digits and the offset as written.
struct Timestamp final {
    enum class State : std::uint8_t { Null, Valid, Invalid };
    enum class Zone : std::uint8_t { Offset, Utc, Unspecified };

    std::int16_t offsetMinutes = 0;
    std::uint8_t fractionDigits = 0;
    State state : 4 = State::Null;
    Zone zone : 4 = Zone::Offset;

    static constexpr std::int64_t TicksPerSecond = 10'000'000;

    // Valid: ticks since 1970-01-01T00:00:00Z in 100 ns units. Invalid: a TextArena id of the verbatim text.
    // Held as two 32-bit halves so a record's six timestamps pack into 12 bytes each.
    std::int64_t value() const { return static_cast<std::int64_t>((std::uint64_t{m_high} << 32) | m_low); }
    void setValue(std::int64_t v)
    {
        m_low = static_cast<std::uint32_t>(v);
        m_high = static_cast<std::uint32_t>(static_cast<std::uint64_t>(v) >> 32);
    }

    bool isNull() const { return state == State::Null; }
    bool isValid() const { return state == State::Valid; }

    // Parses "YYYY-MM-DDTHH:MM:SS[.f{1,7}][Z|±HH:MM]"; returns false (and leaves *out untouched) otherwise.
    static bool parse(std::string_view text, Timestamp *out);
    // Appends the exact text the value was parsed from (Valid state only).
    void appendIso(std::string &out) const;
    // Milliseconds precision: for display only, the exact value stays in ticks.
    QDateTime toDateTime() const;

private:
    std::uint32_t m_low = 0;
    std::uint32_t m_high = 0;
};
static_assert(sizeof(Timestamp) == 12);
