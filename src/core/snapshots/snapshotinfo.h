#pragma once

#include <cstdint>
#include <QDateTime>
#include <QString>

// What a snapshot says about the load it keeps. Only these fields are stored: never a token or a secret.
struct SnapshotInfo final {
    QString connectionName;
    QString host;
    QString tenantId;
    QString customerName;
    QString apiVersion; // "v2" or "v3": the API the numbers were loaded with
    QDateTime savedAt;  // UTC
    std::uint64_t recordCount = 0;

    // Filled when read from disk.
    QString path;
    qint64 fileSize = 0;

    bool operator==(const SnapshotInfo &other) const = default;
};
