#pragma once

#include "core/numbercolumn.h"

#include <QAbstractTableModel>
#include <vector>

class NumberStore;

// Some numbers of a store, read-only: number, country, status and SBCs. Cells are formatted when asked
// for, so it holds 10^5 rows as cheaply as ten. The store must outlive the model.
class SbcSharingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbcSharingModel)

public:
    enum Role {
        StoreRowRole = Qt::UserRole + 1, // the row's index in the store
    };

    SbcSharingModel(const NumberStore &store, std::vector<std::uint32_t> rows, QObject *parent = nullptr);

    // The store row that a row of this model shows.
    std::uint32_t storeRow(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    ~SbcSharingModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr NumberColumn Columns[] = {NumberColumn::TelephoneNumber, NumberColumn::Country,
                                               NumberColumn::Status, NumberColumn::Sbcs};

private:
    const NumberStore &m_store;
    std::vector<std::uint32_t> m_rows;
};
