#pragma once

#include <QString>
#include <span>

class NumberStore;

// The name of an export's worksheet: the customer or tenant the numbers belong to, made acceptable to
// Excel (at most 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe).
class XlsxSheetName final {
public:
    static constexpr int MaxLength = 31;

    static QString sanitize(const QString &name);
    // The customer name all rows share, else their common company name, else their common tenant id,
    // else "Numbers"; sanitized.
    static QString forRows(const NumberStore &store, std::span<const std::uint32_t> rows);
};
