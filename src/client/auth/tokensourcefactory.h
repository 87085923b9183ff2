#pragma once

#include "client/profiles/connectionprofile.h"

#include <functional>
#include <memory>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class SecretStore;
class TokenSource;

// The one place that turns a profile's sign-in into a token source: the app registration with its
// secret, the browser sign-in (opening URLs with openBrowser) or the device code, with the profile's
// addresses, scope, time-out and keychain entries.
class TokenSourceFactory final {
public:
    struct Context {
        QNetworkAccessManager *nam = nullptr;
        SecretStore *secrets = nullptr;                // where refresh tokens live; may be null
        QString clientSecret;                          // the app registration's
        std::function<bool(const QUrl &)> openBrowser; // browser sign-in
    };

    static std::unique_ptr<TokenSource> create(const ConnectionProfile &profile, const Context &context);
};
