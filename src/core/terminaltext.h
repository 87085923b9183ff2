#pragma once

#include <QString>

// Text from servers, profile files or user data made safe to print on a terminal: control characters
// (C0, DEL, C1) and bidirectional overrides are written as visible escapes (\n, \x1b, \u202e), so a
// crafted value cannot move the cursor, recolour, retitle or reorder what the terminal shows.
QString terminalSafe(const QString &text);
