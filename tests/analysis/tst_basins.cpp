// Basins of attraction of the product of two cubic maps x' = r x - x^3 (r = 1.5), which has
// four coexisting stable fixed points (+-a, +-a), a = sqrt(r - 1). On (-sqrt r, sqrt r) the sign
// of each coordinate never changes, so the basins there are the four quadrants (fractions from
// interval lengths); further out, preimages interleave and |x| > sqrt(r + 1) escapes: those
// cells are checked against a hand iteration of each coordinate (the map is a product).
// The outcomes of row ranges computed separately (in any order) and labelled together equal the
// one-piece result, and 1 and 2 threads agree, for these fixed points and the chaotic Henon
// attractor (whose aperiodic fingerprints differ from cell to cell).
#include "analysis/basins.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/referencemaps.h"
#include "testmodels.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace nd;

class TestBasins : public QObject {
    Q_OBJECT
private slots:
    void quadrantsWithTheoreticalFractions();
    void interleavedBasinsAndEscapeMatchHandIteration();
    void identicalForAnyThreadCount();
    void chaoticAttractorIndependentOfThreadTiming();
    void rowRangesLabelLikeOnePiece_data();
    void rowRangesLabelLikeOnePiece();
    void oneAndTwoThreadsGiveTheSameResult();
    void labelsNeedEveryCell();
    void rejectsBadRequests();
};

namespace {
const double kR = 1.5;
const double kA = std::sqrt(kR - 1.0);

// +1 or -1: the fixed point a 1-D orbit settles on; 0: it escaped.
int fate(double x)
{
    for (int n = 0; n < 2000; ++n) {
        x = kR * x - x * x * x;
        if (!(std::fabs(x) < 1e6))
            return 0;
    }
    return std::fabs(x - kA) < 1e-9 ? 1 : std::fabs(x + kA) < 1e-9 ? -1 : 99;
}

// The label of the attractor whose fixed point has these signs, from the result's own list.
int labelOf(const BasinResult& r, int sx, int sy)
{
    for (const auto& a : r.attractors)
        if (a.period == 1 && std::fabs(a.points[0] - sx * kA) < 1e-6 &&
            std::fabs(a.points[1] - sy * kA) < 1e-6)
            return a.label;
    return -100;
}

void compareResults(const BasinResult& a, const BasinResult& b)
{
    QCOMPARE(a.nx, b.nx);
    QCOMPARE(a.ny, b.ny);
    QVERIFY(a.xValues == b.xValues);
    QVERIFY(a.yValues == b.yValues);
    QVERIFY(a.labels == b.labels);
    QCOMPARE(a.escapedCells, b.escapedCells);
    QCOMPARE(a.escapedFraction, b.escapedFraction);
    QCOMPARE(a.canceled, b.canceled);
    QCOMPARE(a.attractors.size(), b.attractors.size());
    for (std::size_t k = 0; k < a.attractors.size(); ++k) {
        const BasinAttractor &p = a.attractors[k], &q = b.attractors[k];
        QCOMPARE(p.label, q.label);
        QCOMPARE(p.period, q.period);
        QVERIFY(p.points == q.points);
        QCOMPARE(p.cells, q.cells);
        QCOMPARE(p.fraction, q.fraction);
        QCOMPARE(p.description, q.description);
    }
}

// The two test grids: the cubic pair's four fixed points with escape, and the Henon attractor.
BasinRequest gridFor(bool henon)
{
    BasinRequest r;
    if (henon) {
        r.x = {0, -1.5, 1.5, 41};
        r.y = {1, -0.4, 0.4, 29};
    } else {
        r.x = {0, -1.6, 1.6, 37};
        r.y = {1, -1.6, 1.6, 31};
        r.transient = 400;
        r.window = 64;
        r.maxPeriod = 8;
    }
    r.tileSize = 5;
    return r;
}
} // namespace

void TestBasins::quadrantsWithTheoreticalFractions()
{
    ndtest::CubicPairMap m;
    BasinRequest r;
    r.x = {0, -1.0, 1.2, 220};
    r.y = {1, -0.9, 1.1, 200};
    r.transient = 200; // the fixed points are superstable (f'(a) = r - 3a^2 = 0)
    r.window = 64;
    r.maxPeriod = 8;
    const BasinResult b = computeBasins(m, r);
    QVERIFY(!b.canceled);
    QCOMPARE(b.attractors.size(), std::size_t(4));
    QCOMPARE(b.escapedCells, 0L);
    const double px = 1.2 / 2.2, py = 1.1 / 2.0; // fractions of positive x and y
    for (int sx : {-1, 1})
        for (int sy : {-1, 1}) {
            const int label = labelOf(b, sx, sy);
            QVERIFY(label >= 0);
            const double expected = (sx > 0 ? px : 1 - px) * (sy > 0 ? py : 1 - py);
            QVERIFY2(std::fabs(b.attractors[static_cast<std::size_t>(label)].fraction - expected) < 1e-2,
                     qPrintable(QString("%1 vs %2").arg(b.attractors[label].fraction).arg(expected)));
        }
    // Labels away from the axes (the basin boundaries) follow the quadrants.
    for (int j = 0; j < b.ny; ++j)
        for (int i = 0; i < b.nx; ++i) {
            const double x = b.xValues[i], y = b.yValues[j];
            if (std::fabs(x) < 0.02 || std::fabs(y) < 0.02)
                continue;
            QCOMPARE(b.at(i, j), labelOf(b, x > 0 ? 1 : -1, y > 0 ? 1 : -1));
        }
}

void TestBasins::interleavedBasinsAndEscapeMatchHandIteration()
{
    ndtest::CubicPairMap m;
    BasinRequest r;
    r.x = {0, -1.0, 1.7, 272};
    r.y = {1, -1.65, 1.0, 133};
    r.transient = 400;
    r.window = 64;
    r.maxPeriod = 8;
    const BasinResult b = computeBasins(m, r);
    QVERIFY(b.escapedCells > 0);
    long mismatches = 0, escaped = 0;
    for (int j = 0; j < b.ny; ++j)
        for (int i = 0; i < b.nx; ++i) {
            const int fx = fate(b.xValues[i]), fy = fate(b.yValues[j]);
            QVERIFY(fx != 99 && fy != 99);
            const int expected = (fx == 0 || fy == 0) ? kBasinEscaped : labelOf(b, fx, fy);
            if (expected == kBasinEscaped)
                ++escaped;
            if (b.at(i, j) != expected)
                ++mismatches;
        }
    QCOMPARE(mismatches, 0L);
    QCOMPARE(b.escapedCells, escaped);
    QVERIFY(std::fabs(b.escapedFraction - double(escaped) / (b.nx * b.ny)) < 1e-12);
}

void TestBasins::identicalForAnyThreadCount()
{
    ndtest::CubicPairMap m;
    BasinRequest r;
    r.x = {0, -1.6, 1.6, 64};
    r.y = {1, -1.6, 1.6, 48};
    r.tileSize = 7;
    int tiles = 0;
    r.threads = 1;
    const BasinResult a = computeBasins(m, r, nullptr, [&](const BasinTile&) { ++tiles; });
    r.threads = 2;
    const BasinResult b = computeBasins(m, r);
    QCOMPARE(tiles, 10 * 7);
    QVERIFY(a.labels == b.labels);
    QCOMPARE(a.attractors.size(), b.attractors.size());
    for (std::size_t k = 0; k < a.attractors.size(); ++k) {
        QVERIFY(a.attractors[k].points == b.attractors[k].points);
        QCOMPARE(a.attractors[k].description, b.attractors[k].description);
    }
}

void TestBasins::chaoticAttractorIndependentOfThreadTiming()
{
    // The Henon attractor is aperiodic: its fingerprint (mean and spread over the window)
    // differs from cell to cell. The attractor must be described by the first cell in
    // row-major order that reaches it, whatever order the tiles ran in (square tiles visit the
    // cells in another order on one thread, and in an order set by thread timing on two).
    // Oracle: a one-cell grid at that cell's coordinates fingerprints it alone. (With 7 x 7
    // tiles on this grid the first cell computed is not the first in row-major order.)
    HenonMap m; // a = 1.4, b = 0.3
    BasinRequest r;
    r.x = {0, -1.5, 1.5, 48};
    r.y = {1, -0.4, 0.4, 48};
    r.tileSize = 7;
    for (int run = 0; run < 6; ++run) {
        r.threads = run == 0 ? 1 : 2;
        const BasinResult res = computeBasins(m, r);
        QVERIFY(res.escapedCells > 0);
        QVERIFY(!res.attractors.empty());
        QCOMPARE(res.attractors.back().period, 0);
        for (const BasinAttractor& a : res.attractors) {
            const auto first = std::find(res.labels.begin(), res.labels.end(), a.label) - res.labels.begin();
            BasinRequest one = r;
            one.x = {0, res.xValues[static_cast<std::size_t>(first % res.nx)], 0.0, 1};
            one.y = {1, res.yValues[static_cast<std::size_t>(first / res.nx)], 0.0, 1};
            const BasinResult cell = computeBasins(m, one);
            QCOMPARE(cell.attractors.size(), std::size_t(1));
            QVERIFY(cell.attractors[0].points == a.points);
        }
    }
}

void TestBasins::rowRangesLabelLikeOnePiece_data()
{
    QTest::addColumn<bool>("henon");
    QTest::newRow("cubic pair") << false;
    QTest::newRow("henon") << true;
}

void TestBasins::rowRangesLabelLikeOnePiece()
{
    QFETCH(bool, henon);
    ndtest::CubicPairMap cubic;
    HenonMap henonMap;
    const Model& m = henon ? static_cast<const Model&>(henonMap) : cubic;
    BasinRequest r = gridFor(henon);
    r.threads = 2;
    const BasinResult whole = computeBasins(m, r);
    QVERIFY(!whole.attractors.empty());
    QVERIFY(whole.escapedCells > 0);
    // Three uneven ranges (the last one starts in the middle of a tile), computed last first.
    const int ny = r.y.count;
    const std::vector<std::pair<int, int>> ranges{{0, 4}, {4, 17}, {17, ny}};
    std::vector<BasinRows> parts(ranges.size());
    for (std::size_t k = ranges.size(); k-- > 0;) {
        int tiles = 0;
        parts[k] =
            computeBasinRows(m, r, ranges[k].first, ranges[k].second, nullptr, [&](const BasinTile& t) {
                ++tiles;
                QVERIFY(t.y0 >= ranges[k].first && t.y1 <= ranges[k].second);
            });
        QVERIFY(!parts[k].canceled);
        QCOMPARE(parts[k].y0, ranges[k].first);
        QCOMPARE(parts[k].y1, ranges[k].second);
        QCOMPARE(parts[k].cells.size(),
                 std::size_t(r.x.count) * std::size_t(ranges[k].second - ranges[k].first));
        QVERIFY(tiles > 0);
    }
    std::vector<BasinCellOutcome> cells;
    for (const BasinRows& p : parts)
        cells.insert(cells.end(), p.cells.begin(), p.cells.end());
    compareResults(labelBasins(r, m.dimension(), cells), whole);
    // Every cell's outcome is its own: a one-cell grid at the cell gives the same one.
    for (int iy : {0, 4, 16, 17, ny - 1}) {
        const int ix = (iy * 7) % r.x.count;
        BasinRequest one = r;
        one.x = {0, whole.xValues[static_cast<std::size_t>(ix)], 0.0, 1};
        one.y = {1, whole.yValues[static_cast<std::size_t>(iy)], 0.0, 1};
        const BasinRows cell = computeBasinRows(m, one, 0, 1);
        QCOMPARE(cell.cells.size(), std::size_t(1));
        QVERIFY(cell.cells[0] == cells[static_cast<std::size_t>(iy * r.x.count + ix)]);
    }
}

void TestBasins::oneAndTwoThreadsGiveTheSameResult()
{
    ndtest::CubicPairMap cubic;
    HenonMap henonMap;
    for (bool henon : {false, true}) {
        const Model& m = henon ? static_cast<const Model&>(henonMap) : cubic;
        BasinRequest r = gridFor(henon);
        r.threads = 1;
        const BasinResult one = computeBasins(m, r);
        r.threads = 2;
        const BasinResult two = computeBasins(m, r);
        compareResults(one, two);
        // Every label is the canonical number of the first attractor the cell matches: the
        // cells of one attractor are counted, and the fractions add up with the escaped ones.
        long counted = one.escapedCells;
        double fractions = one.escapedFraction;
        for (const BasinAttractor& a : one.attractors) {
            QCOMPARE(a.cells, static_cast<long>(std::count(one.labels.begin(), one.labels.end(), a.label)));
            counted += a.cells;
            fractions += a.fraction;
        }
        QCOMPARE(counted, static_cast<long>(one.nx) * one.ny);
        QVERIFY(std::fabs(fractions - 1.0) < 1e-12);
    }
}

void TestBasins::labelsNeedEveryCell()
{
    ndtest::CubicPairMap m;
    BasinRequest r = gridFor(false);
    const BasinRows rows = computeBasinRows(m, r, 0, 3);
    QVERIFY_THROWS_EXCEPTION(InputError, labelBasins(r, m.dimension(), rows.cells));
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasinRows(m, r, 3, 2));
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasinRows(m, r, 0, r.y.count + 1));
    // A settled cell whose fingerprint does not fit the dimension is refused.
    std::vector<BasinCellOutcome> cells(static_cast<std::size_t>(r.x.count) * r.y.count);
    cells[5].state = kBasinSettled;
    cells[5].period = 1;
    cells[5].points = {0.5};
    QVERIFY_THROWS_EXCEPTION(InputError, labelBasins(r, m.dimension(), cells));
    cells[5].points = {0.5, -0.5};
    const BasinResult one = labelBasins(r, m.dimension(), cells);
    QCOMPARE(one.attractors.size(), std::size_t(1));
    QCOMPARE(one.attractors[0].cells, 1L);
    QCOMPARE(one.attractors[0].fraction, 1.0); // the other cells were not computed
    QCOMPARE(one.at(5, 0), 0);
    QCOMPARE(one.at(6, 0), kBasinNotComputed);
}

void TestBasins::rejectsBadRequests()
{
    ndtest::CubicPairMap m;
    BasinRequest r;
    r.y.variable = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasins(m, r)); // same variable twice
    r = {};
    r.y.variable = 1;
    r.x.variable = 5;
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasins(m, r));
    r = {};
    r.y.variable = 1;
    r.x.count = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasins(m, r));
    r = {};
    r.y.variable = 1;
    r.x.count = 1'000'000;
    r.y.count = 1'000'000;
    QVERIFY_THROWS_EXCEPTION(InputError, computeBasins(m, r)); // memory estimate
}

QTEST_APPLESS_MAIN(TestBasins)
#include "tst_basins.moc"
