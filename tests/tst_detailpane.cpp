#include "core/numberparser.h"
#include "core/numberstore.h"
#include "gui/detailpane.h"
#include "gui/plaintooltips.h"
#include "sandbox/sampledata.h"

#include <ctime>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Dash = u"—"_s;

std::unique_ptr<NumberStore> parseFile(const QString &name)
{
    QFile file(QStringLiteral(OCNUMBERS_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    auto store = std::make_unique<NumberStore>();
    const ParseResult result = NumberParser::parse(file.readAll(), *store);
    if (!result.ok())
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(result.error));
    return store;
}

QLabel *label(const DetailPane &pane, const QString &name)
{
    auto *found = pane.findChild<QLabel *>(name);
    if (!found)
        qFatal("no label %s", qPrintable(name));
    return found;
}

QString text(const DetailPane &pane, const QString &name)
{
    return label(pane, name)->text();
}

// The capability table as name -> state text, checking the state role agrees with the text.
QMap<QString, QString> capabilityStates(const DetailPane &pane)
{
    auto *table = pane.findChild<QTableWidget *>(u"capabilityTable"_s);
    QMap<QString, QString> states;
    for (int row = 0; row < table->rowCount(); ++row)
        states.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    return states;
}

QString localLong(const QString &iso)
{
    const QDateTime sent = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return QLocale().toString(sent.toLocalTime(), QLocale::LongFormat);
}

const QStringList ValueLabels = {
    u"numberValue"_s,
    u"countryValue"_s,
    u"statusValue"_s,
    u"assignmentValue"_s,
    u"sourceValue"_s,
    u"callingProfileValue"_s,
    u"locationValue"_s,
    u"civicAddressValue"_s,
    u"acquiredOnValue"_s,
    u"whenCreatedValue"_s,
    u"consentedOnValue"_s,
    u"assignmentCheckedOnValue"_s,
    u"assignmentSyncedOnValue"_s,
    u"idValue"_s,
    u"uploadEntryIdValue"_s,
    u"uploadJobIdValue"_s,
    u"msJobIdValue"_s,
    u"customerGuidValue"_s,
    u"customerNameValue"_s,
    u"companyNameValue"_s,
    u"sipConnectionValue"_s,
    u"tenantCallingProfileValue"_s,
    u"channelIdValue"_s,
    u"tenantValue"_s,
};

} // namespace

class TestDetailPane final : public QObject {
    Q_OBJECT

private slots:
    void serverTextInToolTipsIsText()
    {
        // Qt renders a tooltip that looks like HTML; a value as the server sent it must read as sent.
        QCOMPARE(PlainToolTips::escaped(u"2024-13-45T99:99"_s), u"2024-13-45T99:99"_s);
        const QString html = PlainToolTips::escaped(u"<img src=\"http://evil.example/x\"><b>bold</b>"_s);
        QVERIFY2(html.contains(u"&lt;img src=&quot;http://evil.example/x&quot;&gt;&lt;b&gt;bold&lt;/b&gt;"_s),
                 qPrintable(html));
        QVERIFY(!html.contains(u"<img"_s) && !html.contains(u"<b>"_s));
    }

    void initTestCase()
    {
        // A local zone that is not UTC and has no DST, so "local time" is visible in the texts.
        qputenv("TZ", "<+0530>-05:30");
        tzset();
    }

    void startsEmptyAndNamesItsWidgets()
    {
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *empty = pane.findChild<QLabel *>(u"emptyLabel"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No number selected"_s);
        for (const QString &name : ValueLabels) {
            QLabel *value = label(pane, name);
            QVERIFY2(value->textInteractionFlags() & Qt::TextSelectableByMouse, qPrintable(name));
            QVERIFY2(value->wordWrap(), qPrintable(name));
            QVERIFY2(!value->accessibleName().isEmpty(), qPrintable(name));
            QCOMPARE(value->textFormat(), Qt::PlainText);
            QVERIFY(!value->isVisible());
        }
        QVERIFY(pane.findChild<QTableWidget *>(u"capabilityTable"_s));
        QVERIFY(pane.findChild<QTableWidget *>(u"sbcTable"_s));
        QVERIFY(pane.findChild<QPlainTextEdit *>(u"rawJsonEdit"_s));
        QVERIFY(!pane.findChild<QPushButton *>(u"copyJsonButton"_s)->isEnabled());
    }

    void showsTheVendorExample()
    {
        const auto store = parseFile(u"vendor-v2-list.json"_s);
        DetailPane pane;
        pane.showNumber(*store, 0);
        QCOMPARE(text(pane, u"numberValue"_s), u"+18333998785"_s);
        QCOMPARE(text(pane, u"countryValue"_s), u"US"_s);
        QCOMPARE(label(pane, u"countryValue"_s)->toolTip(), u"United States"_s);
        QCOMPARE(text(pane, u"sourceValue"_s), u"webapi"_s);
        QCOMPARE(text(pane, u"tenantValue"_s), u"f94238e5-4f2c-4e1b-8125-2d27122ca75f"_s);
        QCOMPARE(text(pane, u"callingProfileValue"_s), u"5f3fbb3b-df9b-483d-b294-c7eb01e22aac"_s);
        QCOMPARE(text(pane, u"idValue"_s), u"125336"_s);
        QCOMPARE(text(pane, u"uploadEntryIdValue"_s), u"324930"_s);
        QCOMPARE(text(pane, u"uploadJobIdValue"_s), u"3103"_s);
        QCOMPARE(text(pane, u"msJobIdValue"_s), u"a0049837-d57d-4806-b96d-e590143106ad"_s);
        // Sent as null: a dash, and the tooltip says it was null.
        for (const QString &name :
             {u"statusValue"_s, u"assignmentValue"_s, u"locationValue"_s, u"civicAddressValue"_s,
              u"assignmentCheckedOnValue"_s, u"assignmentSyncedOnValue"_s}) {
            QCOMPARE(text(pane, name), Dash);
            QCOMPARE(label(pane, name)->toolTip(), u"null in the record"_s);
        }
        // v2 has none of the v3 fields: absent, which is a dash too.
        for (const QString &name :
             {u"customerGuidValue"_s, u"customerNameValue"_s, u"companyNameValue"_s, u"sipConnectionValue"_s,
              u"tenantCallingProfileValue"_s, u"channelIdValue"_s, u"consentedOnValue"_s}) {
            QCOMPARE(text(pane, name), Dash);
            QCOMPARE(label(pane, name)->toolTip(), u"Not in the record"_s);
        }

        // The application's own sample data starts with the same record.
        const auto sample = SampleData::load(0);
        pane.showNumber(*sample, 0);
        QCOMPARE(text(pane, u"numberValue"_s), u"+18333998785"_s);
        QCOMPARE(text(pane, u"idValue"_s), u"125336"_s);
    }

    void showsTheV3Fields()
    {
        const auto store = parseFile(u"v3-page.json"_s);
        DetailPane pane;
        pane.showNumber(*store, 0);
        QCOMPARE(text(pane, u"numberValue"_s), u"+493012345678"_s);
        QCOMPARE(text(pane, u"statusValue"_s), u"Active"_s);
        QCOMPARE(label(pane, u"statusValue"_s)->toolTip(), u"Sent as 0"_s);
        QCOMPARE(text(pane, u"assignmentValue"_s), u"Unassigned"_s);
        QCOMPARE(text(pane, u"sourceValue"_s), u"webui"_s);
        QCOMPARE(text(pane, u"locationValue"_s), u"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"_s);
        QCOMPARE(text(pane, u"civicAddressValue"_s), u"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"_s);
        QCOMPARE(text(pane, u"customerGuidValue"_s), u"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"_s);
        QCOMPARE(text(pane, u"customerNameValue"_s), u"Fabrikam Müller GmbH"_s);
        QCOMPARE(text(pane, u"companyNameValue"_s), u"Fabrikam Müller GmbH"_s);
        QCOMPARE(text(pane, u"sipConnectionValue"_s), u"OC-DE-Trunk"_s);
        QCOMPARE(text(pane, u"sipConnectionDescriptionValue"_s),
                 u"Operator Connect, Frankfurt and Amsterdam"_s);
        QCOMPARE(text(pane, u"tenantCallingProfileValue"_s), u"0d8f5a3e-2b1c-4d7e-9f60-7a8b9c0d1e2f"_s);
        QCOMPARE(text(pane, u"channelIdValue"_s), u"3"_s);
        QCOMPARE(text(pane, u"verificationCodeValue"_s), u"200"_s);
        QCOMPARE(text(pane, u"consentedOnValue"_s), localLong(u"2023-11-02T09:15:00.1234567+01:00"_s));

        pane.showNumber(*store, 1);
        QCOMPARE(text(pane, u"statusValue"_s), u"Marked For Removal"_s);
        QCOMPARE(text(pane, u"assignmentValue"_s), u"UserAssigned"_s);
        QCOMPARE(text(pane, u"locationValue"_s), Dash);
    }

    void showsTimestampsInLocalTime()
    {
        const auto store = parseFile(u"vendor-v2-list.json"_s);
        DetailPane pane;
        pane.showNumber(*store, 0);
        QLabel *acquired = label(pane, u"acquiredOnValue"_s);
        QCOMPARE(acquired->toolTip(), u"2024-04-04T12:21:56.6005305+00:00"_s);
        // 12:21:56 UTC is 17:51:56 in the test's +05:30 zone.
        QVERIFY2(acquired->text().contains(u"17:51:56"_s), qPrintable(acquired->text()));
        QCOMPARE(acquired->text(), localLong(acquired->toolTip()));
        QLabel *created = label(pane, u"whenCreatedValue"_s);
        QCOMPARE(created->toolTip(), u"2024-04-04T12:24:01.9697859+00:00"_s);
        QVERIFY2(created->text().contains(u"17:54:01"_s), qPrintable(created->text()));

        // A date the parser could not read is shown as it came.
        const auto odd = parseFile(u"detailpane.json"_s);
        pane.showNumber(*odd, 0);
        QCOMPARE(label(pane, u"acquiredOnValue"_s)->text(), u"yesterday"_s);
        QCOMPARE(label(pane, u"acquiredOnValue"_s)->toolTip(), u"yesterday"_s);
    }

    void tellsAbsentNullEmptyAndOddValuesApart()
    {
        const auto store = parseFile(u"detailpane.json"_s);
        DetailPane pane;
        pane.showNumber(*store, 0);
        QCOMPARE(text(pane, u"callingProfileValue"_s), QString()); // sent as ""
        QCOMPARE(text(pane, u"locationValue"_s), Dash);            // null
        QCOMPARE(text(pane, u"civicAddressValue"_s), Dash);        // absent
        QCOMPARE(label(pane, u"civicAddressValue"_s)->toolTip(), u"Not in the record"_s);
        // A country sent as a number is shown as sent, not confused with the one inside futureField.
        QCOMPARE(text(pane, u"countryValue"_s), u"33"_s);
    }

    void showsTheCapabilityMatrix()
    {
        const auto store = parseFile(u"vendor-v2-list.json"_s);
        DetailPane pane;
        auto *table = pane.findChild<QTableWidget *>(u"capabilityTable"_s);
        pane.showNumber(*store, 1);
        const auto states = capabilityStates(pane);
        QCOMPARE(table->rowCount(), CapabilityVocabulary::documentedCount());
        QCOMPARE(states.value(u"InboundCalling"_s), u"Acquired"_s);
        QCOMPARE(states.value(u"UserAssignment"_s), u"Acquired"_s);
        QCOMPARE(states.value(u"Mobile"_s), u"Available"_s);
        QCOMPARE(states.value(u"TollFree"_s), u"Not available"_s);
        QCOMPARE(states.value(u"TeamsPhoneMobile"_s), u"Not available"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *state = table->item(row, 1);
            // Qt::UserRole: 0 acquired, 1 available but not acquired, 2 not available (drawn disabled).
            const int expected = state->text() == u"Acquired"_s        ? 0
                                 : state->text() == u"Not available"_s ? 2
                                                                       : 1;
            QCOMPARE(state->data(Qt::UserRole).toInt(), expected);
            QCOMPARE(bool(state->flags() & Qt::ItemIsEnabled), expected != 2);
        }
        const QTableWidgetItem *firstItem = table->item(0, 1);

        // Capabilities outside the documented ones appear only for numbers that have them.
        const auto odd = parseFile(u"detailpane.json"_s);
        pane.showNumber(*odd, 0);
        auto oddStates = capabilityStates(pane);
        QCOMPARE(table->rowCount(), CapabilityVocabulary::documentedCount() + 2);
        QCOMPARE(oddStates.value(u"HoloCalling"_s), u"Acquired"_s);
        QCOMPARE(oddStates.value(u"QuantumFax"_s), u"Available"_s);
        QCOMPARE(oddStates.value(u"Mobile"_s), u"Available"_s);
        QVERIFY(!oddStates.contains(u"LaserCalling"_s));
        pane.showNumber(*odd, 1);
        oddStates = capabilityStates(pane);
        QCOMPARE(table->rowCount(), CapabilityVocabulary::documentedCount() + 1);
        QCOMPARE(oddStates.value(u"LaserCalling"_s), u"Acquired"_s);
        QVERIFY(!oddStates.contains(u"HoloCalling"_s));
        QCOMPARE(oddStates.value(u"InboundCalling"_s), u"Not available"_s);

        // Rows are reused, not rebuilt.
        pane.showNumber(*store, 0);
        QCOMPARE(table->rowCount(), CapabilityVocabulary::documentedCount());
        QCOMPARE(table->item(0, 1), firstItem);
        QCOMPARE(capabilityStates(pane).value(u"TollFree"_s), u"Acquired"_s);
    }

    void splitsTheSbcs()
    {
        const auto store = parseFile(u"v3-page.json"_s);
        DetailPane pane;
        auto *table = pane.findChild<QTableWidget *>(u"sbcTable"_s);
        pane.showNumber(*store, 0);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"sbc-fra1.voice.example.net"_s);
        QCOMPARE(table->item(0, 0)->toolTip(), u"sbc-fra1.voice.example.net [51.116.99.14]"_s);
        QCOMPARE(table->item(0, 1)->text(), u"51.116.99.14"_s);
        QCOMPARE(table->item(0, 2)->text(), u"11"_s);
        QCOMPARE(table->item(1, 0)->text(), u"sbc-ams1.voice.example.net"_s);
        QCOMPARE(table->item(1, 1)->text(), u"20.50.2.41"_s);
        QCOMPARE(table->item(1, 2)->text(), u"12"_s);

        const auto odd = parseFile(u"detailpane.json"_s);
        pane.showNumber(*odd, 0);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), u"plain.example.net"_s);
        QCOMPARE(table->item(0, 1)->text(), QString());
        QCOMPARE(table->item(0, 2)->text(), u"S-1"_s);
        QCOMPARE(table->item(1, 0)->text(), u"sbc6.example.net"_s);
        QCOMPARE(table->item(1, 1)->text(), u"2001:db8::1"_s);
        QCOMPARE(table->item(2, 2)->text(), Dash);
        pane.showNumber(*odd, 1);
        QCOMPARE(table->rowCount(), 0);
    }

    void showsAndCopiesTheRawJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("row");
        QTest::newRow("vendor v2") << u"vendor-v2-list.json"_s << 0;
        QTest::newRow("v3") << u"v3-page.json"_s << 0;
        QTest::newRow("v3 sbcListArray") << u"v3-page.json"_s << 1;
        QTest::newRow("kept verbatim") << u"detailpane.json"_s << 0;
        QTest::newRow("tolerant") << u"tolerant.json"_s << 1;
    }

    void showsAndCopiesTheRawJson()
    {
        QFETCH(QString, file);
        QFETCH(int, row);
        const auto store = parseFile(file);
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showNumber(*store, static_cast<std::size_t>(row));
        auto *edit = pane.findChild<QPlainTextEdit *>(u"rawJsonEdit"_s);
        QVERIFY(edit->isReadOnly());
        QVERIFY(edit->textInteractionFlags() & Qt::TextSelectableByMouse);
        const QString shown = edit->toPlainText();
        const QByteArray raw = QByteArray::fromStdString(store->rawJson(static_cast<std::size_t>(row)));
        QJsonParseError error;
        const QJsonDocument shownDoc = QJsonDocument::fromJson(shown.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(shownDoc, QJsonDocument::fromJson(raw));
        QVERIFY(shown.count(u'\n') > 3); // pretty-printed
        // The keys keep the record's order.
        const qsizetype firstKeyEnd = raw.indexOf(':');
        QVERIFY(shown.startsWith(u"{\n  "_s + QString::fromUtf8(raw.mid(1, firstKeyEnd - 1)) + u": "_s));

        QGuiApplication::clipboard()->clear();
        auto *copy = pane.findChild<QPushButton *>(u"copyJsonButton"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
    }

    void clearShowsTheEmptyState()
    {
        const auto store = parseFile(u"vendor-v2-list.json"_s);
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showNumber(*store, 0);
        auto *empty = pane.findChild<QLabel *>(u"emptyLabel"_s);
        QVERIFY(!empty->isVisible());
        QVERIFY(label(pane, u"numberValue"_s)->isVisible());
        pane.clear();
        QVERIFY(empty->isVisible());
        QVERIFY(!label(pane, u"numberValue"_s)->isVisible());
        QVERIFY(pane.findChild<QPlainTextEdit *>(u"rawJsonEdit"_s)->toPlainText().isEmpty());
        QVERIFY(!pane.findChild<QPushButton *>(u"copyJsonButton"_s)->isEnabled());
        pane.showNumber(*store, 1);
        QVERIFY(!empty->isVisible());
        // A row past the end is nothing to show.
        pane.showNumber(*store, 2);
        QVERIFY(empty->isVisible());
    }

    void fitsANarrowPane()
    {
        const auto store = parseFile(u"v3-page.json"_s);
        DetailPane pane;
        pane.resize(420, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showNumber(*store, 0);
        QCoreApplication::processEvents();
        auto *area = pane.findChild<QScrollArea *>();
        QVERIFY(area);
        QVERIFY(area->widget()->width() <= area->viewport()->width());
        for (const QString &name : ValueLabels) {
            QLabel *value = label(pane, name);
            const QRect inViewport(value->mapTo(area->widget(), QPoint(0, 0)), value->size());
            QVERIFY2(inViewport.right() < area->viewport()->width(), qPrintable(name));
        }
        // Every SBC and capability row is visible without scrolling inside the tables.
        for (const QString &name : {u"capabilityTable"_s, u"sbcTable"_s}) {
            auto *table = pane.findChild<QTableWidget *>(name);
            const int last = table->rowCount() - 1;
            QVERIFY(table->visualItemRect(table->item(last, 0)).bottom() < table->viewport()->height());
        }
    }

    // Keyboard-scrolling shows row after row: each one replaces the last completely. How long it takes is a
    // figure, not a check (timings depend on the machine and its load): it is printed for the record.
    void followsTheCurrentRow()
    {
        const auto store = SampleData::load(20000);
        DetailPane pane;
        pane.resize(420, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QElapsedTimer timer;
        timer.start();
        for (std::size_t row = 0; row < store->size(); ++row) {
            pane.showNumber(*store, row);
            if (row % 64 == 0)
                QCoreApplication::processEvents(); // layout and paint, as a visible pane does
        }
        qInfo("showNumber with layout and paint: %.3f ms per row",
              double(timer.nsecsElapsed()) / 1e6 / double(store->size()));
        const std::size_t last = store->size() - 1;
        QCOMPARE(label(pane, u"numberValue"_s)->text(),
                 QString::fromUtf8(store->telephoneNumber(last).data(),
                                   qsizetype(store->telephoneNumber(last).size())));
    }

    // Not a check: OCNUMBERS_SCREENSHOT_DIR=/tmp saves what the pane looks like, light and dark.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("OCNUMBERS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set OCNUMBERS_SCREENSHOT_DIR to save screenshots");
        const auto store = parseFile(u"v3-page.json"_s);
        const auto vendor = parseFile(u"vendor-v2-list.json"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        const QPalette light = QApplication::style()->standardPalette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
        for (const auto &[name, palette] : {std::pair{u"light"_s, light}, std::pair{u"dark"_s, dark}}) {
            QApplication::setPalette(palette);
            DetailPane pane;
            pane.resize(420, 768);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            pane.showNumber(*store, 0);
            QTest::qWait(50);
            auto *area = pane.findChild<QScrollArea *>();
            QWidget *contents = area->widget();
            contents->grab().save(dir + u"/detailpane-"_s + name + u"-all.png"_s);
            pane.grab().save(dir + u"/detailpane-"_s + name + u".png"_s);
            pane.showNumber(*vendor, 1);
            QTest::qWait(50);
            contents->grab().save(dir + u"/detailpane-"_s + name + u"-vendor.png"_s);
            pane.clear();
            QCoreApplication::processEvents();
            pane.grab().save(dir + u"/detailpane-"_s + name + u"-empty.png"_s);
        }
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
