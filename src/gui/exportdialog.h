#pragma once

#include "core/export/csvwriter.h"
#include "core/export/xlsxwriter.h"

#include <memory>
#include <QDialog>

namespace Ui {
class ExportDialog;
}

// Where and how to write an export, CSV or .xlsx (chosen in the dialog, or by the file name's
// extension). The file is chosen here (typed, or with Browse…) so that the
// options sit next to it; the choices are remembered by the caller.
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // The format starts as path's extension says (.xlsx, else CSV).
    ExportDialog(const QString &summary, const QString &path, const CsvOptions &options,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    CsvOptions options() const;
    bool isXlsx() const;
    // The .xlsx options; the sheet is named after the rows' customer or tenant.
    XlsxOptions xlsxOptions() const;
    void setDatesAsText(bool datesAsText);

private:
    void validate();
    void formatChosen();
    void pathEdited();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};
