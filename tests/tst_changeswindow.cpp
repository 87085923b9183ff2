#include "core/models/numberchangesmodel.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "gui/changeswindow.h"
#include "support/findchild.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QJsonObject number(const QString &telephoneNumber, const QJsonObject &fields = {})
{
    QJsonObject record = fields;
    record.insert(u"telephoneNumber"_s, telephoneNumber);
    return record;
}

QByteArray jsonOf(const QJsonArray &records)
{
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

std::shared_ptr<const NumberStore> storeOf(const QByteArray &json)
{
    auto store = std::make_shared<NumberStore>();
    const ParseResult result = NumberParser::parse(json, *store);
    if (!result.ok())
        qFatal("test data does not parse: %s", qPrintable(result.error));
    return store;
}

// Last week's load: +4930222 goes, +4930111 moves and changes, +4930555 is sent twice next time.
QByteArray oldJson()
{
    return jsonOf({
        number(u"+4930111"_s, {{u"isoCountryCode"_s, u"DE"_s}, {u"id"_s, 1}}),
        number(u"+4930222"_s, {{u"isoCountryCode"_s, u"DE"_s}}),
        number(u"+4930333"_s,
               {{u"acquiredCapabilities"_s, QJsonArray{u"InboundCalling"_s, u"OutboundCalling"_s}}}),
        number(u"+4930555"_s, {{u"locationId"_s, u"loc-1"_s}}),
    });
}

QByteArray newJson()
{
    return jsonOf({
        number(u"+4930444"_s, {{u"isoCountryCode"_s, u"AT"_s}}),
        number(u"+4930111"_s, {{u"isoCountryCode"_s, u"AT"_s}, {u"id"_s, 2}}),
        number(u"+4930333"_s,
               {{u"acquiredCapabilities"_s, QJsonArray{u"OutboundCalling"_s, u"InboundCalling"_s}}}),
        // A server value that a spreadsheet would run as a formula.
        number(u"+4930555"_s, {{u"locationId"_s, u"=HYPERLINK(\"x\")"_s}}),
        number(u"+4930555"_s, {{u"locationId"_s, u"loc-1"_s}}),
    });
}

CompareSide side(const QByteArray &json, const QString &label)
{
    return {storeOf(json), label};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList numbersShown(const QTableView *table)
{
    QStringList numbers;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        numbers.append(table->model()->index(r, NumberChangesModel::TelephoneNumberColumn).data().toString());
    return numbers;
}

void selectItem(QComboBox *combo, const QString &text)
{
    const int at = combo->findText(text);
    if (at < 0)
        qFatal("no item %s in %s", qPrintable(text), qPrintable(combo->objectName()));
    combo->setCurrentIndex(at);
}

} // namespace

class TestChangesWindow final : public QObject {
    Q_OBJECT

private slots:
    void comparesFiltersAndGoesToNumbers()
    {
        ChangesWindow window(side(oldJson(), u"Monday"_s), side(newJson(), u"Tuesday"_s));
        QCOMPARE(window.objectName(), u"changesWindow"_s);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        auto *stack = child<QStackedWidget>(window, u"contentStack"_s);
        QVERIFY(window.isComparing());
        QCOMPARE(stack->currentWidget()->objectName(), u"comparingPage"_s);
        QVERIFY(!child<QPushButton>(window, u"exportChangesButton"_s)->isEnabled());
        QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!window.isComparing());

        QCOMPARE(child<QLabel>(window, u"summaryLabel"_s)->text(),
                 u"From Monday to Tuesday: 1 added, 1 removed, 2 changed, 1 duplicated"_s);
        QCOMPARE(child<QLabel>(window, u"summaryLabel"_s)->textFormat(), Qt::PlainText);
        auto *table = child<QTableView>(window, u"changesTable"_s);
        QCOMPARE(stack->currentWidget(), table->parentWidget());
        // The capabilities' order is no change.
        QCOMPARE(numbersShown(table), QStringList({u"+4930111"_s, u"+4930111"_s, u"+4930222"_s, u"+4930444"_s,
                                                   u"+4930555"_s, u"+4930555"_s}));

        auto *kinds = child<QComboBox>(window, u"changeKindCombo"_s);
        auto *fields = child<QComboBox>(window, u"changeFieldCombo"_s);
        QStringList kindItems;
        for (int i = 0; i < kinds->count(); ++i)
            kindItems.append(kinds->itemText(i));
        QCOMPARE(kindItems,
                 QStringList({u"All changes"_s, u"Added"_s, u"Removed"_s, u"Changed"_s, u"Duplicates"_s}));
        QStringList fieldItems;
        for (int i = 0; i < fields->count(); ++i)
            fieldItems.append(fields->itemText(i));
        QCOMPARE(fieldItems, QStringList({u"All fields"_s, u"Country"_s, u"Location ID"_s, u"ID"_s}));

        selectItem(kinds, u"Added"_s);
        QCOMPARE(numbersShown(table), QStringList({u"+4930444"_s}));
        QVERIFY(!fields->isEnabled());
        selectItem(kinds, u"Duplicates"_s);
        QCOMPARE(numbersShown(table), QStringList({u"+4930555"_s}));
        selectItem(kinds, u"Changed"_s);
        QVERIFY(fields->isEnabled());
        selectItem(fields, u"Country"_s);
        QCOMPARE(numbersShown(table), QStringList({u"+4930111"_s}));
        QCOMPARE(table->model()->index(0, NumberChangesModel::OldValueColumn).data().toString(), u"DE"_s);
        QCOMPARE(table->model()->index(0, NumberChangesModel::NewValueColumn).data().toString(), u"AT"_s);
        QCOMPARE(child<QLabel>(window, u"shownLabel"_s)->text(), u"Showing 1 of 6"_s);

        // Double-click goes to the number in the new load.
        QSignalSpy activated(&window, &ChangesWindow::numberActivated);
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"+4930111"_s);
        QCOMPARE(activated.at(0).at(1).toBool(), true);

        // Enter on a removed number goes to it in the old load.
        selectItem(kinds, u"Removed"_s);
        QCOMPARE(numbersShown(table), QStringList({u"+4930222"_s}));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), u"+4930222"_s);
        QCOMPARE(activated.at(1).at(1).toBool(), false);
        QVERIFY(window.isVisible()); // Enter is not the dialog's

        // A filter that leaves nothing says so.
        selectItem(kinds, u"Changed"_s);
        selectItem(fields, u"ID"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        selectItem(kinds, u"All changes"_s);
        QCOMPARE(numbersShown(table), QStringList({u"+4930111"_s}));
    }

    void sameLoadsHaveNoDifferences()
    {
        ChangesWindow window(side(oldJson(), u"Monday"_s), side(oldJson(), u"Monday again"_s));
        window.show();
        QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(child<QLabel>(window, u"summaryLabel"_s)->text(),
                 u"From Monday to Monday again: 0 added, 0 removed, 0 changed"_s);
        auto *stack = child<QStackedWidget>(window, u"contentStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
        QCOMPARE(child<QLabel>(window, u"emptyLabel"_s)->text(), u"No differences"_s);
        QVERIFY(!child<QPushButton>(window, u"exportChangesButton"_s)->isEnabled());
        QVERIFY(!child<QComboBox>(window, u"changeKindCombo"_s)->isEnabled());
    }

    void filtersThatLeaveNothingSaySo()
    {
        const QByteArray moved =
            jsonOf({number(u"+4930111"_s, {{u"isoCountryCode"_s, u"AT"_s}}), number(u"+4930222"_s)});
        ChangesWindow window(side(jsonOf({number(u"+4930111"_s), number(u"+4930222"_s)}), u"before"_s),
                             side(moved, u"after"_s));
        QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
        QVERIFY(finished.wait(20000));
        auto *stack = child<QStackedWidget>(window, u"contentStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
        selectItem(child<QComboBox>(window, u"changeKindCombo"_s), u"Duplicates"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
        QCOMPARE(child<QLabel>(window, u"emptyLabel"_s)->text(), u"No changes match the filters"_s);
        QVERIFY(!child<QPushButton>(window, u"exportChangesButton"_s)->isEnabled());
        selectItem(child<QComboBox>(window, u"changeKindCombo"_s), u"Changed"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
        QVERIFY(child<QPushButton>(window, u"exportChangesButton"_s)->isEnabled());
    }

    void exportWritesWhatTheCliWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString oldPath = dir.filePath(u"old.json"_s);
        const QString newPath = dir.filePath(u"new.json"_s);
        QVERIFY(writeFile(oldPath, oldJson()));
        QVERIFY(writeFile(newPath, newJson()));
        const QString cliPath = dir.filePath(u"cli.csv"_s);
        QProcess cli;
        cli.start(QStringLiteral(OCNUMBERS_CLI),
                  {u"diff"_s, oldPath, newPath, u"--out"_s, cliPath, u"--quiet"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1); // differences
        const QByteArray expected = readFile(cliPath);
        QVERIFY(expected.contains("'=HYPERLINK"));

        ChangesWindow window(side(oldJson(), u"old"_s), side(newJson(), u"new"_s));
        window.show();
        QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
        QVERIFY(finished.wait(20000));
        QSignalSpy exported(&window, &ChangesWindow::exportFinished);

        // Through the button and the file dialog.
        const QString windowPath = dir.filePath(u"window.csv"_s);
        QTimer::singleShot(0, this, [windowPath] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(windowPath);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
        });
        child<QPushButton>(window, u"exportChangesButton"_s)->click();
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(0).at(0).toString(), QString());
        QCOMPARE(readFile(windowPath), expected);
        auto *status = child<QLabel>(window, u"exportStatusLabel"_s);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QCOMPARE(status->text(), u"Exported 6 changes to %1"_s.arg(QDir::toNativeSeparators(windowPath)));

        // The rows shown: the filter applied.
        selectItem(child<QComboBox>(window, u"changeKindCombo"_s), u"Added"_s);
        const QString addedPath = dir.filePath(u"added.csv"_s);
        window.exportTo(addedPath);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(1).at(0).toString(), QString());
        QCOMPARE(readFile(addedPath),
                 QByteArray("change,telephoneNumber,field,old,new\r\nadded,+4930444,,,\r\n"));

        // .xlsx by the extension.
        const QString xlsxPath = dir.filePath(u"changes.xlsx"_s);
        window.exportTo(xlsxPath);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(2).at(0).toString(), QString());
        QVERIFY(readFile(xlsxPath).startsWith("PK"));
    }

    void failedExportLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder that cannot be made: its parent is a file (root may write anywhere else).
        QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
        const QString path = dir.filePath(u"file/changes.csv"_s);
        ChangesWindow window(side(oldJson(), u"old"_s), side(newJson(), u"new"_s));
        QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
        QVERIFY(finished.wait(20000));
        QSignalSpy exported(&window, &ChangesWindow::exportFinished);
        window.exportTo(path);
        QVERIFY(exported.wait(20000));
        const QString error = exported.at(0).at(0).toString();
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(child<QLabel>(window, u"exportStatusLabel"_s)->text(), error);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList({u"file"_s}));
        QVERIFY(child<QPushButton>(window, u"exportChangesButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestChangesWindow)
#include "tst_changeswindow.moc"
