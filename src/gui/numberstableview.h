#pragma once

#include "core/numbercolumn.h"

#include <optional>
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
    std::optional<std::uint32_t> currentStoreRow() const;
    // Selects the given store rows that are shown and makes current the current one (when shown), in view.
    void selectStoreRows(const std::vector<std::uint32_t> &rows, std::optional<std::uint32_t> current);
    // The column layout, widths and sort; restoring re-sorts the model.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    // What support looks at first: number, status, assignment, country, acquired capabilities, SBCs,
    // source and acquired date, unsorted; the rest one right-click on the header away.
    void resetLayout();
    static std::vector<NumberColumn> defaultColumns(bool withCustomerName);
    bool isDefaultLayout() const;
    // The numbers name their customers (v3 loads do): the default layout shows the name after the number.
    void setHasCustomerNames(bool has);

    // What the table area says while it has no rows (nothing loaded, a tenant without numbers, a filter
    // that hides every number); empty: nothing.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

signals:
    void numberActivated(int viewRow); // double-click or Enter
    void layoutEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);

    NumbersTableModel *m_model = nullptr;
    bool m_hasCustomerNames = false;
    QString m_placeholder;
};
