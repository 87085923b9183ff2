#include "numbersinput.h"

#include "core/numberparser.h"
#include "core/terminaltext.h"
#include "inputbuffer.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

CliExitCode NumbersInput::read(const QString &path, NumberStore &store, ParseResult &result, QTextStream &err,
                               const QString &command)
{
    {
        InputBuffer input;
        if (const QString error = input.load(path); !error.isEmpty()) {
            err << command << ": " << terminalSafe(error) << '\n';
            return CliExitCode::InputOutput;
        }
        result = NumberParser::parse(input.data(), store, input.readablePastEnd());
    }
    if (!result.ok()) {
        err << command << ": " << displayName(path) << ": " << terminalSafe(result.error) << '\n';
        return CliExitCode::BadData;
    }
    return CliExitCode::Ok;
}

QString NumbersInput::displayName(const QString &path)
{
    return path == u"-"_s ? tr("standard input") : terminalSafe(path);
}
