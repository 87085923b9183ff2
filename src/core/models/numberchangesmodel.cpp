#include "numberchangesmodel.h"

#include "core/numbercolumn.h"
#include "core/utf8view.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

NumberChangesModel::NumberChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

NumberChangesModel::~NumberChangesModel() = default;

void NumberChangesModel::setComparison(std::shared_ptr<const NumberComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_kinds = AllKinds;
    m_field.clear();
    m_order.clear();
    m_rows.clear();
    endResetModel();
}

void NumberChangesModel::setKindFilter(KindMask kinds)
{
    kinds &= AllKinds;
    if (kinds == m_kinds)
        return;
    beginResetModel();
    m_kinds = kinds;
    rebuildRows();
    endResetModel();
}

void NumberChangesModel::setFieldFilter(const std::string &fieldKey)
{
    if (fieldKey == m_field)
        return;
    beginResetModel();
    m_field = fieldKey;
    rebuildRows();
    endResetModel();
}

std::size_t NumberChangesModel::totalChanges() const
{
    return m_comparison ? m_comparison->changes.size() : 0;
}

const NumberChange &NumberChangesModel::change(int row) const
{
    return m_comparison->changes[changeIndex(row)];
}

std::uint32_t NumberChangesModel::changeIndex(int row) const
{
    const auto at = static_cast<std::size_t>(row);
    if (isFiltered())
        return m_rows[at];
    return isSorted() ? m_order[at] : static_cast<std::uint32_t>(at);
}

std::vector<std::uint32_t> NumberChangesModel::shownChangeIndices() const
{
    if (isFiltered())
        return m_rows;
    if (isSorted())
        return m_order;
    std::vector<std::uint32_t> all(totalChanges());
    std::iota(all.begin(), all.end(), std::uint32_t{0});
    return all;
}

bool NumberChangesModel::accepts(const NumberChange &change) const
{
    if ((m_kinds & maskOf(change.kind)) == 0)
        return false;
    return m_field.empty() || (change.kind == NumberChange::Kind::Changed && change.field == m_field);
}

// One pass over the changes (in the sort order, if any).
void NumberChangesModel::rebuildRows()
{
    m_rows.clear();
    if (!isFiltered() || !m_comparison)
        return;
    const std::vector<NumberChange> &changes = m_comparison->changes;
    if (isSorted()) {
        for (const std::uint32_t index : m_order) {
            if (accepts(changes[index]))
                m_rows.push_back(index);
        }
        return;
    }
    for (std::size_t index = 0; index < changes.size(); ++index) {
        if (accepts(changes[index]))
            m_rows.push_back(static_cast<std::uint32_t>(index));
    }
}

int NumberChangesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(isFiltered() ? m_rows.size() : totalChanges());
}

int NumberChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NumberChangesModel::kindTitle(NumberChange::Kind kind)
{
    switch (kind) {
    case NumberChange::Kind::Added:
        return tr("Added");
    case NumberChange::Kind::Removed:
        return tr("Removed");
    case NumberChange::Kind::Changed:
        return tr("Changed");
    case NumberChange::Kind::Duplicate:
        return tr("Duplicate");
    }
    return {};
}

QString NumberChangesModel::fieldTitle(std::string_view fieldKey)
{
    if (const auto column = NumberColumns::fromKey(fieldKey))
        return NumberColumns::title(*column);
    return fromUtf8View(fieldKey);
}

QString NumberChangesModel::duplicateFieldText()
{
    return tr("Times listed");
}

QVariant NumberChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const NumberChange &row = change(index.row());
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role == FieldKeyRole)
        return fromUtf8View(row.field);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case KindColumn:
        return kindTitle(row.kind);
    case TelephoneNumberColumn:
        return fromUtf8View(row.telephoneNumber);
    case FieldColumn:
        if (row.kind == NumberChange::Kind::Duplicate) // its count is under Old or New, by load
            return duplicateFieldText();
        return row.kind == NumberChange::Kind::Changed ? fieldTitle(row.field) : QString();
    case OldValueColumn:
        return fromUtf8View(row.oldValue);
    case NewValueColumn:
        return fromUtf8View(row.newValue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NumberChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case KindColumn:
        return tr("Change");
    case TelephoneNumberColumn:
        return tr("Number");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old");
    case NewValueColumn:
        return tr("New");
    case ColumnCount:
        break;
    }
    return {};
}

std::vector<std::uint32_t> NumberChangesModel::sortedOrder(int column, Qt::SortOrder order) const
{
    const std::vector<NumberChange> &changes = m_comparison->changes;
    std::vector<std::uint32_t> sorted(changes.size());
    std::iota(sorted.begin(), sorted.end(), std::uint32_t{0});
    const bool descending = order == Qt::DescendingOrder;
    const auto sortBy = [&](auto key) {
        std::ranges::stable_sort(sorted, [&](std::uint32_t a, std::uint32_t b) {
            return descending ? key(changes[b]) < key(changes[a]) : key(changes[a]) < key(changes[b]);
        });
    };
    switch (static_cast<Column>(column)) {
    case KindColumn:
        sortBy([](const NumberChange &c) { return static_cast<int>(c.kind); });
        break;
    case TelephoneNumberColumn:
        sortBy([](const NumberChange &c) -> const std::string & { return c.telephoneNumber; });
        break;
    case FieldColumn: {
        // By the text shown, in the locale's order: each distinct field (and the duplicates' text) gets its
        // rank once; rows without a field come first.
        const std::vector<std::string> &keys = m_comparison->fields;
        std::vector<QString> titles;
        for (const std::string &key : keys)
            titles.push_back(fieldTitle(key));
        titles.push_back(duplicateFieldText());
        std::vector<std::size_t> byTitle(titles.size());
        std::iota(byTitle.begin(), byTitle.end(), std::size_t{0});
        std::ranges::stable_sort(byTitle, [&](std::size_t a, std::size_t b) {
            return titles[a].localeAwareCompare(titles[b]) < 0;
        });
        std::vector<int> rankOf(titles.size());
        for (std::size_t r = 0; r < byTitle.size(); ++r)
            rankOf[byTitle[r]] = static_cast<int>(r) + 1;
        std::unordered_map<std::string_view, int> rank;
        for (std::size_t k = 0; k < keys.size(); ++k)
            rank.emplace(keys[k], rankOf[k]);
        const int duplicateRank = rankOf.back();
        std::vector<int> rowRank(changes.size(), 0);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            if (changes[i].kind == NumberChange::Kind::Duplicate) {
                rowRank[i] = duplicateRank;
            } else if (changes[i].kind == NumberChange::Kind::Changed) {
                const auto found = rank.find(changes[i].field);
                rowRank[i] = found == rank.end() ? 0 : found->second;
            }
        }
        std::ranges::stable_sort(sorted, [&](std::uint32_t a, std::uint32_t b) {
            return descending ? rowRank[b] < rowRank[a] : rowRank[a] < rowRank[b];
        });
        break;
    }
    case OldValueColumn:
        sortBy([](const NumberChange &c) -> const std::string & { return c.oldValue; });
        break;
    case NewValueColumn:
        sortBy([](const NumberChange &c) -> const std::string & { return c.newValue; });
        break;
    case ColumnCount:
        break;
    }
    return sorted;
}

void NumberChangesModel::sort(int column, Qt::SortOrder order)
{
    if (!m_comparison || column >= ColumnCount)
        return;
    // The diff's order is by number already: nothing to sort.
    const bool diffOrder = column < 0 || (column == TelephoneNumberColumn && order == Qt::AscendingOrder);
    if (diffOrder && !isSorted())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> changeOfPersistent;
    changeOfPersistent.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &index : before)
        changeOfPersistent.push_back(changeIndex(index.row()));

    m_order = diffOrder ? std::vector<std::uint32_t>{} : sortedOrder(column, order);
    rebuildRows();

    if (!before.isEmpty()) {
        std::vector<int> rowOfChange(totalChanges(), -1);
        for (int row = 0; row < rowCount(); ++row)
            rowOfChange[changeIndex(row)] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = rowOfChange[changeOfPersistent[static_cast<std::size_t>(i)]];
            after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
