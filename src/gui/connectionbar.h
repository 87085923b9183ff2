#pragma once

#include "client/liveplatform/numbersload.h"
#include "client/loaderror.h"

#include <memory>
#include <QList>
#include <QWidget>

class NumbersLoadController;
class QAction;
class SignInPromptDialog;
class SignInSession;
class TenantCombo;
namespace Ui {
class ConnectionBar;
}

// The bar above the numbers: which connection, who is signed in (sign in, sign out, and the prompt an
// interactive sign-in needs), the tenant to load and the status to load, Load and Cancel. Asking for a
// tenant's numbers signs in first when needed; the window starts the load.
class ConnectionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    // The window's actions the bar's buttons share.
    struct Actions {
        QAction *signIn = nullptr;
        QAction *signOut = nullptr;
        QAction *load = nullptr;
        QAction *cancel = nullptr;
        QList<QAction *> manage; // the connection button's menu (nullptr: a separator)
    };

    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    // The session to sign in with, the numbers it loads and the window's actions. Called once.
    void setUp(SignInSession *session, NumbersLoadController *numbers, const Actions &actions);
    // The load button's words: load, or refresh when the typed tenant is the one shown. The window gives
    // them (its translations hold them).
    void setLoadWords(const QString &load, const QString &refresh);

    // The stored connections and, when demo is not empty, the demo's (not stored: no data); chooses the one
    // named select, or the first.
    void showProfiles(const QStringList &names, const QString &demo, const QString &select);
    // The chosen connection's stored name; empty for the demo.
    QString chosenProfile() const;
    TenantCombo *tenantCombo() const;
    // Only v3 (paged) connections can ask for numbers of one status.
    void setStatusScopeVisible(bool visible);
    void goToTenant();
    // Asks for the typed tenant's numbers, signing in first when needed.
    void load();
    std::optional<int> statusScope() const;
    // Shows the session's state; done on each of its changes, and once by the window after its first profile.
    void showSignInState();

signals:
    // The user chose another connection.
    void profileChosen();
    // The user chose the status to load (v3); nullopt: every status.
    void statusScopeChosen(std::optional<int> status);
    // Signed in and a tenant typed: the window starts the load.
    void loadRequested(const NumbersLoad::Settings &settings);
    // Empty text clears the status bar's message.
    void statusMessage(const QString &text, int timeout);
    // A message for the banner; canRetry: trying again (load) can help.
    void message(const QString &text, bool isError, bool canRetry);

private:
    void signInOrCancel();
    void signInFailed(const LoadError &error);
    // Made on first use.
    SignInPromptDialog *prompt();
    void updateButtons();

    std::unique_ptr<Ui::ConnectionBar> m_ui;
    SignInSession *m_session = nullptr;
    NumbersLoadController *m_numbers = nullptr;
    Actions m_actions{};
    SignInPromptDialog *m_prompt = nullptr;
    QString m_loadWord;
    QString m_refreshWord;
    bool m_loadAfterSignIn = false;
};
