// The oscillator rules every view, the orbit diagram and the CLI share (oscillatorphases.h):
// wrapping to (-pi, pi] at its edges and at multiples of 2 pi, which models are oscillator
// networks and where their phases are, and the order parameter against the states whose R is
// known exactly: a synchronised start has R = 1 for all time (identical frequencies keep it so),
// a splay state (equally spaced phases) has R = 0, and all-to-all coupling keeps a splay of
// identical oscillators a splay (every coupling sum vanishes by symmetry).
#include "analysis/observable.h"
#include "model/registry.h"
#include "oscillators/oscillatorphases.h"
#include "simulate/flowtrajectory.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace nd;

namespace {
constexpr double kPi = std::numbers::pi;

bool inHalfOpen(double v)
{
    return v > -kPi && v <= kPi;
}
} // namespace

class TestOscillatorPhases : public QObject {
    Q_OBJECT
private slots:
    void wrapEdges();
    void wrapMultiplesOfTwoPi();
    void wrapKeepsTheAngle();
    void whichModelsHaveOscillators();
    void orderParameterOfSynchronyAndSplay();
    void akornGridPhasesPerOscillator();
    void orderOverARun();
    void observableReductions();
};

void TestOscillatorPhases::wrapEdges()
{
    // pi is inside, -pi is not: it is the same angle as pi.
    QCOMPARE(wrapPhase(kPi), kPi);
    QCOMPARE(wrapPhase(-kPi), kPi);
    QCOMPARE(wrapPhase(3.0 * kPi), kPi);
    QCOMPARE(wrapPhase(-3.0 * kPi), kPi);
    // Just inside either edge stays where it is.
    const double below = std::nextafter(kPi, 0.0);
    QCOMPARE(wrapPhase(below), below);
    QCOMPARE(wrapPhase(-below), -below);
    // Values inside are returned exactly.
    for (double v : {0.0, 1.0, -1.0, 2.5, -3.1})
        QCOMPARE(wrapPhase(v), v);
    QVERIFY(std::isnan(wrapPhase(std::numeric_limits<double>::infinity())));
    QVERIFY(std::isnan(wrapPhase(std::nan(""))));
}

void TestOscillatorPhases::wrapMultiplesOfTwoPi()
{
    QVERIFY(wrapPhase(2.0 * kPi) == 0.0);
    QVERIFY(wrapPhase(-2.0 * kPi) == 0.0);
    for (int k = -1000; k <= 1000; k += 37) {
        // 2 pi k is rounded to a double, so its remainder is within the rounding of the product.
        const double x = 2.0 * kPi * k;
        const double w = wrapPhase(x);
        QVERIFY2(std::fabs(w) <= 4.0 * std::numeric_limits<double>::epsilon() * std::fabs(x) + 1e-300,
                 qPrintable(QString::number(k)));
        QVERIFY(inHalfOpen(w));
        // pi + 2 pi k lands on pi, or one rounding away on either side of the edge.
        const double e = wrapPhase(kPi + x);
        QVERIFY(inHalfOpen(e));
        QVERIFY2(std::fabs(std::fabs(e) - kPi) <=
                     8.0 * std::numeric_limits<double>::epsilon() * (1 + std::fabs(x)),
                 qPrintable(QString::number(e, 'g', 17)));
    }
}

void TestOscillatorPhases::wrapKeepsTheAngle()
{
    // The wrapped value is the same angle: same sine and cosine, and differs by a whole number
    // of turns.
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-5000.0, 5000.0);
    for (int i = 0; i < 2000; ++i) {
        const double x = u(rng);
        const double w = wrapPhase(x);
        QVERIFY(inHalfOpen(w));
        const double turns = (x - w) / (2.0 * kPi);
        QVERIFY(std::fabs(turns - std::round(turns)) < 1e-9);
        QVERIFY(std::fabs(std::sin(w) - std::sin(x)) < 1e-9);
        QVERIFY(std::fabs(std::cos(w) - std::cos(x)) < 1e-9);
    }
}

void TestOscillatorPhases::whichModelsHaveOscillators()
{
    const auto kuramoto = createModel("kuramoto", {{"N", "5"}});
    const OscillatorPhases k = oscillatorPhases(*kuramoto);
    QCOMPARE(k.count(), 5);
    QCOMPARE(k.angles, (std::vector<int>{0, 1, 2, 3, 4}));
    QVERIFY(k.planes.empty());
    QVERIFY(k.isAngle(4));
    QVERIFY(!k.isAngle(5));

    const auto akorn = createModel("akorn", {{"N", "3"}, {"n", "4"}});
    const OscillatorPhases a = oscillatorPhases(*akorn);
    QCOMPARE(a.count(), 3);
    QVERIFY(a.angles.empty());
    QCOMPARE(a.planes.size(), std::size_t(3));
    QCOMPARE(a.planes[2][0], 8); // unit 2's components 0 and 1: state indices 8 and 9
    QCOMPARE(a.planes[2][1], 9);
    QVERIFY(!a.isAngle(0)); // AKOrN's components are coordinates, not angles

    for (const char* name : {"chialvo", "logistic", "ring-star"})
        QVERIFY2(oscillatorPhases(*createModel(name)).empty(), name);
}

void TestOscillatorPhases::orderParameterOfSynchronyAndSplay()
{
    const int n = 12;
    const auto kuramoto = createModel("kuramoto", {{"N", std::to_string(n)}});
    const OscillatorPhases k = oscillatorPhases(*kuramoto);
    std::vector<double> sync(n), splay(n);
    for (int i = 0; i < n; ++i) {
        sync[static_cast<std::size_t>(i)] = 0.7 + 2.0 * kPi * (i - 5); // one angle, many turns apart
        splay[static_cast<std::size_t>(i)] = 0.3 + 2.0 * kPi * i / n;
    }
    QVERIFY(std::fabs(k.orderParameter(sync.data()) - 1.0) < 1e-12);
    QVERIFY(k.orderParameter(splay.data()) < 1e-12);
    for (int i = 0; i < n; ++i)
        QVERIFY(std::fabs(k.phase(sync.data(), i) - 0.7) < 1e-12);

    // AKOrN in the plane: the default start is a splay; all units along one direction are in sync.
    const auto akorn = createModel("akorn", {{"N", "8"}, {"n", "2"}});
    const OscillatorPhases a = oscillatorPhases(*akorn);
    const std::vector<double> start = akorn->defaultInitialState();
    QVERIFY(a.orderParameter(start.data()) < 1e-12);
    std::vector<double> aligned;
    for (int i = 0; i < 8; ++i)
        aligned.insert(aligned.end(), {std::cos(2.0), std::sin(2.0)});
    QVERIFY(std::fabs(a.orderParameter(aligned.data()) - 1.0) < 1e-12);
    QVERIFY(std::fabs(a.phase(aligned.data(), 3) - 2.0) < 1e-12);
}

void TestOscillatorPhases::akornGridPhasesPerOscillator()
{
    // A 2 x 3 grid with C = 4 channels. n = 2: two oscillators per pixel (channels 0-1, 2-3),
    // twelve in all, pixel-major; oscillator i gets the angle 0.5 i - 2.5 (all in (-pi, pi)),
    // written as (r cos, r sin) with a radius r != 1 that atan2 must not care about.
    const auto grid2 = createModel("akorn-grid", {{"H", "2"},
                                                  {"W", "3"},
                                                  {"C", "4"},
                                                  {"n", "2"},
                                                  {"coupling", "none"},
                                                  {"kernel-size", "1"},
                                                  {"mask", ""}});
    const OscillatorPhases g2 = oscillatorPhases(*grid2);
    QCOMPARE(g2.count(), 12);
    QVERIFY(g2.angles.empty());
    QVERIFY(!g2.isAngle(0));
    std::vector<double> state(24);
    for (int i = 0; i < 12; ++i) {
        const double angle = 0.5 * i - 2.5, radius = 0.3 + 0.1 * i;
        state[static_cast<std::size_t>(2 * i)] = radius * std::cos(angle);
        state[static_cast<std::size_t>(2 * i + 1)] = radius * std::sin(angle);
    }
    for (int i = 0; i < 12; ++i)
        QVERIFY2(std::fabs(g2.phase(state.data(), i) - (0.5 * i - 2.5)) < 1e-12,
                 qPrintable(QString::number(i)));
    // Pixel (1, 2), second oscillator: state indices ((1 * 3 + 2) * 4 + 2) = 22 and 23.
    QCOMPARE(g2.planes[11][0], 22);
    QCOMPARE(g2.planes[11][1], 23);

    // n = 4: one oscillator per pixel, its phase the angle of its first plane (channels 0, 1);
    // the second plane (channels 2, 3) is set to a different angle and must not show.
    const auto grid4 = createModel("akorn-grid", {{"H", "2"},
                                                  {"W", "3"},
                                                  {"C", "4"},
                                                  {"n", "4"},
                                                  {"coupling", "none"},
                                                  {"kernel-size", "1"},
                                                  {"mask", ""}});
    const OscillatorPhases g4 = oscillatorPhases(*grid4);
    QCOMPARE(g4.count(), 6);
    for (int p = 0; p < 6; ++p) {
        const double angle = 3.0 - p, other = -1.0 + 0.2 * p;
        const auto base = static_cast<std::size_t>(4 * p);
        state[base] = 0.5 * std::cos(angle);
        state[base + 1] = 0.5 * std::sin(angle);
        state[base + 2] = 0.5 * std::cos(other);
        state[base + 3] = 0.5 * std::sin(other);
    }
    for (int p = 0; p < 6; ++p)
        QVERIFY(std::fabs(g4.phase(state.data(), p) - (3.0 - p)) < 1e-12);

    // R: six equally spaced phases (a splay) give 0; all along one direction give 1.
    for (int p = 0; p < 6; ++p) {
        const double angle = 0.4 + 2.0 * kPi * p / 6.0;
        state[static_cast<std::size_t>(4 * p)] = std::cos(angle);
        state[static_cast<std::size_t>(4 * p + 1)] = std::sin(angle);
    }
    QVERIFY(g4.orderParameter(state.data()) < 1e-12);
    for (int p = 0; p < 6; ++p) {
        state[static_cast<std::size_t>(4 * p)] = 2.0 * std::cos(-1.1);
        state[static_cast<std::size_t>(4 * p + 1)] = 2.0 * std::sin(-1.1);
    }
    QVERIFY(std::fabs(g4.orderParameter(state.data()) - 1.0) < 1e-12);
}

void TestOscillatorPhases::orderOverARun()
{
    // Identical frequencies (gamma = 0): a synchronised start rotates rigidly, R = 1; a splay
    // start under all-to-all coupling stays a splay, R = 0 (repulsive K makes the splay stable,
    // so rounding errors do not grow). The phases grow without bound (omega0 = 3), and the
    // wrapped series must still be in (-pi, pi].
    const int n = 10;
    auto model = createModel("kuramoto", {{"N", std::to_string(n)}});
    model->setParameter("gamma", 0.0);
    model->setParameter("omega0", 3.0);
    model->setParameter("K", -1.0);
    FlowOptions o;
    o.samples = 400;
    o.stride = 10;
    o.dt = 0.01;
    const std::vector<double> sync(static_cast<std::size_t>(n), 1.0);
    const Trajectory ts = simulateFlow(*model, sync, o);
    const KuramotoResult rs = oscillatorOrder(*model, ts);
    QCOMPARE(rs.r.size(), std::size_t(400));
    for (double r : rs.r)
        QVERIFY(std::fabs(r - 1.0) < 1e-12);
    QVERIFY(std::fabs(rs.mean - 1.0) < 1e-12);
    QVERIFY(ts.values.back() > 100.0); // the raw phase ran off: 3 * 40 time units

    const Trajectory tp = simulateFlow(*model, model->defaultInitialState(), o);
    const KuramotoResult rp = oscillatorOrder(*model, tp);
    for (double r : rp.r)
        QVERIFY2(r < 1e-9, qPrintable(QString::number(r)));
    const std::vector<double> phases = oscillatorPhaseSeries(*model, tp);
    QCOMPARE(phases.size(), tp.values.size());
    for (double p : phases)
        QVERIFY(inHalfOpen(p));

    // A trajectory that did not record the phases has none.
    Trajectory partial = tp;
    partial.names[3] = "other";
    QVERIFY(oscillatorPhaseSeries(*model, partial).empty());
    QVERIFY(oscillatorOrder(*model, partial).r.empty());
}

void TestOscillatorPhases::observableReductions()
{
    const std::vector<double> theta{7.0, 7.0 + 2.0 * kPi, -kPi};
    Observable o = Observable::variable(0);
    QCOMPARE(o.value(theta.data()), 7.0);
    o.reduction = Reduction::WrappedPhase;
    QVERIFY(std::fabs(o.value(theta.data()) - (7.0 - 2.0 * kPi)) < 1e-15);
    o.indices = {2};
    QCOMPARE(o.value(theta.data()), kPi);
    o.indices = {0, 1};
    o.reduction = Reduction::OrderParameter;
    QVERIFY(std::fabs(o.value(theta.data()) - 1.0) < 1e-15);
    // Opposite phases cancel.
    const std::vector<double> opposite{0.25, 0.25 + kPi};
    QVERIFY(o.value(opposite.data()) < 1e-15);
    // Planes: (cos a, sin a) pairs.
    const std::vector<double> planes{1.0, 0.0, -1.0, 0.0, 0.0, 1.0, 0.0, -1.0};
    o.indices = {0, 1, 2, 3, 4, 5, 6, 7};
    o.reduction = Reduction::PlaneOrderParameter;
    QVERIFY(o.value(planes.data()) < 1e-15);
    o.indices = {0, 1, 0, 1};
    QVERIFY(std::fabs(o.value(planes.data()) - 1.0) < 1e-15);
}

QTEST_APPLESS_MAIN(TestOscillatorPhases)
#include "tst_oscillatorphases.moc"
