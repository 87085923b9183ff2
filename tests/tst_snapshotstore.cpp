#include "core/snapshots/snapshotsettings.h"
#include "core/snapshots/snapshotstore.h"
#include "support/generatedstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SnapshotInfo infoFor(const QString &connection, const QString &tenant, int minute)
{
    SnapshotInfo info;
    info.connectionName = connection;
    info.host = u"lp.example.net"_s;
    info.tenantId = tenant;
    info.customerName = u"Customer of "_s + tenant;
    info.apiVersion = u"v3"_s;
    info.savedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(minute * 60);
    return info;
}

QList<int> minutesOf(const std::vector<SnapshotInfo> &snapshots, const QString &connection,
                     const QString &tenant)
{
    const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QList<int> minutes;
    for (const SnapshotInfo &info : snapshots) {
        if (info.connectionName == connection && info.tenantId == tenant)
            minutes.append(int(start.secsTo(info.savedAt) / 60));
    }
    return minutes;
}

SnapshotLimits limits(int perTenant, qint64 maxTotalBytes = qint64(1) << 40)
{
    return {perTenant, maxTotalBytes};
}

} // namespace

class TestSnapshotStore final : public QObject {
    Q_OBJECT

private slots:
    void keepsTheNewestPerTenant()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.filePath(u"snapshots"_s));
        const auto store = generatedStore(100);
        for (const int minute : {1, 5, 2, 4, 3}) {
            QString path;
            QCOMPARE(snapshots.save(*store, infoFor(u"prod"_s, u"t1"_s, minute), limits(10), &path),
                     QString());
            QVERIFY(QFile::exists(path));
        }
        QCOMPARE(snapshots.save(*store, infoFor(u"prod"_s, u"t2"_s, 0), limits(10)), QString());
        QCOMPARE(minutesOf(snapshots.list(), u"prod"_s, u"t1"_s), QList<int>({5, 4, 3, 2, 1}));

        QCOMPARE(snapshots.save(*store, infoFor(u"prod"_s, u"t1"_s, 6), limits(3)), QString());
        const std::vector<SnapshotInfo> listed = snapshots.list();
        QCOMPARE(minutesOf(listed, u"prod"_s, u"t1"_s), QList<int>({6, 5, 4}));
        QCOMPARE(minutesOf(listed, u"prod"_s, u"t2"_s), QList<int>({0}));
        QCOMPARE(listed.size(), std::size_t(4));
        QCOMPARE(listed.front().recordCount, std::uint64_t(100));
    }

    void theSizeCapDeletesTheOldestAnywhereButNeverTheNewOne()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.path());
        const auto small = generatedStore(200);
        QCOMPARE(snapshots.save(*small, infoFor(u"prod"_s, u"t2"_s, 1), limits(10)), QString());
        QCOMPARE(snapshots.save(*small, infoFor(u"prod"_s, u"t1"_s, 2), limits(10)), QString());
        QCOMPARE(snapshots.save(*small, infoFor(u"test"_s, u"t1"_s, 3), limits(10)), QString());
        const qint64 each = snapshots.list().front().fileSize;
        QCOMPARE(snapshots.totalBytes(), 3 * each);

        // Room for three: the oldest (another connection and tenant) goes.
        QCOMPARE(snapshots.save(*small, infoFor(u"test"_s, u"t3"_s, 4), limits(10, 3 * each + each / 2)),
                 QString());
        std::vector<SnapshotInfo> listed = snapshots.list();
        QCOMPARE(listed.size(), std::size_t(3));
        QCOMPARE(minutesOf(listed, u"prod"_s, u"t2"_s), QList<int>());
        QVERIFY(snapshots.totalBytes() <= 3 * each + each / 2);

        // A new snapshot larger than the cap on its own is kept; everything else goes.
        QString path;
        QCOMPARE(
            snapshots.save(*generatedStore(1000), infoFor(u"prod"_s, u"t1"_s, 0), limits(10, each), &path),
            QString());
        listed = snapshots.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed.front().path, path);
        QCOMPARE(listed.front().recordCount, std::uint64_t(1000));
    }

    void connectionsWithOddNamesStayApart()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.path());
        const auto store = generatedStore(20);
        const QStringList connections{u"a/b"_s,           u"a\\b"_s,    u"a"_s, u"../a"_s,
                                      u"Zürich ☎ 東京"_s, u"a b:c*?"_s, u"A"_s, u""_s};
        for (int minute = 0; minute < 3; ++minute) {
            for (const QString &connection : connections) {
                QCOMPARE(snapshots.save(*store, infoFor(connection, u"t/1"_s, minute), limits(2)), QString());
            }
        }
        const std::vector<SnapshotInfo> listed = snapshots.list();
        QCOMPARE(listed.size(), std::size_t(2 * connections.size()));
        for (const QString &connection : connections)
            QCOMPARE(minutesOf(listed, connection, u"t/1"_s), QList<int>({2, 1}));
        // Every file lies in the root, under a name that is safe anywhere.
        const QRegularExpression safeName(u"^[0-9a-f]{24}-[0-9]{8}-[0-9]{6}-[0-9]{3}(-[0-9]+)?\\.ocsnap$"_s);
        const QStringList names = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(names.size(), int(listed.size()));
        for (const QString &name : names)
            QVERIFY2(safeName.match(name).hasMatch(), qPrintable(name));
    }

    void twoSavesAtTheSameMomentKeepBoth()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.path());
        const auto store = generatedStore(20);
        QString first;
        QString second;
        QCOMPARE(snapshots.save(*store, infoFor(u"prod"_s, u"t1"_s, 1), limits(10), &first), QString());
        QCOMPARE(snapshots.save(*store, infoFor(u"prod"_s, u"t1"_s, 1), limits(10), &second), QString());
        QVERIFY(first != second);
        QCOMPARE(snapshots.list().size(), std::size_t(2));
    }

    void listingSurvivesUnreadableFiles()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.path());
        QCOMPARE(snapshots.save(*generatedStore(20), infoFor(u"prod"_s, u"t1"_s, 1), limits(10)), QString());
        QFile garbage(dir.filePath(u"garbage.ocsnap"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a snapshot at all");
        garbage.close();
        QFile other(dir.filePath(u"notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        QStringList problems;
        const std::vector<SnapshotInfo> listed = snapshots.list(&problems);
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().contains(u"garbage.ocsnap: not an OC Numbers snapshot"_s),
                 qPrintable(problems.front()));
        // Saving (and pruning) still works beside it.
        QCOMPARE(snapshots.save(*generatedStore(20), infoFor(u"prod"_s, u"t1"_s, 2), limits(1)), QString());
        QCOMPARE(snapshots.list().size(), std::size_t(1));
        QVERIFY(garbage.exists());
    }

    void removeDeletesOneSnapshot()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.path());
        QString path;
        QCOMPARE(snapshots.save(*generatedStore(20), infoFor(u"prod"_s, u"t1"_s, 1), limits(10), &path),
                 QString());
        QVERIFY(snapshots.totalBytes() > 0);
        QCOMPARE(snapshots.remove(path), QString());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(snapshots.totalBytes(), qint64(0));
        QVERIFY(snapshots.remove(path).startsWith(u"Cannot delete the snapshot "_s));
    }

    void aRootThatCannotBeMadeGivesAnError()
    {
        const QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SnapshotStore snapshots(dir.filePath(u"file/snapshots"_s));
        QVERIFY(snapshots.save(*generatedStore(5), infoFor(u"prod"_s, u"t1"_s, 1), limits(10))
                    .startsWith(u"Cannot create the snapshot folder "_s));
        QVERIFY(snapshots.list().empty());
    }

    void settingsPersistWithDefaultsAndLimits()
    {
        const QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const SnapshotSettings defaults = SnapshotSettings::load(settings);
        QCOMPARE(defaults.enabled, true);
        QCOMPARE(defaults.perTenant, 10);
        QCOMPARE(defaults.maxTotalMegabytes, 2048);
        QCOMPARE(defaults.limits().maxTotalBytes, qint64(2048) << 20);

        SnapshotSettings changed{false, 3, 100};
        changed.save(settings);
        QCOMPARE(settings.value(u"snapshots/perTenant"_s).toInt(), 3);
        QCOMPARE(SnapshotSettings::load(settings), changed);

        settings.setValue(u"snapshots/perTenant"_s, 0);
        settings.setValue(u"snapshots/maxTotalMegabytes"_s, -5);
        QCOMPARE(SnapshotSettings::load(settings).perTenant, 1);
        QCOMPARE(SnapshotSettings::load(settings).maxTotalMegabytes, 1);
        settings.setValue(u"snapshots/perTenant"_s, 5000);
        QCOMPARE(SnapshotSettings::load(settings).perTenant, 1000);
    }

    void aNewFolderIsTheUsersAloneAndAMissingTimeIsNow()
    {
        const QTemporaryDir dir;
        SnapshotStore snapshots(dir.filePath(u"data/snapshots/"_s));
        SnapshotInfo info = infoFor(u"prod"_s, u"t1"_s, 0);
        info.savedAt = {};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(snapshots.save(*generatedStore(5), info, limits(10)), QString());
        const QFile::Permissions permissions = QFileInfo(dir.filePath(u"data/snapshots"_s)).permissions();
        QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                 QFile::WriteOther | QFile::ExeOther)));
        const std::vector<SnapshotInfo> listed = snapshots.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(listed.front().savedAt >= before);
        QVERIFY(listed.front().savedAt <= QDateTime::currentDateTimeUtc());
    }

    void theDefaultRootIsTheApplicationsDataFolder()
    {
        QVERIFY(SnapshotStore::defaultRoot().endsWith(u"/snapshots"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
