#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

// The keys of a Live Platform number object (v2 and v3), in the order the vendor's examples use.
enum class NumberField : std::uint8_t {
    UploadTelephoneNumberEntryId,
    Source,
    SbcList,
    Id,
    UploadToAccountJobId,
    WhenCreated,
    AcquiredNumberStatus,
    TelephoneNumber,
    CallingProfileId,
    AcquiredCapabilities,
    AvailableCapabilities,
    AcquiredOn,
    IsoCountryCode,
    TnUploadJobId,
    LocationId,
    CivicAddressId,
    AssignmentStatus,
    TenantId,
    Aslcht,
    Aslsct,
    AslvCode,
    Asticks,
    UmpCustomerGuid,
    UmpCustomerFullName,
    MsCompanyName,
    OcSipConnectionName,
    OcSipConnectionDescription,
    TenantCallingProfileId,
    OvocChannelId,
    ConsentedOn,
    SbcListJson,
    SbcListArray,
    Count
};

constexpr std::size_t NumberFieldCount = static_cast<std::size_t>(NumberField::Count);
static_assert(NumberFieldCount <= 32, "presence masks are 32 bits wide");

constexpr std::array<std::string_view, NumberFieldCount> NumberFieldKeys = {
    "uploadTelephoneNumberEntryId",
    "source",
    "sbcList",
    "id",
    "uploadToAccountJobId",
    "whenCreated",
    "acquiredNumberStatus",
    "telephoneNumber",
    "callingProfileId",
    "acquiredCapabilities",
    "availableCapabilities",
    "acquiredOn",
    "isoCountryCode",
    "tnUploadJobId",
    "locationId",
    "civicAddressId",
    "assignmentStatus",
    "tenantId",
    "aslcht",
    "aslsct",
    "aslvCode",
    "asticks",
    "umpCustomerGuid",
    "umpCustomerFullName",
    "msCompanyName",
    "ocSipConnectionName",
    "ocSipConnectionDescription",
    "tenantCallingProfileId",
    "ovocChannelId",
    "consentedOn",
    "sbcListJson",
    "sbcListArray",
};

constexpr std::string_view fieldKey(NumberField f)
{
    return NumberFieldKeys[static_cast<std::size_t>(f)];
}

constexpr std::uint32_t fieldBit(NumberField f)
{
    return 1u << static_cast<unsigned>(f);
}

// Exact, case-sensitive key lookup (JSON keys are case-sensitive). The vendor's table spells aslvCode
// "alsvcode"; that spelling is accepted too.
std::optional<NumberField> fieldFromKey(std::string_view key);
