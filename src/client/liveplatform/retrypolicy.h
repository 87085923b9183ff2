#pragma once

#include <chrono>
#include <optional>
#include <QByteArray>

// When to try a request again: 429 and 503 after the server's Retry-After (seconds or an HTTP date),
// other 5xx and network failures after an exponential backoff with jitter, a bounded number of times.
class RetryPolicy final {
public:
    int maxAttempts = 4;                       // including the first
    std::chrono::milliseconds baseDelay{500};  // doubled per attempt
    std::chrono::milliseconds maxDelay{30000}; // cap for backoff and for Retry-After

    // The delay before attempt number `attempt` + 1 (attempt counts from 1), or nullopt: give up.
    // httpStatus 0 means a network failure; retryAfter is the header's raw value, if any.
    std::optional<std::chrono::milliseconds> delayAfter(int attempt, int httpStatus,
                                                        const QByteArray &retryAfter) const;

    static bool isRetryable(int httpStatus);
};
