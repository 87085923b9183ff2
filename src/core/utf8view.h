#pragma once

#include <QString>
#include <string_view>

// The store keeps UTF-8; Qt wants QString.
inline QString fromUtf8View(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
