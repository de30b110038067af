// The attractor atlas's finding (issue 19 points 1 and 6), against answers known in closed form:
// - the product of two bistable cubic maps x' = r x - x^3 (r = 1.5): on (-sqrt r, sqrt r) the sign
//   of each coordinate never changes, so the four fixed points (+-a, +-a), a = sqrt(r - 1), take
//   the quadrants of the box: exact counts on a grid, interval-length fractions for random states;
// - the Henon map at a = 1.4, b = 0.3: one chaotic attractor, largest exponent 0.419 (+- 0.005),
//   plus escape;
// - Newton's method for z^3 = 1: three fixed points with equal fractions by rotation symmetry;
// - flows: x' = x - x^3 (two equilibria, basins x > 0 and x < 0) and the Hopf normal form (a
//   limit cycle: exponents 0 and -2).
// And the contract: the same result for 1 and 2 threads and for any split of the states into
// ranges, and an InputError naming the field for every bad setting.
#include "analysis/attractors.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/referencemaps.h"
#include "testmodels.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace nd;

class TestAttractors : public QObject {
    Q_OBJECT
private slots:
    void productMapGridExactQuadrantCounts();
    void productMapRandomFractionsFromIntervalLengths();
    void identicalForThreadsAndStateRanges();
    void henonChaoticAttractorAndEscape();
    void newtonThreeRootsEqualFractions();
    void flowEquilibriaAndLimitCycle();
    void fixedPointOnACellBoundaryIsOneAttractor();
    void randomStatesDependOnlyOnSeedAndIndex();
    void tilesCoverEveryStateAndCancelStops();
    void rejectsBadSettings();
};

namespace {

const double kR = 1.5;
const double kA = std::sqrt(kR - 1.0);

// The attractor at fixed point (sx a, sy a), or nullptr.
const Attractor* fixedAt(const AttractorResult& r, double x, double y, double tol = 1e-6)
{
    for (const Attractor& a : r.attractors)
        if (a.kind == AttractorClass::FixedPoint && std::fabs(a.orbit[0] - x) < tol &&
            std::fabs(a.orbit[1] - y) < tol)
            return &a;
    return nullptr;
}

AttractorRequest productGrid()
{
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Grid;
    r.sampling.x = {0, -0.4, 1.0, 140};
    r.sampling.y = {1, -0.9, 0.5, 140};
    return r;
}

void compareResults(const AttractorResult& a, const AttractorResult& b)
{
    QCOMPARE(a.labels, b.labels);
    QCOMPARE(a.cellSize, b.cellSize);
    QCOMPARE(a.attractors.size(), b.attractors.size());
    for (std::size_t k = 0; k < a.attractors.size(); ++k) {
        const Attractor &x = a.attractors[k], &y = b.attractors[k];
        QCOMPARE(x.id, y.id);
        QVERIFY(x.kind == y.kind);
        QCOMPARE(x.period, y.period);
        QCOMPARE(x.lyapunov, y.lyapunov);
        QCOMPARE(x.orbit, y.orbit);
        QCOMPARE(x.cells, y.cells);
        QCOMPARE(x.states, y.states);
        QCOMPARE(x.fraction, y.fraction);
    }
    QCOMPARE(a.escaped, b.escaped);
    QCOMPARE(a.undecided, b.undecided);
}

} // namespace

void TestAttractors::productMapGridExactQuadrantCounts()
{
    ndtest::CubicPairMap model;
    AttractorRequest r = productGrid();
    r.threads = 2;
    const AttractorResult res = findAttractors(model, r);
    QCOMPARE(res.attractors.size(), std::size_t{4});
    QCOMPARE(res.escaped, 0L);
    QCOMPARE(res.undecided, 0L);
    // Grid points with a positive coordinate, counted from the axis definition.
    long xPos = 0, yPos = 0;
    for (int i = 0; i < r.sampling.x.count; ++i)
        xPos += r.sampling.x.value(i) > 0 ? 1 : 0;
    for (int i = 0; i < r.sampling.y.count; ++i)
        yPos += r.sampling.y.value(i) > 0 ? 1 : 0;
    const long nx = r.sampling.x.count, ny = r.sampling.y.count;
    for (int sx : {-1, 1})
        for (int sy : {-1, 1}) {
            const Attractor* a = fixedAt(res, sx * kA, sy * kA);
            QVERIFY2(a, "a quadrant's fixed point was not found");
            QCOMPARE(a->period, 1);
            QVERIFY(a->decidedBy == ClassDecidedBy::Period);
            const long expect = (sx > 0 ? xPos : nx - xPos) * (sy > 0 ? yPos : ny - yPos);
            QCOMPARE(a->states, expect);
            QCOMPARE(a->fraction, static_cast<double>(expect) / static_cast<double>(nx * ny));
            const double p = a->fraction;
            QCOMPARE(a->fractionError, std::sqrt(p * (1 - p) / static_cast<double>(nx * ny)));
            // Every grid point of the quadrant carries the attractor's id.
            for (long i = 0; i < nx * ny; ++i) {
                const double x = r.sampling.x.value(static_cast<int>(i % nx)),
                             y = r.sampling.y.value(static_cast<int>(i / nx));
                if ((x > 0) == (sx > 0) && (y > 0) == (sy > 0))
                    QCOMPARE(res.labels[static_cast<std::size_t>(i)], a->id);
            }
            QVERIFY(std::fabs(a->boxMin[0] - sx * kA) < 1e-9 && std::fabs(a->boxMax[1] - sy * kA) < 1e-9);
        }
}

void TestAttractors::productMapRandomFractionsFromIntervalLengths()
{
    ndtest::CubicPairMap model;
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Random;
    r.sampling.count = 40000;
    r.sampling.boxMin = {-0.4, -0.9};
    r.sampling.boxMax = {1.0, 0.5};
    r.sampling.seed = 7;
    const AttractorResult res = findAttractors(model, r);
    QCOMPARE(res.attractors.size(), std::size_t{4});
    QCOMPARE(res.escaped + res.undecided, 0L);
    for (int sx : {-1, 1})
        for (int sy : {-1, 1}) {
            const Attractor* a = fixedAt(res, sx * kA, sy * kA);
            QVERIFY(a);
            const double px = sx > 0 ? 1.0 / 1.4 : 0.4 / 1.4, py = sy > 0 ? 0.5 / 1.4 : 0.9 / 1.4;
            const double expect = px * py;
            QVERIFY2(std::fabs(a->fraction - expect) <= 3.0 * a->fractionError,
                     qPrintable(QString("fraction %1, expected %2 +- 3 x %3")
                                    .arg(a->fraction)
                                    .arg(expect)
                                    .arg(a->fractionError)));
        }
}

void TestAttractors::identicalForThreadsAndStateRanges()
{
    // Fixed points and a chaotic attractor (whose candidates differ from state to state).
    ndtest::CubicPairMap cubic;
    HenonMap henon;
    AttractorRequest hr;
    hr.sampling.kind = AttractorSampling::Grid;
    hr.sampling.x = {0, -1.5, 1.5, 60};
    hr.sampling.y = {1, -0.5, 0.5, 50};
    hr.scouts = 3; // few scouts: later states find the attractor themselves and are merged in assembly
    hr.tileSize = 7;
    // One scout: it finds one quadrant's fixed point, the other three are found by the states of
    // stage 2 themselves and registered in index order in stage 3.
    AttractorRequest cr = productGrid();
    cr.scouts = 1;
    cr.settle = 20; // (each of those states describes its candidate: keep that short)
    cr.orbitLength = 200;
    cr.saturation = 50;
    for (const auto& [model, request] : {std::pair<const Model*, AttractorRequest>{&cubic, productGrid()},
                                         std::pair<const Model*, AttractorRequest>{&cubic, cr},
                                         std::pair<const Model*, AttractorRequest>{&henon, hr}}) {
        AttractorRequest one = request, two = request;
        one.threads = 1;
        two.threads = 2;
        const AttractorResult a = findAttractors(*model, one), b = findAttractors(*model, two);
        compareResults(a, b);
        if (model == &cubic)
            QCOMPARE(a.attractors.size(), std::size_t{4});
        // Three ranges computed separately (as tiles on other processes), in reverse order.
        const long n = attractorStateCount(request);
        const AttractorScouting sc = scoutAttractors(*model, two);
        std::vector<AttractorOutcome> outcomes;
        const long cut1 = n / 3 + 5, cut2 = 2 * n / 3 - 11;
        auto c = computeAttractorOutcomes(*model, two, sc, cut2, n);
        auto bb = computeAttractorOutcomes(*model, one, sc, cut1, cut2);
        auto aa = computeAttractorOutcomes(*model, two, sc, 0, cut1);
        outcomes.insert(outcomes.end(), aa.begin(), aa.end());
        outcomes.insert(outcomes.end(), bb.begin(), bb.end());
        outcomes.insert(outcomes.end(), c.begin(), c.end());
        compareResults(assembleAttractors(*model, two, sc, outcomes), a);
    }
}

void TestAttractors::henonChaoticAttractorAndEscape()
{
    HenonMap model;
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Grid;
    r.sampling.x = {0, -2.0, 2.0, 120};
    r.sampling.y = {1, -2.0, 2.0, 120};
    r.lyapunovSteps = 400000;
    const AttractorResult res = findAttractors(model, r);
    QCOMPARE(res.attractors.size(), std::size_t{1});
    const Attractor& a = res.attractors[0];
    QVERIFY(a.kind == AttractorClass::Chaotic);
    QVERIFY(a.decidedBy == ClassDecidedBy::Lyapunov);
    QVERIFY(a.lyapunovDefined);
    QVERIFY2(std::fabs(a.lyapunov - 0.419) <= 0.005, qPrintable(QString::number(a.lyapunov)));
    // The attractor lies in |x| < 1.3, |y| < 0.4 (y = b x).
    QVERIFY(a.boxMin[0] > -1.3 && a.boxMax[0] < 1.3 && a.boxMin[1] > -0.4 && a.boxMax[1] < 0.4);
    // Escape: e.g. the corner (2, 2) leaves (x' = 1 - 1.4 * 4 + 2 = -2.6, then -6.2, ...).
    QVERIFY(res.escaped > 0);
    QCOMPARE(res.labels.back(), kAttractorEscaped);
    QVERIFY(res.escapedFraction > 0.3 && res.escapedFraction < 0.95);
    QCOMPARE(a.states + res.escaped + res.undecided, res.stateCount);
    QVERIFY(res.undecided <= res.stateCount / 1000);
    QCOMPARE(res.escapedError, std::sqrt(res.escapedFraction * (1 - res.escapedFraction) / res.stateCount));
    // The attractor's own points start on it.
    const int ix = 60, iy = 60; // (0.017, 0.017): inside the basin
    QCOMPARE(res.labels[static_cast<std::size_t>(iy * 120 + ix)], a.id);
}

void TestAttractors::newtonThreeRootsEqualFractions()
{
    ndtest::NewtonCubePolar model;
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Random;
    r.sampling.count = 30000;
    r.sampling.boxMin = {0.0, -std::numbers::pi / 3};
    r.sampling.boxMax = {2.0, 5 * std::numbers::pi / 3};
    const AttractorResult res = findAttractors(model, r);
    QCOMPARE(res.attractors.size(), std::size_t{3});
    const double settled = 1.0 - res.escapedFraction - res.undecidedFraction;
    QVERIFY(settled > 0.999);
    for (int k = 0; k < 3; ++k) {
        const Attractor* a = fixedAt(res, 1.0, 2 * std::numbers::pi * k / 3, 1e-9);
        QVERIFY2(a, "a root was not found");
        QVERIFY2(std::fabs(a->fraction - settled / 3) <= 3.0 * a->fractionError,
                 qPrintable(QString("root %1: %2 +- %3").arg(k).arg(a->fraction).arg(a->fractionError)));
    }
}

void TestAttractors::flowEquilibriaAndLimitCycle()
{
    ndtest::BistableFlow bistable;
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Grid;
    r.sampling.x = {0, -2.0, 2.5, 30}; // x = 0 is not a grid point
    r.sampling.y = {1, -1.0, 1.0, 10};
    r.dt = 0.01;
    r.sampleTime = 0.5;
    const AttractorResult res = findAttractors(bistable, r);
    QCOMPARE(res.attractors.size(), std::size_t{2});
    long positive = 0;
    for (int i = 0; i < r.sampling.x.count; ++i)
        positive += r.sampling.x.value(i) > 0 ? 1 : 0;
    const Attractor* plus = fixedAt(res, 1.0, 0.0);
    const Attractor* minus = fixedAt(res, -1.0, 0.0);
    QVERIFY(plus && minus);
    QCOMPARE(plus->states, positive * r.sampling.y.count);
    QCOMPARE(minus->states, (r.sampling.x.count - positive) * r.sampling.y.count);

    ndtest::HopfNormalForm hopf;
    AttractorRequest h;
    h.sampling.kind = AttractorSampling::Random;
    h.sampling.count = 40;
    h.sampling.boxMin = {-2.0, -2.0};
    h.sampling.boxMax = {2.0, 2.0};
    h.dt = 0.01;
    h.sampleTime = 0.1;
    h.lyapunovSteps = 200000; // 2000 time units
    const AttractorResult cyc = findAttractors(hopf, h);
    QCOMPARE(cyc.attractors.size(), std::size_t{1});
    const Attractor& c = cyc.attractors[0];
    QVERIFY(c.kind == AttractorClass::Periodic);
    QVERIFY(std::fabs(c.lyapunov) < 0.005);
    QVERIFY2(std::fabs(c.lyapunovSecond + 2.0) < 0.01, qPrintable(QString::number(c.lyapunovSecond)));
    for (std::size_t k = 0; k < c.orbit.size(); k += 2)
        QVERIFY(std::fabs(std::hypot(c.orbit[k], c.orbit[k + 1]) - 1.0) < 1e-6);
    QCOMPARE(c.states, 40L);
}

void TestAttractors::fixedPointOnACellBoundaryIsOneAttractor()
{
    // Cells along x of edge h = 1 / (11 - offset) put a boundary exactly at the equilibrium x = 1
    // (docs/attractors.md: cell k is [(k - offset) h, (k + 1 - offset) h), offset 0.381966...):
    // orbits from x < 1 and x > 1 settle in different cells, yet it is one attractor.
    ndtest::BistableFlow model;
    AttractorRequest r;
    r.sampling.kind = AttractorSampling::Grid;
    r.sampling.x = {0, 0.2, 2.5, 24};
    r.sampling.y = {1, -1.0, 1.0, 5};
    r.cellSize = {1.0 / (11.0 - 0.3819660112501051), 0.1};
    r.sampleTime = 0.5;
    r.scouts = 4;
    const AttractorResult res = findAttractors(model, r);
    QCOMPARE(res.attractors.size(), std::size_t{1});
    QCOMPARE(res.attractors[0].states, 24L * 5L);
}

void TestAttractors::randomStatesDependOnlyOnSeedAndIndex()
{
    ndtest::CubicPairMap model;
    AttractorRequest a;
    a.sampling.kind = AttractorSampling::Random;
    a.sampling.count = 10;
    a.sampling.boxMin = {-1, 2};
    a.sampling.boxMax = {1, 3};
    AttractorRequest b = a;
    b.sampling.count = 1000;
    for (long i = 0; i < 10; ++i) {
        const auto x = attractorInitialState(model, a, i);
        QCOMPARE(x, attractorInitialState(model, b, i));
        QVERIFY(x[0] >= -1 && x[0] < 1 && x[1] >= 2 && x[1] < 3);
    }
    b.sampling.seed = 2;
    QVERIFY(attractorInitialState(model, a, 3) != attractorInitialState(model, b, 3));
}

void TestAttractors::tilesCoverEveryStateAndCancelStops()
{
    ndtest::CubicPairMap model;
    AttractorRequest r = productGrid();
    r.threads = 2;
    r.tileSize = 1000;
    std::vector<int> seen(static_cast<std::size_t>(attractorStateCount(r)), 0);
    const AttractorResult res = findAttractors(model, r, nullptr, [&](const AttractorTile& t) {
        for (std::size_t k = 0; k < t.kinds.size(); ++k) {
            ++seen[static_cast<std::size_t>(t.first) + k];
            QVERIFY(t.kinds[k] == kAttractorJoined || t.kinds[k] == kAttractorNew);
        }
    });
    QVERIFY(!res.canceled);
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
    CancelFlag cancel;
    cancel.cancel();
    const AttractorResult stopped = findAttractors(model, r, &cancel);
    QVERIFY(stopped.canceled);
    QVERIFY(std::count(stopped.labels.begin(), stopped.labels.end(), kAttractorNotComputed) > 0);
}

void TestAttractors::rejectsBadSettings()
{
    ndtest::CubicPairMap model;
    const auto expectError = [&](const AttractorRequest& r, const char* field) {
        try {
            validateAttractorRequest(model, r);
            QFAIL(qPrintable(QString("accepted; expected an error naming '%1'").arg(field)));
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(field) != std::string::npos, e.what());
        }
    };
    AttractorRequest r = productGrid();
    validateAttractorRequest(model, r);
    AttractorRequest bad = r;
    bad.sampling.x.count = 0;
    expectError(bad, "x axis");
    bad = r;
    bad.sampling.y.variable = 0;
    expectError(bad, "same state variable");
    bad = r;
    bad.sampling.x.to = bad.sampling.x.from;
    expectError(bad, "range is empty");
    bad = r;
    bad.sampling.kind = AttractorSampling::Random;
    bad.sampling.boxMin = {0, 0};
    bad.sampling.boxMax = {1, 1};
    bad.sampling.count = 0;
    expectError(bad, "number of initial states");
    bad.sampling.count = -5;
    expectError(bad, "number of initial states");
    bad.sampling.count = 10;
    bad.sampling.boxMax = {1, 0};
    expectError(bad, "box is empty");
    bad.sampling.boxMax = {1};
    expectError(bad, "box needs 2");
    bad.sampling.boxMax = {1, std::nan("")};
    expectError(bad, "box upper bound");
    bad = r;
    bad.cellSize = {0.0};
    expectError(bad, "cell size");
    bad.cellSize = {0.1, -1.0};
    expectError(bad, "cell size");
    bad.cellSize = {0.1, 0.1, 0.1};
    expectError(bad, "cell size");
    bad.cellSize = {std::nan("")};
    expectError(bad, "cell size");
    bad = r;
    bad.maxIterations = 3'000'000'000L;
    expectError(bad, "iteration budget");
    bad.maxIterations = 0;
    expectError(bad, "iteration budget");
    bad = r;
    bad.recurrences = 0;
    expectError(bad, "recurrences");
    bad = r;
    bad.hitsToJoin = -1;
    expectError(bad, "hits to join");
    bad = r;
    bad.scouts = 0;
    expectError(bad, "scouts");
    bad = r;
    bad.orbitLength = 10; // below 2 x maxPeriod
    expectError(bad, "orbit length");
    bad = r;
    bad.chaosThreshold = std::nan("");
    expectError(bad, "chaos threshold");
    bad = r;
    bad.escapeBound = 0;
    expectError(bad, "escape bound");
    bad = r;
    bad.tileSize = 0;
    expectError(bad, "tile size");
    bad = r;
    bad.limits.maxBytes = 1000;
    expectError(bad, "MiB");
    ndtest::BistableFlow flow;
    AttractorRequest f = productGrid();
    f.sampleTime = 0;
    try {
        validateAttractorRequest(flow, f);
        QFAIL("a zero sample time was accepted");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("sample time") != std::string::npos);
    }
    f.sampleTime = 1;
    f.dt = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, validateAttractorRequest(flow, f));
    // Stage inputs: a range outside the states, outcomes of the wrong number.
    const AttractorScouting sc = scoutAttractors(model, r);
    QVERIFY_THROWS_EXCEPTION(InputError, computeAttractorOutcomes(model, r, sc, 5, 4));
    QVERIFY_THROWS_EXCEPTION(InputError, computeAttractorOutcomes(model, r, sc, 0, 140 * 140 + 1));
    QVERIFY_THROWS_EXCEPTION(InputError, assembleAttractors(model, r, sc, std::vector<AttractorOutcome>(3)));
    // Malformed outcomes (as a damaged tile file could hold) are refused, not followed.
    std::vector<AttractorOutcome> outcomes = computeAttractorOutcomes(model, r, sc, 0, 140 * 140);
    compareResults(assembleAttractors(model, r, sc, outcomes), findAttractors(model, r));
    const auto refused = [&](std::vector<AttractorOutcome> o, const AttractorScouting& s) {
        try {
            assembleAttractors(model, r, s, o);
            return false;
        } catch (const InputError& e) {
            return std::string(e.what()).find("malformed") != std::string::npos ||
                   std::string(e.what()).find("cell size") != std::string::npos;
        }
    };
    auto bad1 = outcomes;
    bad1[7].state = kAttractorJoined;
    bad1[7].attractor = 99;
    QVERIFY(refused(bad1, sc));
    auto bad2 = outcomes;
    bad2[8].state = kAttractorNew;
    bad2[8].orbit = {1.0};
    QVERIFY(refused(bad2, sc));
    auto bad3 = outcomes;
    bad3[9].state = 42;
    QVERIFY(refused(bad3, sc));
    AttractorScouting badScouting = sc;
    badScouting.cellSize.pop_back();
    QVERIFY(refused(outcomes, badScouting));
    badScouting = sc;
    badScouting.cellSize[0] = 0.0;
    QVERIFY(refused(outcomes, badScouting));
    badScouting = sc;
    badScouting.attractors[0].orbit[5] = std::nan("");
    QVERIFY(refused(outcomes, badScouting));
}

QTEST_GUILESS_MAIN(TestAttractors)
#include "tst_attractors.moc"
