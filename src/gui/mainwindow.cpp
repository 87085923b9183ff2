#include "mainwindow.h"

#include "aboutdialog.h"
#include "client/auth/signinsession.h"
#include "client/liveplatform/loadsettings.h"
#include "client/liveplatform/numbersload.h"
#include "client/profiles/profilestore.h"
#include "core/export/csvexportjob.h"
#include "core/models/numberstablemodel.h"
#include "core/numberfacets.h"
#include "core/numberstore.h"
#include "core/rowstext.h"
#include "core/utf8view.h"
#include "demoenvironment.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "helpviewer.h"
#include "numberstableview.h"
#include "plaintooltips.h"
#include "profiledialog.h"
#include "sbcroutingdialog.h"
#include "signinpromptdialog.h"
#include "ui_mainwindow.h"
#include "viewsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &guidPattern()
{
    static const QRegularExpression pattern(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    return pattern;
}

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_view(std::make_unique<ViewSettings>(settings))
    , m_model(new NumbersTableModel(this))
    , m_session(new SignInSession(&m_nam, this))
    , m_countLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
{
    m_ui->setupUi(this);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &MainWindow::showPendingBatches);
    auto *pane = new DetailPane(m_ui->splitter);
    pane->setObjectName(u"detailPane"_s);
    m_detailPane = pane;
    m_ui->splitter->addWidget(pane);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->tableView->setNumbersModel(m_model);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Loading progress"));
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressBar->setObjectName(u"loadProgress"_s);
    m_countLabel->setObjectName(u"countLabel"_s);
    for (QLabel *label : {m_countLabel, m_progressLabel})
        label->setTextFormat(Qt::PlainText);
    m_countLabel->setAccessibleName(tr("Numbers shown"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    m_progressBar->hide();
    m_ui->messageBanner->hide();
    m_ui->statusScopeCombo->addItem(tr("All statuses"));
    for (int code = 0; code < NumberStatusKnownCount; ++code)
        m_ui->statusScopeCombo->addItem(fromUtf8View(statusName(static_cast<NumberStatus>(code))), code);
    m_ui->tenantCombo->lineEdit()->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_ui->tenantCombo->lineEdit()->setClearButtonEnabled(true);

    // Icons from the desktop theme, with the style's own where the theme has none.
    const auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style()->standardIcon(fallback));
    };
    m_ui->actionLoad->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    m_ui->loadButton->setIcon(m_ui->actionLoad->icon());
    m_ui->actionCancel->setIcon(icon("process-stop", QStyle::SP_BrowserStop));
    m_ui->cancelButton->setIcon(m_ui->actionCancel->icon());
    m_ui->actionExportSelected->setIcon(icon("document-save-as", QStyle::SP_DialogSaveButton));
    m_ui->actionExportShown->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));
    m_ui->actionCopy->setIcon(icon("edit-copy", QStyle::SP_FileDialogDetailedView));
    m_ui->actionQuit->setIcon(icon("application-exit", QStyle::SP_DialogCloseButton));
    m_ui->retryButton->setIcon(m_ui->actionLoad->icon());
    m_ui->dismissButton->setIcon(icon("window-close", QStyle::SP_DialogCloseButton));

    auto *manage = new QMenu(m_ui->manageProfilesButton);
    manage->addAction(m_ui->actionAddConnection);
    manage->addAction(m_ui->actionEditConnection);
    manage->addAction(m_ui->actionRemoveConnection);
    manage->addSeparator();
    manage->addAction(m_ui->actionDemo);
    m_ui->manageProfilesButton->setMenu(manage);

    setUpWelcomePage();
    connectActions();
    fillLanguageMenu();
    if (!restoreGeometry(m_view->windowGeometry()) && screen())
        resize(screen()->availableSize() * 0.9);
    restoreState(m_view->windowState());
    if (!m_ui->splitter->restoreState(m_view->splitterState()))
        m_ui->splitter->setSizes({900, 420});
    reloadProfiles(m_view->lastProfile());
    updateSignInState();
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow()
{
    if (m_load)
        m_load->cancel();
}

void MainWindow::connectActions()
{
    connect(m_ui->profileCombo, &QComboBox::activated, this, &MainWindow::profileChosen);
    connect(m_ui->actionAddConnection, &QAction::triggered, this, &MainWindow::addProfile);
    connect(m_ui->addConnectionButton, &QPushButton::clicked, this, &MainWindow::addProfile);
    connect(m_ui->actionEditConnection, &QAction::triggered, this, &MainWindow::editProfile);
    connect(m_ui->actionRemoveConnection, &QAction::triggered, this, &MainWindow::removeProfile);
    connect(m_ui->actionDemo, &QAction::triggered, this, [this] { startDemo(100000); });
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { startDemo(100000); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInOrCancel);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInOrCancel);
    connect(m_ui->signOutButton, &QPushButton::clicked, m_ui->actionSignOut, &QAction::trigger);
    connect(m_ui->actionSignOut, &QAction::triggered, this, [this] {
        m_session->signOut();
        statusBar()->showMessage(tr("Signed out; the saved sign-in of this connection was removed."), 8000);
    });
    connect(m_session, &SignInSession::stateChanged, this, &MainWindow::updateSignInState);
    connect(m_session, &SignInSession::signInFailed, this, &MainWindow::signInFailed);
    connect(m_session, &SignInSession::notice, this,
            [this](const QString &text) { showMessage(text, false, false); });
    connect(m_session, &SignInSession::authorizationUrlReady, this, [this](const QUrl &url, bool opened) {
        if (opened) {
            statusBar()->showMessage(tr("Continue signing in in your browser…"));
            return;
        }
        if (!m_prompt) {
            m_prompt = new SignInPromptDialog(this);
            connect(m_prompt, &QDialog::rejected, m_session, &SignInSession::cancelSignIn);
        }
        m_prompt->showAddress(url);
        m_prompt->show();
    });
    connect(m_session, &SignInSession::userCodeReady, this,
            [this](const QString &code, const QUrl &uri, const QString &, int expiresIn) {
                if (!m_prompt) {
                    m_prompt = new SignInPromptDialog(this);
                    connect(m_prompt, &QDialog::rejected, m_session, &SignInSession::cancelSignIn);
                }
                m_prompt->showDeviceCode(code, uri, expiresIn);
                m_prompt->show();
            });

    connect(m_ui->loadButton, &QPushButton::clicked, this, &MainWindow::load);
    connect(m_ui->actionLoad, &QAction::triggered, this, &MainWindow::load);
    connect(m_ui->tenantCombo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::load);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoad);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelLoad);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::load);
    connect(m_ui->dismissButton, &QToolButton::clicked, this, &MainWindow::hideMessage);
    connect(m_ui->tenantCombo, &QComboBox::editTextChanged, this, &MainWindow::updateActions);

    connect(m_ui->filterBar, &FilterBar::filterChanged, this, [this](const NumberFilter &filter) {
        QElapsedTimer clock;
        clock.start();
        m_model->setFilter(filter);
        m_ui->filterBar->setLastFilterTime(clock.elapsed());
    });
    connect(m_model, &NumbersTableModel::countsChanged, this, [this](qsizetype visible, qsizetype total) {
        Q_UNUSED(visible)
        Q_UNUSED(total)
        updateCounts();
        updateActions();
    });
    connect(m_ui->actionFind, &QAction::triggered, m_ui->filterBar, &FilterBar::focusSearch);
    connect(m_ui->actionClearFilters, &QAction::triggered, m_ui->filterBar, &FilterBar::clear);
    connect(m_ui->actionGoToTenant, &QAction::triggered, this, [this] {
        m_ui->tenantCombo->setFocus(Qt::ShortcutFocusReason);
        m_ui->tenantCombo->lineEdit()->selectAll();
    });
    connect(m_ui->actionSaveView, &QAction::triggered, this, &MainWindow::saveView);
    connect(m_ui->actionDeleteView, &QAction::triggered, this, &MainWindow::deleteView);
    connect(m_ui->menuView, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);

    NumbersTableView *table = m_ui->tableView;
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRowChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::currentRowChanged);
    connect(table, &NumbersTableView::numberActivated, this, &MainWindow::openRouting);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table, &NumbersTableView::layoutEdited, this, &MainWindow::saveTableLayout);
    connect(m_ui->actionRouting, &QAction::triggered, this, [this] {
        if (m_ui->tableView->currentIndex().isValid())
            openRouting(m_ui->tableView->currentIndex().row());
    });
    // Copy acts on the table; other widgets (the search field, the detail pane) keep their own Ctrl+C.
    // Ctrl+C guards formulas like the Excel-safe CSV (the text is pasted into spreadsheets); the raw copy
    // is a separate action.
    for (QAction *copy : {m_ui->actionCopy, m_ui->actionCopyRaw}) {
        copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(copy);
    }
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] { copyRows(RowsText::Cells::Guarded); });
    connect(m_ui->actionCopyRaw, &QAction::triggered, this, [this] { copyRows(RowsText::Cells::Raw); });
    connect(m_ui->actionCopyNumber, &QAction::triggered, this, &MainWindow::copyNumber);
    connect(m_ui->actionCopyJson, &QAction::triggered, this, &MainWindow::copyJson);
    connect(m_ui->actionExportSelected, &QAction::triggered, this, [this] { exportRows(true); });
    connect(m_ui->actionExportShown, &QAction::triggered, this, [this] { exportRows(false); });

    const auto help = [this](const QString &section) {
        auto *viewer = new HelpViewer(this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
        viewer->showSection(section);
    };
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
    QComboBox *combo = m_ui->profileCombo;
    combo->clear();
    for (const QString &name : m_profiles->names())
        combo->addItem(name, name);
    if (m_demo && m_demo->isStarted())
        combo->addItem(DemoEnvironment::profileName(), QString());
    const bool none = combo->count() == 0;
    m_ui->stack->setCurrentWidget(none ? m_ui->welcomePage : m_ui->numbersPage);
    m_ui->connectionBar->setVisible(!none);
    if (none)
        return;
    int index = combo->findText(select);
    if (index < 0)
        index = 0;
    combo->setCurrentIndex(index);
    profileChosen();
}

void MainWindow::profileChosen()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (m_demo && m_demo->isStarted() && name.isEmpty()) {
        applyProfile(m_demo->profile(), &m_demoSecrets);
        return;
    }
    const auto profile = m_profiles->load(name);
    if (!profile) {
        showMessage(
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
    if (m_load)
        cancelLoad();
    saveTableLayout();
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
    m_model->clear();
    m_loadedTenant.clear();
    m_complete = false;
    m_ui->tableView->restoreLayout(m_view->header(profile.name));
    m_ui->statusScopeCombo->setVisible(profile.paged);
    fillTenants();
    hideMessage();
    refreshFacets();
    updateTitle();
    updateActions();
    if (!problems.isEmpty())
        showMessage(
            tr("The connection \"%1\" is not used until it is fixed: no secret is read and nothing is "
               "sent. Edit it (File › Edit connection). %2")
                .arg(profile.name, problems.join(u' ')),
            true, false);
}

void MainWindow::fillTenants()
{
    QComboBox *combo = m_ui->tenantCombo;
    const QString current = tenantId();
    combo->clear();
    QStringList tenants = m_view->recentTenants(m_profileName);
    if (m_demo && m_demo->isStarted() && m_session->profile().name == DemoEnvironment::profileName()) {
        for (const QString &tenant : m_demo->tenants()) {
            if (!tenants.contains(tenant))
                tenants.append(tenant);
        }
    }
    for (const QString &tenant : tenants) {
        const QString customer = m_view->customerName(m_profileName, tenant);
        combo->addItem(customer.isEmpty() ? tenant : tr("%1 — %2").arg(tenant, customer), tenant);
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(current.isEmpty() && !tenants.isEmpty() ? tenants.first() : current);
    combo->lineEdit()->setCursorPosition(0);
}

QString MainWindow::tenantId() const
{
    const QRegularExpressionMatch match = guidPattern().match(m_ui->tenantCombo->currentText());
    return match.hasMatch() ? match.captured().toLower() : QString();
}

void MainWindow::addProfile()
{
    ProfileDialog dialog(ConnectionProfile{}, m_profiles->names(), m_secrets, &m_nam, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles->save(dialog.profile());
    reloadProfiles(dialog.profile().name);
}

void MainWindow::editProfile()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    const auto profile = m_profiles->load(name);
    if (!profile) {
        statusBar()->showMessage(tr("The demo connection cannot be edited."), 5000);
        return;
    }
    QStringList others = m_profiles->names();
    others.removeAll(name);
    ProfileDialog dialog(*profile, others, m_secrets, &m_nam, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile edited = dialog.profile();
    const bool moved = !edited.sameAddresses(*profile);
    if (edited.secretKey() != profile->secretKey()) {
        // Renamed (the dialog copied the secret to the new name) or pointed at other addresses (the
        // secret and refresh token were issued for the old ones): the old keychain entries go.
        m_session->signOut();
        removeSecrets(*profile);
    }
    if (edited.name != name) {
        m_profiles->remove(name);
        m_view->forgetProfile(name);
    }
    m_profiles->save(edited);
    reloadProfiles(edited.name);
    if (moved)
        showMessage(
            tr("\"%1\" now signs in at other addresses, so the client secret and saved sign-in stored "
               "for the old ones were removed.")
                .arg(edited.name),
            false, false);
}

void MainWindow::removeSecrets(const ConnectionProfile &profile)
{
    if (!m_secrets)
        return;
    for (const QString &key : profile.keychainKeys())
        m_secrets->remove(key, [](const QString &) {});
}

void MainWindow::removeProfile()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (name.isEmpty() || !m_profiles->load(name))
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove connection"),
                    tr("Remove the connection \"%1\"? Its saved sign-in and client secret are removed "
                       "from the keychain as well.")
                        .arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(u"removeConnectionBox"_s);
    ask.setTextFormat(Qt::PlainText); // the name is the settings file's
    if (ask.exec() != QMessageBox::Yes)
        return;
    const auto profile = m_profiles->load(name);
    m_session->signOut();
    removeSecrets(*profile);
    m_profiles->remove(name);
    m_view->forgetProfile(name);
    m_profileName.clear();
    reloadProfiles({});
}

void MainWindow::signInOrCancel()
{
    if (m_session->state() == SignInSession::State::SigningIn)
        m_session->cancelSignIn();
    else
        m_session->signIn(true);
}

void MainWindow::updateSignInState()
{
    const SignInSession::State state = m_session->state();
    if (m_prompt && state != SignInSession::State::SigningIn)
        m_prompt->hide();
    QString text;
    switch (state) {
    case SignInSession::State::SignedOut:
        text = tr("Not signed in");
        break;
    case SignInSession::State::SigningIn:
        text = tr("Signing in…");
        break;
    case SignInSession::State::SignedIn: {
        const QDateTime expires = m_session->expiresAt().toLocalTime();
        // The name only; the tooltip has the account too.
        const QString name = m_session->identity().section(u" <"_s, 0, 0);
        text = expires.isValid()
                   ? tr("%1 · until %2").arg(name, QLocale().toString(expires.time(), QLocale::ShortFormat))
                   : name;
        break;
    }
    }
    m_ui->identityLabel->setText(m_ui->identityLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, 300));
    m_ui->identityLabel->setToolTip(PlainToolTips::escaped(
        state == SignInSession::State::SignedIn
            ? tr("Signed in as %1; the access token is renewed before %2.")
                  .arg(m_session->identity(),
                       QLocale().toString(m_session->expiresAt().toLocalTime(), QLocale::LongFormat))
            : QString()));
    m_ui->signInButton->setText(state == SignInSession::State::SigningIn ? tr("Cancel sign-in")
                                                                         : tr("Sign &in"));
    m_ui->signInButton->setVisible(state != SignInSession::State::SignedIn);
    m_ui->signOutButton->setVisible(state == SignInSession::State::SignedIn &&
                                    m_session->profile().signIn !=
                                        ConnectionProfile::SignIn::AppRegistration);
    m_ui->actionSignIn->setEnabled(state == SignInSession::State::SignedOut && m_session->hasProfile());
    m_ui->actionSignOut->setEnabled(state == SignInSession::State::SignedIn);
    if (state == SignInSession::State::SignedIn) {
        statusBar()->clearMessage();
        if (m_loadAfterSignIn) {
            m_loadAfterSignIn = false;
            load();
        }
    }
    updateActions();
}

void MainWindow::signInFailed(const LoadError &error)
{
    const bool wanted = m_loadAfterSignIn;
    m_loadAfterSignIn = false;
    if (error.kind == LoadError::Kind::Cancelled) {
        statusBar()->showMessage(tr("Sign-in cancelled."), 5000);
        return;
    }
    showMessage(tr("Sign-in failed: %1").arg(error.message), true, wanted);
}

// ---- Loading ----------------------------------------------------------------------------------------------

void MainWindow::load()
{
    if (m_load || !m_session->hasProfile())
        return;
    const QString tenant = tenantId();
    if (tenant.isEmpty()) {
        showMessage(
            tr("\"%1\" is not a tenant ID. Enter the customer's Microsoft tenant ID (msTenantId), a GUID "
               "like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.")
                .arg(m_ui->tenantCombo->currentText().trimmed()),
            true, false);
        m_ui->tenantCombo->setFocus();
        return;
    }
    if (m_session->state() != SignInSession::State::SignedIn) {
        m_loadAfterSignIn = true;
        m_session->signIn(true);
        return;
    }
    startLoad(tenant);
}

void MainWindow::startLoad(const QString &tenant)
{
    hideMessage();
    const QVariant status = m_ui->statusScopeCombo->currentData();
    auto *load =
        new NumbersLoad(loadSettingsFor(m_session->profile(), tenant,
                                        status.isValid() ? std::optional(status.toInt()) : std::nullopt),
                        &m_nam, m_session->tokens(), this);
    m_load = load;
    m_receivedFirstBatch = false;
    m_pendingBatches.clear();
    m_progressShown.invalidate();
    m_complete = false;
    m_model->clear();
    m_loadedTenant = tenant;
    connect(load, &NumbersLoad::batchReady, this, &MainWindow::batchArrived);
    connect(load, &NumbersLoad::progress, this, &MainWindow::progressed);
    connect(load, &NumbersLoad::finished, this, &MainWindow::loadEnded);
    m_progressLabel->setText(tr("Loading…"));
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_loadClock.start();
    updateCounts();
    updateTitle();
    updateActions();
    load->start();
}

void MainWindow::cancelLoad()
{
    if (m_load)
        m_load->cancel();
}

void MainWindow::batchArrived(const std::shared_ptr<NumberStore> &batch)
{
    // Pages parsed together arrive together: they go into the table in one step (one sort, one insert).
    m_pendingBatches.push_back(batch);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void MainWindow::showPendingBatches()
{
    m_batchTimer.stop();
    if (m_pendingBatches.empty())
        return;
    std::vector<std::shared_ptr<NumberStore>> batches = std::exchange(m_pendingBatches, {});
    NumberStore &first = *batches.front();
    for (std::size_t i = 1; i < batches.size(); ++i)
        first.append(std::move(*batches[i]));
    if (!m_receivedFirstBatch) {
        // The first batch (a whole v2 list) is adopted, not copied.
        m_receivedFirstBatch = true;
        m_model->setStore(std::make_unique<NumberStore>(std::move(first)));
        refreshFacets();
        if (m_model->rowCount() > 0 && !m_ui->tableView->currentIndex().isValid())
            m_ui->tableView->setCurrentIndex(m_model->index(0, 0));
        return;
    }
    m_model->appendNumbers(first);
}

void MainWindow::progressed(qint64 bytes, qint64 records, qint64 total)
{
    // A few updates a second are enough to read; each one relayouts the status bar.
    if (m_progressShown.isValid() && m_progressShown.elapsed() < 150)
        return;
    m_progressShown.start();
    const QLocale locale;
    if (total > 0) {
        m_progressLabel->setText(
            tr("Loading… %1 of %2 numbers").arg(locale.toString(records), locale.toString(total)));
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::min<qint64>(1000, records * 1000 / total)));
    } else {
        m_progressLabel->setText(
            tr("Loading… %1 numbers (%2)").arg(locale.toString(records), locale.formattedDataSize(bytes)));
    }
}

void MainWindow::loadEnded(const LoadError &error)
{
    showPendingBatches();

    m_load = nullptr;
    sender()->deleteLater();
    m_progressBar->hide();
    const QLocale locale;
    const QString count = locale.toString(qlonglong(m_model->totalCount()));
    if (!error.isError()) {
        m_complete = true;
        m_progressLabel->setText(
            tr("%1 numbers loaded in %2 s")
                .arg(count, locale.toString(double(m_loadClock.elapsed()) / 1000.0, 'f', 1)));
        m_view->addRecentTenant(m_profileName, m_loadedTenant);
        if (m_model->totalCount() > 0) {
            const NumberStore &store = m_model->store();
            const QString customer = fromUtf8View(store.pooled(store.record(0).umpCustomerFullName));
            if (!customer.isEmpty())
                m_view->setCustomerName(m_profileName, m_loadedTenant, customer);
        }
        const QString typed = m_ui->tenantCombo->currentText();
        fillTenants();
        m_ui->tenantCombo->setEditText(typed);
    } else if (error.kind == LoadError::Kind::Cancelled) {
        m_progressLabel->setText(tr("Loading cancelled"));
        showMessage(
            tr("Loading was cancelled. The %1 numbers shown are not the tenant's full list.").arg(count),
            false, true);
    } else {
        m_progressLabel->setText(tr("Loading failed"));
        // Load errors carry the server's detail and error ticket in their message already.
        QString text = error.message;
        if (!error.detail.isEmpty() && !text.contains(error.detail))
            text += u' ' + tr("The server said: %1").arg(error.detail);
        if (m_model->totalCount() > 0)
            text += u' ' + tr("The %1 numbers shown are not the tenant's full list.").arg(count);
        showMessage(text, true, true);
    }
    if (m_model->totalCount() != m_facetsRowCount) // a v2 list got its choices with its only batch
        refreshFacets();
    updateCounts();
    updateTitle();
    updateActions();
    emit loadFinished(error);
}

void MainWindow::setNumbers(std::unique_ptr<NumberStore> store, const QString &origin)
{
    m_complete = true;
    m_loadedTenant = origin;
    m_ui->stack->setCurrentWidget(m_ui->numbersPage);
    m_model->setStore(std::move(store));
    refreshFacets();
    updateTitle();
    updateActions();
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    QString text = tr("%1 of %2 numbers shown")
                       .arg(locale.toString(qlonglong(m_model->visibleCount())),
                            locale.toString(qlonglong(m_model->totalCount())));
    if (!m_complete || m_load)
        text = tr("%1 (incomplete)").arg(text);
    if (m_model->totalCount() == 0 && !m_load && m_loadedTenant.isEmpty())
        text = tr("No numbers loaded");
    m_countLabel->setText(text);
}

void MainWindow::refreshFacets()
{
    m_facetsRowCount = m_model->totalCount();
    m_ui->filterBar->setFacets(NumberFacets::of(m_model->store()));
}

void MainWindow::updateActions()
{
    const bool loading = m_load != nullptr;
    const bool hasProfile = m_session->hasProfile();
    const bool hasRows = m_model->visibleCount() > 0;
    const bool hasSelection = m_ui->tableView->selectionModel()->hasSelection();
    const bool hasCurrent = m_ui->tableView->currentIndex().isValid();
    m_ui->loadButton->setEnabled(hasProfile && !loading);
    m_ui->loadButton->setText(m_loadedTenant == tenantId() && !m_loadedTenant.isEmpty() ? tr("&Refresh")
                                                                                        : tr("&Load"));
    m_ui->actionLoad->setEnabled(hasProfile && !loading);
    m_ui->cancelButton->setVisible(loading);
    m_ui->actionCancel->setEnabled(loading);
    m_ui->tenantCombo->setEnabled(hasProfile);
    m_ui->statusScopeCombo->setEnabled(!loading);
    // Dialogs that read the table's numbers wait for the load to end: its first batch replaces them.
    m_ui->actionExportSelected->setEnabled(!loading && hasSelection);
    m_ui->actionExportShown->setEnabled(!loading && hasRows);
    m_ui->actionRouting->setEnabled(!loading && hasCurrent);
    m_ui->actionCopy->setEnabled(hasSelection);
    m_ui->actionCopyRaw->setEnabled(hasSelection);
    m_ui->actionCopyNumber->setEnabled(hasCurrent);
    m_ui->actionCopyJson->setEnabled(hasCurrent);
    // A stored profile with problems has no session profile, and is edited or removed all the same.
    m_ui->actionEditConnection->setEnabled(!m_ui->profileCombo->currentData().toString().isEmpty());
    m_ui->actionRemoveConnection->setEnabled(m_ui->actionEditConnection->isEnabled());
}

void MainWindow::updateTitle()
{
    QString what = m_loadedTenant;
    const QString customer = m_view->customerName(m_profileName, m_loadedTenant);
    if (!customer.isEmpty())
        what = customer;
    if (!what.isEmpty() && !m_complete)
        what = m_load ? tr("%1 (loading)").arg(what) : tr("%1 (incomplete)").arg(what);
    QStringList parts;
    if (!what.isEmpty())
        parts << what;
    if (!m_profileName.isEmpty())
        parts << m_profileName;
    setWindowTitle(parts.join(u" — "_s));
}

// ---- Messages ---------------------------------------------------------------------------------------------

void MainWindow::showMessage(const QString &text, bool isError, bool offerRetry)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setAccessibleDescription(text);
    m_ui->messageBanner->setProperty("error", isError);
    m_ui->messageBanner->setBackgroundRole(isError ? QPalette::ToolTipBase : QPalette::AlternateBase);
    m_ui->messageLabel->setForegroundRole(isError ? QPalette::ToolTipText : QPalette::WindowText);
    m_ui->retryButton->setVisible(offerRetry);
    m_ui->messageBanner->show();
}

void MainWindow::hideMessage()
{
    m_ui->messageBanner->hide();
}

// ---- Table, detail, routing -------------------------------------------------------------------------------

void MainWindow::currentRowChanged()
{
    // Actions follow selectionChanged and countsChanged, which come with every change of the current row.
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        m_detailPane->showNumber(m_model->store(), m_model->storeRow(current.row()));
    else
        m_detailPane->clear();
}

void MainWindow::openRouting(int viewRow)
{
    if (m_load || viewRow < 0 || std::size_t(viewRow) >= m_model->visibleCount())
        return;
    auto *dialog = new SbcRoutingDialog(m_model->store(), m_model->storeRow(viewRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"sbcRoutingDialog"_s);
    connect(dialog, &SbcRoutingDialog::filterToSbcRequested, this, [this](const QString &sbc) {
        NumberFilter filter;
        filter.sbcs = {sbc};
        m_ui->filterBar->setFilter(filter);
    });
    dialog->open();
}

void MainWindow::showTableMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_ui->actionCopyNumber);
    menu.addAction(m_ui->actionCopyJson);
    menu.addAction(m_ui->actionCopy);
    menu.addAction(m_ui->actionCopyRaw);
    menu.addSeparator();
    menu.addAction(m_ui->actionExportSelected);
    menu.addAction(m_ui->actionRouting);
    menu.exec(m_ui->tableView->viewport()->mapToGlobal(position));
}

void MainWindow::copyRows(RowsText::Cells cells)
{
    const std::vector<std::uint32_t> rows = m_ui->tableView->selectedStoreRows();
    if (rows.empty())
        return;
    QGuiApplication::clipboard()->setText(
        RowsText::tsv(m_model->store(), rows, m_ui->tableView->visibleColumns(), cells));
    statusBar()->showMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

void MainWindow::copyNumber()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            fromUtf8View(m_model->store().telephoneNumber(m_model->storeRow(current.row()))));
}

void MainWindow::copyJson()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            RowsText::json(m_model->store(), m_model->storeRow(current.row())));
}

// ---- Export -----------------------------------------------------------------------------------------------

void MainWindow::exportRows(bool selectedOnly)
{
    if (m_load)
        return;
    std::vector<std::uint32_t> rows =
        selectedOnly ? m_ui->tableView->selectedStoreRows() : m_model->visibleRows();
    if (rows.empty())
        return;
    const QLocale locale;
    const std::vector<NumberColumn> columns = m_ui->tableView->visibleColumns();
    QString folder = m_view->exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_loadedTenant.isEmpty() ? u"numbers"_s : u"numbers-"_s + m_loadedTenant.left(8);
    ExportDialog dialog(
        tr("%1 numbers, %2 columns (the visible ones, in the table's order).")
            .arg(locale.toString(qlonglong(rows.size())), locale.toString(qlonglong(columns.size()))),
        QDir(folder).filePath(base + u".csv"_s), m_view->exportOptions(), this);
    dialog.setObjectName(u"exportDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    m_view->saveExport(dialog.options(), QFileInfo(path).absolutePath());

    auto *job = new CsvExportJob(m_model->store(), std::move(rows), columns, dialog.options(), path, this);
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"),
                                         0, 1000, this);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowModality(Qt::WindowModal); // the numbers must not change while they are written
    progress->setMinimumDuration(400);
    progress->setValue(0);
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, job] {
        progress->setValue(int(job->rowsWritten() * 1000 / std::max<std::size_t>(1, job->rowCount())));
    });
    poll->start(100);
    connect(progress, &QProgressDialog::canceled, job, &CsvExportJob::cancel);
    const qlonglong count = qlonglong(job->rowCount());
    connect(job, &CsvExportJob::finished, this, [this, job, progress, path, count](const QString &error) {
        progress->deleteLater();
        job->deleteLater();
        if (error.isEmpty())
            showMessage(tr("Exported %1 numbers to %2.")
                            .arg(QLocale().toString(count), QDir::toNativeSeparators(path)),
                        false, false);
        else
            showMessage(error, true, false);
        emit exportFinished(error);
    });
    job->start();
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
    const QStringList names = m_view->viewNames(m_profileName);
    m_ui->actionDeleteView->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        QAction *action = menu->addAction(tr("View: %1").arg(name));
        action->setProperty("savedView", name);
        connect(action, &QAction::triggered, this, [this, name] {
            const ViewSettings::View view = m_view->view(m_profileName, name);
            m_ui->tableView->restoreLayout(view.header);
            m_ui->filterBar->setFilter(view.filter);
        });
    }
}

void MainWindow::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
                                               tr("Name of this view (the filter and the table's columns):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_view->saveView(m_profileName, name, {m_ui->filterBar->filter(), m_ui->tableView->saveLayout()});
    statusBar()->showMessage(tr("View \"%1\" saved.").arg(name), 4000);
}

void MainWindow::deleteView()
{
    const QStringList names = m_view->viewNames(m_profileName);
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Delete view"), tr("View to delete:"), names, 0, false, &ok);
    if (ok)
        m_view->removeView(m_profileName, name);
}

void MainWindow::saveTableLayout()
{
    if (!m_profileName.isEmpty())
        m_view->setHeader(m_profileName, m_ui->tableView->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTableLayout();
    m_view->saveWindow(saveGeometry(), saveState(), m_ui->splitter->saveState());
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

void MainWindow::fillLanguageMenu()
{
    QMenu *menu = m_ui->menuView->addMenu(tr("&Language"));
    menu->setObjectName(u"menuLanguage"_s);
    auto *group = new QActionGroup(menu);
    // Names in their own language: someone who cannot read the current one still finds theirs.
    const QList<std::pair<QString, QString>> languages = {{QString(), tr("System language")},
                                                          {u"en"_s, u"English"_s},
                                                          {u"de"_s, u"Deutsch"_s},
                                                          {u"fr"_s, u"Français"_s},
                                                          {u"es"_s, u"Español"_s}};
    const QString chosen = m_view->language();
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_view->setLanguage(code);
            showMessage(tr("The language changes the next time OC Numbers starts."), false, false);
        });
    }
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
            showMessage(tr("The demo server could not start: %1").arg(error), true, false);
            return;
        }
        showDemo();
    });
    m_demo->start();
}

void MainWindow::showDemo()
{
    reloadProfiles(DemoEnvironment::profileName());
    m_ui->tenantCombo->setEditText(m_demo->demoTenant());
    m_ui->tenantCombo->lineEdit()->setCursorPosition(0);
    load(); // signs in first: the real authorization-code flow, the browser's part done in-process
}
