#include "loopbackreplyhandler.h"

#include "client/networkpolicy.h"
#include "tokenreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    // The three-argument form: (LocalHost, parent) would pick the (port, parent) overload and listen on
    // port 2 of every interface.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    setCallbackPath(u"callback"_s);
    showOutcome(true, tr("Sign-in finished."));
    close(); // listening starts with a sign-in, not with the application
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater(); // 6.4 leaks the code exchange's reply
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    if (auto problem = NetworkPolicy::transportProblem(reply, body.size(), NetworkPolicy::Service::SignIn)) {
        emit tokenReplyUnusable(*problem);
        return;
    }
    LoadError error;
    error.kind = LoadError::Kind::SignIn;
    error.httpStatus = status;
    if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200)) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError;
        error.kind = timeout ? LoadError::Kind::Timeout : LoadError::Kind::Network;
        error.message = timeout
                            ? tr("The sign-in service at %1 did not answer in time. Sign in again.").arg(host)
                            : tr("The connection to the sign-in service at %1 failed: %2. Sign in again.")
                                  .arg(host, reply->errorString());
        emit tokenReplyUnusable(error);
        return;
    }
    if (status != 200) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (json.value(u"error"_s).isString()) {
            emit tokenRequestFailed(json.value(u"error"_s).toString(),
                                    json.value(u"error_description"_s).toString().section(u"\r\n"_s, 0, 0),
                                    status);
            return;
        }
        error.message = tr("The sign-in service at %1 answered HTTP %2 without an explanation. Check the "
                           "authority URL of the connection.")
                            .arg(host)
                            .arg(status);
        emit tokenReplyUnusable(error);
        return;
    }
    QString problem;
    const std::optional<TokenReply> token = TokenReply::parse(body, &problem);
    if (!token) {
        emit tokenReplyUnusable(TokenReply::unusable(host, problem));
        return;
    }
    emit tokensReceived(token->fields);
}

void LoopbackReplyHandler::showOutcome(bool succeeded, const QString &text)
{
    // 6.4 puts this text into the page's <body> as it is.
    const QString heading = succeeded ? tr("Signed in") : tr("Sign-in failed");
    setCallbackText(u"<h1>"_s + heading.toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() +
                    u"</p><p>"_s + tr("You can close this tab and return to OC Numbers.").toHtmlEscaped() +
                    u"</p>"_s);
}

void LoopbackReplyHandler::showReceived()
{
    setCallbackText(u"<h1>"_s + tr("Sign-in received").toHtmlEscaped() + u"</h1><p>"_s +
                    tr("OC Numbers is finishing the sign-in; its window shows the result. You can close this "
                       "tab.")
                        .toHtmlEscaped() +
                    u"</p>"_s);
}
