#include "mainwindow.h"

#include "aboutdialog.h"
#include "client/auth/signinsession.h"
#include "client/liveplatform/loadsettings.h"
#include "client/liveplatform/numbersload.h"
#include "client/liveplatform/numbersloadcontroller.h"
#include "client/profiles/profilestore.h"
#include "core/models/numberstablemodel.h"
#include "core/numberstore.h"
#include "core/utf8view.h"
#include "countlabel.h"
#include "demoenvironment.h"
#include "filterbar.h"
#include "helpviewer.h"
#include "identitylabel.h"
#include "languagemenu.h"
#include "loadstatus.h"
#include "messagebanner.h"
#include "numberswidget.h"
#include "profiledialog.h"
#include "signinpromptdialog.h"
#include "tenantcombo.h"
#include "ui_mainwindow.h"
#include "viewsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_view(std::make_unique<ViewSettings>(settings))
    , m_numbers(new NumbersLoadController(&m_nam, this))
    , m_session(new SignInSession(&m_nam, this))
    , m_countLabel(new CountLabel(this))
    , m_loadStatus(new LoadStatus(this))
{
    m_ui->setupUi(this);
    m_ui->numbersWidget->setUp(m_numbers->model(), m_view.get());
    m_ui->numbersWidget->setActions({m_ui->actionCopyNumber, m_ui->actionCopyJson, m_ui->actionCopy,
                                     m_ui->actionCopyRaw, nullptr, m_ui->actionExportSelected,
                                     m_ui->actionRouting},
                                    {m_ui->actionCopy, m_ui->actionCopyRaw});
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_loadStatus);
    m_ui->statusScopeCombo->addItem(tr("All statuses"));
    for (int code = 0; code < NumberStatusKnownCount; ++code)
        m_ui->statusScopeCombo->addItem(fromUtf8View(statusName(static_cast<NumberStatus>(code))), code);

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

    auto *manage = new QMenu(m_ui->manageProfilesButton);
    manage->addAction(m_ui->actionAddConnection);
    manage->addAction(m_ui->actionEditConnection);
    manage->addAction(m_ui->actionRemoveConnection);
    manage->addSeparator();
    manage->addAction(m_ui->actionDemo);
    m_ui->manageProfilesButton->setMenu(manage);

    setUpWelcomePage();
    connectActions();
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
    updateSignInState();
    updateActions();
    updateCounts();
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
            [this](const QString &text) { m_ui->messageBanner->showMessage(text, false, false); });
    connect(m_session, &SignInSession::authorizationUrlReady, this, [this](const QUrl &url, bool opened) {
        if (opened) {
            statusBar()->showMessage(tr("Continue signing in in your browser…"));
            return;
        }
        prompt()->showAddress(url);
        m_prompt->show();
    });
    connect(m_session, &SignInSession::userCodeReady, this,
            [this](const QString &code, const QUrl &uri, const QString &, int expiresIn) {
                prompt()->showDeviceCode(code, uri, expiresIn);
                m_prompt->show();
            });

    connect(m_ui->loadButton, &QPushButton::clicked, this, &MainWindow::load);
    connect(m_ui->actionLoad, &QAction::triggered, this, &MainWindow::load);
    connect(m_ui->tenantCombo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::load);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_numbers, &NumbersLoadController::cancel);
    connect(m_ui->actionCancel, &QAction::triggered, m_numbers, &NumbersLoadController::cancel);
    connect(m_ui->messageBanner, &MessageBanner::retryRequested, this, &MainWindow::load);
    connect(m_ui->tenantCombo, &QComboBox::editTextChanged, this, &MainWindow::updateActions);

    NumbersWidget *numbers = m_ui->numbersWidget;
    connect(m_numbers, &NumbersLoadController::started, m_loadStatus, &LoadStatus::showStarted);
    connect(m_numbers, &NumbersLoadController::progressed, m_loadStatus, &LoadStatus::showProgress);
    connect(m_numbers, &NumbersLoadController::facetsChanged, numbers, &NumbersWidget::setFacets);
    connect(m_numbers, &NumbersLoadController::firstBatchShown, numbers, &NumbersWidget::selectFirstRow);
    connect(m_numbers, &NumbersLoadController::stateChanged, this, [this] {
        m_ui->numbersWidget->setBusy(m_numbers->isLoading());
        m_ui->numbersWidget->setOrigin(m_numbers->tenant());
        updateCounts();
        updateTitle();
        updateActions();
    });
    connect(m_numbers, &NumbersLoadController::finished, this, &MainWindow::loadEnded);
    connect(model(), &NumbersTableModel::countsChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(m_ui->actionFind, &QAction::triggered, numbers->filterBar(), &FilterBar::focusSearch);
    connect(m_ui->actionClearFilters, &QAction::triggered, numbers->filterBar(), &FilterBar::clear);
    connect(m_ui->actionGoToTenant, &QAction::triggered, this, [this] {
        m_ui->tenantCombo->setFocus(Qt::ShortcutFocusReason);
        m_ui->tenantCombo->lineEdit()->selectAll();
    });
    connect(m_ui->actionSaveView, &QAction::triggered, numbers, &NumbersWidget::saveView);
    connect(m_ui->actionDeleteView, &QAction::triggered, numbers, &NumbersWidget::deleteView);
    connect(m_ui->menuView, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);

    connect(numbers, &NumbersWidget::selectionChanged, this, &MainWindow::updateActions);
    connect(numbers, &NumbersWidget::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(numbers, &NumbersWidget::message, this, [this](const QString &text, bool isError) {
        m_ui->messageBanner->showMessage(text, isError, false);
    });
    connect(numbers, &NumbersWidget::exportFinished, this, &MainWindow::exportFinished);
    connect(m_ui->actionRouting, &QAction::triggered, numbers, &NumbersWidget::openCurrentRouting);
    // Ctrl+C guards formulas like the Excel-safe CSV (the text is pasted into spreadsheets); the raw copy
    // is a separate action. Both act on the table only: the search field and detail pane keep their own.
    connect(m_ui->actionCopy, &QAction::triggered, numbers,
            [numbers] { numbers->copyRows(RowsText::Cells::Guarded); });
    connect(m_ui->actionCopyRaw, &QAction::triggered, numbers,
            [numbers] { numbers->copyRows(RowsText::Cells::Raw); });
    connect(m_ui->actionCopyNumber, &QAction::triggered, numbers, &NumbersWidget::copyNumber);
    connect(m_ui->actionCopyJson, &QAction::triggered, numbers, &NumbersWidget::copyJson);
    connect(m_ui->actionExportSelected, &QAction::triggered, numbers,
            [numbers] { numbers->exportRows(true); });
    connect(m_ui->actionExportShown, &QAction::triggered, numbers, [numbers] { numbers->exportRows(false); });

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
    m_numbers->clear();
    m_ui->statusScopeCombo->setVisible(profile.paged);
    fillTenants();
    m_ui->messageBanner->hide();
    if (!problems.isEmpty())
        m_ui->messageBanner->showMessage(
            tr("The connection \"%1\" is not used until it is fixed: no secret is read and nothing is "
               "sent. Edit it (File › Edit connection). %2")
                .arg(profile.name, problems.join(u' ')),
            true, false);
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
    m_ui->tenantCombo->setTenants(tenants, customers);
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
        m_ui->messageBanner->showMessage(
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
    m_ui->numbersWidget->forgetProfile();
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
    m_ui->identityLabel->showSession(*m_session);
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

SignInPromptDialog *MainWindow::prompt()
{
    if (!m_prompt) {
        m_prompt = new SignInPromptDialog(this);
        connect(m_prompt, &QDialog::rejected, m_session, &SignInSession::cancelSignIn);
    }
    return m_prompt;
}

void MainWindow::signInFailed(const LoadError &error)
{
    const bool wanted = m_loadAfterSignIn;
    m_loadAfterSignIn = false;
    if (error.kind == LoadError::Kind::Cancelled) {
        statusBar()->showMessage(tr("Sign-in cancelled."), 5000);
        return;
    }
    m_ui->messageBanner->showMessage(tr("Sign-in failed: %1").arg(error.message), true, wanted);
}

// ---- Loading ----------------------------------------------------------------------------------------------

void MainWindow::load()
{
    if (m_numbers->isLoading() || !m_session->hasProfile())
        return;
    const QString tenant = m_ui->tenantCombo->tenantId();
    if (tenant.isEmpty()) {
        m_ui->messageBanner->showMessage(
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
    m_ui->messageBanner->hide();
    const QVariant status = m_ui->statusScopeCombo->currentData();
    m_numbers->start(loadSettingsFor(m_session->profile(), tenant,
                                     status.isValid() ? std::optional(status.toInt()) : std::nullopt),
                     m_session->tokens());
}

void MainWindow::loadEnded(const LoadError &error)
{
    const qsizetype total = qsizetype(model()->totalCount());
    m_loadStatus->showFinished(error, total, m_numbers->loadTime());
    const QString count = QLocale().toString(qlonglong(total));
    if (!error.isError()) {
        m_view->addRecentTenant(m_profileName, m_numbers->tenant());
        if (total > 0) {
            const NumberStore &store = model()->store();
            const QString customer = fromUtf8View(store.pooled(store.record(0).umpCustomerFullName));
            if (!customer.isEmpty())
                m_view->setCustomerName(m_profileName, m_numbers->tenant(), customer);
        }
        const QString typed = m_ui->tenantCombo->currentText();
        fillTenants();
        m_ui->tenantCombo->setEditText(typed);
        updateTitle();
    } else if (error.kind == LoadError::Kind::Cancelled) {
        m_ui->messageBanner->showMessage(
            tr("Loading was cancelled. The %1 numbers shown are not the tenant's full list.").arg(count),
            false, true);
    } else {
        // Load errors carry the server's detail and error ticket in their message already.
        QString text = error.message;
        if (!error.detail.isEmpty() && !text.contains(error.detail))
            text += u' ' + tr("The server said: %1").arg(error.detail);
        if (total > 0)
            text += u' ' + tr("The %1 numbers shown are not the tenant's full list.").arg(count);
        m_ui->messageBanner->showMessage(text, true, true);
    }
    emit loadFinished(error);
}

void MainWindow::setNumbers(std::unique_ptr<NumberStore> store, const QString &origin)
{
    m_ui->stack->setCurrentWidget(m_ui->numbersPage);
    m_numbers->setNumbers(std::move(store), origin);
}

void MainWindow::updateCounts()
{
    m_countLabel->showCounts(qsizetype(model()->visibleCount()), qsizetype(model()->totalCount()),
                             !m_numbers->isComplete() || m_numbers->isLoading(),
                             !m_numbers->isLoading() && m_numbers->tenant().isEmpty());
}

void MainWindow::updateActions()
{
    const bool loading = m_numbers->isLoading();
    const bool hasProfile = m_session->hasProfile();
    const bool hasRows = model()->visibleCount() > 0;
    const bool hasSelection = m_ui->numbersWidget->hasSelection();
    const bool hasCurrent = m_ui->numbersWidget->hasCurrent();
    const QString loaded = m_numbers->tenant();
    m_ui->loadButton->setEnabled(hasProfile && !loading);
    m_ui->loadButton->setText(loaded == m_ui->tenantCombo->tenantId() && !loaded.isEmpty() ? tr("&Refresh")
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
    m_ui->tenantCombo->showTenant(m_demo->demoTenant());
    load(); // signs in first: the real authorization-code flow, the browser's part done in-process
}
