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
    setCallbackText(tr("Sign-in finished. You can close this window and return to OC Numbers."));
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
