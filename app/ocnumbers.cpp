#include "core/numberstore.h"
#include "core/sampledata.h"
#include "gui/mainwindow.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    QTranslator translator;
    if (translator.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse, filter and export Microsoft Teams Operator Connect numbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleSize(
        u"sample-size"_s, QApplication::translate("main", "How many generated numbers the sample data has."),
        u"count"_s, QString::number(SampleData::DefaultGeneratedCount));
    parser.addOption(sampleSize);
    parser.process(app);

    bool ok = false;
    const qulonglong count = parser.value(sampleSize).toULongLong(&ok);
    if (!ok || count > 10'000'000) {
        std::fprintf(stderr, "ocnumbers: --sample-size must be a whole number up to 10000000\n");
        return 2;
    }

    MainWindow window;
    window.setNumbers(SampleData::load(count), QApplication::translate("main", "Sample data"));
    window.show();
    return QApplication::exec();
}
