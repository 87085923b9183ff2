// Takes the README's screenshots: the main window with the demo loaded (light or dark palette), its
// detail pane, and the SBC routing dialog; with --language, the same in that language (the application's and
// Qt's translations), named after it. Run it on a real display or under Xvfb (scripts/screenshots.sh); it
// grabs the screen as a user sees it.
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "gui/colorscheme.h"
#include "gui/mainwindow.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

bool save(const QPixmap &pixmap, const QString &path)
{
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

QPixmap screen()
{
    QTest::qWait(300); // let pending paints reach the screen
    return QGuiApplication::primaryScreen()->grabWindow(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"OC Numbers"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Takes the README's screenshots of OC Numbers."_s);
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Folder for the PNG files."_s, u"dir"_s, u"."_s);
    const QCommandLineOption dark(u"dark"_s, u"Dark palette (else light)."_s);
    const QCommandLineOption language(u"language"_s,
                                      u"Show the window in this language (de, fr, es); the files are named "
                                      u"after it (main-window-de.png)."_s,
                                      u"code"_s);
    parser.addOptions({out, dark, language});
    parser.process(app);
    const bool isDark = parser.isSet(dark);
    ColorScheme::apply(isDark);
    const QDir dir(parser.value(out));

    // As the application does at start: the default locale, then our strings and Qt's own.
    const QString code = parser.value(language);
    QTranslator translator;
    QTranslator qtTranslator;
    if (!code.isEmpty()) {
        QLocale::setDefault(QLocale(code));
        if (!translator.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s)) {
            std::fprintf(stderr, "there is no translation for \"%s\"\n", qPrintable(code));
            return 1;
        }
        if (!qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            std::fprintf(stderr, "Qt's own strings stay English: install qt6-translations-l10n\n");
        QApplication::installTranslator(&translator);
        QApplication::installTranslator(&qtTranslator);
    } else if (translator.load(u"ocnumbers_en"_s, u":/i18n"_s)) {
        QApplication::installTranslator(&translator); // English: the plural forms ("1 other loaded number")
    }
    // light, dark; or the language (de, de-dark)
    const QString scheme = isDark ? u"dark"_s : u"light"_s;
    const QString tag = code.isEmpty() ? scheme : isDark ? code + u"-dark"_s : code;
    const QString suffix = code.isEmpty() ? QString() : u"-"_s + code;

    QTemporaryDir temp;
    ProfileStore profiles(temp.filePath(u"profiles.ini"_s));
    MemorySecretStore secrets;
    QSettings settings(temp.filePath(u"window.ini"_s), QSettings::IniFormat);
    MainWindow window(&profiles, &secrets, &settings);
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.startDemo(100000);
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "the demo did not load\n");
        return 1;
    }
    auto *table = window.findChild<QTableView *>(u"tableView"_s);
    table->setFocus();
    table->selectRow(3);
    if (!save(screen(), dir.filePath(u"main-window-"_s + tag + u".png"_s)))
        return 1;
    if (isDark)
        return 0;
    QWidget *pane = window.findChild<QWidget *>(u"detailPane"_s);
    if (!save(pane->grab(), dir.filePath(u"detail-pane"_s + suffix + u".png"_s)))
        return 1;
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *routing = nullptr;
    for (int i = 0; i < 50 && !(routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s)); ++i)
        QTest::qWait(20);
    if (!routing || !QTest::qWaitForWindowExposed(routing)) {
        std::fprintf(stderr, "the routing dialog did not open\n");
        return 1;
    }
    return save(screen(), dir.filePath(u"sbc-routing"_s + suffix + u".png"_s)) ? 0 : 1;
}
