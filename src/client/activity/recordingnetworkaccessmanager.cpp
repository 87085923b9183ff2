#include "recordingnetworkaccessmanager.h"

#include "activitylog.h"
#include "client/liveplatform/liveplatformapi.h"

#include <memory>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

QString methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return u"HEAD"_s;
    case QNetworkAccessManager::GetOperation:
        return u"GET"_s;
    case QNetworkAccessManager::PutOperation:
        return u"PUT"_s;
    case QNetworkAccessManager::PostOperation:
        return u"POST"_s;
    case QNetworkAccessManager::DeleteOperation:
        return u"DELETE"_s;
    case QNetworkAccessManager::CustomOperation:
        return QString::fromLatin1(request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return u"?"_s;
}

QString errorName(QNetworkReply::NetworkError error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
}

// What is known of a request while it runs.
struct Pending {
    ActivityEntry entry;
    QElapsedTimer clock;
};

} // namespace

RecordingNetworkAccessManager::RecordingNetworkAccessManager(ActivityLog *log, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_log(log)
{}

QNetworkReply *RecordingNetworkAccessManager::createRequest(Operation operation,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    if (!m_log)
        return reply;
    auto pending = std::make_shared<Pending>();
    pending->clock.start();
    ActivityEntry &entry = pending->entry;
    const QUrl url = request.url();
    entry.started = QDateTime::currentDateTimeUtc();
    entry.method = methodOf(operation, request);
    entry.host = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    entry.path = ActivityLog::safePath(url);
    entry.attempt = request.attribute(ActivityEntry::AttemptAttribute).toInt();

    // Connected before the caller's own connections, so these run first: the whole body is still unread
    // when finished() arrives here, unless the caller reads as data arrives.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [pending](qint64 received, qint64) { pending->entry.bytesReceived = received; });
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] {
        ActivityEntry &entry = pending->entry;
        entry.milliseconds = pending->clock.elapsed();
        entry.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && entry.httpStatus < 400) // else the status says it
            entry.failure = errorName(reply->error());
        if (entry.httpStatus >= 400 && reply->bytesAvailable() > 0 && reply->bytesAvailable() < 65536)
            entry.errorTicket = LivePlatformApi::problem(reply->peek(reply->bytesAvailable())).errorTicket;
        // The caller's finished() handler may name the ticket on the reply (when it read the body as it
        // came): the entry goes in once every handler has run.
        QMetaObject::invokeMethod(
            this,
            [this, pending, reply = QPointer<QNetworkReply>(reply)] {
                if (reply && pending->entry.errorTicket.isEmpty())
                    pending->entry.errorTicket =
                        reply->property(ActivityEntry::ErrorTicketProperty).toString();
                if (m_log)
                    m_log->add(pending->entry);
            },
            Qt::QueuedConnection);
    });
    return reply;
}
