#include "core/numberstore.h"
#include "core/sampledata.h"
#include "gui/mainwindow.h"
#include "models/numberstablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void showsTheSampleDataAndSearches()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParseResult vendor;
        window.setNumbers(SampleData::load(3000, &vendor), u"Sample data"_s);
        QVERIFY(vendor.ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *table = window.findChild<QTableView *>(u"tableView"_s);
        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        auto *count = window.findChild<QLabel *>(u"countLabel"_s);
        QVERIFY(table && search && count);
        QCOMPARE(table->model()->rowCount(), 3002);
        QCOMPARE(count->text(), u"3,002 of 3,002 numbers shown"_s);
        // The vendor's records come first.
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"+18333998785"_s);

        QTest::keyClicks(search, u"+61 3 9750 8869"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"+61397508869"_s);
        QCOMPARE(count->text(), u"1 of 3,002 numbers shown"_s);
        for (int i = 0; i < 15; ++i)
            QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(table->model()->rowCount(), 3002);

        // Clicking a header sorts by that column.
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(window.model()->sortColumn(), 0);
        const QString first = table->model()->index(0, 0).data(NumbersTableModel::SortRole).toString();
        const QString second = table->model()->index(1, 0).data(NumbersTableModel::SortRole).toString();
        QVERIFY(first <= second);
        // No column is sized by measuring rows: widths are set once and are sensible.
        for (int c = 0; c < header->count(); ++c) {
            QVERIFY(header->sectionSize(c) >= 40);
            QVERIFY(header->sectionSize(c) <= 600);
        }
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
