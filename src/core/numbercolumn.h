#pragma once

#include "numberrecord.h"

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>

class NumberStore;

// The table's columns: the vendor portal's eleven first, then everything else the API returns.
enum class NumberColumn : std::uint8_t {
    TelephoneNumber,
    ServiceFullName,
    Country,
    TenantId,
    EmergencyAddress,
    OcSipConnection,
    CallingProfileId,
    Source,
    MsJobId,
    Assignment,
    AcquiredOn,
    AcquiredCapabilities,
    AvailableCapabilities,
    Sbcs,
    Status,
    LocationId,
    WhenCreated,
    Id,
    UploadEntryId,
    UploadJobId,
    CompanyName,
    CustomerGuid,
    OcSipConnectionDescription,
    TenantCallingProfileId,
    ChannelId,
    ConsentedOn,
    AssignmentCheckedOn,
    AssignmentSyncedOn,
    AssignmentTicks,
    AssignmentVerificationCode,
    Count
};

constexpr int NumberColumnCount = static_cast<int>(NumberColumn::Count);

// How a column's values compare and look.
enum class ColumnKind : std::uint8_t {
    PhoneNumber, // by digits
    PooledText,  // a repeated string; sorted case-insensitively
    DateTime,    // by instant
    Integer,     // an id: integers by value, then ids sent as strings
    Status,      // by code
    Capabilities,
    SbcList,
};

class NumberColumns final {
    Q_DECLARE_TR_FUNCTIONS(NumberColumns)

public:
    static ColumnKind kind(NumberColumn column);
    // A stable, locale-independent name for scripts and settings: the API's JSON key.
    static std::string_view key(NumberColumn column);
    static std::optional<NumberColumn> fromKey(std::string_view key);
    // The translated header text.
    static QString title(NumberColumn column);

    // The record member a column shows, for columns of that kind (PooledText, DateTime, Integer);
    // nullptr for every other column.
    static StringPool::Id NumberRecord::*pooledMember(NumberColumn column);
    static Timestamp NumberRecord::*timestampMember(NumberColumn column);
    static FlexibleId NumberRecord::*idMember(NumberColumn column);

    // Appends the cell as locale-neutral UTF-8 (ISO 8601 timestamps exactly as sent); lists are joined
    // with listSeparator.
    static void appendText(const NumberStore &store, std::size_t row, NumberColumn column, std::string &out,
                           std::string_view listSeparator);
};
