// The window in German, French and Spanish: with the application's translation (:/i18n/ocnumbers_<lang>.qm,
// compiled from translations/*.ts into this test as into the application) and Qt's own (qtbase_<lang>.qm from
// Qt's translations folder, Debian package qt6-translations-l10n) installed, the menus, buttons, column
// titles and dialog buttons read in that language, and the longer texts still fit a 1366x768 screen.
#include "client/profiles/connectionprofile.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "core/numberstore.h"
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "sandbox/sampledata.h"
#include "support/findchild.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The widget shows the message's translation, and there is one (not the English source).
#define COMPARE_TRANSLATED(actual, context, source)                                                          \
    do {                                                                                                     \
        const QString wanted = QCoreApplication::translate(context, source);                                 \
        QVERIFY2(wanted != QString::fromUtf8(source), "no translation of \"" source "\" in " context);       \
        QCOMPARE(actual, wanted);                                                                            \
    } while (false)

namespace {

const QSize Screen(1366, 768);

// Buttons, labels and combo boxes that the layout gave less room than their text needs, and menus the menu
// bar could not show, as "objectName: text" lines.
QStringList clipped(QWidget *window)
{
    QStringList found;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window) && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width())
            found.append(u"%1: \"%2\" is %3 px wide, needs %4"_s.arg(button->objectName(), button->text())
                             .arg(button->width())
                             .arg(button->sizeHint().width()));
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window) && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->minimumSizeHint().width())
            found.append(u"%1: \"%2\" is %3 px wide, needs %4"_s.arg(label->objectName(), label->text())
                             .arg(label->width())
                             .arg(label->minimumSizeHint().width()));
    }
    for (const QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(window) || combo->isEditable() || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo); // as QComboBox::initStyleOption (protected) does, for the edit field's size
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        const int room =
            combo->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                .width();
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (room < needed)
            found.append(u"%1: \"%2\" has %3 px, needs %4"_s.arg(combo->objectName(), combo->currentText())
                             .arg(room)
                             .arg(needed));
    }
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->isVisible() && bar->actionGeometry(action).right() >= bar->width())
                found.append(u"menu bar: \"%1\" does not fit"_s.arg(action->text()));
        }
    }
    return found;
}

} // namespace

class TestTranslatedWindow final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_translator;
    QTranslator m_qtTranslator;

    // As app/ocnumbers.cpp does at start: the default locale, then our strings and Qt's.
    bool install(const QString &language)
    {
        QLocale::setDefault(QLocale(language));
        if (!m_translator.load(QLocale(), u"ocnumbers"_s, u"_"_s, u":/i18n"_s)) {
            qWarning("cannot load :/i18n/ocnumbers_%s.qm", qPrintable(language));
            return false;
        }
        if (!m_qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qWarning("cannot load qtbase_%s.qm from %s: install qt6-translations-l10n", qPrintable(language),
                     qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            return false;
        }
        return QCoreApplication::installTranslator(&m_translator) &&
               QCoreApplication::installTranslator(&m_qtTranslator);
    }

private slots:
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        QLocale::setDefault(QLocale::c());
    }

    void mainWindowAndDialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu"); // our translation, spelled out once per language
        QTest::addColumn<QString>("cancel");   // Qt's translation of the standard Cancel button
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"Abbrechen"_s;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"Annuler"_s;
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"Cancelar"_s;
    }

    void mainWindowAndDialogs()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, cancel);
        QVERIFY(install(language));

        ProfileStore profiles(m_dir.filePath(language + u"-profiles.ini"_s));
        MemorySecretStore secrets;
        QSettings settings(m_dir.filePath(language + u"-window.ini"_s), QSettings::IniFormat);
        MainWindow window(&profiles, &secrets, &settings);
        window.resize(Screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(child<QMenu>(&window, u"menuFile"_s)->title(), fileMenu);
        COMPARE_TRANSLATED(child<QMenu>(&window, u"menuFile"_s)->title(), "MainWindow", "&File");
        COMPARE_TRANSLATED(child<QMenu>(&window, u"menuNumbers"_s)->title(), "MainWindow", "&Numbers");
        COMPARE_TRANSLATED(child<QPushButton>(&window, u"demoButton"_s)->text(), "MainWindow",
                           "Try the &demo");
        COMPARE_TRANSLATED(child<QPushButton>(&window, u"loadButton"_s)->text(), "MainWindow", "&Load");
        COMPARE_TRANSLATED(child<QLabel>(&window, u"welcomeTitle"_s)->text(), "MainWindow",
                           "Welcome to OC Numbers");
        COMPARE_TRANSLATED(child<QLabel>(&window, u"searchLabel"_s)->text(), "FilterBar", "&Search:");
        COMPARE_TRANSLATED(window.model()->headerData(0, Qt::Horizontal).toString(), "NumberColumns",
                           "Number");
        COMPARE_TRANSLATED(window.model()->headerData(10, Qt::Horizontal).toString(), "NumberColumns",
                           "Acquired Date");
        QTRY_VERIFY2(clipped(&window).isEmpty(), qPrintable(clipped(&window).join(u'\n')));
        QVERIFY2(window.minimumSizeHint().width() <= Screen.width(),
                 qPrintable(u"the window needs %1 px"_s.arg(window.minimumSizeHint().width())));

        // With numbers: the filter bar's choices and the table.
        window.setNumbers(SampleData::load(500), u"sample"_s);
        QTRY_VERIFY(child<QWidget>(&window, u"tableView"_s)->isVisible());
        COMPARE_TRANSLATED(child<QComboBox>(&window, u"assignmentFilter"_s)->currentText(), "FilterBar",
                           "Any assignment");
        QTRY_VERIFY2(clipped(&window).isEmpty(), qPrintable(clipped(&window).join(u'\n')));

        // The export dialog: our labels, Qt's buttons.
        ExportDialog exportDialog(u"100 numbers, 5 columns."_s, m_dir.filePath(u"numbers.csv"_s),
                                  CsvOptions{}, &window);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        COMPARE_TRANSLATED(exportDialog.windowTitle(), "ExportDialog", "Export to CSV");
        COMPARE_TRANSLATED(child<QAbstractButton>(&exportDialog, u"browseButton"_s)->text(), "ExportDialog",
                           "&Browse…");
        auto *buttons = child<QDialogButtonBox>(&exportDialog, u"buttonBox"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), cancel);
        COMPARE_TRANSLATED(buttons->button(QDialogButtonBox::Save)->text(), "QPlatformTheme", "Save");
        QTRY_VERIFY2(clipped(&exportDialog).isEmpty(), qPrintable(clipped(&exportDialog).join(u'\n')));
        exportDialog.close();

        // The connection dialog, the densest form: it must still fit the screen.
        QNetworkAccessManager nam;
        ProfileDialog profileDialog(ConnectionProfile{}, {}, &secrets, &nam, &window);
        profileDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profileDialog));
        COMPARE_TRANSLATED(profileDialog.windowTitle(), "ProfileDialog", "Add a Live Platform connection");
        auto *profileButtons = child<QDialogButtonBox>(&profileDialog, u"buttonBox"_s);
        COMPARE_TRANSLATED(profileButtons->button(QDialogButtonBox::Ok)->text(), "ProfileDialog", "&Save");
        QCOMPARE(profileButtons->button(QDialogButtonBox::Cancel)->text(), cancel);
        const QSize needed = profileDialog.minimumSizeHint();
        QVERIFY2(
            needed.width() <= Screen.width() && needed.height() <= Screen.height(),
            qPrintable(u"the connection dialog needs %1x%2 px"_s.arg(needed.width()).arg(needed.height())));
        QTRY_VERIFY2(clipped(&profileDialog).isEmpty(), qPrintable(clipped(&profileDialog).join(u'\n')));
        profileDialog.close();
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
