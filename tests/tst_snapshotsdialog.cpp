#include "core/input/numbersfilejob.h"
#include "core/numberparser.h"
#include "core/snapshots/snapshotsettings.h"
#include "core/snapshots/snapshotstore.h"
#include "gui/snapshotsaver.h"
#include "gui/snapshotsdialog.h"
#include "support/findchild.h"
#include "support/generatedstore.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

SnapshotInfo infoFor(const QString &connection, const QString &tenant, int minute)
{
    SnapshotInfo info;
    info.connectionName = connection;
    info.host = u"lp.example.net"_s;
    info.tenantId = tenant;
    info.customerName = u"<b>Customer</b> "_s + tenant;
    info.apiVersion = u"v2"_s;
    info.savedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(minute * 60);
    return info;
}

// Answers the next modal dialog (a message box or file dialog opened by a click) once it shows.
void answerNextModal(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

QModelIndex at(const QTreeView *tree, std::initializer_list<int> rows)
{
    QModelIndex index;
    for (const int row : rows)
        index = tree->model()->index(row, 0, index);
    return index;
}

void select(QTreeView *tree, const QModelIndex &index)
{
    tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

class TestSnapshotsDialog final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(u"snapshots"_s);
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_numbers = generatedStore(300);
    }

    void listsSnapshotsByConnectionAndTenant()
    {
        saveSamples();
        SnapshotsDialog dialog(m_root, m_settings.get());
        QCOMPARE(dialog.objectName(), u"snapshotsDialog"_s);
        dialog.show();
        auto *tree = child<QTreeView>(dialog, u"snapshotTree"_s);
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tree->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"snapshotsEmptyLabel"_s)->isVisible());

        const QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(at(tree, {0}).data().toString(), u"lab/ünï"_s);
        QCOMPARE(at(tree, {1}).data().toString(), u"prod"_s);
        QCOMPARE(model->rowCount(at(tree, {1})), 2);
        QCOMPARE(at(tree, {1, 0}).data().toString(), u"t1 — <b>Customer</b> t1"_s);
        QCOMPARE(model->rowCount(at(tree, {1, 0})), 2);
        QCOMPARE(model->rowCount(at(tree, {1, 1})), 1);
        // Newest first, in local time, with count, API version and size.
        const QModelIndex newest = at(tree, {1, 0, 0});
        const QDateTime newestTime = infoFor(u"prod"_s, u"t1"_s, 3).savedAt.toLocalTime();
        QCOMPARE(newest.data().toString(), newestTime.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(newest.siblingAtColumn(1).data().toString(), QLocale().toString(300));
        QCOMPARE(newest.siblingAtColumn(2).data().toString(), u"v2"_s);
        QVERIFY(!newest.siblingAtColumn(3).data().toString().isEmpty());
        QVERIFY(!child<QLabel>(dialog, u"snapshotsTotalLabel"_s)->text().isEmpty());

        // Nothing selected: nothing to do.
        QVERIFY(!child<QPushButton>(dialog, u"openSnapshotButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"deleteSnapshotButton"_s)->isEnabled());
        // A tenant selected stands for its snapshots: delete, but not open.
        select(tree, at(tree, {1, 0}));
        QCOMPARE(dialog.selectedPaths().size(), 2);
        QVERIFY(!child<QPushButton>(dialog, u"openSnapshotButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(dialog, u"deleteSnapshotButton"_s)->isEnabled());

        // A snapshot saved meanwhile shows after refresh().
        QCOMPARE(SnapshotStore(m_root).save(*m_numbers, infoFor(u"prod"_s, u"t3"_s, 9), m_limits), QString());
        dialog.refresh();
        QCOMPARE(tree->model()->rowCount(at(tree, {1})), 3);
        QCOMPARE(dialog.selectedPaths().size(), 2);
    }

    void showsAnEmptyStateAndUnreadableFiles()
    {
        SnapshotsDialog dialog(m_root, m_settings.get());
        dialog.show();
        QVERIFY(child<QLabel>(dialog, u"snapshotsEmptyLabel"_s)->isVisible());
        QVERIFY(!child<QTreeView>(dialog, u"snapshotTree"_s)->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"snapshotsProblemsLabel"_s)->isVisible());

        QVERIFY(QDir().mkpath(m_root));
        QFile garbage(m_root + u"/garbage.ocsnap"_s);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("garbage");
        garbage.close();
        dialog.refresh();
        QVERIFY(child<QLabel>(dialog, u"snapshotsProblemsLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"snapshotsEmptyLabel"_s)->isVisible());
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void openEmitsThePathAndCloses()
    {
        saveSamples();
        SnapshotsDialog dialog(m_root, m_settings.get());
        dialog.show();
        auto *tree = child<QTreeView>(dialog, u"snapshotTree"_s);
        select(tree, at(tree, {1, 0, 1}));
        const QString path = dialog.selectedPaths().value(0);
        QVERIFY(path.endsWith(u".ocsnap"_s));
        QSignalSpy opened(&dialog, &SnapshotsDialog::openRequested);
        auto *open = child<QPushButton>(dialog, u"openSnapshotButton"_s);
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.front().front().toString(), path);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void deleteRemovesTheSelectedFilesAfterConfirmation()
    {
        saveSamples();
        SnapshotsDialog dialog(m_root, m_settings.get());
        dialog.show();
        auto *tree = child<QTreeView>(dialog, u"snapshotTree"_s);
        select(tree, at(tree, {1, 0, 0}));
        select(tree, at(tree, {0, 0, 0}));
        const QStringList paths = dialog.selectedPaths();
        QCOMPARE(paths.size(), 2);
        auto *remove = child<QPushButton>(dialog, u"deleteSnapshotButton"_s);

        answerNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box && box->objectName() == u"deleteSnapshotsBox"_s);
            box->button(QMessageBox::No)->click();
        });
        remove->click();
        QVERIFY(QFile::exists(paths[0]) && QFile::exists(paths[1]));

        answerNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box && box->objectName() == u"deleteSnapshotsBox"_s);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            box->button(QMessageBox::Yes)->click();
        });
        remove->click();
        QVERIFY(!QFile::exists(paths[0]));
        QVERIFY(!QFile::exists(paths[1]));
        QCOMPARE(SnapshotStore(m_root).list().size(), std::size_t(2));
        // The connection left without snapshots is gone from the tree.
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(at(tree, {0}).data().toString(), u"prod"_s);
    }

    void exportWritesAListTheParserReadsBack()
    {
        saveSamples();
        SnapshotsDialog dialog(m_root, m_settings.get());
        dialog.show();
        auto *tree = child<QTreeView>(dialog, u"snapshotTree"_s);
        select(tree, at(tree, {1, 1, 0}));
        const QString target = m_dir->filePath(u"exported.json"_s);
        answerNextModal([target](QWidget *modal) {
            auto *files = qobject_cast<QFileDialog *>(modal);
            QVERIFY(files);
            files->selectFile(target);
            static_cast<QDialog *>(files)->accept();
        });
        child<QPushButton>(dialog, u"exportSnapshotButton"_s)->click();
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        NumberStore read;
        QVERIFY(NumberParser::parse(file.readAll(), read).ok());
        QCOMPARE(read.size(), m_numbers->size());
        for (std::size_t row = 0; row < read.size(); ++row)
            QCOMPARE(read.rawJson(row), m_numbers->rawJson(row));
    }

    void settingsPersist()
    {
        {
            SnapshotsDialog dialog(m_root, m_settings.get());
            auto *keep = child<QCheckBox>(dialog, u"keepSnapshotsCheck"_s);
            auto *perTenant = child<QSpinBox>(dialog, u"snapshotsPerTenantSpin"_s);
            auto *maxSize = child<QSpinBox>(dialog, u"snapshotsMaxSizeSpin"_s);
            QVERIFY(keep->isChecked());
            QCOMPARE(perTenant->value(), 10);
            QCOMPARE(maxSize->value(), 2048);
            QCOMPARE(perTenant->minimum(), 1);
            QCOMPARE(perTenant->maximum(), 1000);
            QSignalSpy changed(&dialog, &SnapshotsDialog::settingsChanged);
            keep->setChecked(false);
            perTenant->setValue(4);
            maxSize->setValue(300);
            QCOMPARE(changed.size(), 3);
        }
        const SnapshotSettings stored = SnapshotSettings::load(*m_settings);
        QCOMPARE(stored, (SnapshotSettings{false, 4, 300}));
        SnapshotsDialog reopened(m_root, m_settings.get());
        QVERIFY(!child<QCheckBox>(reopened, u"keepSnapshotsCheck"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(reopened, u"snapshotsPerTenantSpin"_s)->value(), 4);
        QCOMPARE(child<QSpinBox>(reopened, u"snapshotsMaxSizeSpin"_s)->value(), 300);
    }

    void theSaverWritesOnAWorkerInOrder()
    {
        SnapshotSaver saver(m_root);
        QSignalSpy saved(&saver, &SnapshotSaver::saved);
        QSignalSpy failed(&saver, &SnapshotSaver::failed);
        std::shared_ptr<const NumberStore> numbers = m_numbers;
        for (int minute = 0; minute < 4; ++minute)
            saver.save(numbers, infoFor(u"prod"_s, u"t1"_s, minute), {2, qint64(1) << 30});
        QCOMPARE(saver.pending(), 4);
        QTRY_COMPARE(saved.size(), 4);
        QCOMPARE(saver.pending(), 0);
        QCOMPARE(failed.size(), 0);
        for (const QList<QVariant> &arguments : saved)
            QVERIFY(arguments.front().toString().startsWith(m_root));
        QCOMPARE(SnapshotStore(m_root).list().size(), std::size_t(2));

        QFile blocker(m_dir->filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SnapshotSaver broken(m_dir->filePath(u"file/snapshots"_s));
        QSignalSpy brokenFailed(&broken, &SnapshotSaver::failed);
        broken.save(numbers, infoFor(u"prod"_s, u"t1"_s, 0), {2, qint64(1) << 30});
        QVERIFY(brokenFailed.wait());
        QVERIFY(brokenFailed.front().front().toString().startsWith(u"Cannot create the snapshot folder"_s));
    }

    // The window opens a snapshot as any saved response, on a worker: the numbers and what it says of itself.
    void aSnapshotOpensAsASavedResponse()
    {
        saveSamples();
        const std::vector<SnapshotInfo> listed = SnapshotStore(m_root).list();
        NumbersFileJob job(listed.back().path);
        QSignalSpy finished(&job, &NumbersFileJob::finished);
        job.start();
        QVERIFY(finished.wait());
        QCOMPARE(job.outcome(), NumbersFileReader::Outcome::Read);
        QCOMPARE(job.errorText(), QString());
        QVERIFY(job.snapshot().has_value());
        QCOMPARE(*job.snapshot(), listed.back());
        const std::shared_ptr<NumberStore> store = job.store();
        QVERIFY(store);
        QCOMPARE(store->size(), m_numbers->size());
        for (std::size_t row = 0; row < store->size(); ++row)
            QCOMPARE(store->rawJson(row), m_numbers->rawJson(row));

        QFile damaged(listed.front().path);
        QVERIFY(damaged.resize(damaged.size() - 1));
        NumbersFileJob broken(listed.front().path);
        QSignalSpy brokenFinished(&broken, &NumbersFileJob::finished);
        broken.start();
        QVERIFY(brokenFinished.wait());
        QCOMPARE(broken.outcome(), NumbersFileReader::Outcome::BadSnapshot);
        QVERIFY2(broken.errorText().contains(u"the snapshot is truncated"_s), qPrintable(broken.errorText()));
        QVERIFY(broken.errorText().contains(listed.front().path));
        QVERIFY(!broken.store());
    }

private:
    void saveSamples()
    {
        SnapshotStore store(m_root);
        QCOMPARE(store.save(*m_numbers, infoFor(u"prod"_s, u"t1"_s, 1), m_limits), QString());
        QCOMPARE(store.save(*m_numbers, infoFor(u"prod"_s, u"t1"_s, 3), m_limits), QString());
        QCOMPARE(store.save(*m_numbers, infoFor(u"prod"_s, u"t2"_s, 2), m_limits), QString());
        QCOMPARE(store.save(*m_numbers, infoFor(u"lab/ünï"_s, u"t1"_s, 4), m_limits), QString());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<QSettings> m_settings;
    std::shared_ptr<NumberStore> m_numbers;
    SnapshotLimits m_limits{10, qint64(1) << 30};
};

QTEST_MAIN(TestSnapshotsDialog)
#include "tst_snapshotsdialog.moc"
