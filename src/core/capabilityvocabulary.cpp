#include "capabilityvocabulary.h"

#include <array>

namespace {
constexpr std::array<std::string_view, 12> DocumentedNames = {"InboundCalling",
                                                              "OutboundCalling",
                                                              "UserAssignment",
                                                              "FirstPartyAppAssignment",
                                                              "ConferenceAssignment",
                                                              "VoiceApplicationAssignment",
                                                              "ThirdPartyAppAssignment",
                                                              "Office365",
                                                              "TollFree",
                                                              "Geographic",
                                                              "Mobile",
                                                              "TeamsPhoneMobile"};
}

CapabilityVocabulary::CapabilityVocabulary()
    : m_names(DocumentedNames.begin(), DocumentedNames.end())
{}

int CapabilityVocabulary::documentedCount()
{
    return static_cast<int>(DocumentedNames.size());
}

std::optional<int> CapabilityVocabulary::bitOf(std::string_view name) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == name)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

std::optional<int> CapabilityVocabulary::insert(std::string_view name)
{
    if (const auto bit = bitOf(name))
        return bit;
    if (m_names.size() >= MaxCapabilities)
        return std::nullopt;
    m_names.emplace_back(name);
    return static_cast<int>(m_names.size() - 1);
}
