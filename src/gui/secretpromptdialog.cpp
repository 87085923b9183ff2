#include "secretpromptdialog.h"

#include "client/auth/signinsession.h"
#include "ui_secretpromptdialog.h"

#include <QPushButton>

SecretPromptDialog::SecretPromptDialog(const QString &connection, const QString &clientId,
                                       const QString &reason, bool canStore, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretPromptDialog>())
    , m_canStore(canStore)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretPromptDialog"));
    setWindowTitle(tr("Client secret for \"%1\"").arg(connection));
    m_ui->secretPromptMessage->setText(
        tr("The connection \"%1\" signs in with the app registration %2. Enter its client secret (the "
           "secret's Value, not its Secret ID). It is used until OC Numbers closes.")
            .arg(connection, clientId));
    m_ui->secretPromptReason->setText(reason);
    m_ui->secretPromptReason->setVisible(!reason.isEmpty());
    m_ui->secretPromptStoreCheck->setVisible(canStore);
    m_ui->secretPromptStoreCheck->setChecked(canStore);
    QPushButton *ok = m_ui->secretPromptButtons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setEnabled(false);
    connect(m_ui->secretPromptEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
}

SecretPromptDialog::~SecretPromptDialog() = default;

QString SecretPromptDialog::secret() const
{
    return m_ui->secretPromptEdit->text().trimmed();
}

bool SecretPromptDialog::storeInKeychain() const
{
    return m_canStore && m_ui->secretPromptStoreCheck->isChecked();
}

void SecretPromptDialog::serve(SignInSession *session, QWidget *parent)
{
    connect(session, &SignInSession::secretNeeded, parent,
            [session, parent](const QString &reason, bool canStore) {
                auto *prompt = new SecretPromptDialog(session->profile().name, session->profile().clientId,
                                                      reason, canStore, parent);
                prompt->setAttribute(Qt::WA_DeleteOnClose);
                connect(prompt, &QDialog::accepted, session, [session, prompt] {
                    session->provideSecret(prompt->secret(), prompt->storeInKeychain());
                });
                connect(prompt, &QDialog::rejected, session, &SignInSession::cancelSignIn);
                // Cancelled from the window (or another connection chosen): the question is gone.
                connect(session, &SignInSession::stateChanged, prompt, [prompt](SignInSession::State state) {
                    if (state != SignInSession::State::SigningIn)
                        prompt->close();
                });
                prompt->open();
            });
}
