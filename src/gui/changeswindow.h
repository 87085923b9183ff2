#pragma once

#include "compareside.h"

#include <memory>
#include <QDialog>
#include <QFutureWatcher>
#include <QString>

class NumberChangesExportJob;
class NumberChangesModel;
struct NumberComparison;
namespace Ui {
class ChangesWindow;
}

// What changed from one load to another: a summary, the changes (filtered by kind and field) and their
// export. The comparison runs on a worker thread; the window shows "Comparing…" until it is done. Meant to be
// shown non-modally (show()); it does not delete itself when closed.
class ChangesWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesWindow)

public:
    ChangesWindow(CompareSide oldSide, CompareSide newSide, QWidget *parent = nullptr);
    // Waits for an export being written (not for a comparison: it ends on its own).
    ~ChangesWindow() override;

    bool isComparing() const { return m_comparing; }
    NumberChangesModel *model() const { return m_model; }

public slots:
    // Writes the changes shown (the filters applied) to path: .xlsx by its extension, else CSV.
    void exportTo(const QString &path);

signals:
    // The comparison is done and shown.
    void comparisonFinished();
    // The user double-clicked (or pressed Enter on) a change: go to the number, in the new load unless it
    // was removed (or is a duplicate in the old one).
    void numberActivated(const QString &telephoneNumber, bool inNewSide);
    // An export ended; error is empty on success.
    void exportFinished(const QString &error);

private:
    void showComparison();
    void fillFilters();
    void applyFilters();
    void updateShown();
    void sizeColumns();
    void chooseExportFile();
    void activate(const QModelIndex &index);

    std::unique_ptr<Ui::ChangesWindow> m_ui;
    CompareSide m_old;
    CompareSide m_new;
    NumberChangesModel *m_model = nullptr;
    QFutureWatcher<std::shared_ptr<const NumberComparison>> m_comparison;
    bool m_comparing = true;
    std::unique_ptr<NumberChangesExportJob> m_export;
};
