#include "mainwindow.h"

#include "models/numberstablemodel.h"
#include "ui_mainwindow.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new NumbersTableModel(this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->tableView;
    table->setModel(m_model);
    // Fixed row heights and widths set once: nothing may measure all rows of a 10^6-row table.
    const int rowHeight = QFontMetrics(table->font()).height() + 6;
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->horizontalHeader()->setHighlightSections(false);
    setInitialColumnWidths();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(m_model, &NumbersTableModel::countsChanged, this, &MainWindow::updateCounts);
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::setNumbers(std::unique_ptr<NumberStore> store, const QString &origin)
{
    m_model->setStore(std::move(store));
    setWindowTitle(tr("%1 — OC Numbers").arg(origin));
    statusBar()->showMessage(tr("Showing %1").arg(origin));
}

void MainWindow::applySearch()
{
    NumberFilter filter = m_model->filter();
    filter.text = m_ui->searchEdit->text();
    m_model->setFilter(filter);
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    m_ui->countLabel->setText(tr("%1 of %2 numbers shown")
                                  .arg(locale.toString(static_cast<qlonglong>(m_model->visibleCount())),
                                       locale.toString(static_cast<qlonglong>(m_model->totalCount()))));
}

void MainWindow::setInitialColumnWidths()
{
    const QFontMetrics metrics(m_ui->tableView->font());
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    const auto sample = [](NumberColumn column) -> QString {
        switch (NumberColumns::kind(column)) {
        case ColumnKind::PhoneNumber:
            return u"+000000000000000"_s;
        case ColumnKind::DateTime:
            return QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
        case ColumnKind::Integer:
            return u"0000000000"_s;
        case ColumnKind::Status:
            return u"Marked For Removal"_s;
        case ColumnKind::Capabilities:
            return u"Office365, InboundCalling, OutboundCalling"_s;
        case ColumnKind::SbcList:
            return u"oc1.sandbox.example.net [000.000.000.000]"_s;
        case ColumnKind::PooledText:
            break;
        }
        if (column == NumberColumn::Country)
            return u"MM"_s;
        if (column == NumberColumn::Source)
            return u"webapi"_s;
        if (column == NumberColumn::Assignment)
            return u"ConferenceAssigned"_s;
        if (column == NumberColumn::ServiceFullName || column == NumberColumn::CompanyName ||
            column == NumberColumn::OcSipConnection || column == NumberColumn::OcSipConnectionDescription)
            return u"Contoso Telecommunications Ltd"_s;
        if (column == NumberColumn::AssignmentVerificationCode)
            return u"000"_s;
        return u"00000000-0000-0000-0000-000000000000"_s;
    };
    for (int c = 0; c < NumberColumnCount; ++c) {
        const auto column = static_cast<NumberColumn>(c);
        const int content = metrics.horizontalAdvance(sample(column));
        const int title = metrics.horizontalAdvance(NumberColumns::title(column)) + 24; // sort indicator
        header->resizeSection(c, std::max(content, title) + 16);
    }
}
