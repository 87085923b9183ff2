#include "numberstableview.h"

#include "core/models/numberstablemodel.h"
#include "plaintooltips.h"

#include <algorithm>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace {

// Text as wide as a column's typical content: the column starts that wide.
QString widthSample(NumberColumn column)
{
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
    switch (column) {
    case NumberColumn::Country:
        return u"MM"_s;
    case NumberColumn::Source:
        return u"webapi"_s;
    case NumberColumn::Assignment:
        return u"ConferenceAssigned"_s;
    case NumberColumn::AssignmentVerificationCode:
        return u"000"_s;
    case NumberColumn::ServiceFullName:
    case NumberColumn::CompanyName:
    case NumberColumn::OcSipConnection:
    case NumberColumn::OcSipConnectionDescription:
        return u"Contoso Telecommunications Ltd"_s;
    default:
        return u"00000000-0000-0000-0000-000000000000"_s;
    }
}

} // namespace

NumbersTableView::NumbersTableView(QWidget *parent)
    : QTableView(parent)
{
    PlainToolTips::install(this); // values as the server sent them
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 6);
    verticalHeader()->setVisible(false);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &NumbersTableView::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (m_model)
            m_model->sort(section, order);
        emit layoutEdited();
    });
    connect(header, &QHeaderView::sectionMoved, this, &NumbersTableView::layoutEdited);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit numberActivated(index.row());
    });
}

void NumbersTableView::setNumbersModel(NumbersTableModel *model)
{
    m_model = model;
    setModel(model);
    resetLayout();
}

void NumbersTableView::resetLayout()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics(font());
    for (int c = 0; c < NumberColumnCount; ++c) {
        const auto column = static_cast<NumberColumn>(c);
        header->showSection(c);
        header->moveSection(header->visualIndex(c), c);
        const int content = metrics.horizontalAdvance(widthSample(column));
        const int title = metrics.horizontalAdvance(NumberColumns::title(column)) + 24; // sort indicator
        header->resizeSection(c, std::max(content, title) + 16);
    }
}

std::vector<NumberColumn> NumbersTableView::visibleColumns() const
{
    std::vector<NumberColumn> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(static_cast<NumberColumn>(logical));
    }
    return columns;
}

std::vector<std::uint32_t> NumbersTableView::selectedStoreRows() const
{
    std::vector<int> viewRows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        viewRows.push_back(index.row());
    std::sort(viewRows.begin(), viewRows.end());
    std::vector<std::uint32_t> rows;
    rows.reserve(viewRows.size());
    for (const int row : viewRows)
        rows.push_back(m_model->storeRow(row));
    return rows;
}

QByteArray NumbersTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

void NumbersTableView::restoreLayout(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        resetLayout();
        return;
    }
    if (header->count() != NumberColumnCount) {
        resetLayout();
        return;
    }
    if (m_model)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void NumbersTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() &&
        state() != QAbstractItemView::EditingState) {
        emit numberActivated(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void NumbersTableView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < NumberColumnCount; ++c) {
        QAction *action = menu.addAction(NumberColumns::title(static_cast<NumberColumn>(c)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [this, header, c](bool shown) {
            // The last visible column stays: a table without columns cannot be got back from its header.
            if (!shown && visibleColumns().size() <= 1)
                return;
            header->setSectionHidden(c, !shown);
            emit layoutEdited();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        resetLayout();
        emit layoutEdited();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}
