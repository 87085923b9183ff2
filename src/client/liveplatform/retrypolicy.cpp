#include "retrypolicy.h"

#include <algorithm>
#include <QDateTime>
#include <QRandomGenerator>

using namespace std::chrono;

bool RetryPolicy::isRetryable(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 429 || httpStatus == 408 ||
           (httpStatus >= 500 && httpStatus <= 599);
}

std::optional<milliseconds> RetryPolicy::delayAfter(int attempt, int httpStatus,
                                                    const QByteArray &retryAfter) const
{
    if (attempt >= maxAttempts || !isRetryable(httpStatus) || httpStatus == 501)
        return std::nullopt;
    if ((httpStatus == 429 || httpStatus == 503) && !retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::min<milliseconds>(seconds * 1000ms, maxDelay);
        const QDateTime at =
            QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
        if (at.isValid())
            return std::clamp<milliseconds>(milliseconds(QDateTime::currentDateTimeUtc().msecsTo(at)), 0ms,
                                            maxDelay);
    }
    // Exponential backoff with jitter, so many clients do not come back at the same moment.
    const milliseconds backoff =
        std::min<milliseconds>(baseDelay * (1LL << std::min(attempt - 1, 16)), maxDelay);
    const auto jitter = milliseconds(QRandomGenerator::global()->bounded(qint64(backoff.count()) / 2 + 1));
    return backoff / 2 + jitter; // between half and all of the backoff
}
