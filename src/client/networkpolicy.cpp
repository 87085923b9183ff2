#include "networkpolicy.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

QString NetworkPolicy::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid URL.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("The address %1 carries a user name or password before \"@\"; the real host would be "
                  "%2. Remove the part before \"@\".")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                 url.host());
    if (url.scheme() == u"https"_s)
        return {};
    const QString host = url.host();
    if (url.scheme() == u"http"_s && (host == u"localhost"_s || QHostAddress(host).isLoopback()))
        return {};
    if (url.scheme() == u"http"_s)
        return tr("Plain http is refused for %1: tokens and numbers would travel unencrypted. Use https://, "
                  "or http only for this machine (127.0.0.1, ::1, localhost).")
            .arg(host);
    return tr("\"%1\" is not an https URL.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
}

void NetworkPolicy::secure(QNetworkAccessManager *nam)
{
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest NetworkPolicy::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

bool NetworkPolicy::isTlsFailure(const QNetworkReply *reply)
{
    return reply->error() == QNetworkReply::SslHandshakeFailedError;
}

std::optional<LoadError> NetworkPolicy::transportProblem(const QNetworkReply *reply, qint64 bodyBytes,
                                                         Service service)
{
    const bool livePlatform = service == Service::LivePlatform;
    const QString host = reply->url().host();
    LoadError error;
    error.kind = LoadError::Kind::Network;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status)) {
        error.kind = LoadError::Kind::Redirected;
        error.httpStatus = status;
        const QByteArray location = reply->rawHeader("Location");
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
        const QString where = location.isEmpty() || target.host().isEmpty()
                                  ? tr("another address")
                                  : target.host() + (target.port() > 0 && target.port() != reply->url().port()
                                                         ? u':' + QString::number(target.port())
                                                         : QString());
        error.message =
            livePlatform
                ? tr("Live Platform at %1 answered %2 to %3; redirects are not followed so that your sign-in "
                     "is not sent elsewhere. Check the base URL of the connection.")
                      .arg(host)
                      .arg(status)
                      .arg(where)
                : tr("The sign-in service at %1 answered %2 to %3; redirects are not followed so that your "
                     "credentials are not sent elsewhere. Check the authority URL of the connection.")
                      .arg(host)
                      .arg(status)
                      .arg(where);
        return error;
    }
    if (isTlsFailure(reply)) {
        error.message = tr("The secure connection to %1 failed: %2. Nothing was sent. Check the address; if "
                           "your network inspects TLS, its certificate authority must be trusted by this "
                           "system.")
                            .arg(host, reply->errorString());
        return error;
    }
    const QVariant promised = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool ended =
        reply->error() == QNetworkReply::NoError || reply->error() == QNetworkReply::RemoteHostClosedError;
    if (ended && promised.isValid() && promised.toLongLong() > bodyBytes) {
        error.message = tr("The connection to %1 closed before the answer was complete (%2 of %3 bytes).")
                            .arg(host)
                            .arg(bodyBytes)
                            .arg(promised.toLongLong());
        return error;
    }
    return std::nullopt;
}
