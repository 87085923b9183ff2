#include "profiledialog.h"

#include "client/auth/clientcredentialstokensource.h"
#include "client/liveplatform/numbersload.h"
#include "client/networkpolicy.h"
#include "client/secrets/secretstore.h"
#include "ui_profiledialog.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>

using namespace Qt::StringLiterals;

// What a test request got back: enough to judge it, never more than the start of the body.
struct ProfileDialog::Answer {
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray contentType;
    QByteArray body;
    bool bodyCut = false;
    QByteArray wwwAuthenticate;
};

namespace {

// A test needs only the first part of an answer; a misdirected address may serve something large.
constexpr qsizetype MaxTestBody = 64 * 1024;
// A tenant id no customer has: the test request proves the address and the token without reading data.
const QString NoTenant = u"00000000-0000-0000-0000-000000000000"_s;

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QString unreachable(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                    int timeoutSeconds)
{
    const QString where = hostAndPort(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ProfileDialog::tr("Nothing answers at %1: the connection was refused. Check the host name and "
                                 "port.")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return ProfileDialog::tr("The host %1 is not known. Check the address for typing errors.")
            .arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
        return ProfileDialog::tr("%1 did not answer within %Ln seconds. Check the address, and that no proxy "
                                 "or firewall blocks it.",
                                 nullptr, timeoutSeconds)
            .arg(where);
    case QNetworkReply::InsecureRedirectError: // a redirect, which the test does not follow
        return errorString;
    case QNetworkReply::SslHandshakeFailedError:
        return ProfileDialog::tr("The secure connection to %1 failed: %2. Check the address; if it is right, "
                                 "this computer does not trust the server's certificate.")
            .arg(where, errorString);
    default:
        return ProfileDialog::tr("Cannot reach %1: %2.").arg(where, errorString);
    }
}

// Live Platform's own words in an error body: problem details or the older {"description": ...}.
QString serverSays(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString title = json.value(u"title"_s).toString();
    const QString detail = json.value(u"detail"_s).toString(json.value(u"description"_s).toString());
    QString text = title.isEmpty() ? detail : detail.isEmpty() ? title : title + u": "_s + detail;
    if (const QString ticket = json.value(u"errorTicket"_s).toString(); !ticket.isEmpty())
        text += u" "_s + ProfileDialog::tr("(error ticket %1)").arg(ticket);
    return text;
}

bool isProblemDetails(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    return json.contains(u"title"_s) && json.contains(u"status"_s);
}

QString apiName(bool paged)
{
    return paged ? u"v3"_s : u"v2"_s;
}

} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, const QStringList &existingNames,
                             SecretStore *secrets, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_original(profile)
    , m_originalName(profile.name)
    , m_existingNames(existingNames)
    , m_secrets(secrets)
    , m_nam(nam)
{
    m_ui->setupUi(this);
    if (!m_originalName.isEmpty())
        setWindowTitle(tr("Edit the connection \"%1\"").arg(m_originalName));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->apiVersionCombo->addItem(tr("v3: numbers in pages"), true);
    m_ui->apiVersionCombo->addItem(tr("v2: the whole list in one answer"), false);
    m_ui->signInCombo->addItem(tr("App registration (client secret)"),
                               int(ConnectionProfile::SignIn::AppRegistration));
    m_ui->signInCombo->addItem(tr("Browser sign-in"), int(ConnectionProfile::SignIn::Browser));
    m_ui->signInCombo->addItem(tr("Device code"), int(ConnectionProfile::SignIn::DeviceCode));
    m_ui->channelEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,9}"_s), m_ui->channelEdit));
    const ConnectionProfile defaults;
    m_ui->pageNumberKeyEdit->setPlaceholderText(defaults.pageNumberKey);
    m_ui->pageSizeKeyEdit->setPlaceholderText(defaults.pageSizeKey);
    m_ui->statusKeyEdit->setPlaceholderText(defaults.statusKey);
    m_ui->scopeEdit->setPlaceholderText(defaults.scope);

    for (QLabel *help : {m_ui->baseUrlHelp, m_ui->channelHelp, m_ui->directoryHelp, m_ui->clientIdHelp,
                         m_ui->scopeHelp, m_ui->secretHelp, m_ui->advancedHelp}) {
        QFont font = help->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.9);
        help->setFont(font);
    }
    // A calm note, not an alarm: the tooltip colours of the user's palette.
    for (QLabel *note : {m_ui->problemsLabel, m_ui->addressNoteLabel}) {
        note->setAutoFillBackground(true);
        note->setBackgroundRole(QPalette::ToolTipBase);
        note->setForegroundRole(QPalette::ToolTipText);
        note->setFrameShape(QFrame::StyledPanel);
        note->setMargin(6);
    }

    setProfile(profile);

    for (QLineEdit *edit : textFields()) {
        if (edit != m_ui->secretEdit)
            connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    }
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this] {
        m_saveError.clear();
        updateState();
    });
    for (QSpinBox *spin : {m_ui->pageSizeSpin, m_ui->timeoutSpin, m_ui->maxBodySpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProfileDialog::updateState);
    connect(m_ui->apiVersionCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_ui->signInCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_saveError.clear();
        updateSignInHelp();
        updateState();
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::toggleTest);

    updateSignInHelp();
    setTestResult({});
    updateState();
    readStoredSecretState();
    m_ui->nameEdit->setFocus();
}

ProfileDialog::~ProfileDialog()
{
    cancelTest();
}

void ProfileDialog::setProfile(const ConnectionProfile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->apiVersionCombo->setCurrentIndex(m_ui->apiVersionCombo->findData(profile.paged));
    m_ui->pageSizeSpin->setValue(profile.pageSize);
    m_ui->channelEdit->setText(profile.channelId ? QString::number(*profile.channelId) : QString());
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->signInCombo->setCurrentIndex(m_ui->signInCombo->findData(int(profile.signIn)));
    m_ui->authorityEdit->setText(profile.authority.toString());
    m_ui->directoryEdit->setText(profile.directory);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->scopeEdit->setText(profile.scope);
    m_ui->pageNumberKeyEdit->setText(profile.pageNumberKey);
    m_ui->pageSizeKeyEdit->setText(profile.pageSizeKey);
    m_ui->statusKeyEdit->setText(profile.statusKey);
    m_ui->maxBodySpin->setValue(profile.maxBodyMegabytes);
    // Long values show their start, not their end.
    for (QLineEdit *edit : textFields())
        edit->setCursorPosition(0);
}

QList<QLineEdit *> ProfileDialog::textFields() const
{
    return {m_ui->nameEdit,          m_ui->baseUrlEdit,     m_ui->channelEdit,  m_ui->authorityEdit,
            m_ui->directoryEdit,     m_ui->clientIdEdit,    m_ui->scopeEdit,    m_ui->secretEdit,
            m_ui->pageNumberKeyEdit, m_ui->pageSizeKeyEdit, m_ui->statusKeyEdit};
}

ConnectionProfile ProfileDialog::profile() const
{
    const ConnectionProfile defaults;
    const auto textOr = [](const QLineEdit *edit, const QString &fallback) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    const QString baseUrl = m_ui->baseUrlEdit->text().trimmed();
    p.baseUrl = baseUrl.isEmpty() ? QUrl() : QUrl(baseUrl);
    p.paged = m_ui->apiVersionCombo->currentData().toBool();
    p.pageSize = m_ui->pageSizeSpin->value();
    p.pageNumberKey = textOr(m_ui->pageNumberKeyEdit, defaults.pageNumberKey);
    p.pageSizeKey = textOr(m_ui->pageSizeKeyEdit, defaults.pageSizeKey);
    p.statusKey = textOr(m_ui->statusKeyEdit, defaults.statusKey);
    if (const QString channel = m_ui->channelEdit->text().trimmed(); !channel.isEmpty())
        p.channelId = channel.toInt();
    p.authority = QUrl(textOr(m_ui->authorityEdit, defaults.authority.toString()));
    p.directory = m_ui->directoryEdit->text().trimmed();
    p.clientId = m_ui->clientIdEdit->text().trimmed();
    p.scope = textOr(m_ui->scopeEdit, defaults.scope);
    p.signIn = static_cast<ConnectionProfile::SignIn>(m_ui->signInCombo->currentData().toInt());
    p.timeoutSeconds = m_ui->timeoutSpin->value();
    p.maxBodyMegabytes = m_ui->maxBodySpin->value();
    return p;
}

QStringList ProfileDialog::problems() const
{
    const ConnectionProfile p = profile();
    QStringList found = p.problems();
    // Case does not make a new name: some settings back ends (the Windows registry) ignore it.
    const auto taken = [&](const QString &name) {
        return name.compare(p.name, Qt::CaseInsensitive) == 0 &&
               name.compare(m_originalName, Qt::CaseInsensitive) != 0;
    };
    if (!p.name.isEmpty() && std::any_of(m_existingNames.begin(), m_existingNames.end(), taken))
        found.prepend(tr("A profile named \"%1\" already exists. Choose another name.").arg(p.name));
    return found;
}

void ProfileDialog::updateState()
{
    const ConnectionProfile p = profile();
    const bool appRegistration = p.signIn == ConnectionProfile::SignIn::AppRegistration;
    m_ui->secretEdit->setEnabled(appRegistration && m_secrets);
    m_ui->secretLabel->setEnabled(appRegistration && m_secrets);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->pageSizeSpin, m_ui->pageSizeLabel, m_ui->pageNumberKeyEdit, m_ui->pageNumberKeyLabel,
             m_ui->pageSizeKeyEdit, m_ui->pageSizeKeyLabel, m_ui->statusKeyEdit, m_ui->statusKeyLabel})
        widget->setEnabled(p.paged);

    QStringList shown = problems();
    const bool blocked = !shown.isEmpty();
    if (!m_saveError.isEmpty())
        shown << m_saveError;
    QStringList lines;
    for (const QString &problem : std::as_const(shown))
        lines << u"• "_s + problem;
    m_ui->problemsLabel->setText(lines.join(u'\n'));
    m_ui->problemsLabel->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!blocked && !m_saving);
    updateAddressNote(p);
    updateSignInHelp(); // the stored secret's placeholder follows the addresses

    // The test needs everything but a (free) name.
    ConnectionProfile named = p;
    named.name = u"test"_s;
    m_ui->testButton->setEnabled(m_test || (!m_saving && named.problems().isEmpty()));
    fitHeight();
}

void ProfileDialog::updateAddressNote(const ConnectionProfile &p)
{
    QStringList changed;
    if (!m_originalName.isEmpty()) {
        const ConnectionProfile &o = m_original;
        if (p.authority.adjusted(QUrl::StripTrailingSlash) != o.authority.adjusted(QUrl::StripTrailingSlash))
            changed << tr("the authority");
        if (p.directory.compare(o.directory, Qt::CaseInsensitive) != 0)
            changed << tr("the directory");
        if (p.clientId.compare(o.clientId, Qt::CaseInsensitive) != 0)
            changed << tr("the client id");
        if (p.baseUrl.adjusted(QUrl::StripTrailingSlash) != o.baseUrl.adjusted(QUrl::StripTrailingSlash))
            changed << tr("the base URL");
        if (changed.isEmpty() && !p.sameAddresses(o))
            changed << tr("the addresses");
    }
    m_ui->addressNoteLabel->setText(
        changed.isEmpty()
            ? QString()
            : tr("You changed %1. Saving removes the client secret and saved sign-in stored for this "
                 "connection: they were issued for the old addresses. Enter the secret again if it uses one.")
                  .arg(QLocale().createSeparatedList(changed)));
    m_ui->addressNoteLabel->setVisible(!changed.isEmpty());
}

void ProfileDialog::setTestResult(const QString &html)
{
    m_ui->testResultLabel->setText(html);
    m_ui->testResultLabel->setVisible(!html.isEmpty());
    fitHeight();
}

void ProfileDialog::fitHeight()
{
    // Problems and test results come and go: the dialog grows so that none is cut off.
    const QScreen *screen = this->screen();
    const int room = screen ? screen->availableGeometry().height() - 60 : QWIDGETSIZE_MAX;
    if (const int needed = std::min(heightForWidth(width()), room); needed > height())
        resize(width(), needed);
}

void ProfileDialog::updateSignInHelp()
{
    const auto signIn = static_cast<ConnectionProfile::SignIn>(m_ui->signInCombo->currentData().toInt());
    const bool appRegistration = signIn == ConnectionProfile::SignIn::AppRegistration;
    m_ui->clientIdHelp->setText(
        appRegistration ? tr("Entra admin center › App registrations › the app Live Platform trusts "
                             "(LiveCloud-APIToken) › Application (client) ID.")
                        : tr("The Application (client) ID of the public client app registered for OC "
                             "Numbers, not the LiveCloud-APIToken app."));
    if (!appRegistration) {
        m_ui->secretHelp->setText(tr("Not used: signing in as a user needs no secret."));
        m_ui->secretEdit->setPlaceholderText(QString());
    } else {
        m_ui->secretHelp->setText(tr("The secret's Value (shown once, when it was made), not its Secret ID. "
                                     "Kept in the keychain, never in the profile."));
        m_ui->secretEdit->setPlaceholderText(m_hasStoredSecret && storedSecretApplies(profile())
                                                 ? tr("Stored; leave empty to keep it")
                                                 : tr("Paste the secret's value"));
    }
}

QString ProfileDialog::storedSecretKey() const
{
    // A new profile has none; an edited one has its secret where it was stored, under its old addresses.
    return m_originalName.isEmpty() ? profile().secretKey() : m_original.secretKey();
}

bool ProfileDialog::storedSecretApplies(const ConnectionProfile &p) const
{
    return !m_originalName.isEmpty() && m_original.problems().isEmpty() && p.sameAddresses(m_original);
}

void ProfileDialog::readStoredSecretState()
{
    // A stored profile with problems (a tampered settings file) gets nothing from the keychain.
    if (m_originalName.isEmpty() || !m_secrets || !m_original.problems().isEmpty())
        return;
    const QPointer<ProfileDialog> self(this);
    m_secrets->read(storedSecretKey(), [self](const QString &secret, const QString &) {
        if (!self)
            return;
        self->m_hasStoredSecret = !secret.isEmpty();
        self->updateSignInHelp();
    });
}

void ProfileDialog::accept()
{
    if (m_saving || !problems().isEmpty())
        return;
    const ConnectionProfile p = profile();
    m_saveError.clear();
    if (p.signIn != ConnectionProfile::SignIn::AppRegistration || !m_secrets) {
        QDialog::accept();
        return;
    }
    if (const QString typed = m_ui->secretEdit->text(); !typed.isEmpty()) {
        writeSecret(p.secretKey(), typed);
        return;
    }
    if (storedSecretKey() == p.secretKey() || !storedSecretApplies(p)) {
        // Unchanged, new, or pointed elsewhere: the secret stored for other addresses does not follow.
        QDialog::accept();
        return;
    }
    // Renamed: the stored secret follows the profile to its new name.
    m_saving = true;
    updateState();
    const QPointer<ProfileDialog> self(this);
    m_secrets->read(storedSecretKey(), [self, key = p.secretKey()](const QString &secret,
                                                                   const QString &error) {
        if (!self || !self->m_saving)
            return;
        self->m_saving = false;
        if (!error.isEmpty()) {
            self->m_saveError = tr("The stored secret could not be read to keep it under the new name: %1. "
                                   "Enter the secret again, or keep the old name.")
                                    .arg(error);
            self->updateState();
        } else if (secret.isEmpty()) {
            self->QDialog::accept();
        } else {
            self->writeSecret(key, secret);
        }
    });
}

void ProfileDialog::writeSecret(const QString &key, const QString &secret)
{
    m_saving = true;
    updateState();
    const QPointer<ProfileDialog> self(this);
    m_secrets->write(key, secret, [self](const QString &error) {
        if (!self || !self->m_saving)
            return;
        self->m_saving = false;
        if (error.isEmpty()) {
            self->m_ui->secretEdit->clear();
            self->QDialog::accept();
            return;
        }
        self->m_saveError = tr("The secret was not stored: %1. Start the keychain (GNOME Keyring or KWallet) "
                               "and save again, or clear the secret field to save the profile without it.")
                                .arg(error);
        self->updateState();
    });
}

void ProfileDialog::done(int result)
{
    cancelTest();
    m_saving = false; // a keychain answer that comes after closing changes nothing
    QDialog::done(result);
}

void ProfileDialog::toggleTest()
{
    if (m_test) {
        cancelTest();
        setTestResult(tr("Test stopped."));
        updateState();
        return;
    }
    startTest();
}

void ProfileDialog::startTest()
{
    const ConnectionProfile p = profile();
    m_test = new QObject(this);
    m_checks.clear();
    m_checksPending = 2; // sign-in (or the sign-in service), then Live Platform
    m_testedSignIn = p.signIn;
    m_ui->testButton->setText(tr("Stop &test"));
    updateState();

    if (p.signIn != ConnectionProfile::SignIn::AppRegistration) {
        setTestResult(
            tr("Asking %1 and %2…").arg(hostAndPort(p.authority), hostAndPort(p.baseUrl)).toHtmlEscaped());
        checkAuthority(p);
        checkLivePlatform(p, {});
        return;
    }
    setTestResult(tr("Signing in at %1…").arg(hostAndPort(p.authority)).toHtmlEscaped());
    const QString typed = m_ui->secretEdit->text();
    if (!typed.isEmpty() || !m_secrets || !storedSecretApplies(p)) {
        testWithSecret(p, typed); // never the stored secret at addresses it was not issued for
        return;
    }
    const QPointer<ProfileDialog> self(this);
    const QPointer<QObject> test = m_test;
    m_secrets->read(storedSecretKey(), [self, test, p](const QString &secret, const QString &error) {
        if (!self || !test || test != self->m_test)
            return;
        if (!error.isEmpty()) {
            self->report({0, false,
                          tr("The keychain could not be read (%1). Type the client secret to test the "
                             "sign-in.")
                              .arg(error)});
            self->checkLivePlatform(p, {});
            return;
        }
        self->testWithSecret(p, secret);
    });
}

void ProfileDialog::testWithSecret(const ConnectionProfile &p, const QString &secret)
{
    if (secret.isEmpty()) {
        report({0, false, tr("No client secret: type the app registration's secret to test the sign-in.")});
        checkLivePlatform(p, {});
        return;
    }
    auto *tokens = new ClientCredentialsTokenSource(
        {p.authority, p.directory, p.clientId, secret, p.scope, p.timeoutSeconds * 1000}, m_nam, m_test);
    const QPointer<QObject> test = m_test;
    tokens->token(false, [this, test, p](const QByteArray &token, const LoadError &error) {
        if (!test || test != m_test)
            return;
        if (error.isError()) {
            QString text = tr("Sign-in failed: %1").arg(error.message);
            // The first sentence, with the AADSTS code support staff search for.
            if (QString detail = error.detail; !detail.isEmpty()) {
                if (const qsizetype end = detail.indexOf(u". "_s); end > 0)
                    detail.truncate(end + 1);
                text += u" "_s + tr("Entra says: %1").arg(detail);
            }
            report({0, false, text});
            checkLivePlatform(p, {});
            return;
        }
        report({0, true,
                tr("Signed in: %1 gave app registration %2 a token.")
                    .arg(hostAndPort(p.authority), p.clientId)});
        checkLivePlatform(p, token);
    });
}

void ProfileDialog::checkAuthority(const ConnectionProfile &p)
{
    QUrl url = p.authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + p.directory + u"/v2.0/.well-known/openid-configuration"_s);
    get(url, p, {}, NetworkPolicy::Service::SignIn, [this, p](const Answer &answer) {
        const QString where = hostAndPort(p.authority);
        if (answer.status == 0) {
            report({0, false,
                    tr("Sign-in service: %1 Check the authority (https://login.microsoftonline.com for "
                       "Microsoft Entra ID).")
                        .arg(unreachable(answer.error, answer.errorString, p.authority, p.timeoutSeconds))});
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (json.contains(u"error_codes"_s)) {
            const LoadError error = ClientCredentialsTokenSource::describeEntraError(
                answer.status, answer.body, p.directory, p.clientId);
            report({0, false, tr("The sign-in service at %1 answers, but: %2").arg(where, error.message)});
        } else if (answer.status == 200 && json.contains(u"token_endpoint"_s)) {
            report({0, true, tr("The sign-in service at %1 knows directory %2.").arg(where, p.directory)});
        } else {
            report({0, true, tr("The sign-in service at %1 answers.").arg(where)});
        }
    });
}

void ProfileDialog::checkLivePlatform(const ConnectionProfile &p, const QByteArray &token)
{
    NumbersLoad::Settings settings;
    settings.baseUrl = p.baseUrl;
    settings.tenantId = NoTenant;
    settings.paged = p.paged;
    settings.pageSize = 1;
    settings.pageNumberKey = p.pageNumberKey;
    settings.pageSizeKey = p.pageSizeKey;
    settings.statusKey = p.statusKey;
    const QUrl url = NumbersLoad(settings, m_nam, nullptr).urlFor(p.paged ? 1 : 0);
    const bool signedIn = !token.isEmpty();
    get(url, p, token, NetworkPolicy::Service::LivePlatform, [this, p, signedIn](const Answer &answer) {
        const QString where = hostAndPort(p.baseUrl);
        const QString api = apiName(p.paged);
        const QString says = serverSays(answer.body);
        if (answer.status == 0) {
            report({1, false,
                    tr("Live Platform: %1")
                        .arg(unreachable(answer.error, answer.errorString, p.baseUrl, p.timeoutSeconds))});
        } else if (!signedIn) {
            report({1, true,
                    answer.status == 401
                        ? tr("Live Platform at %1 answers and asks for a sign-in, as expected.").arg(where)
                        : tr("Live Platform at %1 answers (HTTP %2; without a sign-in 401 was expected). If "
                             "loading fails, check the address.")
                              .arg(where)
                              .arg(answer.status)});
        } else if (answer.status == 401) {
            const QRegularExpression description(u"error_description=\"([^\"]*)\""_s);
            const QString reason = description.match(QString::fromLatin1(answer.wwwAuthenticate)).captured(1);
            report({1, false,
                    tr("Live Platform at %1 did not accept the token%2. The sign-in worked, so Live Platform "
                       "trusts another app registration or expects another API: check the client id, the "
                       "directory and the scope.")
                        .arg(where, reason.isEmpty() ? QString() : u" ("_s + reason + u')')});
        } else if (answer.status == 200) {
            const QJsonDocument json = QJsonDocument::fromJson(answer.body);
            const bool isJson = answer.contentType.contains("json");
            const bool shaped =
                answer.bodyCut ||
                (p.paged ? json.isObject() && json.object().contains(u"data"_s) : json.isArray());
            if (!isJson)
                report({1, false,
                        tr("%1 answered with a web page (%2), not the Live Platform API. Check the address: "
                           "it ends with /tenantui, like https://live.example.com/tenantui.")
                            .arg(where, QString::fromLatin1(answer.contentType))});
            else if (!shaped)
                report({1, false,
                        tr("Live Platform at %1 answered, but not like the %2 API. Check the API version.")
                            .arg(where, api)});
            else
                report(
                    {1, true,
                     tr("Live Platform at %1 accepted the token and answered the %2 API.").arg(where, api)});
        } else if (answer.status == 400 || answer.status == 403 ||
                   (answer.status == 404 && isProblemDetails(answer.body))) {
            // The test asks for a tenant nobody has: a refusal in Live Platform's own words is expected.
            report({1, true,
                    tr("Live Platform at %1 accepted the token (it refused the test's made-up tenant with "
                       "HTTP %2%3, as it may).")
                        .arg(where)
                        .arg(answer.status)
                        .arg(says.isEmpty() ? QString() : u": "_s + says)});
        } else if (answer.status == 404) {
            report({1, false,
                    tr("%1 has no %2 API at %3 (HTTP 404). Check that the address ends with /tenantui, and "
                       "the API version.")
                        .arg(where, api, p.baseUrl.path())});
        } else {
            report({1, false,
                    tr("Live Platform at %1 answered HTTP %2%3. It may be having trouble: try again later.")
                        .arg(where)
                        .arg(answer.status)
                        .arg(says.isEmpty() ? QString() : u" ("_s + says + u')')});
        }
    });
}

void ProfileDialog::get(const QUrl &url, const ConnectionProfile &p, const QByteArray &token,
                        NetworkPolicy::Service service, ReplyHandler handler)
{
    QNetworkRequest request = NetworkPolicy::request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    if (p.channelId)
        request.setRawHeader("X-Ovoc-Channel-Id", QByteArray::number(*p.channelId));
    request.setTransferTimeout(p.timeoutSeconds * 1000);
    QNetworkReply *reply = m_nam->get(request);
    m_replies.append(reply);
    auto answer = std::make_shared<Answer>();
    connect(reply, &QNetworkReply::readyRead, m_test.data(), [reply, answer] {
        answer->body += reply->read(MaxTestBody - answer->body.size());
        if (reply->bytesAvailable() > 0) {
            answer->bodyCut = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, m_test.data(),
            [this, reply, answer, service, handler = std::move(handler)] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer->error = answer->bodyCut ? QNetworkReply::NoError : reply->error();
                answer->errorString = reply->errorString();
                answer->contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                answer->wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
                // A redirect is an answer of its own: never followed, so the token stays where it was sent.
                if (NetworkPolicy::isRedirect(answer->status)) {
                    const auto problem = NetworkPolicy::transportProblem(reply, 0, service);
                    answer->status = 0;
                    answer->error = QNetworkReply::InsecureRedirectError;
                    answer->errorString = problem ? problem->message : QString();
                }
                if (!answer->bodyCut)
                    answer->body += reply->read(MaxTestBody - answer->body.size());
                handler(*answer);
            });
}

void ProfileDialog::report(const Check &check)
{
    m_checks.append(check);
    if (--m_checksPending > 0)
        return;
    std::sort(m_checks.begin(), m_checks.end(),
              [](const Check &a, const Check &b) { return a.order < b.order; });
    const bool works = std::all_of(m_checks.begin(), m_checks.end(), [](const Check &c) { return c.ok; });
    const bool userSignIn = m_testedSignIn != ConnectionProfile::SignIn::AppRegistration;
    QString text = u"<b>%1</b>"_s.arg(!works       ? tr("The connection does not work yet.")
                                      : userSignIn ? tr("Both services answer.")
                                                   : tr("The connection works."));
    for (const Check &check : std::as_const(m_checks))
        text += u"<br>"_s + (check.ok ? u"✓ "_s : u"✗ "_s) + check.text.toHtmlEscaped();
    if (works && userSignIn)
        text += u"<br>"_s + tr("Your own sign-in (%1) is checked when you first load numbers.")
                                .arg(m_testedSignIn == ConnectionProfile::SignIn::Browser
                                         ? tr("in the browser")
                                         : tr("with a device code"))
                                .toHtmlEscaped();
    setTestResult(text);
    cancelTest();
    updateState();
}

void ProfileDialog::cancelTest()
{
    if (!m_test)
        return;
    for (const QPointer<QNetworkReply> &reply : std::exchange(m_replies, {})) {
        if (reply) {
            reply->disconnect(m_test.data());
            reply->abort();
            reply->deleteLater();
        }
    }
    // Later: this may run inside the token source's own callback.
    m_test->deleteLater();
    m_test = nullptr;
    m_ui->testButton->setText(tr("&Test connection"));
}
