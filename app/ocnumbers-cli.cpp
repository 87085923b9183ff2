#include "cli/cliexitcode.h"
#include "cli/convertcommand.h"
#include "cli/diffcommand.h"
#include "cli/fetchcommand.h"
#include "cli/profilecommand.h"
#include "core/logprotection.h"

#include <cstdio>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: ocnumbers-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n'
        << "  fetch     " << QCoreApplication::translate("cli", "Load a tenant's numbers from Live Platform")
        << '\n'
        << "  profile   " << QCoreApplication::translate("cli", "Manage connection profiles") << '\n'
        << "  convert   " << QCoreApplication::translate("cli", "Convert a saved response to CSV or JSON")
        << '\n'
        << "  diff      "
        << QCoreApplication::translate("cli", "Show what changed between two saved responses") << "\n\n"
        << QCoreApplication::translate("cli", "Run 'ocnumbers-cli COMMAND --help' for a command's options.")
        << "\n\n"
        << QCoreApplication::translate("cli", "Exit codes: 0 success (diff: no differences), 1 diff: "
                                              "differences, 2 bad usage, 3 bad data, 4 input/output error, "
                                              "5 sign-in failed, 6 server or network failure.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LogProtection::install();
    QCoreApplication::setApplicationName(u"ocnumbers-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OCNUMBERS_VERSION));
    // As the window does: our strings in the system language (else English, whose translation holds only the
    // plural forms: "1 warning"), then Qt's own (QCommandLineParser's "Usage:" and "Options:").
    QTranslator translator;
    if (translator.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(u"ocnumbers_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTextStream err(stderr);
    QTextStream out(stdout);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        printUsage(command.isEmpty() ? err : out);
        return static_cast<int>(command.isEmpty() ? CliExitCode::Usage : CliExitCode::Ok);
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        out << "ocnumbers-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == u"convert"_s)
        return static_cast<int>(ConvertCommand::run(arguments, err));
    if (command == u"diff"_s)
        return DiffCommand::run(arguments, err);
    if (command == u"fetch"_s)
        return static_cast<int>(FetchCommand::run(arguments, err));
    if (command == u"profile"_s)
        return static_cast<int>(ProfileCommand::run(arguments, out, err));

    err << "ocnumbers-cli: " << QCoreApplication::translate("cli", "unknown command \"%1\"").arg(command)
        << '\n';
    printUsage(err);
    return static_cast<int>(CliExitCode::Usage);
}
