#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

// Qt shows a tooltip as rich text when it looks like HTML (Qt::mightBeRichText), so a value from a server
// such as "<img src=…>" would be rendered. These show such text as it is.
class PlainToolTips final : public QObject {
    Q_OBJECT

public:
    // The text for QWidget::setToolTip: unchanged when Qt would show it as plain text anyway, else
    // escaped inside a paragraph that keeps its line breaks.
    static QString escaped(const QString &text);
    // Shows the tooltips of the view's items (Qt::ToolTipRole) escaped; the filter belongs to the view.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
