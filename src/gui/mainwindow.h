#pragma once

#include "client/loaderror.h"
#include "client/secrets/memorysecretstore.h"

#include <memory>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPointer>

class CountLabel;
class DemoEnvironment;
class LoadStatus;
class NumberStore;
class NumbersLoadController;
class NumbersTableModel;
class ProfileStore;
class QSettings;
class SecretStore;
class SignInPromptDialog;
class SignInSession;
class ViewSettings;
struct ConnectionProfile;
namespace Ui {
class MainWindow;
}

// The application window: connection and sign-in, the tenant to load, the filter bar, the number table
// with its detail pane, SBC routing, copy and export. Profiles, secrets and remembered state come from
// outside so tests can give their own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the sandbox in this process, signs in to it and loads its large tenant.
    void startDemo(std::uint64_t numbers);
    // Shows numbers that did not come from a load (tests, benchmarks).
    void setNumbers(std::unique_ptr<NumberStore> store, const QString &origin);

    NumbersTableModel *model() const;
    SignInSession *session() const { return m_session; }
    bool isLoading() const;
    // True when the table holds a tenant's full list (a load finished without error).
    bool isComplete() const;

signals:
    void loadFinished(const LoadError &error);
    void exportFinished(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void showDemo();
    void setUpWelcomePage();
    void reloadProfiles(const QString &select);
    void profileChosen();
    void applyProfile(const ConnectionProfile &profile, SecretStore *secrets);
    void addProfile();
    void editProfile();
    void removeProfile();
    // Removes every keychain entry of the profile (its secret and refresh token).
    void removeSecrets(const ConnectionProfile &profile);
    void updateSignInState();
    void signInOrCancel();
    // Made on first use.
    SignInPromptDialog *prompt();
    void signInFailed(const LoadError &error);
    void fillTenants();

    void load();
    void startLoad(const QString &tenant);
    void loadEnded(const LoadError &error);
    void updateActions();
    void updateTitle();
    void updateCounts();
    void fillViewsMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<ViewSettings> m_view;
    QNetworkAccessManager m_nam;
    NumbersLoadController *m_numbers;
    SignInSession *m_session;
    MemorySecretStore m_demoSecrets;
    DemoEnvironment *m_demo = nullptr;
    SignInPromptDialog *m_prompt = nullptr;
    CountLabel *m_countLabel;
    LoadStatus *m_loadStatus;
    QString m_profileName; // whose tenants and layout are shown
    bool m_loadAfterSignIn = false;
};
