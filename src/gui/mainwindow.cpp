#include "mainwindow.h"

#include "aboutdialog.h"
#include "activitydialog.h"
#include "changeswindow.h"
#include "client/auth/signinsession.h"
#include "client/liveplatform/numbersload.h"
#include "client/liveplatform/numbersloadcontroller.h"
#include "client/profiles/profilestore.h"
#include "comparedialog.h"
#include "compareloader.h"
#include "compareside.h"
#include "connectionbar.h"
#include "connectionmanager.h"
#include "core/input/numbersfilejob.h"
#include "core/input/numbersfilereader.h"
#include "core/models/numberstablemodel.h"
#include "core/numberenums.h"
#include "core/numberstore.h"
#include "core/snapshots/snapshotsettings.h"
#include "core/snapshots/snapshotstore.h"
#include "core/utf8view.h"
#include "countlabel.h"
#include "demoenvironment.h"
#include "filterbar.h"
#include "findnumberdialog.h"
#include "helpviewer.h"
#include "languagemenu.h"
#include "loadstatus.h"
#include "messagebanner.h"
#include "numberswidget.h"
#include "opentarget.h"
#include "secretpromptdialog.h"
#include "snapshotsaver.h"
#include "snapshotsdialog.h"
#include "tenantcombo.h"
#include "ui_mainwindow.h"
#include "viewsettings.h"
#include "warningsbutton.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_view(std::make_unique<ViewSettings>(settings))
    , m_numbers(new NumbersLoadController(&m_nam, this))
    , m_session(new SignInSession(&m_nam, this))
    , m_connections(new ConnectionManager(profiles, secrets, m_session, m_view.get(), &m_nam, this))
    , m_countLabel(new CountLabel(this))
    , m_loadStatus(new LoadStatus(this))
    , m_warningsButton(new WarningsButton(m_numbers->model(), this))
    , m_sourceLabel(new QLabel(this))
    , m_snapshotSaver(new SnapshotSaver(SnapshotStore::defaultRoot(), this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->hide();
    m_ui->numbersWidget->setUp(m_numbers->model(), m_view.get());
    m_ui->numbersWidget->setActions(
        {m_ui->actionCopy, m_ui->actionCopyRaw, m_ui->actionCopyNumber, m_ui->actionCopyJson,
         m_ui->actionExportSelected, m_ui->actionExportShown, m_ui->actionRouting, m_ui->actionFind,
         m_ui->actionClearFilters, m_ui->actionSaveView, m_ui->actionDeleteView, m_ui->actionResetColumns});
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_sourceLabel);
    statusBar()->addPermanentWidget(m_warningsButton);
    statusBar()->addPermanentWidget(m_loadStatus);

    // Icons from the desktop theme, with the style's own where the theme has none.
    const auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style()->standardIcon(fallback));
    };
    m_ui->actionLoad->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    m_ui->actionCancel->setIcon(icon("process-stop", QStyle::SP_BrowserStop));
    m_ui->actionExportSelected->setIcon(icon("document-save-as", QStyle::SP_DialogSaveButton));
    m_ui->actionExportShown->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));
    m_ui->actionCopy->setIcon(icon("edit-copy", QStyle::SP_FileDialogDetailedView));
    m_ui->actionQuit->setIcon(icon("application-exit", QStyle::SP_DialogCloseButton));

    setUpWelcomePage();
    connectActions();
    SecretPromptDialog::serve(m_session, this);
    auto *languages = new LanguageMenu(m_view->language(), m_ui->menuView);
    m_ui->menuView->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString &code) {
        m_view->setLanguage(code);
        m_ui->messageBanner->showMessage(tr("The language changes the next time OC Numbers starts."), false,
                                         false);
    });
    if (!restoreGeometry(m_view->windowGeometry()) && screen())
        resize(screen()->availableSize() * 0.9);
    restoreState(m_view->windowState());
    m_ui->numbersWidget->restoreSplitterState(m_view->splitterState());
    reloadProfiles(m_view->lastProfile());
    m_ui->connectionBar->showSignInState();
    updateCounts();
    updatePlaceholder();
}

MainWindow::~MainWindow()
{
    m_numbers->cancel();
}

NumbersTableModel *MainWindow::model() const
{
    return m_numbers->model();
}

bool MainWindow::isLoading() const
{
    return m_numbers->isLoading();
}

bool MainWindow::isComplete() const
{
    return m_numbers->isComplete();
}

void MainWindow::connectActions()
{
    ConnectionBar *bar = m_ui->connectionBar;
    bar->setLoadWords(tr("&Load"), tr("&Refresh"));
    bar->setUp(m_session, m_numbers,
               {m_ui->actionSignIn,
                m_ui->actionSignOut,
                m_ui->actionLoad,
                m_ui->actionCancel,
                {m_ui->actionAddConnection, m_ui->actionEditConnection, m_ui->actionRemoveConnection, nullptr,
                 m_ui->actionDemo}});
    connect(bar, &ConnectionBar::profileChosen, this, &MainWindow::profileChosen);
    connect(bar, &ConnectionBar::loadRequested, this, [this](const NumbersLoad::Settings &settings) {
        m_ui->messageBanner->hide();
        // A v3 load of one status shows that status; one of every status, every status.
        m_loadedStatus = settings.status;
        if (settings.paged)
            m_ui->numbersWidget->filterBar()->setStatusFilter(statusOf(settings.status));
        m_numbers->start(settings, m_session->tokens());
    });
    connect(bar, &ConnectionBar::statusScopeChosen, this, &MainWindow::statusChosen);
    connect(bar, &ConnectionBar::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(bar, &ConnectionBar::message, m_ui->messageBanner, &MessageBanner::showMessage);
    connect(m_ui->messageBanner, &MessageBanner::retryRequested, bar, &ConnectionBar::load);
    connect(m_ui->actionGoToTenant, &QAction::triggered, bar, &ConnectionBar::goToTenant);
    connect(m_ui->actionFindNumber, &QAction::triggered, this, [this] { findNumber(); });

    connect(m_ui->actionAddConnection, &QAction::triggered, m_connections, &ConnectionManager::add);
    connect(m_ui->addConnectionButton, &QPushButton::clicked, m_connections, &ConnectionManager::add);
    connect(m_ui->actionEditConnection, &QAction::triggered, this,
            [this] { m_connections->edit(m_ui->connectionBar->chosenProfile()); });
    connect(m_ui->actionRemoveConnection, &QAction::triggered, this,
            [this] { m_connections->remove(m_ui->connectionBar->chosenProfile()); });
    connect(m_connections, &ConnectionManager::changed, this, &MainWindow::reloadProfiles);
    connect(m_connections, &ConnectionManager::removed, this, [this] {
        m_profileName.clear();
        m_ui->numbersWidget->forgetProfile();
        reloadProfiles({});
    });
    connect(m_connections, &ConnectionManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_connections, &ConnectionManager::message, this,
            [this](const QString &text) { m_ui->messageBanner->showMessage(text, false, false); });
    connect(m_ui->actionDemo, &QAction::triggered, this, [this] { startDemo(100000); });
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { startDemo(100000); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionSnapshots, &QAction::triggered, this, &MainWindow::showSnapshots);
    connect(m_ui->actionCompare, &QAction::triggered, this, qOverload<>(&MainWindow::compare));
    connect(m_snapshotSaver, &SnapshotSaver::saved, this, [this](const QString &path) {
        m_shownSnapshot = path;
        if (auto *dialog = findChild<SnapshotsDialog *>(u"snapshotsDialog"_s))
            dialog->refresh();
        emit snapshotSaved(path, {});
    });
    connect(m_snapshotSaver, &SnapshotSaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The snapshot of this load was not kept: %1").arg(error), 10000);
        emit snapshotSaved({}, error);
    });
    connect(m_ui->actionActivity, &QAction::triggered, this, [this] {
        auto *dialog = findChild<ActivityDialog *>(u"activityDialog"_s);
        if (!dialog)
            dialog = new ActivityDialog(&m_activity, this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });

    NumbersWidget *numbers = m_ui->numbersWidget;
    connect(m_numbers, &NumbersLoadController::started, this, [this] {
        // A live load replaces the file shown, and one being opened.
        if (m_fileJob) {
            m_fileJob->disconnect(this);
            m_fileJob->cancel();
            m_fileJob->deleteLater();
        }
        m_shownFile.reset();
        m_shownSnapshot.clear();
        updateSourceLabel();
    });
    connect(m_numbers, &NumbersLoadController::started, m_loadStatus, &LoadStatus::showStarted);
    connect(m_numbers, &NumbersLoadController::started, m_warningsButton, &WarningsButton::reset);
    connect(m_numbers, &NumbersLoadController::warningsFound, m_warningsButton, &WarningsButton::add);
    connect(m_numbers, &NumbersLoadController::progressed, m_loadStatus, &LoadStatus::showProgress);
    connect(m_numbers, &NumbersLoadController::retryScheduled, m_loadStatus, &LoadStatus::showRetry);
    connect(m_numbers, &NumbersLoadController::facetsChanged, numbers, &NumbersWidget::setFacets);
    connect(m_numbers, &NumbersLoadController::firstBatchShown, numbers, &NumbersWidget::selectFirstRow);
    connect(m_numbers, &NumbersLoadController::stateChanged, this, [this] {
        m_ui->numbersWidget->setBusy(m_numbers->isLoading());
        m_ui->numbersWidget->setOrigin(m_numbers->tenant());
        updateCounts();
        updateTitle();
    });
    connect(m_numbers, &NumbersLoadController::finished, this, &MainWindow::loadEnded);
    connect(model(), &NumbersTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(model(), &NumbersTableModel::countsChanged, this, &MainWindow::updatePlaceholder);
    connect(m_numbers, &NumbersLoadController::stateChanged, this, &MainWindow::updatePlaceholder);
    connect(m_ui->menuView, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);

    connect(numbers, &NumbersWidget::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(numbers, &NumbersWidget::message, this, [this](const QString &text, bool isError) {
        m_ui->messageBanner->showMessage(text, isError, false);
    });
    connect(numbers, &NumbersWidget::exportFinished, this, &MainWindow::exportFinished);

    const auto help = [this](const QString &section) { HelpViewer::open(this, section); };
    connect(m_ui->actionHelpContents, &QAction::triggered, this, [help] { help(u"OC Numbers"_s); });
    connect(m_ui->actionHelpConnecting, &QAction::triggered, this,
            [help] { help(u"Connecting to Live Platform"_s); });
    connect(m_ui->actionHelpShortcuts, &QAction::triggered, this, [help] { help(u"Keyboard shortcuts"_s); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog about(this);
        about.exec();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

// ---- Connections and sign-in ----------------------------------------------------------------------------

void MainWindow::reloadProfiles(const QString &select)
{
    const QStringList names = m_profiles->names();
    const bool demo = m_demo && m_demo->isStarted();
    m_ui->connectionBar->showProfiles(names, demo ? DemoEnvironment::profileName() : QString(), select);
    const bool none = names.isEmpty() && !demo;
    m_ui->stack->setCurrentWidget(none ? m_ui->welcomePage : m_ui->numbersPage);
    m_ui->connectionBar->setVisible(!none);
    if (none)
        updateActions();
    else
        profileChosen();
}

void MainWindow::profileChosen()
{
    updateActions();
    const QString name = m_ui->connectionBar->chosenProfile();
    if (m_demo && m_demo->isStarted() && name.isEmpty()) {
        applyProfile(m_demo->profile(), &m_demoSecrets);
        return;
    }
    const auto profile = m_profiles->load(name);
    if (!profile) {
        m_ui->messageBanner->showMessage(
            tr("The connection \"%1\" could not be read from the settings. Edit or remove it.").arg(name),
            true, false);
        return;
    }
    applyProfile(*profile, m_secrets);
    m_view->setLastProfile(name);
    if (m_session->hasProfile())
        m_session->signIn(false); // silently, with a saved sign-in; never opens a browser by itself
}

void MainWindow::applyProfile(const ConnectionProfile &profile, SecretStore *secrets)
{
    m_numbers->cancel();
    m_ui->numbersWidget->showProfile(profile.name);
    m_profileName = profile.name;
    m_session->setBrowser(m_demo && secrets == &m_demoSecrets
                              ? std::function<bool(const QUrl &)>([demo = QPointer(m_demo)](const QUrl &url) {
                                    return demo && demo->openInProcess(url);
                                })
                              : std::function<bool(const QUrl &)>(
                                    [](const QUrl &url) { return QDesktopServices::openUrl(url); }));
    // A profile with problems (a hand-edited or tampered settings file) is not trusted more than a typed
    // one: the session gets none, so nothing is read from the keychain or sent until it is fixed.
    const QStringList problems = profile.problems();
    m_session->setProfile(problems.isEmpty() ? profile : ConnectionProfile{},
                          problems.isEmpty() ? secrets : nullptr);
    // Nothing of the previous connection stays: its numbers, its load's status, its tenant.
    m_shownFile.reset();
    updateSourceLabel();
    m_numbers->clear();
    m_loadStatus->clear();
    m_warningsButton->reset();
    m_ui->connectionBar->setStatusScopeVisible(profile.paged);
    m_ui->numbersWidget->filterBar()->setStatusVisible(!profile.paged);
    m_loadedStatus.reset();
    if (profile.paged)
        m_ui->numbersWidget->filterBar()->setStatusFilter(statusOf(m_ui->connectionBar->statusScope()));
    m_ui->connectionBar->tenantCombo()->showTenant(QString());
    fillTenants();
    m_ui->messageBanner->hide();
    if (!problems.isEmpty())
        m_ui->messageBanner->showMessage(
            tr("The connection \"%1\" is not used until it is fixed: no secret is read and nothing is "
               "sent. Edit it (File › Edit connection). %2")
                .arg(profile.name, problems.join(u' ')),
            true, false);
}

void MainWindow::statusChosen(std::optional<int> status)
{
    // The one status control of a v3 connection: numbers of every status are loaded, so the choice narrows
    // them at once; a load of one status has no others to show, so another choice loads again.
    const bool loaded = !m_numbers->tenant().isEmpty() && !m_numbers->isLoading();
    if (loaded && m_loadedStatus && m_loadedStatus != status) {
        m_ui->connectionBar->load();
        return;
    }
    m_ui->numbersWidget->filterBar()->setStatusFilter(statusOf(status));
}

std::optional<NumberStatus> MainWindow::statusOf(std::optional<int> code)
{
    return code ? std::optional(statusFromCode(*code)) : std::nullopt;
}

void MainWindow::fillTenants()
{
    QStringList tenants = m_view->recentTenants(m_profileName);
    if (m_demo && m_demo->isStarted() && m_session->profile().name == DemoEnvironment::profileName()) {
        for (const QString &tenant : m_demo->tenants()) {
            if (!tenants.contains(tenant))
                tenants.append(tenant);
        }
    }
    QStringList customers;
    for (const QString &tenant : tenants)
        customers.append(m_view->customerName(m_profileName, tenant));
    m_ui->connectionBar->tenantCombo()->setTenants(tenants, customers);
}

void MainWindow::loadEnded(const LoadError &error)
{
    const qsizetype total = qsizetype(model()->totalCount());
    m_loadStatus->showFinished(error, total, m_numbers->loadTime());
    if (!error.isError()) {
        m_view->addRecentTenant(m_profileName, m_numbers->tenant());
        if (total > 0) {
            const NumberStore &store = model()->store();
            const QString customer = fromUtf8View(store.pooled(store.record(0).umpCustomerFullName));
            if (!customer.isEmpty())
                m_view->setCustomerName(m_profileName, m_numbers->tenant(), customer);
        }
        TenantCombo *tenants = m_ui->connectionBar->tenantCombo();
        const QString typed = tenants->currentText();
        fillTenants();
        tenants->setEditText(typed);
        updateTitle();
        keepSnapshot();
    } else {
        m_ui->messageBanner->showLoadFailure(error, total);
    }
    emit loadFinished(error);
}

void MainWindow::setNumbers(std::shared_ptr<NumberStore> store, const QString &origin)
{
    m_ui->stack->setCurrentWidget(m_ui->numbersPage);
    m_warningsButton->reset();
    m_numbers->setNumbers(std::move(store), origin);
}

// ---- Saved responses and snapshots ------------------------------------------------------------------------

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a saved response"), m_view->openFolder(),
                                                      NumbersFileReader::fileDialogFilter());
    if (path.isEmpty())
        return;
    m_view->setOpenFolder(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openFile(const QString &path, const QString &goToNumber)
{
    if (m_numbers->isLoading()) {
        const QString error =
            tr("%1 was not opened: numbers are being loaded. Cancel the load or wait for it "
               "to end, then open the file again.")
                .arg(QDir::toNativeSeparators(path));
        m_ui->messageBanner->showMessage(error, true, false);
        emit fileOpened(error);
        return;
    }
    if (m_fileJob) {
        m_fileJob->disconnect(this);
        m_fileJob->cancel();
        m_fileJob->deleteLater();
    }
    auto *job = new NumbersFileJob(path, this);
    m_fileJob = job;
    connect(job, &NumbersFileJob::finished, this, [this, job, goToNumber] { fileRead(job, goToNumber); });
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    job->start();
}

void MainWindow::fileRead(NumbersFileJob *job, const QString &goToNumber)
{
    job->deleteLater();
    statusBar()->clearMessage();
    if (const QString error = job->errorText(); !error.isEmpty()) {
        m_ui->messageBanner->showMessage(error, true, false);
        emit fileOpened(error);
        return;
    }
    const QFileInfo info(job->path());
    m_ui->messageBanner->hide();
    m_ui->stack->setCurrentWidget(m_ui->numbersPage);
    m_loadStatus->clear();
    m_warningsButton->reset();
    m_warningsButton->add(job->result().issues, job->result().issueCount);
    m_shownFile = ShownFile{info.absoluteFilePath(), info.lastModified(), false, {}, {}};
    if (const auto &snapshot = job->snapshot()) {
        m_shownFile->time = snapshot->savedAt;
        m_shownFile->snapshot = true;
        m_shownFile->tenantId = snapshot->tenantId;
        m_shownFile->customerName = snapshot->customerName;
    }
    m_shownSnapshot = m_shownFile->snapshot ? m_shownFile->path : QString();
    m_numbers->setNumbers(job->store(),
                          m_shownFile->snapshot ? m_shownFile->tenantId : info.completeBaseName());
    updateSourceLabel();
    if (!goToNumber.isEmpty())
        goToNumberInTable(goToNumber);
    else
        m_ui->numbersWidget->selectFirstRow();
    emit fileOpened({});
}

bool MainWindow::goToNumberInTable(const QString &number)
{
    const QByteArray wanted = number.toUtf8();
    const NumberStore &store = model()->store();
    for (std::uint32_t row = 0; row < store.size(); ++row) {
        if (store.telephoneNumber(row) == std::string_view(wanted.constData(), std::size_t(wanted.size()))) {
            m_ui->numbersWidget->goToStoreRow(row);
            return true;
        }
    }
    statusBar()->showMessage(tr("%1 is not among the numbers shown.").arg(number), 5000);
    return false;
}

QString MainWindow::snapshotFolder() const
{
    return m_snapshotSaver->root();
}

void MainWindow::keepSnapshot()
{
    const SnapshotSettings settings = SnapshotSettings::load(*m_view->settings());
    // A v3 load of one status is not the tenant's full list: comparing with it would be misleading.
    if (!settings.enabled || m_loadedStatus || m_numbers->tenant().isEmpty())
        return;
    SnapshotInfo info;
    info.connectionName = m_profileName;
    info.host = m_session->profile().baseUrl.host();
    info.tenantId = m_numbers->tenant();
    info.customerName = m_view->customerName(m_profileName, info.tenantId);
    info.apiVersion = m_session->profile().paged ? u"v3"_s : u"v2"_s;
    info.savedAt = QDateTime::currentDateTimeUtc();
    m_snapshotSaver->save(model()->sharedStore(), info, settings.limits());
}

void MainWindow::showSnapshots()
{
    auto *dialog = findChild<SnapshotsDialog *>(u"snapshotsDialog"_s);
    if (!dialog) {
        dialog = new SnapshotsDialog(snapshotFolder(), m_view->settings(), this);
        connect(dialog, &SnapshotsDialog::openRequested, this,
                [this](const QString &path) { openFile(path); });
    } else {
        dialog->refresh();
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QList<CompareSource> MainWindow::compareSources(int *defaultBefore) const
{
    QList<CompareSource> sources;
    const bool shown = !m_numbers->isLoading() && m_numbers->isComplete() && !m_numbers->tenant().isEmpty();
    if (shown) {
        QString what = m_shownFile ? m_shownFile->subject() : m_numbers->tenant();
        if (const QString customer = m_view->customerName(m_profileName, what);
            !m_shownFile && !customer.isEmpty())
            what = customer;
        sources.append({tr("The numbers shown (%1)").arg(what), {}});
    }
    const QString shownTenant = m_shownFile ? m_shownFile->tenantId : m_numbers->tenant();
    const QString shownConnection = m_shownFile ? QString() : m_profileName;
    QList<CompareSource> sameTenant;
    QList<CompareSource> others;
    *defaultBefore = -1;
    for (const SnapshotInfo &info : SnapshotStore(snapshotFolder()).list()) {
        const QString time = QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat);
        const QString who =
            info.customerName.isEmpty() ? info.tenantId : tr("%1 (%2)").arg(info.customerName, info.tenantId);
        // The time first: it is what tells a tenant's snapshots apart.
        const QString count = QLocale().toString(qulonglong(info.recordCount));
        const CompareSource source{
            info.path == m_shownSnapshot
                ? tr("Snapshot %1 (the numbers shown) · %2 · %3 numbers · %4")
                      .arg(time, who, count, info.connectionName)
                : tr("Snapshot %1 · %2 · %3 numbers · %4").arg(time, who, count, info.connectionName),
            info.path};
        const bool same = info.tenantId == shownTenant &&
                          (shownConnection.isEmpty() || info.connectionName == shownConnection);
        (same ? sameTenant : others).append(source);
    }
    for (const CompareSource &source : std::as_const(sameTenant)) {
        // "Before" is the newest snapshot of the same tenant that is not the one shown.
        if (*defaultBefore < 0 && source.path != m_shownSnapshot)
            *defaultBefore = int(sources.size());
        sources.append(source);
    }
    sources.append(others);
    return sources;
}

void MainWindow::compare()
{
    int defaultBefore = -1;
    const QList<CompareSource> sources = compareSources(&defaultBefore);
    auto *dialog = new CompareDialog(sources, defaultBefore, m_view->openFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_view->setOpenFolder(dialog->fileFolder());
        compare(dialog->before(), dialog->after());
    });
    dialog->open();
}

void MainWindow::compare(const CompareSource &before, const CompareSource &after)
{
    auto *loader = new CompareLoader(before, after, model()->sharedStore(), this);
    statusBar()->showMessage(tr("Reading what to compare…"));
    connect(loader, &CompareLoader::failed, this, [this, loader](const QString &error) {
        loader->deleteLater();
        statusBar()->clearMessage();
        m_ui->messageBanner->showMessage(tr("Nothing was compared. %1").arg(error), true, false);
        emit comparisonOpened(nullptr, error);
    });
    connect(loader, &CompareLoader::ready, this,
            [this, loader](const std::shared_ptr<const NumberStore> &old,
                           const std::shared_ptr<const NumberStore> &now) {
                loader->deleteLater();
                statusBar()->clearMessage();
                const CompareSource before = loader->before();
                const CompareSource after = loader->after();
                auto *window = new ChangesWindow({old, before.label}, {now, after.label}, this);
                window->setAttribute(Qt::WA_DeleteOnClose);
                connect(window, &ChangesWindow::numberActivated, this,
                        [this, before, after, old, now](const QString &number, bool inNewSide) {
                            goToCompared(inNewSide ? after : before, inNewSide ? now : old, number);
                        });
                window->show();
                emit comparisonOpened(window, {});
            });
    loader->start();
}

void MainWindow::goToCompared(const CompareSource &source, const std::shared_ptr<const NumberStore> &store,
                              const QString &number)
{
    activateWindow();
    raise();
    if (model()->sharedStore() == store) {
        goToNumberInTable(number);
        return;
    }
    if (source.isShown()) {
        statusBar()->showMessage(
            tr("%1 is in numbers no longer shown; compare again to go to it.").arg(number), 8000);
        return;
    }
    openFile(source.path, number);
}

void MainWindow::updateSourceLabel()
{
    if (!m_shownFile) {
        m_sourceLabel->hide();
        return;
    }
    m_sourceLabel->setText(
        m_shownFile->snapshot
            ? tr("Snapshot of %1 from %2 · read-only").arg(m_shownFile->subject(), m_shownFile->timeText())
            : tr("File %1 of %2 · read-only").arg(m_shownFile->subject(), m_shownFile->timeText()));
    m_sourceLabel->setToolTip(QDir::toNativeSeparators(m_shownFile->path));
    m_sourceLabel->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}

// ---- Finding a number, and what the command line opens ----------------------------------------------------

FindNumberDialog *MainWindow::findNumber(const QString &number)
{
    if (!m_findNumber) {
        m_findNumber = new FindNumberDialog(m_session, &m_nam, this);
        m_findNumber->setKnownCustomers(
            [this](const QString &tenant) { return m_view->customerName(m_profileName, tenant); });
        connect(m_findNumber, &FindNumberDialog::loadTenantRequested, this, [this](const QString &tenant) {
            m_ui->connectionBar->tenantCombo()->showTenant(tenant);
            m_ui->connectionBar->load();
        });
    }
    m_findNumber->show();
    m_findNumber->raise();
    m_findNumber->activateWindow();
    if (!number.isEmpty())
        m_findNumber->find(number);
    return m_findNumber;
}

QString MainWindow::openTarget(const QString &connection, const QString &tenant, const QString &number)
{
    OpenTarget target{connection, tenant, number};
    if (const QString error = target.resolve(m_profiles->names(), m_view->lastProfile()); !error.isEmpty())
        return error;
    QTimer::singleShot(0, this, [this, target] {
        if (m_ui->connectionBar->chosenProfile() != target.connection)
            reloadProfiles(target.connection);
        if (!target.tenant.isEmpty()) {
            m_ui->connectionBar->tenantCombo()->showTenant(target.tenant);
            m_ui->connectionBar->load(); // signs in first when needed
        } else if (!target.number.isEmpty()) {
            findNumber(target.number);
        }
    });
    return {};
}

void MainWindow::updateCounts()
{
    if (m_numbers->isLoading()) {
        m_countLabel->showLoadingCount(qsizetype(model()->visibleCount()));
        return;
    }
    m_countLabel->showCounts(qsizetype(model()->visibleCount()), qsizetype(model()->totalCount()),
                             !m_numbers->isComplete() || m_numbers->isLoading(),
                             !m_numbers->isLoading() && m_numbers->tenant().isEmpty());
}

void MainWindow::updatePlaceholder()
{
    QString text;
    const QString tenant = m_numbers->tenant();
    if (m_numbers->isLoading())
        text = tr("Loading the numbers of %1…").arg(tenant);
    else if (tenant.isEmpty())
        text =
            tr("Type or choose a customer's tenant ID (msTenantId) above and press Load, or look one number "
               "up with Numbers › Find a number…");
    else if (model()->totalCount() == 0 && m_shownFile)
        text = tr("The file %1 holds no numbers.").arg(QDir::toNativeSeparators(m_shownFile->path));
    else if (model()->totalCount() == 0 && m_numbers->isComplete())
        text = tr("The tenant %1 has no numbers on this Live Platform.").arg(tenant);
    else if (model()->totalCount() == 0)
        text = tr("No numbers were loaded; the message above says why.");
    else if (const QString problem = m_ui->numbersWidget->filterBar()->filter().textProblem();
             !problem.isEmpty())
        text = problem;
    else
        text = tr("No number matches the search and filters. Clear filters to see all %1 numbers.")
                   .arg(QLocale().toString(qlonglong(model()->totalCount())));
    m_ui->numbersWidget->setPlaceholderText(text);
}

void MainWindow::updateActions()
{
    // A stored profile with problems has no session profile, and is edited or removed all the same.
    m_ui->actionEditConnection->setEnabled(!m_ui->connectionBar->chosenProfile().isEmpty());
    m_ui->actionRemoveConnection->setEnabled(m_ui->actionEditConnection->isEnabled());
}

void MainWindow::updateTitle()
{
    if (m_shownFile) {
        setWindowTitle(
            m_shownFile->snapshot
                ? tr("%1: snapshot of %2 (read-only)").arg(m_shownFile->subject(), m_shownFile->timeText())
                : tr("%1 (saved %2, read-only)").arg(m_shownFile->subject(), m_shownFile->timeText()));
        return;
    }
    QString what = m_numbers->tenant();
    const QString customer = m_view->customerName(m_profileName, what);
    if (!customer.isEmpty())
        what = customer;
    if (!what.isEmpty() && !m_numbers->isComplete())
        what = m_numbers->isLoading() ? tr("%1 (loading)").arg(what) : tr("%1 (incomplete)").arg(what);
    QStringList parts;
    if (!what.isEmpty())
        parts << what;
    if (!m_profileName.isEmpty())
        parts << m_profileName;
    setWindowTitle(parts.join(u" — "_s));
}

// ---- Saved views and persistence --------------------------------------------------------------------------

void MainWindow::fillViewsMenu()
{
    QMenu *menu = m_ui->menuView;
    for (QAction *action : menu->actions()) {
        if (action->property("savedView").isValid()) {
            menu->removeAction(action);
            action->deleteLater();
        }
    }
    const QStringList names = m_ui->numbersWidget->viewNames();
    m_ui->actionDeleteView->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        QAction *action = menu->addAction(tr("View: %1").arg(name));
        action->setProperty("savedView", name);
        connect(action, &QAction::triggered, this, [this, name] { m_ui->numbersWidget->showView(name); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_ui->numbersWidget->saveLayout();
    m_view->saveWindow(saveGeometry(), saveState(), m_ui->numbersWidget->splitterState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpWelcomePage()
{
    auto *icon = new QLabel(m_ui->welcomePage);
    icon->setTextFormat(Qt::PlainText);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    m_ui->welcomeLayout->insertWidget(1, icon);
    QFont title = m_ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->welcomeTitle->setFont(title);
    // A readable line length, centred.
    const int width = m_ui->welcomeText->fontMetrics().averageCharWidth() * 70;
    m_ui->welcomeText->setFixedWidth(width);
    m_ui->welcomeText->setMinimumHeight(m_ui->welcomeText->heightForWidth(width));
    m_ui->welcomeLayout->setAlignment(m_ui->welcomeText, Qt::AlignHCenter);
    for (QPushButton *button : {m_ui->demoButton, m_ui->addConnectionButton})
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    m_ui->demoButton->setDefault(true);
}

void MainWindow::startDemo(std::uint64_t numbers)
{
    if (m_demo && !m_demo->isStarted())
        return; // starting already
    if (m_demo) {
        showDemo();
        return;
    }
    m_demo = new DemoEnvironment(numbers, this);
    statusBar()->showMessage(tr("Starting the demo server…"));
    connect(m_demo, &DemoEnvironment::started, this, [this](const QString &error) {
        statusBar()->clearMessage();
        if (!error.isEmpty()) {
            m_demo->deleteLater();
            m_demo = nullptr;
            m_ui->messageBanner->showMessage(tr("The demo server could not start: %1").arg(error), true,
                                             false);
            return;
        }
        showDemo();
    });
    m_demo->start();
}

void MainWindow::showDemo()
{
    reloadProfiles(DemoEnvironment::profileName());
    m_ui->connectionBar->tenantCombo()->showTenant(m_demo->demoTenant());
    // Signs in first: the real authorization-code flow, the browser's part done in-process.
    m_ui->connectionBar->load();
}
