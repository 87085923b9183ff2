#include "plaintooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

QString PlainToolTips::escaped(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

void PlainToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

PlainToolTips::PlainToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), escaped(text), m_view->viewport(), m_view->visualRect(index));
    return true;
}
