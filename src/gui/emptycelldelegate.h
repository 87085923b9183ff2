#pragma once

#include <QStyledItemDelegate>

// Draws an empty cell as a dimmed "—", as the detail pane shows a missing value: blank is never mistaken
// for a value still loading. The model's data stays empty (copy and export write nothing there).
class EmptyCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
