#include "numbersload.h"

#include "client/activity/activityentry.h"
#include "client/auth/tokensource.h"
#include "client/networkpolicy.h"
#include "core/identifiers.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
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
        connect(reply, &QNetworkReply::readyRead, this, [this, page, reply] {
            Request &request = m_requests[page];
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
    request.pieces.append(reply->readAll());
    request.pieceBytes += request.pieces.back().size();
    m_bytesDone += request.pieceBytes;
    // Error bodies are small; only a 200 body is left in pieces for the parser.
    const QByteArray body = status == 200 ? QByteArray() : request.pieces.join();
    if (!body.isEmpty())
        reply->setProperty(ActivityEntry::ErrorTicketProperty, LivePlatformApi::problem(body).errorTicket);
    const QString where = m_settings.paged ? tr("page %1").arg(page) : tr("the number list");

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
        if (const auto delay = m_settings.retry.delayAfter(request.attempt, 0, {})) {
            retryLater(page, 0, request.attempt + 1, *delay);
            return;
        }
        LoadError error;
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError;
        error.kind = timeout ? LoadError::Kind::Timeout : LoadError::Kind::Network;
        error.message = timeout
                            ? tr("Loading %1 from %2 timed out %3 times. Check the network and load again.")
                                  .arg(where, m_settings.baseUrl.host())
                                  .arg(request.attempt)
                            : tr("Loading %1 from %2 failed %3 times: %4. Check the network and load again.")
                                  .arg(where, m_settings.baseUrl.host())
                                  .arg(request.attempt)
                                  .arg(cutShort ? tr("the connection closed before the answer was complete")
                                                : reply->errorString());
        fail(error);
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
    const QString where = m_settings.paged ? tr("page %1").arg(page) : tr("the number list");
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
