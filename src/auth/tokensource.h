#pragma once

#include "net/loaderror.h"

#include <functional>
#include <QByteArray>
#include <QDateTime>
#include <QObject>

// Where the API's bearer tokens come from (app registration, browser sign-in, device code). Asynchronous:
// token() answers at once from the cache when it can, otherwise fetches and answers later, exactly once
// per call, through the callback. Never logs or shows a token.
class TokenSource : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const QByteArray &token, const LoadError &error)>;

    using QObject::QObject;

    // forceRefresh: the last token was refused (401); get a new one even if it seems valid.
    virtual void token(bool forceRefresh, Callback callback) = 0;
    virtual void signOut() = 0;
    virtual QDateTime expiresAt() const = 0;
};
