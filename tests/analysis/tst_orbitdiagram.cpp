// Orbit diagrams against theory: the logistic map's period doublings (at 3, 1 + sqrt 6,
// 3.544090, 3.564407, located to within the column spacing on fine grids) and its period-3
// window (from 1 + sqrt 8); thread-count independence; cancel latency; validation; the
// network-mean observable and the sections against hand computation.
#include "analysis/orbitdiagram.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "network/ringstar.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace nd;

class TestOrbitDiagram : public QObject {
    Q_OBJECT
private slots:
    void logisticDoublingPoints_data();
    void logisticDoublingPoints();
    void logisticPeriodThreeWindow();
    void identicalForAnyThreadCount();
    void cancelStopsWithin100ms();
    void unfinishedColumnsAreEmpty();
    void fixedRangeRasterMatchesPoints();
    void followAndSweepPolicies();
    void escapedColumnsAreMarked();
    void sectionsAndNetworkMean();
    void fastPathMatchesGenericPath();
    void directBinningMatchesGenericPath();
    void ringStarExactMatchesGenericPath();
    void ringStarFastPath();
    void rejectsBadRequests();
};

namespace {
// Distinct values of a column (gaps larger than tol), counted by the test itself.
int distinct(const OrbitDiagram& d, int c, double tol)
{
    std::vector<double> v(d.points.begin() + static_cast<long>(d.pointOffsets[c]),
                          d.points.begin() + static_cast<long>(d.pointOffsets[c + 1]));
    std::sort(v.begin(), v.end());
    int n = v.empty() ? 0 : 1;
    for (std::size_t i = 1; i < v.size(); ++i)
        if (v[i] - v[i - 1] > tol)
            ++n;
    return n;
}
} // namespace

void TestOrbitDiagram::logisticDoublingPoints_data()
{
    QTest::addColumn<double>("point");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<long>("transient");
    QTest::addColumn<int>("before");
    QTest::newRow("1->2") << 3.0 << 1e-4 << 200000L << 1;
    QTest::newRow("2->4") << 1.0 + std::sqrt(6.0) << 1e-4 << 200000L << 2;
    QTest::newRow("4->8") << 3.544090 << 2e-5 << 500000L << 4;
    QTest::newRow("8->16") << 3.564407 << 5e-6 << 1000000L << 8;
}

void TestOrbitDiagram::logisticDoublingPoints()
{
    QFETCH(double, point);
    QFETCH(double, spacing);
    QFETCH(long, transient);
    QFETCH(int, before);
    LogisticMap m;
    OrbitDiagramRequest r;
    // 41 columns; the doubling point falls between grid points (offset 0.37 spacing).
    r.axis = {"r", -1, point - 20.37 * spacing, point + 19.63 * spacing, 41};
    r.transient = transient;
    r.samples = 64;
    r.keepPoints = true;
    r.initial = {0.4};
    const OrbitDiagram d = computeOrbitDiagram(m, r);
    QVERIFY(!d.canceled);
    for (int c = 0; c < 41; ++c) {
        const double p = d.parameterValues[static_cast<std::size_t>(c)];
        const int n = distinct(d, c, 1e-7);
        if (p < point - spacing)
            QCOMPARE(n, before);
        else if (p > point + spacing)
            QCOMPARE(n, 2 * before);
    }
}

void TestOrbitDiagram::logisticPeriodThreeWindow()
{
    LogisticMap m;
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 3.80, 3.84, 41};
    r.transient = 100000;
    r.samples = 90;
    r.keepPoints = true;
    r.initial = {0.4};
    const OrbitDiagram d = computeOrbitDiagram(m, r);
    const double onset = 1.0 + std::sqrt(8.0); // saddle-node birth of the 3-cycle
    for (int c = 0; c < 41; ++c) {
        const double p = d.parameterValues[static_cast<std::size_t>(c)];
        const int n = distinct(d, c, 1e-7);
        if (p > onset + 1e-3 && p < 3.8414) // below the 3-cycle's own flip at 3.8415
            QCOMPARE(n, 3);
        if (p < onset - 1e-2)
            QVERIFY2(n > 16, qPrintable(QString("r = %1 has %2 values").arg(p).arg(n)));
    }
}

void TestOrbitDiagram::identicalForAnyThreadCount()
{
    ChialvoMap m(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
    OrbitDiagramRequest r;
    r.axis = {"b", -1, 0.1, 0.6, 57};
    r.transient = 500;
    r.samples = 300;
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 3;
    r.boxMin = {0.0, 1.0};
    r.boxMax = {2.0, 3.0};
    r.seed = 42;
    r.bins = 64;
    r.tileColumns = 5;
    r.keepPoints = true;
    std::atomic<int> tiles{0};
    r.threads = 1;
    const OrbitDiagram a = computeOrbitDiagram(m, r, nullptr, [&](const OrbitDiagramTile&) { ++tiles; });
    r.threads = 2;
    const OrbitDiagram b = computeOrbitDiagram(m, r, nullptr, [&](const OrbitDiagramTile&) { ++tiles; });
    QCOMPARE(tiles.load(), 2 * 12);
    QVERIFY(a.counts == b.counts);
    QVERIFY(a.points == b.points);
    QVERIFY(a.tone == b.tone);
    QCOMPARE(a.rangeMin, b.rangeMin);
    QCOMPARE(a.rangeMax, b.rangeMax);
    // Every column holds initialCount * samples values.
    for (int c = 0; c < 57; ++c)
        QCOMPARE(a.pointOffsets[c + 1] - a.pointOffsets[c], std::size_t(900));
}

// The bound is the normal build's. ThreadSanitizer makes every memory access several times
// dearer, and the cancel path writes the unfinished columns' empty slots (12.8 MB, first touched
// there, with TSan's shadow memory besides): there the test checks that the cancel is prompt.
#if defined(__SANITIZE_THREAD__)
constexpr double kCancelBoundMs = 300.0;
#else
constexpr double kCancelBoundMs = 100.0;
#endif

void TestOrbitDiagram::cancelStopsWithin100ms()
{
    ChialvoMap m(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
    OrbitDiagramRequest r;
    r.axis = {"b", -1, 0.1, 0.6, 4000};
    r.transient = 10'000'000; // hours of work: only a cancel ends it
    r.samples = 1000;
    r.threads = 2;
    CancelFlag flag;
    OrbitDiagram d;
    std::atomic<bool> finished{false};
    std::chrono::steady_clock::time_point end;
    std::thread worker([&] {
        d = computeOrbitDiagram(m, r, &flag);
        end = std::chrono::steady_clock::now(); // stamped by the worker: no wake-up delay of ours
        finished = true;
    });
    // Let the setup (allocating a 4000 x 400 raster, slow on a loaded machine) finish, so the
    // cancel hits the running computation, which is what the latency bound is about.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    QVERIFY(!finished.load());
    const auto t0 = std::chrono::steady_clock::now();
    flag.cancel();
    worker.join();
    const double ms = std::chrono::duration<double, std::milli>(end - t0).count();
    QVERIFY2(ms < kCancelBoundMs, qPrintable(QString("cancel took %1 ms").arg(ms)));
    QVERIFY(d.canceled);
    QVERIFY(!d.status[3999].computed);
    for (int b = 0; b < d.bins; ++b) {
        QCOMPARE(d.count(3999, b), 0u);
        QCOMPARE(d.tone[static_cast<std::size_t>(3999 * d.bins + b)], 0.0f);
    }
}

// The rasters are not zeroed up front (each column writes its own slots), and large ones reuse
// the memory of earlier results: a column a cancel kept from finishing must still come out
// empty, not holding what the memory held before. Both paths (parallel, sequential).
void TestOrbitDiagram::unfinishedColumnsAreEmpty()
{
    LogisticMap m;
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 2.8, 4.0, 2000};
    r.transient = 10;
    r.samples = 200;
    r.autoRange = false;
    r.rangeMin = 0.0;
    r.rangeMax = 1.0;
    r.bins = 400; // 3.2 MB per raster: through the block cache
    for (InitialPolicy policy : {InitialPolicy::Fixed, InitialPolicy::Follow}) {
        r.policy = policy;
        {
            const OrbitDiagram full = computeOrbitDiagram(m, r);
            // r <= 4 keeps the orbit in [0, 1]: every sample of every column is counted.
            std::uint64_t total = 0;
            for (std::uint32_t n : full.counts)
                total += n;
            QCOMPARE(total, std::uint64_t(2000) * 200);
        } // its memory now waits in the cache, full of counts
        CancelFlag flag;
        flag.cancel();
        const OrbitDiagram none = computeOrbitDiagram(m, r, &flag);
        QVERIFY(none.canceled);
        QCOMPARE(none.counts.size(), std::size_t(2000 * 400));
        QVERIFY(std::all_of(none.counts.begin(), none.counts.end(), [](std::uint32_t n) { return n == 0; }));
        QVERIFY(std::all_of(none.tone.begin(), none.tone.end(), [](float t) { return t == 0.0f; }));
    }
}

void TestOrbitDiagram::fixedRangeRasterMatchesPoints()
{
    LogisticMap m;
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 2.9, 4.0, 23};
    r.transient = 1000;
    r.samples = 500;
    r.autoRange = false;
    r.rangeMin = 0.0;
    r.rangeMax = 1.0;
    r.bins = 50;
    r.keepPoints = true;
    std::vector<std::uint32_t> tileCounts(23 * 50, 0);
    const OrbitDiagram d = computeOrbitDiagram(m, r, nullptr, [&](const OrbitDiagramTile& t) {
        std::copy(t.counts.begin(), t.counts.end(), tileCounts.begin() + t.firstColumn * 50);
    });
    QVERIFY(std::equal(tileCounts.begin(), tileCounts.end(), d.counts.begin(), d.counts.end())); // tiles carry the final raster when the range is fixed
    for (int c = 0; c < 23; ++c) {
        std::vector<std::uint32_t> mine(50, 0);
        std::uint32_t peak = 0;
        for (std::size_t k = d.pointOffsets[c]; k < d.pointOffsets[c + 1]; ++k) {
            const int b = std::min(49, static_cast<int>(d.points[k] * 50));
            ++mine[static_cast<std::size_t>(b)];
        }
        for (int b = 0; b < 50; ++b) {
            QCOMPARE(d.count(c, b), mine[static_cast<std::size_t>(b)]);
            peak = std::max(peak, mine[static_cast<std::size_t>(b)]);
        }
        for (int b = 0; b < 50; ++b) {
            const double expected = std::log1p(mine[static_cast<std::size_t>(b)]) / std::log1p(peak);
            QVERIFY(std::fabs(d.tone[static_cast<std::size_t>(c * 50 + b)] - expected) < 1e-6);
        }
    }
}

void TestOrbitDiagram::followAndSweepPolicies()
{
    // The logistic map is not multistable, so following the attractor must give the same
    // attractor as a fixed start (counted by distinct values), and a sweep both directions.
    LogisticMap m;
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 2.82, 3.52, 8}; // no column on a bifurcation point (3, 3.4495)
    r.transient = 20000;
    r.samples = 16;
    r.keepPoints = true;
    r.tileColumns = 3;
    r.policy = InitialPolicy::Follow;
    int tiles = 0;
    const OrbitDiagram f = computeOrbitDiagram(m, r, nullptr, [&](const OrbitDiagramTile&) { ++tiles; });
    QCOMPARE(tiles, 3);
    QCOMPARE(distinct(f, 0, 1e-7), 1); // r = 2.82
    QCOMPARE(distinct(f, 7, 1e-7), 4); // r = 3.52
    r.policy = InitialPolicy::SweepUpDown;
    tiles = 0;
    const OrbitDiagram s = computeOrbitDiagram(m, r, nullptr, [&](const OrbitDiagramTile&) { ++tiles; });
    QCOMPARE(tiles, 6);
    for (int c = 0; c < 8; ++c) {
        QCOMPARE(s.status[c].runs, 2);
        QCOMPARE(s.pointOffsets[c + 1] - s.pointOffsets[c], std::size_t(32));
        QCOMPARE(distinct(s, c, 1e-7), distinct(f, c, 1e-7));
    }
}

void TestOrbitDiagram::escapedColumnsAreMarked()
{
    LogisticMap m; // r > 4 sends almost every orbit to -infinity
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 3.9, 4.5, 7};
    r.transient = 2000;
    r.samples = 100;
    const OrbitDiagram d = computeOrbitDiagram(m, r);
    QVERIFY(!d.status[0].escaped());
    QVERIFY(d.status[6].escaped());
    QVERIFY(d.status[6].escapeReason.find("escaped at step") != std::string::npos);
    for (int b = 0; b < d.bins; ++b)
        QCOMPARE(d.tone[static_cast<std::size_t>(6 * d.bins + b)], 0.0f);
    // Without a transient the escaping columns sample their way out to the escape bound; the
    // automatic range is still that of the columns drawn: r = 3.9 stays in [0, 1] (failed before:
    // the range reached -1e8 and squashed the diagram into one bin).
    r.transient = 0;
    const OrbitDiagram early = computeOrbitDiagram(m, r);
    QVERIFY(early.status[6].escaped());
    QVERIFY2(early.rangeMin >= 0.0 && early.rangeMax <= 1.0,
             qPrintable(QStringLiteral("%1 %2").arg(early.rangeMin).arg(early.rangeMax)));
}

void TestOrbitDiagram::sectionsAndNetworkMean()
{
    // Hénon: mean of (x, y) against a hand iteration, local maxima of x likewise.
    HenonMap m;
    OrbitDiagramRequest r;
    r.axis = {"a", -1, 1.4, 1.4, 1};
    r.transient = 10;
    r.samples = 200;
    r.keepPoints = true;
    r.initial = {0.1, 0.1};
    r.observable = Observable::meanOf({0, 1});
    const OrbitDiagram mean = computeOrbitDiagram(m, r);
    std::vector<double> xs, means;
    double x = 0.1, y = 0.1;
    for (int s = 0; s < 210; ++s) {
        if (s >= 10) {
            xs.push_back(x);
            means.push_back(0.5 * (x + y));
        }
        const double xn = 1 - 1.4 * x * x + y;
        y = 0.3 * x;
        x = xn;
    }
    QCOMPARE(mean.points.size(), means.size());
    for (std::size_t i = 0; i < means.size(); ++i)
        QVERIFY(std::fabs(mean.points[i] - means[i]) < 1e-12);
    r.observable = Observable::variable(0);
    r.observable.section = Section::LocalMaxima;
    const OrbitDiagram peaks = computeOrbitDiagram(m, r);
    std::vector<double> expected;
    for (std::size_t n = 1; n + 1 < xs.size(); ++n)
        if (xs[n - 1] < xs[n] && xs[n] >= xs[n + 1])
            expected.push_back(xs[n]);
    QCOMPARE(peaks.points.size(), expected.size());
    QVERIFY(!expected.empty());
    // Node variable lookup for network means.
    QCOMPARE(nodeVariableIndices(m, "x"), std::vector<int>{0});
}

namespace {
// The same map hidden behind another type, so the orbit diagram cannot recognise it and must
// take the generic one-column-at-a-time path.
template <class M>
class Opaque : public Model {
public:
    Opaque() : Model(M().parameterSpecs()) {}
    std::string typeName() const override { return "opaque"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_inner.dimension(); }
    std::vector<std::string> variableNames() const override { return m_inner.variableNames(); }
    std::vector<double> defaultInitialState() const override { return m_inner.defaultInitialState(); }
    void evaluate(const double* x, double* out) const override { m_inner.evaluate(x, out); }
    void jacobian(const double* x, double* j) const override { m_inner.jacobian(x, j); }
    std::unique_ptr<Model> clone() const override { return std::make_unique<Opaque>(*this); }

protected:
    void parametersChanged() override
    {
        for (int i = 0; i < parameterCount(); ++i)
            m_inner.setParameter(i, parameter(i));
    }

private:
    M m_inner;
};

template <class M>
void compareFastAndGeneric(const OrbitDiagramRequest& r)
{
    M fast;
    Opaque<M> generic;
    const OrbitDiagram a = computeOrbitDiagram(fast, r);
    const OrbitDiagram b = computeOrbitDiagram(generic, r);
    QVERIFY(a.points == b.points);
    QVERIFY(a.counts == b.counts);
    QVERIFY(a.tone == b.tone);
    QCOMPARE(a.rangeMin, b.rangeMin);
    QCOMPARE(a.rangeMax, b.rangeMax);
    for (std::size_t c = 0; c < a.status.size(); ++c) {
        QCOMPARE(a.status[c].runs, b.status[c].runs);
        QCOMPARE(a.status[c].escapedRuns, b.status[c].escapedRuns);
        QCOMPARE(a.status[c].escapeReason, b.status[c].escapeReason);
    }
}
} // namespace

void TestOrbitDiagram::fastPathMatchesGenericPath()
{
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 3.5, 4.3, 37}; // columns above r = 4 escape: the lanes fall back
    r.transient = 300;
    r.samples = 200;
    r.keepPoints = true;
    r.tileColumns = 11;
    r.threads = 2;
    compareFastAndGeneric<LogisticMap>(r);
    r.axis = {"b", -1, 0.1, 0.6, 29};
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 3;
    r.observable.section = Section::LocalMaxima;
    compareFastAndGeneric<ChialvoMap>(r);
    r.axis = {"a", -1, 1.0, 1.5, 29};
    r.boxMin = {-0.1, -0.1};
    r.boxMax = {0.1, 0.1};
    r.observable = Observable::variable(1);
    compareFastAndGeneric<HenonMap>(r);
}

void TestOrbitDiagram::directBinningMatchesGenericPath()
{
    // A fixed bin range without kept points: the lanes bin their samples straight into the
    // raster. It must equal binning the generic path's values, escapes (r > 4) and several
    // runs per column included; the range cuts off part of the attractor on purpose.
    OrbitDiagramRequest r;
    r.axis = {"r", -1, 3.4, 4.2, 45};
    r.transient = 400;
    r.samples = 700;
    r.autoRange = false;
    r.rangeMin = 0.1;
    r.rangeMax = 0.95;
    r.bins = 37;
    r.tileColumns = 13;
    r.threads = 2;
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 2;
    r.boxMin = {0.05};
    r.boxMax = {0.95};
    compareFastAndGeneric<LogisticMap>(r);
    // Independent check of one column's raster: iterate the logistic map here and bin by hand.
    LogisticMap m;
    r.policy = InitialPolicy::Fixed;
    r.initial = {0.4};
    const OrbitDiagram d = computeOrbitDiagram(m, r);
    const int c = 30;
    const double rr = d.parameterValues[c];
    std::vector<std::uint32_t> mine(37, 0);
    double x = 0.4;
    for (int s = 0; s < 1100; ++s) {
        if (s >= 400 && x >= 0.1 && x <= 0.95)
            ++mine[static_cast<std::size_t>(std::min(36, static_cast<int>((x - 0.1) / (0.95 - 0.1) * 37)))];
        x = rr * x * (1.0 - x);
    }
    for (int b = 0; b < 37; ++b)
        QCOMPARE(d.count(c, b), mine[static_cast<std::size_t>(b)]);
    r.initial.clear();
    r.axis = {"b", -1, 0.1, 0.6, 29};
    r.rangeMin = 0.0;
    r.rangeMax = 3.0;
    compareFastAndGeneric<ChialvoMap>(r);
    r.axis = {"a", -1, 1.0, 1.5, 29};
    r.rangeMin = -1.5;
    r.rangeMax = 1.5;
    compareFastAndGeneric<HenonMap>(r);
}

void TestOrbitDiagram::ringStarExactMatchesGenericPath()
{
    // The default ring-star (N = 10, R = 2, all triangles) through the ensemble kernel with
    // exact arithmetic against the generic one-column path: every value bit for bit, for the
    // network mean and for one node, with the triadic coupling swept and columns that escape
    // (a > 1 makes y grow geometrically).
    const RingStarNetwork net;
    OrbitDiagramRequest r;
    r.axis = {"sigma2", -1, 0.0, 0.05, 19};
    r.transient = 200;
    r.samples = 150;
    r.keepPoints = true;
    r.exactArithmetic = true;
    r.tileColumns = 7;
    r.threads = 2;
    r.observable = Observable::meanOf(nodeVariableIndices(net, "x"));
    QCOMPARE(r.observable.indices.size(), std::size_t(10));
    compareFastAndGeneric<RingStarNetwork>(r);
    r.observable = Observable::variable(6); // x of node 3
    r.axis = {"a", -1, 0.8, 1.2, 21};
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 2;
    compareFastAndGeneric<RingStarNetwork>(r);
    r.keepPoints = false;
    r.autoRange = false;
    r.rangeMin = 0.0;
    r.rangeMax = 2.0;
    compareFastAndGeneric<RingStarNetwork>(r);
}

void TestOrbitDiagram::ringStarFastPath()
{
    // The default fast arithmetic: near the network's stable fixed point (b = 0.6: the node's
    // focus x* = 0.0680655, y* = 2.1741882, a fixed point of the synchronised network) rounding
    // differences do not grow, so the values stay within 1e-12 of the generic path; chaotic
    // columns must at least not depend on the thread count.
    RingStarNetwork fast;
    Opaque<RingStarNetwork> generic;
    fast.setParameter("b", 0.6);
    generic.setParameter(generic.parameterIndex("b"), 0.6);
    OrbitDiagramRequest r;
    r.axis = {"mu", -1, 0.0, 0.02, 11};
    r.transient = 100;
    r.samples = 400;
    r.keepPoints = true;
    r.observable = Observable::meanOf(nodeVariableIndices(fast, "x"));
    for (int node = 0; node < 10; ++node) {
        r.initial.push_back(0.0680655 + 1e-4 * (node % 3));
        r.initial.push_back(2.1741882 - 1e-4 * (node % 4));
    }
    const OrbitDiagram a = computeOrbitDiagram(fast, r);
    const OrbitDiagram b = computeOrbitDiagram(generic, r);
    QCOMPARE(a.points.size(), b.points.size());
    for (std::size_t i = 0; i < a.points.size(); ++i)
        QVERIFY2(std::fabs(a.points[i] - b.points[i]) < 1e-12, qPrintable(QString::number(i)));
    fast.setParameter("b", 0.18); // chaotic bursting
    r.initial.clear();
    r.threads = 1;
    const OrbitDiagram one = computeOrbitDiagram(fast, r);
    r.threads = 2;
    r.tileColumns = 3;
    const OrbitDiagram two = computeOrbitDiagram(fast, r);
    QVERIFY(one.points == two.points);
    QVERIFY(one.counts == two.counts);
}

void TestOrbitDiagram::rejectsBadRequests()
{
    LogisticMap m;
    auto expectError = [&](OrbitDiagramRequest r, const char* word) {
        try {
            computeOrbitDiagram(m, r);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(word) != std::string::npos, e.what());
        }
    };
    OrbitDiagramRequest ok;
    ok.axis = {"r", -1, 3.0, 4.0, 10};
    OrbitDiagramRequest r = ok;
    r.axis.count = 0;
    expectError(r, "number of values");
    r = ok;
    r.axis.to = 3.0;
    expectError(r, "empty");
    r = ok;
    r.axis.parameter = std::string("q"); // not a literal assignment: GCC 12 -Wrestrict false positive
    expectError(r, "no parameter named 'q'");
    r = ok;
    r.bins = 0;
    expectError(r, "bins");
    r = ok;
    r.observable = Observable::variable(3);
    expectError(r, "does not exist");
    r = ok;
    r.autoRange = false;
    r.rangeMin = r.rangeMax = 1.0;
    expectError(r, "bin range");
    r = ok;
    r.axis.count = 100000;
    r.samples = 100000;
    r.keepPoints = true;
    expectError(r, "MiB"); // about 150 GiB of points: refused with the estimate
    // ... and with what to do about it: the sizes are the user's to change, the limit is not (no
    // option or control sets it; the message asked to "raise the memory limit").
    expectError(r, "reduce the sizes (fewer columns");
    r = ok;
    r.limits.maxBytes = 1000;
    expectError(r, "limit");
}

QTEST_APPLESS_MAIN(TestOrbitDiagram)
#include "tst_orbitdiagram.moc"
