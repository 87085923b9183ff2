#include "numberenums.h"

#include <array>
#include <cctype>

namespace {

bool equalsLoose(std::string_view a, std::string_view b)
{
    // Case-insensitive, ignoring spaces and underscores: "Marked For Removal" == "markedForRemoval".
    std::size_t i = 0, j = 0;
    while (true) {
        while (i < a.size() && (a[i] == ' ' || a[i] == '_'))
            ++i;
        while (j < b.size() && (b[j] == ' ' || b[j] == '_'))
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[j])))
            return false;
        ++i;
        ++j;
    }
}

constexpr std::array<std::string_view, NumberStatusKnownCount> StatusNames = {
    "Active", "Release Requested", "Marked For Removal", "Ready For Removal"};

constexpr std::array<std::string_view, 7> AssignmentNames = {"Unassigned",
                                                             "UserAssigned",
                                                             "ConferenceAssigned",
                                                             "VoiceApp",
                                                             "VoiceApplicationAssigned",
                                                             "ThirdPartyAppAssigned",
                                                             "PolicyAssigned"};

constexpr std::array<std::string_view, 3> SourceNames = {"webapi", "webui", "ocsync"};

} // namespace

std::string_view statusName(NumberStatus status)
{
    const auto i = static_cast<std::size_t>(status);
    if (i < StatusNames.size())
        return StatusNames[i];
    return status == NumberStatus::None ? std::string_view{} : std::string_view{"Unknown"};
}

NumberStatus statusFromCode(std::int64_t code)
{
    return code >= 0 && code < NumberStatusKnownCount ? static_cast<NumberStatus>(code)
                                                      : NumberStatus::Unknown;
}

NumberStatus statusFromText(std::string_view text)
{
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '9')
        return statusFromCode(text[0] - '0');
    for (std::size_t i = 0; i < StatusNames.size(); ++i) {
        if (equalsLoose(text, StatusNames[i]))
            return static_cast<NumberStatus>(i);
    }
    return NumberStatus::Unknown;
}

AssignmentStatus assignmentFromText(std::string_view text)
{
    for (std::size_t i = 0; i < AssignmentNames.size(); ++i) {
        if (equalsLoose(text, AssignmentNames[i]))
            return static_cast<AssignmentStatus>(i);
    }
    return AssignmentStatus::Unknown;
}

NumberSource sourceFromText(std::string_view text)
{
    for (std::size_t i = 0; i < SourceNames.size(); ++i) {
        if (equalsLoose(text, SourceNames[i]))
            return static_cast<NumberSource>(i);
    }
    return NumberSource::Unknown;
}

std::string_view sourceName(NumberSource source)
{
    const auto i = static_cast<std::size_t>(source);
    return i < SourceNames.size() ? SourceNames[i] : std::string_view{};
}
