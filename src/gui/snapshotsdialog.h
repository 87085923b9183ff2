#pragma once

#include "core/snapshots/snapshotstore.h"

#include <memory>
#include <QDialog>
#include <QStringList>

class QSettings;
class QStandardItem;
class QStandardItemModel;
namespace Ui {
class SnapshotsDialog;
}

// File > Snapshots…: the snapshots kept in a folder, grouped by connection and tenant, to open, export as
// JSON or delete, and the settings that say whether and how many are kept (SnapshotSettings in settings).
class SnapshotsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotsDialog)

public:
    SnapshotsDialog(const QString &root, QSettings *settings, QWidget *parent = nullptr);
    ~SnapshotsDialog() override;

    // The snapshot files selected (those under a selected connection or tenant included), newest first.
    QStringList selectedPaths() const;

public slots:
    // Reads the folder again (after a save, say).
    void refresh();

signals:
    // Open was chosen for this snapshot file; the dialog closes.
    void openRequested(const QString &path);
    // A setting changed (and was written to the QSettings).
    void settingsChanged();

private:
    void showSettings();
    void saveSettings();
    void updateButtons();
    void updateTotal();
    void openSelected();
    void exportSelected();
    void deleteSelected();
    QString suggestedExportName(const QString &path) const;
    QList<QStandardItem *> snapshotRow(const SnapshotInfo &info) const;

    std::unique_ptr<Ui::SnapshotsDialog> m_ui;
    SnapshotStore m_store;
    QStandardItemModel *m_model;
    QSettings *m_settings;
    std::vector<SnapshotInfo> m_snapshots;
};
