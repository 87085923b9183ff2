#pragma once

#include <QString>

// Keeps secrets out of stderr and logs. install() silences Qt NetworkAuth's own messages (they quote
// token replies and callback URLs) and puts a message handler in front of the existing one that redacts
// anything shaped like a token, an authorization code or a known secret, as a second line of defence.
namespace LogProtection {

// Once, right after the application object exists; every executable calls it.
void install();
// text with JWTs, bearer tokens, secret-bearing parameters (code, state, client_secret, refresh_token, …),
// long opaque tokens and every known secret replaced by "[redacted]".
QString redact(const QString &text);
// A secret this process holds (a client secret, a refresh token): redacted wherever it appears.
void addKnownSecret(const QString &secret);

} // namespace LogProtection
