#pragma once

#include "client/liveplatform/numbersload.h"
#include "client/loaderror.h"
#include "client/secrets/memorysecretstore.h"
#include "core/rowstext.h"

#include <memory>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <vector>

class DemoEnvironment;
class DetailPane;
class NumberStore;
class NumbersTableModel;
class ProfileStore;
class QLabel;
class QProgressBar;
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

    NumbersTableModel *model() const { return m_model; }
    SignInSession *session() const { return m_session; }
    bool isLoading() const { return m_load != nullptr; }
    // True when the table holds a tenant's full list (a load finished without error).
    bool isComplete() const { return m_complete; }

signals:
    void loadFinished(const LoadError &error);
    void exportFinished(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void showDemo();
    void fillLanguageMenu();
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
    void signInFailed(const LoadError &error);
    void fillTenants();
    QString tenantId() const;

    void load();
    void startLoad(const QString &tenant);
    void cancelLoad();
    void batchArrived(const std::shared_ptr<NumberStore> &batch);
    void showPendingBatches();
    void progressed(qint64 bytes, qint64 records, qint64 total);
    void loadEnded(const LoadError &error);
    void updateActions();
    void updateTitle();
    void refreshFacets();
    void updateCounts();

    void showMessage(const QString &text, bool isError, bool offerRetry);
    void hideMessage();
    void currentRowChanged();
    void openRouting(int viewRow);
    void showTableMenu(const QPoint &position);
    void copyRows(RowsText::Cells cells);
    void copyNumber();
    void copyJson();
    void exportRows(bool selectedOnly);
    void saveView();
    void deleteView();
    void fillViewsMenu();
    void saveTableLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<ViewSettings> m_view;
    NumbersTableModel *m_model;
    QNetworkAccessManager m_nam;
    SignInSession *m_session;
    MemorySecretStore m_demoSecrets;
    DemoEnvironment *m_demo = nullptr;
    SignInPromptDialog *m_prompt = nullptr;
    QPointer<NumbersLoad> m_load;
    DetailPane *m_detailPane = nullptr;
    QLabel *m_countLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QString m_profileName;  // whose table layout is shown
    QString m_loadedTenant; // what the table holds or is being loaded into it
    QElapsedTimer m_loadClock;
    QElapsedTimer m_progressShown;
    QTimer m_batchTimer;
    std::vector<std::shared_ptr<NumberStore>> m_pendingBatches;
    std::size_t m_facetsRowCount = 0; // rows the filter bar's choices were taken from
    bool m_complete = false;
    bool m_loadAfterSignIn = false;
    bool m_receivedFirstBatch = false;
};
