#pragma once

#include "snapshotlimits.h"

class QSettings;

// Whether each completed load is kept as a snapshot, and how many are kept, in QSettings under "snapshots/".
struct SnapshotSettings final {
    bool enabled = true;
    int perTenant = 10;
    int maxTotalMegabytes = 2048;

    static constexpr int MinPerTenant = 1;
    static constexpr int MaxPerTenant = 1000;
    static constexpr int MinTotalMegabytes = 1;
    static constexpr int MaxTotalMegabytes = 1024 * 1024;

    // Values out of range are clamped; missing ones take the defaults.
    static SnapshotSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    SnapshotLimits limits() const;

    bool operator==(const SnapshotSettings &other) const = default;
};
