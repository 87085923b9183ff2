#pragma once

#include "core/numbercolumn.h"

#include <QTableView>
#include <vector>

class NumbersTableModel;

// The number table: fixed row height and widths set once from font metrics (nothing measures all rows
// of a 10^6-row table), sort by header click, a header menu to show and hide columns, Enter to open the
// current number's routing.
class NumbersTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersTableView)

public:
    explicit NumbersTableView(QWidget *parent = nullptr);

    void setNumbersModel(NumbersTableModel *model);
    // Columns as the user sees them: visible ones, in their on-screen order.
    std::vector<NumberColumn> visibleColumns() const;
    // Store rows of the selected rows, in view order.
    std::vector<std::uint32_t> selectedStoreRows() const;
    // The column layout, widths and sort; restoring re-sorts the model.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    void resetLayout();

signals:
    void numberActivated(int viewRow); // double-click or Enter
    void layoutEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);

    NumbersTableModel *m_model = nullptr;
};
