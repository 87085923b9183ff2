#include "timestamp.h"

#include <QTimeZone>

namespace {

// Howard Hinnant's days-from-civil: days since 1970-01-01 of a proleptic Gregorian date.
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, unsigned *out)
{
    if (pos + count > text.size())
        return false;
    unsigned v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    *out = v;
    return true;
}

constexpr unsigned daysInMonth(std::int64_t year, unsigned month)
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Writes value (>= 0) as exactly width digits, right to left.
char *writeDigits(char *end, std::int64_t value, int width)
{
    for (int i = 0; i < width; ++i) {
        *--end = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return end;
}

} // namespace

bool Timestamp::parse(std::string_view text, Timestamp *out)
{
    unsigned year, month, day, hour, minute, second;
    if (!readDigits(text, 0, 4, &year) || text.size() < 19 || text[4] != '-' ||
        !readDigits(text, 5, 2, &month) || text[7] != '-' || !readDigits(text, 8, 2, &day) ||
        (text[10] != 'T' && text[10] != ' ') || !readDigits(text, 11, 2, &hour) || text[13] != ':' ||
        !readDigits(text, 14, 2, &minute) || text[16] != ':' || !readDigits(text, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 ||
        second > 59 || text[10] != 'T')
        return false;
    std::size_t pos = 19;
    std::int64_t fractionTicks = 0;
    std::uint8_t digits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (++digits > 7)
                return false; // more precision than 100 ns cannot be kept exactly
            fractionTicks = fractionTicks * 10 + (text[pos] - '0');
            ++pos;
        }
        if (digits == 0)
            return false;
        for (int i = digits; i < 7; ++i)
            fractionTicks *= 10;
    }
    Zone zone = Zone::Unspecified;
    int offset = 0;
    if (pos < text.size()) {
        const char c = text[pos];
        if (c == 'Z' && pos + 1 == text.size()) {
            zone = Zone::Utc;
        } else if ((c == '+' || c == '-') && pos + 6 == text.size() && text[pos + 3] == ':') {
            unsigned oh, om;
            if (!readDigits(text, pos + 1, 2, &oh) || !readDigits(text, pos + 4, 2, &om) || oh > 18 ||
                om > 59)
                return false;
            offset = static_cast<int>(oh * 60 + om) * (c == '-' ? -1 : 1);
            zone = Zone::Offset;
        } else {
            return false;
        }
    }
    const std::int64_t localSeconds =
        daysFromCivil(year, month, day) * 86400 + std::int64_t(hour) * 3600 + minute * 60 + second;
    out->setValue((localSeconds - std::int64_t(offset) * 60) * TicksPerSecond + fractionTicks);
    out->offsetMinutes = static_cast<std::int16_t>(offset);
    out->fractionDigits = digits;
    out->state = State::Valid;
    out->zone = zone;
    return true;
}

void Timestamp::appendIso(std::string &out) const
{
    const std::int64_t localTicks = value() + std::int64_t(offsetMinutes) * 60 * TicksPerSecond;
    std::int64_t seconds = localTicks / TicksPerSecond;
    std::int64_t fraction = localTicks % TicksPerSecond;
    if (fraction < 0) {
        fraction += TicksPerSecond;
        --seconds;
    }
    std::int64_t days = seconds / 86400;
    std::int64_t secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const Civil c = civilFromDays(days);
    if (c.year < 0 || c.year > 9999) {
        // Outside what four digits hold; Timestamp::parse never produces it.
        out += std::to_string(c.year);
        return;
    }
    // "YYYY-MM-DDTHH:MM:SS" ".fffffff" "+HH:MM": at most 33 characters.
    char buf[40];
    char *p = buf;
    writeDigits(p + 4, c.year, 4);
    p[4] = '-';
    writeDigits(p + 7, c.month, 2);
    p[7] = '-';
    writeDigits(p + 10, c.day, 2);
    p[10] = 'T';
    writeDigits(p + 13, secondOfDay / 3600, 2);
    p[13] = ':';
    writeDigits(p + 16, secondOfDay / 60 % 60, 2);
    p[16] = ':';
    writeDigits(p + 19, secondOfDay % 60, 2);
    p += 19;
    if (fractionDigits > 0) {
        *p++ = '.';
        std::int64_t f = fraction;
        for (int i = fractionDigits; i < 7; ++i)
            f /= 10;
        writeDigits(p + fractionDigits, f, fractionDigits);
        p += fractionDigits;
    }
    switch (zone) {
    case Zone::Utc:
        *p++ = 'Z';
        break;
    case Zone::Offset: {
        const int minutes = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        *p++ = offsetMinutes < 0 ? '-' : '+';
        writeDigits(p + 2, minutes / 60, 2);
        p[2] = ':';
        writeDigits(p + 5, minutes % 60, 2);
        p += 5;
        break;
    }
    case Zone::Unspecified:
        break;
    }
    out.append(buf, p);
}

QDateTime Timestamp::toDateTime() const
{
    if (state != State::Valid)
        return {};
    std::int64_t ms = value() / 10'000;
    if (value() % 10'000 < 0)
        --ms;
    if (zone == Zone::Unspecified)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(offsetMinutes * 60));
}
