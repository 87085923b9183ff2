#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

// A command's input, read or memory-mapped with the padding the parser wants after the data, so a
// large saved response is parsed where it lies instead of being copied twice.
class InputBuffer final {
    Q_DECLARE_TR_FUNCTIONS(InputBuffer)

public:
    // Loads a file, or standard input for "-". Returns an error message, or an empty string.
    QString load(const QString &path);
    QByteArrayView data() const { return m_data; }
    std::size_t readablePastEnd() const { return m_readablePastEnd; }

private:
    QFile m_file;
    QByteArray m_bytes;
    QByteArrayView m_data;
    std::size_t m_readablePastEnd = 0;
};
