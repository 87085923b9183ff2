#include "flowlayout.h"

#include <QHBoxLayout>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

QWidget *FlowLayout::addGroup(const QList<QWidget *> &widgets, bool expanding)
{
    auto *group = new QWidget(parentWidget());
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    group->setSizePolicy(expanding ? QSizePolicy::Expanding : QSizePolicy::Preferred, QSizePolicy::Fixed);
    addWidget(group);
    return group;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All in one row: the width the bar would like; heightForWidth gives the height it gets.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    int top = area.top();
    qsizetype first = 0;
    while (first < m_items.size()) {
        // Fill a row with preferred widths (at least the minimum), at least one item per row.
        QList<QLayoutItem *> row;
        int used = 0;
        qsizetype next = first;
        for (; next < m_items.size(); ++next) {
            QLayoutItem *item = m_items.at(next);
            if (item->isEmpty())
                continue;
            const int width = std::min(item->sizeHint().width(), area.width());
            const int needed = (row.isEmpty() ? 0 : gap) + std::max(width, item->minimumSize().width());
            if (!row.isEmpty() && used + needed > area.width())
                break;
            row.append(item);
            used += needed;
        }
        first = next;
        if (row.isEmpty())
            break;
        int expanding = 0;
        int height = 0;
        for (const QLayoutItem *item : row) {
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
            height = std::max(height, item->sizeHint().height());
        }
        const int spare = std::max(0, area.width() - used);
        int x = area.left();
        int given = 0;
        for (QLayoutItem *item : row) {
            int width =
                std::max(std::min(item->sizeHint().width(), area.width()), item->minimumSize().width());
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                const int share = spare / expanding + (given < spare % expanding ? 1 : 0);
                ++given;
                width += share;
            }
            width = std::min(width, item->maximumSize().width());
            if (apply) {
                const int itemHeight = std::min(height, item->maximumSize().height());
                item->setGeometry(QRect(x, top + (height - itemHeight) / 2, width, itemHeight));
            }
            x += width + gap;
        }
        top += height + gap;
    }
    const QMargins margins = contentsMargins();
    return std::max(0, top - gap - area.top()) + margins.top() + margins.bottom();
}
