#include "numberswidget.h"

#include "core/export/csvexportjob.h"
#include "core/models/numberstablemodel.h"
#include "core/numberfacets.h"
#include "core/numberstore.h"
#include "core/utf8view.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "sbcroutingdialog.h"
#include "ui_numberswidget.h"
#include "viewsettings.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

NumbersWidget::NumbersWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NumbersWidget>())
    , m_detailPane(new DetailPane)
{
    m_ui->setupUi(this);
    m_detailPane->setObjectName(u"detailPane"_s);
    m_ui->splitter->addWidget(m_detailPane);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
}

NumbersWidget::~NumbersWidget() = default;

void NumbersWidget::setUp(NumbersTableModel *model, ViewSettings *view)
{
    m_model = model;
    m_view = view;
    NumbersTableView *table = m_ui->tableView;
    table->setNumbersModel(model);
    connect(m_ui->filterBar, &FilterBar::filterChanged, this, &NumbersWidget::applyFilter);
    connect(m_ui->filterBar, &FilterBar::resultsRequested, this, &NumbersWidget::focusResults);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NumbersWidget::currentRowChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NumbersWidget::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &NumbersWidget::currentRowChanged);
    connect(table, &NumbersTableView::numberActivated, this, &NumbersWidget::openRouting);
    connect(table, &QWidget::customContextMenuRequested, this, &NumbersWidget::showMenu);
    connect(table, &NumbersTableView::layoutEdited, this, &NumbersWidget::saveLayout);
}

void NumbersWidget::applyFilter(const NumberFilter &filter)
{
    // The selection and the current number stay where they are still shown.
    NumbersTableView *table = m_ui->tableView;
    const std::vector<std::uint32_t> selected = table->selectedStoreRows();
    const std::optional<std::uint32_t> current = table->currentStoreRow();
    QElapsedTimer clock;
    clock.start();
    m_model->setFilter(filter);
    table->selectStoreRows(selected, current);
    m_ui->filterBar->setLastFilterTime(clock.elapsed());
    if (m_view && !m_profile.isEmpty())
        m_view->setFilter(m_profile, filter);
}

void NumbersWidget::focusResults()
{
    NumbersTableView *table = m_ui->tableView;
    if (m_model->rowCount() == 0)
        return;
    if (!table->currentIndex().isValid())
        table->setCurrentIndex(m_model->index(0, 0));
    else
        table->selectionModel()->select(table->currentIndex(),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(table->currentIndex());
    table->setFocus(Qt::TabFocusReason);
}

void NumbersWidget::setPlaceholderText(const QString &text)
{
    m_ui->tableView->setPlaceholderText(text);
}

void NumbersWidget::resetColumns()
{
    m_ui->tableView->resetLayout();
    saveLayout();
}

void NumbersWidget::setActions(const Actions &actions)
{
    m_actions = actions;
    m_menuActions = {actions.copyNumber,     actions.copyJson, actions.copy, actions.copyRaw, nullptr,
                     actions.exportSelected, actions.routing};
    // Ctrl+C guards formulas like the Excel-safe CSV (the text is pasted into spreadsheets); the raw copy
    // is a separate action. Both act on the table only: the search field and detail pane keep their own.
    for (QAction *action : {actions.copy, actions.copyRaw}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->tableView->addAction(action);
    }
    connect(actions.copy, &QAction::triggered, this, [this] { copyRows(RowsText::Cells::Guarded); });
    connect(actions.copyRaw, &QAction::triggered, this, [this] { copyRows(RowsText::Cells::Raw); });
    connect(actions.copyNumber, &QAction::triggered, this, &NumbersWidget::copyNumber);
    connect(actions.copyJson, &QAction::triggered, this, &NumbersWidget::copyJson);
    connect(actions.exportSelected, &QAction::triggered, this, [this] { exportRows(true); });
    connect(actions.exportShown, &QAction::triggered, this, [this] { exportRows(false); });
    connect(actions.routing, &QAction::triggered, this, &NumbersWidget::openCurrentRouting);
    connect(actions.find, &QAction::triggered, m_ui->filterBar, &FilterBar::focusSearch);
    connect(actions.clearFilters, &QAction::triggered, m_ui->filterBar, &FilterBar::clear);
    connect(actions.resetColumns, &QAction::triggered, this, &NumbersWidget::resetColumns);
    connect(m_ui->filterBar, &FilterBar::filterChanged, actions.clearFilters,
            [action = actions.clearFilters](const NumberFilter &filter) {
                action->setEnabled(!filter.isEmpty());
            });
    actions.clearFilters->setEnabled(!m_ui->filterBar->filter().isEmpty());
    connect(actions.saveView, &QAction::triggered, this, &NumbersWidget::saveView);
    connect(actions.deleteView, &QAction::triggered, this, &NumbersWidget::deleteView);
    connect(this, &NumbersWidget::selectionChanged, this, &NumbersWidget::updateActions);
    connect(m_model, &NumbersTableModel::countsChanged, this, &NumbersWidget::updateActions);
    updateActions();
}

FilterBar *NumbersWidget::filterBar() const
{
    return m_ui->filterBar;
}

void NumbersWidget::setFacets(const NumberFacets &facets)
{
    m_ui->filterBar->setFacets(facets);
    const NumberStore &store = m_model->store();
    bool customerNames = false;
    for (std::size_t row = 0; row < store.size() && !customerNames; ++row)
        customerNames = !store.pooled(store.record(row).umpCustomerFullName).empty();
    m_ui->tableView->setHasCustomerNames(customerNames);
}

void NumbersWidget::selectFirstRow()
{
    if (m_model->rowCount() > 0 && !m_ui->tableView->currentIndex().isValid())
        m_ui->tableView->setCurrentIndex(m_model->index(0, 0));
}

void NumbersWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void NumbersWidget::updateActions()
{
    if (!m_actions.copy)
        return;
    const bool hasRows = m_model->visibleCount() > 0;
    // Dialogs that read the table's numbers wait for the load to end: its first batch replaces them.
    m_actions.exportSelected->setEnabled(!m_busy && hasSelection());
    m_actions.exportShown->setEnabled(!m_busy && hasRows);
    m_actions.routing->setEnabled(!m_busy && hasCurrent());
    m_actions.copy->setEnabled(hasSelection());
    m_actions.copyRaw->setEnabled(hasSelection());
    m_actions.copyNumber->setEnabled(hasCurrent());
    m_actions.copyJson->setEnabled(hasCurrent());
}

bool NumbersWidget::hasSelection() const
{
    return m_ui->tableView->selectionModel()->hasSelection();
}

bool NumbersWidget::hasCurrent() const
{
    return m_ui->tableView->currentIndex().isValid();
}

void NumbersWidget::showProfile(const QString &profile)
{
    saveLayout();
    m_profile = profile;
    m_ui->tableView->restoreLayout(m_view->header(profile));
    // Each connection's filter choices, as they were left.
    m_ui->filterBar->setFilter(profile.isEmpty() ? NumberFilter() : m_view->filter(profile));
}

void NumbersWidget::saveLayout()
{
    if (!m_profile.isEmpty())
        m_view->setHeader(m_profile, m_ui->tableView->saveLayout());
}

QByteArray NumbersWidget::splitterState() const
{
    return m_ui->splitter->saveState();
}

void NumbersWidget::restoreSplitterState(const QByteArray &state)
{
    if (!m_ui->splitter->restoreState(state))
        m_ui->splitter->setSizes({640, 420});
}

void NumbersWidget::currentRowChanged()
{
    // Actions follow selectionChanged and countsChanged, which come with every change of the current row.
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        m_detailPane->showNumber(m_model->store(), m_model->storeRow(current.row()));
    else
        m_detailPane->clear();
}

void NumbersWidget::showMenu(const QPoint &position)
{
    QMenu menu(this);
    for (QAction *action : m_menuActions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_ui->tableView->viewport()->mapToGlobal(position));
}

void NumbersWidget::copyRows(RowsText::Cells cells)
{
    const std::vector<std::uint32_t> rows = m_ui->tableView->selectedStoreRows();
    if (rows.empty())
        return;
    QGuiApplication::clipboard()->setText(
        RowsText::tsv(m_model->store(), rows, m_ui->tableView->visibleColumns(), cells));
    emit statusMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

void NumbersWidget::copyNumber()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            fromUtf8View(m_model->store().telephoneNumber(m_model->storeRow(current.row()))));
}

void NumbersWidget::copyJson()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            RowsText::json(m_model->store(), m_model->storeRow(current.row())));
}

void NumbersWidget::openRouting(int viewRow)
{
    if (m_busy || viewRow < 0 || std::size_t(viewRow) >= m_model->visibleCount())
        return;
    auto *dialog = new SbcRoutingDialog(m_model->store(), m_model->storeRow(viewRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"sbcRoutingDialog"_s);
    connect(dialog, &SbcRoutingDialog::filterToSbcRequested, this, [this](const QString &sbc) {
        NumberFilter filter;
        filter.sbcs = {sbc};
        m_ui->filterBar->setFilter(filter);
    });
    connect(dialog, &SbcRoutingDialog::numberRequested, this, &NumbersWidget::goToStoreRow);
    dialog->open();
}

void NumbersWidget::goToStoreRow(std::uint32_t storeRow)
{
    if (storeRow >= m_model->store().size())
        return;
    if (m_model->viewRowsOf(std::span(&storeRow, 1)).front() < 0) {
        m_ui->filterBar->clear(); // the number is hidden by the filter: show everything to show it
        emit statusMessage(
            tr("Filters cleared to show %1.").arg(fromUtf8View(m_model->store().telephoneNumber(storeRow))),
            6000);
    }
    m_ui->tableView->selectStoreRows({storeRow}, storeRow);
    m_ui->tableView->setFocus(Qt::OtherFocusReason);
}

void NumbersWidget::openCurrentRouting()
{
    if (m_ui->tableView->currentIndex().isValid())
        openRouting(m_ui->tableView->currentIndex().row());
}

void NumbersWidget::exportRows(bool selectedOnly)
{
    if (m_busy)
        return;
    std::vector<std::uint32_t> rows =
        selectedOnly ? m_ui->tableView->selectedStoreRows() : m_model->visibleRows();
    if (rows.empty())
        return;
    const QLocale locale;
    const std::vector<NumberColumn> columns = m_ui->tableView->visibleColumns();
    QString folder = m_view->exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath(); // a desktop without a Documents folder
    const QString base = m_origin.isEmpty() ? u"numbers"_s : u"numbers-"_s + m_origin.left(8);
    ExportDialog dialog(
        tr("%Ln number(s), %1 columns (the visible ones, in the table's order).", nullptr, int(rows.size()))
            .arg(locale.toString(qlonglong(columns.size()))),
        QDir(folder).filePath(base + (m_view->exportXlsx() ? u".xlsx"_s : u".csv"_s)),
        m_view->exportOptions(), this);
    dialog.setObjectName(u"exportDialog"_s);
    dialog.setDatesAsText(m_view->exportDatesAsText());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    m_view->saveExport(dialog.options(), QFileInfo(path).absolutePath());
    m_view->saveExportFormat(dialog.isXlsx(), dialog.xlsxOptions().datesAsText);

    auto *job = new CsvExportJob(m_model->store(), std::move(rows), columns, dialog.options(), path, this);
    if (dialog.isXlsx())
        job->setXlsx(dialog.xlsxOptions());
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"),
                                         0, 1000, this);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowModality(Qt::WindowModal); // the numbers must not change while they are written
    progress->setMinimumDuration(400);
    progress->setValue(0);
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, job] {
        progress->setValue(int(job->rowsWritten() * 1000 / std::max<std::size_t>(1, job->rowCount())));
    });
    poll->start(100);
    connect(progress, &QProgressDialog::canceled, job, &CsvExportJob::cancel);
    const qlonglong count = qlonglong(job->rowCount());
    connect(job, &CsvExportJob::finished, this, [this, job, progress, path, count](const QString &error) {
        progress->deleteLater();
        job->deleteLater();
        if (error.isEmpty())
            emit message(tr("Exported %1 numbers to %2.")
                             .arg(QLocale().toString(count), QDir::toNativeSeparators(path)),
                         false);
        else
            emit message(error, true);
        emit exportFinished(error);
    });
    job->start();
}

QStringList NumbersWidget::viewNames() const
{
    return m_view->viewNames(m_profile);
}

void NumbersWidget::showView(const QString &name)
{
    const ViewSettings::View view = m_view->view(m_profile, name);
    m_ui->tableView->restoreLayout(view.header);
    m_ui->filterBar->setFilter(view.filter);
}

void NumbersWidget::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
                                               tr("Name of this view (the filter and the table's columns):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_view->saveView(m_profile, name, {m_ui->filterBar->filter(), m_ui->tableView->saveLayout()});
    emit statusMessage(tr("View \"%1\" saved.").arg(name), 4000);
}

void NumbersWidget::deleteView()
{
    const QStringList names = viewNames();
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Delete view"), tr("View to delete:"), names, 0, false, &ok);
    if (ok)
        m_view->removeView(m_profile, name);
}
