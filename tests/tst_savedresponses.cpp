#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberchangesmodel.h"
#include "core/models/numberstablemodel.h"
#include "core/snapshots/snapshotfile.h"
#include "core/snapshots/snapshotsettings.h"
#include "core/snapshots/snapshotstore.h"
#include "gui/changeswindow.h"
#include "gui/comparedialog.h"
#include "gui/mainwindow.h"
#include "gui/snapshotsdialog.h"
#include "support/findchild.h"
#include "support/sandboxprofile.h"
#include "support/testdata.h"
#include "support/testsandbox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A window with its own settings, no connection, and its model checked throughout.
struct TestWindow final {
    explicit TestWindow(const QString &folder)
        : profiles(folder + u"/profiles.ini"_s)
        , settings(folder + u"/window.ini"_s, QSettings::IniFormat)
        , window(&profiles, &secrets, &settings)
        , tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        window.resize(1000, 600);
        window.show();
    }

    // Opens path as File › Open does, and returns the window's message (empty: opened).
    QString open(const QString &path, const QString &goToNumber = {})
    {
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.openFile(path, goToNumber);
        if (opened.isEmpty() && !opened.wait(30000))
            qFatal("the file was not opened");
        return opened.at(0).at(0).toString();
    }

    QString currentNumber() const
    {
        const QModelIndex current = child<QTableView>(&window, u"tableView"_s)->currentIndex();
        return current.isValid() ? window.model()->index(current.row(), 0).data().toString() : QString();
    }

    ProfileStore profiles;
    MemorySecretStore secrets;
    QSettings settings;
    MainWindow window;
    QAbstractItemModelTester tester;
};

LoadError loadTenant(MainWindow &window, const QString &tenant)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    child<QComboBox>(&window, u"tenantCombo"_s)->setEditText(tenant);
    if (!QTest::qWaitFor([&] { return window.session()->state() == SignInSession::State::SignedIn; }, 30000))
        qFatal("not signed in");
    child<QAbstractButton>(&window, u"loadButton"_s)->click();
    if (loaded.isEmpty() && !loaded.wait(60000))
        qFatal("the load did not finish");
    return loaded.at(0).at(0).value<LoadError>();
}

} // namespace

class TestSavedResponses final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    QString folder(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }

private slots:
    void opensEachShapeReadOnlyAndSaysSo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("v2 list") << u"vendor-v2-list.json"_s << 2;
        QTest::newRow("v3 page") << u"v3-page.json"_s << -1;
        QTest::newRow("single number") << u"vendor-v2-single-number.json"_s << 1;
    }
    void opensEachShapeReadOnlyAndSaysSo()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        TestWindow test(folder(u"shape-"_s + file));
        const QString path = write(file, readData(file));
        QCOMPARE(test.open(path), QString());
        QVERIFY(test.window.model()->totalCount() > 0);
        if (count > 0)
            QCOMPARE(int(test.window.model()->totalCount()), count);
        QVERIFY(test.window.isComplete());
        QVERIFY(test.window.shownFile().has_value());
        QCOMPARE(test.window.shownFile()->path, QFileInfo(path).absoluteFilePath());
        // Marked as a file, with its name and time, in the title and the status bar.
        QVERIFY2(test.window.windowTitle().contains(file), qPrintable(test.window.windowTitle()));
        QVERIFY(test.window.windowTitle().contains(u"read-only"_s));
        auto *source = child<QLabel>(&test.window, u"sourceLabel"_s);
        QVERIFY(source->isVisible());
        QVERIFY(source->text().contains(file));
        QVERIFY(source->text().contains(u"read-only"_s));
        QCOMPARE(source->textFormat(), Qt::PlainText);
        QVERIFY(!test.currentNumber().isEmpty());
    }

    void aBadFileChangesNothingAndSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray list = readData(u"vendor-v2-list.json"_s);
        QTest::newRow("truncated") << list.left(list.size() / 2) << u"line"_s;
        QTest::newRow("not json") << QByteArray("<html>Sign in</html>") << u"line 1"_s;
        QTest::newRow("an object") << QByteArray("{\"message\": \"Unauthorized\"}") << u"is not"_s;
    }
    void aBadFileChangesNothingAndSaysWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        TestWindow test(folder(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const QString good = write(u"good.json"_s, readData(u"vendor-v2-list.json"_s));
        QCOMPARE(test.open(good), QString());
        const QString title = test.window.windowTitle();

        const QString bad = write(u"bad.json"_s, content);
        const QString error = test.open(bad);
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        // What was shown stays, as complete as it was; the bad file is not taken for it.
        QCOMPARE(int(test.window.model()->totalCount()), 2);
        QCOMPARE(test.window.shownFile()->path, QFileInfo(good).absoluteFilePath());
        QCOMPARE(test.window.windowTitle(), title);
    }

    void aMissingFileIsNamed()
    {
        TestWindow test(folder(u"missing"_s));
        const QString path = m_dir.filePath(u"nowhere/numbers.json"_s);
        const QString error = test.open(path);
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(!test.window.shownFile());
        QCOMPARE(int(test.window.model()->totalCount()), 0);
    }

    void goesToTheNumberAskedFor()
    {
        TestWindow test(folder(u"goto"_s));
        const QString path = write(u"goto.json"_s, readData(u"vendor-v2-list.json"_s));
        QCOMPARE(test.open(path, u"+18333998785"_s), QString());
        QCOMPARE(test.currentNumber(), u"+18333998785"_s);
    }

    void opensADroppedFile()
    {
        TestWindow test(folder(u"drop"_s));
        const QString path = write(u"dropped.json"_s, readData(u"vendor-v2-list.json"_s));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        auto *table = child<QTableView>(&test.window, u"tableView"_s);
        const QPoint where = table->viewport()->rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&test.window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(&test.window, &MainWindow::fileOpened);
        QDropEvent drop(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&test.window, &drop);
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.at(0).at(0).toString(), QString());
        QCOMPARE(int(test.window.model()->totalCount()), 2);

        // Two files at once are not taken.
        QMimeData two;
        two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
        QDragEnterEvent enterTwo(where, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
        enterTwo.ignore();
        QApplication::sendEvent(&test.window, &enterTwo);
        QVERIFY(!enterTwo.isAccepted());
    }

    // A load is kept as a snapshot (its connection, host, tenant, count; no token), the snapshot opens in
    // the window marked as such, and comparing the load with it finds nothing changed.
    void keepsEachLoadAsASnapshotAndComparesWithIt()
    {
        auto server = startTestSandbox(300);
        const QString dir = folder(u"snapshot-load"_s);
        ProfileStore profiles(dir + u"/profiles.ini"_s);
        MemorySecretStore secrets;
        ConnectionProfile profile = sandboxProfile(*server, u"Lab / Operator \"A\""_s);
        secrets.write(profile.secretKey(), server->config().appClientSecret, [](const QString &) {});
        profiles.save(profile);
        QSettings settings(dir + u"/window.ini"_s, QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QDir(window.snapshotFolder()).removeRecursively();
        const QString tenant = server->data().tenants().constLast().id;

        QSignalSpy kept(&window, &MainWindow::snapshotSaved);
        QVERIFY(!loadTenant(window, tenant).isError());
        QVERIFY(kept.wait(30000));
        const QString path = kept.at(0).at(0).toString();
        QCOMPARE(kept.at(0).at(1).toString(), QString());
        QString error;
        const auto info = SnapshotFile::readInfo(path, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->connectionName, profile.name);
        QCOMPARE(info->host, server->baseUrl().host());
        QCOMPARE(info->tenantId, tenant);
        QCOMPARE(info->apiVersion, u"v2"_s);
        QCOMPARE(qulonglong(info->recordCount), qulonglong(window.model()->totalCount()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(server->config().appClientSecret.toUtf8()));
        QVERIFY(!bytes.contains("eyJ")); // no JWT
        QVERIFY(!bytes.contains("Bearer"));

        // Compared with the load it keeps: nothing changed.
        QSignalSpy compared(&window, &MainWindow::comparisonOpened);
        window.compare({u"snapshot"_s, path}, {u"shown"_s, {}});
        QVERIFY(compared.wait(30000));
        auto *changes = compared.at(0).at(0).value<ChangesWindow *>();
        QVERIFY(changes);
        QTRY_VERIFY_WITH_TIMEOUT(!changes->isComparing(), 30000);
        QCOMPARE(changes->model()->rowCount(), 0);

        // Opened from File › Snapshots…, it is marked as a snapshot.
        window.showSnapshots();
        auto *dialog = child<SnapshotsDialog>(&window, u"snapshotsDialog"_s);
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        emit dialog->openRequested(path);
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.at(0).at(0).toString(), QString());
        QVERIFY(window.shownFile() && window.shownFile()->snapshot);
        QVERIFY2(window.windowTitle().contains(u"snapshot"_s), qPrintable(window.windowTitle()));
        QCOMPARE(qulonglong(window.model()->totalCount()), qulonglong(info->recordCount));

        // With snapshots turned off, a load keeps none.
        SnapshotSettings off;
        off.enabled = false;
        off.save(settings);
        kept.clear();
        QVERIFY(!loadTenant(window, tenant).isError());
        QSignalSpy none(&window, &MainWindow::snapshotSaved);
        QVERIFY(!none.wait(500)); // nothing is queued: a save would have been asked for synchronously
        QCOMPARE(SnapshotStore(window.snapshotFolder()).list().size(), std::size_t(1));
    }

    // Two files compared: the changes are listed, and double-clicking goes to the number in its load.
    void comparesTwoFilesAndGoesToTheirNumbers()
    {
        TestWindow test(folder(u"compare"_s));
        const QByteArray list = readData(u"vendor-v2-list.json"_s);
        QJsonArray before = QJsonDocument::fromJson(list).array();
        QJsonArray after = before;
        QJsonObject changed = after.at(0).toObject();
        changed[u"assignmentStatus"_s] = u"Assigned"_s;
        after[0] = changed;
        const QString removed = after.at(1).toObject().value(u"telephoneNumber"_s).toString();
        after.removeAt(1);
        const QString beforePath = write(u"before.json"_s, QJsonDocument(before).toJson());
        const QString afterPath = write(u"after.json"_s, QJsonDocument(after).toJson());
        QCOMPARE(test.open(afterPath), QString());

        QSignalSpy compared(&test.window, &MainWindow::comparisonOpened);
        test.window.compare({u"before"_s, beforePath}, {u"shown"_s, {}});
        QVERIFY(compared.wait(30000));
        auto *changes = compared.at(0).at(0).value<ChangesWindow *>();
        QTRY_VERIFY_WITH_TIMEOUT(!changes->isComparing(), 30000);
        QCOMPARE(changes->model()->rowCount(), 2); // one removed number, one changed field

        // The changed number is in the load shown; the removed one in the file before, which opens.
        const QString number = changed.value(u"telephoneNumber"_s).toString();
        emit changes->numberActivated(number, true);
        QCOMPARE(test.currentNumber(), number);
        QSignalSpy opened(&test.window, &MainWindow::fileOpened);
        emit changes->numberActivated(removed, false);
        QVERIFY(opened.wait(30000));
        QCOMPARE(test.window.shownFile()->path, QFileInfo(beforePath).absoluteFilePath());
        QCOMPARE(test.currentNumber(), removed);

        // A side that cannot be read compares nothing and says which.
        compared.clear();
        const QString bad = write(u"bad-side.json"_s, "[{");
        test.window.compare({u"bad"_s, bad}, {u"shown"_s, {}});
        QVERIFY(compared.wait(30000));
        QVERIFY(!compared.at(0).at(0).value<ChangesWindow *>());
        QVERIFY(compared.at(0).at(1).toString().contains(QDir::toNativeSeparators(bad)));
    }

    // File › Compare… offers the numbers shown as "after" and the tenant's previous snapshot as "before".
    void theCompareDialogOffersTheShownNumbersAndSnapshots()
    {
        TestWindow test(folder(u"compare-dialog"_s));
        QDir(test.window.snapshotFolder()).removeRecursively(); // no snapshot of an earlier test
        QCOMPARE(test.open(write(u"shown.json"_s, readData(u"vendor-v2-list.json"_s))), QString());
        test.window.compare();
        auto *dialog = child<CompareDialog>(&test.window, u"compareDialog"_s);
        QVERIFY(dialog->after().isShown());
        auto *ok = child<QDialogButtonBox>(dialog, u"compareButtons"_s)->button(QDialogButtonBox::Ok);
        // Nothing else to compare with yet: both sides are the same, and the dialog says so.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"compareProblem"_s)->text().isEmpty());
        const QString other = write(u"other.json"_s, readData(u"vendor-v2-single-number.json"_s));
        dialog->chooseFile(child<QComboBox>(dialog, u"oldSourceCombo"_s), other);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->before().path, QFileInfo(other).absoluteFilePath());
        QSignalSpy compared(&test.window, &MainWindow::comparisonOpened);
        ok->click();
        QVERIFY(compared.wait(30000));
        QVERIFY(compared.at(0).at(0).value<ChangesWindow *>());
    }

    void theCommandLineRefusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two files") << QStringList{u"a.json"_s, u"b.json"_s} << u"one file"_s;
        QTest::newRow("file and demo") << QStringList{u"a.json"_s, u"--demo"_s} << u"cannot be combined"_s;
        QTest::newRow("file and tenant")
            << QStringList{u"a.json"_s, u"--tenant"_s, u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s}
            << u"cannot be combined"_s;
    }
    void theCommandLineRefusesWhatItCannotOpen()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, folder(u"cli-config"_s));
        environment.insert(u"OCNUMBERS_PROFILES_FILE"_s, m_dir.filePath(u"cli-config/profiles.ini"_s));
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(OCNUMBERS_APP), arguments);
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(window.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_MAIN(TestSavedResponses)
#include "tst_savedresponses.moc"
