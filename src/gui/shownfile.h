#pragma once

#include <QDateTime>
#include <QString>

// A saved response or snapshot the window shows instead of a live load: read-only, and said so.
struct ShownFile final {
    QString path;
    QDateTime time; // when it was saved: the snapshot's time, else the file's
    bool snapshot = false;
    QString tenantId;     // a snapshot's, else empty
    QString customerName; // a snapshot's, else empty
};
