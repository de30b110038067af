// Synchronisation measures against exact cases: identical and equally spaced phases (R = 1
// and R = 0), identical and negated series (correlation 1 and -1), a hand-computed Pearson
// coefficient, and spike phases of regular spike trains checked against their linear ramp.
// Each convention against an independent value: the hub, all-pairs and ring-neighbour means
// against a Pearson coefficient written here; arctan, centred and Hilbert phases of rotations
// against their closed-form angle (a cosine's analytic signal is exp(i w n)); a pair shifted by
// delta has R = cos(delta / 2); the local order parameter's ring leaves out a ring-star's hub.
#include "common/errors.h"
#include "roundingjitter.h"
#include "measures/synchrony.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace nd;

class TestSynchrony : public QObject {
    Q_OBJECT
private slots:
    void kuramotoExtremes();
    void localOrderDetectsChimera();
    void correlationExtremes();
    void correlationByHand();
    void spikePhasesAreLinearRamps();
    void geometricPhases();
    void rejectsBadInput();
    void identicalSeriesScalars();
    void scalarsByHand();
    void arctanAndCentredPhases();
    void hilbertPhaseOfSinusoids();
    void shiftedPairOrder();
    void localOrderRingWithoutHub();
    void conventionNames();
    void roundingNoiseIsConstant();
};

namespace {
// Pearson coefficient written out, independent of crossCorrelation's unit vectors.
double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = static_cast<double>(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / n;
        mb += b[i] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}
constexpr double kTwoPi = 2.0 * std::numbers::pi;
} // namespace

void TestSynchrony::kuramotoExtremes()
{
    const std::size_t nodes = 7, samples = 50;
    std::vector<double> same(samples * nodes), spaced(samples * nodes);
    for (std::size_t s = 0; s < samples; ++s)
        for (std::size_t n = 0; n < nodes; ++n) {
            same[s * nodes + n] = 0.3 * static_cast<double>(s);
            spaced[s * nodes + n] = 0.3 * static_cast<double>(s) + 2.0 * std::numbers::pi * static_cast<double>(n) / nodes;
        }
    const auto one = kuramotoOrder(SeriesView::sampleMajor(same, samples, nodes));
    QVERIFY(std::fabs(one.mean - 1.0) < 1e-14);
    QVERIFY(one.stdDev < 1e-14);
    for (double l : one.localOrder)
        QVERIFY(std::fabs(l - 1.0) < 1e-14);
    const auto zero = kuramotoOrder(SeriesView::sampleMajor(spaced, samples, nodes));
    for (double r : zero.r)
        QVERIFY(r < 1e-14);
    QVERIFY(meanKuramotoOrder(SeriesView::sampleMajor(same, samples, nodes)).value > 1.0 - 1e-14);
}

void TestSynchrony::localOrderDetectsChimera()
{
    // Ring of 40: nodes 0..19 share one phase, nodes 20..39 have equally spaced phases
    // (a pattern whose every window of 3 sums to zero). Window half-width 1.
    const std::size_t nodes = 40;
    std::vector<double> ph(nodes);
    for (std::size_t n = 0; n < nodes; ++n)
        ph[n] = n < 20 ? 0.5 : 2.0 * std::numbers::pi * static_cast<double>(n % 3) / 3.0;
    KuramotoOptions o;
    o.localHalfWidth = 1;
    const auto res = kuramotoOrder(SeriesView::sampleMajor(ph, 1, nodes), o);
    QCOMPARE(res.localHalfWidth, 1);
    QVERIFY(std::fabs(res.localOrder[10] - 1.0) < 1e-14);
    QVERIFY(res.localOrder[30] < 1e-14);
}

void TestSynchrony::correlationExtremes()
{
    const std::size_t samples = 200;
    std::vector<double> v(samples * 3); // node-major: x, x, -x
    for (std::size_t s = 0; s < samples; ++s) {
        const double x = std::sin(0.37 * static_cast<double>(s)) + 0.01 * static_cast<double>(s % 7);
        v[s] = x;
        v[samples + s] = x;
        v[2 * samples + s] = -x;
    }
    const auto res = crossCorrelation(SeriesView::nodeMajor(v, 3, samples));
    QVERIFY(std::fabs(res.matrix[0 * 3 + 1] - 1.0) < 1e-14);
    QVERIFY(std::fabs(res.matrix[0 * 3 + 2] + 1.0) < 1e-14);
    QVERIFY(std::fabs(res.matrix[1 * 3 + 2] + 1.0) < 1e-14);
    QVERIFY(res.meanDefined);
    QVERIFY(std::fabs(res.mean - (1.0 - 1.0 - 1.0) / 3.0) < 1e-14);
    QCOMPARE(res.hubCorrelation.size(), std::size_t(3));
    QVERIFY(std::fabs(res.hubCorrelation[2] + 1.0) < 1e-14);
}

void TestSynchrony::correlationByHand()
{
    // x = (1, 2, 3, 4), y = (2, 1, 4, 3): means 2.5, deviations (-1.5,-0.5,0.5,1.5) and
    // (-0.5,-1.5,1.5,0.5): sum of products 0.75+0.75+0.75+0.75 = 3, sums of squares 5 and 5.
    const std::vector<double> v = {1, 2, 7, 2, 1, 7, 3, 4, 7, 4, 3, 7}; // sample-major: 3 nodes, third constant
    CrossCorrelationOptions o;
    o.hub = 1;
    const auto res = crossCorrelation(SeriesView::sampleMajor(v, 4, 3), o);
    QVERIFY(std::fabs(res.matrix[1] - 0.6) < 1e-14);
    QCOMPARE(res.zeroVarianceNodes, std::vector<std::size_t>{2});
    QVERIFY(!res.pairDefined[0 * 3 + 2]);
    QCOMPARE(res.definedPairs, std::size_t(1));
    QVERIFY(std::fabs(res.mean - 0.6) < 1e-14);
    QVERIFY(std::fabs(res.hubCorrelation[0] - 0.6) < 1e-14);
}

void TestSynchrony::spikePhasesAreLinearRamps()
{
    // Node 0 spikes every 10 samples from 5, node 1 every 10 from 5 as well, node 2 every 20.
    const std::size_t samples = 120, nodes = 3;
    std::vector<double> v(samples * nodes, 0.0);
    for (std::size_t s = 5; s < samples; s += 10) {
        v[s * nodes + 0] = 1.0;
        v[s * nodes + 1] = 1.0;
    }
    for (std::size_t s = 5; s < samples; s += 20)
        v[s * nodes + 2] = 1.0;
    const PhaseMatrix pm = spikePhases(SeriesView::sampleMajor(v, samples, nodes), 0.5);
    QVERIFY(pm.defined);
    QCOMPARE(pm.firstSample, std::size_t(5));
    QCOMPARE(pm.samples, std::size_t(101)); // last common spike: node 2's at 105
    for (std::size_t s = 0; s < pm.samples; ++s) {
        const double t = static_cast<double>(s);
        QVERIFY(std::fabs(pm.values[s * nodes + 0] - 2.0 * std::numbers::pi * t / 10.0) < 1e-12);
        QVERIFY(std::fabs(pm.values[s * nodes + 2] - 2.0 * std::numbers::pi * t / 20.0) < 1e-12);
    }
    // Nodes 0 and 1 are in phase.
    std::vector<double> twin(samples * 2, 0.0);
    for (std::size_t s = 5; s < samples; s += 10)
        twin[s * 2] = twin[s * 2 + 1] = 1.0;
    const MeasureValue r = meanKuramotoOrderFromSpikes(SeriesView::sampleMajor(twin, samples, 2), 0.5);
    QVERIFY(r.defined);
    QVERIFY(std::fabs(r.value - 1.0) < 1e-14);
    // A silent node makes spike phases undefined, with the reason.
    std::vector<double> silent = twin;
    for (std::size_t s = 0; s < samples; ++s)
        silent[s * 2 + 1] = 0.0;
    const MeasureValue u = meanKuramotoOrderFromSpikes(SeriesView::sampleMajor(silent, samples, 2), 0.5);
    QVERIFY(!u.defined);
    QVERIFY(u.reason.find("node 1") != std::string::npos);
}

void TestSynchrony::geometricPhases()
{
    const std::size_t samples = 64;
    std::vector<double> x(samples), y(samples);
    for (std::size_t s = 0; s < samples; ++s) {
        const double a = 2.0 * std::numbers::pi * static_cast<double>(s) / samples;
        x[s] = 3.0 + std::cos(a);
        y[s] = -1.0 + std::sin(a);
    }
    const PhaseMatrix pm = nd::geometricPhases(SeriesView::sampleMajor(x, samples, 1), SeriesView::sampleMajor(y, samples, 1));
    for (std::size_t s = 0; s < samples; ++s) {
        const double a = 2.0 * std::numbers::pi * static_cast<double>(s) / samples;
        QVERIFY(std::fabs(std::remainder(pm.values[s] - a, 2.0 * std::numbers::pi)) < 1e-12);
    }
}

void TestSynchrony::rejectsBadInput()
{
    std::vector<double> v = {1, 2, 3, 4, 5, 6};
    QVERIFY_THROWS_EXCEPTION(InputError, crossCorrelation(SeriesView::sampleMajor(v, 6, 1))); // one node
    QVERIFY_THROWS_EXCEPTION(InputError, crossCorrelation(SeriesView::sampleMajor(v, 1, 6))); // one sample
    CrossCorrelationOptions o;
    o.hub = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, crossCorrelation(SeriesView::sampleMajor(v, 3, 2), o));
    QVERIFY_THROWS_EXCEPTION(InputError, SeriesView::sampleMajor(v, 4, 2));
    v[4] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, crossCorrelation(SeriesView::sampleMajor(v, 3, 2)));
    QVERIFY_THROWS_EXCEPTION(InputError, kuramotoOrder(SeriesView::sampleMajor(v, 3, 2)));
    v[4] = INFINITY;
    QVERIFY_THROWS_EXCEPTION(InputError, spikePhases(SeriesView::sampleMajor(v, 3, 2), 0.5));
    QVERIFY_THROWS_EXCEPTION(InputError, kuramotoOrder(SeriesView::sampleMajor(std::span<const double>(), 0, 0)));
}

void TestSynchrony::identicalSeriesScalars()
{
    // Two identical series: every convention's scalar is 1.
    const std::size_t samples = 100;
    std::vector<double> v(samples * 2);
    for (std::size_t s = 0; s < samples; ++s)
        v[2 * s] = v[2 * s + 1] = std::sin(0.3 * static_cast<double>(s)) + 0.1 * static_cast<double>(s % 5);
    const SeriesView view = SeriesView::sampleMajor(v, samples, 2);
    for (CorrelationScalar c :
         {CorrelationScalar::Hub, CorrelationScalar::AllPairs, CorrelationScalar::RingNeighbours}) {
        const MeasureValue m = crossCorrelationScalar(view, c, 0, {});
        QVERIFY2(m.defined, correlationScalarName(c));
        QVERIFY2(std::fabs(m.value - 1.0) < 1e-14, correlationScalarName(c));
    }
}

void TestSynchrony::scalarsByHand()
{
    // Five nodes of different series; hub 0 outside the ring 1-2-3-4-1.
    const std::size_t samples = 60, nodes = 5;
    std::vector<std::vector<double>> x(nodes, std::vector<double>(samples));
    std::vector<double> v(samples * nodes);
    for (std::size_t s = 0; s < samples; ++s)
        for (std::size_t n = 0; n < nodes; ++n) {
            const double t = static_cast<double>(s);
            x[n][s] = std::sin(0.2 * t + 0.7 * static_cast<double>(n)) +
                      0.05 * static_cast<double>(n) * std::cos(1.3 * t * static_cast<double>(n + 1));
            v[s * nodes + n] = x[n][s];
        }
    CrossCorrelationOptions o;
    o.hub = 0;
    o.ring.excludesHub = true;
    o.ring.hub = 0;
    const auto res = crossCorrelation(SeriesView::sampleMajor(v, samples, nodes), o);
    double hub = 0, all = 0, ring = 0;
    for (std::size_t i = 1; i < nodes; ++i)
        hub += pearson(x[0], x[i]) / 4.0;
    for (std::size_t i = 0; i < nodes; ++i)
        for (std::size_t j = i + 1; j < nodes; ++j)
            all += pearson(x[i], x[j]) / 10.0;
    ring = (pearson(x[1], x[2]) + pearson(x[2], x[3]) + pearson(x[3], x[4]) + pearson(x[4], x[1])) / 4.0;
    QVERIFY(res.hubMean.defined && res.ringNeighbourMean.defined);
    QVERIFY(std::fabs(res.scalar(CorrelationScalar::Hub).value - hub) < 1e-13);
    QVERIFY(std::fabs(res.scalar(CorrelationScalar::AllPairs).value - all) < 1e-13);
    QVERIFY(std::fabs(res.scalar(CorrelationScalar::RingNeighbours).value - ring) < 1e-13);
    QCOMPARE(res.ringEdges, std::size_t(4));
    // Without a hub the ring is 0-1-2-3-4-0: five edges.
    o.ring.excludesHub = false;
    const auto whole = crossCorrelation(SeriesView::sampleMajor(v, samples, nodes), o);
    double ring5 = 0;
    for (std::size_t i = 0; i < nodes; ++i)
        ring5 += pearson(x[i], x[(i + 1) % nodes]) / 5.0;
    QCOMPARE(whole.ringEdges, std::size_t(5));
    QVERIFY(std::fabs(whole.ringNeighbourMean.value - ring5) < 1e-13);
    // A constant hub: the hub mean is undefined, with a reason; the ring mean is not.
    for (std::size_t s = 0; s < samples; ++s)
        v[s * nodes] = 2.0;
    o.ring.excludesHub = true;
    const auto flat = crossCorrelation(SeriesView::sampleMajor(v, samples, nodes), o);
    QVERIFY(!flat.hubMean.defined);
    QVERIFY(!flat.hubMean.reason.empty());
    QVERIFY(std::fabs(flat.ringNeighbourMean.value - ring) < 1e-13);
}

void TestSynchrony::arctanAndCentredPhases()
{
    // A rotation about (3, -1): arctan sees the angle seen from the origin, centred the angle
    // about the orbit's centre (the mean over whole turns).
    const std::size_t samples = 64;
    std::vector<double> x(samples), y(samples);
    for (std::size_t s = 0; s < samples; ++s) {
        const double a = kTwoPi * static_cast<double>(s) / samples;
        x[s] = 3.0 + std::cos(a);
        y[s] = -1.0 + std::sin(a);
    }
    const SeriesView xv = SeriesView::sampleMajor(x, samples, 1), yv = SeriesView::sampleMajor(y, samples, 1);
    const PhaseMatrix arctan = phasesOf(PhaseConvention::Arctan, xv, &yv, 0.0);
    const PhaseMatrix centred = phasesOf(PhaseConvention::Centred, xv, &yv, 0.0);
    QVERIFY(arctan.defined && centred.defined);
    for (std::size_t s = 0; s < samples; ++s) {
        const double a = kTwoPi * static_cast<double>(s) / samples;
        QVERIFY(std::fabs(std::remainder(arctan.values[s] - std::atan2(y[s], x[s]), kTwoPi)) < 1e-15);
        QVERIFY(std::fabs(std::remainder(centred.values[s] - a, kTwoPi)) < 1e-12);
    }
    QVERIFY_THROWS_EXCEPTION(InputError, phasesOf(PhaseConvention::Arctan, xv, nullptr, 0.0));
}

void TestSynchrony::hilbertPhaseOfSinusoids()
{
    // Whole periods: the analytic signal of cos(w n) is exp(i w n), of sin(w n) is
    // -i exp(i w n), so the phases are w n and w n - pi/2, for even and odd lengths; an
    // offset is removed first.
    for (std::size_t samples : {std::size_t(240), std::size_t(231)}) {
        const double w = kTwoPi * 7.0 / static_cast<double>(samples);
        std::vector<double> v(samples * 2);
        for (std::size_t s = 0; s < samples; ++s) {
            v[2 * s] = 5.0 + std::cos(w * static_cast<double>(s));
            v[2 * s + 1] = std::sin(w * static_cast<double>(s));
        }
        const PhaseMatrix pm = hilbertPhases(SeriesView::sampleMajor(v, samples, 2));
        QVERIFY(pm.defined);
        QCOMPARE(pm.samples, samples);
        for (std::size_t s = 0; s < samples; ++s) {
            const double a = w * static_cast<double>(s);
            QVERIFY2(std::fabs(std::remainder(pm.values[2 * s] - a, kTwoPi)) < 1e-11,
                     qPrintable(QString::number(s)));
            QVERIFY(std::fabs(std::remainder(pm.values[2 * s + 1] - (a - std::numbers::pi / 2), kTwoPi)) <
                    1e-11);
        }
        // The pair is a quarter period apart: R = cos(pi / 4) at every sample.
        const auto r = kuramotoOrder(pm.view());
        QVERIFY(std::fabs(r.mean - std::cos(std::numbers::pi / 4)) < 1e-11);
    }
    std::vector<double> flat(20, 1.0);
    const PhaseMatrix none = hilbertPhases(SeriesView::sampleMajor(flat, 10, 2));
    QVERIFY(!none.defined);
    QVERIFY(none.reason.find("node 0") != std::string::npos);
}

void TestSynchrony::shiftedPairOrder()
{
    // Two unit rotations delta apart: R(n) = |1 + exp(i delta)| / 2 = cos(delta / 2) with
    // arctan phases; the pair's correlation of x = cos is cos(delta) over whole periods.
    const double delta = 1.1;
    const std::size_t samples = 200;
    std::vector<double> x(samples * 2), y(samples * 2);
    for (std::size_t s = 0; s < samples; ++s) {
        const double a = kTwoPi * 5.0 * static_cast<double>(s) / samples;
        x[2 * s] = std::cos(a);
        y[2 * s] = std::sin(a);
        x[2 * s + 1] = std::cos(a + delta);
        y[2 * s + 1] = std::sin(a + delta);
    }
    const SeriesView xv = SeriesView::sampleMajor(x, samples, 2), yv = SeriesView::sampleMajor(y, samples, 2);
    const auto r = kuramotoOrder(phasesOf(PhaseConvention::Arctan, xv, &yv, 0.0).view());
    for (double rn : r.r)
        QVERIFY(std::fabs(rn - std::cos(delta / 2)) < 1e-14);
    QVERIFY(std::fabs(crossCorrelationScalar(xv, CorrelationScalar::Hub, 0, {}).value - std::cos(delta)) <
            1e-12);
}

void TestSynchrony::localOrderRingWithoutHub()
{
    // Hub 0 in antiphase with a ring of six in step: each ring node's window (half-width 1)
    // holds ring nodes only, so its local order is 1; the hub has no ring window (NaN).
    const std::size_t nodes = 7;
    std::vector<double> ph(nodes, 0.4);
    ph[0] = 0.4 + std::numbers::pi;
    KuramotoOptions o;
    o.localHalfWidth = 1;
    o.ring.excludesHub = true;
    o.ring.hub = 0;
    const auto res = kuramotoOrder(SeriesView::sampleMajor(ph, 1, nodes), o);
    QVERIFY(std::isnan(res.localOrder[0]));
    for (std::size_t k = 1; k < nodes; ++k)
        QVERIFY(std::fabs(res.localOrder[k] - 1.0) < 1e-15);
    // Through the hub (no hub layout), nodes 1 and 6 see it: (|1 + 1 - 1|) / 3 = 1/3.
    o.ring.excludesHub = false;
    const auto wrapped = kuramotoOrder(SeriesView::sampleMajor(ph, 1, nodes), o);
    QVERIFY(std::fabs(wrapped.localOrder[1] - 1.0 / 3.0) < 1e-15);
    QVERIFY(std::fabs(wrapped.localOrder[6] - 1.0 / 3.0) < 1e-15);
}

void TestSynchrony::conventionNames()
{
    QCOMPARE(std::string(correlationScalarName(CorrelationScalar::RingNeighbours)),
             std::string("ring-neighbours"));
    QCOMPARE(std::string(phaseConventionName(PhaseConvention::Arctan)), std::string("arctan"));
    const std::string text =
        synchronyConventions(CorrelationScalar::Hub, PhaseConvention::Hilbert, {true, 0});
    QVERIFY(text.find("correlation: hub") != std::string::npos);
    QVERIFY(text.find("phases: hilbert") != std::string::npos);
    QVERIFY(text.find("but the network's hub") != std::string::npos);
}

void TestSynchrony::roundingNoiseIsConstant()
{
    // Node 0 sits on a fixed point (rounding jitter), nodes 1 and 2 oscillate: correlations with
    // node 0 and its Hilbert phase are undefined, not numbers made of rounding noise.
    const std::size_t samples = 400, nodes = 3;
    const std::vector<double> hub = ndtest::roundingJitter(1.009544927051317, samples);
    std::vector<double> v(samples * nodes);
    for (std::size_t s = 0; s < samples; ++s) {
        v[s * nodes] = hub[s];
        v[s * nodes + 1] = std::sin(0.3 * static_cast<double>(s));
        v[s * nodes + 2] = std::cos(0.3 * static_cast<double>(s));
    }
    CrossCorrelationOptions o;
    const auto r = crossCorrelation(SeriesView::sampleMajor(v, samples, nodes), o);
    QCOMPARE(r.zeroVarianceNodes, std::vector<std::size_t>{0});
    QVERIFY(!r.hubMean.defined);
    QVERIFY(r.meanDefined); // the pair (1, 2) remains
    QCOMPARE(r.definedPairs, std::size_t(1));
    const PhaseMatrix pm = hilbertPhases(SeriesView::sampleMajor(v, samples, nodes));
    QVERIFY(!pm.defined);
    QVERIFY(pm.reason.find("node 0 is constant") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestSynchrony)
#include "tst_synchrony.moc"
