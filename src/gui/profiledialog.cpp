#include "profiledialog.h"

#include "client/networkpolicy.h"
#include "client/secrets/secretstore.h"
#include "ui_profiledialog.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>

using namespace Qt::StringLiterals;

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
        m_unstoredSecret.clear();
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
        if (typed == m_unstoredSecret) { // the keychain refused it and the user saved again: keep it out
            QDialog::accept();
            return;
        }
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
        self->m_unstoredSecret = self->m_ui->secretEdit->text();
        self->m_saveError = tr("The secret was not stored in the keychain. %1 Save again to keep the "
                               "connection without it: the secret is then used until OC Numbers closes, and "
                               "asked for at sign-in after that.")
                                .arg(error);
        self->updateState();
    });
}

QString ProfileDialog::unstoredSecret() const
{
    return result() == QDialog::Accepted ? m_unstoredSecret : QString();
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
    m_test = new ConnectionTest(p, m_nam, this);
    connect(m_test, &ConnectionTest::finished, this, &ProfileDialog::showTestResult);
    m_ui->testButton->setText(tr("Stop &test"));
    setTestResult(m_test->startText().toHtmlEscaped());
    updateState();
    if (p.signIn != ConnectionProfile::SignIn::AppRegistration) {
        m_test->start();
        return;
    }
    const QString typed = m_ui->secretEdit->text();
    const QString missing = tr("No client secret: type the app registration's secret to test the sign-in.");
    if (!typed.isEmpty() || !m_secrets || !storedSecretApplies(p)) {
        m_test->start(typed, missing); // never the stored secret at addresses it was not issued for
        return;
    }
    const QPointer<ConnectionTest> test = m_test;
    m_secrets->read(storedSecretKey(), [test, missing](const QString &stored, const QString &error) {
        if (!test)
            return;
        if (!error.isEmpty())
            test->start({}, tr("The keychain could not be read. %1 Type the client secret to test the "
                               "sign-in.")
                                .arg(error));
        else
            test->start(stored, missing);
    });
}

void ProfileDialog::showTestResult(const ConnectionTest::Result &result)
{
    QString text = u"<b>%1</b>"_s.arg(result.headline().toHtmlEscaped());
    for (const ConnectionTest::Check &check : result.checks)
        text += u"<br>"_s + (check.ok ? u"✓ "_s : u"✗ "_s) + check.text.toHtmlEscaped();
    if (const QString note = result.note(); !note.isEmpty())
        text += u"<br>"_s + note.toHtmlEscaped();
    setTestResult(text);
    cancelTest();
    updateState();
}

void ProfileDialog::cancelTest()
{
    if (!m_test)
        return;
    // Later: this may run inside the test's own signal.
    m_test->deleteLater();
    m_test = nullptr;
    m_ui->testButton->setText(tr("&Test connection"));
}
