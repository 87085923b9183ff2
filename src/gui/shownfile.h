#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QString>

// A saved response or snapshot the window shows instead of a live load: read-only, and said so.
struct ShownFile final {
    QString path;
    QDateTime time; // when it was saved: the snapshot's time, else the file's
    bool snapshot = false;
    QString tenantId;     // a snapshot's, else empty
    QString customerName; // a snapshot's, else empty

    // What the title and the status bar name: a snapshot's customer (or tenant), else the file's name.
    QString subject() const
    {
        if (!snapshot)
            return QFileInfo(path).fileName();
        return customerName.isEmpty() ? tenantId : customerName;
    }
    QString timeText() const { return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat); }
};
