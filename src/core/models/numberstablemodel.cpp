#include "numberstablemodel.h"

#include "core/numbermatcher.h"
#include "core/numbersorter.h"
#include "core/utf8view.h"

#include <algorithm>
#include <numeric>
#include <QLocale>

namespace {

const Timestamp *timestampOf(const NumberRecord &r, NumberColumn column)
{
    const auto member = NumberColumns::timestampMember(column);
    return member ? &(r.*member) : nullptr;
}

} // namespace

NumbersTableModel::NumbersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(std::make_shared<NumberStore>())
{}

NumbersTableModel::~NumbersTableModel() = default;

int NumbersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int NumbersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumberColumnCount;
}

QVariant NumbersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= NumberColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole && role != StoreRowRole &&
        role != Qt::TextAlignmentRole)
        return {};
    const std::uint32_t row = m_visible[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<NumberColumn>(index.column());
    const ColumnKind kind = NumberColumns::kind(column);
    const NumberRecord &record = m_store->record(row);

    switch (role) {
    case StoreRowRole:
        return static_cast<qulonglong>(row);
    case Qt::TextAlignmentRole:
        return kind == ColumnKind::Integer ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (const Timestamp *ts = timestampOf(record, column); ts && ts->isValid())
            return ts->toDateTime();
        if (kind == ColumnKind::PhoneNumber) {
            QString digits;
            for (const char c : m_store->telephoneNumber(row)) {
                if (c >= '0' && c <= '9')
                    digits.append(QLatin1Char(c));
            }
            return digits;
        }
        if (kind == ColumnKind::Status && record.status != NumberStatus::None &&
            record.status != NumberStatus::Unknown)
            return static_cast<int>(record.status);
        if (kind == ColumnKind::Integer) {
            std::string text;
            NumberColumns::appendText(*m_store, row, column, text, {});
            bool ok = false;
            const qlonglong value = QByteArray::fromStdString(text).toLongLong(&ok);
            if (ok)
                return value;
            return fromUtf8View(text);
        }
        break;
    case Qt::ToolTipRole:
        // Timestamps show local time; the tooltip keeps the value exactly as the server sent it.
        if (timestampOf(record, column) == nullptr)
            return {};
        break;
    case Qt::DisplayRole:
        if (const Timestamp *ts = timestampOf(record, column); ts && ts->isValid())
            return QLocale().toString(ts->toDateTime().toLocalTime(), QLocale::ShortFormat);
        break;
    default:
        break;
    }
    std::string text;
    NumberColumns::appendText(*m_store, row, column, text, ", ");
    return fromUtf8View(text);
}

QVariant NumbersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NumberColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return NumberColumns::title(static_cast<NumberColumn>(section));
    if (role == Qt::ToolTipRole)
        return fromUtf8View(NumberColumns::key(static_cast<NumberColumn>(section)));
    return {};
}

void NumbersTableModel::setStore(std::shared_ptr<NumberStore> store)
{
    beginResetModel();
    m_store = store ? std::move(store) : std::make_shared<NumberStore>();
    m_recentResults.clear();
    m_order.resize(m_store->size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (m_sortColumn >= 0)
        NumberSorter::sort(*m_store, static_cast<NumberColumn>(m_sortColumn), m_sortOrder, m_order);
    m_visible = NumberMatcher::matchingRows(m_filter, *m_store, m_order);
    endResetModel();
    emitCounts();
}

void NumbersTableModel::clear()
{
    setStore(nullptr);
}

void NumbersTableModel::appendNumbers(const NumberStore &batch)
{
    appendNumbers(std::vector<const NumberStore *>{&batch});
}

void NumbersTableModel::appendNumbers(const std::vector<const NumberStore *> &batches)
{
    const auto first = static_cast<std::uint32_t>(m_store->size());
    NumberStore &store = ownStore();
    for (const NumberStore *batch : batches)
        store.append(*batch);
    const auto last = static_cast<std::uint32_t>(m_store->size());
    if (last == first)
        return;
    m_recentResults.clear();
    const std::size_t orderSize = m_order.size();
    m_order.resize(last);
    std::iota(m_order.begin() + static_cast<std::ptrdiff_t>(orderSize), m_order.end(), first);
    const std::vector<std::uint32_t> added =
        NumberMatcher::matchingRows(m_filter, *m_store, std::span(m_order).subspan(orderSize));
    if (!added.empty()) {
        const int start = static_cast<int>(m_visible.size());
        beginInsertRows({}, start, start + static_cast<int>(added.size()) - 1);
        m_visible.insert(m_visible.end(), added.begin(), added.end());
        endInsertRows();
    }
    // The new rows arrived at the end; one layout change puts them in place and keeps selections.
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    emitCounts();
}

void NumbersTableModel::reserve(std::size_t rows)
{
    if (rows <= m_store->records().capacity())
        return;
    ownStore().reserve(rows);
    m_order.reserve(rows);
}

NumberStore &NumbersTableModel::ownStore()
{
    if (m_store.use_count() > 1) {
        auto copy = std::make_shared<NumberStore>();
        copy->reserve(m_store->size());
        copy->append(*m_store);
        m_store = std::move(copy);
    }
    return *m_store;
}

void NumbersTableModel::setFilter(const NumberFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.isNarrowingOf(m_filter);
    if (narrowing && m_filter.isNarrowingOf(filter)) {
        // Each holds the other: the same numbers ("+44" and "+44 "). Nothing to scan, nothing for views
        // to redo.
        m_filter = filter;
        emitCounts();
        return;
    }
    NumberFilter previous = std::exchange(m_filter, filter);
    beginResetModel();
    std::vector<std::uint32_t> shown = std::move(m_visible);
    if (std::optional<std::vector<std::uint32_t>> known = m_recentResults.take(filter))
        m_visible = std::move(*known);
    else // every row that matches a narrower filter matched before: scan only what was shown
        m_visible =
            NumberMatcher::matchingRows(filter, *m_store, candidates(filter, narrowing ? shown : m_order));
    // The empty filter's rows are m_order: nothing to keep.
    if (!previous.isEmpty()) {
        // A few times the numbers held: a handful of broad results, or many narrow ones.
        m_recentResults.remember(std::move(previous), std::move(shown), 4 * m_store->size());
    }
    endResetModel();
    emitCounts();
}

std::span<const std::uint32_t> NumbersTableModel::candidates(const NumberFilter &filter,
                                                             std::span<const std::uint32_t> rows) const
{
    // Only rows that a filter it narrows kept can match: scan the fewest such.
    const std::vector<std::uint32_t> *known = m_recentResults.narrowest(filter);
    return known && known->size() < rows.size() ? std::span<const std::uint32_t>(*known) : rows;
}

void NumbersTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= NumberColumnCount || (column < 0 && m_sortColumn < 0))
        return;
    column = std::max(column, -1); // -1: the order the numbers came in
    m_recentResults.clear();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> previousRows;
    previousRows.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &index : before)
        previousRows.push_back(m_visible[static_cast<std::size_t>(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    // m_order holds every row: start again from store order, which the sorter takes as it is (it would
    // otherwise re-sort a previous order by row first to keep ties stable).
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (column >= 0)
        NumberSorter::sort(*m_store, static_cast<NumberColumn>(column), order, m_order);
    if (m_visible.size() == m_order.size()) {
        m_visible = m_order;
    } else {
        // Same rows, new order: keep those that were visible, in m_order's sequence.
        std::vector<bool> shown(m_store->size(), false);
        for (const std::uint32_t row : m_visible)
            shown[row] = true;
        m_visible.clear();
        for (const std::uint32_t row : m_order) {
            if (shown[row])
                m_visible.push_back(row);
        }
    }

    if (!before.isEmpty()) {
        const std::vector<int> position = viewRowsByStoreRow();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(position[previousRows[static_cast<std::size_t>(i)]], before[i].column()));
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<int> NumbersTableModel::viewRowsByStoreRow() const
{
    std::vector<int> position(m_store->size(), -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        position[m_visible[i]] = static_cast<int>(i);
    return position;
}

std::vector<int> NumbersTableModel::viewRowsOf(std::span<const std::uint32_t> storeRows) const
{
    std::vector<int> found(storeRows.size(), -1);
    if (m_sortColumn < 0) {
        // In store order the visible rows ascend: look each one up.
        for (std::size_t i = 0; i < storeRows.size(); ++i) {
            const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), storeRows[i]);
            if (at != m_visible.end() && *at == storeRows[i])
                found[i] = static_cast<int>(at - m_visible.begin());
        }
        return found;
    }
    if (storeRows.size() > 1024) {
        const std::vector<int> position = viewRowsByStoreRow();
        for (std::size_t i = 0; i < storeRows.size(); ++i)
            found[i] = storeRows[i] < position.size() ? position[storeRows[i]] : -1;
        return found;
    }
    // One pass over the rows shown, testing each against a bit per store row (an eighth of a table of
    // view rows), until every wanted row is found.
    std::vector<bool> wanted(m_store->size(), false);
    std::size_t missing = 0;
    for (const std::uint32_t row : storeRows) {
        if (row < wanted.size() && !wanted[row]) {
            wanted[row] = true;
            ++missing;
        }
    }
    for (std::size_t view = 0; view < m_visible.size() && missing > 0; ++view) {
        const std::uint32_t row = m_visible[view];
        if (!wanted[row])
            continue;
        --missing;
        for (std::size_t i = 0; i < storeRows.size(); ++i) {
            if (storeRows[i] == row)
                found[i] = static_cast<int>(view);
        }
    }
    return found;
}

void NumbersTableModel::emitCounts()
{
    emit countsChanged(static_cast<qsizetype>(m_visible.size()), static_cast<qsizetype>(m_store->size()));
}
