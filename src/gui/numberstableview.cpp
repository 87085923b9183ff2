#include "numberstableview.h"

#include "core/models/numberstablemodel.h"
#include "numbercelldelegate.h"
#include "plaintooltips.h"

#include <algorithm>
#include <optional>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>

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
    setItemDelegate(new NumberCellDelegate(this));
    setTabKeyNavigation(false); // Tab goes on to the next control instead of walking 30 cells
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
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

std::vector<NumberColumn> NumbersTableView::defaultColumns(bool withCustomerName)
{
    std::vector<NumberColumn> columns = {NumberColumn::TelephoneNumber,
                                         NumberColumn::Status,
                                         NumberColumn::Assignment,
                                         NumberColumn::Country,
                                         NumberColumn::AcquiredCapabilities,
                                         NumberColumn::Sbcs,
                                         NumberColumn::Source,
                                         NumberColumn::AcquiredOn};
    if (withCustomerName)
        columns.insert(columns.begin() + 1, NumberColumn::ServiceFullName);
    return columns;
}

void NumbersTableView::resetLayout()
{
    QHeaderView *header = horizontalHeader();
    const std::vector<NumberColumn> shown = defaultColumns(m_hasCustomerNames);
    const QFontMetrics metrics(font());
    for (int c = 0; c < NumberColumnCount; ++c) {
        const auto column = static_cast<NumberColumn>(c);
        const auto position = std::find(shown.begin(), shown.end(), column);
        header->setSectionHidden(c, position == shown.end());
        const int content = metrics.horizontalAdvance(widthSample(column));
        const int title = metrics.horizontalAdvance(NumberColumns::title(column)) + 24; // sort indicator
        header->resizeSection(c, std::max(content, title) + 16);
    }
    // The shown ones first, in their order; the hidden ones after, in the API's order.
    int visual = 0;
    for (const NumberColumn column : shown)
        header->moveSection(header->visualIndex(int(column)), visual++);
    for (int c = 0; c < NumberColumnCount; ++c) {
        if (header->isSectionHidden(c))
            header->moveSection(header->visualIndex(c), visual++);
    }
    header->setSortIndicator(-1, Qt::AscendingOrder); // the model follows: the order the numbers came in
}

bool NumbersTableView::isDefaultLayout() const
{
    const std::vector<NumberColumn> columns = visibleColumns();
    return columns == defaultColumns(false) || columns == defaultColumns(true);
}

void NumbersTableView::setHasCustomerNames(bool has)
{
    if (m_hasCustomerNames == has)
        return;
    m_hasCustomerNames = has;
    // Only a layout the user has not changed follows the numbers; a chosen one stays as chosen.
    if (!isDefaultLayout())
        return;
    QHeaderView *header = horizontalHeader();
    const int customer = int(NumberColumn::ServiceFullName);
    header->setSectionHidden(customer, !has);
    if (has)
        header->moveSection(header->visualIndex(customer), 1);
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

std::optional<std::uint32_t> NumbersTableView::currentStoreRow() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->storeRow(current.row());
}

void NumbersTableView::selectStoreRows(const std::vector<std::uint32_t> &rows,
                                       std::optional<std::uint32_t> current)
{
    if (rows.empty() && !current)
        return;
    std::vector<std::uint32_t> wanted = rows;
    if (current)
        wanted.push_back(*current);
    const std::vector<int> position = m_model->viewRowsOf(wanted);
    std::vector<int> viewRows;
    viewRows.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (position[i] >= 0)
            viewRows.push_back(position[i]);
    }
    std::sort(viewRows.begin(), viewRows.end());
    // Runs of adjacent rows become one range each: a selection of 10^5 rows stays cheap.
    QItemSelection selection;
    for (std::size_t i = 0; i < viewRows.size();) {
        std::size_t end = i;
        while (end + 1 < viewRows.size() && viewRows[end + 1] == viewRows[end] + 1)
            ++end;
        selection.select(m_model->index(viewRows[i], 0),
                         m_model->index(viewRows[end], NumberColumnCount - 1));
        i = end + 1;
    }
    const int currentRow = current ? position.back() : -1;
    if (currentRow >= 0) {
        const int column = std::max(0, currentIndex().column());
        selectionModel()->setCurrentIndex(m_model->index(currentRow, column), QItemSelectionModel::NoUpdate);
        scrollTo(m_model->index(currentRow, column));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
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

void NumbersTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void NumbersTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !m_model || m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() * 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
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
