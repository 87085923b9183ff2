// What the parser noticed in a load is not dropped: the status bar says "N warnings" and lists them
// (record, number, field, what was wrong), for a v2 list and for v3 pages alike, and forgets them when the
// next load starts.
#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "core/numberstore.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// A loopback Live Platform whose answer (a JSON body) the test chooses for each request's target.
class JsonServer final : public QTcpServer {
public:
    explicit JsonServer(std::function<QByteArray(const QUrl &target)> answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->peek(socket->bytesAvailable());
                    if (!head.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QUrl target(QString::fromLatin1(head.split(' ').value(1)));
                    const QByteArray body = m_answer(target);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

private:
    std::function<QByteArray(const QUrl &)> m_answer;
};

const QString Tenant = u"7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c"_s;

} // namespace

class TestParseWarnings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxServer m_sandbox{SandboxConfig{}};

    // A window signed in to the sandbox's Entra, its Live Platform at livePlatform.
    std::unique_ptr<MainWindow> window(const QString &name, const JsonServer &livePlatform, bool paged,
                                       ProfileStore &profiles, MemorySecretStore &secrets,
                                       QSettings &settings)
    {
        ConnectionProfile profile = sandboxProfile(m_sandbox, name);
        profile.baseUrl = QUrl(u"http://127.0.0.1:%1/tenantui"_s.arg(livePlatform.serverPort()));
        profile.paged = paged;
        profile.pageSize = 2;
        secrets.write(profile.secretKey(), m_sandbox.config().appClientSecret, [](const QString &) {});
        profiles.save(profile);
        auto result = std::make_unique<MainWindow>(&profiles, &secrets, &settings);
        result->show();
        if (!QTest::qWaitForWindowExposed(result.get()))
            qFatal("the window did not show");
        return result;
    }

    static LoadError load(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        child<QComboBox>(&window, u"tenantCombo"_s)->setEditText(Tenant);
        child<QPushButton>(&window, u"loadButton"_s)->click();
        if (loaded.isEmpty() && !loaded.wait(30000))
            qFatal("the load did not finish");
        return loaded.at(0).at(0).value<LoadError>();
    }

    static QStringList row(const QTableWidget *table, int row)
    {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        return cells;
    }

private slots:
    void initTestCase() { QCOMPARE(m_sandbox.start(), QString()); }

    void aV2ListsWarningsAreListedAndResetByTheNextLoad()
    {
        bool odd = true;
        JsonServer livePlatform([&odd](const QUrl &) -> QByteArray {
            if (!odd)
                return "[{\"telephoneNumber\":\"+4930123\",\"isoCountryCode\":\"DE\"}]";
            return "[{\"telephoneNumber\":\"+4930123\",\"isoCountryCode\":\"DE\"},"
                   "{\"id\":2,\"isoCountryCode\":\"DE\"},"
                   "{\"telephoneNumber\":\"+4930125\",\"isoCountryCode\":42}]";
        });
        ProfileStore profiles(m_dir.filePath(u"v2-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"v2-window.ini"_s), QSettings::IniFormat);
        const auto main = window(u"Odd v2"_s, livePlatform, false, profiles, secrets, settings);
        QAbstractItemModelTester tester(main->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(main->session()->state(), SignInSession::State::SignedIn);
        auto *button = child<QToolButton>(main.get(), u"warningsButton"_s);
        QVERIFY(!button->isVisible());

        const LoadError error = load(*main);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(main->model()->totalCount(), std::size_t(3)); // odd records are kept
        QVERIFY(button->isVisible());
        QVERIFY2(button->text().startsWith(u"2 warning"_s),
                 qPrintable(button->text())); // "warning(s)" without the English plurals

        button->click();
        auto *dialog = main->findChild<QDialog *>(u"parseWarningsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = child<QTableWidget>(dialog, u"warningsTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(row(table, 0).mid(0, 3), (QStringList{u"1"_s, QString(), u"telephoneNumber"_s}));
        QVERIFY2(row(table, 0).at(3).contains(u"no telephoneNumber"_s), qPrintable(row(table, 0).at(3)));
        QCOMPARE(row(table, 1).mid(0, 3), (QStringList{u"2"_s, u"+4930125"_s, u"isoCountryCode"_s}));
        QVERIFY(row(table, 1).at(3).contains(u"an integer"_s));

        QGuiApplication::clipboard()->clear();
        child<QPushButton>(dialog, u"copyButton"_s)->click();
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"Record\tNumber\tField\tWhat was wrong"_s);
        QVERIFY2(lines.at(2).startsWith(u"2\t+4930125\tisoCountryCode\t"_s), qPrintable(lines.at(2)));
        dialog->close();

        // The next load starts from none.
        odd = false;
        QVERIFY(!load(*main).isError());
        QCOMPARE(main->model()->totalCount(), std::size_t(1));
        QVERIFY(!button->isVisible());
    }

    void aV3PagesWarningsNameTheRecordInTheList()
    {
        // Pages of two: page 2's first record (the third of the list) has a country of the wrong type.
        JsonServer livePlatform([](const QUrl &target) -> QByteArray {
            const int page = QUrlQuery(target).queryItemValue(u"pageNumber"_s).toInt();
            const QByteArray envelope = "{\"currentPage\":" + QByteArray::number(page) +
                                        ",\"pageSize\":2,\"totalPages\":2,\"totalRecords\":3,\"data\":";
            if (page == 2)
                return envelope + "[{\"telephoneNumber\":\"+4930127\",\"isoCountryCode\":[1]}]}";
            return envelope + "[{\"telephoneNumber\":\"+4930125\"},{\"telephoneNumber\":\"+4930126\"}]}";
        });
        ProfileStore profiles(m_dir.filePath(u"v3-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(u"v3-window.ini"_s), QSettings::IniFormat);
        const auto main = window(u"Odd v3"_s, livePlatform, true, profiles, secrets, settings);
        QTRY_COMPARE(main->session()->state(), SignInSession::State::SignedIn);
        const LoadError error = load(*main);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(main->model()->totalCount(), std::size_t(3));
        auto *button = child<QToolButton>(main.get(), u"warningsButton"_s);
        QVERIFY2(button->text().startsWith(u"1 warning"_s), qPrintable(button->text()));
        button->click();
        auto *table = child<QTableWidget>(main.get(), u"warningsTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(row(table, 0).mid(0, 3), (QStringList{u"2"_s, u"+4930127"_s, u"isoCountryCode"_s}));

        // Numbers shown from elsewhere have no warnings of a load.
        main->setNumbers(std::make_unique<NumberStore>(), u"test"_s);
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestParseWarnings)
#include "tst_parsewarnings.moc"
