#include "core/numberfilter.h"
#include "core/numbermatcher.h"
#include "core/numberparser.h"
#include "core/numberstore.h"

#include <algorithm>
#include <numeric>
#include <QRandomGenerator>
#include <QTest>
#include <random>
#include <span>

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

// Numbers for the phone search: a block in +44 20 7946, its neighbours of other lengths, a number with
// "4420" inside (+1 415 804 4206), one stored with spaces, and one whose other fields hold digits and "+".
const char *const PhoneNumbers[] = {
    "{\"telephoneNumber\":\"+14158044206\"}",
    "{\"telephoneNumber\":\"+442079460000\"}",
    "{\"telephoneNumber\":\"+442079460001\"}",
    "{\"telephoneNumber\":\"+442079460500\"}",
    "{\"telephoneNumber\":\"+442079460999\"}",
    "{\"telephoneNumber\":\"+442079461000\"}",
    "{\"telephoneNumber\":\"+44207946099\"}",
    "{\"telephoneNumber\":\"+4420794600000\"}",
    "{\"telephoneNumber\":\"+44 20 7946 0123\"}",
    "{\"telephoneNumber\":\"+33142685300\",\"callingProfileId\":\"cp-paris-4420\","
    "\"umpCustomerFullName\":\"Call +44 20 7946 0000 Ltd\","
    "\"sbcList\":[{\"sbcName\":\"sbc-par1.voice.example.net [51.140.20.7]\",\"sbcId\":3}]}",
};

QByteArray jsonArray(const QList<QByteArray> &records)
{
    return '[' + records.join(',') + ']';
}

QString digitsOf(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

class TestNumberFilter final : public QObject {
    Q_OBJECT

    NumberStore m_store;
    NumberStore m_phones;
    NumberStore m_many; // many distinct numbers, a third of them in +44 20 7946, some stored with separators

    static QStringList matchingIn(const NumberStore &store, const NumberFilter &filter)
    {
        NumberMatcher matcher(filter, store);
        QStringList numbers;
        for (std::size_t row = 0; row < store.size(); ++row) {
            if (matcher.matches(row))
                numbers.append(QString::fromStdString(std::string(store.telephoneNumber(row))));
        }
        return numbers;
    }
    QStringList matching(const NumberFilter &filter) { return matchingIn(m_store, filter); }
    QStringList matchingText(const NumberStore &store, const QString &text)
    {
        NumberFilter filter;
        filter.text = text;
        return matchingIn(store, filter);
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
    void initTestCase()
    {
        QVERIFY(NumberParser::parse(Numbers, m_store).ok());
        QList<QByteArray> phones;
        for (const char *record : PhoneNumbers)
            phones.append(record);
        QVERIFY(NumberParser::parse(jsonArray(phones), m_phones).ok());

        QRandomGenerator random(20261130);
        QList<QByteArray> many;
        const char *const formats[] = {"+%1", "+%1", "+%1", "%1"};
        for (int i = 0; i < 6000; ++i) {
            QString number;
            if (i % 3 == 0) {
                number = u"44207946%1"_s.arg(random.bounded(10000), 4, 10, QChar(u'0'));
            } else if (i % 11 == 1) { // 15 digits: too long for the column of numbers
                number =
                    QString::number(random.bounded(Q_INT64_C(100000000000000), Q_INT64_C(999999999999999)));
            } else {
                number = QString::number(random.bounded(1, 99)) +
                         QString::number(random.bounded(Q_INT64_C(1000000), Q_INT64_C(100000000000)));
            }
            QString stored = QString::fromLatin1(formats[i % 4]).arg(number);
            if (i % 7 == 0) // with separators
                stored = stored.left(3) + u" ("_s + stored.mid(3, 2) + u") "_s + stored.mid(5, 4) + u'-' +
                         stored.mid(9);
            many.append("{\"telephoneNumber\":\"" + stored.toLatin1() + "\"}");
        }
        QVERIFY(NumberParser::parse(jsonArray(many), m_many).ok());
    }

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

    void phoneSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString block[] = {u"+442079460000"_s, u"+442079460001"_s, u"+442079460500"_s,
                                 u"+442079460999"_s};
        const QStringList all4420 = {block[0],
                                     block[1],
                                     block[2],
                                     block[3],
                                     u"+442079461000"_s,
                                     u"+44207946099"_s,
                                     u"+4420794600000"_s,
                                     u"+44 20 7946 0123"_s};
        QTest::newRow("+ prefix, not digits anywhere") << u"+44 20"_s << all4420;
        QTest::newRow("+ prefix written compactly") << u"+4420"_s << all4420;
        QTest::newRow("+ prefix with separators")
            << u"+44 (20) 7946-0.12"_s << QStringList{u"+44 20 7946 0123"_s};
        QTest::newRow("+ prefix: a whole number and its longer neighbour")
            << u"+44 20 7946 0000"_s << QStringList{block[0], u"+4420794600000"_s};
        QTest::newRow("+ prefix: + inside parentheses")
            << u"(+44) 20 7946 0123"_s << QStringList{u"+44 20 7946 0123"_s};
        QTest::newRow("+ prefix: US formatting with dashes")
            << u"+1 415-804-4206"_s << QStringList{u"+14158044206"_s};
        QTest::newRow("+ prefix: one dash after a spaced start is no range")
            << u"+1 415 804-4206"_s << QStringList{u"+14158044206"_s};
        QTest::newRow("+ prefix: other fields are not searched")
            << u"+33 1"_s << QStringList{u"+33142685300"_s};
        QTest::newRow("digits anywhere")
            << u"4420"_s << (QStringList{u"+14158044206"_s} + all4420 + QStringList{u"+33142685300"_s});
        QTest::newRow("digits anywhere with separators")
            << u"20-7946 (0)12"_s << QStringList{u"+44 20 7946 0123"_s};
        QTest::newRow("digits anywhere also search other fields")
            << u"51.140.20"_s << QStringList{u"+33142685300"_s};
        QTest::newRow("range with ..")
            << u"+44 20 7946 0000..0999"_s
            << QStringList{block[0], block[1], block[2], block[3], u"+44 20 7946 0123"_s};
        QTest::newRow("range with -")
            << u"+442079460000-0999"_s
            << QStringList{block[0], block[1], block[2], block[3], u"+44 20 7946 0123"_s};
        QTest::newRow("range of full numbers with spaced -")
            << u"+442079460000 - +442079460500"_s
            << QStringList{block[0], block[1], block[2], u"+44 20 7946 0123"_s};
        QTest::newRow("range of full numbers with ..")
            << u"+44 20 7946 0001..+44 20 7946 0500"_s
            << QStringList{block[1], block[2], u"+44 20 7946 0123"_s};
        QTest::newRow("range, end as long as the start")
            << u"+442079460500..442079461000"_s << QStringList{block[2], block[3], u"+442079461000"_s};
        QTest::newRow("range with + inside parentheses")
            << u"(+44) 20 7946 0500 - (+44) 20 7946 0999"_s << QStringList{block[2], block[3]};
        QTest::newRow("range of one number") << u"+442079460500..500"_s << QStringList{block[2]};
        QTest::newRow("range end being typed is ignored")
            << u"+44 20 7946 0000.."_s << QStringList{block[0], u"+4420794600000"_s};
        QTest::newRow("bad range: end below start") << u"+442079460999..0000"_s << QStringList{};
        QTest::newRow("bad range: longer end") << u"+442079460000..12345678901234"_s << QStringList{};
        QTest::newRow("bad range: full end of another length")
            << u"+442079460000..+44207946099"_s << QStringList{};
        QTest::newRow("bad range: no + at the start") << u"442079460000..0999"_s << QStringList{};
        QTest::newRow("bad range: two separators") << u"+442079460000..0500..0999"_s << QStringList{};
        QTest::newRow("bad range: + inside") << u"+44+2079460000..0999"_s << QStringList{};
        QTest::newRow("bad range: no start") << u"..0999"_s << QStringList{};
        QTest::newRow("plain text: calling profile") << u"CP-PARIS"_s << QStringList{u"+33142685300"_s};
        QTest::newRow("plain text: customer") << u"call +44"_s << QStringList{u"+33142685300"_s};
        QTest::newRow("plain text: + inside a number") << u"44+20"_s << QStringList{};
    }
    void phoneSearch()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(matchingText(m_phones, text), expected);
    }

    void badRangesSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("end below start") << u"+442079460999..0000"_s << u"below its start"_s;
        QTest::newRow("longer end") << u"+442079460000-12345678901234"_s << u"more digits (14)"_s;
        QTest::newRow("full end of another length")
            << u"+442079460000 - +44207946099"_s << u"same number of digits"_s;
        QTest::newRow("no +") << u"442079460000..0999"_s << u"full number"_s;
        QTest::newRow("two separators") << u"+442079460000..0500 - 0999"_s << u"one \"..\" or \"-\""_s;
        QTest::newRow("+ inside") << u"+44 20..+44+21"_s << u"can only begin"_s;
    }
    void badRangesSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        NumberFilter filter;
        filter.text = text;
        QVERIFY2(filter.textProblem().contains(expected), qPrintable(filter.textProblem()));
        const QString error = NumberFilter().applyExpression(u"text="_s + text);
        QVERIFY2(error.contains(expected) && error.contains(text), qPrintable(error));
    }

    void goodTextHasNoProblem_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {u""_s, u"+44 20"_s, u"4420"_s, u"+442079460000..0999"_s,
                                    u"+442079460000.."_s, u"contoso"_s, u"a..b..c"_s, u"51.140.18.203"_s})
            QTest::newRow(qPrintable(text)) << text;
    }
    void goodTextHasNoProblem()
    {
        QFETCH(QString, text);
        NumberFilter filter;
        filter.text = text;
        QCOMPARE(filter.textProblem(), QString());
        QCOMPARE(NumberFilter().applyExpression(u"text="_s + text), QString());
    }

    void phoneDigitsAreThoseOfOneNumber()
    {
        QCOMPARE(NumberFilter::phoneDigits(u"+44 (20) 7-499"_s), u"44207499"_s);
        QCOMPARE(NumberFilter::phoneDigits(u"020.7946"_s), u"0207946"_s);
        QCOMPARE(NumberFilter::phoneDigits(u"+442079460000..0999"_s), QString());
        QCOMPARE(NumberFilter::phoneDigits(u"contoso 44"_s), QString());
        QCOMPARE(NumberFilter::phoneDigits(u"+"_s), QString());
    }

    // Many distinct numbers against a plain reference: digits of the number compared as text.
    void phoneSearchOnManyNumbers()
    {
        QList<QString> numbers;
        for (std::size_t row = 0; row < m_many.size(); ++row)
            numbers.append(QString::fromStdString(std::string(m_many.telephoneNumber(row))));
        QStringList texts = {u"+44 20"_s,
                             u"+44 20 7946 0000..0999"_s,
                             u"+442079465000-5999"_s,
                             u"+442079460000 - +442079462500"_s,
                             u"4420"_s,
                             u"0999"_s,
                             u"+1"_s,
                             u"+9"_s};
        QRandomGenerator random(7);
        for (int i = 0; i < 60; ++i) {
            const QString digits = digitsOf(numbers.at(random.bounded(numbers.size())));
            const int length = random.bounded(1, int(digits.size()) + 1);
            texts.append(u'+' + digits.left(length));
            texts.append(digits.mid(random.bounded(int(digits.size())), 3));
            const QString other = digitsOf(numbers.at(random.bounded(numbers.size())));
            if (other.size() == digits.size())
                texts.append(u'+' + std::min(digits, other) + u".."_s + u'+' + std::max(digits, other));
            texts.append(u'+' + digits + u'-' + digits.right(length).replace(u'0', u'9'));
        }
        qsizetype textsFindingSome = 0;
        for (const QString &text : std::as_const(texts)) {
            QStringList expected;
            const QString queryDigits = digitsOf(text.section(u".."_s, 0, 0).section(u'-', 0, 0));
            QString low = queryDigits, high;
            if (text.contains(u".."_s) || text.contains(u'-')) {
                const QString end = text.contains(u".."_s) ? text.section(u".."_s, 1) : text.section(u'-', 1);
                const QString endDigits = digitsOf(end);
                high = endDigits.size() >= low.size()
                           ? endDigits
                           : QString(low.left(low.size() - endDigits.size()) + endDigits);
                if (high < low)
                    high.clear(); // reversed: nothing
            }
            for (const QString &number : std::as_const(numbers)) {
                const QString digits = digitsOf(number);
                const bool match =
                    text.contains(u".."_s) || text.contains(u'-')
                        ? !high.isEmpty() && digits.size() == low.size() && low <= digits && digits <= high
                    : text.startsWith(u'+') ? digits.startsWith(queryDigits)
                                            : digits.contains(queryDigits);
                if (match)
                    expected.append(number);
            }
            QCOMPARE(matchingText(m_many, text), expected);
            textsFindingSome += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(textsFindingSome > texts.size() / 2);
    }

    // A long list is tested in parts on several threads; the rows that match come back in the order given,
    // as one matcher testing them one by one finds them.
    void matchingRowsOfLongListsKeepOrder()
    {
        NumberStore store;
        for (int copy = 0; copy < 20; ++copy) { // 120,000 rows: enough to be split
            store.append(m_many);
            store.append(m_phones); // rows found by other fields than the number
        }
        std::vector<std::uint32_t> forward(store.size());
        std::iota(forward.begin(), forward.end(), 0u);
        std::vector<std::uint32_t> shuffled = forward;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20261130));
        const QStringList texts = {u""_s,     u"+44 20 7946"_s,     u"4420"_s, u"+44 20 7946 0000..0999"_s,
                                   u"0999"_s, u"nothing like it"_s, u"+9"_s,   u"paris"_s,
                                   u"+"_s,    u"51.140"_s};
        for (const QString &text : texts) {
            NumberFilter filter;
            filter.text = text;
            for (const std::vector<std::uint32_t> &rows : {forward, shuffled}) {
                NumberMatcher matcher(filter, store);
                std::vector<std::uint32_t> expected;
                for (const std::uint32_t row : rows) {
                    if (matcher.matches(row))
                        expected.push_back(row);
                }
                QCOMPARE(NumberMatcher::matchingRows(filter, store, rows), expected);
                // A short list (no threads) too.
                const std::span<const std::uint32_t> few = std::span(rows).first(1000);
                std::vector<std::uint32_t> expectedFew;
                for (const std::uint32_t row : few) {
                    if (matcher.matches(row))
                        expectedFew.push_back(row);
                }
                QCOMPARE(NumberMatcher::matchingRows(filter, store, few), expectedFew);
            }
        }
    }

    // Whenever the model is told it may only scan the rows shown, those hold every match.
    void narrowingWhileTypingIsSafe()
    {
        const QString typed[] = {u"+44 20 7946 0000..0999"_s, u"+442079460000 - +442079460999"_s,
                                 u"+442079460000-0999"_s, u"4420 7946..09"_s, u"+44 20 7946 0999..0000"_s};
        for (const QString &text : typed) {
            NumberFilter before;
            for (qsizetype length = 1; length <= text.size(); ++length) {
                NumberFilter now;
                now.text = text.left(length);
                if (now.isNarrowingOf(before)) {
                    const QStringList shown = matchingIn(m_many, before);
                    for (const QString &number : matchingIn(m_many, now))
                        QVERIFY2(shown.contains(number), qPrintable(now.text + u" after "_s + before.text));
                }
                before = now;
            }
        }
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

        const auto withText = [](const QString &text) {
            NumberFilter f;
            f.text = text;
            return f;
        };
        QVERIFY(withText(u"+44 20"_s).isNarrowingOf(withText(u"4420"_s)));  // prefix of anywhere
        QVERIFY(!withText(u"4420"_s).isNarrowingOf(withText(u"+44 20"_s))); // anywhere also other fields
        QVERIFY(withText(u"+442079460000..0999"_s).isNarrowingOf(withText(u"+44 20 7946"_s)));
        QVERIFY(!withText(u"+442079460000..0999"_s).isNarrowingOf(withText(u"+442079460000"_s)));
        QVERIFY(withText(u"+442079460100..0199"_s).isNarrowingOf(withText(u"+442079460000..0999"_s)));
        QVERIFY(!withText(u"+442079460000..0999"_s).isNarrowingOf(withText(u"+442079460100..0199"_s)));
        QVERIFY(!withText(u"+442079460000..09"_s).isNarrowingOf(withText(u"+442079460000..0"_s)));
        QVERIFY(withText(u"+442079460999..0000"_s).isNarrowingOf(withText(u"+44"_s))); // invalid: nothing
        QVERIFY(!withText(u"+44"_s).isNarrowingOf(withText(u"+442079460999..0000"_s)));
    }
};

QTEST_APPLESS_MAIN(TestNumberFilter)
#include "tst_numberfilter.moc"
