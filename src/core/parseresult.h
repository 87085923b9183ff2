#pragma once

#include <cstdint>
#include <optional>
#include <QString>
#include <vector>

// Something the parser noticed in one record (or in a page envelope) without rejecting the input.
struct ParseIssue final {
    QString path;    // jq-style location: "[15].sbcList", ".data[3].telephoneNumber", "[2].totalRecords"
    QString message; // what is wrong and what was done about it

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The paging envelope of a v3 response, as far as it was present.
struct PageInfo final {
    std::optional<std::int64_t> currentPage;
    std::optional<std::int64_t> pageSize;
    std::optional<std::int64_t> totalPages;
    std::optional<std::int64_t> totalRecords;
};

struct ParseResult final {
    enum class Shape { Unknown, V2Array, V3Page, SingleNumber, PageArray, PageStream };

    Shape shape = Shape::Unknown;
    QString error;                  // empty on success; when set, nothing was added to the store
    std::vector<ParseIssue> issues; // the first MaxKeptIssues warnings
    std::size_t issueCount = 0;     // all warnings, including those not kept
    std::size_t recordCount = 0;    // records added to the store
    std::vector<PageInfo> pages;    // one per envelope (v3 shapes)

    static constexpr std::size_t MaxKeptIssues = 1000;

    bool ok() const { return error.isEmpty(); }
};
