#include "clientcredentialstokensource.h"

#include "client/networkpolicy.h"
#include "core/logprotection.h"
#include "entraendpoint.h"
#include "tokenreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ClientCredentialsTokenSource::ClientCredentialsTokenSource(Settings settings, QNetworkAccessManager *nam,
                                                           QObject *parent)
    : TokenSource(parent)
    , m_settings(std::move(settings))
    , m_nam(nam)
{
    NetworkPolicy::secure(m_nam);
    LogProtection::addKnownSecret(m_settings.clientSecret);
}

ClientCredentialsTokenSource::~ClientCredentialsTokenSource()
{
    // Going away: the request is dropped without answering the waiting callers.
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

void ClientCredentialsTokenSource::signOut()
{
    m_token.clear();
    m_expires = {};
}

void ClientCredentialsTokenSource::token(bool forceRefresh, Callback callback)
{
    if (!forceRefresh && !m_token.isEmpty() && isFresh(m_expires)) {
        callback(m_token, {});
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_pending)
        return; // one token request at a time: this caller waits for the one in flight
    // The secret goes only to an address that passes the checks, however the settings were made.
    if (const QString refused = NetworkPolicy::checkUrl(m_settings.authority); !refused.isEmpty()) {
        LoadError error;
        error.kind = LoadError::Kind::SignIn;
        error.message = tr("The client secret was not sent: %1").arg(refused);
        QTimer::singleShot(0, this, [this, error] { answer(error); });
        return;
    }
    QUrlQuery form;
    const auto add = [&](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"grant_type"_s, u"client_credentials"_s);
    add(u"client_id"_s, m_settings.clientId);
    add(u"client_secret"_s, m_settings.clientSecret);
    add(u"scope"_s, m_settings.scope);
    QNetworkRequest request =
        NetworkPolicy::request(entraEndpoint(m_settings.authority, m_settings.directory, u"token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_settings.timeoutMs);
    m_pending = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void ClientCredentialsTokenSource::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    LoadError error;
    if (auto problem = NetworkPolicy::transportProblem(reply, body.size(), NetworkPolicy::Service::SignIn)) {
        error = *problem;
    } else if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200)) {
        error.kind = reply->error() == QNetworkReply::OperationCanceledError ? LoadError::Kind::Timeout
                                                                             : LoadError::Kind::Network;
        error.message =
            error.kind == LoadError::Kind::Timeout
                ? tr("Signing in to %1 timed out. Check the network, or the authority URL in the "
                     "connection profile.")
                      .arg(m_settings.authority.host())
                : tr("Cannot reach %1 to sign in: %2. Check the network, or the authority URL in the "
                     "connection profile.")
                      .arg(m_settings.authority.host(), reply->errorString());
    } else if (status != 200) {
        error = describeEntraError(status, body, m_settings.directory, m_settings.clientId);
    } else {
        QString problem;
        if (const std::optional<TokenReply> token = TokenReply::parse(body, &problem)) {
            m_token = token->accessToken;
            m_expires = QDateTime::currentDateTimeUtc().addSecs(token->expiresInSeconds);
        } else {
            error = TokenReply::unusable(m_settings.authority.host(), problem);
        }
    }
    answer(error);
}

void ClientCredentialsTokenSource::answer(const LoadError &error)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(error.isError() ? QByteArray() : m_token, error);
}

LoadError ClientCredentialsTokenSource::describeEntraError(int httpStatus, const QByteArray &body,
                                                           const QString &directory, const QString &clientId)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = QString::number(json.value(u"error_codes"_s).toArray().at(0).toInt());
    const QString description = json.value(u"error_description"_s).toString().section(u"\r\n"_s, 0, 0);
    LoadError error;
    error.kind = LoadError::Kind::SignIn;
    error.httpStatus = httpStatus;
    error.detail = description;
    if (code == u"700016"_s)
        error.message =
            tr("The app registration %1 does not exist in directory %2. Check the client id and the "
               "directory (tenant) id of the connection profile.")
                .arg(clientId, directory);
    else if (code == u"7000215"_s)
        error.message =
            tr("The client secret is wrong (or is the secret's id instead of its value). Enter the "
               "secret's value again in the connection profile.");
    else if (code == u"7000222"_s)
        error.message =
            tr("The client secret has expired. Create a new secret for the app registration and enter "
               "it in the connection profile.");
    else if (code == u"1002012"_s || code == u"70011"_s)
        error.message =
            tr("The scope is not valid for this sign-in. It must be the Live Platform API's application "
               "ID URI followed by /.default.");
    else if (code == u"90002"_s || code == u"900023"_s)
        error.message =
            tr("Directory %1 was not found. Check the directory (tenant) id of the connection profile.")
                .arg(directory);
    else if (!json.isEmpty())
        error.message =
            tr("Sign-in was refused (%1): %2").arg(json.value(u"error"_s).toString(), description);
    else
        error.message =
            tr("The sign-in service answered HTTP %1 without an explanation. Check the authority URL "
               "of the connection profile.")
                .arg(httpStatus);
    return error;
}
