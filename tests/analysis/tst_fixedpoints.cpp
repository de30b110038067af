// Fixed points against independent oracles: Chialvo by bisection on its scalar fixed-point
// equation (every sign change on a fine grid) and the published multiplier modulus, Rulkov's
// closed form (sigma, sigma - alpha/(1 + sigma^2)) with eigenvalues from the quadratic
// formula, Hénon's two analytic fixed points, and a flow's equilibria.
#include "analysis/fixedpoints.h"
#include "common/errors.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "maps/rulkov.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>
#include <complex>

using namespace nd;

class TestFixedPoints : public QObject {
    Q_OBJECT
private slots:
    void chialvo_data();
    void chialvo();
    void rulkov();
    void henon();
    void homogeneousStateOfRingStar();
    void identicalForAnyThreadCount();
    void rejectsBadOptions();
};

namespace {
// All roots of g(x) = x^2 exp(y(x) - x) + k0 - x with y(x) = (c - b x)/(1 - a) in [lo, hi].
std::vector<double> chialvoRoots(const ChialvoParameters& p, double lo, double hi)
{
    auto g = [&](double x) { return x * x * std::exp((p.c - p.b * x) / (1.0 - p.a) - x) + p.k0 - x; };
    std::vector<double> roots;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        double a = lo + (hi - lo) * i / n, b = lo + (hi - lo) * (i + 1) / n;
        if ((g(a) > 0) == (g(b) > 0))
            continue;
        for (int k = 0; k < 200; ++k) {
            const double mid = 0.5 * (a + b);
            ((g(mid) > 0) == (g(a) > 0) ? a : b) = mid;
        }
        roots.push_back(0.5 * (a + b));
    }
    return roots;
}

// Eigenvalues of a real 2 x 2 matrix by the quadratic formula.
std::pair<std::complex<double>, std::complex<double>> eig2(double a, double b, double c, double d)
{
    const double tr = a + d, det = a * d - b * c;
    const std::complex<double> disc = std::sqrt(std::complex<double>(tr * tr - 4 * det));
    return {0.5 * (tr + disc), 0.5 * (tr - disc)};
}
} // namespace

void TestFixedPoints::chialvo_data()
{
    QTest::addColumn<double>("b");
    QTest::newRow("b=0.6") << 0.6;
    QTest::newRow("b=0.18") << 0.18;
    QTest::newRow("b=0.05") << 0.05;
}

void TestFixedPoints::chialvo()
{
    QFETCH(double, b);
    const ChialvoParameters p{0.89, b, 0.28, 0.03};
    ChialvoMap m(p);
    FixedPointOptions o;
    o.boxMin = {-1.0, -10.0};
    o.boxMax = {6.0, 10.0};
    o.seeds = 400;
    const auto fps = findFixedPoints(m, o);
    const auto roots = chialvoRoots(p, -1.0, 6.0);
    QCOMPARE(fps.size(), roots.size());
    for (std::size_t i = 0; i < roots.size(); ++i) {
        QVERIFY(std::fabs(fps[i].state[0] - roots[i]) < 1e-9);
        QVERIFY(std::fabs(fps[i].state[1] - (p.c - p.b * roots[i]) / (1 - p.a)) < 1e-9);
        const double x = roots[i], y = fps[i].state[1], e = std::exp(y - x);
        const auto [l1, l2] = eig2((2 * x - x * x) * e, x * x * e, -p.b, p.a);
        QVERIFY(std::fabs(fps[i].moduli[0] - std::max(std::abs(l1), std::abs(l2))) < 1e-9);
        QVERIFY(std::fabs(fps[i].determinant - ((2 * x - x * x) * e * p.a + p.b * x * x * e)) < 1e-12);
    }
    if (b == 0.6) {
        QCOMPARE(fps.size(), std::size_t(1));
        QVERIFY(std::fabs(fps[0].state[0] - 0.0680655) < 1e-6);
        QVERIFY(std::fabs(fps[0].state[1] - 2.1741882) < 1e-6);
        QVERIFY(std::fabs(fps[0].moduli[0] - 0.99218) < 1e-5);
        QCOMPARE(fps[0].stability, Stability::StableFocus);
    }
}

void TestFixedPoints::rulkov()
{
    for (double sigma : {-1.0, -0.5, 0.3}) {
        RulkovMap m(RulkovParameters{4.1, 0.001, sigma});
        const auto fps = findFixedPoints(m, {});
        QCOMPARE(fps.size(), std::size_t(1));
        const double x = sigma, y = sigma - 4.1 / (1 + sigma * sigma);
        QVERIFY(std::fabs(fps[0].state[0] - x) < 1e-10);
        QVERIFY(std::fabs(fps[0].state[1] - y) < 1e-10);
        const auto [l1, l2] = eig2(-2 * 4.1 * x / std::pow(1 + x * x, 2), 1.0, -0.001, 1.0);
        const double big = std::max(std::abs(l1), std::abs(l2)), small = std::min(std::abs(l1), std::abs(l2));
        QVERIFY(std::fabs(fps[0].moduli[0] - big) < 1e-9);
        QVERIFY(std::fabs(fps[0].moduli[1] - small) < 1e-9);
        const bool complex = std::fabs(l1.imag()) > 0;
        Stability expected = big < 1 ? (complex ? Stability::StableFocus : Stability::StableNode)
                             : small > 1 ? (complex ? Stability::UnstableFocus : Stability::UnstableNode)
                                         : Stability::Saddle;
        QCOMPARE(fps[0].stability, expected);
    }
}

void TestFixedPoints::henon()
{
    HenonMap m;
    const double a = 1.4, b = 0.3;
    const auto fps = findFixedPoints(m, {});
    QCOMPARE(fps.size(), std::size_t(2));
    const double d = std::sqrt((1 - b) * (1 - b) + 4 * a);
    const double xs[2] = {(-(1 - b) - d) / (2 * a), (-(1 - b) + d) / (2 * a)};
    for (int i = 0; i < 2; ++i) {
        QVERIFY(std::fabs(fps[i].state[0] - xs[i]) < 1e-12);
        QVERIFY(std::fabs(fps[i].state[1] - b * xs[i]) < 1e-12);
        QVERIFY(std::fabs(fps[i].determinant + b) < 1e-14); // det J = -b everywhere
        // lambda^2 + 2 a x lambda - b = 0: real roots -a x +- sqrt(a^2 x^2 + b).
        const double s = std::sqrt(a * a * xs[i] * xs[i] + b);
        const double m1 = std::fabs(-a * xs[i] + s), m2 = std::fabs(-a * xs[i] - s);
        QVERIFY(std::fabs(fps[i].moduli[0] - std::max(m1, m2)) < 1e-10);
        QVERIFY(std::fabs(fps[i].moduli[1] - std::min(m1, m2)) < 1e-10);
        QCOMPARE(fps[i].stability, Stability::Saddle); // both saddles at (1.4, 0.3)
    }
    // a = 0.2: the right fixed point is a stable node (flip at a = 3(1 - b)^2/4 = 0.3675).
    m.setParameter("a", 0.2);
    const auto stable = findFixedPoints(m, {});
    QCOMPARE(stable.size(), std::size_t(2));
    QCOMPARE(stable[1].stability, Stability::StableNode);
    QCOMPARE(stable[1].unstableCount, 0);
}

void TestFixedPoints::homogeneousStateOfRingStar()
{
    // On the synchronisation manifold every diffusive term vanishes (models.md), so the
    // Chialvo fixed point repeated on every node is a network fixed point for any coupling.
    std::unique_ptr<Model> net = createModel("ring-star", {{"N", "6"}, {"R", "1"}, {"node", "chialvo"}});
    net->setParameter("mu", 0.05);
    net->setParameter("sigma", 0.08);
    const ChialvoParameters p{net->parameter("a"), net->parameter("b"), net->parameter("c"), net->parameter("k0")};
    const auto roots = chialvoRoots(p, -1.0, 6.0);
    QCOMPARE(roots.size(), std::size_t(1));
    FixedPointOptions o;
    o.seeds = 64;
    o.boxMin.assign(12, -1.0);
    o.boxMax.assign(12, 4.0);
    const auto fps = findFixedPoints(*net, o);
    int homogeneous = 0;
    for (const auto& fp : fps) {
        if (!fp.homogeneous)
            continue;
        ++homogeneous;
        const auto names = net->variableNames();
        for (std::size_t i = 0; i < names.size(); ++i) {
            const double expected = names[i][0] == 'x' ? roots[0] : (p.c - p.b * roots[0]) / (1 - p.a);
            QVERIFY(std::fabs(fp.state[i] - expected) < 1e-9);
        }
    }
    QCOMPARE(homogeneous, 1);
}

void TestFixedPoints::identicalForAnyThreadCount()
{
    ChialvoMap m(ChialvoParameters{0.89, 0.05, 0.28, 0.03});
    FixedPointOptions o;
    o.threads = 1;
    const auto a = findFixedPoints(m, o);
    o.threads = 2;
    const auto b = findFixedPoints(m, o);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY(a[i].state == b[i].state);
}

void TestFixedPoints::rejectsBadOptions()
{
    HenonMap m;
    FixedPointOptions o;
    o.seeds = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, findFixedPoints(m, o));
    o = {};
    o.boxMin = {0.0};
    o.boxMax = {1.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findFixedPoints(m, o));
    o = {};
    o.boxMin = {1.0, 1.0};
    o.boxMax = {0.0, 2.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findFixedPoints(m, o));
}

QTEST_APPLESS_MAIN(TestFixedPoints)
#include "tst_fixedpoints.moc"
