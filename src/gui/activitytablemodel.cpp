#include "activitytablemodel.h"

#include "client/activity/activitylog.h"

ActivityTableModel::ActivityTableModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_headers(ActivityLog::headers())
{
    reload();
    if (m_log) {
        connect(m_log, &ActivityLog::entryAdded, this, &ActivityTableModel::append);
        connect(m_log, &ActivityLog::cleared, this, &ActivityTableModel::reload);
    }
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= 4 && index.column() <= 7)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section + 1;
}

void ActivityTableModel::append(const ActivityEntry &entry)
{
    // The log drops its oldest entry when full: the table does the same.
    if (m_log && m_rows.size() >= m_log->capacity()) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(ActivityLog::cells(entry));
    endInsertRows();
}

void ActivityTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_log) {
        for (const ActivityEntry &entry : m_log->entries())
            m_rows.append(ActivityLog::cells(entry));
    }
    endResetModel();
}
