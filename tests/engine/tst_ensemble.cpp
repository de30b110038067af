// Ensemble kernels against the one-at-a-time scalar path (simulateMap over ChialvoMap and the
// ring-star MapNetwork): bit for bit in exact mode, for 1 and 2 threads; the fast exp against
// std::exp in ulps; fast mode identical across thread counts and within 1e-12 of the scalar
// path where the orbit is not chaotic.
#include "common/errors.h"
#include "ensemble/chialvoensemble.h"
#include "ensemble/vectormath.h"
#include "network/ringstar.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <random>

using namespace nd;

class TestEnsemble : public QObject {
    Q_OBJECT
private slots:
    void fastExpAccuracy();
    void chialvoExactMatchesScalar();
    void chialvoFastMode();
    void ringStarExactMatchesNetwork();
    void ringStarFastThreads();
    void badInput();
};

namespace {
std::vector<ChialvoParameters> chialvoMembers(int count)
{
    std::vector<ChialvoParameters> m;
    for (int i = 0; i < count; ++i)
        m.push_back({0.89, 0.1 + 0.5 * i / count, 0.28, 0.03});
    m.push_back({1.5, 0.6, 0.28, 0.03}); // a > 1: y grows geometrically and escapes
    return m;
}

std::int64_t ulpDistance(double a, double b)
{
    const auto ia = std::bit_cast<std::int64_t>(a), ib = std::bit_cast<std::int64_t>(b);
    return ia > ib ? ia - ib : ib - ia;
}
} // namespace

void TestEnsemble::fastExpAccuracy()
{
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> wide(-707.0, 709.7), narrow(-5.0, 5.0);
    std::int64_t worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = i % 2 ? wide(rng) : narrow(rng);
        worst = std::max(worst, ulpDistance(fastExp(x), std::exp(x)));
    }
    QVERIFY2(worst <= 2, qPrintable(QString::number(worst)));
    QCOMPARE(fastExp(0.0), 1.0);
    QVERIFY(std::isinf(fastExp(710.0)));
    QCOMPARE(fastExp(-800.0), 0.0);
    QVERIFY(std::isnan(fastExp(std::nan(""))));
}

void TestEnsemble::chialvoExactMatchesScalar()
{
    const auto members = chialvoMembers(36);
    EnsembleSchedule s;
    s.transient = 300;
    s.samples = 150;
    s.stride = 3;
    s.escapeBound = 1e4;
    s.exp = ExpMode::Exact;
    s.block = 8; // several blocks, the last one partial
    for (int threads : {1, 2}) {
        s.threads = threads;
        const EnsembleResult r = runChialvoEnsemble(members, {{0.5, 2.0}}, ChialvoObservable::X, s);
        for (std::size_t m = 0; m < members.size(); ++m) {
            SimulationOptions o;
            o.transient = s.transient;
            o.samples = s.samples;
            o.stride = s.stride;
            o.escapeBound = s.escapeBound;
            const Trajectory t = simulateMap(ChialvoMap(members[m]), std::vector<double>{0.5, 2.0}, o);
            QCOMPARE(r.escaped(m), t.escaped);
            if (t.escaped)
                QCOMPARE(r.escapeStep[m], t.escapeStep);
            QCOMPARE(static_cast<std::size_t>(r.validSamples(m)), t.rows());
            for (std::size_t k = 0; k < t.rows(); ++k)
                if (r.at(m, static_cast<long>(k)) != t.at(k, 0))
                    QFAIL(qPrintable(QStringLiteral("member %1 sample %2 differs").arg(m).arg(k)));
        }
        QVERIFY(r.escaped(members.size() - 1));
    }
}

void TestEnsemble::chialvoFastMode()
{
    auto members = chialvoMembers(40);
    EnsembleSchedule s;
    s.samples = 400;
    s.block = 16;
    s.threads = 1;
    const auto one = runChialvoEnsemble(members, {{0.5, 2.0}}, ChialvoObservable::Y, s);
    s.threads = 2;
    const auto two = runChialvoEnsemble(members, {{0.5, 2.0}}, ChialvoObservable::Y, s);
    QVERIFY(one.values == two.values);
    QVERIFY(one.escapeStep == two.escapeStep);
    // b = 0.6 started 1e-7 from the stable focus (x* = 0.0680655, y* = 2.1741882): the orbit spirals in
    // and rounding differences do not grow.
    std::vector<ChialvoParameters> calm(5, ChialvoParameters{0.89, 0.6, 0.28, 0.03});
    s.samples = 2000;
    const auto fast = runChialvoEnsemble(calm, {{0.0680655, 2.1741882}}, ChialvoObservable::X, s);
    SimulationOptions o;
    o.samples = 2000;
    const Trajectory t = simulateMap(ChialvoMap(calm[0]), std::vector<double>{0.0680655, 2.1741882}, o);
    for (long k = 0; k < 2000; ++k)
        QVERIFY2(std::fabs(fast.at(4, k) - t.at(static_cast<std::size_t>(k), 0)) < 1e-12,
                 qPrintable(QStringLiteral("step %1: %2 vs %3").arg(k).arg(fast.at(4, k), 0, 'g', 17).arg(t.at(static_cast<std::size_t>(k), 0), 0, 'g', 17)));
}

void TestEnsemble::ringStarExactMatchesNetwork()
{
    RingStarEnsembleSpec spec;
    spec.nodes = 12;
    spec.range = 2;
    std::vector<RingStarMember> members;
    for (int i = 0; i < 7; ++i)
        members.push_back({{0.89, 0.15 + 0.06 * i, 0.28, 0.03}, 0.002 * i, 0.05 - 0.004 * i});
    std::mt19937_64 rng(4);
    std::vector<std::vector<double>> initial;
    for (std::size_t m = 0; m < members.size(); ++m) {
        std::vector<double> s;
        for (int v = 0; v < 2 * spec.nodes; ++v)
            s.push_back(v % 2 ? std::uniform_real_distribution<double>(1.5, 2.5)(rng)
                              : std::uniform_real_distribution<double>(0.0, 1.0)(rng));
        initial.push_back(s);
    }
    EnsembleSchedule s;
    s.transient = 200;
    s.samples = 100;
    s.stride = 2;
    s.exp = ExpMode::Exact;
    s.block = 3;
    for (int observed : {3, -1})
        for (int threads : {1, 2}) {
            spec.observedNode = observed;
            s.threads = threads;
            const auto r = runRingStarEnsemble(spec, members, initial, s);
            for (std::size_t m = 0; m < members.size(); ++m) {
                RingStarNetwork net({{"N", "12"}, {"R", "2"}, {"triangles", "none"}});
                net.setParameter("b", members[m].node.b);
                net.setParameter("mu", members[m].mu);
                net.setParameter("sigma", members[m].sigma);
                SimulationOptions o;
                o.transient = s.transient;
                o.samples = s.samples;
                o.stride = s.stride;
                const Trajectory t = simulateMap(net, initial[m], o);
                QVERIFY(!t.escaped && !r.escaped(m));
                for (std::size_t k = 0; k < t.rows(); ++k) {
                    double expected = 0.0;
                    if (observed >= 0) {
                        expected = t.at(k, static_cast<std::size_t>(2 * observed));
                    } else {
                        for (int node = 0; node < 12; ++node)
                            expected += t.at(k, static_cast<std::size_t>(2 * node));
                        expected /= 12;
                    }
                    if (r.at(m, static_cast<long>(k)) != expected)
                        QFAIL(qPrintable(QStringLiteral("member %1 sample %2 differs").arg(m).arg(k)));
                }
            }
        }
}

void TestEnsemble::ringStarFastThreads()
{
    RingStarEnsembleSpec spec;
    spec.nodes = 20;
    spec.range = 3;
    spec.observedNode = -1;
    std::vector<RingStarMember> members;
    for (int i = 0; i < 50; ++i)
        members.push_back({{0.89, 0.18, 0.28, 0.03}, 0.001 * i, 0.01});
    std::vector<double> init;
    for (int v = 0; v < 40; ++v)
        init.push_back(v % 2 ? 2.0 : 0.1 * v);
    EnsembleSchedule s;
    s.samples = 100;
    s.block = 8;
    s.threads = 1;
    const auto one = runRingStarEnsemble(spec, members, {init}, s);
    s.threads = 2;
    const auto two = runRingStarEnsemble(spec, members, {init}, s);
    QVERIFY(one.values == two.values);
}

void TestEnsemble::badInput()
{
    EnsembleSchedule s;
    QVERIFY_THROWS_EXCEPTION(InputError, runChialvoEnsemble({}, {{0.5, 2.0}}, ChialvoObservable::X, s));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             runChialvoEnsemble(chialvoMembers(3), {{0.5, 2.0}, {0.1, 0.1}}, ChialvoObservable::X, s));
    QVERIFY_THROWS_EXCEPTION(InputError, runChialvoEnsemble(chialvoMembers(3), {{NAN, 2.0}}, ChialvoObservable::X, s));
    s.samples = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, runChialvoEnsemble(chialvoMembers(3), {{0.5, 2.0}}, ChialvoObservable::X, s));
    s.samples = 1;
    RingStarEnsembleSpec spec;
    spec.nodes = 2;
    QVERIFY_THROWS_EXCEPTION(InputError, runRingStarEnsemble(spec, {RingStarMember{}}, {std::vector<double>(4)}, s));
    spec.nodes = 10;
    QVERIFY_THROWS_EXCEPTION(InputError, runRingStarEnsemble(spec, {RingStarMember{}}, {std::vector<double>(4)}, s));
}

QTEST_APPLESS_MAIN(TestEnsemble)
#include "tst_ensemble.moc"
