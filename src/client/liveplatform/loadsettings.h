#pragma once

#include "client/profiles/connectionprofile.h"
#include "numbersload.h"

// A load of one tenant's numbers as a profile describes it: v2 or v3 with its key names and page size,
// channel, time-out and body cap. status: the v3 acquiredNumberStatus filter.
NumbersLoad::Settings loadSettingsFor(const ConnectionProfile &profile, const QString &tenantId,
                                      std::optional<int> status = {});
