// RasterArray: value semantics like std::vector's, and the block cache behind large arrays
// (reuse of a released block, the byte limit, small arrays bypassing it, several threads).
#include "common/rasterarray.h"

#include <QTest>

#include <cstdint>
#include <thread>
#include <vector>

using namespace nd;

class TestRasterArray : public QObject {
    Q_OBJECT
private slots:
    void init() { rastermemory::clearCache(); }
    void valueSemantics();
    void assignKeepsOrReplaces();
    void releasedLargeBlocksAreReused();
    void cacheStaysWithinItsLimit();
    void smallArraysBypassTheCache();
    void concurrentUse();
};

void TestRasterArray::valueSemantics()
{
    RasterArray<std::uint32_t> empty;
    QVERIFY(empty.empty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.begin() == empty.end());

    RasterArray<std::uint32_t> a(5, 7u);
    QCOMPARE(a.size(), std::size_t(5));
    for (std::uint32_t v : a)
        QCOMPARE(v, 7u);
    QCOMPARE(reinterpret_cast<std::uintptr_t>(a.data()) % 64, std::uintptr_t(0));

    RasterArray<std::uint32_t> b = a; // a copy owns its own memory
    b[2] = 1;
    QCOMPARE(a[2], 7u);
    QVERIFY(!(a == b));
    b[2] = 7;
    QVERIFY(a == b);

    RasterArray<std::uint32_t> c = std::move(b);
    QVERIFY(b.empty()); // NOLINT: a moved-from array is empty, by this class's contract
    QVERIFY(c == a);
    c = RasterArray<std::uint32_t>{1, 2, 3};
    QCOMPARE(c.size(), std::size_t(3));
    QCOMPARE(c[0] + c[1] + c[2], 6u);
    QVERIFY(!(c == a));

    RasterArray<float> zeros(1000);
    for (float v : zeros)
        QCOMPARE(v, 0.0f);
}

void TestRasterArray::assignKeepsOrReplaces()
{
    RasterArray<float> a(100, 1.0f);
    const float* before = a.data();
    a.assign(100, 2.0f);
    QCOMPARE(a.data(), before); // same size: same memory, new values
    for (float v : a)
        QCOMPARE(v, 2.0f);
    a.assign(10, 3.0f);
    QCOMPARE(a.size(), std::size_t(10));
    for (float v : a)
        QCOMPARE(v, 3.0f);
}

void TestRasterArray::releasedLargeBlocksAreReused()
{
    if (!rastermemory::cacheEnabled())
        QSKIP("the block cache is off in AddressSanitizer builds");
    const std::size_t n = (std::size_t(4) << 20) / sizeof(std::uint32_t); // 4 MiB
    const std::uint32_t* first = nullptr;
    {
        auto a = RasterArray<std::uint32_t>::uninitialized(n);
        first = a.data();
    }
    QVERIFY(rastermemory::cachedBytes() >= n * sizeof(std::uint32_t));
    // The same size again, and a slightly smaller one, take the cached block.
    {
        auto b = RasterArray<std::uint32_t>::uninitialized(n);
        QCOMPARE(static_cast<const std::uint32_t*>(b.data()), first);
        QCOMPARE(rastermemory::cachedBytes(), std::size_t(0));
    }
    {
        auto c = RasterArray<std::uint32_t>::uninitialized(n - 1000);
        QCOMPARE(static_cast<const std::uint32_t*>(c.data()), first);
    }
    // A size far from a whole number of 2 MiB pages (blocks are rounded up to them) gets its
    // own block back too.
    {
        const std::size_t odd = (std::size_t(1100) << 10) / sizeof(std::uint32_t); // 1.1 MB
        const std::uint32_t* oddBlock = RasterArray<std::uint32_t>::uninitialized(odd).data();
        auto again = RasterArray<std::uint32_t>::uninitialized(odd);
        QCOMPARE(static_cast<const std::uint32_t*>(again.data()), oddBlock);
    }
    // One much smaller (it would waste most of the block) gets a block of its own.
    auto d = RasterArray<std::uint32_t>::uninitialized(n / 2);
    QVERIFY(static_cast<const std::uint32_t*>(d.data()) != first);
    // A filled array made from a recycled block holds its fill, not the old contents.
    {
        RasterArray<std::uint32_t> e(n, 0xdeadbeefu);
    }
    RasterArray<std::uint32_t> f(n, 0u);
    for (std::size_t i = 0; i < n; i += 4099)
        QCOMPARE(f[i], 0u);
    rastermemory::clearCache();
    QCOMPARE(rastermemory::cachedBytes(), std::size_t(0));
}

void TestRasterArray::cacheStaysWithinItsLimit()
{
    const std::size_t n = (std::size_t(24) << 20) / sizeof(float); // 24 MiB each
    {
        std::vector<RasterArray<float>> many;
        for (int i = 0; i < 8; ++i)
            many.push_back(RasterArray<float>::uninitialized(n));
    }
    QVERIFY(rastermemory::cachedBytes() <= rastermemory::kCacheLimit);
    if (rastermemory::cacheEnabled())
        QVERIFY(rastermemory::cachedBytes() >= n * sizeof(float)); // the newest ones stay
    {
        // Larger than the whole cache: freed at once.
        auto huge = RasterArray<std::uint8_t>::uninitialized(rastermemory::kCacheLimit + 1);
    }
    QVERIFY(rastermemory::cachedBytes() <= rastermemory::kCacheLimit);
}

void TestRasterArray::smallArraysBypassTheCache()
{
    {
        RasterArray<double> small(1000, 1.0);
    }
    QCOMPARE(rastermemory::cachedBytes(), std::size_t(0));
}

void TestRasterArray::concurrentUse()
{
    const std::size_t n = (std::size_t(2) << 20) / sizeof(std::uint32_t);
    auto work = [n](std::uint32_t seed) {
        for (std::uint32_t k = 0; k < 50; ++k) {
            RasterArray<std::uint32_t> a(n + k * 64, seed + k);
            if (a[n / 2] != seed + k)
                return false;
        }
        return true;
    };
    bool okA = false, okB = false;
    std::thread t([&] { okA = work(1); });
    okB = work(1000);
    t.join();
    QVERIFY(okA);
    QVERIFY(okB);
    QVERIFY(rastermemory::cachedBytes() <= rastermemory::kCacheLimit);
}

QTEST_APPLESS_MAIN(TestRasterArray)
#include "tst_rasterarray.moc"
