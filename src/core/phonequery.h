#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>

// How the quick search reads its text when that text is a phone number, part of one or a block of them.
// Spaces, dashes, dots and parentheses are ignored, in the text and in the stored numbers; a "+" may only
// come before the first digit of a number ("(+44) 20" is "+4420"):
// - Prefix, "+44 20 79": numbers whose digits start with 442079 (no other field is searched).
// - Anywhere, "20 79" or "(020) 7946": numbers with those digits anywhere, and other fields holding the text.
// - Range, "+44 20 7946 0000..0999", "+442079460000-0999" or "+442079460000 - +442079460999": the numbers
//   with as many digits as the start, from the start to the end. An end with fewer digits replaces the
//   last digits of the start; an end with "+" is a full number and has as many digits as the start.
// A dash separates a range only in a text starting with "+", and only when it stands between spaces, comes
// before a "+", or is the only dash and follows a start of 7 or more digits written without separators
// ("+1 415 555-0100" and "+4420-7946" stay prefixes); ".." always separates a range. A separator with
// nothing after it yet ("+44 20 7946 0000..") is ignored, so typing a range does not empty the table
// halfway. A malformed range is InvalidRange: it matches nothing and problem() says why.
// Anything else (letters, a "+" inside the text, no digits at all) is NotPhone: plain text.
class PhoneQuery final {
    Q_DECLARE_TR_FUNCTIONS(PhoneQuery)

public:
    enum class Kind { NotPhone, Anywhere, Prefix, Range, InvalidRange };

    explicit PhoneQuery(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPhone() const { return m_kind != Kind::NotPhone; }
    // Anywhere and Prefix: the digits sought. Range: the digits of the start.
    const std::string &digits() const { return m_digits; }
    // Range: the digits of the end (as many as digits()).
    const std::string &lastDigits() const { return m_lastDigits; }
    // InvalidRange: what is wrong, for the user; empty otherwise.
    const QString &problem() const { return m_problem; }

    // Whether a stored number (any separators in it are skipped) is selected by an Anywhere, Prefix or
    // Range query. Allocates nothing: it runs for every row on every keystroke.
    bool matchesNumber(std::string_view number) const;
    // The same for a number written as digits alone, its "+" removed: a comparison instead of a scan.
    bool matchesDigits(std::string_view digits) const
    {
        switch (m_kind) {
        case Kind::Anywhere:
            return digits.find(m_digits) != std::string_view::npos;
        case Kind::Prefix:
            return digits.starts_with(m_digits);
        case Kind::Range: // as many digits as the ends: text order is numeric order
            return digits.size() == m_digits.size() && m_digits <= digits && digits <= m_lastDigits;
        case Kind::NotPhone:
        case Kind::InvalidRange:
            break;
        }
        return false;
    }

    // Every number this query matches is also matched by before (both phone queries); false when unsure.
    bool narrows(const PhoneQuery &before) const;

private:
    void readSingle(const QString &text);
    void readRange(const QString &start, const QString &end);
    void invalid(const QString &problem);

    Kind m_kind = Kind::NotPhone;
    std::string m_digits;
    std::string m_lastDigits;
    QString m_problem;
};
