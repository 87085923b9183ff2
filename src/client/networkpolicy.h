#pragma once

#include "loaderror.h"

#include <optional>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// How every request of OC Numbers travels, checked where the request is made, not only where an address
// is typed: https only (plain http only to this machine), no user-info in an address, no redirect ever
// followed (a bearer token or a client secret stays with the host it was meant for), and a TLS failure is
// final.
class NetworkPolicy final {
    Q_DECLARE_TR_FUNCTIONS(NetworkPolicy)

public:
    // Who answered, for messages: what to check differs.
    enum class Service { LivePlatform, SignIn };

    // Why a request may not go to this address; empty when it may.
    static QString checkUrl(const QUrl &url);
    // Makes a manager follow no redirect, for requests made inside Qt (the sign-in flow's token requests).
    static void secure(QNetworkAccessManager *nam);
    // A request that follows no redirect, whatever its manager says.
    static QNetworkRequest request(const QUrl &url);
    // What makes a finished reply unusable before its body is looked at: a redirect (never followed), a
    // TLS failure, or a body shorter than its Content-Length. bodyBytes: what arrived.
    static std::optional<LoadError> transportProblem(const QNetworkReply *reply, qint64 bodyBytes,
                                                     Service service);
    static bool isRedirect(int httpStatus) { return httpStatus >= 300 && httpStatus < 400; }
    // TLS failures are not retried: the same certificate comes back.
    static bool isTlsFailure(const QNetworkReply *reply);
};
