#include "numbersinput.h"

#include "core/input/numbersfilereader.h"
#include "core/parseresult.h"
#include "core/terminaltext.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

CliExitCode NumbersInput::read(const QString &path, NumberStore &store, ParseResult &result, QTextStream &err,
                               const QString &command)
{
    NumbersFileReader reader;
    switch (reader.read(path, store, result)) {
    case NumbersFileReader::Outcome::Read:
        return CliExitCode::Ok;
    case NumbersFileReader::Outcome::Unreadable:
    case NumbersFileReader::Outcome::Cancelled:
        err << command << ": " << terminalSafe(reader.error()) << '\n';
        return CliExitCode::InputOutput;
    case NumbersFileReader::Outcome::BadSnapshot:
        err << command << ": " << terminalSafe(reader.error()) << '\n';
        return CliExitCode::BadData;
    case NumbersFileReader::Outcome::BadData:
        break;
    }
    err << command << ": " << displayName(path) << ": " << terminalSafe(result.error) << '\n';
    return CliExitCode::BadData;
}

QString NumbersInput::displayName(const QString &path)
{
    return path == u"-"_s ? tr("standard input") : terminalSafe(path);
}
