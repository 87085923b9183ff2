#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new row where the next one would not fit, so a bar of
// controls wraps instead of widening its window. Within a row, the room left over goes to the items that
// expand horizontally; the minimum width is that of the widest item.
class FlowLayout final : public QLayout {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Keeps widgets together on one row (a label and its field, a field and its buttons): they move as one
    // item, parented to a new widget on the layout's own widget. An expanding group takes a row's spare room.
    QWidget *addGroup(const QList<QWidget *> &widgets, bool expanding = false);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (when apply) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};
