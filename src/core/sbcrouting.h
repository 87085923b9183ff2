#pragma once

#include <cstdint>
#include <QString>
#include <vector>

class NumberStore;

// What a number's routing looks like among the loaded numbers. SBCs are the same when their names are:
// ids sent as strings are kept per record, and the name ("fqdn [ip]") is what the SBC dial plan uses.
struct SbcRouting final {
    struct Route {
        QString name; // as sent: "fqdn [ip]"
        QString fqdn;
        QString ip;
        QString id;              // as sent; empty for null
        std::size_t numbers = 0; // loaded numbers (this one included) with this SBC in their list
    };
    struct Count {
        QString key; // a country code or a status name; empty when the number has none
        std::size_t numbers = 0;
    };

    QString number;
    QString callingProfileId;
    // The InboundCalling and OutboundCalling capabilities.
    bool inboundAcquired = false;
    bool outboundAcquired = false;
    bool inboundAvailable = false;
    bool outboundAvailable = false;
    // The number's SBCs in its list order (a name listed twice once).
    std::vector<Route> routes;
    // The other store rows routed through at least one of these SBCs, in store order.
    std::vector<std::uint32_t> sharingRows;
    // Counts over sharingRows, largest first, then by key.
    std::vector<Count> byCountry;
    std::vector<Count> byStatus;

    static SbcRouting of(const NumberStore &store, std::size_t row);
};
