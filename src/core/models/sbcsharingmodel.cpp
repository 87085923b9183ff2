#include "sbcsharingmodel.h"

#include "core/numberstore.h"
#include "core/utf8view.h"

#include <iterator>

namespace {
constexpr int ColumnCount = static_cast<int>(std::size(SbcSharingModel::Columns));
} // namespace

SbcSharingModel::SbcSharingModel(const NumberStore &store, std::vector<std::uint32_t> rows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_rows(std::move(rows))
{}

SbcSharingModel::~SbcSharingModel() = default;

int SbcSharingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SbcSharingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SbcSharingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const std::uint32_t row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == StoreRowRole)
        return static_cast<qulonglong>(row);
    const NumberColumn column = Columns[index.column()];
    // A long SBC list is cut off in its cell; the tooltip shows all of it.
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && column == NumberColumn::Sbcs))
        return {};
    std::string text;
    NumberColumns::appendText(m_store, row, column, text, ", ");
    return fromUtf8View(text);
}

QVariant SbcSharingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return NumberColumns::title(Columns[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}
