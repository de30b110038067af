// app/compute against independent checks: the orbit diagram of the logistic map below r = 3
// sits in the bin of 1 - 1/r; tiles of diagrams and scans assemble bit for bit into the whole;
// the period scan finds periods 1, 2, 4; Lyapunov of the logistic map at r = 4 is ln 2 and the
// Henon spectrum sums to ln b; the logistic fixed points are 0 and 1 - 1/r with multipliers r
// and 2 - r; the critical set of the logistic map is x = 1/2 with the value r/4, that of the
// Chialvo map the lines x = 0 and x = 2a/(a - b) and their images; basins agree with a
// brute-force escape check, and their row tiles assemble exactly into the whole; flows
// (Kuramoto) and AKOrN work.
#include "common/progress.h"
#include "compute/computecommon.h"
#include "compute/dynamicscompute.h"
#include "compute/orbitcompute.h"
#include "compute/scancompute.h"
#include "simulate/trajectory.h"

#include "oscillators/kuramoto.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>

using namespace nd;

class TestCompute : public QObject {
    Q_OBJECT
private slots:
    void orbitDiagramBelowFirstFlip();
    void orbitTilesAssembleToWhole_data();
    void orbitTilesAssembleToWhole();
    void orbitNetworkMeanAndPolicies();
    void orbitParameterAxisIsTheOneRule();
    void orbitTilesCarryTheTone_data();
    void orbitTilesCarryTheTone();
    void periodScanAndTiles();
    void lyapunovLogisticIsLn2();
    void lyapunovHenonSumsToLnB();
    void fixedPointsOfLogistic();
    void criticalSetOfLogistic();
    void criticalSetOfChialvo();
    void criticalSliceStates();
    void criticalSetProgressAndCancel();
    void basinsMatchBruteForce();
    void basinRowsAssembleToWhole();
    void flowsWork();
    void sectionIsNamedInErrors();
};

namespace {
Study logistic(double r)
{
    Study s = Study::defaultsFor("logistic");
    s.parameters["r"] = r;
    s.initialState = {0.3};
    return s;
}
} // namespace

void TestCompute::orbitDiagramBelowFirstFlip()
{
    Study s = logistic(2.5);
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = "r";
    d.from = 2.5;
    d.to = 2.9;
    d.columns = 9;
    d.bins = 100;
    d.valueMin = 0.0;
    d.valueMax = 1.0;
    d.transient = 2000;
    d.samples = 50;
    std::atomic<int> tiled{0};
    const compute::OrbitDiagramResult r =
        compute::orbitDiagram(s, 2, nullptr, [&](const OrbitDiagramTile& t) { tiled += t.columnCount; });
    QCOMPARE(tiled.load(), 9);
    QCOMPARE(r.observableLabel, std::string("x"));
    for (int c = 0; c < 9; ++c) {
        // Theory: the stable fixed point 1 - 1/r holds every sample.
        const double rv = 2.5 + 0.05 * c;
        const int bin = static_cast<int>((1.0 - 1.0 / rv) * 100);
        QVERIFY(std::fabs(r.diagram.parameterValues[static_cast<std::size_t>(c)] - rv) < 1e-12);
        QCOMPARE(r.diagram.count(c, bin), 50u);
    }
}

void TestCompute::orbitTilesAssembleToWhole_data()
{
    QTest::addColumn<bool>("fixedRange");
    QTest::addColumn<bool>("keepPoints");
    QTest::addColumn<bool>("network");
    QTest::newRow("automatic") << false << false << false;
    QTest::newRow("fixed") << true << false << false;
    QTest::newRow("automatic, points") << false << true << false;
    QTest::newRow("fixed, points") << true << true << false;
    // The ring-star has a vectorised network kernel in the engine: exact arithmetic keeps it
    // bit for bit like the one-column runner the tiles use.
    QTest::newRow("ring-star, automatic") << false << false << true;
    QTest::newRow("ring-star, fixed") << true << false << true;
}

void TestCompute::orbitTilesAssembleToWhole()
{
    QFETCH(bool, fixedRange);
    QFETCH(bool, keepPoints);
    QFETCH(bool, network);
    Study s =
        network ? Study::defaultsFor("ring-star", {{"N", "12"}, {"R", "2"}}) : Study::defaultsFor("chialvo");
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = network ? "sigma" : "b";
    d.from = network ? 0.0 : 0.1;
    d.to = network ? 0.1 : 0.6;
    d.columns = 23;
    d.bins = 40;
    d.transient = 200;
    d.samples = 80;
    d.keepPoints = keepPoints;
    d.valueMin = fixedRange ? -0.5 : 0.0;
    d.valueMax = fixedRange ? 3.0 : 0.0;
    const compute::OrbitDiagramResult whole = compute::orbitDiagram(s, 2);
    const auto model = s.createModel();
    const OrbitDiagramRequest request = compute::orbitDiagramRequest(s, *model);
    QVERIFY(compute::orbitDiagramTileable(s));
    std::vector<OrbitColumnData> columns;
    for (auto [begin, end] : {std::pair{0, 5}, std::pair{5, 6}, std::pair{6, 23}}) {
        auto part = compute::orbitDiagramColumns(request, *model, begin, end, 2);
        for (auto& c : part)
            columns.push_back(std::move(c));
    }
    const OrbitDiagram merged = assembleOrbitDiagram(request, std::move(columns), 2);
    QCOMPARE(merged.counts, whole.diagram.counts);
    QCOMPARE(merged.tone, whole.diagram.tone);
    QCOMPARE(merged.rangeMin, whole.diagram.rangeMin);
    QCOMPARE(merged.rangeMax, whole.diagram.rangeMax);
    QCOMPARE(merged.parameterValues, whole.diagram.parameterValues);
    QCOMPARE(merged.points, whole.diagram.points);
    QCOMPARE(merged.pointOffsets, whole.diagram.pointOffsets);
    if (!fixedRange) {
        // The automatic range is the extent of the data (the engine's rule).
        double lo = 1e300, hi = -1e300;
        for (const auto& c : compute::orbitDiagramColumns(request, *model, 0, 23, 1))
            for (double v : c.values) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        QCOMPARE(merged.rangeMin, lo);
        QCOMPARE(merged.rangeMax, hi);
    }
}

void TestCompute::orbitNetworkMeanAndPolicies()
{
    // A ring-star started on the synchronous manifold stays on it: the network mean of x equals
    // every node's x, so the mean diagram equals the diagram of x0.
    Study s = Study::defaultsFor("ring-star", {{"N", "5"}, {"R", "1"}});
    for (std::size_t i = 0; i < s.initialState.size(); ++i)
        s.initialState[i] = i % 2 == 0 ? 0.5 : 2.0;
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = "sigma";
    d.from = 0.0;
    d.to = 0.05;
    d.columns = 6;
    d.bins = 30;
    d.valueMin = -1.0;
    d.valueMax = 5.0;
    d.transient = 100;
    d.samples = 100;
    const auto single = compute::orbitDiagram(s, 2);
    d.observable = ObservableKind::NetworkMean;
    d.meanVariable = "x";
    const auto mean = compute::orbitDiagram(s, 2);
    QCOMPARE(mean.observableLabel, std::string("mean of x"));
    QCOMPARE(mean.request.observable.indices.size(), std::size_t{5});
    QCOMPARE(mean.diagram.counts, single.diagram.counts);
    // The sequential policies are not tileable; several initial states give count runs.
    d.policy = InitialPolicy::Follow;
    QVERIFY(!compute::orbitDiagramTileable(s));
    d.policy = InitialPolicy::RandomPerColumn;
    d.initialCount = 3;
    const auto several = compute::orbitDiagram(s, 2);
    for (const auto& st : several.diagram.status)
        QCOMPARE(st.runs, 3);
}

void TestCompute::orbitParameterAxisIsTheOneRule()
{
    // The GUI job, the CLI and the engine request default the parameter and its range by this
    // one rule (the GUI had its own copy, which also clipped to the valid range).
    Study s = Study::defaultsFor("chialvo");
    const auto model = s.createModel();
    const ParameterSpec first = model->parameterSpecs().front();
    OrbitDiagramSettings d;
    d.parameter.clear();
    d.from = d.to = 0.0;
    d.columns = 7;
    ParameterAxis axis = compute::orbitParameterAxis(*model, d);
    QCOMPARE(axis.parameter, first.name);
    QCOMPARE(axis.from, first.typicalMinimum);
    QCOMPARE(axis.to, first.typicalMaximum);
    QCOMPARE(axis.count, 7);
    // A window reaching beyond the valid range (a zoomed-out view saved by the GUI) is clipped.
    d.parameter = "b";
    const ParameterSpec b = model->parameterSpecs()[static_cast<std::size_t>(model->parameterIndex("b"))];
    d.from = b.minimum - 1.0;
    d.to = b.maximum + 1.0;
    axis = compute::orbitParameterAxis(*model, d);
    QCOMPARE(axis.from, b.minimum);
    QCOMPARE(axis.to, b.maximum);
    // ... and the engine request is built from the same axis.
    s.analyses.orbitDiagram = d;
    const OrbitDiagramRequest r = compute::orbitDiagramRequest(s, *model);
    QCOMPARE(r.axis.parameter, std::string("b"));
    QCOMPARE(r.axis.from, b.minimum);
    QCOMPARE(r.axis.to, b.maximum);
    // An unknown parameter is left for the engine, which names it.
    d.parameter = "zz";
    QCOMPARE(compute::orbitParameterAxis(*model, d).parameter, std::string("zz"));
}

void TestCompute::orbitTilesCarryTheTone_data()
{
    QTest::addColumn<int>("policy");
    QTest::newRow("fixed (parallel)") << static_cast<int>(InitialPolicy::Fixed);
    QTest::newRow("follow (sequential)") << static_cast<int>(InitialPolicy::Follow);
    QTest::newRow("sweep up and down") << static_cast<int>(InitialPolicy::SweepUpDown);
}

void TestCompute::orbitTilesCarryTheTone()
{
    // With a fixed value range each tile carries its columns' tone, equal to the finished
    // diagram's (so the GUI shows it without mapping the counts again), and the tone is
    // log(1 + n) / log(1 + max n) of the tile's own counts.
    QFETCH(int, policy);
    Study s = Study::defaultsFor("chialvo");
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = "b";
    d.from = 0.1;
    d.to = 0.6;
    d.columns = 37;
    d.bins = 50;
    d.transient = 100;
    d.samples = 200;
    d.valueMin = -0.5;
    d.valueMax = 3.0;
    d.policy = static_cast<InitialPolicy>(policy);
    std::vector<float> tone(static_cast<std::size_t>(d.columns * d.bins), -1.0f);
    // Tiles arrive on the engine's workers (one at a time): checked there, reported here.
    int tiles = 0;
    bool sizes = true, mapped = true;
    const compute::OrbitDiagramResult r =
        compute::orbitDiagram(s, 2, nullptr, [&](const OrbitDiagramTile& t) {
            ++tiles;
            sizes = sizes && t.tone.size() == t.counts.size() &&
                    t.counts.size() == static_cast<std::size_t>(t.columnCount * d.bins);
            if (!sizes)
                return;
            for (int c = 0; c < t.columnCount; ++c) {
                std::uint32_t peak = 0;
                for (int b = 0; b < d.bins; ++b)
                    peak = std::max(peak, t.counts[static_cast<std::size_t>(c * d.bins + b)]);
                for (int b = 0; b < d.bins; ++b) {
                    const auto k = static_cast<std::size_t>(c * d.bins + b);
                    const double expected = peak == 0 || t.status[static_cast<std::size_t>(c)].escaped()
                                                ? 0.0
                                                : std::log1p(double(t.counts[k])) / std::log1p(double(peak));
                    mapped = mapped && std::abs(t.tone[k] - expected) < 1e-6;
                    tone[static_cast<std::size_t>(t.firstColumn * d.bins) + k] = t.tone[k];
                }
            }
        });
    QVERIFY(tiles > 0);
    QVERIFY(sizes);
    QVERIFY(mapped);
    QVERIFY(std::equal(tone.begin(), tone.end(), r.diagram.tone.begin(), r.diagram.tone.end()));
}

void TestCompute::periodScanAndTiles()
{
    Study s = logistic(3.0);
    ScanSettings scan;
    scan.measure = ScanMeasureKind::Period;
    scan.x = {"r", 2.8, 3.5, 3}; // 2.8, 3.15, 3.5: periods 1, 2, 4
    scan.transient = 5000;
    s.analyses.parameterScan = scan;
    const compute::ParameterScanResult whole = compute::parameterScan(s, 2);
    QCOMPARE(whole.result.nx, 3);
    const double expected[] = {1, 2, 4};
    for (int ix = 0; ix < 3; ++ix) {
        QVERIFY(whole.result.isDefined(ix, 0));
        QCOMPARE(whole.result.at(ix, 0), expected[ix]);
    }
    // A 2-D Lyapunov scan in two tiles equals the whole scan.
    s = Study::defaultsFor("chialvo");
    scan.measure = ScanMeasureKind::Lyapunov;
    scan.x = {"b", 0.1, 0.6, 5};
    scan.y = ScanAxisSettings{"a", 0.85, 0.9, 3};
    scan.transient = 100;
    scan.steps = 300;
    s.analyses.parameterScan = scan;
    const compute::ParameterScanResult grid = compute::parameterScan(s, 2);
    auto columns = compute::parameterScanColumns(s, 0, 2, 2);
    for (auto& c : compute::parameterScanColumns(s, 2, 5, 1))
        columns.push_back(std::move(c));
    const ScanResult merged = compute::assembleParameterScan(s, columns);
    QCOMPARE(merged.values, grid.result.values);
    QCOMPARE(merged.defined, grid.result.defined);
    QCOMPARE(merged.xValues, grid.result.xValues);
    QCOMPARE(merged.yValues, grid.result.yValues);
    QCOMPARE(merged.measure, grid.result.measure);
}

void TestCompute::lyapunovLogisticIsLn2()
{
    Study s = logistic(4.0);
    s.initialState = {0.1234};
    LyapunovSettings l;
    l.steps = 200000;
    l.transient = 100;
    s.analyses.lyapunov = l;
    const compute::LyapunovComputation spectrum = compute::lyapunov(s, 1);
    QVERIFY2(spectrum.result.defined, spectrum.result.reason.c_str());
    QVERIFY(std::fabs(spectrum.result.exponents.at(0) - std::log(2.0)) < 5e-3);
    s.analyses.lyapunov->largestOnly = true;
    const compute::LyapunovComputation largest = compute::lyapunov(s, 1);
    QVERIFY(largest.largestOnly);
    QCOMPARE(largest.result.exponents.size(), std::size_t{1});
    QVERIFY(std::fabs(largest.result.exponents[0] - std::log(2.0)) < 5e-3);
}

void TestCompute::lyapunovHenonSumsToLnB()
{
    Study s = Study::defaultsFor("henon");
    s.parameters["a"] = 1.4;
    s.parameters["b"] = 0.3;
    s.initialState = {0.1, 0.1};
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->steps = 50000;
    const compute::LyapunovComputation r = compute::lyapunov(s, 1);
    QVERIFY(r.result.defined);
    QCOMPARE(r.result.exponents.size(), std::size_t{2});
    QVERIFY(std::fabs(r.result.sum - std::log(0.3)) < 1e-9);
    QVERIFY(std::fabs(r.result.exponents[0] - 0.41922) < 0.01);
    // Kaplan-Yorke: 1 + lambda1 / |lambda2|.
    QVERIFY(std::fabs(r.result.kaplanYorke - (1 + r.result.exponents[0] / std::fabs(r.result.exponents[1]))) <
            1e-12);
}

void TestCompute::fixedPointsOfLogistic()
{
    Study s = logistic(2.5);
    s.analyses.fixedPoints = FixedPointSettings{};
    const compute::FixedPointsResult r = compute::fixedPoints(s, 2);
    QCOMPARE(r.points.size(), std::size_t{2});
    QVERIFY(std::fabs(r.points[0].state[0]) < 1e-12);
    QVERIFY(std::fabs(r.points[1].state[0] - 0.6) < 1e-12);
    // Multipliers f'(x) = r (1 - 2x): r at 0, 2 - r at 1 - 1/r.
    QVERIFY(std::fabs(r.points[0].eigenvalues[0].real() - 2.5) < 1e-12);
    QVERIFY(std::fabs(r.points[1].eigenvalues[0].real() + 0.5) < 1e-12);
}

void TestCompute::criticalSetOfLogistic()
{
    // f'(x) = r (1 - 2x) = 0 at x = 1/2, the critical value f(1/2) = r/4. Default box: the fixed
    // points' box, the initial state 0.3 -+ 10.
    for (double r : {2.5, 3.7, 4.0}) {
        Study s = logistic(r);
        s.analyses.fixedPoints = FixedPointSettings{};
        QVERIFY(!compute::fixedPoints(s, 1).criticalSet);
        s.analyses.fixedPoints->criticalSet = CriticalSetSettings{};
        const compute::FixedPointsResult out = compute::fixedPoints(s, 1);
        QVERIFY(out.criticalSet.has_value());
        QCOMPARE(out.criticalSet->options.boxMin, std::vector<double>{0.3 - 10.0});
        QCOMPARE(out.criticalSet->options.boxMax, std::vector<double>{0.3 + 10.0});
        QCOMPARE(out.criticalSet->options.resolution, CriticalSetOptions{}.resolution);
        const CriticalSet& c = out.criticalSet->set;
        QCOMPARE(c.points.size(), std::size_t{1});
        QVERIFY(std::fabs(c.points[0][0] - 0.5) < 1e-15);
        QVERIFY(std::fabs(c.images[0][0] - r / 4) < 1e-15);
        QVERIFY(std::fabs(c.determinants[0]) < 1e-14);
        // The fixed points are those of the study still (0 and 1 - 1/r).
        QCOMPARE(out.points.size(), std::size_t{2});
    }
    // A box of its own that leaves the critical point out: nothing found.
    Study s = logistic(3.7);
    s.analyses.fixedPoints = FixedPointSettings{};
    s.analyses.fixedPoints->criticalSet = CriticalSetSettings{};
    s.analyses.fixedPoints->criticalSet->boxMin = {0.6};
    s.analyses.fixedPoints->criticalSet->boxMax = {2.0};
    s.analyses.fixedPoints->criticalSet->resolution = 50;
    QVERIFY(compute::fixedPoints(s, 1).criticalSet->set.points.empty());
}

void TestCompute::criticalSetOfChialvo()
{
    // x' = x^2 e^(y - x) + k0, y' = a y - b x + c: det J = x e^(y - x) (2a - (a - b) x) vanishes on
    // x = 0 and x = 2a / (a - b); F maps them point by point as written here.
    const double a = 0.89, b = 0.6, c = 0.28, k0 = 0.03;
    Study s = Study::defaultsFor("chialvo");
    s.parameters = {{"a", a}, {"b", b}, {"c", c}, {"k0", k0}};
    s.analyses.fixedPoints = FixedPointSettings{};
    s.analyses.fixedPoints->boxMin = {-1.0, -3.0}; // the fixed points' box serves the critical set
    s.analyses.fixedPoints->boxMax = {8.0, 3.0};
    s.analyses.fixedPoints->criticalSet = CriticalSetSettings{};
    s.analyses.fixedPoints->criticalSet->resolution = 60;
    const compute::FixedPointsResult out = compute::fixedPoints(s, 2);
    QCOMPARE(out.criticalSet->options.boxMin, (std::vector<double>{-1.0, -3.0}));
    const CriticalSet& cs = out.criticalSet->set;
    const double line2 = 2 * a / (a - b);
    int onZero = 0, onLine2 = 0;
    for (std::size_t k = 0; k < cs.points.size(); ++k) {
        const double x = cs.points[k][0], y = cs.points[k][1];
        QVERIFY(y >= -3.0 && y <= 3.0);
        const bool zero = std::fabs(x) < 1e-13;
        QVERIFY2(zero || std::fabs(x - line2) < 1e-12, qPrintable(QString("(%1, %2)").arg(x).arg(y)));
        (zero ? onZero : onLine2)++;
        QVERIFY(std::fabs(cs.images[k][0] - (x * x * std::exp(y - x) + k0)) < 1e-13);
        QVERIFY(std::fabs(cs.images[k][1] - (a * y - b * x + c)) < 1e-13);
    }
    // Each line crosses every one of the 61 horizontal grid lines once.
    QCOMPARE(onZero, 61);
    QCOMPARE(onLine2, 61);
    QCOMPARE(cs.segments.size(), std::size_t{120});
}

namespace {
// Records the fraction reported; cancels once it passes `cancelAbove`.
class StageRecorder : public Progress {
public:
    explicit StageRecorder(double cancelAbove) : m_cancelAbove(cancelAbove) {}
    bool isCanceled() const override { return m_highest.load() > m_cancelAbove; }
    void setProgress(double f) override
    {
        double m = m_highest.load();
        while (f > m && !m_highest.compare_exchange_weak(m, f)) {
        }
    }
    double highest() const { return m_highest.load(); }

private:
    double m_cancelAbove;
    std::atomic<double> m_highest{0.0};
};
} // namespace

void TestCompute::criticalSetProgressAndCancel()
{
    // The fixed points report the first half of the progress, the critical set the second: a run
    // reaches 1, and a cancel during the second half leaves a canceled, empty set and no orbit
    // fraction.
    Study s = Study::defaultsFor("ring-star");
    s.analyses.fixedPoints = FixedPointSettings{};
    s.analyses.fixedPoints->seeds = 2;
    CriticalSetSettings c;
    c.variables = {"x0", "x1"};
    c.resolution = 40;
    c.transient = 10;
    c.orbitPoints = 10;
    c.others = SliceOthers::Trajectory;
    c.slices = 4;
    c.distance = 0.5;
    s.analyses.fixedPoints->criticalSet = c;
    StageRecorder whole(2.0);
    const auto done = compute::fixedPoints(s, 2, &whole);
    QCOMPARE(whole.highest(), 1.0);
    QCOMPARE(done.criticalSet->set.outcome, Outcome::Completed);
    StageRecorder cancel(0.6);
    const auto canceled = compute::fixedPoints(s, 2, &cancel);
    QVERIFY(cancel.highest() > 0.6 && cancel.highest() < 1.0);
    QCOMPARE(canceled.criticalSet->set.outcome, Outcome::Canceled);
    QVERIFY(canceled.criticalSet->set.points.empty());
    QCOMPARE(canceled.criticalSet->orbitFraction, 0.0);
}

void TestCompute::criticalSliceStates()
{
    // A chain's slice (y1, x0): the box defaults to the seed box's bounds of those two variables,
    // in the slice's order; the other coordinates come from the initial state, the given values,
    // or `slices` orbit points evenly spaced over the kept orbit (the orbit recomputed here with
    // the engine's simulateMap, an independent path through the same iteration).
    Study s = Study::defaultsFor("chain");
    s.analyses.fixedPoints = FixedPointSettings{};
    s.analyses.fixedPoints->seeds = 2;
    s.analyses.fixedPoints->boxMin = {-1.0, -2.0, -3.0, -4.0, -5.0, -6.0};
    s.analyses.fixedPoints->boxMax = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
    CriticalSetSettings c;
    c.variables = {"y1", "x0"};
    c.resolution = 20;
    c.transient = 30;
    c.orbitPoints = 12;
    s.analyses.fixedPoints->criticalSet = c;
    auto out = compute::fixedPoints(s, 1);
    QCOMPARE(out.criticalSet->options.slice, (std::vector<int>{3, 0}));
    QCOMPARE(out.criticalSet->options.boxMin, (std::vector<double>{-4.0, -1.0}));
    QCOMPARE(out.criticalSet->options.boxMax, (std::vector<double>{4.0, 1.0}));
    QCOMPARE(out.criticalSet->options.sliceStates, (std::vector<std::vector<double>>{s.initialState}));
    QVERIFY(!out.criticalSet->distance);

    const std::vector<double> values{0.5, 0.25, -1.0, 2.0, 0.75, 1.5};
    s.analyses.fixedPoints->criticalSet->others = SliceOthers::Values;
    s.analyses.fixedPoints->criticalSet->otherValues = values;
    out = compute::fixedPoints(s, 1);
    QCOMPARE(out.criticalSet->options.sliceStates, (std::vector<std::vector<double>>{values}));
    for (const auto& p : out.criticalSet->set.points) {
        QCOMPARE(p[1], values[1]);
        QCOMPARE(p[2], values[2]);
    }

    s.analyses.fixedPoints->criticalSet->others = SliceOthers::Trajectory;
    s.analyses.fixedPoints->criticalSet->slices = 4;
    s.analyses.fixedPoints->criticalSet->distance = 0.0;
    out = compute::fixedPoints(s, 1);
    SimulationOptions so;
    so.transient = 30;
    so.samples = 12;
    so.escapeBound = s.simulation.escapeBound;
    const Trajectory t = simulateMap(*s.createModel(), s.initialState, so);
    QCOMPARE(out.criticalSet->orbit.size(), std::size_t{12});
    QCOMPARE(out.criticalSet->options.sliceStates.size(), std::size_t{4});
    for (std::size_t k = 0; k < 4; ++k)
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(out.criticalSet->options.sliceStates[k][i], t.at(k * 3, i)); // rows 0, 3, 6, 9
    QCOMPARE(out.criticalSet->orbitFraction, 0.0);                                // nothing is closer than 0
}

void TestCompute::basinsMatchBruteForce()
{
    Study s = Study::defaultsFor("henon");
    s.parameters["a"] = 1.4;
    s.parameters["b"] = 0.3;
    s.initialState = {0.0, 0.0};
    s.simulation.escapeBound = 1e6;
    BasinSettings b;
    b.x = {"x", -2.0, 2.0, 13};
    b.y = {"y", -2.0, 2.0, 11};
    b.transient = 500;
    s.analyses.basins = b;
    const compute::BasinsComputation r = compute::basins(s, 2);
    QCOMPARE(r.result.nx, 13);
    const auto model = s.createModel();
    int escaped = 0;
    for (int iy = 0; iy < 11; ++iy)
        for (int ix = 0; ix < 13; ++ix) {
            double x[2] = {-2.0 + 4.0 * ix / 12, -2.0 + 4.0 * iy / 10}, next[2];
            bool gone = false;
            for (int n = 0; n < 500 + 256 && !gone; ++n) {
                model->evaluate(x, next);
                x[0] = next[0];
                x[1] = next[1];
                gone = !(std::fabs(x[0]) <= 1e6 && std::fabs(x[1]) <= 1e6);
            }
            escaped += gone ? 1 : 0;
            QCOMPARE(r.result.at(ix, iy) == kBasinEscaped, gone);
        }
    QCOMPARE(r.result.escapedCells, static_cast<long>(escaped));
}

void TestCompute::basinRowsAssembleToWhole()
{
    // The Henon map: the chaotic attractor (aperiodic fingerprints, one per cell) and escape.
    Study s = Study::defaultsFor("henon");
    s.parameters["a"] = 1.4;
    s.parameters["b"] = 0.3;
    s.initialState = {0.0, 0.0};
    BasinSettings b;
    b.x = {"x", -1.5, 1.5, 17};
    b.y = {"y", -0.4, 0.4, 13};
    b.transient = 500;
    s.analyses.basins = b;
    const compute::BasinsComputation whole = compute::basins(s, 2);
    std::vector<BasinCellOutcome> cells;
    for (const auto& [begin, end] : std::vector<std::pair<int, int>>{{0, 5}, {5, 6}, {6, 13}}) {
        const BasinRows rows = compute::basinRows(s, begin, end, 1);
        QCOMPARE(rows.cells.size(), std::size_t(17 * (end - begin)));
        cells.insert(cells.end(), rows.cells.begin(), rows.cells.end());
    }
    const compute::BasinsComputation merged = compute::assembleBasins(s, cells);
    QVERIFY(merged.result.labels == whole.result.labels);
    QVERIFY(merged.result.escapedCells > 0);
    QCOMPARE(merged.result.escapedCells, whole.result.escapedCells);
    QCOMPARE(merged.result.attractors.size(), whole.result.attractors.size());
    for (std::size_t k = 0; k < whole.result.attractors.size(); ++k) {
        QVERIFY(merged.result.attractors[k].points == whole.result.attractors[k].points);
        QCOMPARE(merged.result.attractors[k].fraction, whole.result.attractors[k].fraction);
        QCOMPARE(merged.result.attractors[k].description, whole.result.attractors[k].description);
    }
    QCOMPARE(merged.request.x.count, whole.request.x.count);
    // Too few cells, or rows outside the grid, name the section.
    cells.pop_back();
    QVERIFY_THROWS_EXCEPTION(InputError, compute::assembleBasins(s, cells));
    try {
        compute::basinRows(s, 0, 14, 1);
        QFAIL("rows outside the grid were accepted");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("analyses.basins") != std::string::npos);
    }
}

void TestCompute::flowsWork()
{
    // Kuramoto with K = 0: theta_i(t) = theta_i(0) + omega_i t exactly (RK4 is exact here).
    Study s =
        Study::defaultsFor("kuramoto", {{"N", "3"}, {"frequencies", "explicit"}, {"omegas", "1,2,3.5"}});
    s.parameters["K"] = 0.0;
    s.flow.dt = 0.01;
    s.simulation.samples = 101;
    s.simulation.stride = 10;
    const Trajectory t = compute::studyTrajectory(s);
    QCOMPARE(t.rows(), std::size_t{101});
    const double omega[] = {1, 2, 3.5};
    for (std::size_t k = 0; k < 3; ++k)
        QVERIFY(std::fabs(t.at(100, k) - (s.initialState[k] + omega[k] * 10.0)) < 1e-9);
    QCOMPARE(compute::rowSpacing(s, *s.createModel()), 0.1);
    // Lyapunov exponents of uncoupled rotations are all zero.
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->steps = 2000;
    const auto l = compute::lyapunov(s, 1);
    QVERIFY(l.result.defined);
    for (double e : l.result.exponents)
        QVERIFY(std::fabs(e) < 1e-9);
    QVERIFY(QString::fromStdString(l.result.conventions).startsWith("natural log, per unit time"));
    // An orbit diagram of a flow iterates RK4 steps of the flow dt.
    s.analyses.orbitDiagram->parameter = "K";
    s.analyses.orbitDiagram->columns = 3;
    s.analyses.orbitDiagram->transient = 10;
    s.analyses.orbitDiagram->samples = 10;
    QCOMPARE(compute::orbitDiagram(s, 1).request.dt, 0.01);
    // AKOrN (a map): the units stay unit vectors.
    Study a = Study::defaultsFor("akorn", {{"N", "3"}, {"n", "2"}});
    a.simulation.samples = 50;
    const Trajectory at = compute::studyTrajectory(a);
    for (std::size_t unit = 0; unit < 3; ++unit)
        QVERIFY(std::fabs(std::hypot(at.at(49, 2 * unit), at.at(49, 2 * unit + 1)) - 1.0) < 1e-12);
}

void TestCompute::sectionIsNamedInErrors()
{
    Study s = logistic(3.0);
    try {
        compute::lyapunov(s, 1);
        QFAIL("a study without the section must be refused");
    } catch (const InputError& e) {
        QVERIFY(QString(e.what()).contains("analyses.lyapunov"));
    }
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->exponents = 2; // the logistic map has one variable
    try {
        compute::lyapunov(s, 1);
        QFAIL("k > dimension must be refused");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).startsWith("analyses.lyapunov: "), e.what());
    }
}

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
