#pragma once

#include <functional>
#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>

// An answer of the sandbox before it is written, so faults can delay, cut, drip or replace it.
struct SandboxResponse final {
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
    QList<QPair<QByteArray, QByteArray>> headers; // without Content-Length / Transfer-Encoding
    QByteArray body;
    // A body too large to hold: returns the next piece, an empty array once done. Sent chunked.
    std::function<QByteArray()> stream;
};
