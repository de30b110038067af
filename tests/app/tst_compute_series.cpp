// app/compute's time-series measures and continuation against independent checks: the 0-1
// test K on the logistic map (chaos at r = 4, period 4 at r = 3.5); sample entropy A and B
// against an O(N^2) pair count written here; MFDFA of the logistic map at r = 4 (uncorrelated:
// h(2) near 1/2); synchrony of uncoupled Kuramoto rotations against R computed here from the
// closed-form phases; the network spectrum's tau(0) = 0; continuation finds the logistic flips
// at r = 3 and 1 + sqrt(6), and the Henon flip curve lies on a = 3 (1 - b)^2 / 4.
#include "compute/continuationcompute.h"
#include "compute/scancompute.h"
#include "compute/seriescompute.h"

#include "common/errors.h"

#include <QTest>

#include <cmath>
#include <complex>

using namespace nd;

class TestComputeSeries : public QObject {
    Q_OBJECT
private slots:
    void zeroOneOnLogistic();
    void sampleEntropyCountsPairs();
    void mfdfaOfUncorrelatedSeries();
    void synchronyOfRotations();
    void synchronyOfSynchronousNetwork();
    void localOrderRingLeavesOutTheHub();
    void scanConventionsMatchTheSynchronySection();
    void networkSpectrumTauZero();
    void escapedTrajectoryIsRefused();
    void continuationFindsLogisticFlips();
    void henonFlipCurve();
    void homogeneousStart();
};

namespace {
ZeroOneSettings zeroOneOf(const std::string& variable)
{
    ZeroOneSettings z;
    z.variable = variable;
    return z;
}
Study logistic(double r, long samples)
{
    Study s = Study::defaultsFor("logistic");
    s.parameters["r"] = r;
    s.initialState = {0.2345};
    s.simulation.transient = 1000;
    s.simulation.samples = samples;
    return s;
}
} // namespace

void TestComputeSeries::zeroOneOnLogistic()
{
    Study s = logistic(4.0, 10000);
    s.analyses.zeroOne = zeroOneOf("x");
    const auto chaos = compute::zeroOne(s, 2);
    QVERIFY(chaos.result.defined);
    QVERIFY2(chaos.result.k > 0.99, qPrintable(QString::number(chaos.result.k)));
    QCOMPARE(chaos.source.samples, std::size_t{10000});
    QCOMPARE(chaos.result.c.size(), std::size_t{100});
    s.parameters["r"] = 3.5; // period 4
    const auto regular = compute::zeroOne(s, 2);
    QVERIFY2(std::fabs(regular.result.k) < 0.05, qPrintable(QString::number(regular.result.k)));
}

void TestComputeSeries::sampleEntropyCountsPairs()
{
    Study s = Study::defaultsFor("chialvo");
    s.simulation.transient = 500;
    s.simulation.samples = 600;
    SampleEntropySettings se;
    se.variable = "y";
    se.m = 2;
    se.r = 0.2;
    s.analyses.sampleEntropy = se;
    const auto r = compute::sampleEntropy(s, 2);
    // Independent count: the study's series by iterating the map here, then every pair i < j
    // of the N - m shared template starts within r * SD (population SD, Chebyshev, <= r).
    const auto model = s.createModel();
    std::vector<double> z = s.initialState, next(2), y;
    for (long step = 0; step < 500 + 599; ++step) {
        if (step >= 500)
            y.push_back(z[1]);
        model->evaluate(z.data(), next.data());
        z = next;
    }
    y.push_back(z[1]); // row k is the state after 500 + k steps
    const std::size_t n = y.size();
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= static_cast<double>(n);
    double var = 0;
    for (double v : y)
        var += (v - mean) * (v - mean);
    const double tol = 0.2 * std::sqrt(var / static_cast<double>(n));
    std::uint64_t a = 0, b = 0;
    for (std::size_t i = 0; i + 2 < n; ++i)
        for (std::size_t j = i + 1; j + 2 < n; ++j) {
            if (std::fabs(y[i] - y[j]) <= tol && std::fabs(y[i + 1] - y[j + 1]) <= tol) {
                ++b;
                if (std::fabs(y[i + 2] - y[j + 2]) <= tol)
                    ++a;
            }
        }
    QCOMPARE(r.result.b, b);
    QCOMPARE(r.result.a, a);
    QVERIFY(r.result.defined);
    QVERIFY(std::fabs(r.result.value + std::log(static_cast<double>(a) / static_cast<double>(b))) < 1e-12);
}

void TestComputeSeries::mfdfaOfUncorrelatedSeries()
{
    // The logistic map at r = 4 is conjugate to the tent map: its autocorrelation vanishes at
    // every lag >= 1, so the fluctuation function grows like s^(1/2).
    Study s = logistic(4.0, 1 << 15);
    MfdfaSettings m;
    m.variable = "x";
    m.q = {-2, 2};
    m.minScale = 16;
    m.maxScale = 1024;
    s.analyses.mfdfa = m;
    const auto r = compute::mfdfa(s, 2);
    QVERIFY2(r.result.defined, r.result.reason.c_str());
    QCOMPARE(r.result.q.size(), std::size_t{2});
    QVERIFY2(std::fabs(r.result.h[1] - 0.5) < 0.05, qPrintable(QString::number(r.result.h[1])));
}

void TestComputeSeries::synchronyOfRotations()
{
    // Uncoupled rotations theta_k = theta_k(0) + omega_k t: R(t) in closed form.
    Study s =
        Study::defaultsFor("kuramoto", {{"N", "3"}, {"frequencies", "explicit"}, {"omegas", "1,2,3.5"}});
    s.parameters["K"] = 0.0;
    s.flow.dt = 0.01;
    s.simulation.samples = 200;
    s.simulation.stride = 5;
    SynchronySettings sy;
    sy.variable = "theta";
    sy.phases = PhaseConvention::Given;
    s.analyses.synchrony = sy;
    const auto r = compute::synchrony(s, 2);
    QVERIFY(r.kuramoto.has_value());
    QCOMPARE(r.source.variables.size(), std::size_t{3});
    QCOMPARE(r.source.spacing, 0.05);
    const double omega[] = {1, 2, 3.5};
    double sum = 0;
    for (int n = 0; n < 200; ++n) {
        std::complex<double> z;
        for (int k = 0; k < 3; ++k)
            z += std::polar(1.0, s.initialState[static_cast<std::size_t>(k)] + omega[k] * 0.05 * n);
        const double rn = std::abs(z) / 3.0;
        QVERIFY(std::fabs(r.kuramoto->r[static_cast<std::size_t>(n)] - rn) < 1e-9);
        sum += rn;
    }
    QVERIFY(std::fabs(r.kuramoto->mean - sum / 200) < 1e-9);
}

void TestComputeSeries::synchronyOfSynchronousNetwork()
{
    // A ring-star started with every node equal stays synchronous: every pair correlates
    // perfectly and spike phases coincide (R = 1).
    Study s = Study::defaultsFor("ring-star", {{"N", "6"}, {"R", "1"}});
    for (std::size_t i = 0; i < s.initialState.size(); ++i)
        s.initialState[i] = i % 2 == 0 ? 0.5 : 2.0;
    s.simulation.transient = 200;
    s.simulation.samples = 3000;
    SynchronySettings sy;
    sy.variable = "x";
    sy.threshold = 1.0;
    s.analyses.synchrony = sy;
    const auto r = compute::synchrony(s, 2);
    QVERIFY(r.cross.meanDefined);
    QVERIFY(std::fabs(r.cross.mean - 1.0) < 1e-12);
    QVERIFY2(r.phases.defined, r.phases.reason.c_str());
    QVERIFY(std::fabs(r.kuramoto->mean - 1.0) < 1e-12);
}

void TestComputeSeries::localOrderRingLeavesOutTheHub()
{
    // An uncoupled ring-star (mu = sigma = 0) whose ring nodes all start alike and whose hub
    // starts elsewhere: the ring nodes' phases coincide at every sample, so every ring node's
    // local order parameter is exactly 1 when its neighbourhood holds ring nodes only. Ring
    // nodes 1 and N-1 used to take the hub into their window (the ring wrapped through it).
    Study s = Study::defaultsFor("ring-star", {{"N", "8"}, {"R", "1"}});
    s.parameters["mu"] = 0.0;
    s.parameters["sigma"] = 0.0;
    for (std::size_t i = 0; i < s.initialState.size(); ++i)
        s.initialState[i] = i % 2 == 0 ? 0.5 : 2.0;
    s.initialState[0] = 1.1; // the hub's x
    s.initialState[1] = 1.3; // the hub's y
    s.simulation.transient = 0;
    s.simulation.samples = 400;
    SynchronySettings sy;
    sy.variable = "x";
    sy.phases = PhaseConvention::Centred;
    sy.yVariable = "y";
    sy.localHalfWidth = 1;
    s.analyses.synchrony = sy;
    const auto r = compute::synchrony(s, 2);
    QVERIFY(r.kuramoto.has_value());
    for (std::size_t k = 1; k < 8; ++k)
        QVERIFY2(std::fabs(r.kuramoto->localOrder[k] - 1.0) < 1e-12,
                 qPrintable(QStringLiteral("node %1: %2").arg(k).arg(r.kuramoto->localOrder[k])));
}

void TestComputeSeries::scanConventionsMatchTheSynchronySection()
{
    // Two paths to the same numbers: a scan cell of the hub correlation (or of Kuramoto R with
    // arctan phases) and the synchrony section of the study at that cell's parameter value,
    // with the scan's steps as the trajectory's samples (a scan cell observes the states after
    // steps transient + 1 .. transient + steps, the trajectory records from the state after its
    // transient on: one more transient step). Each scan result states its convention.
    Study s = Study::defaultsFor("ring-star", {{"N", "7"}, {"R", "1"}});
    s.parameters["b"] = 0.18; // chaotic bursting: the nodes differ
    for (std::size_t i = 0; i < s.initialState.size(); ++i)
        s.initialState[i] =
            i % 2 == 0 ? 0.3 + 0.1 * static_cast<double>(i) : 1.5 + 0.05 * static_cast<double>(i);
    ScanSettings scan;
    scan.x = {"sigma", 0.01, 0.03, 2};
    scan.transient = 300;
    scan.steps = 1500;
    scan.variable = "x";
    scan.yVariable = "y";
    s.simulation.transient = scan.transient + 1;
    s.simulation.samples = scan.steps;
    SynchronySettings sy;
    sy.variable = "x";
    sy.yVariable = "y";
    sy.correlation = CorrelationScalar::Hub;
    sy.phases = PhaseConvention::Arctan;
    s.analyses.synchrony = sy;
    for (ScanMeasureKind kind : {ScanMeasureKind::CrossCorrelation, ScanMeasureKind::Kuramoto}) {
        scan.measure = kind;
        scan.correlation = CorrelationScalar::Hub;
        scan.phases = PhaseConvention::Arctan;
        s.analyses.parameterScan = scan;
        const auto r = compute::parameterScan(s, 2);
        QVERIFY(r.result.conventions.find(kind == ScanMeasureKind::CrossCorrelation
                                              ? "correlation: hub"
                                              : "phases: arctan") != std::string::npos);
        for (int ix = 0; ix < 2; ++ix) {
            Study at = s;
            at.parameters["sigma"] = r.result.xValues[static_cast<std::size_t>(ix)];
            const auto sync = compute::synchrony(at, 2);
            const double expected =
                kind == ScanMeasureKind::CrossCorrelation ? sync.cross.hubMean.value : sync.kuramoto->mean;
            QVERIFY(r.result.isDefined(ix, 0));
            QVERIFY2(std::fabs(r.result.at(ix, 0) - expected) < 1e-12,
                     qPrintable(QStringLiteral("%1 vs %2").arg(r.result.at(ix, 0)).arg(expected)));
        }
    }
}

void TestComputeSeries::networkSpectrumTauZero()
{
    Study s = Study::defaultsFor("ring-star", {{"N", "12"}, {"R", "2"}});
    s.analyses.networkSpectrum = NetworkSpectrumSettings{};
    const auto r = compute::networkSpectrum(s, 2);
    QCOMPARE(r.graph.nodes, std::size_t{12});
    QVERIFY(!r.graph.edges.empty());
    QVERIFY(r.result.defined);
    for (std::size_t i = 0; i < r.result.q.size(); ++i)
        if (r.result.q[i] == 0.0)
            QVERIFY(std::fabs(r.result.tau[i]) < 1e-12);
    // A flow network has no map-network coupling graph.
    Study k = Study::defaultsFor("kuramoto", {{"N", "4"}});
    k.analyses.networkSpectrum = NetworkSpectrumSettings{};
    QVERIFY_THROWS_EXCEPTION(InputError, compute::networkSpectrum(k, 1));
}

void TestComputeSeries::escapedTrajectoryIsRefused()
{
    Study s = logistic(4.0, 100);
    s.initialState = {1.5}; // outside [0, 1]: escapes
    s.analyses.zeroOne = zeroOneOf("x");
    try {
        compute::zeroOne(s, 1);
        QFAIL("an escaped trajectory must be refused");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains("analyses.zero_one") && QString(e.what()).contains("escaped"),
                 e.what());
    }
}

void TestComputeSeries::continuationFindsLogisticFlips()
{
    Study s = logistic(2.5, 10);
    s.initialState = {0.6};
    ContinuationSettings c;
    c.parameter = "r";
    c.maximum = 3.52;
    c.maxPoints = 2000;
    c.flipSwitches = 1;
    s.analyses.continuation = c;
    const auto r = compute::continuation(s, 2);
    QVERIFY(r.branches.size() >= 2);
    const auto& first = r.branches[0].branch;
    const SpecialPoint* flip = nullptr;
    for (const auto& p : first.specialPoints)
        if (p.label == "PD")
            flip = &p;
    QVERIFY(flip);
    QVERIFY(std::fabs(flip->point.parameters[0] - 3.0) < 1e-8);
    // The switched branch is the period-2 cycle; its flip is at 1 + sqrt(6).
    const auto& second = r.branches[1];
    QCOMPARE(second.parent, 0);
    QCOMPARE(second.branch.period, 2);
    bool found = false;
    for (const auto& p : second.branch.specialPoints)
        found = found || (p.label == "PD" && std::fabs(p.point.parameters[0] - (1 + std::sqrt(6.0))) < 1e-8);
    QVERIFY(found);
}

void TestComputeSeries::henonFlipCurve()
{
    Study s = Study::defaultsFor("henon");
    s.parameters["a"] = 0.2;
    s.parameters["b"] = 0.3;
    const double b = 0.3;
    // Fixed point of x' = 1 - a x^2 + y, y' = b x: x = (-(1 - b) + sqrt((1 - b)^2 + 4a)) / (2a).
    const double x = (-(1 - b) + std::sqrt((1 - b) * (1 - b) + 4 * 0.2)) / (2 * 0.2);
    s.initialState = {x, b * x};
    ContinuationSettings c;
    c.parameter = "a";
    c.maximum = 1.0;
    c.curves = ContinuationCurveSettings{"b", 0.0, 0.6, {"PD"}, 200};
    s.analyses.continuation = c;
    const auto r = compute::continuation(s, 2);
    const double aFlip = 3 * (1 - b) * (1 - b) / 4;
    bool flipOnFirst = false;
    for (const auto& p : r.branches[0].branch.specialPoints)
        flipOnFirst = flipOnFirst || (p.label == "PD" && std::fabs(p.point.parameters[0] - aFlip) < 1e-8);
    QVERIFY(flipOnFirst);
    int curves = 0;
    for (const auto& cb : r.branches) {
        if (cb.branch.kind != BranchKind::FlipCurve)
            continue;
        ++curves;
        QVERIFY(cb.branch.points.size() > 5);
        for (const auto& pt : cb.branch.points) {
            const double bb = pt.parameters[1];
            QVERIFY(std::fabs(pt.parameters[0] - 3 * (1 - bb) * (1 - bb) / 4) < 1e-7);
        }
    }
    QCOMPARE(curves, 2); // both directions
}

void TestComputeSeries::homogeneousStart()
{
    Study s = Study::defaultsFor("ring-star-k4");
    ContinuationSettings c;
    c.start = ContinuationStart::HomogeneousFixedPoint;
    c.parameter = "sigma2";
    c.maxPoints = 20;
    s.analyses.continuation = c;
    const auto r = compute::continuation(s, 2);
    // Every node of the start state is equal: x0 = x1 = x2 = x3 and y0 = ... = y3.
    const auto& x = r.startState;
    QCOMPARE(x.size(), std::size_t{8});
    for (std::size_t i = 2; i < 8; ++i)
        QVERIFY(std::fabs(x[i] - x[i % 2]) < 1e-9);
    QVERIFY(!r.branches[0].branch.points.empty());
}

QTEST_GUILESS_MAIN(TestComputeSeries)
#include "tst_compute_series.moc"
