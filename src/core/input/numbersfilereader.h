#pragma once

#include "core/snapshots/snapshotinfo.h"

#include <atomic>
#include <optional>
#include <QCoreApplication>
#include <QString>

class NumberStore;
struct ParseResult;

// Reads a saved Live Platform response (a v2 list, v3 pages, a single number) or a snapshot from a file,
// or a response from standard input, into a store with the application's parser. A file of moderate size is
// mapped and parsed where it lies, on both cores; a larger one, or standard input, is parsed block by block
// as it is read, so memory stays bounded whatever its size. On any outcome but Read the store is left as it
// was.
class NumbersFileReader final {
    Q_DECLARE_TR_FUNCTIONS(NumbersFileReader)

public:
    enum class Outcome {
        Read,        // every number is in the store; warnings in the result
        Unreadable,  // the file could not be opened or read: error() says why
        BadData,     // not a Live Platform response: the result's error says why and where
        BadSnapshot, // a snapshot that cannot be read: error() says why
        Cancelled,
    };

    // The file dialog's choices for what read() takes (responses and snapshots, or any file).
    static QString fileDialogFilter();

    // path "-": standard input.
    Outcome read(const QString &path, NumberStore &store, ParseResult &result);
    QString error() const { return m_error; }
    // What the snapshot read says about itself; nullopt for a response.
    const std::optional<SnapshotInfo> &snapshot() const { return m_snapshot; }

    // From any thread, while read() runs: stops it at its next block.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    // From any thread: how far read() has come, and the file's size (-1: unknown, standard input).
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_totalBytes.load(std::memory_order_relaxed); }

private:
    QString m_error;
    std::optional<SnapshotInfo> m_snapshot;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_bytesRead{0};
    std::atomic<qint64> m_totalBytes{-1};
};
