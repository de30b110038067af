// Synchronisation measures against exact cases: identical and equally spaced phases (R = 1
// and R = 0), identical and negated series (correlation 1 and -1), a hand-computed Pearson
// coefficient, and spike phases of regular spike trains checked against their linear ramp.
#include "common/errors.h"
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
};

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

QTEST_APPLESS_MAIN(TestSynchrony)
#include "tst_synchrony.moc"
