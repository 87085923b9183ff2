#pragma once

#include "snapshotinfo.h"
#include "snapshotlimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

class NumberStore;

// The snapshots in one folder, one file each, named "<key>-<time>.ocsnap" where key is a hash of the
// connection name and tenant id (so that any name is safe in a file name, and the files of one connection and
// tenant share a prefix) and time the UTC time of saving. A folder it makes can be read only by the user.
// Several threads may use one folder, one call at a time each; the files say what they hold, the names only
// sort and group them.
class SnapshotStore final {
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    explicit SnapshotStore(const QString &root);

    // Where the application keeps its snapshots.
    static QString defaultRoot();
    QString root() const { return m_root; }

    // Every readable snapshot, newest first (header reads only). Files that cannot be read are left out and,
    // if problems is given, described there.
    std::vector<SnapshotInfo> list(QStringList *problems = nullptr) const;

    // Writes a snapshot of store described by info (without a valid savedAt: saved now), then prunes: only
    // the newest limits.perTenant of that connection and tenant stay; then, while all snapshots together are
    // larger than limits.maxTotalBytes, the oldest one anywhere is deleted (never the one just written).
    // Returns the error, or empty; *path receives the new file's path.
    QString save(const NumberStore &store, const SnapshotInfo &info, const SnapshotLimits &limits,
                 QString *path = nullptr);

    // Deletes one snapshot. Returns the error, or empty.
    QString remove(const QString &path);

    // Bytes taken by all snapshot files.
    qint64 totalBytes() const;

    static QString fileSuffix() { return QStringLiteral(".ocsnap"); }

private:
    static QString groupKey(const QString &connectionName, const QString &tenantId);
    QString newPath(const SnapshotInfo &info) const;
    void prune(const SnapshotInfo &saved, const SnapshotLimits &limits);

    QString m_root;
};
