#include "messagebanner.h"

#include "client/loaderror.h"
#include "ui_messagebanner.h"

#include <QLocale>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MessageBanner>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setTextFormat(Qt::PlainText); // the form says so too; the banner shows server text
    m_ui->retryButton->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->dismissButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                                  style()->standardIcon(QStyle::SP_DialogCloseButton)));
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MessageBanner::retryRequested);
    connect(m_ui->dismissButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(const QString &text, bool isError, bool offerRetry)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setAccessibleDescription(text);
    setProperty("error", isError);
    setBackgroundRole(isError ? QPalette::ToolTipBase : QPalette::AlternateBase);
    m_ui->messageLabel->setForegroundRole(isError ? QPalette::ToolTipText : QPalette::WindowText);
    m_ui->retryButton->setVisible(offerRetry);
    show();
}

void MessageBanner::showLoadFailure(const LoadError &error, qsizetype shown)
{
    const QString count = QLocale().toString(qlonglong(shown));
    if (error.kind == LoadError::Kind::Cancelled) {
        showMessage(
            tr("Loading was cancelled. The %1 numbers shown are not the tenant's full list.").arg(count),
            false, true);
        return;
    }
    // The message is whole (LoadError's contract): the server's words and ticket are in it where they help.
    QString text = error.message;
    if (shown > 0)
        text += u' ' + tr("The %1 numbers shown are not the tenant's full list.").arg(count);
    showMessage(text, true, true);
}
