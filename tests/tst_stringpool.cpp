#include "core/stringpool.h"
#include "core/textarena.h"

#include <cstdint>
#include <QTest>
#include <string>
#include <vector>

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

    // Strings of every size around the chunk boundaries, long ones (a chunk of their own, some longer than
    // 16 bits can count) between short ones that keep filling the same chunk, come back byte for byte.
    void stringsOfEverySizeComeBackWhole()
    {
        StringPool pool;
        std::vector<std::string> texts;
        for (const std::size_t size : {1, 2, 100, 16383, 16384, 16385, 40000, 65535, 65536, 70000, 200000}) {
            texts.push_back(std::string(size, char('a' + texts.size() % 26)) + "|" + std::to_string(size));
            texts.push_back("short-" + std::to_string(size));
        }
        std::vector<StringPool::Id> ids;
        for (const std::string &text : texts)
            ids.push_back(pool.intern(text));
        for (std::size_t i = 0; i < texts.size(); ++i) {
            QCOMPARE(ids[i], StringPool::Id(i));
            QCOMPARE(pool.view(ids[i]), std::string_view(texts[i]));
            QCOMPARE(pool.intern(texts[i]), ids[i]);
        }
        StringPool merged;
        merged.intern("first");
        const std::vector<StringPool::Id> map = merged.absorb(pool);
        for (std::size_t i = 0; i < texts.size(); ++i)
            QCOMPARE(merged.view(map[i]), std::string_view(texts[i]));
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

    // A reserved pool takes that many strings without rebuilding its index, and a moved pool is usable.
    void reservedRoomIsUsedWithoutGrowing()
    {
        StringPool pool;
        pool.intern("before");
        pool.reserve(100000);
        const std::size_t capacity = pool.indexCapacity();
        QVERIFY(capacity >= 100000);
        for (int i = 0; pool.size() < capacity; ++i)
            pool.intern("number-" + std::to_string(i));
        QCOMPARE(pool.indexCapacity(), capacity);
        QCOMPARE(pool.intern("before"), StringPool::Id(0));
        QCOMPARE(pool.view(pool.intern("number-4711")), std::string_view("number-4711"));
        pool.intern("one more");
        QVERIFY(pool.indexCapacity() > capacity);

        StringPool moved = std::move(pool);
        QCOMPARE(moved.intern("number-4711"), StringPool::Id(4712));
        pool = StringPool();
        QCOMPARE(pool.intern("after"), StringPool::Id(0));
    }

    // Interning a record's strings together, or another pool's all at once, gives exactly the ids that
    // interning them one by one gives: duplicates inside a batch, values already held, and a table that
    // grows in the middle included.
    void batchesAndMergesInternLikeOneByOne()
    {
        StringPool single, batched, other;
        std::vector<std::string> texts;
        for (int i = 0; i < 3000; ++i) {
            texts.push_back("id-" + std::to_string(i % 2000)); // the last thousand repeat
            if (i % 5 == 0)
                texts.push_back("GB");
        }
        for (std::size_t first = 0; first < texts.size(); first += 37) {
            const std::size_t count = std::min<std::size_t>(37, texts.size() - first);
            std::vector<std::string_view> views(texts.begin() + std::ptrdiff_t(first),
                                                texts.begin() + std::ptrdiff_t(first + count));
            std::vector<StringPool::Id> ids(count);
            batched.internAll(views, ids);
            for (std::size_t i = 0; i < count; ++i)
                QCOMPARE(ids[i], single.intern(texts[first + i]));
        }
        QCOMPARE(batched.size(), single.size());

        for (int i = 1500; i < 4000; ++i)
            other.intern("id-" + std::to_string(i));
        const std::vector<StringPool::Id> map = batched.absorb(other);
        QCOMPARE(map.size(), other.size());
        for (StringPool::Id id = 0; id < other.size(); ++id) {
            QCOMPARE(batched.view(map[id]), other.view(id));
            QCOMPARE(map[id], single.intern(other.view(id)));
        }
        QCOMPARE(batched.size(), std::size_t(4001)); // id-0 .. id-3999 and GB
        QVERIFY(batched.absorb(StringPool()).empty());
    }

    // A large index grows by moving a few entries per string interned. Meanwhile every string is found
    // with its id, whether its entry has moved yet or not; a merge goes on with the move, and a reserve
    // finishes it.
    void aLargeIndexGrowsGraduallyWithEveryStringFound()
    {
        const auto text = [](const char *prefix, int i) {
            return prefix + std::to_string(std::int64_t(i) * 7919);
        };
        StringPool pool;
        int checkedWhileGrowing = 0;
        for (int i = 0; i < 300000; ++i) {
            QCOMPARE(pool.intern(text("guid-", i)), StringPool::Id(i));
            if (pool.growing() && checkedWhileGrowing < 3) {
                ++checkedWhileGrowing;
                for (int j = 0; j <= i; ++j) {
                    if (pool.intern(text("guid-", j)) != StringPool::Id(j))
                        QFAIL(qPrintable(QStringLiteral("string %1 not found while the index grows").arg(j)));
                }
            }
        }
        QCOMPARE(checkedWhileGrowing, 3);
        QCOMPARE(pool.size(), std::size_t(300000));

        StringPool merged;
        int held = 0;
        while (!merged.growing())
            merged.intern(text("a-", held++));
        StringPool other;
        for (int i = held - 1000; i < held + 1000; ++i)
            other.intern(text("a-", i));
        const std::vector<StringPool::Id> map = merged.absorb(other);
        for (StringPool::Id id = 0; id < other.size(); ++id)
            QCOMPARE(merged.view(map[id]), other.view(id));
        for (int i = 0; i < held + 1000; ++i)
            QCOMPARE(merged.intern(text("a-", i)), StringPool::Id(i));
        QCOMPARE(merged.size(), std::size_t(held + 1000));

        StringPool reserved;
        held = 0;
        while (!reserved.growing())
            reserved.intern(text("r-", held++));
        reserved.reserve(1000000);
        QVERIFY(!reserved.growing());
        for (int i = 0; i < held; ++i)
            QCOMPARE(reserved.intern(text("r-", i)), StringPool::Id(i));
        QCOMPARE(reserved.size(), std::size_t(held));
    }

    void arenaAppendsAnotherWhole()
    {
        TextArena arena, other;
        arena.append("+18333998785");
        for (int i = 0; i < 1000; ++i)
            other.append(std::to_string(i));
        other.append("");
        const TextArena::Id shift = arena.appendAll(other);
        QCOMPARE(shift, TextArena::Id(1));
        QCOMPARE(arena.size(), std::size_t(1002));
        for (TextArena::Id id = 0; id < other.size(); ++id)
            QCOMPARE(arena.view(id + shift), other.view(id));
        QCOMPARE(arena.view(0), std::string_view("+18333998785"));
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
