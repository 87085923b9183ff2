#pragma once

#include <QDateTime>
#include <QNetworkRequest>
#include <QString>

// One request a window made, as it may be shown and handed to the vendor: where it went and how it ended,
// never what it carried (no header, no body, no secret-bearing query parameter).
struct ActivityEntry final {
    // Set on a request by whoever retries it: which try this is (1 for the first).
    static constexpr QNetworkRequest::Attribute AttemptAttribute =
        QNetworkRequest::Attribute(QNetworkRequest::User + 1);
    // Set on a reply by whoever reads its body: the server's error ticket, if it sent one.
    static constexpr const char *ErrorTicketProperty = "ocnumbersErrorTicket";

    QDateTime started; // UTC
    QString method;
    QString host;            // host[:port]
    QString path;            // the path and the query's non-secret parameters
    int httpStatus = 0;      // 0: no HTTP answer
    QString failure;         // why there was no usable answer (a network error's name), else empty
    qint64 milliseconds = 0; // from the request to its end
    qint64 bytesReceived = 0;
    int attempt = 0; // 0: not known
    QString errorTicket;
};
