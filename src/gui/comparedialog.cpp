#include "comparedialog.h"

#include "core/input/numbersfilereader.h"
#include "ui_comparedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

CompareDialog::CompareDialog(const QList<CompareSource> &sources, int defaultBefore, QString fileFolder,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompareDialog>())
    , m_sources(sources)
    , m_fileFolder(std::move(fileFolder))
{
    m_ui->setupUi(this);
    m_ui->compareButtons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    for (QComboBox *combo : {m_ui->oldSourceCombo, m_ui->newSourceCombo}) {
        for (const CompareSource &source : m_sources) {
            combo->addItem(source.label);
            combo->setItemData(combo->count() - 1, source.label, Qt::ToolTipRole); // when elided
        }
    }
    if (defaultBefore < 0)
        defaultBefore = m_sources.size() > 1 ? 1 : 0;
    m_ui->oldSourceCombo->setCurrentIndex(m_sources.isEmpty() ? -1 : int(defaultBefore));
    m_ui->newSourceCombo->setCurrentIndex(m_sources.isEmpty() ? -1 : 0);
    connect(m_ui->oldFileButton, &QPushButton::clicked, this, [this] { pickFile(m_ui->oldSourceCombo); });
    connect(m_ui->newFileButton, &QPushButton::clicked, this, [this] { pickFile(m_ui->newSourceCombo); });
    connect(m_ui->oldSourceCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::check);
    connect(m_ui->newSourceCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::check);
    connect(m_ui->compareButtons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->compareButtons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    check();
}

CompareDialog::~CompareDialog() = default;

CompareSource CompareDialog::before() const
{
    const int index = m_ui->oldSourceCombo->currentIndex();
    return index < 0 ? CompareSource{} : m_sources.at(index);
}

CompareSource CompareDialog::after() const
{
    const int index = m_ui->newSourceCombo->currentIndex();
    return index < 0 ? CompareSource{} : m_sources.at(index);
}

void CompareDialog::pickFile(QComboBox *combo)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare a saved response"), m_fileFolder,
                                                      NumbersFileReader::fileDialogFilter());
    if (path.isEmpty())
        return;
    m_fileFolder = QFileInfo(path).absolutePath();
    chooseFile(combo, path);
}

void CompareDialog::chooseFile(QComboBox *combo, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = -1;
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).path == absolute)
            index = i;
    }
    if (index < 0) {
        m_sources.append({tr("File %1").arg(QDir::toNativeSeparators(absolute)), absolute});
        index = int(m_sources.size()) - 1;
        for (QComboBox *each : {m_ui->oldSourceCombo, m_ui->newSourceCombo}) {
            each->addItem(m_sources.constLast().label);
            each->setItemData(each->count() - 1, m_sources.constLast().label, Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(index);
}

void CompareDialog::check()
{
    QString problem;
    if (m_ui->oldSourceCombo->currentIndex() < 0 || m_ui->newSourceCombo->currentIndex() < 0)
        problem = tr("Choose a file for each side: nothing is shown and no snapshot is kept yet.");
    else if (m_ui->oldSourceCombo->currentIndex() == m_ui->newSourceCombo->currentIndex())
        problem = tr("Before and after are the same; choose something else for one of them.");
    m_ui->compareProblem->setText(problem);
    m_ui->compareProblem->setVisible(!problem.isEmpty());
    m_ui->compareButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
