#include "emptycelldelegate.h"

using namespace Qt::StringLiterals;

void EmptyCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        return;
    option->text = u"—"_s;
    const QColor dimmed = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, dimmed);
    option->displayAlignment = Qt::AlignHCenter | Qt::AlignVCenter;
}
