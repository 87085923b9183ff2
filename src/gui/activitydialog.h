#pragma once

#include <QDialog>
#include <QPointer>

class ActivityLog;
class ActivityTableModel;
class QLabel;
class QTableView;

// View › Activity: every request the window made, updated as they end, and a button that copies them
// all as text for a support case. Shows no secret: the log holds none.
class ActivityDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    explicit ActivityDialog(ActivityLog *log, QWidget *parent = nullptr);

    // What the copy button puts on the clipboard.
    QString text() const;

private:
    void updateSummary();

    QPointer<ActivityLog> m_log;
    ActivityTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};
