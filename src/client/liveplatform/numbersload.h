#pragma once

#include "client/loaderror.h"
#include "core/parseresult.h"
#include "retrypolicy.h"

#include <map>
#include <memory>
#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class NumberStore;
class NumberStreamParser;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class TokenSource;

// One load of one tenant's numbers: the v2 list in one request, or v3 pages with a few in flight at a
// time, assembled in order. Batches are handed over as they are parsed (off this thread), in the order of
// the list; the v2 list is parsed while it arrives, a few thousand numbers at a time, and never held whole;
// progress counts bytes and records (and "N of total" for v3). Retries follow the RetryPolicy, a 401 gets one
// fresh token, and the load ends exactly once: complete, or with an error and its data marked incomplete.
// Cancel at any moment; nothing is emitted after finished().
class NumbersLoad final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersLoad)

public:
    struct Settings {
        QUrl baseUrl; // https://host/tenantui (http only for loopback addresses)
        QString tenantId;
        QString number;            // set: look up this one number (E.164) instead of a tenant's list
        bool paged = false;        // v3
        std::optional<int> status; // v3 acquiredNumberStatus filter
        int pageSize = 1000;
        QString pageNumberKey = QStringLiteral("pageNumber");
        QString pageSizeKey = QStringLiteral("pageSize");
        QString statusKey = QStringLiteral("acquiredNumberStatus");
        std::optional<int> channelId; // X-Ovoc-Channel-Id
        int transferTimeoutMs = 60000;
        qint64 maxBodyBytes = qint64(2) << 30;
        int maxConcurrentPages = 4;
        RetryPolicy retry;
    };

    NumbersLoad(Settings settings, QNetworkAccessManager *nam, TokenSource *tokens,
                QObject *parent = nullptr);
    ~NumbersLoad() override;

    void start();
    void cancel();

    // The request URL of a page (0: the v2 list or the single number).
    QUrl urlFor(int page) const;

signals:
    void progress(qint64 bytesReceived, qint64 records, qint64 totalRecords); // totalRecords -1: unknown
    // Each batch is the receiver's to keep or move from (a v2 list is one batch: adopt it rather than copy).
    void batchReady(std::shared_ptr<NumberStore> batch);
    // About how many numbers the list holds, once, so a receiver can make room for all of them at once: v2
    // judged from its Content-Length and the numbers parsed so far (not a count to show), v3 the tenant's
    // count from the first page.
    void sizeEstimated(qint64 records);
    void warningsFound(const std::vector<ParseIssue> &issues, std::size_t count);
    // A request failed in a way worth another try: attempt (of maxAttempts) goes out after delayMs.
    // httpStatus 0: the network failed.
    void retryScheduled(int httpStatus, qint64 delayMs, int attempt, int maxAttempts);
    // Emitted exactly once. With an error the batches handed over so far are not the tenant's full list.
    void finished(const LoadError &error);

private:
    struct Request {
        int page = 0; // 0 for the v2 list
        int attempt = 1;
        bool refreshedToken = false;
        QPointer<QNetworkReply> reply;
        qint64 received = 0;
        // The body as it arrived, in pieces: joined on the parsing thread, never in one big copy here.
        QList<QByteArray> pieces;
        qint64 pieceBytes = 0;
        bool streaming = false; // a 200 list body, going to m_stream as it arrives instead of into pieces
    };

    // The v2 list (or the one number) as it arrives: pieces wait in a queue, one worker task at a time
    // parses what has come, and reading from the network pauses while too much waits.
    struct StreamStep {
        std::shared_ptr<NumberStore> batch;
        ParseResult part; // the batch's warnings; error set when the body is not a list of numbers
        bool complete = false;
        bool endedInsideArray = false; // the error is that the body ended inside the array
        std::uint64_t bytesFed = 0;
    };
    void readStreamed(QNetworkReply *reply);
    void runStream();
    void streamed(const std::shared_ptr<NumberStreamParser> &parser, StreamStep step);
    void continueStream();
    void estimateSize(qint64 records, std::uint64_t bytes);
    bool skipResent(std::shared_ptr<NumberStore> &batch, qint64 firstIndex);
    void restartStream();

    void send(int page, int attempt, bool forceToken);
    void replyFinished(int page);
    void parsed(int page, std::shared_ptr<NumberStore> store, const ParseResult &result);
    void retryLater(int page, int httpStatus, int attempt, std::chrono::milliseconds delay);
    // How messages name the answer to page: "page 3", or "the number list".
    QString answerName(int page) const;
    // The answer was cut short (or never came): tries again while the retry policy allows, else fails.
    void transferCut(int page, int attempt, bool streaming, bool timeout, const QString &reason);
    void fillWindow();
    void emitReady();
    void fail(const LoadError &error);
    void complete();
    qint64 bytesReceived() const;

    Settings m_settings;
    QNetworkAccessManager *m_nam;
    QPointer<TokenSource> m_tokens;
    QHash<int, Request> m_requests;                      // in flight or waiting to retry
    std::map<int, std::shared_ptr<NumberStore>> m_ready; // parsed, waiting for earlier pages
    int m_nextToEmit = 1;
    int m_nextToSend = 1;
    int m_totalPages = -1;
    qint64 m_totalRecords = -1;
    qint64 m_records = 0;
    qint64 m_bytesDone = 0;
    int m_parsing = 0;
    std::shared_ptr<NumberStreamParser> m_stream;
    QList<QByteArray> m_streamQueue;
    qint64 m_streamQueued = 0;
    bool m_streamRunning = false;
    bool m_streamEnded = false; // the reply finished well: the queue holds the rest of the body
    // How the reply that ended the stream came: its attempt, and whether a Content-Length vouched for its
    // size.
    int m_streamAttempt = 1;
    bool m_streamSized = false;
    bool m_sizeEstimated = false;
    qint64 m_streamParsed = 0; // records this attempt has parsed
    // After a retry the list arrives again from its start: the records handed over already are skipped,
    // once the resent ones are found to be the same (a sum of per-record hashes, in list order).
    qint64 m_resentToSkip = 0;
    std::uint64_t m_handedOverDigest = 0;
    std::uint64_t m_resentDigest = 0;
    bool m_started = false;
    bool m_finished = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // guards callbacks from worker threads
};
