#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

// Synchronous HTTP for tests against the loopback sandbox: redirects are not followed, so a test sees
// the 302 of an authorize call itself.
struct TestResponse {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class TestHttp final {
public:
    TestResponse get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        for (const auto &[key, value] : headers)
            request.setRawHeader(key, value);
        return run(request, nullptr);
    }
    TestResponse postForm(const QUrl &url, const QUrlQuery &form)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
        return run(request, &body);
    }

    // Forget kept-alive connections, e.g. before a new server may get the old one's port.
    void forgetConnections() { m_nam.clearConnectionCache(); }

private:
    TestResponse run(QNetworkRequest request, const QByteArray *body)
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = body ? m_nam.post(request, *body) : m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        TestResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return response;
    }

    QNetworkAccessManager m_nam;
};
