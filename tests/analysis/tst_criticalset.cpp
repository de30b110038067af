// The critical set's fast determinant and its progress and cancellation. The low-rank update
// must be the full determinant by another route (matrix determinant lemma): at every grid vertex
// of a slice of a coupled network with a nonlinear triadic term (so that moving u and v changes
// rows of other nodes too) its value times |det J0| is the full LU's, hence the same sign, and
// the located LC_-1 points agree with the full LU's to 1e-10. Results do not depend on the
// thread count. Cancelling stops within the work in flight and says so in the outcome.
#include "analysis/criticalset.h"
#include "common/progress.h"
#include "model/registry.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>

using namespace nd;

class TestCriticalSet : public QObject {
    Q_OBJECT
private slots:
    void updateAgreesWithFullDeterminant();
    void sameForAnyThreadCount();
    void largeNetworkKeepsItsSign();
    void cancelStopsQuickly();
    void reportsProgress();
};

namespace {
// A ring-star of 9 Chialvo nodes with product-form triadic coupling on ring triangles, and a
// slice state of scattered values: nothing in the Jacobian is symmetric or block diagonal.
struct Case {
    std::unique_ptr<Model> model;
    CriticalSetOptions options;
};

Case scatteredRingStar()
{
    Case c;
    c.model = createModel("ring-star", {{"N", "9"}, {"R", "2"}, {"form", "product"}, {"triangles", "ring"}});
    c.model->setParameter("mu", 0.037);
    c.model->setParameter("sigma", 0.052);
    c.model->setParameter("sigma2", 0.071);
    const auto n = static_cast<std::size_t>(c.model->dimension());
    std::vector<double> state(n);
    std::uint64_t r = 12345;
    for (std::size_t i = 0; i < n; ++i) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        const double u = static_cast<double>(r >> 11) * 0x1.0p-53;
        state[i] = i % 2 == 0 ? -0.5 + 2.5 * u : -1.0 + 2.0 * u; // x in [-0.5, 2], y in [-1, 1]
    }
    c.options.slice = {0, 6}; // the hub's x and ring node 3's x
    c.options.boxMin = {-1.0, -1.0};
    c.options.boxMax = {4.0, 4.0};
    c.options.resolution = 60;
    c.options.sliceStates = {state};
    return c;
}

// Counts progress reports and cancels at the first one.
class CancelAtFirstReport : public Progress {
public:
    bool isCanceled() const override { return m_reports.load() > 0; }
    void setProgress(double) override { ++m_reports; }
    int reports() const { return m_reports.load(); }

private:
    std::atomic<int> m_reports{0};
};

class Recorder : public Progress {
public:
    void setProgress(double f) override
    {
        last.store(f);
        double m = highest.load();
        while (f > m && !highest.compare_exchange_weak(m, f)) {
        }
    }
    std::atomic<double> last{0.0}, highest{0.0};
};
} // namespace

void TestCriticalSet::updateAgreesWithFullDeterminant()
{
    Case c = scatteredRingStar();
    CriticalSetOptions full = c.options;
    full.determinant = CriticalSetOptions::Determinant::FullLU;
    const std::vector<double> fast = criticalSetGridDeterminants(*c.model, c.options);
    const std::vector<double> ref = criticalSetGridDeterminants(*c.model, full);
    QCOMPARE(fast.size(), std::size_t(61 * 61));
    QCOMPARE(ref.size(), fast.size());
    // The update returns det J / |det J0|: one positive factor for the whole slice. It is not 1
    // here (so the update ran), and it holds at every vertex to rounding.
    double biggest = 0.0;
    std::size_t k0 = 0;
    for (std::size_t k = 0; k < ref.size(); ++k)
        if (std::fabs(ref[k]) > biggest) {
            biggest = std::fabs(ref[k]);
            k0 = k;
        }
    const double factor = ref[k0] / fast[k0];
    QVERIFY(factor > 0.0);
    QVERIFY(std::fabs(factor - 1.0) > 1e-3);
    int negative = 0, positive = 0;
    for (std::size_t k = 0; k < ref.size(); ++k) {
        QVERIFY2((fast[k] > 0.0) == (ref[k] > 0.0),
                 qPrintable(QStringLiteral("vertex %1: %2 vs %3").arg(k).arg(fast[k]).arg(ref[k])));
        QVERIFY(std::fabs(fast[k] * factor - ref[k]) <= 1e-10 * biggest);
        (ref[k] > 0.0 ? positive : negative) += 1;
    }
    QVERIFY(positive > 100 && negative > 100); // the slice does cross the critical set
    const CriticalSet a = findCriticalSet(*c.model, c.options);
    const CriticalSet b = findCriticalSet(*c.model, full);
    QVERIFY(a.points.size() > 50);
    QCOMPARE(a.points.size(), b.points.size());
    QVERIFY(a.segments == b.segments);
    for (std::size_t k = 0; k < a.points.size(); ++k)
        for (std::size_t i = 0; i < a.points[k].size(); ++i)
            QVERIFY2(std::fabs(a.points[k][i] - b.points[k][i]) <= 1e-10,
                     qPrintable(QStringLiteral("point %1, coordinate %2: %3 vs %4")
                                    .arg(k)
                                    .arg(i)
                                    .arg(a.points[k][i], 0, 'g', 17)
                                    .arg(b.points[k][i], 0, 'g', 17)));
}

void TestCriticalSet::sameForAnyThreadCount()
{
    Case c = scatteredRingStar();
    c.options.sliceStates.push_back(c.options.sliceStates.front());
    std::reverse(c.options.sliceStates.back().begin(), c.options.sliceStates.back().end());
    c.options.threads = 1;
    const CriticalSet one = findCriticalSet(*c.model, c.options);
    c.options.threads = 3;
    const CriticalSet three = findCriticalSet(*c.model, c.options);
    QVERIFY(!one.points.empty());
    QVERIFY(one.points == three.points);
    QVERIFY(one.segments == three.segments);
    QVERIFY(one.sliceOf == three.sliceOf);
}

void TestCriticalSet::largeNetworkKeepsItsSign()
{
    // 100 uncoupled Chialvo nodes: det J is the product of the node determinants
    // x e^(y-x) (2a - (a - b) x), which over 100 nodes far below 1 is below the smallest double.
    // Its sign is still the product of the signs: with every other node at x = 1 (positive
    // factor) the slice over node 0's (x, y) has det J < 0 exactly where x (2a - (a - b) x) < 0.
    auto net = createModel("ring-star", {{"N", "100"}, {"R", "2"}});
    net->setParameter("mu", 0.0);
    net->setParameter("sigma", 0.0);
    const double a = net->parameter("a"), b = net->parameter("b");
    std::vector<double> state(200);
    for (std::size_t i = 0; i < state.size(); ++i)
        state[i] = i % 2 == 0 ? 1.0 : -30.0; // e^(y - x) ~ 1e-14 per node
    CriticalSetOptions o;
    o.slice = {0, 1};
    o.boxMin = {-1.0, -2.0};
    o.boxMax = {8.0, 2.0};
    o.resolution = 12;
    o.sliceStates = {state};
    for (auto method :
         {CriticalSetOptions::Determinant::LowRankUpdate, CriticalSetOptions::Determinant::FullLU}) {
        o.determinant = method;
        const auto values = criticalSetGridDeterminants(*net, o);
        for (int j = 0; j <= 12; ++j)
            for (int i = 0; i <= 12; ++i) {
                const double x = -1.0 + 9.0 * i / 12;
                const double expected = x * (2 * a - (a - b) * x);
                const double got = values[static_cast<std::size_t>(j * 13 + i)];
                QVERIFY(std::isfinite(got));
                QCOMPARE(got > 0.0, expected > 0.0);
                QCOMPARE(got < 0.0, expected < 0.0);
            }
    }
}

void TestCriticalSet::cancelStopsQuickly()
{
    // A 100-node slice at resolution 400 takes seconds; cancelled at the first row reported, it
    // hands out no new rows: at most the rows already running report after that.
    auto net = createModel("ring-star", {{"N", "100"}, {"R", "2"}});
    CriticalSetOptions o;
    o.slice = {0, 2};
    o.resolution = 400;
    o.threads = 2;
    CancelAtFirstReport progress;
    const CriticalSet s = findCriticalSet(*net, o, &progress);
    QCOMPARE(s.outcome, Outcome::Canceled);
    QVERIFY(s.points.empty() && s.segments.empty());
    QVERIFY2(progress.reports() <= 1 + o.threads, qPrintable(QString::number(progress.reports())));
    // Cancelled before it starts: nothing is computed.
    CancelFlag flag;
    flag.cancel();
    QCOMPARE(findCriticalSet(*net, o, &flag).outcome, Outcome::Canceled);
}

void TestCriticalSet::reportsProgress()
{
    Case c = scatteredRingStar();
    c.options.sliceStates.push_back(c.options.sliceStates.front());
    Recorder progress;
    const CriticalSet s = findCriticalSet(*c.model, c.options, &progress);
    QCOMPARE(s.outcome, Outcome::Completed);
    QCOMPARE(progress.last.load(), 1.0);
    QCOMPARE(progress.highest.load(), 1.0);
}

QTEST_GUILESS_MAIN(TestCriticalSet)
#include "tst_criticalset.moc"
