#include "core/timestamp.h"

#include <QTest>

class TestTimestamp final : public QObject {
    Q_OBJECT

private slots:
    void roundTripsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("vendor, 7 digits") << QStringLiteral("2024-04-04T12:21:56.6005305+00:00");
        QTest::newRow("positive offset") << QStringLiteral("2024-04-04T14:21:56.6005305+02:00");
        QTest::newRow("negative offset") << QStringLiteral("2023-12-31T23:59:59.9999999-05:30");
        QTest::newRow("Z") << QStringLiteral("2024-02-29T00:00:00Z");
        QTest::newRow("no zone") << QStringLiteral("2024-02-29T08:00:00");
        QTest::newRow("3 digits") << QStringLiteral("2024-01-01T00:00:00.120+01:00");
        QTest::newRow("trailing zeros kept") << QStringLiteral("2024-01-01T00:00:00.1000000+00:00");
        QTest::newRow("before 1970") << QStringLiteral("1969-07-20T20:17:40.0000001+00:00");
    }
    void roundTripsExactly()
    {
        QFETCH(QString, text);
        Timestamp ts;
        QVERIFY(Timestamp::parse(text.toStdString(), &ts));
        QVERIFY(ts.isValid());
        std::string out;
        ts.appendIso(out);
        QCOMPARE(QString::fromStdString(out), text);
    }

    void keepsTheInstantIn100NanosecondTicks()
    {
        Timestamp utc, shifted;
        QVERIFY(Timestamp::parse("2024-04-04T12:21:56.6005305+00:00", &utc));
        QVERIFY(Timestamp::parse("2024-04-04T14:21:56.6005305+02:00", &shifted));
        QCOMPARE(utc.value(), shifted.value());
        QCOMPARE(utc.value() % 10'000'000, 6005305);
        QCOMPARE(shifted.offsetMinutes, 120);
        QCOMPARE(utc.toDateTime().toMSecsSinceEpoch(), 1712233316600LL);
    }

    void ordersByInstant()
    {
        Timestamp a, b;
        QVERIFY(Timestamp::parse("2024-04-04T12:21:56.6005305+00:00", &a));
        QVERIFY(Timestamp::parse("2024-04-04T12:21:56.6005306+00:00", &b));
        QVERIFY(a.value() < b.value());
    }

    void rejectsWhatItCannotKeepExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2024-04-04");
        QTest::newRow("8 fraction digits") << QStringLiteral("2024-04-04T12:21:56.60053051+00:00");
        QTest::newRow("month 13") << QStringLiteral("2024-13-04T12:21:56+00:00");
        QTest::newRow("Feb 30") << QStringLiteral("2024-02-30T12:21:56+00:00");
        QTest::newRow("Feb 29 non-leap") << QStringLiteral("2023-02-29T12:21:56+00:00");
        QTest::newRow("hour 24") << QStringLiteral("2024-04-04T24:00:00+00:00");
        QTest::newRow("bad offset") << QStringLiteral("2024-04-04T12:21:56+0000");
        QTest::newRow("space separator") << QStringLiteral("2024-04-04 12:21:56");
        QTest::newRow("trailing junk") << QStringLiteral("2024-04-04T12:21:56Zjunk");
        QTest::newRow("empty fraction") << QStringLiteral("2024-04-04T12:21:56.+00:00");
        QTest::newRow("letters") << QStringLiteral("yesterday at noon");
    }
    void rejectsWhatItCannotKeepExactly()
    {
        QFETCH(QString, text);
        Timestamp ts;
        QVERIFY(!Timestamp::parse(text.toStdString(), &ts));
        QVERIFY(ts.isNull());
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
