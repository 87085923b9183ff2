// Takes the README's screenshots: the main window with the demo loaded (light or dark palette), its
// detail pane, and the SBC routing dialog. Run it on a real display or under Xvfb (scripts/screenshots.sh);
// it grabs the screen as a user sees it.
#include "auth/memorysecretstore.h"
#include "auth/profilestore.h"
#include "gui/colorscheme.h"
#include "gui/mainwindow.h"
#include "models/numberstablemodel.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
    parser.addOptions({out, dark});
    parser.process(app);
    const bool isDark = parser.isSet(dark);
    ColorScheme::apply(isDark);
    const QDir dir(parser.value(out));

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
    const QString scheme = isDark ? u"dark"_s : u"light"_s;
    if (!save(screen(), dir.filePath(u"main-window-"_s + scheme + u".png"_s)))
        return 1;
    if (isDark)
        return 0;
    QWidget *pane = window.findChild<QWidget *>(u"detailPane"_s);
    if (!save(pane->grab(), dir.filePath(u"detail-pane.png"_s)))
        return 1;
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *routing = nullptr;
    for (int i = 0; i < 50 && !(routing = window.findChild<QDialog *>(u"sbcRoutingDialog"_s)); ++i)
        QTest::qWait(20);
    if (!routing || !QTest::qWaitForWindowExposed(routing)) {
        std::fprintf(stderr, "the routing dialog did not open\n");
        return 1;
    }
    return save(screen(), dir.filePath(u"sbc-routing.png"_s)) ? 0 : 1;
}
