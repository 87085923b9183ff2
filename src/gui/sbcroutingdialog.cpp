#include "sbcroutingdialog.h"

#include "core/models/sbcsharingmodel.h"
#include "core/sbcrouting.h"
#include "plaintooltips.h"
#include "ui_sbcroutingdialog.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

QString formatCount(std::size_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *countItem(std::size_t n)
{
    QTableWidgetItem *item = textItem(formatCount(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Row heights are fixed and set once: nothing measures the rows of a 10^5-row table.
void setFixedRowHeight(QTableView *table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(table->font()).height() + 6);
}

} // namespace

SbcRoutingDialog::SbcRoutingDialog(const NumberStore &store, std::size_t row, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SbcRoutingDialog>())
{
    m_ui->setupUi(this);
    // Names and values come from the server: their tooltips are shown as text.
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             m_ui->routesTable, m_ui->countryCountsTable, m_ui->statusCountsTable, m_ui->sharingTable})
        PlainToolTips::install(view);
    const SbcRouting routing = SbcRouting::of(store, row);
    setWindowTitle(tr("SBC routing — %1").arg(routing.number));
    showHeader(routing);
    showRoutes(routing);
    showSharing(routing, store);
    if (routing.routes.empty()) {
        // Nothing to list: the dialog shrinks to the header and the explanations.
        m_ui->countryCountsTable->hide();
        m_ui->statusCountsTable->hide();
        m_ui->sharingTable->hide();
        resize(width(), sizeHint().height());
    }
    connect(m_ui->filterToSbcButton, &QPushButton::clicked, this, &SbcRoutingDialog::requestFilter);
    connect(m_ui->sharingTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid() || !m_sharingModel)
            return;
        emit numberRequested(m_sharingModel->storeRow(index.row()));
        accept();
    });
    connect(m_ui->routesTable, &QTableWidget::itemSelectionChanged, this,
            &SbcRoutingDialog::updateFilterButton);
    updateFilterButton();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

SbcRoutingDialog::~SbcRoutingDialog() = default;

void SbcRoutingDialog::showHeader(const SbcRouting &routing)
{
    m_ui->numberLabel->setText(routing.number);
    m_ui->callingProfileLabel->setText(routing.callingProfileId.isEmpty() ? tr("(none)")
                                                                          : routing.callingProfileId);
    const auto state = [](bool acquired, bool available) {
        if (acquired)
            return tr("Acquired");
        return available ? tr("Available but not acquired") : tr("Not available");
    };
    // The calling states line up whatever the length of the profile id.
    const QFontMetrics metrics(font());
    m_ui->headerLayout->setColumnMinimumWidth(
        1, metrics.horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s) +
               metrics.averageCharWidth() * 4);
    m_ui->inboundLabel->setText(state(routing.inboundAcquired, routing.inboundAvailable));
    m_ui->outboundLabel->setText(state(routing.outboundAcquired, routing.outboundAvailable));
}

void SbcRoutingDialog::showRoutes(const SbcRouting &routing)
{
    QTableWidget *table = m_ui->routesTable;
    setFixedRowHeight(table);
    table->setRowCount(static_cast<int>(routing.routes.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const SbcRouting::Route &route = routing.routes[static_cast<std::size_t>(r)];
        m_routeNames.append(route.name);
        table->setItem(r, 0, textItem(route.name));
        table->setItem(r, 1, textItem(route.fqdn));
        table->setItem(r, 2, textItem(route.ip));
        QTableWidgetItem *id = textItem(route.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 3, id);
        table->setItem(r, 4, countItem(route.numbers));
    }
    // A few rows: measuring them is cheap. Room is left between the columns.
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    for (int c = 1; c < table->columnCount(); ++c)
        header->resizeSection(c, header->sectionSize(c) + 16);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    // Tall enough for the routes (numbers rarely have more than three), never the whole dialog.
    const int rows = std::clamp(table->rowCount(), 1, 4);
    table->setFixedHeight(header->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());

    const bool none = routing.routes.empty();
    table->setVisible(!none);
    m_ui->noRoutesLabel->setVisible(none);
    if (!none)
        table->selectRow(0);
}

void SbcRoutingDialog::showSharing(const SbcRouting &routing, const NumberStore &store)
{
    const std::size_t sharing = routing.sharingRows.size();
    const bool one = routing.routes.size() == 1;
    QString summary;
    if (routing.routes.empty())
        summary = tr("Without an SBC, this number shares its routing with no other number");
    else if (sharing == 0)
        summary =
            one ? tr("No other loaded number uses this SBC") : tr("No other loaded number uses these SBCs");
    else // %Ln: the count in the locale's digits, as in the tables
        summary = one ? tr("%Ln other loaded numbers use this SBC", nullptr, static_cast<int>(sharing))
                      : tr("%Ln other loaded numbers use these SBCs", nullptr, static_cast<int>(sharing));
    m_ui->sharingSummaryLabel->setText(summary);
    if (one)
        m_ui->sharingGroup->setTitle(tr("Other numbers through this SBC"));

    const auto showCounts = [](QTableWidget *table, const std::vector<SbcRouting::Count> &counts) {
        setFixedRowHeight(table);
        table->setRowCount(static_cast<int>(counts.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const SbcRouting::Count &count = counts[static_cast<std::size_t>(r)];
            table->setItem(r, 0, textItem(count.key.isEmpty() ? tr("(none)") : count.key));
            table->setItem(r, 1, countItem(count.numbers));
        }
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    };
    showCounts(m_ui->countryCountsTable, routing.byCountry);
    showCounts(m_ui->statusCountsTable, routing.byStatus);
    const QFontMetrics metrics(font());
    const int countsWidth = metrics.horizontalAdvance(u"Marked For Removal 0,000,000"_s) + 40;
    m_ui->countryCountsTable->setFixedWidth(countsWidth);
    m_ui->statusCountsTable->setFixedWidth(countsWidth);

    QTableView *table = m_ui->sharingTable;
    m_sharingModel = new SbcSharingModel(store, routing.sharingRows, this);
    table->setModel(m_sharingModel);
    setFixedRowHeight(table);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    const QString samples[] = {u"+000000000000000"_s, u"MM"_s, u"Marked For Removal"_s};
    for (int c = 0; c < 3; ++c) {
        const int title = metrics.horizontalAdvance(m_sharingModel->headerData(c, Qt::Horizontal).toString());
        header->resizeSection(c, std::max(metrics.horizontalAdvance(samples[c]), title) + 24);
    }
}

void SbcRoutingDialog::updateFilterButton()
{
    m_ui->filterToSbcButton->setEnabled(!m_ui->routesTable->selectionModel()->selectedRows().isEmpty());
}

void SbcRoutingDialog::requestFilter()
{
    const QModelIndexList selected = m_ui->routesTable->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    emit filterToSbcRequested(m_routeNames.at(selected.front().row()));
    accept();
}
