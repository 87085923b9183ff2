#include "core/stringpool.h"
#include "core/textarena.h"

#include <QTest>
#include <string>

class TestStringPool final : public QObject {
    Q_OBJECT

private slots:
    void internsEachDistinctStringOnce()
    {
        StringPool pool;
        const auto a = pool.intern("oc1.example.net [20.102.51.206]");
        const auto b = pool.intern("US");
        const auto c = pool.intern(std::string("oc1.example.net [20.102.51.206]"));
        QCOMPARE(a, c);
        QVERIFY(a != b);
        QCOMPARE(pool.size(), std::size_t(2));
        QCOMPARE(pool.view(a), std::string_view("oc1.example.net [20.102.51.206]"));
        QCOMPARE(pool.view(b), std::string_view("US"));
    }

    void emptyStringIsAValue()
    {
        StringPool pool;
        const auto empty = pool.intern("");
        QCOMPARE(pool.view(empty).size(), std::size_t(0));
        QCOMPARE(pool.intern(""), empty);
    }

    void lookupsSurviveBufferGrowth()
    {
        StringPool pool;
        std::vector<StringPool::Id> ids;
        for (int i = 0; i < 50000; ++i)
            ids.push_back(pool.intern("tenant-" + std::to_string(i)));
        for (int i = 0; i < 50000; i += 997) {
            QCOMPARE(pool.intern("tenant-" + std::to_string(i)), ids[static_cast<std::size_t>(i)]);
            QCOMPARE(pool.view(ids[static_cast<std::size_t>(i)]),
                     std::string_view("tenant-" + std::to_string(i)));
        }
        QCOMPARE(pool.size(), std::size_t(50000));
        QVERIFY(pool.memoryUsage() > 50000 * 8);
    }

    void arenaKeepsDuplicatesApart()
    {
        TextArena arena;
        const auto a = arena.append("+18333998785");
        const auto b = arena.append("+18333998785");
        QVERIFY(a != b);
        for (int i = 0; i < 10000; ++i)
            arena.append(std::to_string(i));
        QCOMPARE(arena.view(a), std::string_view("+18333998785"));
        QCOMPARE(arena.view(b), std::string_view("+18333998785"));
        QCOMPARE(arena.size(), std::size_t(10002));
    }
};

QTEST_APPLESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
