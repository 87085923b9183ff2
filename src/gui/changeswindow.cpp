#include "changeswindow.h"

#include "core/export/numberchangesexportjob.h"
#include "core/models/numberchangesmodel.h"
#include "core/numbercomparison.h"
#include "plaintooltips.h"
#include "ui_changeswindow.h"

#include <algorithm>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QString formatCount(std::size_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

} // namespace

ChangesWindow::ChangesWindow(CompareSide oldSide, CompareSide newSide, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangesWindow>())
    , m_old(std::move(oldSide))
    , m_new(std::move(newSide))
    , m_model(new NumberChangesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"changesWindow"_s);
    setWindowTitle(tr("Changes from %1 to %2").arg(m_old.label, m_new.label));
    m_ui->summaryLabel->setText(tr("Comparing %1 with %2…").arg(m_old.label, m_new.label));
    m_ui->contentStack->setCurrentWidget(m_ui->comparingPage);
    m_ui->changeKindCombo->setEnabled(false);
    m_ui->changeFieldCombo->setEnabled(false);
    m_ui->exportChangesButton->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    QTableView *table = m_ui->changesTable;
    table->setModel(m_model);
    PlainToolTips::install(table);
    // Row heights are fixed: nothing measures the rows of a 10^5-row table.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(table->font()).height() + 6);
    connect(table, &QTableView::activated, this, &ChangesWindow::activate);
    connect(m_ui->changeKindCombo, &QComboBox::currentIndexChanged, this, &ChangesWindow::applyFilters);
    connect(m_ui->changeFieldCombo, &QComboBox::currentIndexChanged, this, &ChangesWindow::applyFilters);
    connect(m_ui->exportChangesButton, &QPushButton::clicked, this, &ChangesWindow::chooseExportFile);

    connect(&m_comparison, &QFutureWatcher<std::shared_ptr<const NumberComparison>>::finished, this,
            &ChangesWindow::showComparison);
    // The stores are held by the task, so it may outlive the window.
    m_comparison.setFuture(QtConcurrent::run([oldStore = m_old.store, newStore = m_new.store] {
        return std::shared_ptr<const NumberComparison>(
            std::make_shared<NumberComparison>(NumberComparison::compare(*oldStore, *newStore)));
    }));
}

ChangesWindow::~ChangesWindow() = default;

void ChangesWindow::showComparison()
{
    m_model->setComparison(m_comparison.result());
    m_comparing = false;
    const NumberComparison &comparison = *m_model->comparison();
    QString summary =
        tr("From %1 to %2: %3 added, %4 removed, %5 changed")
            .arg(m_old.label, m_new.label, formatCount(comparison.rows(NumberChange::Kind::Added)),
                 formatCount(comparison.rows(NumberChange::Kind::Removed)),
                 formatCount(comparison.changedNumbers));
    if (const std::size_t duplicates = comparison.rows(NumberChange::Kind::Duplicate); duplicates > 0)
        summary += tr(", %1 duplicated").arg(formatCount(duplicates));
    m_ui->summaryLabel->setText(summary);
    fillFilters();
    sizeColumns();
    // The diff's order is by number: the indicator says so, and nothing is sorted until a header is clicked.
    QHeaderView *header = m_ui->changesTable->horizontalHeader();
    header->setSortIndicator(NumberChangesModel::TelephoneNumberColumn, Qt::AscendingOrder);
    m_ui->changesTable->setSortingEnabled(true);
    updateShown();
    emit comparisonFinished();
}

void ChangesWindow::fillFilters()
{
    const NumberComparison &comparison = *m_model->comparison();
    QComboBox *kinds = m_ui->changeKindCombo;
    const QSignalBlocker kindsBlocker(kinds);
    kinds->clear();
    kinds->addItem(tr("All changes"), int(NumberChangesModel::AllKinds));
    kinds->addItem(tr("Added"), int(NumberChangesModel::maskOf(NumberChange::Kind::Added)));
    kinds->addItem(tr("Removed"), int(NumberChangesModel::maskOf(NumberChange::Kind::Removed)));
    kinds->addItem(tr("Changed"), int(NumberChangesModel::maskOf(NumberChange::Kind::Changed)));
    kinds->addItem(tr("Duplicates"), int(NumberChangesModel::maskOf(NumberChange::Kind::Duplicate)));
    QComboBox *fields = m_ui->changeFieldCombo;
    const QSignalBlocker fieldsBlocker(fields);
    fields->clear();
    fields->addItem(tr("All fields"), QString());
    for (const std::string &field : comparison.fields)
        fields->addItem(NumberChangesModel::fieldTitle(field), QString::fromStdString(field));
    const bool any = !comparison.changes.empty();
    kinds->setEnabled(any);
    fields->setEnabled(any && !comparison.fields.empty());
}

void ChangesWindow::applyFilters()
{
    if (m_comparing)
        return;
    const auto kinds =
        static_cast<NumberChangesModel::KindMask>(m_ui->changeKindCombo->currentData().toInt());
    // Only changed numbers have fields: the field filter applies to them alone.
    const bool fieldsApply = (kinds & NumberChangesModel::maskOf(NumberChange::Kind::Changed)) != 0;
    m_ui->changeFieldCombo->setEnabled(fieldsApply && m_ui->changeFieldCombo->count() > 1);
    m_model->setKindFilter(kinds);
    m_model->setFieldFilter(fieldsApply ? m_ui->changeFieldCombo->currentData().toString().toStdString()
                                        : std::string());
    updateShown();
}

void ChangesWindow::updateShown()
{
    const std::size_t total = m_model->totalChanges();
    const auto shown = static_cast<std::size_t>(m_model->rowCount());
    if (total == 0)
        m_ui->emptyLabel->setText(tr("No differences"));
    else if (shown == 0)
        m_ui->emptyLabel->setText(tr("No changes match the filters"));
    m_ui->contentStack->setCurrentWidget(shown == 0 ? m_ui->emptyPage : m_ui->tablePage);
    m_ui->shownLabel->setText(
        total == 0 ? QString() : tr("Showing %1 of %2").arg(formatCount(shown), formatCount(total)));
    m_ui->exportChangesButton->setEnabled(shown > 0 && !(m_export && m_export->isRunning()));
}

void ChangesWindow::sizeColumns()
{
    QTableView *table = m_ui->changesTable;
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics metrics(table->font());
    const int padding = metrics.averageCharWidth() * 3;
    const auto widest = [&](const QStringList &texts, int column) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + padding;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        return width;
    };
    QStringList kinds;
    for (const auto kind : {NumberChange::Kind::Added, NumberChange::Kind::Removed,
                            NumberChange::Kind::Changed, NumberChange::Kind::Duplicate})
        kinds.append(NumberChangesModel::kindTitle(kind));
    QStringList fields{NumberChangesModel::duplicateFieldText()};
    for (const std::string &field : m_model->comparison()->fields)
        fields.append(NumberChangesModel::fieldTitle(field));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(NumberChangesModel::KindColumn, widest(kinds, NumberChangesModel::KindColumn));
    header->resizeSection(NumberChangesModel::TelephoneNumberColumn,
                          widest({u"+000000000000000"_s}, NumberChangesModel::TelephoneNumberColumn));
    header->resizeSection(NumberChangesModel::FieldColumn, widest(fields, NumberChangesModel::FieldColumn));
    // Old and new share the rest; long values are elided, their tooltips show them whole.
    header->setSectionResizeMode(NumberChangesModel::OldValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NumberChangesModel::NewValueColumn, QHeaderView::Stretch);
}

void ChangesWindow::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_comparing)
        return;
    const NumberChange &change = m_model->change(index.row());
    const bool inOldSide = change.kind == NumberChange::Kind::Removed ||
                           (change.kind == NumberChange::Kind::Duplicate && change.field == "old");
    emit numberActivated(QString::fromStdString(change.telephoneNumber), !inOldSide);
}

void ChangesWindow::chooseExportFile()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString selectedFilter = csvFilter;
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"changes.csv"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Export changes"), start,
                                                csvFilter + u";;"_s + xlsxFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == xlsxFilter ? u".xlsx"_s : u".csv"_s;
    exportTo(path);
}

void ChangesWindow::exportTo(const QString &path)
{
    if (m_comparing || (m_export && m_export->isRunning()))
        return;
    m_export = std::make_unique<NumberChangesExportJob>(m_model->comparison(), m_model->shownChangeIndices(),
                                                        path, NumberChangesExportJob::formatOf(path));
    connect(m_export.get(), &NumberChangesExportJob::finished, this, [this](const QString &error) {
        m_ui->exportStatusLabel->setText(
            error.isEmpty()
                ? tr("Exported %1 changes to %2")
                      .arg(formatCount(m_export->rowCount()), QDir::toNativeSeparators(m_export->path()))
                : error);
        updateShown();
        emit exportFinished(error);
    });
    m_ui->exportStatusLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_ui->exportChangesButton->setEnabled(false);
    m_export->start();
}
