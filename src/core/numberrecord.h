#pragma once

#include "capabilityvocabulary.h"
#include "flexibleid.h"
#include "numberenums.h"
#include "numberfield.h"
#include "stringpool.h"
#include "textarena.h"
#include "timestamp.h"

// One Operator Connect number, compact. Strings are ids into the owning NumberStore's pool (repeated
// values) or arena (values unique to the number); NoText stands for JSON null.
struct NumberRecord final {
    static constexpr std::uint32_t NoText = UINT32_MAX;
    static constexpr std::uint32_t NoSbcList = UINT32_MAX;

    enum Flag : std::uint8_t {
        HasWarnings = 1,       // the parser reported something about this record
        StatusAsText = 2,      // acquiredNumberStatus came as a string, not a code
        AssignmentAsArray = 4, // assignmentStatus came as an array of strings
    };

    Timestamp acquiredOn;
    Timestamp whenCreated;
    Timestamp consentedOn;
    Timestamp aslcht;
    Timestamp aslsct;
    Timestamp asticks;

    FlexibleId id;
    FlexibleId uploadTelephoneNumberEntryId;
    FlexibleId uploadToAccountJobId;
    FlexibleId ovocChannelId;

    CapabilitySet acquiredCapabilities = 0;
    CapabilitySet availableCapabilities = 0;

    // Which keys the record had (null counts as present) ...
    std::uint32_t present = 0;
    // ... and which of them are kept verbatim in `extras` because the typed form would not reproduce them
    // (a status sent as text, an assignment sent as an array, a value of an unexpected type).
    std::uint32_t verbatim = 0;

    // TextArena ids.
    TextArena::Id telephoneNumber = NoText;
    TextArena::Id extras = NoText; // `"key":value` pairs, comma separated, minified

    // StringPool ids.
    StringPool::Id tenantId = NoText;
    StringPool::Id tnUploadJobId = NoText; // one per upload job, shared by its numbers
    StringPool::Id isoCountryCode = NoText;
    StringPool::Id callingProfileId = NoText;
    StringPool::Id statusText = NoText;     // verbatim status (its name for known codes)
    StringPool::Id assignmentText = NoText; // as shown: an array's items joined with ", "
    StringPool::Id sourceText = NoText;
    StringPool::Id locationId = NoText;
    StringPool::Id civicAddressId = NoText;
    StringPool::Id aslvCode = NoText;
    StringPool::Id umpCustomerGuid = NoText;
    StringPool::Id umpCustomerFullName = NoText;
    StringPool::Id msCompanyName = NoText;
    StringPool::Id ocSipConnectionName = NoText;
    StringPool::Id ocSipConnectionDescription = NoText;
    StringPool::Id tenantCallingProfileId = NoText;
    StringPool::Id sbcListJson = NoText;
    StringPool::Id sbcListArray = NoText; // minified JSON of the v3 array
    // The capability arrays in the order sent: one byte per item, the item's bit in the vocabulary.
    StringPool::Id acquiredCapabilitiesOrder = NoText;
    StringPool::Id availableCapabilitiesOrder = NoText;

    std::uint32_t sbcList = NoSbcList; // index into NumberStore's distinct SBC lists

    NumberStatus status = NumberStatus::None;
    AssignmentStatus assignment = AssignmentStatus::None;
    NumberSource source = NumberSource::None;
    std::uint8_t flags = 0;

    bool has(NumberField f) const { return present & fieldBit(f); }
};
