// Finding the number a ticket names: Numbers › Find a number looks one number up without a tenant and
// offers its tenant; the command line (ocnumbers --connection --tenant | --number) opens on a tenant or a
// number through the same entry, and refuses wrong values with the window's messages and exit status 2.
#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "gui/findnumberdialog.h"
#include "gui/mainwindow.h"
#include "gui/tenantcombo.h"
#include "sandbox/numbergenerator.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A loopback Live Platform that counts connections and says 404 to everything.
class NotFoundServer final : public QTcpServer {
public:
    NotFoundServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    socket->write(
                        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                        "2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    int connections = 0;
};

QString numberOf(const SandboxServer &server, int tenant, std::uint64_t index)
{
    const SandboxTenant &owner = server.data().tenants().at(tenant);
    return QString::fromStdString(server.data().generator(owner, false).telephoneNumber(index));
}

} // namespace

class TestFindNumber final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static ConnectionProfile appProfile(const SandboxServer &server, MemorySecretStore &secrets,
                                        const QString &name = u"Test Live Platform"_s)
    {
        const ConnectionProfile profile = sandboxProfile(server, name);
        secrets.write(profile.secretKey(), server.config().appClientSecret, [](const QString &) {});
        return profile;
    }

    static LoadError lookUp(FindNumberDialog *dialog, const std::function<void()> &trigger)
    {
        QSignalSpy finished(dialog, &FindNumberDialog::lookupFinished);
        trigger();
        if (finished.isEmpty() && !finished.wait(30000))
            qFatal("the look-up did not finish");
        return finished.at(0).at(0).value<LoadError>();
    }

private slots:
    void findsTheNumberItsTenantAndLoadsIt()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 300;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"find-profiles.ini"_s));
        MemorySecretStore secrets;
        ConnectionProfile profile = appProfile(server, secrets);
        profile.paged = true; // v3 answers name the customer, which the window then remembers
        profiles.save(profile);
        QSettings settings(m_dir.filePath(u"find-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const SandboxTenant &owner = server.data().tenants().at(1);
        const QString number = numberOf(server, 1, 7);
        auto *action = window.findChild<QAction *>(u"actionFindNumber"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
        action->trigger();
        auto *dialog = window.findChild<FindNumberDialog *>(u"findNumberDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *edit = child<QLineEdit>(dialog, u"numberEdit"_s);
        // Typed as a ticket may write it: with spaces.
        const LoadError error = lookUp(dialog, [&] {
            edit->setText(number.left(3) + u" "_s + number.mid(3));
            child<QPushButton>(dialog, u"findButton"_s)->click();
        });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(child<QLabel>(dialog, u"tenantValue"_s)->text(), owner.id);
        QCOMPARE(child<QLabel>(dialog, u"numberValue"_s)->text(), number);
        QVERIFY(dialog->windowTitle().contains(number));
        auto *loadTenant = child<QPushButton>(dialog, u"loadTenantButton"_s);
        QVERIFY(loadTenant->isEnabled());

        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        loadTenant->click();
        QVERIFY(loaded.wait(30000));
        QVERIFY(!loaded.at(0).at(0).value<LoadError>().isError());
        QCOMPARE(child<TenantCombo>(&window, u"tenantCombo"_s)->tenantId(), owner.id);
        QCOMPARE(window.model()->totalCount(), owner.generated);
        QVERIFY(window.isComplete());

        // The tenant's customer is known now: the next look-up names it.
        QVERIFY(!lookUp(dialog, [&] { dialog->find(numberOf(server, 1, 8)); }).isError());
        QCOMPARE(child<QLabel>(dialog, u"customerValue"_s)->text(), owner.customerName);
        QCOMPARE(child<QLabel>(dialog, u"tenantValue"_s)->text(), owner.id);

        // A number the Live Platform does not have: said, naming the host.
        const LoadError missing = lookUp(dialog, [&] { dialog->find(u"+19999999999"_s); });
        QCOMPARE(missing.kind, LoadError::Kind::NotFound);
        const QString text = child<QLabel>(dialog, u"findMessageLabel"_s)->text();
        QVERIFY2(text.contains(u"+19999999999 is not on this Live Platform (127.0.0.1)"_s), qPrintable(text));
        QVERIFY(!loadTenant->isEnabled());
        QCOMPARE(child<QLabel>(dialog, u"tenantValue"_s)->text(), u"—"_s);
    }

    void refusesAnInvalidNumberWithoutSendingIt()
    {
        NotFoundServer livePlatform;
        SandboxServer sandbox{SandboxConfig{}};
        QCOMPARE(sandbox.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"invalid-profiles.ini"_s));
        MemorySecretStore secrets;
        ConnectionProfile profile = appProfile(sandbox, secrets);
        profile.baseUrl = QUrl(u"http://127.0.0.1:%1/tenantui"_s.arg(livePlatform.serverPort()));
        secrets.write(profile.secretKey(), sandbox.config().appClientSecret, [](const QString &) {});
        profiles.save(profile);
        QSettings settings(m_dir.filePath(u"invalid-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);
        FindNumberDialog *dialog = window.findNumber();
        auto *message = child<QLabel>(dialog, u"findMessageLabel"_s);

        for (const QString &typed : {u"02074996300"_s, u"+44 20 abc"_s, u"+0123"_s, u"   "_s}) {
            const LoadError error = lookUp(dialog, [&] { dialog->find(typed); });
            QCOMPARE(error.kind, LoadError::Kind::BadRequest);
            QVERIFY2(message->text().contains(u"E.164"_s), qPrintable(message->text()));
            QVERIFY(message->text().contains(u"+442074996300"_s));
        }
        QVERIFY2(message->text().startsWith(u"Enter a phone number"_s), qPrintable(message->text()));
        QCOMPARE(livePlatform.connections, 0);

        // A valid number is sent; this Live Platform does not have it.
        QCOMPARE(lookUp(dialog, [&] { dialog->find(u"+442074996300"_s); }).kind, LoadError::Kind::NotFound);
        QCOMPARE(livePlatform.connections, 1);
        QVERIFY2(message->text().contains(u"not on this Live Platform (127.0.0.1)"_s),
                 qPrintable(message->text()));
    }

    void signsInFirstWhenNeeded()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 300;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"signin-profiles.ini"_s));
        MemorySecretStore secrets;
        profiles.save(appProfile(server, secrets));
        QSettings settings(m_dir.filePath(u"signin-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);
        window.session()->signOut();
        QCOMPARE(window.session()->state(), SignInSession::State::SignedOut);
        FindNumberDialog *dialog = window.findNumber();
        const QString number = numberOf(server, 2, 3);
        QVERIFY(!lookUp(dialog, [&] { dialog->find(number); }).isError());
        QCOMPARE(window.session()->state(), SignInSession::State::SignedIn);
        QCOMPARE(child<QLabel>(dialog, u"tenantValue"_s)->text(), server.data().tenants().at(2).id);
    }

    void opensOnATenantOrANumberAsTheCommandLineAsks()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 300;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"open-profiles.ini"_s));
        MemorySecretStore secrets;
        profiles.save(appProfile(server, secrets, u"Another"_s));
        profiles.save(appProfile(server, secrets));
        QSettings settings(m_dir.filePath(u"open-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connection = child<QComboBox>(&window, u"profileCombo"_s);

        // Wrong values: nothing is done, and the message says what to do.
        const QString tenant = server.data().tenants().at(1).id;
        QString error = window.openTarget(u"Nope"_s, tenant, {});
        QVERIFY2(error.contains(u"no connection named \"Nope\""_s), qPrintable(error));
        QVERIFY2(error.contains(u"Another, Test Live Platform"_s), qPrintable(error));
        error = window.openTarget(u"Another"_s, u"contoso"_s, {});
        QVERIFY2(error.contains(u"\"contoso\" is not a tenant ID"_s), qPrintable(error));
        error = window.openTarget(u"Another"_s, {}, u"12345"_s);
        QVERIFY2(error.contains(u"\"12345\" is not a phone number in E.164 form"_s), qPrintable(error));
        error = window.openTarget({}, tenant, u"+442074996300"_s);
        QVERIFY2(error.contains(u"not both"_s), qPrintable(error));
        QVERIFY(!window.isLoading());

        // A tenant: that connection chosen, the tenant loaded (signing in first).
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QCOMPARE(window.openTarget(u"Test Live Platform"_s, tenant.toUpper(), {}), QString());
        QVERIFY(loaded.wait(30000));
        QVERIFY(!loaded.at(0).at(0).value<LoadError>().isError());
        QCOMPARE(connection->currentText(), u"Test Live Platform"_s);
        QCOMPARE(child<TenantCombo>(&window, u"tenantCombo"_s)->tenantId(), tenant);
        QCOMPARE(window.model()->totalCount(), server.data().tenants().at(1).generated);

        // A number, on the last connection used: looked up and shown, its title naming it.
        const QString number = numberOf(server, 2, 11);
        QCOMPARE(window.openTarget({}, {}, number), QString());
        FindNumberDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<FindNumberDialog *>(u"findNumberDialog"_s)) &&
                    dialog->isVisible());
        QTRY_COMPARE(child<QLabel>(dialog, u"tenantValue"_s)->text(), server.data().tenants().at(2).id);
        QVERIFY(dialog->windowTitle().contains(number));
        QCOMPARE(connection->currentText(), u"Test Live Platform"_s);
    }

    void theApplicationRefusesWrongValuesOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown connection")
            << QStringList{u"--connection"_s, u"Nope"_s, u"--tenant"_s,
                           u"7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c"_s}
            << u"There is no connection named \"Nope\". The connections are: Production."_s;
        QTest::newRow("bad tenant") << QStringList{u"--tenant"_s, u"contoso"_s}
                                    << u"\"contoso\" is not a tenant ID"_s;
        QTest::newRow("bad number") << QStringList{u"--connection"_s, u"Production"_s, u"--number"_s,
                                                   u"0207"_s}
                                    << u"\"0207\" is not a phone number in E.164 form"_s;
        QTest::newRow("both") << QStringList{u"--tenant"_s, u"7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c"_s,
                                             u"--number"_s, u"+442074996300"_s}
                              << u"not both"_s;
    }
    void theApplicationRefusesWrongValuesOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        {
            ProfileStore profiles(home.filePath(u"profiles.ini"_s));
            ConnectionProfile profile;
            profile.name = u"Production"_s;
            profile.baseUrl = QUrl(u"https://lp.example.net/tenantui"_s);
            profile.authority = QUrl(u"https://login.microsoftonline.com"_s);
            profile.directory = u"0b8c5a3e-6f1d-4a2b-9c7e-1d2f3a4b5c6d"_s;
            profile.clientId = u"3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f"_s;
            profile.scope = u"api://3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f/.default"_s;
            profiles.save(profile);
            QCOMPARE(profiles.names(), QStringList{u"Production"_s});
        }
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path());
        environment.insert(u"OCNUMBERS_PROFILES_FILE"_s, home.filePath(u"profiles.ini"_s));
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(OCNUMBERS_APP), arguments);
        QVERIFY(app.waitForStarted(10000));
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished(10000);
            QFAIL("ocnumbers did not exit");
        }
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(u"ocnumbers: "_s), qPrintable(err));
        QCOMPARE(app.exitCode(), 2);
    }
};

QTEST_MAIN(TestFindNumber)
#include "tst_findnumber.moc"
