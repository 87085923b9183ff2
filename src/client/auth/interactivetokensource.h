#pragma once

#include "tokensource.h"

#include <QUrl>

// A token source a person signs in to (browser or device code), as opposed to an app registration. The
// window and the command-line tool drive every kind through this: start, cancel, and what to show.
class InteractiveTokenSource : public TokenSource {
    Q_OBJECT

public:
    using TokenSource::TokenSource;

    virtual void startSignIn() = 0;
    // Ends a sign-in in progress; it is reported through signInFailed with LoadError::Kind::Cancelled.
    virtual void cancelSignIn() = 0;
    // The signed-in user, from the token's claims: "Name <user@domain>".
    virtual QString identity() const = 0;

signals:
    // Browser sign-in: the authorize URL, and whether a browser was opened with it (else offer it to copy).
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    // Device code: show these; the user opens verificationUri and enters userCode before expiresIn seconds.
    void userCodeReady(const QString &userCode, const QUrl &verificationUri, const QString &message,
                       int expiresIn);
    void signedIn(const QString &identity);
    void signInFailed(const LoadError &error); // a sign-in started with startSignIn() ended without a token
};
