#include "loadstatus.h"

#include "client/loaderror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

LoadStatus::LoadStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_label->setObjectName(u"progressLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"loadProgress"_s);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Loading progress"));
    m_bar->hide();
}

void LoadStatus::showStarted()
{
    m_label->setText(tr("Loading…"));
    m_bar->setRange(0, 0);
    m_bar->show();
}

void LoadStatus::showProgress(qint64 bytes, qint64 records, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_label->setText(
            tr("Loading… %1 of %2 numbers").arg(locale.toString(records), locale.toString(total)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, records * 1000 / total)));
    } else {
        m_label->setText(
            tr("Loading… %1 numbers (%2)").arg(locale.toString(records), locale.formattedDataSize(bytes)));
    }
}

void LoadStatus::showRetry(int httpStatus, qint64 delayMs, int attempt, int maxAttempts)
{
    const qint64 seconds = (delayMs + 999) / 1000;
    QString why;
    if (httpStatus == 429)
        why = tr("Live Platform is busy (429)");
    else if (httpStatus == 503)
        why = tr("Live Platform is unavailable (503)");
    else if (httpStatus == 0)
        why = tr("The connection to Live Platform failed");
    else
        why = tr("Live Platform answered HTTP %1").arg(httpStatus);
    m_label->setText(tr("%1; retrying in %2 s, attempt %3 of %4")
                         .arg(why, QLocale().toString(seconds))
                         .arg(attempt)
                         .arg(maxAttempts));
}

void LoadStatus::showFinished(const LoadError &error, qsizetype count, qint64 milliseconds)
{
    m_bar->hide();
    const QLocale locale;
    if (!error.isError())
        m_label->setText(tr("%1 numbers loaded in %2 s")
                             .arg(locale.toString(qlonglong(count)),
                                  locale.toString(double(milliseconds) / 1000.0, 'f', 1)));
    else if (error.kind == LoadError::Kind::Cancelled)
        m_label->setText(tr("Loading cancelled"));
    else
        m_label->setText(tr("Loading failed"));
}

void LoadStatus::clear()
{
    m_bar->hide();
    m_label->clear();
}
