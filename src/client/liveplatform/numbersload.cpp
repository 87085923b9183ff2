#include "numbersload.h"

#include "client/activity/activityentry.h"
#include "client/auth/tokensource.h"
#include "client/networkpolicy.h"
#include "core/identifiers.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"
#include "liveplatformapi.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct ParsedPage {
    std::shared_ptr<NumberStore> store;
    ParseResult result;
};

ParsedPage parsePage(const QList<QByteArray> &pieces, qint64 size)
{
    // One buffer with room for the parser's padding after the data, so it reads the body where it is.
    QByteArray body;
    body.reserve(size + qsizetype(NumberParser::Padding));
    for (const QByteArray &piece : pieces)
        body.append(piece);
    ParsedPage page{std::make_shared<NumberStore>(), {}};
    page.result = NumberParser::parse(body, *page.store, std::size_t(body.capacity() - body.size()));
    return page;
}

// The v2 list streams through bounded memory: the reply buffers at most ReadBufferBytes, reading pauses
// while MaxQueuedBytes wait for the parser, and one parsing step takes at most MaxStepBytes. Two steps'
// worth queued keep the parser from waiting for bytes; more only costs memory (with 32 MB a 100k fetch
// peaked at up to 147 MB, with 16 MB at 96-132 MB, in the same time). Pieces of ReadBufferBytes fit a
// core's cache, so each is copied, scanned and parsed while it is there (at 4 MB a 1M-number list took a
// fifth more CPU to parse).
constexpr qint64 ReadBufferBytes = 1 << 20;
constexpr qint64 MaxQueuedBytes = 16 << 20;
constexpr qint64 MaxStepBytes = 8 << 20;

bool isStreamable(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    return status == 200 && (contentType.isEmpty() || contentType.contains("json"));
}

// Records rows [begin, end) of store as list entries firstIndex, firstIndex + 1, ...: a sum, so it does not
// matter how the list was cut into batches.
std::uint64_t recordsDigest(const NumberStore &store, std::size_t begin, std::size_t end, qint64 firstIndex)
{
    std::uint64_t sum = 0;
    for (std::size_t row = begin; row < end; ++row) {
        const std::uint64_t hash = std::hash<std::string_view>{}(store.telephoneNumber(row));
        const auto index = std::uint64_t(firstIndex) + (row - begin);
        sum += (hash ^ (index * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
    }
    return sum;
}

// Drops the warnings about list entries before boundary (handed over already, now sent again).
void dropResentIssues(ParseResult &part, qint64 boundary)
{
    static const QRegularExpression entry(u"^\\[(\\d+)\\]"_s);
    const auto before = part.issues.size();
    std::erase_if(part.issues, [boundary](const ParseIssue &issue) {
        const QRegularExpressionMatch match = entry.match(issue.path);
        return match.hasMatch() && match.captured(1).toLongLong() < boundary;
    });
    part.issueCount -= std::min(part.issueCount, before - part.issues.size());
}

LoadError problemError(LoadError::Kind kind, int status, const QByteArray &body, const QString &message)
{
    const LivePlatformApi::Problem problem = LivePlatformApi::problem(body);
    LoadError error;
    error.kind = kind;
    error.httpStatus = status;
    error.detail = problem.text();
    error.errorTicket = problem.errorTicket;
    error.message = message;
    if (!error.detail.isEmpty())
        error.message += u" "_s + NumbersLoad::tr("The server says: %1").arg(error.detail);
    if (!error.errorTicket.isEmpty())
        error.message += u" "_s + NumbersLoad::tr("(error ticket %1)").arg(error.errorTicket);
    return error;
}

// A v3 page's warnings name places in the page (".data[3].sbcList"); they are given as places in the
// tenant's list ("[1003].sbcList"), as a v2 list's are. The envelope's own get the page's number.
std::vector<ParseIssue> inTenantList(std::vector<ParseIssue> issues, int page, int pageSize)
{
    static const QRegularExpression record(u"^\\.data\\[(\\d+)\\]"_s);
    for (ParseIssue &issue : issues) {
        const QRegularExpressionMatch match = record.match(issue.path);
        if (match.hasMatch())
            issue.path = u"["_s +
                         QString::number(qint64(page - 1) * pageSize + match.captured(1).toLongLong()) +
                         u"]"_s + issue.path.mid(match.capturedLength());
        else
            issue.path = NumbersLoad::tr("page %1").arg(page) + u" "_s + issue.path;
    }
    return issues;
}

} // namespace

NumbersLoad::NumbersLoad(Settings settings, QNetworkAccessManager *nam, TokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_nam(nam)
    , m_tokens(tokens)
{
    NetworkPolicy::secure(m_nam);
    if (!m_settings.number.isEmpty())
        m_settings.paged = false; // one number is one object, whatever the connection's API version
    if (!m_settings.paged)
        m_nextToEmit = 0;
}

NumbersLoad::~NumbersLoad()
{
    *m_alive = false;
    for (Request &request : m_requests) {
        if (request.reply) {
            request.reply->disconnect(this);
            request.reply->abort();
            request.reply->deleteLater();
        }
    }
}

QUrl NumbersLoad::urlFor(int page) const
{
    if (!m_settings.number.isEmpty())
        return LivePlatformApi::numberUrl(m_settings.baseUrl, m_settings.number);
    if (!m_settings.paged)
        return LivePlatformApi::numbersUrl(m_settings.baseUrl, m_settings.tenantId, std::nullopt);
    return LivePlatformApi::numbersUrl(m_settings.baseUrl, m_settings.tenantId,
                                       LivePlatformApi::Page{page, m_settings.pageSize,
                                                             m_settings.pageNumberKey, m_settings.pageSizeKey,
                                                             m_settings.statusKey, m_settings.status});
}

void NumbersLoad::start()
{
    if (m_started)
        return;
    m_started = true;
    LoadError refused;
    refused.kind = LoadError::Kind::BadRequest;
    if (!m_settings.number.isEmpty()) {
        if (!isE164(m_settings.number))
            refused.message =
                tr("\"%1\" is not an E.164 number: \"+\", the country code and the number, digits "
                   "only (for example +442074996300).")
                    .arg(m_settings.number);
    } else if (!isGuid(m_settings.tenantId)) {
        refused.message = tr("\"%1\" is not a Microsoft tenant id: it must be a GUID like "
                             "f94238e5-4f2c-4e1b-8125-2d27122ca75f.")
                              .arg(m_settings.tenantId);
    }
    if (refused.message.isEmpty()) {
        if (const QString urlError = NetworkPolicy::checkUrl(m_settings.baseUrl); !urlError.isEmpty()) {
            refused.message = urlError;
        } else if (!m_tokens) {
            refused.kind = LoadError::Kind::SignIn;
            refused.message = tr("Not signed in.");
        }
    }
    // Everything happens after start() returns, failures included, so a caller can start its event loop
    // after start() and never miss the end (a token source may answer at once).
    QTimer::singleShot(0, this, [this, refused] {
        if (m_finished)
            return;
        if (!refused.message.isEmpty()) {
            fail(refused);
            return;
        }
        send(m_settings.paged ? 1 : 0, 1, false);
        m_nextToSend = 2;
    });
}

void NumbersLoad::cancel()
{
    LoadError error;
    error.kind = LoadError::Kind::Cancelled;
    error.message = tr("The load was cancelled; the numbers shown are incomplete.");
    fail(error);
}

void NumbersLoad::send(int page, int attempt, bool forceToken)
{
    Request &request = m_requests[page];
    request.page = page;
    request.attempt = attempt;
    request.refreshedToken = request.refreshedToken || forceToken;
    const std::weak_ptr<bool> alive = m_alive;
    m_tokens->token(forceToken, [this, alive, page](const QByteArray &token, const LoadError &error) {
        if (alive.expired() || m_finished)
            return;
        if (error.isError()) {
            fail(error);
            return;
        }
        const QUrl url = urlFor(page);
        if (const QString refused = NetworkPolicy::checkUrl(url); !refused.isEmpty()) {
            LoadError error;
            error.kind = LoadError::Kind::BadRequest;
            error.message = refused;
            fail(error);
            return;
        }
        QNetworkRequest httpRequest =
            LivePlatformApi::request(url, token, m_settings.channelId, m_settings.transferTimeoutMs);
        httpRequest.setAttribute(ActivityEntry::AttemptAttribute, m_requests[page].attempt);
        QNetworkReply *reply = m_nam->get(httpRequest);
        m_requests[page].reply = reply;
        m_requests[page].received = 0;
        m_requests[page].pieces.clear();
        m_requests[page].pieceBytes = 0;
        if (page == 0)
            reply->setReadBufferSize(ReadBufferBytes);
        connect(reply, &QNetworkReply::readyRead, this, [this, page, reply] {
            Request &request = m_requests[page];
            if (page == 0 && !request.streaming && request.pieceBytes == 0 && isStreamable(reply)) {
                request.streaming = true;
                restartStream();
            }
            if (request.streaming) {
                readStreamed(reply);
                return;
            }
            request.pieces.append(reply->readAll());
            request.pieceBytes += request.pieces.back().size();
        });
        connect(reply, &QNetworkReply::downloadProgress, this,
                [this, page, reply](qint64 received, qint64 total) {
                    if (m_finished)
                        return;
                    m_requests[page].received = received;
                    if (received > m_settings.maxBodyBytes || total > m_settings.maxBodyBytes) {
                        LoadError error;
                        error.kind = LoadError::Kind::TooLarge;
                        error.message =
                            tr("The answer is larger than the limit of %1 MB set in the connection profile; "
                               "the load was stopped. Raise the limit or use v3 paging.")
                                .arg(m_settings.maxBodyBytes / (1024 * 1024));
                        reply->disconnect(this);
                        fail(error);
                        return;
                    }
                    emit progress(bytesReceived(), m_records, m_totalRecords);
                });
        connect(reply, &QNetworkReply::finished, this, [this, page] { replyFinished(page); });
    });
}

qint64 NumbersLoad::bytesReceived() const
{
    qint64 bytes = m_bytesDone;
    for (const Request &request : m_requests)
        bytes += request.received;
    return bytes;
}

void NumbersLoad::replyFinished(int page)
{
    if (m_finished || !m_requests.contains(page))
        return;
    Request request = m_requests.take(page);
    QNetworkReply *reply = request.reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray rest = reply->readAll();
    request.pieceBytes += rest.size();
    if (request.streaming) {
        m_streamQueued += rest.size();
        m_streamQueue.append(std::move(rest));
    } else {
        request.pieces.append(std::move(rest));
    }
    m_bytesDone += request.pieceBytes;
    // Error bodies are small; only a 200 body is left in pieces for the parser.
    const QByteArray body = status == 200 ? QByteArray() : request.pieces.join();
    if (!body.isEmpty())
        reply->setProperty(ActivityEntry::ErrorTicketProperty, LivePlatformApi::problem(body).errorTicket);
    const QString where = answerName(page);

    // A redirect is never followed and a refused certificate comes back the same: both end the load.
    if (auto problem =
            NetworkPolicy::transportProblem(reply, request.pieceBytes, NetworkPolicy::Service::LivePlatform);
        problem && (problem->kind == LoadError::Kind::Redirected || NetworkPolicy::isTlsFailure(reply))) {
        fail(*problem);
        return;
    }

    // No answer, or an answer cut short: the network failed. A body shorter than its Content-Length counts
    // too: a connection closed early does not always surface as an error.
    const QVariant promised = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = promised.isValid() && promised.toLongLong() > request.pieceBytes;
    if ((reply->error() != QNetworkReply::NoError || cutShort) && (status == 0 || status == 200)) {
        transferCut(
            page, request.attempt, request.streaming, reply->error() == QNetworkReply::OperationCanceledError,
            cutShort ? tr("the connection closed before the answer was complete") : reply->errorString());
        return;
    }
    if (status == 401) {
        if (!request.refreshedToken) {
            m_requests.insert(page, request);
            send(page, request.attempt, true); // one fresh token, then give up
            return;
        }
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.httpStatus = status;
        error.message = tr("Live Platform refused the sign-in twice. Sign in again.");
        error.detail = QString::fromLatin1(reply->rawHeader("WWW-Authenticate"));
        fail(error);
        return;
    }
    if (status == 403) {
        fail(problemError(
            LoadError::Kind::Permission, status, body,
            tr("Signed in, but not allowed to read tenant %1%2. Ask for access, or check the channel "
               "of the connection profile.")
                .arg(m_settings.tenantId,
                     m_settings.channelId ? tr(" in channel %1").arg(*m_settings.channelId) : QString())));
        return;
    }
    if (status == 400 || status == 404) {
        fail(problemError(status == 400 ? LoadError::Kind::BadRequest : LoadError::Kind::NotFound, status,
                          body,
                          tr("Live Platform refused the request for %1 (HTTP %2).").arg(where).arg(status)));
        return;
    }
    if (status != 200) {
        if (const auto delay =
                m_settings.retry.delayAfter(request.attempt, status, reply->rawHeader("Retry-After"))) {
            retryLater(page, status, request.attempt + 1, *delay);
            return;
        }
        fail(problemError(LoadError::Kind::Server, status, body,
                          tr("Live Platform answered HTTP %1 for %2 %3 times. Try again later.")
                              .arg(status)
                              .arg(where)
                              .arg(request.attempt)));
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!contentType.isEmpty() && !contentType.contains("json")) {
        LoadError error;
        error.kind = LoadError::Kind::BadData;
        error.httpStatus = status;
        error.message =
            tr("Live Platform answered %1 with \"%2\" instead of JSON: perhaps a proxy or sign-in page. "
               "Check the base URL of the connection profile.")
                .arg(where, QString::fromLatin1(contentType));
        fail(error);
        return;
    }
    if (request.streaming) {
        m_streamEnded = true;
        m_streamAttempt = request.attempt;
        m_streamSized = promised.isValid();
        runStream();
        return;
    }
    ++m_parsing;
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher, page] {
        watcher->deleteLater();
        --m_parsing;
        const ParsedPage parsedPage = watcher->result();
        parsed(page, parsedPage.store, parsedPage.result);
    });
    watcher->setFuture(QtConcurrent::run(parsePage, std::move(request.pieces), request.pieceBytes));
    fillWindow();
}

QString NumbersLoad::answerName(int page) const
{
    return m_settings.paged ? tr("page %1").arg(page) : tr("the number list");
}

void NumbersLoad::transferCut(int page, int attempt, bool streaming, bool timeout, const QString &reason)
{
    if (streaming) {
        // What this attempt parsed but did not hand over is dropped; the next attempt resends it.
        m_stream.reset();
        m_streamRunning = false;
        m_streamQueue.clear();
        m_streamQueued = 0;
    }
    if (const auto delay = m_settings.retry.delayAfter(attempt, 0, {})) {
        retryLater(page, 0, attempt + 1, *delay);
        return;
    }
    const QString where = answerName(page);
    LoadError error;
    error.kind = timeout ? LoadError::Kind::Timeout : LoadError::Kind::Network;
    error.message = timeout ? tr("Loading %1 from %2 timed out %3 times. Check the network and load again.")
                                  .arg(where, m_settings.baseUrl.host())
                                  .arg(attempt)
                            : tr("Loading %1 from %2 failed %3 times: %4. Check the network and load again.")
                                  .arg(where, m_settings.baseUrl.host())
                                  .arg(attempt)
                                  .arg(reason);
    fail(error);
}

void NumbersLoad::retryLater(int page, int httpStatus, int attempt, std::chrono::milliseconds delay)
{
    Request &request = m_requests[page];
    request.page = page;
    request.attempt = attempt;
    request.reply = nullptr;
    request.received = 0;
    QTimer::singleShot(delay, this, [this, page, attempt] {
        if (!m_finished)
            send(page, attempt, false);
    });
    emit retryScheduled(httpStatus, qint64(delay.count()), attempt, m_settings.retry.maxAttempts);
}

void NumbersLoad::parsed(int page, std::shared_ptr<NumberStore> store, const ParseResult &result)
{
    if (m_finished)
        return;
    const QString where = answerName(page);
    if (!result.ok()) {
        LoadError error;
        error.kind = LoadError::Kind::BadData;
        error.message =
            tr("Live Platform's answer for %1 is not a list of numbers: %2").arg(where, result.error);
        fail(error);
        return;
    }
    if (result.issueCount > 0)
        emit warningsFound(m_settings.paged ? inTenantList(result.issues, page, m_settings.pageSize)
                                            : result.issues,
                           result.issueCount);
    if (m_settings.paged) {
        const PageInfo info = result.pages.empty() ? PageInfo{} : result.pages.front();
        if (!info.totalRecords) {
            LoadError error;
            error.kind = LoadError::Kind::BadData;
            error.message = tr("%1 has no totalRecords: this is not a v3 page. Check the API version of the "
                               "connection profile.")
                                .arg(where);
            fail(error);
            return;
        }
        if (m_totalRecords < 0) {
            m_totalRecords = *info.totalRecords;
            m_totalPages = int(
                info.totalPages.value_or((m_totalRecords + m_settings.pageSize - 1) / m_settings.pageSize));
            m_totalPages = std::max(m_totalPages, 1);
            emit sizeEstimated(m_totalRecords);
            if (m_finished)
                return;
        } else if (*info.totalRecords != m_totalRecords) {
            LoadError error;
            error.kind = LoadError::Kind::BadData;
            error.message =
                tr("The tenant changed during the load: the server counted %1 numbers, then %2. Load "
                   "again.")
                    .arg(m_totalRecords)
                    .arg(*info.totalRecords);
            fail(error);
            return;
        }
        const qint64 expected =
            std::min<qint64>(m_settings.pageSize, m_totalRecords - qint64(page - 1) * m_settings.pageSize);
        if (qint64(store->size()) < expected) {
            LoadError error;
            error.kind = LoadError::Kind::BadData;
            error.message =
                tr("Page %1 held %2 numbers where %3 were due (of %4): the list is incomplete. Load "
                   "again.")
                    .arg(page)
                    .arg(store->size())
                    .arg(expected)
                    .arg(m_totalRecords);
            fail(error);
            return;
        }
    }
    m_ready.emplace(page, std::move(store));
    emitReady();
    if (m_finished)
        return;
    fillWindow();
    const bool allEmitted = m_settings.paged ? m_nextToEmit > m_totalPages : m_nextToEmit > 0;
    if (allEmitted && m_requests.isEmpty() && m_parsing == 0)
        complete();
}

void NumbersLoad::fillWindow()
{
    if (!m_settings.paged || m_totalPages < 0)
        return;
    while (!m_finished && m_nextToSend <= m_totalPages && m_requests.size() < m_settings.maxConcurrentPages)
        send(m_nextToSend++, 1, false);
}

void NumbersLoad::emitReady()
{
    for (auto it = m_ready.find(m_nextToEmit); it != m_ready.end(); it = m_ready.find(m_nextToEmit)) {
        const std::shared_ptr<NumberStore> batch = std::move(it->second);
        m_ready.erase(it);
        m_records += qint64(batch->size());
        ++m_nextToEmit;
        emit batchReady(batch);
        if (m_finished)
            return;
        emit progress(bytesReceived(), m_records, m_totalRecords);
    }
}

void NumbersLoad::fail(const LoadError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    for (Request &request : m_requests) {
        if (request.reply) {
            request.reply->disconnect(this);
            request.reply->abort();
            request.reply->deleteLater();
        }
    }
    m_requests.clear();
    m_ready.clear();
    m_stream.reset();
    m_streamQueue.clear();
    m_streamQueued = 0;
    emit finished(error);
}

void NumbersLoad::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    emit progress(bytesReceived(), m_records, m_settings.paged ? m_totalRecords : m_records);
    emit finished({});
}

void NumbersLoad::restartStream()
{
    m_stream = std::make_shared<NumberStreamParser>();
    m_streamRunning = false; // a step of an earlier attempt may still run; its result is ignored
    m_streamQueue.clear();
    m_streamQueued = 0;
    m_streamEnded = false;
    m_streamParsed = 0;
    m_resentToSkip = m_records;
    m_resentDigest = 0;
}

void NumbersLoad::readStreamed(QNetworkReply *reply)
{
    Request &request = m_requests[0];
    while (m_streamQueued < MaxQueuedBytes && reply->bytesAvailable() > 0) {
        QByteArray piece = reply->read(reply->bytesAvailable());
        request.pieceBytes += piece.size();
        m_streamQueued += piece.size();
        m_streamQueue.append(std::move(piece));
    }
    runStream();
}

void NumbersLoad::runStream()
{
    if (m_streamRunning || m_finished || !m_stream || (m_streamQueue.isEmpty() && !m_streamEnded))
        return;
    QList<QByteArray> pieces;
    qint64 bytes = 0;
    while (!m_streamQueue.isEmpty() && bytes < MaxStepBytes) {
        bytes += m_streamQueue.front().size();
        pieces.append(m_streamQueue.takeFirst());
    }
    m_streamQueued -= bytes;
    const bool last = m_streamEnded && m_streamQueue.isEmpty();
    m_streamRunning = true;
    const std::shared_ptr<NumberStreamParser> parser = m_stream;
    auto *watcher = new QFutureWatcher<StreamStep>(this);
    connect(watcher, &QFutureWatcher<StreamStep>::finished, this, [this, watcher, parser] {
        watcher->deleteLater();
        streamed(parser, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([parser, pieces = std::move(pieces), last] {
        StreamStep step;
        bool ok = true;
        for (const QByteArray &piece : pieces) {
            if (!(ok = parser->feed(piece)))
                break;
        }
        if (ok && last)
            ok = step.complete = parser->finish();
        if (!ok) {
            step.part.error = parser->result().error;
            step.endedInsideArray = parser->endedInsideArray();
            return step;
        }
        step.batch = parser->takeBatch(&step.part);
        step.bytesFed = parser->bytesFed();
        return step;
    }));
}

void NumbersLoad::estimateSize(qint64 records, std::uint64_t bytes)
{
    if (m_sizeEstimated || records < 1000 || bytes == 0 || !m_requests.contains(0) || !m_requests[0].reply)
        return;
    const QVariant length = m_requests[0].reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid() || length.toLongLong() <= 0)
        return;
    m_sizeEstimated = true;
    // A little over, so a list whose later numbers are shorter still fits.
    emit sizeEstimated(qint64(double(records) * double(length.toLongLong()) / double(bytes) * 1.02) + 1);
}

bool NumbersLoad::skipResent(std::shared_ptr<NumberStore> &batch, qint64 firstIndex)
{
    if (m_resentToSkip <= 0)
        return true;
    const auto skip = std::size_t(std::min<qint64>(m_resentToSkip, qint64(batch->size())));
    m_resentDigest += recordsDigest(*batch, 0, skip, firstIndex);
    m_resentToSkip -= qint64(skip);
    if (m_resentToSkip == 0 && m_resentDigest != m_handedOverDigest) {
        LoadError error;
        error.kind = LoadError::Kind::BadData;
        error.message = tr("The number list changed while it was sent again after a network error; the "
                           "numbers shown are incomplete. Load again.");
        fail(error);
        return false;
    }
    if (skip == batch->size()) {
        batch.reset();
    } else if (skip > 0) {
        auto rest = std::make_shared<NumberStore>();
        rest->append(*batch, skip);
        batch = std::move(rest);
    }
    return true;
}

void NumbersLoad::streamed(const std::shared_ptr<NumberStreamParser> &parser, StreamStep step)
{
    if (m_finished || parser != m_stream)
        return;
    m_streamRunning = false;
    if (!step.part.ok() && step.endedInsideArray && !m_streamSized) {
        // Without a Content-Length, a connection closed early can look like the end of a chunked answer
        // (Qt does not always report it): a list that stops inside its array was cut, not sent so.
        transferCut(0, m_streamAttempt, true, false, step.part.error);
        return;
    }
    if (!step.part.ok()) {
        LoadError error;
        error.kind = LoadError::Kind::BadData;
        error.message = tr("Live Platform's answer for %1 is not a list of numbers: %2")
                            .arg(tr("the number list"), step.part.error);
        fail(error);
        return;
    }
    const qint64 parsedBefore = m_streamParsed;
    m_streamParsed += qint64(step.batch->size());
    estimateSize(m_streamParsed, step.bytesFed);
    if (m_resentToSkip > 0)
        dropResentIssues(step.part, parsedBefore + m_resentToSkip);
    if (step.part.issueCount > 0)
        emit warningsFound(step.part.issues, step.part.issueCount);
    if (m_finished)
        return;
    std::shared_ptr<NumberStore> batch = std::move(step.batch);
    if (!skipResent(batch, parsedBefore))
        return;
    // The next step parses while this batch is handed over: the receiver's append takes a while.
    if (!step.complete)
        continueStream();
    if (batch && batch->size() > 0) {
        m_handedOverDigest += recordsDigest(*batch, 0, batch->size(), m_records);
        m_records += qint64(batch->size());
        emit batchReady(batch);
        if (m_finished)
            return;
        emit progress(bytesReceived(), m_records, m_totalRecords);
    }
    if (step.complete) {
        if (m_resentToSkip > 0) {
            LoadError error;
            error.kind = LoadError::Kind::BadData;
            error.message = tr("The number list changed while it was sent again after a network error; the "
                               "numbers shown are incomplete. Load again.");
            fail(error);
            return;
        }
        complete();
    }
}

void NumbersLoad::continueStream()
{
    if (m_requests.contains(0) && m_requests[0].streaming && m_requests[0].reply)
        readStreamed(m_requests[0].reply);
    else
        runStream();
}
