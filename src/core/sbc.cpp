#include "sbc.h"

SbcAddress SbcAddress::split(std::string_view sbcName)
{
    const auto open = sbcName.rfind('[');
    if (open == std::string_view::npos || sbcName.empty() || sbcName.back() != ']')
        return {sbcName, {}};
    std::string_view fqdn = sbcName.substr(0, open);
    while (!fqdn.empty() && fqdn.back() == ' ')
        fqdn.remove_suffix(1);
    return {fqdn, sbcName.substr(open + 1, sbcName.size() - open - 2)};
}
