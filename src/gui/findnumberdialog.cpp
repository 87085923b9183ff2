#include "findnumberdialog.h"

#include "client/auth/signinsession.h"
#include "client/liveplatform/loadsettings.h"
#include "client/liveplatform/numbersload.h"
#include "core/identifiers.h"
#include "core/numberstore.h"
#include "core/utf8view.h"
#include "detailpane.h"
#include "opentarget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FindNumberDialog::FindNumberDialog(SignInSession *session, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_nam(nam)
    , m_numberEdit(new QLineEdit(this))
    , m_findButton(new QPushButton(tr("&Find"), this))
    , m_messageLabel(new QLabel(this))
    , m_tenantValue(new QLabel(this))
    , m_customerValue(new QLabel(this))
    , m_loadTenantButton(new QPushButton(tr("&Load this tenant"), this))
    , m_detailPane(new DetailPane(this))
{
    setObjectName(QStringLiteral("findNumberDialog"));
    setWindowTitle(tr("Find a number"));
    m_numberEdit->setObjectName(QStringLiteral("numberEdit"));
    m_numberEdit->setPlaceholderText(tr("+442074996300"));
    m_numberEdit->setClearButtonEnabled(true);
    m_findButton->setObjectName(QStringLiteral("findButton"));
    m_findButton->setDefault(true);
    m_messageLabel->setObjectName(QStringLiteral("findMessageLabel"));
    m_tenantValue->setObjectName(QStringLiteral("tenantValue"));
    m_customerValue->setObjectName(QStringLiteral("customerValue"));
    m_loadTenantButton->setObjectName(QStringLiteral("loadTenantButton"));
    m_detailPane->setObjectName(QStringLiteral("findDetailPane"));
    for (QLabel *label : {m_messageLabel, m_tenantValue, m_customerValue}) {
        label->setTextFormat(Qt::PlainText); // server text
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_messageLabel->setWordWrap(true);

    auto *numberLabel = new QLabel(tr("&Number (E.164):"), this);
    numberLabel->setTextFormat(Qt::PlainText);
    numberLabel->setBuddy(m_numberEdit);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(numberLabel);
    findRow->addWidget(m_numberEdit, 1);
    findRow->addWidget(m_findButton);

    auto *owner = new QFormLayout;
    auto *tenantLabel = new QLabel(tr("Tenant (msTenantId):"), this);
    auto *customerLabel = new QLabel(tr("Customer:"), this);
    for (QLabel *label : {tenantLabel, customerLabel})
        label->setTextFormat(Qt::PlainText);
    owner->addRow(tenantLabel, m_tenantValue);
    owner->addRow(customerLabel, m_customerValue);
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addLayout(owner, 1);
    ownerRow->addWidget(m_loadTenantButton, 0, Qt::AlignBottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_messageLabel);
    layout->addLayout(ownerRow);
    layout->addWidget(m_detailPane, 1);
    layout->addWidget(buttons);

    connect(m_findButton, &QPushButton::clicked, this, &FindNumberDialog::findTyped);
    connect(m_numberEdit, &QLineEdit::returnPressed, this, &FindNumberDialog::findTyped);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loadTenantButton, &QPushButton::clicked, this, [this] {
        if (m_tenant.isEmpty())
            return;
        if (m_session->profile().name != m_connection) {
            showMessage(tr("%1 was found on the connection \"%2\", not on the one chosen now. Find it again "
                           "on this connection, or choose \"%2\".")
                            .arg(m_number, m_connection),
                        true);
            return;
        }
        emit loadTenantRequested(m_tenant);
    });
    connect(session, &SignInSession::stateChanged, this, &FindNumberDialog::sessionChanged);
    connect(session, &SignInSession::signInFailed, this, [this](const LoadError &error) {
        if (!m_lookUpAfterSignIn)
            return;
        m_lookUpAfterSignIn = false;
        showMessage(tr("Sign-in failed, so %1 was not looked up: %2").arg(m_number, error.message), true);
        emit lookupFinished(error);
    });
    clearNumber();
    m_messageLabel->hide();
    resize(720, 720);
}

FindNumberDialog::~FindNumberDialog() = default;

void FindNumberDialog::find(const QString &typed)
{
    m_numberEdit->setText(typed);
    findTyped();
}

void FindNumberDialog::findTyped()
{
    if (m_load) {
        m_load->disconnect(this);
        m_load->deleteLater(); // aborts its request
    }
    m_lookUpAfterSignIn = false;
    clearNumber();
    const QString typed = m_numberEdit->text();
    const QString number = OpenTarget::cleanNumber(typed);
    if (!isE164(number)) {
        showMessage(OpenTarget::notANumber(typed), true);
        m_numberEdit->setFocus();
        LoadError error;
        error.kind = LoadError::Kind::BadRequest;
        error.message = m_messageLabel->text();
        emit lookupFinished(error);
        return;
    }
    m_number = number;
    if (!m_session->hasProfile()) {
        showMessage(
            tr("Choose a connection that works first: there is nothing to look %1 up on.").arg(number), true);
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = m_messageLabel->text();
        emit lookupFinished(error);
        return;
    }
    if (m_session->state() != SignInSession::State::SignedIn) {
        m_lookUpAfterSignIn = true;
        showMessage(tr("Signing in to %1 first…").arg(m_session->profile().name), false);
        m_session->signIn(true); // waits for a sign-in that is already under way
        return;
    }
    lookUp();
}

void FindNumberDialog::sessionChanged()
{
    if (m_lookUpAfterSignIn && m_session->state() == SignInSession::State::SignedIn) {
        m_lookUpAfterSignIn = false;
        lookUp();
    }
}

void FindNumberDialog::lookUp()
{
    NumbersLoad::Settings settings = loadSettingsFor(m_session->profile(), QString());
    settings.number = m_number;
    m_connection = m_session->profile().name;
    auto *load = new NumbersLoad(settings, m_nam, m_session->tokens(), this);
    m_load = load;
    m_found = std::make_shared<NumberStore>();
    connect(load, &NumbersLoad::batchReady, this,
            [this](const std::shared_ptr<NumberStore> &batch) { m_found->append(*batch); });
    connect(load, &NumbersLoad::finished, this, [this, load](const LoadError &error) {
        load->deleteLater();
        lookupEnded(error);
    });
    showMessage(tr("Looking up %1 on %2…").arg(m_number, settings.baseUrl.host()), false);
    m_findButton->setEnabled(false);
    load->start();
}

void FindNumberDialog::lookupEnded(const LoadError &loadError)
{
    m_findButton->setEnabled(true);
    LoadError error = loadError;
    const QString host = m_session->profile().baseUrl.host();
    if (!error.isError() && m_found->isEmpty())
        error.kind = LoadError::Kind::NotFound; // an answer without the number says the same
    if (error.kind == LoadError::Kind::NotFound) {
        error.message = tr("The number %1 is not on this Live Platform (%2). Check the number, or choose the "
                           "connection of the Live Platform that has it.")
                            .arg(m_number, host);
    }
    if (error.isError()) {
        showMessage(error.message, true);
        emit lookupFinished(error);
        return;
    }
    const NumberRecord &record = m_found->record(0);
    m_tenant = fromUtf8View(m_found->pooled(record.tenantId));
    QString customer = fromUtf8View(m_found->pooled(record.umpCustomerFullName));
    if (customer.isEmpty())
        customer = fromUtf8View(m_found->pooled(record.msCompanyName));
    if (customer.isEmpty() && m_customerOf && !m_tenant.isEmpty())
        customer = m_customerOf(m_tenant);
    m_tenantValue->setText(m_tenant.isEmpty() ? tr("(not in Live Platform's answer)") : m_tenant);
    m_customerValue->setText(customer.isEmpty()
                                 ? tr("(not in Live Platform's answer; a v3 connection shows it once the "
                                      "tenant is loaded)")
                                 : customer);
    m_loadTenantButton->setEnabled(isGuid(m_tenant));
    if (!isGuid(m_tenant))
        m_tenant.clear();
    m_detailPane->showNumber(*m_found, 0);
    showMessage(tr("Found %1 on %2.").arg(m_number, host), false);
    setWindowTitle(tr("%1 — Find a number").arg(m_number));
    emit lookupFinished(error);
}

void FindNumberDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    QFont font = m_messageLabel->font();
    font.setBold(isError);
    m_messageLabel->setFont(font);
    m_messageLabel->show();
}

void FindNumberDialog::clearNumber()
{
    m_tenant.clear();
    m_found.reset();
    m_tenantValue->setText(QStringLiteral("—"));
    m_customerValue->setText(QStringLiteral("—"));
    m_loadTenantButton->setEnabled(false);
    m_detailPane->clear();
    setWindowTitle(tr("Find a number"));
}
