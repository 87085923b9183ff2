#pragma once

#include "core/models/filterresults.h"
#include "core/numbercolumn.h"
#include "core/numberfilter.h"
#include "core/numberstore.h"

#include <memory>
#include <QAbstractTableModel>
#include <span>
#include <vector>

// The numbers as a table. The model keeps its own order of visible rows (filter and sort run over the
// store's compact records, never through data()), like Wireshark's packet list: a keystroke in the
// search field is one linear scan and one reset, whatever the number of rows.
class NumbersTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersTableModel)

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that compares like the column sorts (dates as dates, ...)
        StoreRowRole,                // the row's index in store()
    };

    explicit NumbersTableModel(QObject *parent = nullptr);
    ~NumbersTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces everything shown.
    void setStore(std::shared_ptr<NumberStore> store);
    // Adds numbers (a page of a load); they are filtered and placed in the current sort order.
    void appendNumbers(const NumberStore &batch);
    // The same for several batches, with one insert and one sort.
    void appendNumbers(const std::vector<const NumberStore *> &batches);
    // Makes room for this many numbers in all, so that appending them never moves the ones held.
    void reserve(std::size_t rows);
    void clear();
    const NumberStore &store() const { return *m_store; }
    // The numbers shown, for work that outlives them here (a comparison, a snapshot being written): the
    // model never changes a store it shares, it appends to a copy.
    std::shared_ptr<const NumberStore> sharedStore() const { return m_store; }

    void setFilter(const NumberFilter &filter);
    const NumberFilter &filter() const { return m_filter; }

    std::size_t totalCount() const { return m_store->size(); }
    std::size_t visibleCount() const { return m_visible.size(); }
    // Store rows in view order; what "export all shown" writes.
    const std::vector<std::uint32_t> &visibleRows() const { return m_visible; }
    std::uint32_t storeRow(int viewRow) const { return m_visible[static_cast<std::size_t>(viewRow)]; }
    // For every store row, the view row that shows it, or -1.
    std::vector<int> viewRowsByStoreRow() const;
    // The view row of each of storeRows, or -1; for a few rows, without a table of every store row.
    std::vector<int> viewRowsOf(std::span<const std::uint32_t> storeRows) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    void countsChanged(qsizetype visible, qsizetype total);

private:
    // The rows that may match filter: rows, or fewer that an earlier filter kept.
    std::span<const std::uint32_t> candidates(const NumberFilter &filter,
                                              std::span<const std::uint32_t> rows) const;
    void emitCounts();
    NumberStore &ownStore();

    std::shared_ptr<NumberStore> m_store;
    std::vector<std::uint32_t> m_order;   // every store row, in sort order
    std::vector<std::uint32_t> m_visible; // rows of m_order that pass the filter
    NumberFilter m_filter;
    FilterResults m_recentResults; // of earlier filters, over m_order as it is
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
