#pragma once

#include <QString>

// One side a comparison can take: the numbers the window shows, a snapshot or a saved response.
struct CompareSource final {
    QString label; // what the user reads: "The numbers shown (Contoso)", "Snapshot of 30/11/2026 09:12 (…)"
    QString path;  // the file to read; empty: the numbers the window shows

    bool isShown() const { return path.isEmpty(); }
    bool operator==(const CompareSource &other) const = default;
};
