#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QString>

class NumberStore;
class QTextStream;
struct ParseResult;

// A saved Live Platform response read into a store with the application's parser: the input of convert
// and diff.
class NumbersInput final {
    Q_DECLARE_TR_FUNCTIONS(NumbersInput)

public:
    // Reads path ("-" for standard input) into store. An input that cannot be read (InputOutput) or is not
    // a Live Platform response (BadData) is reported on err, prefixed with command; warnings are left in
    // result for the caller.
    static CliExitCode read(const QString &path, NumberStore &store, ParseResult &result, QTextStream &err,
                            const QString &command);
    // How messages name the input: its path, or "standard input" for "-".
    static QString displayName(const QString &path);
};
