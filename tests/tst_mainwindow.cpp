#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "gui/demoenvironment.h"
#include "gui/helpviewer.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"
#include "support/testhttp.h"
#include "support/xlsxreader.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A keychain in memory that lists what was read from it.
class WatchedSecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadCallback callback) override
    {
        reads << key;
        m_memory.read(key, std::move(callback));
    }
    void write(const QString &key, const QString &secret, DoneCallback callback) override
    {
        m_memory.write(key, secret, std::move(callback));
    }
    void remove(const QString &key, DoneCallback callback) override
    {
        m_memory.remove(key, std::move(callback));
    }
    QString stored(const QString &key)
    {
        QString secret;
        m_memory.read(key, [&](const QString &value, const QString &) { secret = value; });
        return secret;
    }

    QStringList reads;

private:
    MemorySecretStore m_memory;
};

// A loopback listener that counts connections and answers every request with one fixed HTTP response.
class FixedAnswerServer final : public QTcpServer {
public:
    explicit FixedAnswerServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request[socket] += socket->readAll();
                    if (!m_request[socket].contains("\r\n\r\n"))
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    int connections = 0;

private:
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_request;
};

// Every label states its text format: QLabel's default (Qt::AutoText) renders text that looks like HTML.
QStringList labelsWithoutTextFormat(const QWidget &root)
{
    QStringList found;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            found << label->objectName() + u" in "_s + label->parent()->objectName();
    }
    return found;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs what starts (or ends) a load and waits for the load's end.
    static LoadError load(MainWindow &window, const std::function<void()> &trigger)
    {
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        trigger();
        if (loaded.isEmpty() && !loaded.wait(60000))
            qFatal("the load did not finish");
        return loaded.at(0).at(0).value<LoadError>();
    }
    // A profile for the sandbox's app registration, with its secret in the given store.
    static ConnectionProfile appProfile(const SandboxServer &server, MemorySecretStore &secrets)
    {
        const ConnectionProfile profile = sandboxProfile(server, u"Test Live Platform"_s);
        secrets.write(profile.secretKey(), server.config().appClientSecret, [](const QString &) {});
        return profile;
    }

private slots:
    void demoSignInLoadFilterInspectRouteCopyExport()
    {
        ProfileStore profiles(m_dir.filePath(u"demo-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"demo-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // First start without connections: the welcome page.
        auto *stack = child<QStackedWidget>(&window, u"stack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);
        QVERIFY(child<QPushButton>(&window, u"demoButton"_s)->isVisible());

        const LoadError error = load(window, [&] { window.startDemo(3000); });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(stack->currentWidget()->objectName(), u"numbersPage"_s);
        QCOMPARE(window.session()->state(), SignInSession::State::SignedIn);
        auto *identity = child<QLabel>(&window, u"identityLabel"_s);
        QVERIFY2(identity->text().startsWith(u"Sandbox Support Engineer · until "_s),
                 qPrintable(identity->text()));
        QVERIFY(identity->toolTip().contains(u"support@sandbox.example.net"_s));
        QVERIFY(window.isComplete());
        QCOMPARE(window.model()->rowCount(), 3000);
        QCOMPARE(child<QLabel>(&window, u"countLabel"_s)->text(), u"3,000 of 3,000 numbers shown"_s);
        QVERIFY(!window.windowTitle().contains(u"incomplete"_s));

        // Filter: a country from the combo, then a search within it.
        auto *country = child<QComboBox>(&window, u"countryFilter"_s);
        const int gb = country->findData(u"GB"_s);
        QVERIFY(gb > 0);
        country->setCurrentIndex(gb);
        const int gbRows = window.model()->rowCount();
        QVERIFY(gbRows > 0 && gbRows < 3000);
        for (int row = 0; row < gbRows; ++row)
            QCOMPARE(window.model()->index(row, 2).data().toString(), u"GB"_s);
        auto *table = child<QTableView>(&window, u"tableView"_s);
        const QString first = window.model()->index(0, 0).data().toString();
        QTest::keyClicks(child<QLineEdit>(&window, u"searchEdit"_s), first.left(8));
        QVERIFY(window.model()->rowCount() >= 1 && window.model()->rowCount() <= gbRows);
        QCOMPARE(child<QLabel>(&window, u"countLabel"_s)->text(),
                 u"%1 of 3,000 numbers shown"_s.arg(QLocale().toString(window.model()->rowCount())));
        child<QAbstractButton>(&window, u"clearFiltersButton"_s)->click();
        QCOMPARE(window.model()->rowCount(), 3000);
        QCOMPARE(country->currentIndex(), 0);

        // Select: the detail pane follows the current row.
        table->setFocus();
        table->selectRow(5);
        const QString fifth = window.model()->index(5, 0).data().toString();
        QCOMPARE(child<QLabel>(&window, u"numberValue"_s)->text(), fifth);
        QVERIFY(child<QPlainTextEdit>(&window, u"rawJsonEdit"_s)->toPlainText().contains(fifth));

        // Ctrl+C: the selected rows as TSV with a header.
        table->selectionModel()->select(
            QItemSelection(window.model()->index(5, 0), window.model()->index(7, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"Number\t"_s));
        QCOMPARE(lines[1].section(u'\t', 0, 0), fifth);
        QCOMPARE(lines[1].count(u'\t'), lines[0].count(u'\t'));

        // Export selected: the dialog, then the file.
        const QString csvPath = m_dir.filePath(u"selected.csv"_s);
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<QDialog *>(u"exportDialog"_s);
            QVERIFY(dialog);
            child<QLineEdit>(dialog, u"pathEdit"_s)->setText(csvPath);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
        });
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        window.findChild<QAction *>(u"actionExportSelected"_s)->trigger();
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(0).at(0).toString(), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csv.readAll().split('\n');
        QCOMPARE(csvLines.size(), 5); // header, three rows, and the empty piece after the last CRLF
        QVERIFY(csvLines[0].startsWith("Number,"));
        QVERIFY(csvLines[1].startsWith(QByteArray(fifth.toUtf8() + ',')));
        QVERIFY(child<QLabel>(&window, u"messageLabel"_s)->text().contains(u"Exported 3 numbers"_s));

        // The same rows as an .xlsx workbook: the format chosen in the dialog renames the file; the
        // numbers are text cells with their +.
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<QDialog *>(u"exportDialog"_s);
            QVERIFY(dialog);
            auto *path = child<QLineEdit>(dialog, u"pathEdit"_s);
            path->setText(csvPath);
            QVERIFY(!child<QCheckBox>(dialog, u"excelSafeCheck"_s)->isHidden());
            QVERIFY(child<QCheckBox>(dialog, u"datesAsTextCheck"_s)->isHidden());
            child<QComboBox>(dialog, u"formatCombo"_s)->setCurrentIndex(1);
            QCOMPARE(path->text(), QDir::toNativeSeparators(m_dir.filePath(u"selected.xlsx"_s)));
            QVERIFY(child<QCheckBox>(dialog, u"excelSafeCheck"_s)->isHidden());
            QVERIFY(!child<QCheckBox>(dialog, u"datesAsTextCheck"_s)->isHidden());
            // Typing an extension chooses the format too.
            path->setText(csvPath);
            QCOMPARE(child<QComboBox>(dialog, u"formatCombo"_s)->currentIndex(), 0);
            path->setText(m_dir.filePath(u"selected.xlsx"_s));
            QCOMPARE(child<QComboBox>(dialog, u"formatCombo"_s)->currentIndex(), 1);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
        });
        window.findChild<QAction *>(u"actionExportSelected"_s)->trigger();
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(1).at(0).toString(), QString());
        const QJsonObject book = readXlsx(m_dir.filePath(u"selected.xlsx"_s));
        QCOMPARE(book.value(u"rows"_s).toArray().size(), qsizetype(4));
        QCOMPARE(xlsxCell(book, 0, 0).at(1).toString(), u"Number"_s);
        QCOMPARE(xlsxCell(book, 1, 0), (QJsonArray{u"s"_s, fifth, u"General"_s}));
        QVERIFY(fifth.startsWith(u'+'));
        QVERIFY(!QFile::exists(m_dir.filePath(u"selected.csv.xlsx"_s)));

        // Routing: Enter on the current number opens the dialog; its filter button narrows the table.
        table->setCurrentIndex(window.model()->index(5, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s);
        QVERIFY(routing);
        QTRY_VERIFY(routing->isVisible());
        QCOMPARE(child<QLabel>(routing, u"numberLabel"_s)->text(), fifth);
        auto *routes = child<QTableWidget>(routing, u"routesTable"_s);
        QVERIFY(routes->rowCount() >= 1);
        const QString sbc = routes->item(0, 0)->text();
        QVERIFY(child<QLabel>(routing, u"sharingSummaryLabel"_s)->text().contains(u"other"_s));
        child<QPushButton>(routing, u"filterToSbcButton"_s)->click();
        QTRY_VERIFY(!window.findChild<QDialog *>(u"sbcRoutingDialog"_s));
        QVERIFY(window.model()->rowCount() < 3000 && window.model()->rowCount() >= 1);
        const int sbcColumn = int(NumberColumn::Sbcs);
        for (int row = 0; row < window.model()->rowCount(); ++row)
            QVERIFY(window.model()->index(row, sbcColumn).data().toString().contains(sbc));
        QCOMPARE(child<QComboBox>(&window, u"sbcFilter"_s)->currentData().toString(), sbc);
    }

    void remembersLayoutTenantAndConnectionAcrossARestart()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 500;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        const QString tenant = server.data().tenants().constLast().id;
        ProfileStore profiles(m_dir.filePath(u"restart-profiles.ini"_s));
        MemorySecretStore secrets;
        profiles.save(appProfile(server, secrets));
        QSettings settings(m_dir.filePath(u"restart-window.ini"_s), QSettings::IniFormat);
        {
            MainWindow window(&profiles, &secrets, &settings);
            window.resize(1300, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.session()->state(),
                         SignInSession::State::SignedIn); // silently, with the secret
            child<QComboBox>(&window, u"tenantCombo"_s)->setEditText(tenant);
            QVERIFY(!load(window, [&] { child<QPushButton>(&window, u"loadButton"_s)->click(); }).isError());
            QHeaderView *header = child<QTableView>(&window, u"tableView"_s)->horizontalHeader();
            header->setSectionHidden(int(NumberColumn::Country), true);
            header->moveSection(header->visualIndex(int(NumberColumn::Status)), 1);
            header->setSortIndicator(0, Qt::DescendingOrder);
            window.close();
        }
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1300, 700));
        QCOMPARE(child<QComboBox>(&window, u"profileCombo"_s)->currentText(), u"Test Live Platform"_s);
        auto *tenants = child<QComboBox>(&window, u"tenantCombo"_s);
        QVERIFY(tenants->findData(tenant) >= 0);
        QVERIFY(tenants->currentText().contains(tenant));
        QHeaderView *header = child<QTableView>(&window, u"tableView"_s)->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(NumberColumn::Country)));
        QCOMPARE(header->logicalIndex(1), int(NumberColumn::Status));
        QCOMPARE(header->sortIndicatorSection(), 0);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);
        QVERIFY(!load(window, [&] { QTest::keyClick(&window, Qt::Key_F5); }).isError());
        QVERIFY(window.model()->index(0, 0).data().toString() >
                window.model()->index(1, 0).data().toString());
    }

    void showsLoadErrorsAndRetries()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 300;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"error-profiles.ini"_s));
        MemorySecretStore secrets;
        profiles.save(appProfile(server, secrets));
        QSettings settings(m_dir.filePath(u"error-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);

        // Not a GUID: said before anything is sent.
        auto *tenant = child<QComboBox>(&window, u"tenantCombo"_s);
        tenant->setEditText(u"contoso"_s);
        child<QPushButton>(&window, u"loadButton"_s)->click();
        auto *banner = child<QWidget>(&window, u"messageBanner"_s);
        auto *message = child<QLabel>(&window, u"messageLabel"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(message->text().contains(u"is not a tenant ID"_s), qPrintable(message->text()));
        QVERIFY(!window.isLoading());

        QCOMPARE(server.faults().add(u"numbers-v2:malformed:times=1"_s), QString());
        tenant->setEditText(server.data().tenants().constLast().id);
        const LoadError error = load(window, [&] { child<QPushButton>(&window, u"loadButton"_s)->click(); });
        QCOMPARE(error.kind, LoadError::Kind::BadData);
        QVERIFY(banner->isVisible());
        QVERIFY(message->text().contains(error.message));
        auto *retry = child<QPushButton>(&window, u"retryButton"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(!window.isComplete());
        QVERIFY2(window.windowTitle().contains(u"incomplete"_s), qPrintable(window.windowTitle()));

        QVERIFY(!load(window, [&] { retry->click(); }).isError());
        QVERIFY(!banner->isVisible());
        QVERIFY(window.isComplete());
        QCOMPARE(window.model()->rowCount(), 300);
        QCOMPARE(child<QLabel>(&window, u"countLabel"_s)->text(), u"300 of 300 numbers shown"_s);

        // Cancel mid-load: what arrived is marked as not the full list.
        QCOMPARE(server.faults().add(u"numbers-v2:drip=20:times=1"_s), QString());
        window.findChild<QAction *>(u"actionLoad"_s)->trigger();
        QTRY_VERIFY(window.isLoading());
        QTest::qWait(100);
        QCOMPARE(load(window, [&] { QTest::keyClick(&window, Qt::Key_Escape); }).kind,
                 LoadError::Kind::Cancelled);
        QVERIFY(message->text().contains(u"not the tenant's full list"_s));
        QVERIFY(child<QLabel>(&window, u"countLabel"_s)->text().contains(u"incomplete"_s));
    }

    void serverTextInTheBannerIsPlainText()
    {
        // Live Platform's problem details, written to look like a page of the application.
        const QByteArray body =
            "{\"type\":\"about:blank\",\"title\":\"<h1>Session expired</h1>\",\"status\":403,"
            "\"detail\":\"<a href=\\\"https://evil.example\\\">Session expired, sign in here</a><h1>\"}";
        FixedAnswerServer livePlatform("HTTP/1.1 403 Forbidden\r\nContent-Type: application/problem+json\r\n"
                                       "Content-Length: " +
                                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                                       body);
        SandboxServer sandbox{SandboxConfig{}};
        QCOMPARE(sandbox.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"html-profiles.ini"_s));
        MemorySecretStore secrets;
        ConnectionProfile profile = appProfile(sandbox, secrets);
        profile.baseUrl = QUrl(u"http://127.0.0.1:%1/tenantui"_s.arg(livePlatform.serverPort()));
        secrets.write(profile.secretKey(), sandbox.config().appClientSecret, [](const QString &) {});
        profiles.save(profile);
        QSettings settings(m_dir.filePath(u"html-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);
        child<QComboBox>(&window, u"tenantCombo"_s)->setEditText(sandbox.data().tenants().constLast().id);
        const LoadError error = load(window, [&] { child<QPushButton>(&window, u"loadButton"_s)->click(); });
        QCOMPARE(error.httpStatus, 403);
        auto *message = child<QLabel>(&window, u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(message->text().contains(
                     u"<a href=\"https://evil.example\">Session expired, sign in here</a><h1>"_s),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(u"<h1>Session expired</h1>"_s));
        QCOMPARE(labelsWithoutTextFormat(window), QStringList());
    }

    void aStoredProfileWithProblemsSignsInToNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        // {port}: a listener that must see no connection.
        QTest::newRow("user-info authority")
            << u"authority"_s << u"http://login.microsoftonline.com@127.0.0.1:{port}"_s
            << u"requests would go to 127.0.0.1"_s;
        QTest::newRow("plain http authority")
            << u"authority"_s << u"http://evil.example"_s << u"Plain http is refused for evil.example"_s;
        QTest::newRow("user-info base URL") << u"baseUrl"_s << u"http://me:pw@127.0.0.1:{port}/tenantui"_s
                                            << u"Base URL: the address holds a user name or password"_s;
    }
    void aStoredProfileWithProblemsSignsInToNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        FixedAnswerServer listener("HTTP/1.1 500 No\r\nContent-Length: 0\r\n\r\n");
        SandboxServer sandbox{SandboxConfig{}};
        QCOMPARE(sandbox.start(), QString());
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        ProfileStore profiles(m_dir.filePath(u"tampered-%1.ini"_s.arg(tag)));
        WatchedSecretStore secrets;
        // The settings file as a tampered or careless hand edit leaves it.
        QJsonObject json = sandboxProfile(sandbox, u"Tampered"_s).toJson();
        json.insert(field, QString(value).replace(u"{port}"_s, QString::number(listener.serverPort())));
        QString error;
        const ConnectionProfile tampered = ConnectionProfile::fromJson(json, &error).value();
        QVERIFY(!tampered.problems().isEmpty());
        secrets.write(tampered.secretKey(), sandbox.config().appClientSecret, [](const QString &) {});
        profiles.save(tampered);
        QSettings settings(m_dir.filePath(u"tampered-window-%1.ini"_s.arg(tag)), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // time enough for a sign-in to start, had one been started

        auto *message = child<QLabel>(&window, u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(message->text().contains(u"\"Tampered\" is not used until it is fixed"_s),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QCOMPARE(secrets.reads, QStringList());
        QCOMPARE(listener.connections, 0);
        QCOMPARE(window.session()->state(), SignInSession::State::SignedOut);
        QVERIFY(!window.session()->hasProfile());
        QVERIFY(!child<QPushButton>(&window, u"loadButton"_s)->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"actionSignIn"_s)->isEnabled());
        // The way out stays open.
        QVERIFY(window.findChild<QAction *>(u"actionEditConnection"_s)->isEnabled());
        QCOMPARE(child<QComboBox>(&window, u"profileCombo"_s)->currentText(), u"Tampered"_s);
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QTest::qWait(100);
        QCOMPARE(secrets.reads, QStringList());
        QCOMPARE(listener.connections, 0);
    }

    void editingTheAddressesRemovesTheStoredSecrets()
    {
        SandboxServer sandbox{SandboxConfig{}};
        QCOMPARE(sandbox.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"moved-profiles.ini"_s));
        WatchedSecretStore secrets;
        const ConnectionProfile original = sandboxProfile(sandbox, u"Lab"_s);
        secrets.write(original.secretKey(), sandbox.config().appClientSecret, [](const QString &) {});
        secrets.write(original.refreshTokenKey(), u"refresh"_s, [](const QString &) {});
        profiles.save(original);
        QSettings settings(m_dir.filePath(u"moved-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.session()->state(), SignInSession::State::SignedIn);

        const QString elsewhere = u"https://lp.elsewhere.example/tenantui"_s;
        QString note;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<QDialog *>(u"ProfileDialog"_s);
            QVERIFY(dialog);
            child<QLineEdit>(dialog, u"baseUrlEdit"_s)->setText(elsewhere);
            auto *addressNote = child<QLabel>(dialog, u"addressNoteLabel"_s);
            note = addressNote->isVisible() ? addressNote->text() : QString();
            QCOMPARE(labelsWithoutTextFormat(*dialog), QStringList());
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        });
        window.findChild<QAction *>(u"actionEditConnection"_s)->trigger();
        QVERIFY2(
            note.contains(u"You changed the base URL. Saving removes the client secret and saved sign-in"_s),
            qPrintable(note));
        QCOMPARE(profiles.load(u"Lab"_s)->baseUrl, QUrl(elsewhere));
        QVERIFY(secrets.stored(original.secretKey()).isEmpty());
        QVERIFY(secrets.stored(original.refreshTokenKey()).isEmpty());
        const QString message = child<QLabel>(&window, u"messageLabel"_s)->text();
        QVERIFY2(message.contains(u"client secret and saved sign-in stored for the old ones were removed"_s),
                 qPrintable(message));
    }

    void copyGuardsFormulasAndOffersTheRawText()
    {
        ProfileStore profiles(m_dir.filePath(u"copy-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"copy-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/tricky-cells.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto store = std::make_unique<NumberStore>();
        QVERIFY(NumberParser::parse(file.readAll(), *store).ok());
        window.setNumbers(std::move(store), u"tricky cells"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableView>(&window, u"tableView"_s);
        for (int column = 0; column < NumberColumnCount; ++column)
            table->horizontalHeader()->showSection(column); // the copy has the columns shown
        table->setFocus();
        table->selectAll();

        QTest::keySequence(table, QKeySequence::Copy);
        const QString guarded = QGuiApplication::clipboard()->text();
        QVERIFY2(guarded.contains(u"\t'=HYPERLINK(\"http://x\")"_s), qPrintable(guarded));
        QVERIFY(guarded.contains(u"\t'@SUM(1)"_s));
        QVERIFY(!guarded.contains(u"\t=HYPERLINK"_s));
        QVERIFY2(guarded.contains(u"\n+18333998785\t"_s) || guarded.contains(u"\n+442074996300\t"_s),
                 qPrintable(guarded)); // E.164 numbers stay numbers

        QTest::keySequence(table, QKeySequence(u"Ctrl+Shift+C"_s));
        const QString raw = QGuiApplication::clipboard()->text();
        QVERIFY2(raw.contains(u"\t=HYPERLINK(\"http://x\")"_s), qPrintable(raw));
        QVERIFY(raw.contains(u"\t@SUM(1)"_s));

        auto *rawAction = window.findChild<QAction *>(u"actionCopyRaw"_s);
        QVERIFY(child<QMenu>(&window, u"menuEdit"_s)->actions().contains(rawAction));
        QGuiApplication::clipboard()->clear();
        rawAction->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), raw);
    }

    void deviceCodeSignInShowsTheCodeToCopy()
    {
        SandboxConfig config;
        config.largeTenantNumbers = 100;
        config.deviceCodeIntervalSeconds = 1;
        SandboxServer server(config);
        QCOMPARE(server.start(), QString());
        ProfileStore profiles(m_dir.filePath(u"device-profiles.ini"_s));
        MemorySecretStore secrets;
        profiles.save(sandboxProfile(server, u"Device"_s, ConnectionProfile::SignIn::DeviceCode));
        QSettings settings(m_dir.filePath(u"device-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QCOMPARE(window.session()->state(),
                 SignInSession::State::SignedOut); // nothing stored: no prompt at start
        child<QPushButton>(&window, u"signInButton"_s)->click();
        QDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = window.findChild<QDialog *>(u"SignInPromptDialog"_s)) && prompt->isVisible());
        const QString code = child<QLineEdit>(prompt, u"codeEdit"_s)->text();
        QVERIFY(!code.isEmpty());
        child<QPushButton>(prompt, u"copyCodeButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), code);
        QUrl page(child<QLineEdit>(prompt, u"urlEdit"_s)->text());
        page.setQuery(u"user_code="_s + code + u"&action=approve"_s);
        TestHttp http;
        QCOMPARE(http.get(page).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SignInSession::State::SignedIn, 15000);
        QVERIFY(!prompt->isVisible());
        QVERIFY(child<QLabel>(&window, u"identityLabel"_s)->text().startsWith(u"Sandbox Support Engineer"_s));
    }

    void helpAndAboutOpen()
    {
        ProfileStore profiles(m_dir.filePath(u"help-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"help-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        // Each Help entry opens the user guide (not the README) at the section it names.
        const QList<std::pair<QString, QString>> entries = {
            {u"actionHelpContents"_s, u"OC Numbers"_s},
            {u"actionHelpConnecting"_s, u"Connecting to Live Platform"_s},
            {u"actionHelpShortcuts"_s, u"Keyboard shortcuts"_s}};
        for (const auto &[action, section] : entries) {
            window.findChild<QAction *>(action)->trigger();
            auto *help = window.findChild<QDialog *>(u"helpViewer"_s);
            QVERIFY(help && help->isVisible());
            auto *text = child<QTextBrowser>(help, u"helpText"_s);
            QVERIFY(text->toPlainText().startsWith(u"OC Numbers user guide"_s));
            QVERIFY(!text->toPlainText().contains(u"Quick start"_s)); // the README's
            const QTextBlock block = text->textCursor().block();
            QVERIFY2(block.blockFormat().headingLevel() > 0 && block.text().startsWith(section),
                     qPrintable(action + u": "_s + block.text()));
            // Every image the guide shows is built in and loads.
            int images = 0;
            for (QTextBlock b = text->document()->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (!format.isImageFormat())
                        continue;
                    ++images;
                    const QString name = format.toImageFormat().name();
                    QVERIFY2(!HelpViewer::image(*text->document(), name).isNull(), qPrintable(name));
                }
            }
            QVERIFY(images >= 3);
            help->close();
            delete help; // closed viewers delete themselves later; the next lookup finds the new one
        }
        // The guide is for users: no build, test or packaging commands.
        QFile guide(u":/doc/docs/user-guide.md"_s);
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(guide.readAll());
        const QRegularExpression developerCommands(
            u"\\b(cmake|ctest|cpack|apt|apt-get|dpkg)\\b|scripts/|\\./(run|test)\\.sh|build/"_s);
        const QRegularExpressionMatch found = developerCommands.match(markdown);
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));

        bool shown = false;
        QTimer::singleShot(0, &window, [&] {
            auto *about = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(about);
            shown =
                child<QLabel>(about, u"versionLabel"_s)->text().contains(QStringLiteral(OCNUMBERS_VERSION)) &&
                child<QTextBrowser>(about, u"licencesText"_s)->toPlainText().contains(u"simdjson"_s);
            about->reject();
        });
        window.findChild<QAction *>(u"actionAbout"_s)->trigger();
        QVERIFY(shown);
    }

    void signOutForgetsTheSavedSignIn()
    {
        ProfileStore profiles(m_dir.filePath(u"signout-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"signout-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.show();
        QVERIFY(!load(window, [&] { window.startDemo(200); }).isError());
        auto *signOut = child<QPushButton>(&window, u"signOutButton"_s);
        QVERIFY(signOut->isVisible());
        signOut->click();
        QCOMPARE(window.session()->state(), SignInSession::State::SignedOut);
        QVERIFY(child<QPushButton>(&window, u"signInButton"_s)->isVisible());
        QCOMPARE(child<QLabel>(&window, u"identityLabel"_s)->text(), u"Not signed in"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
