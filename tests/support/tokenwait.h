#pragma once

#include "client/auth/tokensource.h"

#include <optional>
#include <QElapsedTimer>
#include <QTest>
#include <utility>

// Asks a token source for a token and turns the event loop until it answers (ten seconds at most).
inline std::pair<QByteArray, LoadError> tokenFrom(TokenSource &tokens, bool forceRefresh)
{
    std::optional<std::pair<QByteArray, LoadError>> answer;
    tokens.token(forceRefresh,
                 [&](const QByteArray &token, const LoadError &error) { answer.emplace(token, error); });
    QElapsedTimer waited;
    waited.start();
    while (!answer && waited.elapsed() < 10000)
        QTest::qWait(10);
    if (!answer)
        qFatal("the token source did not answer");
    return *answer;
}
