#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/nokeychainsecretstore.h"
#include "support/sandboxprofile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QDialog *waitForPrompt(const QWidget &window)
{
    QDialog *prompt = nullptr;
    const auto shown = [&] {
        prompt = window.findChild<QDialog *>(u"secretPromptDialog"_s);
        return prompt && prompt->isVisible();
    };
    if (!QTest::qWaitFor(shown, 15000))
        return nullptr;
    return prompt;
}

void answer(QDialog *prompt, const QString &secret)
{
    auto *edit = child<QLineEdit>(prompt, u"secretPromptEdit"_s);
    QTest::keyClicks(edit, secret);
    child<QDialogButtonBox>(prompt, u"secretPromptButtons"_s)->button(QDialogButtonBox::Ok)->click();
}

} // namespace

// An app registration whose secret is in no keychain: signing in asks for it, uses it for the rest of the
// run, offers the keychain only when there is one, and never writes it anywhere else.
class TestSecretPrompt final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        previousHandler = qInstallMessageHandler(recordMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void withoutAKeychainTheTypedSecretIsUsedForTheRun()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 20;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const QString secret = config.appClientSecret;
        const QString profilesFile = m_dir.filePath(u"nokeychain-profiles.ini"_s);
        const QString settingsFile = m_dir.filePath(u"nokeychain-window.ini"_s);
        NoKeychainSecretStore secrets;
        {
            ProfileStore profiles(profilesFile);
            profiles.save(sandboxProfile(server, u"Lab"_s));
            profiles.save(sandboxProfile(server, u"Other"_s));
            QSettings settings(settingsFile, QSettings::IniFormat);
            MainWindow window(&profiles, &secrets, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *connections = child<QComboBox>(&window, u"profileCombo"_s);
            QCOMPARE(connections->currentText(), u"Lab"_s);
            // At start nothing is asked and nothing is reported: the user has not asked to sign in yet.
            QCOMPARE(window.session()->state(), SignInSession::State::SignedOut);
            QVERIFY(!window.findChild<QDialog *>(u"secretPromptDialog"_s));

            child<QPushButton>(&window, u"signInButton"_s)->click();
            QDialog *prompt = waitForPrompt(window);
            QVERIFY(prompt);
            auto *edit = child<QLineEdit>(prompt, u"secretPromptEdit"_s);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            const QString text = child<QLabel>(prompt, u"secretPromptMessage"_s)->text();
            QVERIFY2(text.contains(u"\"Lab\""_s) && text.contains(config.appClientId), qPrintable(text));
            QCOMPARE(child<QLabel>(prompt, u"secretPromptReason"_s)->text(), NoKeychainSecretStore::reason());
            QVERIFY(
                child<QCheckBox>(prompt, u"secretPromptStoreCheck"_s)->isHidden()); // no keychain to offer
            QVERIFY(!child<QDialogButtonBox>(prompt, u"secretPromptButtons"_s)
                         ->button(QDialogButtonBox::Ok)
                         ->isEnabled());
            answer(prompt, secret);
            QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SignInSession::State::SignedIn, 15000);
            QVERIFY(window.session()->identity().contains(config.appClientId));

            // Another connection and back: the secret typed this run signs in again without asking.
            connections->setFocus();
            QTest::keyClick(connections, Qt::Key_Down);
            QCOMPARE(window.session()->profile().name, u"Other"_s);
            QTest::keyClick(connections, Qt::Key_Up);
            QCOMPARE(window.session()->profile().name, u"Lab"_s);
            QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SignInSession::State::SignedIn, 15000);
            QVERIFY(!window.findChild<QDialog *>(u"secretPromptDialog"_s));
            QCOMPARE(secrets.writes(), 0);
            window.close();
        }
        for (const QString &file : {profilesFile, settingsFile}) {
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY2(!written.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
        QMutexLocker lock(&logMutex);
        for (const QString &message : std::as_const(logged))
            QVERIFY2(!message.contains(secret), "the secret reached the log");
    }

    void cancellingThePromptEndsWithOneClearMessage()
    {
        SandboxServer server{SandboxConfig{}};
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"cancel-profiles.ini"_s));
        profiles.save(sandboxProfile(server, u"Lab"_s));
        NoKeychainSecretStore secrets;
        QSettings settings(m_dir.filePath(u"cancel-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QDialog *prompt = waitForPrompt(window);
        QVERIFY(prompt);
        child<QDialogButtonBox>(prompt, u"secretPromptButtons"_s)->button(QDialogButtonBox::Cancel)->click();
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedOut);
        const QString status = window.statusBar()->currentMessage();
        QCOMPARE(status, u"Not signed in: no client secret was entered for \"Lab\"."_s);
        QVERIFY(!child<QWidget>(&window, u"messageBanner"_s)->isVisible());

        // Cancelling from the window closes the question as well.
        child<QPushButton>(&window, u"signInButton"_s)->click();
        prompt = waitForPrompt(window);
        QVERIFY(prompt);
        child<QPushButton>(&window, u"signInButton"_s)->click(); // now "Cancel sign-in"
        QTRY_VERIFY(!window.findChild<QDialog *>(u"secretPromptDialog"_s));
        QCOMPARE(window.session()->state(), SignInSession::State::SignedOut);
        QCOMPARE(window.statusBar()->currentMessage(), status);
    }

    void aWrongSecretIsAskedForAgain()
    {
        SandboxServer server{SandboxConfig{}};
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"wrong-profiles.ini"_s));
        profiles.save(sandboxProfile(server, u"Lab"_s));
        NoKeychainSecretStore secrets;
        QSettings settings(m_dir.filePath(u"wrong-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QDialog *prompt = waitForPrompt(window);
        QVERIFY(prompt);
        answer(prompt, u"not-the-secret"_s);
        auto *banner = child<QWidget>(&window, u"messageBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString text = child<QLabel>(banner, u"messageLabel"_s)->text();
        QVERIFY2(text.contains(u"client secret is wrong"_s), qPrintable(text));
        QVERIFY2(!text.contains(u".."_s), qPrintable(text));
        QCOMPARE(text.count(u"client secret"_s, Qt::CaseInsensitive), 1);
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QVERIFY(waitForPrompt(window));
    }

    void withAKeychainTheSecretCanBeKeptThere()
    {
        SandboxConfig config;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const ConnectionProfile profile = sandboxProfile(server, u"Lab"_s);
        ProfileStore profiles(m_dir.filePath(u"keychain-profiles.ini"_s));
        profiles.save(profile);
        MemorySecretStore secrets; // a keychain that runs, but holds no secret for the connection
        QSettings settings(m_dir.filePath(u"keychain-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QDialog *prompt = waitForPrompt(window);
        QVERIFY(prompt);
        auto *store = child<QCheckBox>(prompt, u"secretPromptStoreCheck"_s);
        QVERIFY(!store->isHidden());
        QVERIFY(store->isChecked());
        answer(prompt, config.appClientSecret);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SignInSession::State::SignedIn, 15000);
        QString stored;
        secrets.read(profile.secretKey(), [&](const QString &value, const QString &) { stored = value; });
        QCOMPARE(stored, config.appClientSecret);
    }
};

QTEST_MAIN(TestSecretPrompt)
#include "tst_secretprompt.moc"
