#pragma once

#include <QtGlobal>

// How many snapshots SnapshotStore::save keeps.
struct SnapshotLimits final {
    int perTenant = 10;                        // the newest of one connection and tenant
    qint64 maxTotalBytes = qint64(2048) << 20; // all snapshots together
};
