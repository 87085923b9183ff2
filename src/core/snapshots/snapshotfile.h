#pragma once

#include "core/parseresult.h"
#include "snapshotinfo.h"

#include <optional>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class NumberStore;
class QIODevice;

// One snapshot on disk: the line "OCNUMBERS-SNAPSHOT 1", one line of compact JSON with the SnapshotInfo
// fields (nothing else), then a zstd frame (with a checksum) of the numbers as NumberJsonWriter writes them:
// a v2 list, each record as the server sent it. Written and read a block at a time.
class SnapshotFile final {
    Q_DECLARE_TR_FUNCTIONS(SnapshotFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int CompressionLevel = 3;

    // Whether a file starting with these bytes is a snapshot (of any format version).
    static bool looksLikeSnapshot(QByteArrayView firstBytes);

    // Writes every record of the store with info (recordCount is taken from the store, an invalid savedAt is
    // now; path and fileSize are ignored) through QSaveFile: the file appears only complete. Returns the
    // error, or empty.
    static QString write(const QString &path, const NumberStore &store, const SnapshotInfo &info);

    // The header only (fast), with path and fileSize filled in; nullopt with *error set if unreadable.
    static std::optional<SnapshotInfo> readInfo(const QString &path, QString *error);

    // Appends the snapshot's numbers to store, parsed as a loaded response is (result: shape, counts,
    // warnings). Returns the error, or empty; on an error nothing was added to store. info, if given,
    // receives the header.
    static QString readRecords(const QString &path, NumberStore &store, ParseResult &result,
                               SnapshotInfo *info = nullptr);

    // Writes the numbers to target as the plain JSON v2 list they are stored as (a saved response the
    // application and ocnumbers-cli read). Returns the error, or empty.
    static QString extractJson(const QString &path, QIODevice &target);
};
