#pragma once

#include "core/numbercomparison.h"

#include <cstdint>
#include <memory>
#include <QAbstractTableModel>
#include <string>
#include <string_view>
#include <vector>

// The changes between two loads, one row per NumberChange: Change, Number, Field, Old, New. Read-only;
// cells are formatted when asked for. Filtered by kinds and by one field: the rows shown are a vector of
// indices into the changes, rebuilt in one pass; sorting reorders them. The default order is the diff's
// (number, then field).
class NumberChangesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberChangesModel)

public:
    enum Column {
        KindColumn,
        TelephoneNumberColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // the row's NumberChange::Kind, as int
        FieldKeyRole,                // the row's field as the JSON key (QString)
    };
    // A set of kinds: bit (1 << Kind).
    using KindMask = std::uint8_t;
    static constexpr KindMask AllKinds = 0x0F;
    static constexpr KindMask maskOf(NumberChange::Kind kind) { return KindMask(1u << unsigned(kind)); }

    explicit NumberChangesModel(QObject *parent = nullptr);
    ~NumberChangesModel() override;

    // Shows these changes (no copy); filters and sort are reset.
    void setComparison(std::shared_ptr<const NumberComparison> comparison);
    const std::shared_ptr<const NumberComparison> &comparison() const { return m_comparison; }

    // Rows of these kinds only.
    void setKindFilter(KindMask kinds);
    KindMask kindFilter() const { return m_kinds; }
    // Only Changed rows of this field (its JSON key); empty: every row.
    void setFieldFilter(const std::string &fieldKey);
    const std::string &fieldFilter() const { return m_field; }

    const NumberChange &change(int row) const;
    // The indices into comparison()->changes of the rows shown, in their order.
    std::vector<std::uint32_t> shownChangeIndices() const;
    std::size_t totalChanges() const;

    // The localized name of a kind ("Added" ...).
    static QString kindTitle(NumberChange::Kind kind);
    // The column title of a known field key, else the key itself.
    static QString fieldTitle(std::string_view fieldKey);
    // What the Field column shows for a duplicate, whose Old or New is how many times its load lists it.
    static QString duplicateFieldText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 (or Number ascending) is the diff's order. Stable: rows that tie keep the diff's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(const NumberChange &change) const;
    bool isFiltered() const { return m_kinds != AllKinds || !m_field.empty(); }
    bool isSorted() const { return !m_order.empty(); }
    std::uint32_t changeIndex(int row) const;
    void rebuildRows();
    std::vector<std::uint32_t> sortedOrder(int column, Qt::SortOrder order) const;

    std::shared_ptr<const NumberComparison> m_comparison;
    KindMask m_kinds = AllKinds;
    std::string m_field;
    // All changes in the sort order; empty for the diff's order.
    std::vector<std::uint32_t> m_order;
    // The rows shown when filtered; empty when every change shows (in m_order or the diff's order), so that
    // showing a comparison costs nothing per row.
    std::vector<std::uint32_t> m_rows;
};
