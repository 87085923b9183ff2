#include "core/numberfacets.h"
#include "core/numberstore.h"
#include "sandbox/sampledata.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The filter bar's choices: the values the loaded numbers have, sorted, with "none" where it occurs.
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
};

QTEST_GUILESS_MAIN(TestNumberFacets)
#include "tst_numberfacets.moc"
