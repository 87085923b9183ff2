#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const QString &summary, const QString &path, const CsvOptions &options,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    m_ui->excelSafeCheck->setChecked(options.excelSafe);
    m_ui->bomCheck->setChecked(options.byteOrderMark);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to CSV"), this->path(),
                                                            tr("CSV files (*.csv);;All files (*)"));
        if (!chosen.isEmpty())
            m_ui->pathEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    validate();
    resize(width(), sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

CsvOptions ExportDialog::options() const
{
    CsvOptions options;
    options.excelSafe = m_ui->excelSafeCheck->isChecked();
    options.byteOrderMark = m_ui->bomCheck->isChecked();
    return options;
}

void ExportDialog::validate()
{
    QString problem;
    const QFileInfo file(path());
    if (path().isEmpty())
        problem = tr("Choose a file to write.");
    else if (file.isDir())
        problem = tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(file.filePath()));
    else if (!file.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
    else if (file.exists())
        problem = tr("%1 exists and will be replaced.").arg(file.fileName());
    m_ui->problemLabel->setText(problem);
    const bool canSave = !path().isEmpty() && !file.isDir() && file.absoluteDir().exists();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(canSave);
}
