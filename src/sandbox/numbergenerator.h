#pragma once

#include <cstdint>
#include <QByteArray>
#include <QString>
#include <string>

// Makes realistic Live Platform responses for demos, tests and benchmarks: numbers in E.164 form for
// nine countries, capability mixes of user, toll-free, conference and voice-app numbers, one to three
// SBCs, statuses and assignments, pretty-printed with four-space indents as the server does. Record i
// depends only on the seed and i, so pages can be made independently and every run is repeatable.
class NumberGenerator final {
public:
    enum class Flavour { V2, V3 };
    // How many distinct ids the numbers carry. Few: numbers share a handful of calling profiles and
    // locations, and upload jobs of 50. Many: every number has its own calling profile, upload job,
    // location and civic address, as in exports where each number was uploaded on its own.
    enum class Ids { Few, Many };

    struct Options {
        std::uint64_t seed = 1;
        QString tenantId = QStringLiteral("5b7e2c1a-3f4d-4e8b-9a6c-1d2e3f4a5b6c");
        QString customerName = QStringLiteral("Contoso Ltd");
        Flavour flavour = Flavour::V2;
        std::uint64_t firstIndex = 0; // offset of record 0, so several tenants get distinct numbers
        Ids ids = Ids::Few;
    };

    explicit NumberGenerator(Options options);

    // A v2 response: a bare array of count numbers.
    QByteArray v2Array(std::uint64_t count) const;
    // A v3 response: page pageNumber (1-based) of pageSize records out of totalRecords.
    QByteArray v3Page(std::uint64_t totalRecords, std::uint64_t pageNumber, std::uint64_t pageSize) const;
    // One number object at the given indent (spaces), as it appears inside a response.
    void appendRecord(std::string &out, std::uint64_t index, int indent) const;
    // The E.164 number of record index.
    std::string telephoneNumber(std::uint64_t index) const;
    // The acquiredNumberStatus code of record index in a v3 response (v2 sends null).
    int statusCode(std::uint64_t index) const;

private:
    Options m_options;
    std::string m_tenant;
    std::string m_customer;
};
