// Ensemble kernels against the one-at-a-time scalar path (simulateMap over ChialvoMap and the
// ring-star MapNetwork): bit for bit in exact mode, for 1 and 2 threads; the fast exp against
// std::exp in ulps; fast mode identical across thread counts and within 1e-12 of the scalar
// path where the orbit is not chaotic.
#include "common/errors.h"
#include "common/progress.h"
#include "ensemble/chialvoensemble.h"
#include "ensemble/vectormath.h"
#include "network/ringstar.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <atomic>
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
    void ringStarGroupWidths();
    void ringStarTriadicExactMatchesNetwork_data();
    void ringStarTriadicExactMatchesNetwork();
    void ringStarTriadicFastNearScalar();
    void ringStarCancel();
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

std::vector<std::vector<double>> randomStates(std::size_t members, int nodes, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::vector<double>> initial;
    for (std::size_t m = 0; m < members; ++m) {
        std::vector<double> s;
        for (int v = 0; v < 2 * nodes; ++v)
            s.push_back(v % 2 ? std::uniform_real_distribution<double>(1.5, 2.5)(rng)
                              : std::uniform_real_distribution<double>(0.0, 1.0)(rng));
        initial.push_back(s);
    }
    return initial;
}

// The ensemble against one RingStarNetwork per member (the scalar Model path), value by value:
// exactly, or within `tolerance`.
void compareWithNetwork(const RingStarEnsembleSpec& spec, const std::vector<RingStarMember>& members,
                        const std::vector<std::vector<double>>& initial, const EnsembleSchedule& s,
                        const Settings& settings, double tolerance)
{
    const auto r = runRingStarEnsemble(spec, members, initial, s);
    QVERIFY(!r.canceled);
    for (std::size_t m = 0; m < members.size(); ++m) {
        RingStarNetwork net(settings);
        net.setParameter("a", members[m].node.a);
        net.setParameter("b", members[m].node.b);
        net.setParameter("c", members[m].node.c);
        net.setParameter("k0", members[m].node.k0);
        net.setParameter("mu", members[m].mu);
        net.setParameter("sigma", members[m].sigma);
        net.setParameter("sigma2", members[m].sigma2);
        SimulationOptions o;
        o.transient = s.transient;
        o.samples = s.samples;
        o.stride = s.stride;
        o.escapeBound = s.escapeBound;
        const Trajectory t = simulateMap(net, initial.size() == 1 ? initial[0] : initial[m], o);
        QCOMPARE(r.escaped(m), t.escaped);
        QCOMPARE(static_cast<std::size_t>(r.validSamples(m)), t.rows());
        for (std::size_t k = 0; k < t.rows(); ++k) {
            double expected = 0.0;
            if (spec.observedNode >= 0) {
                expected = t.at(k, static_cast<std::size_t>(2 * spec.observedNode));
            } else {
                for (int node = 0; node < spec.nodes; ++node)
                    expected += t.at(k, static_cast<std::size_t>(2 * node));
                expected /= spec.nodes;
            }
            const double got = r.at(m, static_cast<long>(k));
            const bool ok = tolerance == 0.0 ? got == expected : std::fabs(got - expected) <= tolerance;
            if (!ok)
                QFAIL(qPrintable(QStringLiteral("member %1 sample %2: %3 vs %4")
                                     .arg(m)
                                     .arg(k)
                                     .arg(got, 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
        }
    }
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

void TestEnsemble::ringStarGroupWidths()
{
    // 45 members in one block run as a group of 32 and a padded group of 16; 5 members as a
    // padded group of 8. Every lane must equal its own network, escapes included (a > 1).
    RingStarEnsembleSpec spec;
    spec.nodes = 9;
    spec.range = 3;
    spec.observedNode = -1;
    for (std::size_t count : {std::size_t(45), std::size_t(5)}) {
        std::vector<RingStarMember> members;
        for (std::size_t i = 0; i < count; ++i)
            members.push_back({{i % 11 == 3 ? 1.3 : 0.89, 0.1 + 0.011 * static_cast<double>(i), 0.28, 0.03},
                               0.003 * static_cast<double>(i % 7),
                               0.04,
                               0.0});
        EnsembleSchedule s;
        s.transient = 150;
        s.samples = 60;
        s.stride = 3;
        s.escapeBound = 1e4;
        s.exp = ExpMode::Exact;
        for (int threads : {1, 2}) {
            s.threads = threads;
            compareWithNetwork(spec, members, randomStates(count, spec.nodes, 11), s,
                               {{"N", "9"}, {"R", "3"}, {"triangles", "none"}}, 0.0);
        }
    }
}

void TestEnsemble::ringStarTriadicExactMatchesNetwork_data()
{
    QTest::addColumn<QString>("triangles");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("counting");
    QTest::addColumn<QString>("normalisation");
    QTest::addColumn<QString>("hub");
    QTest::addColumn<bool>("zeroSigma2"); // every member without triadic coupling: the kernel skips the sums
    QTest::newRow("all linear once") << "all"
                                     << "linear"
                                     << "once"
                                     << "none"
                                     << "none" << false;
    QTest::newRow("hub product ordered") << "hub"
                                         << "product"
                                         << "ordered-pairs"
                                         << "none"
                                         << "ring-size" << false;
    QTest::newRow("ring cubic once degree") << "ring"
                                            << "cubic"
                                            << "once"
                                            << "degree"
                                            << "none" << false;
    QTest::newRow("all cubic ordered degree") << "all"
                                              << "cubic"
                                              << "ordered-pairs"
                                              << "degree"
                                              << "ring-size" << false;
    QTest::newRow("all product once degree") << "all"
                                             << "product"
                                             << "once"
                                             << "degree"
                                             << "none" << false;
    QTest::newRow("all linear once, sigma2 = 0") << "all"
                                                 << "linear"
                                                 << "once"
                                                 << "none"
                                                 << "none" << true;
}

void TestEnsemble::ringStarTriadicExactMatchesNetwork()
{
    QFETCH(QString, triangles);
    QFETCH(QString, form);
    QFETCH(QString, counting);
    QFETCH(QString, normalisation);
    QFETCH(QString, hub);
    QFETCH(bool, zeroSigma2);
    RingStarEnsembleSpec spec;
    spec.nodes = 13;
    spec.range = 3;
    spec.hubNormalised = hub == "ring-size";
    spec.triangles = triangles == "all"
                         ? RingStarTriangles::All
                         : (triangles == "hub" ? RingStarTriangles::Hub : RingStarTriangles::Ring);
    spec.form = form == "linear" ? TriadicForm::Linear
                                 : (form == "product" ? TriadicForm::Product : TriadicForm::Cubic);
    spec.counting = counting == "once" ? TriangleCounting::Once : TriangleCounting::PerOrderedPair;
    spec.normaliseTriadic = normalisation == "degree";
    const Settings settings{{"N", "13"},
                            {"R", "3"},
                            {"triangles", triangles.toStdString()},
                            {"form", form.toStdString()},
                            {"counting", counting.toStdString()},
                            {"triadic-normalisation", normalisation.toStdString()},
                            {"hub-normalisation", hub.toStdString()}};
    std::vector<RingStarMember> members;
    for (int i = 0; i < 21; ++i)
        members.push_back(
            {{0.89, 0.12 + 0.02 * i, 0.28, 0.03}, 0.002 * (i % 5), 0.03, 0.004 * (i % 4) - 0.002});
    members.push_back({{1.4, 0.6, 0.28, 0.03}, 0.001, 0.01, 0.003}); // a > 1: escapes
    if (zeroSigma2)
        for (auto& m : members)
            m.sigma2 = 0.0;
    EnsembleSchedule s;
    s.transient = 120;
    s.samples = 80;
    s.stride = 2;
    s.escapeBound = 1e4;
    s.exp = ExpMode::Exact;
    for (int observed : {5, -1})
        for (int threads : {1, 2}) {
            spec.observedNode = observed;
            s.threads = threads;
            s.block = threads == 1 ? 64 : 7;
            compareWithNetwork(spec, members, randomStates(members.size(), spec.nodes, 5), s, settings, 0.0);
        }
}

void TestEnsemble::ringStarTriadicFastNearScalar()
{
    // b = 0.6: the node's fixed point (x* = 0.0680655, y* = 2.1741882) is a stable focus and,
    // on the synchronisation manifold, a fixed point of the coupled network too. Started close
    // to it the orbits contract, so the vectorised exp's rounding does not grow: the fast mode
    // stays within 1e-12 of the scalar path, with the triadic term on.
    RingStarEnsembleSpec spec;
    spec.nodes = 11;
    spec.range = 2;
    spec.triangles = RingStarTriangles::All;
    spec.observedNode = 4;
    std::vector<RingStarMember> members;
    for (int i = 0; i < 20; ++i)
        members.push_back({{0.89, 0.6, 0.28, 0.03}, 0.001 * i, 0.01, 0.002 * (i % 3)});
    std::vector<std::vector<double>> initial;
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> jitter(-1e-3, 1e-3);
    for (std::size_t m = 0; m < members.size(); ++m) {
        std::vector<double> st;
        for (int node = 0; node < spec.nodes; ++node) {
            st.push_back(0.0680655 + jitter(rng));
            st.push_back(2.1741882 + jitter(rng));
        }
        initial.push_back(st);
    }
    EnsembleSchedule s;
    s.samples = 1500;
    s.threads = 2;
    s.block = 8;
    compareWithNetwork(spec, members, initial, s, {{"N", "11"}, {"R", "2"}, {"triangles", "all"}}, 1e-12);
}

namespace {
// Reports cancellation from its third poll on: the first poll is parallelFor's before the
// first task, so the cancel must be seen by the kernel's own polling inside the run.
class CancelOnThirdPoll : public Progress {
public:
    bool isCanceled() const override { return ++m_polls >= 3; }

private:
    mutable std::atomic<int> m_polls{0};
};
} // namespace

void TestEnsemble::ringStarCancel()
{
    CancelOnThirdPoll flag;
    RingStarEnsembleSpec spec;
    spec.nodes = 10;
    std::vector<RingStarMember> members(40);
    EnsembleSchedule s;
    s.transient = 100000000; // hours without a cancel
    s.block = 8;
    s.threads = 1;
    const auto r = runRingStarEnsemble(spec, members, {std::vector<double>(20, 0.5)}, s, &flag);
    QVERIFY(r.canceled);
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
    RingStarMember bad;
    bad.sigma2 = NAN;
    QVERIFY_THROWS_EXCEPTION(InputError, runRingStarEnsemble(spec, {bad}, {std::vector<double>(20)}, s));
}

QTEST_APPLESS_MAIN(TestEnsemble)
#include "tst_ensemble.moc"
