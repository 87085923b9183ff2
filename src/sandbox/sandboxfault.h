#pragma once

#include <QString>

// Which endpoint a fault applies to.
// Api: any Live Platform route (the three below it).
enum class SandboxRoute { Any, Authorize, Token, Api, NumbersV2, NumbersV3, Number };

// One way the sandbox misbehaves on purpose, as real networks and services do.
struct SandboxFault final {
    enum class Kind {
        Latency,            // value: ms before the answer
        Drip,               // value: ms between 512-byte pieces of the body
        TooManyRequests,    // 429, value: Retry-After seconds
        ServerError,        // 500
        BadGateway,         // 502 with a proxy's HTML page
        ServiceUnavailable, // 503, value: Retry-After seconds
        Reset,              // connection reset after part of the body
        Truncate,           // connection closed after part of the body (Content-Length promised more)
        Malformed,          // the body stops in the middle of the JSON and ends with garbage
        Unterminated,       // the body stops in the middle of the JSON, sent chunked and ended as if whole
        WrongContentType,   // 200 with an HTML page instead of JSON
        ExpiredToken,       // 401 as for an expired token (token expiry mid-paging)
        EmptyPage,          // v3: a page with no data, totals unchanged
        ChangingTotal,      // v3: totalRecords grows by value (default 1)
        Redirect,           // 302 (Live Platform) or 307 (sign-in, a POST resent as it is) to target
    };

    SandboxRoute route = SandboxRoute::Any;
    Kind kind = Kind::ServerError;
    int value = 0;
    QString target; // Redirect: the Location
    int times = -1; // how many requests it hits; -1: every one
    int after = 0;  // matching requests to let through first
};
