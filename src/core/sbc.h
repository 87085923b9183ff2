#pragma once

#include "flexibleid.h"
#include "stringpool.h"

#include <string_view>

// One entry of a number's sbcList: {"sbcName": "oc1.example.net [20.102.51.206]", "sbcId": 8}.
struct Sbc final {
    StringPool::Id name = 0;
    FlexibleId id;

    bool operator==(const Sbc &o) const
    {
        return name == o.name && id.kind == o.id.kind && id.value() == o.id.value();
    }
};

// "fqdn [ip]" split in its parts; a name without brackets is all FQDN.
struct SbcAddress final {
    std::string_view fqdn;
    std::string_view ip;

    static SbcAddress split(std::string_view sbcName);
};
