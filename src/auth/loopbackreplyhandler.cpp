#include "loopbackreplyhandler.h"

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
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        emit tokenRequestFailed(json.value(u"error"_s).toString(reply->errorString()),
                                json.value(u"error_description"_s).toString().section(u"\r\n"_s, 0, 0),
                                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

void LoopbackReplyHandler::showOutcome(bool succeeded, const QString &text)
{
    // 6.4 puts this text into the page's <body> as it is.
    const QString heading = succeeded ? tr("Signed in") : tr("Sign-in failed");
    setCallbackText(u"<h1>"_s + heading.toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() +
                    u"</p><p>"_s + tr("You can close this tab and return to OC Numbers.").toHtmlEscaped() +
                    u"</p>"_s);
}
