#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

class NumberStore;
class QIODevice;

// Writes numbers as a JSON array, one record per line, each as NumberStore::rawJson gives it: the keys
// the server sent with their values as sent, unknown keys included.
class NumberJsonWriter final {
    Q_DECLARE_TR_FUNCTIONS(NumberJsonWriter)

public:
    static QString write(QIODevice &device, const NumberStore &store, std::span<const std::uint32_t> rows);
};
