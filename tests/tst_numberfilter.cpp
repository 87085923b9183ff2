#include "core/numberfilter.h"
#include "core/numbermatcher.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Five numbers with distinct traits.
const char *const Numbers = R"([
 {"telephoneNumber":"+18333998785","isoCountryCode":"US","acquiredNumberStatus":0,"source":"webapi",
  "assignmentStatus":"UserAssigned","callingProfileId":"5f3fbb3b-df9b-483d-b294-c7eb01e22aac",
  "tenantId":"f94238e5-4f2c-4e1b-8125-2d27122ca75f","umpCustomerFullName":"Contoso Ltd",
  "acquiredCapabilities":["InboundCalling","OutboundCalling","UserAssignment"],
  "availableCapabilities":["InboundCalling","OutboundCalling","UserAssignment","Mobile"],
  "sbcList":[{"sbcName":"oc1.sandbox2.example.net [20.102.51.206]","sbcId":8}]},
 {"telephoneNumber":"+442074996300","isoCountryCode":"GB","acquiredNumberStatus":2,"source":"webui",
  "assignmentStatus":null,"callingProfileId":"0d8f5a3e-2b1c-4d7e-9f60-7a8b9c0d1e2f",
  "tenantId":"f94238e5-4f2c-4e1b-8125-2d27122ca75f","umpCustomerFullName":"Fabrikam Müller GmbH",
  "acquiredCapabilities":["InboundCalling","OutboundCalling"],
  "availableCapabilities":["InboundCalling","OutboundCalling"],
  "sbcList":[{"sbcName":"sbc-lon1.voice.example.net [51.140.18.203]","sbcId":13},
             {"sbcName":"oc1.sandbox2.example.net [20.102.51.206]","sbcId":8}]},
 {"telephoneNumber":"+61397508869","isoCountryCode":"AU","acquiredNumberStatus":0,"source":"ocsync",
  "assignmentStatus":"VoiceApp","acquiredCapabilities":["InboundCalling"],
  "availableCapabilities":["InboundCalling","OutboundCalling","Mobile"],"sbcList":[]},
 {"telephoneNumber":"+4930123456","isoCountryCode":"DE","acquiredNumberStatus":null,"source":"webapi",
  "acquiredCapabilities":["TollFree","InboundCalling","OutboundCalling"],
  "availableCapabilities":["TollFree","InboundCalling","OutboundCalling"]},
 {"telephoneNumber":"+12125550100","isoCountryCode":"US","acquiredNumberStatus":3,"source":"webapi",
  "assignmentStatus":"Unassigned","acquiredCapabilities":[],"availableCapabilities":["UserAssignment"],
  "tenantId":"0a0b0c0d-0000-4000-8000-000000000001"}
])";

} // namespace

class TestNumberFilter final : public QObject {
    Q_OBJECT

    NumberStore m_store;

    QStringList matching(const NumberFilter &filter)
    {
        NumberMatcher matcher(filter, m_store);
        QStringList numbers;
        for (std::size_t row = 0; row < m_store.size(); ++row) {
            if (matcher.matches(row))
                numbers.append(QString::fromStdString(std::string(m_store.telephoneNumber(row))));
        }
        return numbers;
    }

    NumberFilter parsed(const QStringList &expressions)
    {
        NumberFilter filter;
        for (const QString &e : expressions) {
            const QString error = filter.applyExpression(e);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        return filter;
    }

private slots:
    void initTestCase() { QVERIFY(NumberParser::parse(Numbers, m_store).ok()); }

    void emptyFilterMatchesAll()
    {
        NumberFilter filter;
        QVERIFY(filter.isEmpty());
        QCOMPARE(matching(filter).size(), 5);
    }

    void criteria_data()
    {
        QTest::addColumn<QStringList>("expressions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("text: number digits with spacing")
            << QStringList{u"text=+44 20 7499"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("text: local prefix digits")
            << QStringList{u"text=8333"_s} << QStringList{u"+18333998785"_s};
        QTest::newRow("text: calling profile, case-insensitive")
            << QStringList{u"text=0D8F5A3E"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("text: SBC ip") << QStringList{u"text=51.140.18"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("text: SBC fqdn")
            << QStringList{u"text=sandbox2"_s} << QStringList{u"+18333998785"_s, u"+442074996300"_s};
        QTest::newRow("text: customer, non-ASCII lower case")
            << QStringList{u"text=müller"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("text: tenant") << QStringList{u"text=0a0b0c0d"_s} << QStringList{u"+12125550100"_s};
        QTest::newRow("status by name")
            << QStringList{u"status=Marked For Removal"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("status by code and none")
            << QStringList{u"status=3,none"_s} << QStringList{u"+4930123456"_s, u"+12125550100"_s};
        QTest::newRow("assignment none")
            << QStringList{u"assignment=none"_s} << QStringList{u"+442074996300"_s, u"+4930123456"_s};
        QTest::newRow("assignment, any case") << QStringList{u"assignment=userassigned,VoiceApp"_s}
                                              << QStringList{u"+18333998785"_s, u"+61397508869"_s};
        QTest::newRow("country") << QStringList{u"country=us"_s}
                                 << QStringList{u"+18333998785"_s, u"+12125550100"_s};
        QTest::newRow("source") << QStringList{u"source=ocsync,WEBUI"_s}
                                << QStringList{u"+442074996300"_s, u"+61397508869"_s};
        QTest::newRow("sbc by full name") << QStringList{u"sbc=sbc-lon1.voice.example.net [51.140.18.203]"_s}
                                          << QStringList{u"+442074996300"_s};
        QTest::newRow("sbc by fqdn") << QStringList{u"sbc=oc1.sandbox2.example.net"_s}
                                     << QStringList{u"+18333998785"_s, u"+442074996300"_s};
        QTest::newRow("sbc by ip") << QStringList{u"sbc=51.140.18.203"_s} << QStringList{u"+442074996300"_s};
        QTest::newRow("sbc none") << QStringList{u"sbc=none"_s}
                                  << QStringList{u"+61397508869"_s, u"+4930123456"_s, u"+12125550100"_s};
        QTest::newRow("capabilities are ANDed")
            << QStringList{u"capability=InboundCalling,OutboundCalling"_s}
            << QStringList{u"+18333998785"_s, u"+442074996300"_s, u"+4930123456"_s};
        QTest::newRow("capability, any case")
            << QStringList{u"capability=tollfree"_s} << QStringList{u"+4930123456"_s};
        QTest::newRow("capability nobody has") << QStringList{u"capability=Mobile"_s} << QStringList{};
        QTest::newRow("available but not acquired")
            << QStringList{u"available=Mobile"_s} << QStringList{u"+18333998785"_s, u"+61397508869"_s};
        QTest::newRow("criteria combine with AND")
            << QStringList{u"country=US"_s, u"status=Active"_s, u"text=833"_s}
            << QStringList{u"+18333998785"_s};
        QTest::newRow("text matches nothing") << QStringList{u"text=zzz-nothing"_s} << QStringList{};
    }
    void criteria()
    {
        QFETCH(QStringList, expressions);
        QFETCH(QStringList, expected);
        QCOMPARE(matching(parsed(expressions)), expected);
    }

    void badExpressionsExplainThemselves_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << u"Active"_s << u"not of the form key=value"_s;
        QTest::newRow("unknown key") << u"colour=red"_s << u"unknown filter key \"colour\""_s;
        QTest::newRow("unknown status") << u"status=Sleeping"_s << u"unknown status \"Sleeping\""_s;
        QTest::newRow("empty value") << u"country="_s << u"has no value"_s;
    }
    void badExpressionsExplainThemselves()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        NumberFilter filter;
        const QString error = filter.applyExpression(expression);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void narrowingIsDetectedOnlyWhenSafe()
    {
        NumberFilter a, b;
        a.text = u"+44"_s;
        b.text = u"+44 20"_s;
        QVERIFY(b.isNarrowingOf(a));
        QVERIFY(!a.isNarrowingOf(b));
        NumberFilter c = b;
        c.countries = {u"GB"_s};
        QVERIFY(!c.isNarrowingOf(a)); // other criteria changed: full rescan
        NumberFilter letters;
        letters.text = u"(2a"_s;
        NumberFilter paren;
        paren.text = u"("_s;
        QVERIFY(!letters.isNarrowingOf(paren) || matching(letters).size() <= matching(paren).size());
        NumberFilter phone;
        phone.text = u"(2"_s;
        QVERIFY(!phone.isNarrowingOf(paren)); // phone digits vs plain text: not comparable
    }
};

QTEST_APPLESS_MAIN(TestNumberFilter)
#include "tst_numberfilter.moc"
