#pragma once

#include <QString>

// Why a sign-in or a load ended without data, in words a support engineer can act on.
struct LoadError final {
    enum class Kind {
        None,
        SignIn,     // the token could not be had or was refused twice: sign in again
        Permission, // signed in, but not allowed for this tenant or channel (403)
        BadRequest, // the server refused the request (400): its title, detail and ticket say why
        NotFound,
        Server,     // 5xx or 429 after every retry
        Network,    // no connection, reset, TLS failure
        Redirected, // a 3xx: never followed, so credentials stay with the host they were meant for
        Timeout,
        BadData,  // the body is not a Live Platform response
        TooLarge, // the body is larger than the configured cap
        Cancelled,
    };

    Kind kind = Kind::None;
    // What the user reads, whole: what happened, where, what to do, and the server's words where they help.
    // Shown as it is (as plain text); callers never add to it or patch messages together.
    QString message;
    QString detail; // the server's own words alone (problem details, Entra's description), for tickets

    QString errorTicket; // Live Platform's ticket, for support cases
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
};
