#include "client/secrets/memorysecretstore.h"
#include "gui/profiledialog.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/foreignhost.h"
#include "support/testsandbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace {

// A keychain that is not running.
class BrokenSecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &, ReadCallback callback) override { callback({}, u"no keychain"_s); }
    void write(const QString &, const QString &, DoneCallback callback) override
    {
        callback(u"The name org.freedesktop.secrets was not provided by any .service files"_s);
    }
    void remove(const QString &, DoneCallback callback) override { callback({}); }
};

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchStartsWith);
    if (index < 0)
        qFatal("no item %s", qPrintable(text));
    combo->setCurrentIndex(index);
}

QString plain(const QString &richText)
{
    return QTextDocumentFragment::fromHtml(richText).toPlainText();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestProfileDialog final : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    MemorySecretStore m_secrets;

    ConnectionProfile sandboxProfile(const QString &name = u"Sandbox"_s) const
    {
        const SandboxConfig &c = m_server->config();
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = m_server->baseUrl();
        p.paged = true;
        p.pageSize = 500;
        p.authority = m_server->authorityUrl();
        p.directory = c.directory;
        p.clientId = c.appClientId;
        p.scope = c.apiScope;
        p.timeoutSeconds = 10;
        return p;
    }
    std::unique_ptr<ProfileDialog> open(const ConnectionProfile &profile, const QStringList &existing = {},
                                        SecretStore *secrets = nullptr)
    {
        auto dialog =
            std::make_unique<ProfileDialog>(profile, existing, secrets ? secrets : &m_secrets, &m_nam);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("the dialog was not shown");
        return dialog;
    }
    // Clicks "Test connection" and waits for the result.
    static QString runTest(const ProfileDialog &dialog)
    {
        auto *button = child<QPushButton>(dialog, u"testButton"_s);
        if (!button->isEnabled())
            return u"(the test button is disabled)"_s;
        QTest::mouseClick(button, Qt::LeftButton);
        if (button->text() != u"Stop &test"_s)
            return u"(the test did not start)"_s;
        if (!QTest::qWaitFor([&] { return button->text() == u"&Test connection"_s; }, 20000))
            return u"(the test did not end)"_s;
        return plain(child<QLabel>(dialog, u"testResultLabel"_s)->text());
    }
    static QString problems(const ProfileDialog &dialog)
    {
        auto *label = child<QLabel>(dialog, u"problemsLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }
    static bool canSave(const ProfileDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled();
    }
    static void save(ProfileDialog &dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString path = u"/tmp/profiledialog-%1.png"_s.arg(name);
        QTest::qWait(20); // the layout follows the last change
        for (const QString &name : {u"problemsLabel"_s, u"testResultLabel"_s}) {
            const auto *label = widget.findChild<QLabel *>(name);
            if (label && label->isVisible())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(name + u" is cut off"_s));
        }
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        m_server = startTestSandbox(200, [](SandboxConfig &config) { config.tenants = 2; });
    }
    void cleanup()
    {
        m_server->faults().clear();
        m_secrets.remove(sandboxProfile().secretKey(), [](const QString &) {});
    }

    void aNewProfileSaysWhatIsMissing()
    {
        const auto dialog = open(ConnectionProfile(), {u"Lab"_s});
        QCOMPARE(dialog->windowTitle(), u"Add a Live Platform connection"_s);
        const QString shown = problems(*dialog);
        QVERIFY2(shown.contains(u"needs a name"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"base URL is missing"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"client id must be"_s), qPrintable(shown));
        QVERIFY(!canSave(*dialog));
        QVERIFY(!child<QPushButton>(*dialog, u"testButton"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(*dialog, u"baseUrlEdit"_s)->placeholderText(),
                 u"https://live.example.com/tenantui"_s);
        QCOMPARE(child<QLineEdit>(*dialog, u"secretEdit"_s)->echoMode(), QLineEdit::Password);
        // Fits a 1366x768 screen with room for the window frame and a task bar.
        QVERIFY2(dialog->width() <= 1300 && dialog->height() <= 700,
                 qPrintable(u"%1x%2"_s.arg(dialog->width()).arg(dialog->height())));
        screenshot(*dialog, u"new"_s);
    }

    void problemsFollowTheTyping()
    {
        const auto dialog = open(sandboxProfile(u"Lab copy"_s), {u"Lab"_s, u"Production"_s});
        QCOMPARE(problems(*dialog), QString());
        QVERIFY(canSave(*dialog));
        auto *baseUrl = child<QLineEdit>(*dialog, u"baseUrlEdit"_s);
        auto *directory = child<QLineEdit>(*dialog, u"directoryEdit"_s);
        auto *clientId = child<QLineEdit>(*dialog, u"clientIdEdit"_s);
        auto *scope = child<QLineEdit>(*dialog, u"scopeEdit"_s);
        auto *name = child<QLineEdit>(*dialog, u"nameEdit"_s);
        auto *signIn = child<QComboBox>(*dialog, u"signInCombo"_s);
        const QString goodUrl = baseUrl->text();

        type(baseUrl, u"http://lp.example.net/tenantui"_s);
        QVERIFY2(problems(*dialog).contains(u"Plain http is refused"_s), qPrintable(problems(*dialog)));
        QVERIFY(!canSave(*dialog));
        QVERIFY(!child<QPushButton>(*dialog, u"testButton"_s)->isEnabled());
        type(baseUrl, u"https://lp.example.net/"_s);
        QVERIFY2(problems(*dialog).contains(u"/tenantui"_s), qPrintable(problems(*dialog)));
        type(baseUrl, goodUrl);
        QCOMPARE(problems(*dialog), QString());
        QVERIFY(canSave(*dialog));

        type(directory, u"contoso"_s);
        QVERIFY2(problems(*dialog).contains(u"directory must be"_s), qPrintable(problems(*dialog)));
        QVERIFY(!canSave(*dialog));
        type(directory, u"contoso.onmicrosoft.com"_s);
        QCOMPARE(problems(*dialog), QString());

        type(clientId, u"my-app"_s);
        QVERIFY2(problems(*dialog).contains(u"client id must be"_s), qPrintable(problems(*dialog)));
        QVERIFY(!canSave(*dialog));
        type(clientId, m_server->config().appClientId);

        type(scope, u"api://x/Numbers.Read"_s);
        QVERIFY2(problems(*dialog).contains(u"/.default"_s), qPrintable(problems(*dialog)));
        QVERIFY(!canSave(*dialog));
        // A user sign-in may ask for a named scope, and needs no secret.
        choose(signIn, u"Browser"_s);
        QCOMPARE(problems(*dialog), QString());
        QVERIFY(!child<QLineEdit>(*dialog, u"secretEdit"_s)->isEnabled());
        choose(signIn, u"App registration"_s);
        QVERIFY(problems(*dialog).contains(u"/.default"_s));
        QVERIFY(child<QLineEdit>(*dialog, u"secretEdit"_s)->isEnabled());
        type(scope, m_server->config().apiScope);

        type(name, u"lab"_s);
        QVERIFY2(problems(*dialog).contains(u"A profile named \"lab\" already exists"_s),
                 qPrintable(problems(*dialog)));
        QVERIFY(!canSave(*dialog));
        // The name does not matter for a test.
        QVERIFY(child<QPushButton>(*dialog, u"testButton"_s)->isEnabled());
        screenshot(*dialog, u"problems"_s);
        type(name, u"Lab 2"_s);
        QCOMPARE(problems(*dialog), QString());
        QVERIFY(canSave(*dialog));

        // v2 has no pages: the paging fields are off.
        choose(child<QComboBox>(*dialog, u"apiVersionCombo"_s), u"v2"_s);
        QVERIFY(!child<QSpinBox>(*dialog, u"pageSizeSpin"_s)->isEnabled());
        QVERIFY(!child<QLineEdit>(*dialog, u"pageNumberKeyEdit"_s)->isEnabled());
        QVERIFY(!dialog->profile().paged);
    }

    void anEditedProfileKeepsItsName()
    {
        const auto dialog = open(sandboxProfile(u"Lab"_s), {u"Lab"_s, u"Production"_s});
        QCOMPARE(dialog->windowTitle(), u"Edit the connection \"Lab\""_s);
        QCOMPARE(problems(*dialog), QString());
        type(child<QLineEdit>(*dialog, u"nameEdit"_s), u"Production"_s);
        QVERIFY(problems(*dialog).contains(u"already exists"_s));
        type(child<QLineEdit>(*dialog, u"nameEdit"_s), u"LAB"_s);
        QCOMPARE(problems(*dialog), QString());
    }

    void theAppRegistrationSignsInAndLivePlatformAnswers_data()
    {
        QTest::addColumn<bool>("paged");
        QTest::newRow("v3") << true;
        QTest::newRow("v2") << false;
    }
    void theAppRegistrationSignsInAndLivePlatformAnswers()
    {
        QFETCH(bool, paged);
        ConnectionProfile profile = sandboxProfile();
        profile.paged = paged;
        const auto dialog = open(profile);
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        const QString result = runTest(*dialog);
        QVERIFY2(result.startsWith(u"The connection works."_s), qPrintable(result));
        QVERIFY2(result.contains(u"Signed in"_s), qPrintable(result));
        QVERIFY2(
            result.contains(u"accepted the token and answered the %1 API"_s.arg(paged ? u"v3"_s : u"v2"_s)),
            qPrintable(result));
        if (paged)
            screenshot(*dialog, u"works"_s);
    }

    void theStoredSecretIsUsedWhenTheFieldIsEmpty()
    {
        const ConnectionProfile profile = sandboxProfile();
        m_secrets.write(profile.secretKey(), m_server->config().appClientSecret, [](const QString &) {});
        const auto dialog = open(profile, {profile.name});
        QCOMPARE(child<QLineEdit>(*dialog, u"secretEdit"_s)->placeholderText(),
                 u"Stored; leave empty to keep it"_s);
        const QString result = runTest(*dialog);
        QVERIFY2(result.startsWith(u"The connection works."_s), qPrintable(result));
    }

    void noSecretAtAllIsSaid()
    {
        const auto dialog = open(sandboxProfile());
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"No client secret"_s), qPrintable(result));
        QVERIFY2(result.contains(u"answers and asks for a sign-in"_s), qPrintable(result));
    }

    void aWrongSecretGetsEntrasAdvice()
    {
        const auto dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), u"not-the-secret"_s);
        const QString result = runTest(*dialog);
        QVERIFY2(result.startsWith(u"The connection does not work yet."_s), qPrintable(result));
        QVERIFY2(result.contains(u"The client secret is wrong"_s), qPrintable(result));
        QVERIFY2(result.contains(u"AADSTS7000215"_s), qPrintable(result));
        // The address is still checked.
        QVERIFY2(result.contains(u"answers and asks for a sign-in, as expected"_s), qPrintable(result));
        screenshot(*dialog, u"wrong-secret"_s);
    }

    void theDialogGrowsSoThatNothingIsCutOff()
    {
        const auto dialog = open(sandboxProfile(u"Lab"_s), {u"Lab"_s, u"Production"_s});
        dialog->resize(dialog->minimumWidth(), dialog->minimumHeight());
        const int before = dialog->height();
        type(child<QLineEdit>(*dialog, u"nameEdit"_s), u"Production"_s);
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), u"not-the-secret"_s);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"The client secret is wrong"_s), qPrintable(result));
        QVERIFY(dialog->height() > before);
        screenshot(*dialog, u"narrow"_s);
    }

    void aTokenLivePlatformRefusesIsNamed()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v3:expire-token"_s), QString());
        const auto dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"Signed in"_s), qPrintable(result));
        QVERIFY2(result.contains(u"did not accept the token (the token has expired)"_s), qPrintable(result));
    }

    void theTestFollowsNoRedirect_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Live Platform")
            << u"api"_s << u"Live Platform at 127.0.0.1 answered 302 to 127.0.0.2"_s;
        QTest::newRow("sign-in") << u"token"_s << u"answered 307 to 127.0.0.2"_s;
    }
    void theTestFollowsNoRedirect()
    {
        QFETCH(QString, route);
        QFETCH(QString, expected);
        ForeignHost other;
        QVERIFY(other.isListening());
        QCOMPARE(m_server->faults().add(route + u":redirect="_s + other.url(u"/elsewhere"_s).toString()),
                 QString());
        const auto dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(expected) && result.contains(u"redirects are not followed"_s),
                 qPrintable(result));
        QCOMPARE(other.connections(), 0);
    }

    void aWebPageIsNotTheApi()
    {
        QCOMPARE(m_server->faults().add(u"numbers-v3:content-type"_s), QString());
        const auto dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"answered with a web page (text/html"_s), qPrintable(result));
    }

    void aWrongPathIsNamed()
    {
        ConnectionProfile profile = sandboxProfile();
        profile.baseUrl = QUrl(u"http://127.0.0.1:%1/portal/tenantui"_s.arg(m_server->port()));
        const auto dialog = open(profile);
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"has no v3 API at /portal/tenantui (HTTP 404)"_s), qPrintable(result));
    }

    void aBrowserProfileChecksThatBothServicesAnswer_data()
    {
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<QString>("how");
        QTest::newRow("browser") << u"Browser"_s << u"in the browser"_s;
        QTest::newRow("device code") << u"Device code"_s << u"with a device code"_s;
    }
    void aBrowserProfileChecksThatBothServicesAnswer()
    {
        QFETCH(QString, signIn);
        QFETCH(QString, how);
        const auto dialog = open(sandboxProfile());
        choose(child<QComboBox>(*dialog, u"signInCombo"_s), signIn);
        type(child<QLineEdit>(*dialog, u"clientIdEdit"_s), m_server->config().publicClientId);
        const QString result = runTest(*dialog);
        QVERIFY2(result.startsWith(u"Both services answer."_s), qPrintable(result));
        QVERIFY2(result.contains(u"The sign-in service at 127.0.0.1:%1 answers"_s.arg(m_server->port())),
                 qPrintable(result));
        QVERIFY2(result.contains(u"answers and asks for a sign-in, as expected"_s), qPrintable(result));
        QVERIFY2(result.contains(how), qPrintable(result));
        if (signIn == u"Browser"_s)
            screenshot(*dialog, u"browser"_s);
    }

    void anUnreachablePortIsSaidPlainly()
    {
        const quint16 port = closedPort();
        ConnectionProfile profile = sandboxProfile();
        profile.baseUrl = QUrl(u"http://127.0.0.1:%1/tenantui"_s.arg(port));
        profile.authority = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        {
            const auto dialog = open(profile);
            type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
            const QString result = runTest(*dialog);
            QVERIFY2(result.contains(u"Cannot reach 127.0.0.1 to sign in"_s), qPrintable(result));
            QVERIFY2(
                result.contains(u"Nothing answers at 127.0.0.1:%1: the connection was refused"_s.arg(port)),
                qPrintable(result));
            screenshot(*dialog, u"unreachable"_s);
        }
        profile.signIn = ConnectionProfile::SignIn::Browser;
        profile.authority = m_server->authorityUrl();
        const auto dialog = open(profile);
        const QString result = runTest(*dialog);
        QVERIFY2(result.startsWith(u"The connection does not work yet."_s), qPrintable(result));
        QVERIFY2(result.contains(u"The sign-in service at 127.0.0.1:%1 answers"_s.arg(m_server->port())),
                 qPrintable(result));
        QVERIFY2(result.contains(u"Live Platform: Nothing answers at 127.0.0.1:%1"_s.arg(port)),
                 qPrintable(result));
    }

    void closingTheDialogStopsTheTest()
    {
        QCOMPARE(m_server->faults().add(u"token:latency=1500"_s), QString());
        auto dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        auto *button = child<QPushButton>(*dialog, u"testButton"_s);
        auto *result = child<QLabel>(*dialog, u"testResultLabel"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returned while the sign-in is still delayed by the server: the GUI is never blocked.
        QVERIFY(plain(result->text()).startsWith(u"Signing in at 127.0.0.1"_s));
        QCOMPARE(button->text(), u"Stop &test"_s);
        const QString during = result->text();
        dialog->reject();
        QCOMPARE(button->text(), u"&Test connection"_s);
        QTest::qWait(2000);
        QCOMPARE(result->text(), during);

        // The stop button, and a dialog deleted while its test runs.
        QCOMPARE(m_server->faults().add(u"token:latency=1500"_s), QString());
        dialog = open(sandboxProfile());
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), m_server->config().appClientSecret);
        button = child<QPushButton>(*dialog, u"testButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), u"Stop &test"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(plain(child<QLabel>(*dialog, u"testResultLabel"_s)->text()), u"Test stopped."_s);
        QTest::mouseClick(button, Qt::LeftButton);
        dialog.reset();
        QTest::qWait(2000);
    }

    void savingKeepsTheSecretInTheStoreOnly()
    {
        const auto dialog = open(ConnectionProfile(), {u"Production"_s});
        const ConnectionProfile expected = sandboxProfile(u"Contoso lab"_s);
        type(child<QLineEdit>(*dialog, u"nameEdit"_s), expected.name);
        type(child<QLineEdit>(*dialog, u"baseUrlEdit"_s), expected.baseUrl.toString());
        choose(child<QComboBox>(*dialog, u"apiVersionCombo"_s), u"v3"_s);
        type(child<QLineEdit>(*dialog, u"authorityEdit"_s), expected.authority.toString());
        type(child<QLineEdit>(*dialog, u"directoryEdit"_s), expected.directory);
        type(child<QLineEdit>(*dialog, u"clientIdEdit"_s), expected.clientId);
        type(child<QLineEdit>(*dialog, u"channelEdit"_s), u"12x"_s); // letters are not taken
        child<QSpinBox>(*dialog, u"pageSizeSpin"_s)->setValue(expected.pageSize);
        child<QSpinBox>(*dialog, u"timeoutSpin"_s)->setValue(expected.timeoutSeconds);
        type(child<QLineEdit>(*dialog, u"statusKeyEdit"_s), u"status"_s);
        child<QSpinBox>(*dialog, u"maxBodySpin"_s)->setValue(512);
        const QString secret = m_server->config().appClientSecret;
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), secret);
        QCOMPARE(problems(*dialog), QString());
        save(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        const ConnectionProfile saved = dialog->profile();
        QCOMPARE(saved.name, expected.name);
        QCOMPARE(saved.baseUrl, expected.baseUrl);
        QCOMPARE(saved.paged, true);
        QCOMPARE(saved.pageSize, expected.pageSize);
        QCOMPARE(saved.channelId, std::optional<int>(12));
        QCOMPARE(saved.authority, expected.authority);
        QCOMPARE(saved.directory, expected.directory);
        QCOMPARE(saved.clientId, expected.clientId);
        QCOMPARE(saved.scope, expected.scope);
        QCOMPARE(saved.signIn, ConnectionProfile::SignIn::AppRegistration);
        QCOMPARE(saved.timeoutSeconds, expected.timeoutSeconds);
        QCOMPARE(saved.pageNumberKey, u"pageNumber"_s);
        QCOMPARE(saved.statusKey, u"status"_s);
        QCOMPARE(saved.maxBodyMegabytes, 512);
        const QByteArray json = QJsonDocument(saved.toJson()).toJson();
        QVERIFY(!json.contains(secret.toUtf8()));
        QVERIFY(child<QLineEdit>(*dialog, u"secretEdit"_s)->text().isEmpty());
        QString stored;
        m_secrets.read(saved.secretKey(), [&](const QString &value, const QString &) { stored = value; });
        QVERIFY(stored == secret); // not QCOMPARE: a failure would print the secret
        m_secrets.remove(saved.secretKey(), [](const QString &) {});
    }

    void anEmptySecretFieldKeepsTheStoredOneEvenUnderANewName()
    {
        const ConnectionProfile profile = sandboxProfile(u"Lab"_s);
        const QString secret = u"kept-secret"_s;
        m_secrets.write(profile.secretKey(), secret, [](const QString &) {});
        const auto dialog = open(profile, {u"Lab"_s});
        type(child<QLineEdit>(*dialog, u"nameEdit"_s), u"Lab (renamed)"_s);
        save(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QString stored;
        m_secrets.read(dialog->profile().secretKey(),
                       [&](const QString &value, const QString &) { stored = value; });
        QVERIFY(stored == secret);
        m_secrets.remove(dialog->profile().secretKey(), [](const QString &) {});
        m_secrets.remove(profile.secretKey(), [](const QString &) {});
    }

    void aStoredSecretDoesNotFollowTheProfileToOtherAddresses()
    {
        const ConnectionProfile profile = sandboxProfile(u"Moved"_s);
        m_secrets.write(profile.secretKey(), m_server->config().appClientSecret, [](const QString &) {});
        const auto dialog = open(profile, {u"Moved"_s});
        auto *secretEdit = child<QLineEdit>(*dialog, u"secretEdit"_s);
        auto *note = child<QLabel>(*dialog, u"addressNoteLabel"_s);
        QVERIFY(!note->isVisible());
        QCOMPARE(secretEdit->placeholderText(), u"Stored; leave empty to keep it"_s);
        QCOMPARE(note->textFormat(), Qt::PlainText);

        // The same sandbox under another host name: had the stored secret been sent, the sign-in would work.
        QUrl moved = profile.authority;
        moved.setHost(u"localhost"_s);
        type(child<QLineEdit>(*dialog, u"authorityEdit"_s), moved.toString());
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(u"You changed the authority. Saving removes the client secret"_s),
                 qPrintable(note->text()));
        QCOMPARE(secretEdit->placeholderText(), u"Paste the secret's value"_s);
        const QString result = runTest(*dialog);
        QVERIFY2(result.contains(u"No client secret"_s), qPrintable(result));

        save(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->profile().secretKey() != profile.secretKey());
        QString stored;
        m_secrets.read(dialog->profile().secretKey(),
                       [&](const QString &value, const QString &) { stored = value; });
        QVERIFY(stored.isEmpty());
        m_secrets.remove(profile.secretKey(), [](const QString &) {});
    }

    void aKeychainFailureKeepsTheDialogOpen()
    {
        BrokenSecretStore broken;
        const auto dialog = open(sandboxProfile(), {}, &broken);
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), u"typed-secret"_s);
        save(*dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(problems(*dialog).contains(u"The secret was not stored"_s), qPrintable(problems(*dialog)));
        QVERIFY(canSave(*dialog));
        screenshot(*dialog, u"keychain"_s);
        child<QLineEdit>(*dialog, u"secretEdit"_s)->clear();
        QCOMPARE(problems(*dialog), QString());
        save(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->unstoredSecret(), QString());
    }

    void savingAgainKeepsARefusedSecretForTheRun()
    {
        BrokenSecretStore broken;
        const auto dialog = open(sandboxProfile(), {}, &broken);
        type(child<QLineEdit>(*dialog, u"secretEdit"_s), u"typed-secret"_s);
        save(*dialog);
        QVERIFY(dialog->isVisible());
        const QString said = problems(*dialog);
        QVERIFY2(said.contains(u"Save again"_s), qPrintable(said));
        QVERIFY2(!said.contains(u".."_s), qPrintable(said));
        QCOMPARE(said.count(u"not stored"_s), 1);
        save(*dialog);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->unstoredSecret(), u"typed-secret"_s);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
