#pragma once

#include "client/activity/activityentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ActivityLog;

// An ActivityLog as a table, one row per request, newest last, following the log as it grows.
class ActivityTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTableModel)

public:
    explicit ActivityTableModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(const ActivityEntry &entry);
    void reload();

    QPointer<ActivityLog> m_log;
    QList<QStringList> m_rows; // the cells of each entry, as the log words them
    QStringList m_headers;
};
