#pragma once

#include "capabilityvocabulary.h"
#include "numberfilter.h"
#include "phonequery.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

class NumberStore;

// A NumberFilter resolved against one store: every criterion becomes a table indexed by the store's
// string and SBC-list ids, filled lazily, so testing a row reads a few bytes and never formats text.
class NumberMatcher final {
public:
    NumberMatcher(const NumberFilter &filter, const NumberStore &store);

    bool matches(std::size_t row);
    bool acceptsEverything() const { return m_all; }
    // Whether testing a row reads its record (a search for a phone number reads only the number).
    bool readsRecords() const;
    // Whether the filter is a search alone: a row matches when its number has the text, or else when one
    // of the other fields searched has it.
    bool testsOnlyText() const;
    bool numberHasText(std::size_t row) const;
    bool otherFieldsHaveText(std::size_t row);
    // Hints that row is tested soon: its record, and its number.
    void prefetchRecord(std::size_t row) const;
    void prefetchNumber(std::size_t row) const;

    // The rows that match filter, in the order given. Long lists are split between the processor's cores,
    // each part tested by its own matcher (the store must not change meanwhile).
    static std::vector<std::uint32_t> matchingRows(const NumberFilter &filter, const NumberStore &store,
                                                   std::span<const std::uint32_t> rows);

private:
    enum : std::uint8_t { Unknown = 0, No = 1, Yes = 2 };

    bool textMatches(std::size_t row);
    bool pooledContains(std::uint32_t id);
    bool sbcListContains(std::uint32_t listId);
    bool contains(std::string_view haystack) const;

    const NumberStore &m_store;
    bool m_all = true;

    std::string m_needle;                   // lower-case UTF-8
    PhoneQuery m_phone{QString()};          // how the needle reads as a phone number
    bool m_numberOnly = false;              // m_phone names numbers: no other field can match
    std::vector<std::uint8_t> m_pooledText; // per pool id: contains the needle
    std::vector<std::uint8_t> m_sbcText;    // per SBC list id: an SBC name contains the needle

    std::uint32_t m_statusMask = 0;
    bool m_filterAssignment = false, m_filterCountry = false, m_filterSource = false, m_filterSbc = false;
    std::vector<std::uint8_t> m_assignmentOk, m_countryOk, m_sourceOk; // per pool id (+1 slot for null)
    bool m_noAssignmentOk = false, m_noCountryOk = false, m_noSourceOk = false;
    std::vector<std::uint8_t> m_sbcOk; // per SBC list id
    bool m_noSbcOk = false;
    CapabilitySet m_required = 0;
    CapabilitySet m_availableNotAcquired = 0;
    bool m_impossible = false; // a chosen capability no number has, or an invalid range
};
