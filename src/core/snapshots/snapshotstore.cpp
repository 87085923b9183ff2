#include "snapshotstore.h"

#include "snapshotfile.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SnapshotStore::SnapshotStore(const QString &root)
    : m_root(QDir::cleanPath(root))
{}

QString SnapshotStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/snapshots"_s;
}

std::vector<SnapshotInfo> SnapshotStore::list(QStringList *problems) const
{
    std::vector<SnapshotInfo> snapshots;
    const QDir dir(m_root);
    const QStringList names = dir.entryList({u"*"_s + fileSuffix()}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString error;
        if (std::optional<SnapshotInfo> info = SnapshotFile::readInfo(dir.filePath(name), &error))
            snapshots.push_back(std::move(*info));
        else if (problems)
            problems->append(error);
    }
    std::sort(snapshots.begin(), snapshots.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.path > b.path;
    });
    return snapshots;
}

QString SnapshotStore::save(const NumberStore &store, const SnapshotInfo &info, const SnapshotLimits &limits,
                            QString *path)
{
    // The numbers are the customer's: a folder made here is the user's alone.
    const QFileInfo folder(m_root);
    const bool made =
        folder.isDir() || (QDir().mkpath(folder.absolutePath()) &&
                           QDir().mkdir(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    if (!made) {
        return tr("Cannot create the snapshot folder %1: check that it can be written.")
            .arg(QDir::toNativeSeparators(m_root));
    }
    SnapshotInfo saved = info;
    if (!saved.savedAt.isValid())
        saved.savedAt = QDateTime::currentDateTimeUtc();
    saved.path = newPath(saved);
    if (const QString error = SnapshotFile::write(saved.path, store, saved); !error.isEmpty())
        return error;
    if (path)
        *path = saved.path;
    prune(saved, limits);
    return {};
}

QString SnapshotStore::remove(const QString &path)
{
    QFile file(path);
    if (!file.remove()) {
        return tr("Cannot delete the snapshot %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

qint64 SnapshotStore::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList files = QDir(m_root).entryInfoList({u"*"_s + fileSuffix()}, QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

QString SnapshotStore::groupKey(const QString &connectionName, const QString &tenantId)
{
    const QByteArray key = connectionName.toUtf8() + '\0' + tenantId.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

QString SnapshotStore::newPath(const SnapshotInfo &info) const
{
    const QString base = QDir(m_root).filePath(groupKey(info.connectionName, info.tenantId) + u'-' +
                                               info.savedAt.toUTC().toString(u"yyyyMMdd-HHmmss-zzz"_s));
    QString path = base + fileSuffix();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + u'-' + QString::number(n) + fileSuffix();
    return path;
}

void SnapshotStore::prune(const SnapshotInfo &saved, const SnapshotLimits &limits)
{
    std::vector<SnapshotInfo> snapshots = list();
    const auto isSaved = [&](const SnapshotInfo &info) { return info.path == saved.path; };
    // Newest first: past the first perTenant of the group, everything goes.
    int kept = 0;
    std::erase_if(snapshots, [&](const SnapshotInfo &info) {
        if (info.connectionName != saved.connectionName || info.tenantId != saved.tenantId)
            return false;
        if (isSaved(info) || ++kept <= std::max(limits.perTenant - 1, 0))
            return false;
        return remove(info.path).isEmpty();
    });
    qint64 total = 0;
    for (const SnapshotInfo &info : snapshots)
        total += info.fileSize;
    while (total > limits.maxTotalBytes) {
        const auto oldest = std::find_if(snapshots.rbegin(), snapshots.rend(),
                                         [&](const SnapshotInfo &info) { return !isSaved(info); });
        if (oldest == snapshots.rend())
            break;
        if (remove(oldest->path).isEmpty())
            total -= oldest->fileSize;
        snapshots.erase(std::next(oldest).base());
    }
}
