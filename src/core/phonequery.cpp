#include "phonequery.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

// Whether the first character other than a separator is "+" ("+44 20", "(+44) 20").
bool startsWithPlus(QStringView text)
{
    for (const QChar c : text) {
        if (!isSeparator(c))
            return c == u'+';
    }
    return false;
}

// The digits of text as ASCII (other scripts' digits too), or nullopt when text holds anything but
// digits, separators and a leading "+".
std::optional<std::string> digitsOf(const QString &text)
{
    std::string digits;
    bool plusAllowed = true;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.push_back(static_cast<char>('0' + c.digitValue()));
        else if (c == u'+' && plusAllowed)
            plusAllowed = false;
        else if (!isSeparator(c))
            return std::nullopt;
        plusAllowed = plusAllowed && !c.isDigit();
    }
    return digits;
}

bool onlyPhoneCharacters(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isDigit() || isSeparator(c) || c == u'+'; });
}

// "+" and at least MinimumFullDigits digits, nothing else: a dash after it ends a whole number.
constexpr qsizetype MinimumFullDigits = 7;

bool isCompactNumber(QStringView text)
{
    if (!text.startsWith(u'+') || text.size() < 1 + MinimumFullDigits)
        return false;
    for (const QChar c : text.mid(1)) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Where the text separates the two ends of a range, and how long the separator is; -1 when it does not.
qsizetype rangeSeparator(const QString &text, qsizetype from, qsizetype *length)
{
    const qsizetype dots = text.indexOf(u".."_s, from);
    qsizetype dash = -1;
    if (startsWithPlus(text)) {
        const bool oneDash = text.count(u'-') == 1;
        for (qsizetype i = text.indexOf(u'-', from); i >= 0; i = text.indexOf(u'-', i + 1)) {
            const bool spaced =
                i > 0 && text.at(i - 1) == u' ' && i + 1 < text.size() && text.at(i + 1) == u' ';
            const bool beforePlus = QStringView(text).mid(i + 1).trimmed().startsWith(u'+');
            const bool afterCompactStart = oneDash && isCompactNumber(QStringView(text).left(i).trimmed());
            if (spaced || beforePlus || afterCompactStart) {
                dash = i;
                break;
            }
        }
    }
    if (dots >= 0 && (dash < 0 || dots < dash)) {
        *length = 2;
        return dots;
    }
    *length = 1;
    return dash;
}

// Whether the digits of number (its other characters skipped) contain digits (not empty).
bool digitsContain(std::string_view number, std::string_view digits)
{
    for (std::size_t start = number.find(digits.front()); start != std::string_view::npos;
         start = number.find(digits.front(), start + 1)) {
        std::size_t at = start, matched = 0;
        while (matched < digits.size()) {
            while (at < number.size() && !isDigit(number[at]))
                ++at;
            if (at == number.size())
                return false; // fewer digits left than sought: no later start can match either
            if (number[at] != digits[matched])
                break;
            ++at;
            ++matched;
        }
        if (matched == digits.size())
            return true;
    }
    return false;
}

bool digitsStartWith(std::string_view number, std::string_view digits)
{
    std::size_t matched = 0;
    for (const char c : number) {
        if (matched == digits.size())
            break;
        if (!isDigit(c))
            continue;
        if (c != digits[matched])
            return false;
        ++matched;
    }
    return matched == digits.size();
}

// Whether number has as many digits as low and high and lies between them (same length: text order is
// numeric order).
bool digitsWithin(std::string_view number, std::string_view low, std::string_view high)
{
    std::size_t at = 0;
    bool aboveLow = false, belowHigh = false;
    for (const char c : number) {
        if (!isDigit(c))
            continue;
        if (at == low.size())
            return false;
        if (!aboveLow) {
            if (c < low[at])
                return false;
            aboveLow = c > low[at];
        }
        if (!belowHigh) {
            if (c > high[at])
                return false;
            belowHigh = c < high[at];
        }
        ++at;
    }
    return at == low.size();
}

std::string_view commonPrefix(std::string_view a, std::string_view b)
{
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return a.substr(0, n);
}

} // namespace

PhoneQuery::PhoneQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!onlyPhoneCharacters(trimmed))
        return; // NotPhone
    qsizetype length = 0;
    const qsizetype separator = rangeSeparator(trimmed, 0, &length);
    if (separator < 0) {
        readSingle(trimmed);
        return;
    }
    qsizetype secondLength = 0;
    if (rangeSeparator(trimmed, separator + length, &secondLength) >= 0) {
        invalid(tr("A range has one \"..\" or \"-\" between its start and its end."));
        return;
    }
    readRange(trimmed.left(separator).trimmed(), trimmed.mid(separator + length).trimmed());
}

void PhoneQuery::readSingle(const QString &text)
{
    const auto digits = digitsOf(text);
    if (!digits || digits->empty())
        return; // NotPhone
    m_digits = *digits;
    m_kind = startsWithPlus(text) ? Kind::Prefix : Kind::Anywhere;
}

void PhoneQuery::readRange(const QString &start, const QString &end)
{
    const auto startDigits = digitsOf(start);
    const auto endDigits = digitsOf(end);
    if (!startDigits || !endDigits) {
        invalid(tr("A \"+\" can only begin a number."));
        return;
    }
    if (endDigits->empty()) {
        readSingle(start); // still being typed: "+44 20 7946 0000.."
        return;
    }
    if (!startsWithPlus(start) || startDigits->empty()) {
        invalid(tr("A range starts with a full number including its \"+\", for example "
                   "+44 20 7946 0000..0999."));
        return;
    }
    const std::size_t n = startDigits->size();
    const std::size_t m = endDigits->size();
    if (startsWithPlus(end) && m != n) {
        invalid(tr("Both ends of a range need the same number of digits; the start has %1, the end %2.")
                    .arg(n)
                    .arg(m));
        return;
    }
    if (m > n) {
        invalid(tr("The end of the range has more digits (%1) than its start (%2). Give the end as a full "
                   "number with \"+\" or as the last digits only, for example +44 20 7946 0000..0999.")
                    .arg(m)
                    .arg(n));
        return;
    }
    std::string high = startDigits->substr(0, n - m) + *endDigits;
    if (high < *startDigits) {
        invalid(tr("The range ends (+%1) below its start (+%2).")
                    .arg(QString::fromStdString(high), QString::fromStdString(*startDigits)));
        return;
    }
    m_kind = Kind::Range;
    m_digits = *startDigits;
    m_lastDigits = std::move(high);
}

void PhoneQuery::invalid(const QString &problem)
{
    m_kind = Kind::InvalidRange;
    m_digits.clear();
    m_lastDigits.clear();
    m_problem = problem;
}

bool PhoneQuery::matchesNumber(std::string_view number) const
{
    switch (m_kind) {
    case Kind::Anywhere:
        return digitsContain(number, m_digits);
    case Kind::Prefix:
        return digitsStartWith(number, m_digits);
    case Kind::Range:
        return digitsWithin(number, m_digits, m_lastDigits);
    case Kind::NotPhone:
    case Kind::InvalidRange:
        break;
    }
    return false;
}

bool PhoneQuery::narrows(const PhoneQuery &before) const
{
    if (m_kind == Kind::InvalidRange)
        return true; // matches nothing
    // Every number a Prefix or Range query matches starts with these digits.
    std::string_view sharedStart;
    if (m_kind == Kind::Prefix)
        sharedStart = m_digits;
    else if (m_kind == Kind::Range)
        sharedStart = commonPrefix(m_digits, m_lastDigits);
    else
        return false; // Anywhere also searches other fields: the caller compares the texts
    switch (before.m_kind) {
    case Kind::Anywhere:
        return sharedStart.find(before.m_digits) != std::string_view::npos;
    case Kind::Prefix:
        return sharedStart.starts_with(before.m_digits);
    case Kind::Range:
        return m_kind == Kind::Range && m_digits.size() == before.m_digits.size() &&
               m_digits >= before.m_digits && m_lastDigits <= before.m_lastDigits;
    case Kind::NotPhone:
    case Kind::InvalidRange:
        break;
    }
    return false;
}
