#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using CapabilitySet = std::uint64_t;

// Names of capabilities, each owning one bit of a CapabilitySet. The names the vendor and Microsoft
// document have fixed bits; names seen for the first time get the next free bit.
class CapabilityVocabulary final {
public:
    static constexpr int MaxCapabilities = 64;

    CapabilityVocabulary();

    std::optional<int> bitOf(std::string_view name) const;
    // The bit for name, registering it if new; nullopt when all 64 bits are taken.
    std::optional<int> insert(std::string_view name);
    std::string_view name(int bit) const { return m_names[static_cast<std::size_t>(bit)]; }
    int size() const { return static_cast<int>(m_names.size()); }
    // How many of the names are the documented ones (the rest were first seen in data).
    static int documentedCount();

private:
    std::vector<std::string> m_names;
};
