#include "signinpromptdialog.h"

#include "ui_signinpromptdialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>
#include <QTime>

SignInPromptDialog::SignInPromptDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInPromptDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyCodeButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->codeEdit->text()); });
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->urlEdit->text()); });
    connect(m_ui->openBrowserButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_ui->urlEdit->text())); });
}

SignInPromptDialog::~SignInPromptDialog() = default;

void SignInPromptDialog::showDeviceCode(const QString &code, const QUrl &verificationUri,
                                        int expiresInSeconds)
{
    setWindowTitle(tr("Sign in with a code"));
    m_ui->messageLabel->setText(
        tr("On any device with a browser, open the address below, enter the code and sign in with your work "
           "account. This window closes by itself when you are done. The code is valid until %1.")
            .arg(QLocale().toString(QTime::currentTime().addSecs(expiresInSeconds), QLocale::ShortFormat)));
    m_ui->codeEdit->setText(code);
    // The code is typed by hand on another device: large, and in a font that tells 0 from O.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(m_ui->codeEdit->font().pointSizeF() * 1.5);
    codeFont.setBold(true);
    m_ui->codeEdit->setFont(codeFont);
    m_ui->urlEdit->setText(verificationUri.toString());
    m_ui->urlEdit->setCursorPosition(0);
    m_ui->urlEdit->setMinimumWidth(
        std::min(m_ui->urlEdit->fontMetrics().horizontalAdvance(m_ui->urlEdit->text()) + 24, 640));
    m_ui->codeLabel->setVisible(true);
    m_ui->codeEdit->setVisible(true);
    m_ui->copyCodeButton->setVisible(true);
    m_ui->copyCodeButton->setFocus();
    adjustSize();
}

void SignInPromptDialog::showAddress(const QUrl &authorizeUrl)
{
    setWindowTitle(tr("Sign in with your browser"));
    m_ui->messageLabel->setText(
        tr("No browser could be started. Open this address in a browser on this computer and sign in; "
           "OC Numbers continues by itself when you are done."));
    m_ui->urlEdit->setText(authorizeUrl.toString(QUrl::FullyEncoded));
    m_ui->urlEdit->setCursorPosition(0);
    m_ui->codeLabel->setVisible(false);
    m_ui->codeEdit->setVisible(false);
    m_ui->copyCodeButton->setVisible(false);
    m_ui->copyUrlButton->setFocus();
    adjustSize();
}
