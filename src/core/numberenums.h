#pragma once

#include <cstdint>
#include <string_view>

// acquiredNumberStatus. The numeric codes are the vendor's; names are what filters and the table show.
enum class NumberStatus : std::uint8_t {
    Active = 0,
    ReleaseRequested = 1,
    MarkedForRemoval = 2,
    ReadyForRemoval = 3,
    None,    // null or absent (v2 sends null)
    Unknown, // a value we do not know; shown verbatim
};
constexpr int NumberStatusKnownCount = 4;

// assignmentStatus, with Microsoft's wider vocabulary.
enum class AssignmentStatus : std::uint8_t {
    Unassigned,
    UserAssigned,
    ConferenceAssigned,
    VoiceApp,
    VoiceApplicationAssigned,
    ThirdPartyAppAssigned,
    PolicyAssigned,
    None,
    Unknown,
};

// source: how the number reached Live Platform.
enum class NumberSource : std::uint8_t {
    WebApi,
    WebUi,
    OcSync,
    None,
    Unknown,
};

std::string_view statusName(NumberStatus status);
NumberStatus statusFromCode(std::int64_t code);
// Accepts a name ("Active", "Marked For Removal", "MarkedForRemoval", case-insensitive) or a code ("2").
NumberStatus statusFromText(std::string_view text);

AssignmentStatus assignmentFromText(std::string_view text);
NumberSource sourceFromText(std::string_view text);
std::string_view sourceName(NumberSource source);
