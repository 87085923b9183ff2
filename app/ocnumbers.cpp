#include "client/profiles/profilestore.h"
#include "client/secrets/keychainsecretstore.h"
#include "core/logprotection.h"
#include "gui/colorscheme.h"
#include "gui/demoenvironment.h"
#include "gui/mainwindow.h"
#include "gui/viewsettings.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

bool isSet(const char *name)
{
    const char *value = std::getenv(name);
    return value && *value;
}

// --help, --help-all and --version only print: they need no display.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--help", 6) == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

// Qt aborts with a platform-plugin error when there is no display; say what to do instead.
bool hasDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay(argc, argv)) {
        if (!onlyPrints(argc, argv)) {
            std::fputs("ocnumbers: no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                       "  Run it in a desktop session, or under a virtual display:  xvfb-run -a ocnumbers\n"
                       "  Without a display, ocnumbers-cli works on saved responses:  "
                       "ocnumbers-cli convert --help\n",
                       stderr);
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    LogProtection::install();
    QApplication::setApplicationName(u"ocnumbers"_s);
    QApplication::setApplicationDisplayName(u"OC Numbers"_s);
    QApplication::setOrganizationName(u"ocnumbers"_s);
    QApplication::setApplicationVersion(QStringLiteral(OCNUMBERS_VERSION));
    // The installed icon theme's icon (hicolor), else the one built in; the desktop file names the
    // application on Wayland.
    QApplication::setDesktopFileName(u"io.github.ocnumbers.OCNumbers"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"io.github.ocnumbers.OCNumbers"_s, QIcon(u":/icons/ocnumbers.svg"_s)));

    // The system language: our strings, then Qt's own (dialog buttons and the like).
    // The language chosen in the window (View > Language), else the system's.
    QSettings settings(u"ocnumbers"_s, u"ocnumbers-window"_s);
    const QString language = ViewSettings(&settings).language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    // English has a translation too, of the plural forms only ("1 row", not "1 rows"): it is loaded for
    // English and for the languages without a translation of their own.
    QTranslator translator;
    if (translator.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(u"ocnumbers_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse, filter and export Microsoft Teams Operator Connect numbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QApplication::translate("main", "Start the built-in demo server and load its largest tenant."));
    const QCommandLineOption demoNumbers(
        u"demo-numbers"_s, QApplication::translate("main", "How many numbers the demo's largest tenant has."),
        u"count"_s, u"100000"_s);
    const QCommandLineOption colorScheme(
        u"color-scheme"_s,
        QApplication::translate("main", "light, dark or system (the default: the desktop's colours)."),
        u"scheme"_s, u"system"_s);
    const QCommandLineOption demoFaults(
        u"demo-faults"_s,
        QApplication::translate("main", "Make the demo server fail on purpose, as ocnumbers-sandbox --faults "
                                        "does (e.g. numbers-v2:503=2:times=1), to see how failures look."),
        u"faults"_s);
    const QCommandLineOption connection(
        u"connection"_s,
        QApplication::translate("main", "Open with this connection chosen (its name as in the window). "
                                        "Without it, --tenant and --number use the last connection used."),
        u"name"_s);
    const QCommandLineOption tenant(
        u"tenant"_s,
        QApplication::translate("main", "Load this tenant (the customer's Microsoft tenant ID)."), u"guid"_s);
    const QCommandLineOption number(
        u"number"_s,
        QApplication::translate("main",
                                "Look this number up (E.164, e.g. +442074996300) and show it with its "
                                "tenant and customer."),
        u"e164"_s);
    parser.addOptions({demo, demoNumbers, demoFaults, colorScheme, connection, tenant, number});
    parser.addPositionalArgument(
        u"file"_s,
        QApplication::translate("main", "A saved Live Platform response or snapshot to show, read-only."),
        u"[file]"_s);
    parser.process(app);

    bool ok = false;
    const qulonglong count = parser.value(demoNumbers).toULongLong(&ok);
    if (!ok || count > 2'000'000) {
        std::fprintf(stderr, "ocnumbers: --demo-numbers must be a whole number up to 2000000\n");
        return 2;
    }
    if (const QString error = DemoEnvironment::setFaults(parser.value(demoFaults)); !error.isEmpty()) {
        std::fprintf(stderr, "ocnumbers: --demo-faults: %s\n", qPrintable(error));
        return 2;
    }
    const QString scheme = parser.value(colorScheme);
    if (scheme != u"system"_s && scheme != u"light"_s && scheme != u"dark"_s) {
        std::fprintf(stderr, "ocnumbers: --color-scheme must be light, dark or system\n");
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "ocnumbers: give one file to open, not %d\n", int(files.size()));
        return 2;
    }
    if (!files.isEmpty() && (parser.isSet(demo) || parser.isSet(tenant) || parser.isSet(number))) {
        std::fprintf(stderr,
                     "ocnumbers: a file to open cannot be combined with --demo, --tenant or --number\n");
        return 2;
    }
    if (scheme != u"system"_s)
        ColorScheme::apply(scheme == u"dark"_s);

    ProfileStore profiles;
    KeychainSecretStore secrets;
    MainWindow window(&profiles, &secrets, &settings);
    if (parser.isSet(connection) || parser.isSet(tenant) || parser.isSet(number)) {
        // Checked before the window shows: a wrong value is said here, as for the other options.
        const QString error =
            window.openTarget(parser.value(connection), parser.value(tenant), parser.value(number));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "ocnumbers: %s\n", error.toLocal8Bit().constData());
            return 2;
        }
    }
    window.show();
    if (parser.isSet(demo))
        window.startDemo(count);
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    return QApplication::exec();
}
