#pragma once

#include "core/parseresult.h"
#include "numbersfilereader.h"

#include <memory>
#include <QFutureWatcher>
#include <QObject>

class NumberStore;

// Reads a saved response (NumbersFileReader) on a worker thread: the window stays responsive while a
// large file is parsed, and gets the numbers only when every one of them was read.
class NumbersFileJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersFileJob)

public:
    explicit NumbersFileJob(QString path, QObject *parent = nullptr);
    ~NumbersFileJob() override;

    void start();
    void cancel() { m_reader->cancel(); }

    const QString &path() const { return m_path; }
    // After finished():
    NumbersFileReader::Outcome outcome() const { return m_outcome; }
    // What went wrong, in a sentence that names the file; empty when the numbers were read.
    QString errorText() const;
    const ParseResult &result() const { return m_result; }
    // The numbers read (empty unless outcome() is Read).
    std::shared_ptr<NumberStore> store() const { return m_store; }
    // What a snapshot read says about itself; nullopt for a response.
    const std::optional<SnapshotInfo> &snapshot() const { return m_reader->snapshot(); }
    // Safe from this thread while the job runs.
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    qint64 totalBytes() const { return m_reader->totalBytes(); }

signals:
    void finished();

private:
    QString m_path;
    std::unique_ptr<NumbersFileReader> m_reader = std::make_unique<NumbersFileReader>();
    std::shared_ptr<NumberStore> m_store;
    ParseResult m_result;
    NumbersFileReader::Outcome m_outcome = NumbersFileReader::Outcome::Cancelled;
    QFutureWatcher<void> m_watcher;
};
