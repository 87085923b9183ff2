#include "core/numberfacets.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/sampledata.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// The count of value in values/counts, -1 when it is not offered.
qsizetype countOf(const QStringList &values, const QList<qsizetype> &counts, const QString &value)
{
    const qsizetype i = values.indexOf(value);
    return i < 0 ? -1 : counts.at(i);
}

QHash<QString, qsizetype> asHash(const QStringList &values, const QList<qsizetype> &counts)
{
    QHash<QString, qsizetype> hash;
    for (qsizetype i = 0; i < values.size(); ++i)
        hash.insert(values.at(i), counts.at(i));
    return hash;
}

} // namespace

// The filter bar's choices: the values the loaded numbers have, sorted, with "none" where it occurs, each
// with how many numbers have it.
class TestNumberFacets final : public QObject {
    Q_OBJECT

    std::unique_ptr<NumberStore> m_vendor = SampleData::load(0); // the vendor's two published records

private slots:
    void facetsListTheValuesOfTheLoadedNumbers()
    {
        const NumberFacets facets = NumberFacets::of(*m_vendor);
        QCOMPARE(facets.countries, (QStringList{u"AU"_s, u"US"_s}));
        QCOMPARE(facets.sources, QStringList{u"webapi"_s});
        QCOMPARE(facets.sbcs, QStringList{u"oc1.sandbox2.audiocodes.be [20.102.51.206]"_s});
        QCOMPARE(facets.assignments, QStringList{QString()}); // both null: "no assignment" is a choice
        QVERIFY(facets.statuses.isEmpty());                   // v2 sends no status
        for (const QString &capability : {u"TollFree"_s, u"Office365"_s, u"UserAssignment"_s, u"Mobile"_s})
            QVERIFY2(facets.capabilities.contains(capability), qPrintable(capability));
        QVERIFY(!facets.capabilities.contains(u"ConferenceAssignment"_s)); // documented, but nobody has it

        const auto generated = SampleData::load(3000);
        const NumberFacets many = NumberFacets::of(*generated);
        QVERIFY(many.countries.size() > 3);
        QVERIFY(std::is_sorted(many.countries.cbegin(), many.countries.cend()));
        QVERIFY(!many.statuses.isEmpty());
        QVERIFY(many.sbcs.size() >= 2);
        QVERIFY(NumberFacets::of(NumberStore()).countries.isEmpty());
    }

    void everyChoiceCountsItsNumbers()
    {
        const NumberFacets facets = NumberFacets::of(*m_vendor);
        QCOMPARE(facets.countryCounts, (QList<qsizetype>{1, 1}));
        QCOMPARE(facets.sourceCounts, QList<qsizetype>{2});
        QCOMPARE(facets.sbcCounts, QList<qsizetype>{2});
        QCOMPARE(facets.assignmentCounts, QList<qsizetype>{2});
        QVERIFY(facets.statusCounts.isEmpty());
        QCOMPARE(facets.capabilityCounts.size(), facets.capabilities.size());
        QCOMPARE(countOf(facets.capabilities, facets.capabilityCounts, u"Office365"_s), qsizetype(2));
        QCOMPARE(countOf(facets.capabilities, facets.capabilityCounts, u"TollFree"_s), qsizetype(1));
        QCOMPARE(countOf(facets.capabilities, facets.capabilityCounts, u"UserAssignment"_s), qsizetype(1));
        // Offered because it is available, but the count is of numbers that acquired it.
        QCOMPARE(countOf(facets.capabilities, facets.capabilityCounts, u"Mobile"_s), qsizetype(0));
    }

    void countsFollowTheSortedChoices()
    {
        // Few distinct values: an SBC listed twice in one number, an empty assignment next to null ones,
        // statuses out of order, a capability only available.
        const QByteArray json =
            "["
            "{\"telephoneNumber\":\"+1\",\"isoCountryCode\":\"US\",\"acquiredNumberStatus\":3,"
            "\"assignmentStatus\":\"\",\"source\":\"webui\","
            "\"sbcList\":[{\"sbcName\":\"b.example.net\",\"sbcId\":2},"
            "{\"sbcName\":\"b.example.net\",\"sbcId\":2}],"
            "\"acquiredCapabilities\":[\"InboundCalling\"],"
            "\"availableCapabilities\":[\"InboundCalling\",\"Mobile\"]},"
            "{\"telephoneNumber\":\"+2\",\"isoCountryCode\":\"AU\",\"acquiredNumberStatus\":0,"
            "\"assignmentStatus\":\"UserAssigned\",\"source\":\"webapi\","
            "\"sbcList\":[{\"sbcName\":\"a.example.net\",\"sbcId\":1},"
            "{\"sbcName\":\"b.example.net\",\"sbcId\":2}],"
            "\"acquiredCapabilities\":[\"InboundCalling\",\"OutboundCalling\"]},"
            "{\"telephoneNumber\":\"+3\",\"isoCountryCode\":\"US\",\"acquiredNumberStatus\":3,"
            "\"assignmentStatus\":null,\"source\":\"webapi\",\"sbcList\":[],"
            "\"acquiredCapabilities\":[\"InboundCalling\"]},"
            "{\"telephoneNumber\":\"+4\",\"isoCountryCode\":\"US\",\"acquiredNumberStatus\":null,"
            "\"assignmentStatus\":\"UserAssigned\",\"source\":\"webapi\"}"
            "]";
        NumberStore store;
        QVERIFY(NumberParser::parse(json, store).ok());
        const NumberFacets facets = NumberFacets::of(store);
        QCOMPARE(facets.statuses, (QStringList{u"Active"_s, u"Ready For Removal"_s}));
        QCOMPARE(facets.statusCounts, (QList<qsizetype>{1, 2}));
        QCOMPARE(facets.assignments, (QStringList{QString(), u"UserAssigned"_s})); // "" and null are one
        QCOMPARE(facets.assignmentCounts, (QList<qsizetype>{2, 2}));
        QCOMPARE(facets.countries, (QStringList{u"AU"_s, u"US"_s}));
        QCOMPARE(facets.countryCounts, (QList<qsizetype>{1, 3}));
        QCOMPARE(facets.sources, (QStringList{u"webapi"_s, u"webui"_s}));
        QCOMPARE(facets.sourceCounts, (QList<qsizetype>{3, 1}));
        QCOMPARE(facets.sbcs, (QStringList{u"a.example.net"_s, u"b.example.net"_s}));
        QCOMPARE(facets.sbcCounts, (QList<qsizetype>{1, 2}));
        QCOMPARE(facets.capabilities, (QStringList{u"InboundCalling"_s, u"Mobile"_s, u"OutboundCalling"_s}));
        QCOMPARE(facets.capabilityCounts, (QList<qsizetype>{3, 0, 1}));
    }

    // Many numbers and values: the counts equal a count made row by row from the shown text.
    void countsMatchARowByRowCount()
    {
        const auto store = SampleData::load(3000);
        QHash<QString, qsizetype> countries, sources, statuses, assignments, sbcs, capabilities;
        for (std::size_t row = 0; row < store->size(); ++row) {
            const NumberRecord &r = store->record(row);
            if (r.isoCountryCode != NumberRecord::NoText)
                ++countries[text(store->pooled(r.isoCountryCode))];
            if (r.sourceText != NumberRecord::NoText)
                ++sources[text(store->pooled(r.sourceText))];
            if (static_cast<int>(r.status) < NumberStatusKnownCount)
                ++statuses[text(statusName(r.status))];
            ++assignments[text(store->pooled(r.assignmentText))];
            if (r.sbcList != NumberRecord::NoSbcList) {
                QSet<QString> names;
                for (const Sbc &sbc : store->sbcList(r.sbcList))
                    names.insert(text(store->pooled(sbc.name)));
                for (const QString &name : names)
                    ++sbcs[name];
            }
            for (int bit = 0; bit < store->capabilities().size(); ++bit) {
                if (r.acquiredCapabilities & (CapabilitySet{1} << bit))
                    ++capabilities[text(store->capabilities().name(bit))];
            }
        }
        const NumberFacets facets = NumberFacets::of(*store);
        QVERIFY(facets.countries.size() > 3);
        QVERIFY(facets.sbcs.size() >= 2);
        QCOMPARE(asHash(facets.countries, facets.countryCounts), countries);
        QCOMPARE(asHash(facets.sources, facets.sourceCounts), sources);
        QCOMPARE(asHash(facets.statuses, facets.statusCounts), statuses);
        QCOMPARE(asHash(facets.assignments, facets.assignmentCounts), assignments);
        QCOMPARE(asHash(facets.sbcs, facets.sbcCounts), sbcs);
        for (const QString &capability : facets.capabilities) {
            QCOMPARE(countOf(facets.capabilities, facets.capabilityCounts, capability),
                     capabilities.value(capability));
        }
        qsizetype total = 0; // every number has exactly one assignment choice, "" included
        for (const qsizetype count : facets.assignmentCounts)
            total += count;
        QCOMPARE(total, qsizetype(store->size()));
    }
};

QTEST_GUILESS_MAIN(TestNumberFacets)
#include "tst_numberfacets.moc"
