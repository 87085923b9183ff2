#pragma once

#include <cstdint>
#include <QString>

// One customer tenant the sandbox serves numbers for.
struct SandboxTenant final {
    QString id; // the customer's Microsoft tenant GUID (msTenantId)
    QString customerName;
    int channelId = 1;            // the Live Platform channel it belongs to (X-Ovoc-Channel-Id)
    std::uint64_t generated = 0;  // generated numbers
    std::uint64_t firstIndex = 0; // the generator index of the first, so tenants never share a number
    bool vendorRecords = false;   // the vendor's published example records come first, verbatim
};
