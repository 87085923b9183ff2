#include "timestamp.h"

#include <QTimeZone>

namespace {

// Howard Hinnant's days-from-civil: days since 1970-01-01 of a proleptic Gregorian date.
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
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

constexpr Civil civilFromDays(std::int64_t z) {
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

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, unsigned *out) {
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

constexpr unsigned daysInMonth(std::int64_t year, unsigned month) {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

void appendPadded(std::string &out, std::int64_t value, int width) {
    char buf[24];
    int n = 0;
    std::uint64_t v = static_cast<std::uint64_t>(value < 0 ? -value : value);
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0)
        out.push_back('-');
    for (int i = n; i < width; ++i)
        out.push_back('0');
    while (n > 0)
        out.push_back(buf[--n]);
}

} // namespace

bool Timestamp::parse(std::string_view text, Timestamp *out) {
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

void Timestamp::appendIso(std::string &out) const {
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
    appendPadded(out, c.year, 4);
    out.push_back('-');
    appendPadded(out, c.month, 2);
    out.push_back('-');
    appendPadded(out, c.day, 2);
    out.push_back('T');
    appendPadded(out, secondOfDay / 3600, 2);
    out.push_back(':');
    appendPadded(out, secondOfDay / 60 % 60, 2);
    out.push_back(':');
    appendPadded(out, secondOfDay % 60, 2);
    if (fractionDigits > 0) {
        out.push_back('.');
        std::int64_t f = fraction;
        for (int i = fractionDigits; i < 7; ++i)
            f /= 10;
        appendPadded(out, f, fractionDigits);
    }
    switch (zone) {
    case Zone::Utc:
        out.push_back('Z');
        break;
    case Zone::Offset: {
        const int minutes = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        out.push_back(offsetMinutes < 0 ? '-' : '+');
        appendPadded(out, minutes / 60, 2);
        out.push_back(':');
        appendPadded(out, minutes % 60, 2);
        break;
    }
    case Zone::Unspecified:
        break;
    }
}

QDateTime Timestamp::toDateTime() const {
    if (state != State::Valid)
        return {};
    std::int64_t ms = value() / 10'000;
    if (value() % 10'000 < 0)
        --ms;
    if (zone == Zone::Unspecified)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(offsetMinutes * 60));
}
