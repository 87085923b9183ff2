#include "numbercelldelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

void NumberCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        return;
    option->text = u"—"_s;
    const QColor dimmed = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, dimmed);
    option->displayAlignment = Qt::AlignHCenter | Qt::AlignVCenter;
}

void NumberCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the background, the selection and the focus frame; the text is drawn here, placed
    // and coloured as the style places and colours it. The cells have neither icon nor check box, so the
    // text has the whole cell (asking the style would lay the text out once more just to say so).
    const QRect textRect = cell.rect;
    const QString text = std::exchange(cell.text, QString());
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = textRect.adjusted(margin, 0, -margin, 0);
    if (room.width() <= 0)
        return;

    QPalette::ColorGroup group = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QStaticText &laid = laidOut(text, cell, room.width());
    const QSizeF size = laid.size();
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal x = room.left();
    if (alignment & Qt::AlignRight)
        x = room.right() + 1 - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = room.left() + (room.width() - size.width()) / 2;
    qreal y = room.top();
    if (alignment & Qt::AlignBottom)
        y = room.bottom() + 1 - size.height();
    else if (!(alignment & Qt::AlignTop))
        y = room.top() + (room.height() - size.height()) / 2;

    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->setClipRect(room);
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

const QStaticText &NumberCellDelegate::laidOut(const QString &text, const QStyleOptionViewItem &option,
                                               int width) const
{
    if (option.font != m_font || m_laidOut.size() >= MaxKept) {
        m_laidOut.clear();
        m_font = option.font;
    }
    const std::pair<int, QString> key(width, text);
    auto found = m_laidOut.find(key);
    if (found == m_laidOut.end()) {
        QStaticText laid(option.fontMetrics.elidedText(text, option.textElideMode, width));
        laid.setTextFormat(Qt::PlainText); // server text is never markup
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), option.font);
        found = m_laidOut.insert(key, laid);
    }
    return *found;
}
