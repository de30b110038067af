// Cancellation is a value: every engine computation stopped through nd::Progress says so in its
// result's outcome (Outcome::Canceled), with the one reason text kCanceledReason, so callers
// never compare reason strings (the measures wrote "cancelled", the analyses "canceled").
#include "analysis/lyapunov.h"
#include "analysis/period.h"
#include "common/progress.h"
#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/zeroone.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace nd;

class TestOutcomes : public QObject {
    Q_OBJECT
private slots:
    void canceledMeasuresSayCanceled();
    void canceledAnalysesSayCanceled();
    void completedRunsSayCompleted();
};

namespace {
// A chaotic logistic series (r = 4), long enough that every measure splits its work.
std::vector<double> logisticSeries(std::size_t n)
{
    std::vector<double> x(n);
    double v = 0.3;
    for (double& e : x) {
        v = 4.0 * v * (1.0 - v);
        e = v;
    }
    return x;
}

WeightedGraph ring(std::size_t nodes)
{
    WeightedGraph g;
    g.nodes = nodes;
    for (std::size_t i = 0; i < nodes; ++i)
        g.edges.push_back({i, (i + 1) % nodes, 1.0});
    return g;
}

CancelFlag& canceled()
{
    static CancelFlag flag;
    flag.cancel();
    return flag;
}

const std::string kText = kCanceledReason;
} // namespace

void TestOutcomes::canceledMeasuresSayCanceled()
{
    const std::vector<double> x = logisticSeries(4000);
    const ZeroOneResult z = zeroOneTest(x, {}, &canceled());
    QVERIFY(z.outcome == Outcome::Canceled);
    QVERIFY(!z.defined);
    QCOMPARE(z.reason, kText);
    const SampleEntropyResult s = sampleEntropy(x, {}, &canceled());
    QVERIFY(s.outcome == Outcome::Canceled);
    QCOMPARE(s.reason, kText);
    const MfdfaResult m = mfdfa(x, {}, &canceled());
    QVERIFY(m.outcome == Outcome::Canceled);
    QCOMPARE(m.reason, kText);
    const NetworkSpectrumResult n = networkSpectrum(ring(40), {}, &canceled());
    QVERIFY(n.outcome == Outcome::Canceled);
    QCOMPARE(n.reason, kText);
}

void TestOutcomes::canceledAnalysesSayCanceled()
{
    const auto henon = createModel("henon");
    const std::vector<double> start{0.1, 0.1};
    LyapunovOptions lo;
    lo.steps = 100000;
    const LyapunovResult l = lyapunovSpectrum(*henon, start, lo, &canceled());
    QVERIFY(l.outcome == Outcome::Canceled);
    QVERIFY(!l.defined);
    QCOMPARE(l.reason, kText);
    const ScanValue largest = largestLyapunov(*henon, start, lo, &canceled());
    QVERIFY(largest.outcome == Outcome::Canceled);
    QVERIFY(!largest.defined && !largest.escaped);
    QCOMPARE(largest.reason, kText);
    PeriodOptions po;
    po.transient = 100000;
    const PeriodResult p = periodOf(*henon, start, po, &canceled());
    QVERIFY(p.outcome == Outcome::Canceled);
    QVERIFY(toScanValue(p).outcome == Outcome::Canceled);
}

void TestOutcomes::completedRunsSayCompleted()
{
    // The same calls without a cancel: completed, whether or not a value is defined (the
    // logistic map at r = 4 has K near 1; the Hénon map at a = 1.4 a positive exponent).
    const std::vector<double> x = logisticSeries(4000);
    const ZeroOneResult z = zeroOneTest(x);
    QVERIFY(z.outcome == Outcome::Completed);
    QVERIFY(z.defined && z.k > 0.9);
    QVERIFY(sampleEntropy(x).outcome == Outcome::Completed);
    QVERIFY(mfdfa(x).outcome == Outcome::Completed);
    QVERIFY(networkSpectrum(ring(40)).outcome == Outcome::Completed);
    const auto henon = createModel("henon");
    LyapunovOptions lo;
    lo.steps = 20000;
    const ScanValue largest = largestLyapunov(*henon, std::vector<double>{0.1, 0.1}, lo);
    QVERIFY(largest.outcome == Outcome::Completed);
    QVERIFY(largest.defined && std::abs(largest.value - 0.419) < 0.02);
}

QTEST_APPLESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
