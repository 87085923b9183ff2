#include "connectionbar.h"

#include "client/auth/signinsession.h"
#include "client/liveplatform/loadsettings.h"
#include "client/liveplatform/numbersloadcontroller.h"
#include "core/numberenums.h"
#include "core/utf8view.h"
#include "flowlayout.h"
#include "signinpromptdialog.h"
#include "ui_connectionbar.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionBar>())
{
    m_ui->setupUi(this);
    // Wraps on a narrow window: connection, account, then the tenant to load.
    auto *flow = new FlowLayout(this);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addGroup({m_ui->profileLabel, m_ui->profileCombo, m_ui->manageProfilesButton});
    flow->addGroup({m_ui->identityLabel, m_ui->signInButton, m_ui->signOutButton});
    flow->addGroup(
        {m_ui->tenantLabel, m_ui->tenantCombo, m_ui->statusScopeCombo, m_ui->loadButton, m_ui->cancelButton},
        true);
    m_ui->tenantCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->statusScopeCombo->addItem(tr("All statuses"));
    for (int code = 0; code < NumberStatusKnownCount; ++code)
        m_ui->statusScopeCombo->addItem(fromUtf8View(statusName(static_cast<NumberStatus>(code))), code);
}

ConnectionBar::~ConnectionBar() = default;

void ConnectionBar::setUp(SignInSession *session, NumbersLoadController *numbers, const Actions &actions)
{
    m_session = session;
    m_numbers = numbers;
    m_actions = actions;
    m_ui->loadButton->setIcon(actions.load->icon());
    m_ui->cancelButton->setIcon(actions.cancel->icon());
    auto *manage = new QMenu(m_ui->manageProfilesButton);
    for (QAction *action : actions.manage) {
        if (action)
            manage->addAction(action);
        else
            manage->addSeparator();
    }
    m_ui->manageProfilesButton->setMenu(manage);

    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectionBar::profileChosen);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionBar::signInOrCancel);
    connect(actions.signIn, &QAction::triggered, this, &ConnectionBar::signInOrCancel);
    connect(m_ui->signOutButton, &QPushButton::clicked, actions.signOut, &QAction::trigger);
    connect(actions.signOut, &QAction::triggered, this, [this] {
        m_session->signOut();
        emit statusMessage(tr("Signed out; the saved sign-in of this connection was removed."), 8000);
    });
    connect(session, &SignInSession::stateChanged, this, &ConnectionBar::showSignInState);
    connect(session, &SignInSession::signInFailed, this, &ConnectionBar::signInFailed);
    connect(session, &SignInSession::notice, this,
            [this](const QString &text) { emit message(text, false, false); });
    connect(session, &SignInSession::authorizationUrlReady, this, [this](const QUrl &url, bool opened) {
        if (opened) {
            emit statusMessage(tr("Continue signing in in your browser…"), 0);
            return;
        }
        prompt()->showAddress(url);
        m_prompt->show();
    });
    connect(session, &SignInSession::userCodeReady, this,
            [this](const QString &code, const QUrl &uri, const QString &, int expiresIn) {
                prompt()->showDeviceCode(code, uri, expiresIn);
                m_prompt->show();
            });

    connect(m_ui->statusScopeCombo, &QComboBox::activated, this,
            [this] { emit statusScopeChosen(statusScope()); });
    connect(m_ui->loadButton, &QPushButton::clicked, this, &ConnectionBar::load);
    connect(actions.load, &QAction::triggered, this, &ConnectionBar::load);
    connect(m_ui->tenantCombo->lineEdit(), &QLineEdit::returnPressed, this, &ConnectionBar::load);
    connect(m_ui->cancelButton, &QPushButton::clicked, numbers, &NumbersLoadController::cancel);
    connect(actions.cancel, &QAction::triggered, numbers, &NumbersLoadController::cancel);
    connect(m_ui->tenantCombo, &QComboBox::editTextChanged, this, &ConnectionBar::updateButtons);
    connect(numbers, &NumbersLoadController::stateChanged, this, &ConnectionBar::updateButtons);
}

void ConnectionBar::setLoadWords(const QString &load, const QString &refresh)
{
    m_loadWord = load;
    m_refreshWord = refresh;
    updateButtons();
}

void ConnectionBar::showProfiles(const QStringList &names, const QString &demo, const QString &select)
{
    QComboBox *combo = m_ui->profileCombo;
    combo->clear();
    for (const QString &name : names)
        combo->addItem(name, name);
    if (!demo.isEmpty())
        combo->addItem(demo, QString());
    if (combo->count() == 0)
        return;
    const int index = combo->findText(select);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString ConnectionBar::chosenProfile() const
{
    return m_ui->profileCombo->currentData().toString();
}

TenantCombo *ConnectionBar::tenantCombo() const
{
    return m_ui->tenantCombo;
}

void ConnectionBar::setStatusScopeVisible(bool visible)
{
    m_ui->statusScopeCombo->setVisible(visible);
}

void ConnectionBar::goToTenant()
{
    m_ui->tenantCombo->setFocus(Qt::ShortcutFocusReason);
    m_ui->tenantCombo->lineEdit()->selectAll();
}

void ConnectionBar::load()
{
    if (m_numbers->isLoading() || !m_session->hasProfile())
        return;
    const QString tenant = m_ui->tenantCombo->tenantId();
    if (tenant.isEmpty()) {
        emit message(tr("\"%1\" is not a tenant ID. Enter the customer's Microsoft tenant ID (msTenantId), a "
                        "GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.")
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
    emit loadRequested(loadSettingsFor(m_session->profile(), tenant, statusScope()));
}

std::optional<int> ConnectionBar::statusScope() const
{
    const QVariant status = m_ui->statusScopeCombo->currentData();
    if (!m_ui->statusScopeCombo->isVisibleTo(this) || !status.isValid())
        return std::nullopt;
    return status.toInt();
}

void ConnectionBar::signInOrCancel()
{
    if (m_session->state() == SignInSession::State::SigningIn)
        m_session->cancelSignIn();
    else
        m_session->signIn(true);
}

void ConnectionBar::showSignInState()
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
    m_actions.signIn->setEnabled(state == SignInSession::State::SignedOut && m_session->hasProfile());
    m_actions.signOut->setEnabled(state == SignInSession::State::SignedIn);
    updateButtons();
    if (state == SignInSession::State::SignedIn) {
        emit statusMessage({}, 0);
        if (m_loadAfterSignIn) {
            m_loadAfterSignIn = false;
            load();
        }
    }
}

void ConnectionBar::signInFailed(const LoadError &error)
{
    const bool wanted = m_loadAfterSignIn;
    m_loadAfterSignIn = false;
    if (error.kind == LoadError::Kind::Cancelled) {
        // A cancelled secret prompt says what is missing; a cancelled browser or code sign-in needs no more.
        emit statusMessage(m_session->profile().signIn == ConnectionProfile::SignIn::AppRegistration
                               ? error.message
                               : tr("Sign-in cancelled."),
                           8000);
        return;
    }
    emit message(tr("Sign-in failed: %1").arg(error.message), true, wanted);
}

SignInPromptDialog *ConnectionBar::prompt()
{
    if (!m_prompt) {
        m_prompt = new SignInPromptDialog(this);
        connect(m_prompt, &QDialog::rejected, m_session, &SignInSession::cancelSignIn);
    }
    return m_prompt;
}

void ConnectionBar::updateButtons()
{
    if (!m_session)
        return;
    const bool loading = m_numbers->isLoading();
    const bool hasProfile = m_session->hasProfile();
    const QString loaded = m_numbers->tenant();
    m_ui->loadButton->setEnabled(hasProfile && !loading);
    m_ui->loadButton->setText(loaded == m_ui->tenantCombo->tenantId() && !loaded.isEmpty() ? m_refreshWord
                                                                                           : m_loadWord);
    m_actions.load->setEnabled(hasProfile && !loading);
    m_ui->cancelButton->setVisible(loading);
    m_actions.cancel->setEnabled(loading);
    m_ui->tenantCombo->setEnabled(hasProfile);
    m_ui->statusScopeCombo->setEnabled(!loading);
}
