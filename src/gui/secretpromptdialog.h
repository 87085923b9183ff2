#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class SecretPromptDialog;
}
class SignInSession;

// Asks for an app registration's client secret when signing in finds none (none stored, or no keychain).
// The secret is used for this run only, unless the user also keeps it in the keychain.
class SecretPromptDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)

public:
    // canStore: a keychain is available, so the secret may also be kept there.
    SecretPromptDialog(const QString &connection, const QString &clientId, const QString &reason,
                       bool canStore, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString secret() const;
    bool storeInKeychain() const;

    // Shows a prompt over parent whenever session needs a secret, and gives the session the answer.
    static void serve(SignInSession *session, QWidget *parent);

private:
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
    bool m_canStore;
};
