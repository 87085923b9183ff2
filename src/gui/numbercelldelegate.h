#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <utility>

// Paints the numbers table's cells. An empty cell shows a dimmed "—", as the detail pane shows a missing
// value: blank is never mistaken for a value still loading (the model's data stays empty, so copy and export
// write nothing there). A cell's text is laid out once per text and width and kept (QStaticText): the same
// values fill the table again after every keystroke of a search, and laying out and eliding each cell's
// text afresh was most of a repaint's time.
class NumberCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QStyleOptionViewItem &option, int width) const;

    static constexpr qsizetype MaxKept = 4096;
    mutable QHash<std::pair<int, QString>, QStaticText> m_laidOut; // by width and text
    mutable QFont m_font;
};
