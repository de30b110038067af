// Fixed points against independent oracles: Chialvo by bisection on its scalar fixed-point
// equation (every sign change on a fine grid) and the published multiplier modulus, Rulkov's
// closed form (sigma, sigma - alpha/(1 + sigma^2)) with eigenvalues from the quadratic
// formula, Hénon's two analytic fixed points, and a flow's equilibria. The critical set
// (det J = 0) against closed forms: the logistic critical point 1/2 and value r/4, the cubic
// map's +-sqrt(r/3), the Chialvo map's two lines x = 0 and x = 2a/(a - b) (det J =
// x e^(y-x) (a(2 - x) + b x)), and the hyperbola 4xy = 1 of (x + y^2, y + x^2). Slices of
// networks: a decoupled chain's Jacobian is block diagonal, so det J is the product of the
// nodes' determinants and a slice over one node's (x, y) has that node's critical set; the
// images are F of the points; the orbit fraction's bounds follow from the triangle inequality.
#include "analysis/fixedpoints.h"
#include "common/errors.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "maps/rulkov.h"
#include "model/registry.h"
#include "simulate/trajectory.h"

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
    void logisticCriticalPoint();
    void cubicCriticalPoints();
    void chialvoCriticalLines();
    void hyperbolaCriticalCurve();
    void criticalSetBadInput();
    void decoupledNetworkSlice();
    void chialvoChainSliceFollowsOrbit();
    void sliceImagesAreTheMap();
    void orbitFractionBounds();
    void sliceBadInput();
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

// x' = r x - x^3 (critical points +-sqrt(r/3)) or, in 2-D, (x + y^2, y + x^2) (det J = 1 - 4xy).
class PolynomialMap : public Model {
public:
    explicit PolynomialMap(int dim) : Model({{"r", 1.5, -10, 10, 0, 3, ""}}), m_dim(dim) {}
    std::string typeName() const override { return "test-polynomial"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_dim; }
    std::vector<std::string> variableNames() const override
    {
        return m_dim == 1 ? std::vector<std::string>{"x"} : std::vector<std::string>{"x", "y"};
    }
    std::vector<double> defaultInitialState() const override
    {
        return std::vector<double>(std::size_t(m_dim), 0.0);
    }
    void evaluate(const double* x, double* out) const override
    {
        if (m_dim == 1) {
            out[0] = parameter(0) * x[0] - x[0] * x[0] * x[0];
            return;
        }
        out[0] = x[0] + x[1] * x[1];
        out[1] = x[1] + x[0] * x[0];
    }
    void jacobian(const double* x, double* j) const override
    {
        if (m_dim == 1) {
            j[0] = parameter(0) - 3 * x[0] * x[0];
            return;
        }
        j[0] = 1;
        j[1] = 2 * x[1];
        j[2] = 2 * x[0];
        j[3] = 1;
    }
    std::unique_ptr<Model> clone() const override { return std::make_unique<PolynomialMap>(*this); }

private:
    int m_dim;
};

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
        Stability expected = big < 1     ? (complex ? Stability::StableFocus : Stability::StableNode)
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
    const ChialvoParameters p{net->parameter("a"), net->parameter("b"), net->parameter("c"),
                              net->parameter("k0")};
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

void TestFixedPoints::logisticCriticalPoint()
{
    // f'(x) = r (1 - 2x): the critical point 1/2, its image the critical value r/4. The box
    // [0, 1] puts 1/2 exactly on the grid; [-3, 4] does not.
    for (double r : {2.5, 3.7, 4.0}) {
        LogisticMap m;
        m.setParameter("r", r);
        for (const auto& [lo, hi] : {std::pair{0.0, 1.0}, std::pair{-3.0, 4.0}}) {
            CriticalSetOptions o;
            o.boxMin = {lo};
            o.boxMax = {hi};
            o.resolution = 400;
            const CriticalSet s = findCriticalSet(m, o);
            QCOMPARE(s.points.size(), std::size_t(1));
            QVERIFY(std::fabs(s.points[0][0] - 0.5) < 1e-15);
            QVERIFY(std::fabs(s.images[0][0] - r / 4) < 1e-15);
            QVERIFY(std::fabs(s.determinants[0]) < 1e-14);
            QVERIFY(s.segments.empty());
        }
    }
}

void TestFixedPoints::cubicCriticalPoints()
{
    const double r = 1.7, c = std::sqrt(r / 3);
    PolynomialMap m(1);
    m.setParameter("r", r);
    const CriticalSet s = findCriticalSet(m, {}); // default box: 0 -+ 10
    QCOMPARE(s.points.size(), std::size_t(2));
    QVERIFY(std::fabs(s.points[0][0] + c) < 1e-14 && std::fabs(s.points[1][0] - c) < 1e-14);
    // f(+-c) = +-(2r/3) c: the local extremum values bounding the absorbing interval.
    QVERIFY(std::fabs(s.images[0][0] + 2 * r / 3 * c) < 1e-14);
    QVERIFY(std::fabs(s.images[1][0] - 2 * r / 3 * c) < 1e-14);
}

void TestFixedPoints::chialvoCriticalLines()
{
    const ChialvoParameters p{0.89, 0.6, 0.28, 0.03};
    ChialvoMap m(p);
    const double line2 = 2 * p.a / (p.a - p.b); // 6.1379...
    CriticalSetOptions o;
    o.boxMin = {-1.0, -3.0};
    o.boxMax = {8.0, 3.0};
    o.resolution = 200;
    const CriticalSet s = findCriticalSet(m, o);
    int onZero = 0, onLine2 = 0;
    double minY[2] = {1e9, 1e9}, maxY[2] = {-1e9, -1e9};
    for (std::size_t k = 0; k < s.points.size(); ++k) {
        const double x = s.points[k][0], y = s.points[k][1];
        const int which = std::fabs(x) < 1e-14 ? 0 : std::fabs(x - line2) < 1e-13 * line2 ? 1 : -1;
        QVERIFY2(which >= 0, qPrintable(QStringLiteral("point (%1, %2) is on neither line").arg(x).arg(y)));
        (which == 0 ? onZero : onLine2)++;
        minY[which] = std::min(minY[which], y);
        maxY[which] = std::max(maxY[which], y);
        if (which == 0) { // F(0, y) = (k0, a y + c): LC of the line x = 0 is the line x = k0
            QVERIFY(std::fabs(s.images[k][0] - p.k0) < 1e-15);
            QVERIFY(std::fabs(s.images[k][1] - (p.a * y + p.c)) < 1e-14);
        }
    }
    // Each line crosses the 201 horizontal grid lines once; its points span the box in y.
    QCOMPARE(onZero, 201);
    QCOMPARE(onLine2, 201);
    for (int w = 0; w < 2; ++w)
        QVERIFY(minY[w] == -3.0 && maxY[w] == 3.0);
    // The curve joins neighbours on the same line, one cell apart.
    QCOMPARE(s.segments.size(), std::size_t(400));
    for (const auto& [a, b] : s.segments) {
        const auto& pa = s.points[static_cast<std::size_t>(a)];
        const auto& pb = s.points[static_cast<std::size_t>(b)];
        QVERIFY(std::fabs(pa[0] - pb[0]) < 1e-12 && std::fabs(std::fabs(pa[1] - pb[1]) - 0.03) < 1e-12);
    }
}

void TestFixedPoints::hyperbolaCriticalCurve()
{
    PolynomialMap m(2);
    CriticalSetOptions o;
    o.boxMin = {-2.0, -2.0};
    o.boxMax = {2.0, 2.0};
    o.resolution = 100;
    const CriticalSet s = findCriticalSet(m, o);
    QVERIFY(s.points.size() > 100);
    int positiveBranch = 0;
    for (std::size_t k = 0; k < s.points.size(); ++k) {
        const double x = s.points[k][0], y = s.points[k][1];
        QVERIFY(std::fabs(4 * x * y - 1) < 1e-13);
        positiveBranch += x > 0;
        QVERIFY(std::fabs(s.images[k][0] - (x + y * y)) < 1e-15 &&
                std::fabs(s.images[k][1] - (y + x * x)) < 1e-15);
    }
    // Symmetric under (x, y) -> (-x, -y): as many points on each branch.
    QCOMPARE(2 * positiveBranch, static_cast<int>(s.points.size()));
    // x runs from 1/8 to 2 on the branch inside the box: the sampled points reach both ends.
    double lo = 10, hi = 0;
    for (const auto& pt : s.points)
        if (pt[0] > 0) {
            lo = std::min(lo, pt[0]);
            hi = std::max(hi, pt[0]);
        }
    QVERIFY(std::fabs(lo - 0.125) < 0.04 && std::fabs(hi - 2.0) < 0.04);
    // Segments join points of one branch within a cell (diagonal 0.04 * sqrt 2).
    QVERIFY(s.segments.size() + 2 == s.points.size()); // two open arcs
    for (const auto& [a, b] : s.segments) {
        const auto& pa = s.points[static_cast<std::size_t>(a)];
        const auto& pb = s.points[static_cast<std::size_t>(b)];
        QVERIFY((pa[0] > 0) == (pb[0] > 0));
        QVERIFY(std::hypot(pa[0] - pb[0], pa[1] - pb[1]) < 0.0566);
    }
}

void TestFixedPoints::criticalSetBadInput()
{
    const auto ring = createModel("ring-star", {{"N", "4"}, {"R", "1"}});
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*ring, {}));
    const auto flow = createModel("kuramoto", {{"N", "2"}});
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*flow, {}));
    HenonMap henon;
    CriticalSetOptions o;
    o.boxMin = {0.0};
    o.boxMax = {1.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(henon, o));
    o.boxMin = {1.0, 0.0};
    o.boxMax = {1.0, 1.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(henon, o));
    o = {};
    o.resolution = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(henon, o));
    // Hénon: det J = -b everywhere, so the map is invertible and the critical set is empty.
    const CriticalSet none = findCriticalSet(henon, {});
    QVERIFY(none.points.empty() && none.images.empty());
}

namespace {
std::unique_ptr<Model> chialvoChain(double s12, double s21)
{
    auto net = createModel("chain", {{"nodes", "chialvo,chialvo"}});
    net->setParameter("sigma_12", s12);
    net->setParameter("sigma_21", s21);
    return net;
}
} // namespace

void TestFixedPoints::decoupledNetworkSlice()
{
    // Without coupling J = diag(J_1(x0, y0), J_2(x1, y1)), so det J = det J_1 * det J_2: with the
    // other node fixed where det J_2 != 0 (x1 = 1: det J_2 = e^(y-x) x (2a - (a - b) x) =
    // e^(-0.5) (a + b) > 0) the slice's zero set is the single map's LC_-1, point for point (the
    // signs on the grid are the single map's, so the same edges are bisected the same way).
    const auto net = chialvoChain(0.0, 0.0);
    const ChialvoParameters p{net->parameter("a"), net->parameter("b"), net->parameter("c"),
                              net->parameter("k0")};
    ChialvoMap single(p);
    CriticalSetOptions o;
    o.boxMin = {-1.0, -3.0};
    o.boxMax = {8.0, 3.0};
    o.resolution = 120;
    const CriticalSet ref = findCriticalSet(single, o);
    QVERIFY(ref.points.size() > 100);
    for (int node : {0, 1}) {
        CriticalSetOptions so = o;
        so.slice = {2 * node, 2 * node + 1};
        so.sliceStates = {{1.0, 0.5, 1.0, 0.5}};
        const CriticalSet s = findCriticalSet(*net, so);
        QCOMPARE(s.points.size(), ref.points.size());
        QVERIFY(s.segments == ref.segments);
        const std::size_t other = node == 0 ? 2 : 0;
        for (std::size_t k = 0; k < s.points.size(); ++k) {
            QVERIFY(std::fabs(s.points[k][2 * static_cast<std::size_t>(node)] - ref.points[k][0]) < 1e-12);
            QVERIFY(std::fabs(s.points[k][2 * static_cast<std::size_t>(node) + 1] - ref.points[k][1]) <
                    1e-12);
            QCOMPARE(s.points[k][other], 1.0);
            QCOMPARE(s.points[k][other + 1], 0.5);
            QCOMPARE(s.sliceOf[k], 0);
        }
    }
}

void TestFixedPoints::chialvoChainSliceFollowsOrbit()
{
    // Chialvo node: x' = x^2 e^(y - x) + k0, y' = a y - b x + c, so
    //   J = [[(2x - x^2) e^(y-x), x^2 e^(y-x)], [-b, a]],
    //   det J = e^(y-x) (a (2x - x^2) + b x^2) = x e^(y-x) (2a - (a - b) x),
    // zero exactly on the lines x = 0 and x = 2a / (a - b). In a decoupled chain every slice
    // over node 1's (x0, y0) through a point of an orbit where node 2's det is not 0 holds
    // exactly these two lines, whatever the other node's state.
    const auto net = chialvoChain(0.0, 0.0);
    const double a = net->parameter("a"), b = net->parameter("b");
    const double line2 = 2 * a / (a - b);
    SimulationOptions sim;
    sim.transient = 200;
    sim.samples = 40;
    const Trajectory t = simulateMap(*net, std::vector<double>{0.3, 0.1, 1.2, 0.4}, sim);
    CriticalSetOptions o;
    o.slice = {0, 1};
    o.boxMin = {-1.0, -3.0};
    o.boxMax = {8.0, 3.0};
    o.resolution = 60;
    for (std::size_t r = 0; r < t.rows(); r += 8)
        o.sliceStates.push_back({t.at(r, 0), t.at(r, 1), t.at(r, 2), t.at(r, 3)});
    const CriticalSet s = findCriticalSet(*net, o);
    QVERIFY(!s.points.empty());
    std::vector<int> perSlice(o.sliceStates.size(), 0);
    for (std::size_t k = 0; k < s.points.size(); ++k) {
        const double x = s.points[k][0];
        QVERIFY2(std::fabs(x) < 1e-14 || std::fabs(x - line2) < 1e-13 * line2,
                 qPrintable(QStringLiteral("x0 = %1 is on neither line").arg(x)));
        const auto& state = o.sliceStates[static_cast<std::size_t>(s.sliceOf[k])];
        QCOMPARE(s.points[k][2], state[2]);
        QCOMPARE(s.points[k][3], state[3]);
        ++perSlice[static_cast<std::size_t>(s.sliceOf[k])];
    }
    // Both lines cross the box from y = -3 to 3: every slice has the same number of points.
    for (int n : perSlice)
        QCOMPARE(n, perSlice.front());
}

void TestFixedPoints::sliceImagesAreTheMap()
{
    // Coupled chain: the image of every LC_-1 point is F of that full state, and the located
    // point's det J is ~0 next to the grid's values (bisection to machine precision).
    const auto net = chialvoChain(0.12, 0.07);
    CriticalSetOptions o;
    o.slice = {2, 1}; // x1 across, y0 up: any two variables, in any order
    o.sliceStates = {{1.1, 0.2, 0.0, 0.0}};
    o.boxMin = {-1.0, -2.0};
    o.boxMax = {7.0, 2.0};
    o.resolution = 80;
    const CriticalSet s = findCriticalSet(*net, o);
    QVERIFY(s.points.size() > 10);
    std::vector<double> image(4);
    for (std::size_t k = 0; k < s.points.size(); ++k) {
        net->evaluate(s.points[k].data(), image.data());
        QVERIFY(s.images[k] == image);
        QCOMPARE(s.points[k][0], 1.1);
        QCOMPARE(s.points[k][3], 0.0);
        QVERIFY(std::fabs(s.determinants[k]) < 1e-12);
    }
}

void TestFixedPoints::orbitFractionBounds()
{
    const auto net = chialvoChain(0.05, 0.05);
    SimulationOptions sim;
    sim.transient = 500;
    sim.samples = 300;
    const Trajectory t = simulateMap(*net, std::vector<double>{0.3, 0.1, 1.2, 0.4}, sim);
    std::vector<std::vector<double>> orbit;
    for (std::size_t r = 0; r < t.rows(); ++r)
        orbit.push_back({t.at(r, 0), t.at(r, 1), t.at(r, 2), t.at(r, 3)});
    CriticalSetOptions o;
    o.slice = {0, 1};
    o.sliceStates = {orbit[0], orbit[150]};
    o.boxMin = {-1.0, -3.0};
    o.boxMax = {8.0, 3.0};
    o.resolution = 50;
    const CriticalSet s = findCriticalSet(*net, o);
    QVERIFY(!s.points.empty());
    // "Strictly below d": nothing is closer than 0.
    QCOMPARE(fractionNearCriticalSet(s, orbit, 0.0), 0.0);
    // For every orbit point p: dist(p, LC_-1) <= |p - orbit[0]| + |orbit[0] - s.points[0]|
    // <= diam + |orbit[0] - s.points[0]| (triangle inequality), so that distance covers all.
    double diam = 0.0, offset = 0.0;
    for (const auto& p : orbit)
        for (const auto& q : orbit) {
            double d = 0.0;
            for (std::size_t k = 0; k < 4; ++k)
                d += (p[k] - q[k]) * (p[k] - q[k]);
            diam = std::max(diam, std::sqrt(d));
        }
    for (std::size_t k = 0; k < 4; ++k)
        offset += (orbit[0][k] - s.points[0][k]) * (orbit[0][k] - s.points[0][k]);
    QCOMPARE(fractionNearCriticalSet(s, orbit, diam + std::sqrt(offset) + 1e-9), 1.0);
    // Monotone in d, and a point of LC_-1 itself is at distance 0 from it.
    const double f1 = fractionNearCriticalSet(s, orbit, 0.1), f2 = fractionNearCriticalSet(s, orbit, 0.5);
    QVERIFY(f1 <= f2);
    QCOMPARE(fractionNearCriticalSet(s, {s.points[3]}, 1e-12), 1.0);
    QVERIFY_THROWS_EXCEPTION(InputError, fractionNearCriticalSet(s, orbit, -0.1));
}

void TestFixedPoints::sliceBadInput()
{
    const auto net = chialvoChain(0.1, 0.1);
    CriticalSetOptions o;
    o.slice = {0};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // one variable
    o.slice = {0, 4};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // not in the model
    o.slice = {1, 1};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // the same twice
    o.slice = {0, 1};
    o.boxMin = {0.0, 1.0};
    o.boxMax = {0.0, 2.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // empty box
    o.boxMin = {0.0, 1.0, 0.0, 0.0};
    o.boxMax = {1.0, 2.0, 1.0, 1.0};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // box over all variables
    o.boxMin = {};
    o.boxMax = {};
    o.resolution = 20001;
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o));
    o.resolution = 10;
    o.sliceStates = {{0.0, 0.0}};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o)); // slice state too short
    o.sliceStates = {{0.0, 0.0, std::nan(""), 0.0}};
    QVERIFY_THROWS_EXCEPTION(InputError, findCriticalSet(*net, o));
    o.sliceStates = {};
    QVERIFY(findCriticalSet(*net, o).sliceOf.size() == findCriticalSet(*net, o).points.size());
}

QTEST_APPLESS_MAIN(TestFixedPoints)
#include "tst_fixedpoints.moc"
