#pragma once

#include <QCoreApplication>
#include <QFile>

// A command's input file, or standard input for "-", read block by block: a saved million-number
// response is parsed as it is read and never held whole.
class InputFile final {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Returns an error message, or an empty string.
    QString open(const QString &path);
    // The file's size in bytes; -1 for standard input.
    qint64 size() const;
    // The whole file mapped into memory, when it is a regular file of at most maxSize bytes whose last page
    // leaves at least padding bytes readable after the data (their count goes to readablePastEnd); else
    // empty, and the file is to be read.
    QByteArrayView map(qint64 maxSize, std::size_t padding, std::size_t *readablePastEnd);
    // Up to size bytes from the start of a file, without reading them (empty for standard input).
    QByteArray peek(qint64 size);
    // Reads up to size bytes into data: the count, 0 at the end, -1 on an error (then error() says why).
    qint64 read(char *data, qint64 size);
    QString error() const;

private:
    QFile m_file;
    QString m_path;
};
