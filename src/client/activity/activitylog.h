#pragma once

#include "activityentry.h"

#include <deque>
#include <QObject>
#include <QStringList>

class QUrl;

// The requests a window made, newest last, at most `capacity` of them (the oldest go first), and their
// text for a support case. Holds nothing secret: what goes in is already an ActivityEntry.
class ActivityLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    explicit ActivityLog(qsizetype capacity = 1000, QObject *parent = nullptr);

    void add(const ActivityEntry &entry);
    void clear();

    qsizetype capacity() const { return m_capacity; }
    const std::deque<ActivityEntry> &entries() const { return m_entries; }

    // The column titles, and one entry's cells, in the order the text and the dialog show them.
    static QStringList headers();
    static QStringList cells(const ActivityEntry &entry);
    // Every entry as tab-separated lines under a header line, cells guarded against spreadsheet formulas.
    QString text() const;
    // The path of url with only the query parameters that carry no secret (a code, a state, a token, a
    // secret or an assertion are dropped, and any value that looks like a token is redacted).
    static QString safePath(const QUrl &url);

signals:
    // After the entry went in (and, when the log was full, the oldest went out).
    void entryAdded(const ActivityEntry &entry);
    void cleared();

private:
    qsizetype m_capacity;
    std::deque<ActivityEntry> m_entries;
};
