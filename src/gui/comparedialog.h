#pragma once

#include "comparesource.h"

#include <memory>
#include <QDialog>
#include <QList>

class QComboBox;
namespace Ui {
class CompareDialog;
}

// File › Compare…: picks what to compare, before and after, among the numbers shown, snapshots and files
// the user chooses. Offers the numbers shown as "after" and the newest other source as "before".
class CompareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // sources: the numbers shown first (when there are any), then snapshots, newest first.
    // defaultBefore: the index in sources that "before" starts on (-1: the second source, if any).
    CompareDialog(const QList<CompareSource> &sources, int defaultBefore, QString fileFolder,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    CompareSource before() const;
    CompareSource after() const;
    // Where the last file was chosen from.
    QString fileFolder() const { return m_fileFolder; }

    // Adds a file to both lists and chooses it for combo (used by the file buttons; tests call it).
    void chooseFile(QComboBox *combo, const QString &path);

private:
    void pickFile(QComboBox *combo);
    void check();

    std::unique_ptr<Ui::CompareDialog> m_ui;
    QList<CompareSource> m_sources;
    QString m_fileFolder;
};
