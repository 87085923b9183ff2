#pragma once

#include "core/export/csvwriter.h"

#include <memory>
#include <QDialog>

namespace Ui {
class ExportDialog;
}

// Where and how to write a CSV export. The file is chosen here (typed, or with Browse…) so that the
// options sit next to it; the choices are remembered by the caller.
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QString &summary, const QString &path, const CsvOptions &options,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    CsvOptions options() const;

private:
    void validate();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};
