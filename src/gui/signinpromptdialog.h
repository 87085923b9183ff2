#pragma once

#include <memory>
#include <QDialog>
#include <QUrl>

namespace Ui {
class SignInPromptDialog;
}

// What the user needs while an interactive sign-in waits: the device code and where to enter it, or the
// sign-in address to open by hand when no browser could be started. Cancel ends the sign-in.
class SignInPromptDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPromptDialog)

public:
    explicit SignInPromptDialog(QWidget *parent = nullptr);
    ~SignInPromptDialog() override;

    void showDeviceCode(const QString &code, const QUrl &verificationUri, int expiresInSeconds);
    void showAddress(const QUrl &authorizeUrl);

private:
    std::unique_ptr<Ui::SignInPromptDialog> m_ui;
};
