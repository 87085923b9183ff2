#include "countlabel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

CountLabel::CountLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"countLabel"_s);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Numbers shown"));
}

void CountLabel::showCounts(qsizetype visible, qsizetype total, bool incomplete, bool nothingLoaded)
{
    const QLocale locale;
    QString text = tr("%1 of %2 numbers shown")
                       .arg(locale.toString(qlonglong(visible)), locale.toString(qlonglong(total)));
    if (incomplete)
        text = tr("%1 (incomplete)").arg(text);
    if (total == 0 && nothingLoaded)
        text = tr("No numbers loaded");
    setText(text);
}

void CountLabel::showLoadingCount(qsizetype visible)
{
    setText(tr("%1 numbers shown so far").arg(QLocale().toString(qlonglong(visible))));
}
