#pragma once

#include "client/activity/activitylog.h"
#include "client/activity/recordingnetworkaccessmanager.h"
#include "client/loaderror.h"
#include "client/secrets/memorysecretstore.h"
#include "core/numberenums.h"
#include "shownfile.h"

#include <memory>
#include <optional>
#include <QMainWindow>
#include <QPointer>

class ConnectionManager;
class ChangesWindow;
class CountLabel;
class DemoEnvironment;
class FindNumberDialog;
class LoadStatus;
class NumberStore;
class NumbersFileJob;
class NumbersLoadController;
class NumbersTableModel;
class ProfileStore;
class QLabel;
class QSettings;
class SecretStore;
class SnapshotSaver;
class SignInSession;
class ViewSettings;
class WarningsButton;
struct CompareSource;
struct ConnectionProfile;
namespace Ui {
class MainWindow;
}

// The application window: its actions and menus, the welcome page, and the wiring of its parts: the
// connection bar (connection, sign-in, tenant, load), the connection manager (add, edit, remove), the load
// controller and the numbers widget. Profiles, secrets and remembered state come from outside so tests can
// give their own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the sandbox in this process, signs in to it and loads its large tenant.
    void startDemo(std::uint64_t numbers);
    // Shows numbers that did not come from a load (tests, benchmarks).
    void setNumbers(std::shared_ptr<NumberStore> store, const QString &origin);
    // Numbers › Find a number; with a number, looks it up at once.
    FindNumberDialog *findNumber(const QString &number = {});
    // What the command line asks for (ocnumbers --connection NAME --tenant GUID | --number E164): a
    // stored connection (empty: the last used, or the only one), then its tenant loaded or the number
    // looked up, signing in first. Returns what is wrong with the values (nothing is done then), or empty;
    // the opening itself starts from the event loop.
    QString openTarget(const QString &connection, const QString &tenant, const QString &number);

    // Shows the numbers of a saved response or snapshot, read-only, in place of what is shown, once every
    // number was read (a bad file changes nothing and says why); then makes goToNumber current, if given.
    void openFile(const QString &path, const QString &goToNumber = {});
    // Where snapshots of loads are kept.
    QString snapshotFolder() const;
    // File › Snapshots… and File › Compare… (tests drive them).
    void showSnapshots();
    void compare();
    // Compares two sides in a changes window (once both are read); the window is returned at once.
    void compare(const CompareSource &before, const CompareSource &after);
    // The file shown instead of a live load, if any.
    const std::optional<ShownFile> &shownFile() const { return m_shownFile; }

    NumbersTableModel *model() const;
    SignInSession *session() const { return m_session; }
    bool isLoading() const;
    // True when the table holds a tenant's full list (a load finished without error).
    bool isComplete() const;

signals:
    void loadFinished(const LoadError &error);
    void exportFinished(const QString &error);
    // openFile() ended: error is empty when the file's numbers are shown.
    void fileOpened(const QString &error);
    // A snapshot of the load shown was kept (path), or could not be (error).
    void snapshotSaved(const QString &path, const QString &error);
    // compare() has both sides and shows their changes in window (nullptr: a side could not be read).
    void comparisonOpened(ChangesWindow *window, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void showDemo();
    void setUpWelcomePage();
    void reloadProfiles(const QString &select);
    void profileChosen();
    void applyProfile(const ConnectionProfile &profile, SecretStore *secrets);
    void fillTenants();
    void statusChosen(std::optional<int> status);
    static std::optional<NumberStatus> statusOf(std::optional<int> code);
    void loadEnded(const LoadError &error);
    void chooseFile();
    void keepSnapshot();
    QList<CompareSource> compareSources(int *defaultBefore) const;
    void goToCompared(const CompareSource &source, const std::shared_ptr<const NumberStore> &store,
                      const QString &number);
    void fileRead(NumbersFileJob *job, const QString &goToNumber);
    void updateSourceLabel();
    // Makes the number current in the table (clearing filters that hide it); false if it is not there.
    bool goToNumberInTable(const QString &number);
    void updateActions();
    void updateTitle();
    void updateCounts();
    void updatePlaceholder();
    void fillViewsMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<ViewSettings> m_view;
    ActivityLog m_activity; // every request of m_nam, for View › Activity
    RecordingNetworkAccessManager m_nam{&m_activity};
    NumbersLoadController *m_numbers;
    SignInSession *m_session;
    ConnectionManager *m_connections;
    MemorySecretStore m_demoSecrets;
    DemoEnvironment *m_demo = nullptr;
    CountLabel *m_countLabel;
    LoadStatus *m_loadStatus;
    WarningsButton *m_warningsButton;
    QLabel *m_sourceLabel;
    QPointer<NumbersFileJob> m_fileJob;   // the file being opened
    std::optional<ShownFile> m_shownFile; // shown instead of a live load
    SnapshotSaver *m_snapshotSaver;
    QString m_shownSnapshot;                  // the snapshot kept of the load shown, once written
    FindNumberDialog *m_findNumber = nullptr; // made on first use
    QString m_profileName;                    // whose tenants and layout are shown
    std::optional<int> m_loadedStatus;        // the status the last v3 load asked for; nullopt: every status
};
