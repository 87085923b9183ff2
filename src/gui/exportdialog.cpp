#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {
enum FormatIndex { CsvIndex, XlsxIndex };
}

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
    pathEdited(); // the format from the file name, and the options that go with it
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen =
            isXlsx() ? QFileDialog::getSaveFileName(this, windowTitle(), this->path(),
                                                    tr("Excel workbooks (*.xlsx);;All files (*)"))
                     : QFileDialog::getSaveFileName(this, windowTitle(), this->path(),
                                                    tr("CSV files (*.csv);;All files (*)"));
        if (!chosen.isEmpty())
            m_ui->pathEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::pathEdited);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
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

bool ExportDialog::isXlsx() const
{
    return m_ui->formatCombo->currentIndex() == XlsxIndex;
}

XlsxOptions ExportDialog::xlsxOptions() const
{
    XlsxOptions options;
    options.datesAsText = m_ui->datesAsTextCheck->isChecked();
    return options;
}

void ExportDialog::setDatesAsText(bool datesAsText)
{
    m_ui->datesAsTextCheck->setChecked(datesAsText);
}

void ExportDialog::pathEdited()
{
    // A typed extension picks the format; any other name keeps the one chosen.
    const QString name = path();
    const QSignalBlocker blocker(m_ui->formatCombo);
    if (name.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        m_ui->formatCombo->setCurrentIndex(XlsxIndex);
    else if (name.endsWith(u".csv"_s, Qt::CaseInsensitive))
        m_ui->formatCombo->setCurrentIndex(CsvIndex);
    formatChosen();
}

void ExportDialog::formatChosen()
{
    const bool xlsx = isXlsx();
    setWindowTitle(xlsx ? tr("Export to Excel workbook") : tr("Export to CSV"));
    // An .xlsx cell is typed: there is no formula to guard against and no byte order mark.
    m_ui->excelSafeCheck->setVisible(!xlsx);
    m_ui->bomCheck->setVisible(!xlsx);
    m_ui->datesAsTextCheck->setVisible(xlsx);
    const QString wanted = xlsx ? u".xlsx"_s : u".csv"_s;
    const QString other = xlsx ? u".csv"_s : u".xlsx"_s;
    const QString text = m_ui->pathEdit->text();
    if (text.endsWith(other, Qt::CaseInsensitive)) {
        const QSignalBlocker blocker(m_ui->pathEdit);
        m_ui->pathEdit->setText(text.chopped(other.size()) + wanted);
        validate();
    }
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
