// Criticality of the LP, PD and NS points of one-parameter branches: the normal-form
// coefficient and verdict that continuation attaches to each, against closed forms, and every
// verdict cross-checked by simulating the map just past the point (a supercritical point leaves a
// small attractor whose size grows like the square root of the distance with the prefactor the
// coefficient predicts; past a subcritical one orbits leave the neighbourhood).
//
// Conventions (normalform.h): |q| = 1, p.q = 1 (<p,q> = 1 for NS); flip F^K ~ -xi + c xi^3,
// c > 0 supercritical; NS F^K ~ e^(i theta) xi (1 + d |xi|^2), Re d < 0 supercritical; fold
// F^K ~ xi + beta + a xi^2 with beta = p.dF/dp (p - p*).
//
// Closed forms used below:
// - logistic x -> r x (1 - x) at r = 3, x* = 2/3: with xi = x - x*, f(xi) = -xi - 3 xi^2 exactly,
//   so f(f(xi)) = xi + 3 xi^2 - 3 (xi + 3 xi^2)^2 = xi - 18 xi^3 - 27 xi^4. The flip normal form
//   -xi + c xi^3 has the second iterate xi - 2 c xi^3 (the near-identity change that removes the
//   quadratic term does not change the cubic term of the second iterate), so c = 9 > 0:
//   supercritical. Past the flip the multiplier is 2 - r = -(1 + mu), mu = r - 3, and the 2-cycle
//   has xi^2 = mu / c: half the distance between its points is sqrt((r - 3) / 9).
// - Hénon (x, y) -> (1 - a x^2 + y, b x): the fixed point's multiplier is -1 where
//   1 - 2 a x* - b = 0, i.e. x* = (1 - b) / (2a), and x* solves a x^2 + (1 - b) x - 1 = 0, so
//   a* = 3 (1 - b)^2 / 4. There A = [[-(1 - b), 1], [b, 0]], A + I = [[b, 1], [b, 1]], so
//   q = (1, -b)/sqrt(1 + b^2), p = sqrt(1 + b^2)/(1 + b) (1, -1) (p.q = 1), B(u, v) =
//   (-2 a u1 v1, 0), C = 0. (I - A)^-1 = [[1, 1], [b, 2 - b]] / (2 (1 - b)), so
//   h = (I - A)^-1 B(q,q) = -a (1, b) / ((1 - b)(1 + b^2)),
//   B(q, h) = (2 a^2 / ((1 - b)(1 + b^2)^(3/2)), 0) and c = (1/6) 3 p.B(q, h) =
//   a^2 / ((1 - b^2)(1 + b^2)) = 9 (1 - b)^3 / (16 (1 + b)(1 + b^2)) at a* (b = 0.3: 0.1361591;
//   b = 0 gives 9/16, the logistic's 9 scaled by (a/r)^2 = 1/16: x -> 1 - a x^2 is the logistic
//   in the variable x = (r/a)(u - 1/2)).
// - delayed logistic (x, y) -> (r x (1 - y), x) at r = 2, about (1/2, 1/2): u' = u - v - 2 u v,
//   v' = u, A = [[1, -1], [1, 0]], lambda = e^(i pi/3) (lambda^2 = lambda - 1, lambda^3 = -1),
//   B(s, t) = (-2 (s1 t2 + s2 t1), 0), C = 0. q = (lambda, 1)/sqrt 2, p = k (1, -lambda) with
//   k = i sqrt(2/3) (<p,q> = 1). B(q,q) = (-2 lambda, 0), B(q,qbar) = (-1, 0),
//   h11 = (I - A)^-1 B(q,qbar) = (-1, -1), h20 = (lambda^2 I - A)^-1 B(q,q) = (lambda, -lambda^2),
//   2 B(q, h11) = (4 (1 + lambda)/sqrt 2, 0), B(qbar, h20) = 0, so
//   d = (1/2) lambdabar <p, 4 (1 + lambda)/sqrt 2 e1> = -2i (1 + lambdabar)/sqrt 3 = -1 - i sqrt 3:
//   Re d = -1, supercritical. Past it |multiplier| = sqrt(r - 1) = 1 + mu and the circle has
//   |xi|^2 = -mu / Re d; the state is x* + 2 Re(xi q), whose RMS distance from the centre over
//   the circle is sqrt 2 |xi|.
// - fold: (x, y) -> (x + mu - x^2 + beta x y, y/2 + x). Fixed points: y = 2x, mu = (1 - 2 beta) x^2,
//   a fold at mu = 0. A = [[1, 0], [1, 1/2]], q = (1, 2)/sqrt 5, p = sqrt 5 (1, 0),
//   dF/dmu = (1, 0) (p.dF/dmu = sqrt 5 > 0: q keeps its orientation), B(q,q) = (-2 q1^2 +
//   2 beta q1 q2, 0), so a = (2 beta - 1)/sqrt 5: a < 0 (beta = 0) the fixed points exist above
//   the fold, a > 0 (beta = 1) below it, beta = 1/2 degenerate. On the existing side the stable
//   fixed point lies at |xi| = sqrt(-p.dF/dmu (mu - mu*) / a) from the fold point.
// - Hénon fold at a0 = -(1 - b)^2 / 4, x* = 2 / (1 - b): A = [[1 - b, 1], [b, 0]], q = (1, b) /
//   sqrt(1 + b^2), p = sqrt(1 + b^2)/(1 + b) (1, 1), dF/da = (-x*^2, 0) so p.dF/da < 0 and both
//   turn over: a = -(1/2) p.B(q,q) = a0 / ((1 + b) sqrt(1 + b^2)) = -(1 - b)^2 / (4 (1 + b)
//   sqrt(1 + b^2)) < 0: the fixed points exist above the fold (b = 0.3: -0.0902567).
// - subcritical flip: x -> -(1 + mu) x + a x^2 - x^3, c = -1 + a^2 (tst_normalform's family),
//   a = 0.5: c = -0.75 < 0.
// - Neimark-Sacker of z -> e^(i w) z (1 + mu + nu |z|^2) in (x, y): q = (1, -i)/sqrt 2 makes
//   z = sqrt 2 xi, so d = 2 nu (nu > 0: subcritical).
#include "branchlookup.h"
#include "continuation/branchexport.h"
#include "continuation/cyclecontinuation.h"
#include "continuation/normalform.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace nd;

namespace {

// A map model from two functions, for the closed-form families above.
class TestMap : public Model {
public:
    using Fn = std::function<void(const double* p, const double* x, double* out)>;
    TestMap(std::vector<std::string> parameterNames, std::vector<double> values, int dimension, Fn f, Fn jac)
        : Model(specs(parameterNames, values)), m_n(dimension), m_f(std::move(f)), m_jac(std::move(jac))
    {
    }
    std::string typeName() const override { return "test-map"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_n; }
    std::vector<std::string> variableNames() const override
    {
        std::vector<std::string> out;
        for (int i = 0; i < m_n; ++i)
            out.push_back("x" + std::to_string(i + 1));
        return out;
    }
    void evaluate(const double* x, double* out) const override { m_f(parameters().data(), x, out); }
    void jacobian(const double* x, double* j) const override { m_jac(parameters().data(), x, j); }
    std::unique_ptr<Model> clone() const override { return std::make_unique<TestMap>(*this); }

private:
    static std::vector<ParameterSpec> specs(const std::vector<std::string>& names,
                                            const std::vector<double>& v)
    {
        std::vector<ParameterSpec> out;
        for (std::size_t i = 0; i < names.size(); ++i)
            out.push_back({names[i], v[i], -10, 10, -1, 1, ""});
        return out;
    }
    int m_n;
    Fn m_f, m_jac;
};

TestMap foldMap(double beta)
{
    return TestMap(
        {"mu", "beta"}, {0.0, beta}, 2,
        [](const double* p, const double* s, double* o) {
            o[0] = s[0] + p[0] - s[0] * s[0] + p[1] * s[0] * s[1];
            o[1] = 0.5 * s[1] + s[0];
        },
        [](const double* p, const double* s, double* j) {
            j[0] = 1 - 2 * s[0] + p[1] * s[1];
            j[1] = p[1] * s[0];
            j[2] = 1;
            j[3] = 0.5;
        });
}

// x -> -(1 + mu) x + a x^2 + nu x^3 + e x^5
TestMap flipMap(double a, double nu, double e)
{
    return TestMap(
        {"mu", "a", "nu", "e"}, {0.0, a, nu, e}, 1,
        [](const double* p, const double* s, double* o) {
            const double x = s[0];
            o[0] = -(1 + p[0]) * x + p[1] * x * x + p[2] * x * x * x + p[3] * std::pow(x, 5);
        },
        [](const double* p, const double* s, double* j) {
            const double x = s[0];
            j[0] = -(1 + p[0]) + 2 * p[1] * x + 3 * p[2] * x * x + 5 * p[3] * std::pow(x, 4);
        });
}

// z -> e^(i w) z (1 + mu + nu |z|^2)
TestMap polarMap(double w, double nu)
{
    return TestMap(
        {"mu", "nu", "w"}, {0.0, nu, w}, 2,
        [](const double* p, const double* s, double* o) {
            const double f = 1 + p[0] + p[1] * (s[0] * s[0] + s[1] * s[1]);
            const double c = std::cos(p[2]), sn = std::sin(p[2]);
            o[0] = f * (c * s[0] - sn * s[1]);
            o[1] = f * (sn * s[0] + c * s[1]);
        },
        [](const double* p, const double* s, double* j) {
            const double x = s[0], y = s[1], f = 1 + p[0] + p[1] * (x * x + y * y);
            const double c = std::cos(p[2]), sn = std::sin(p[2]);
            // D[f R s] = R (f I + 2 nu s s^T)
            const double m00 = f + 2 * p[1] * x * x, m01 = 2 * p[1] * x * y, m11 = f + 2 * p[1] * y * y;
            j[0] = c * m00 - sn * m01;
            j[1] = c * m01 - sn * m11;
            j[2] = sn * m00 + c * m01;
            j[3] = sn * m01 + c * m11;
        });
}

Branch branchOf(const Model& m, const std::string& parameter, std::vector<double> state, double start,
                double lo, double hi, int direction = +1)
{
    ContinuationOptions o;
    o.parameter = parameter;
    o.startValue = start;
    o.minimum = lo;
    o.maximum = hi;
    o.direction = direction;
    o.maxStep = 0.02;
    return continueCycle(m, state, 1, o);
}

// The orbit of `m` at parameter value v from x0: `keep` states after `transient` steps; empty if
// the orbit left the ball of radius `escape` around x0 (returned through `escaped`).
std::vector<std::vector<double>> orbit(const Model& model, const std::string& parameter, double v,
                                       std::vector<double> x, int transient, int keep, double escape,
                                       bool* escaped = nullptr)
{
    auto m = model.clone();
    m->setParameter(parameter, v);
    const std::vector<double> x0 = x;
    std::vector<double> next(x.size());
    std::vector<std::vector<double>> out;
    for (int k = 0; k < transient + keep; ++k) {
        m->evaluate(x.data(), next.data());
        x.swap(next);
        double distance = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i)
            distance = std::max(distance, std::fabs(x[i] - x0[i]));
        if (!(distance < escape)) {
            if (escaped)
                *escaped = true;
            return {};
        }
        if (k >= transient)
            out.push_back(x);
    }
    if (escaped)
        *escaped = false;
    return out;
}

double distance(const std::vector<double>& a, const std::vector<double>& b)
{
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(s);
}

// Half the distance between consecutive points of a 2-cycle (and a check that it is one).
double twoCycleAmplitude(const std::vector<std::vector<double>>& o)
{
    const std::size_t n = o.size();
    if (n < 3 || distance(o[n - 1], o[n - 3]) > 1e-9)
        return NAN;
    return 0.5 * distance(o[n - 1], o[n - 2]);
}

// RMS distance of an orbit's points from their mean.
double rmsRadius(const std::vector<std::vector<double>>& o)
{
    std::vector<double> mean(o.front().size(), 0.0);
    for (const auto& p : o)
        for (std::size_t i = 0; i < p.size(); ++i)
            mean[i] += p[i] / double(o.size());
    double s = 0.0;
    for (const auto& p : o)
        s += std::pow(distance(p, mean), 2);
    return std::sqrt(s / double(o.size()));
}

bool near(double value, double expected, double relative)
{
    return std::fabs(value - expected) <= relative * std::fabs(expected);
}

QString text(double value, double expected)
{
    return QStringLiteral("%1 vs expected %2").arg(value, 0, 'g', 10).arg(expected, 0, 'g', 10);
}

// Criticality of `a`'s map at x directly (the function continuation calls at located points).
Criticality flipAt(const Model& m, std::vector<double> x)
{
    CycleMap map(m, 1, {"mu"});
    Eigen::MatrixXd a;
    if (!map.monodromy(x.data(), a))
        a = Eigen::MatrixXd::Constant(m.dimension(), m.dimension(), NAN);
    return flipCriticality(map, x.data(), a);
}

} // namespace

class TestCriticality : public QObject {
    Q_OBJECT
private slots:
    void logisticFlip();
    void logisticSecondFlip();
    void henonFlip();
    void delayedLogisticNeimarkSacker();
    void fold();
    void henonFold();
    void subcriticalFlip();
    void subcriticalNeimarkSacker();
    void degenerate();
    void strongResonanceFlagged();
    void undefinedNeverCrashes();
    void multiplierNotSimple();
};

void TestCriticality::logisticFlip()
{
    const auto m = createModel("logistic");
    const Branch b = branchOf(*m, "r", {0.6}, 2.5, 2.5, 3.2);
    const SpecialPoint* pd = ndtest::findSpecial(b, "PD");
    QVERIFY2(pd, ndtest::specialLabels(b).c_str());
    const Criticality& c = pd->criticality;
    QCOMPARE(c.verdict, Verdict::Supercritical);
    QVERIFY2(near(c.coefficient, 9.0, 1e-6), qPrintable(text(c.coefficient, 9.0)));
    QVERIFY(c.normalForm.find("-xi + c xi^3") != std::string::npos);
    // Simulation: the 2-cycle just past r = 3 has half-width sqrt(mu / c), mu = r - 3.
    for (double eps : {1e-3, 4e-3}) {
        const auto o = orbit(*m, "r", 3.0 + eps, {2.0 / 3.0 + 0.01}, 200000, 4, 0.3);
        const double amplitude = twoCycleAmplitude(o);
        const double predicted = std::sqrt(eps / c.coefficient);
        QVERIFY2(near(amplitude, predicted, 0.03), qPrintable(text(amplitude, predicted)));
    }
}

void TestCriticality::logisticSecondFlip()
{
    // The period-2 branch switched to at r = 3 flips at r2 = 1 + sqrt 6, where its multiplier
    // f'(x1) f'(x2) = 4 + 2r - r^2 passes -1. The coefficient of F^2 there has no short closed
    // form; the simulation checks it: the 4-cycle just past r2 has points x_n, x_(n+2) (swapped
    // by F^2) at xi = sqrt(mu / c) from the 2-cycle point, mu = -1 - (4 + 2r - r^2). This checks
    // the period-K path (the coefficient of F^K from the monodromy's derivatives).
    const auto m = createModel("logistic");
    const Branch first = branchOf(*m, "r", {0.6}, 2.5, 2.5, 3.2);
    const SpecialPoint* pd = ndtest::findSpecial(first, "PD");
    QVERIFY(pd);
    ContinuationOptions o;
    o.maximum = 3.6;
    o.maxStep = 0.02;
    const Branch two = switchAtFlip(*m, first, *pd, o);
    QCOMPARE(two.period, 2);
    const SpecialPoint* pd2 = ndtest::findSpecial(two, "PD");
    QVERIFY2(pd2, ndtest::specialLabels(two).c_str());
    const double r2 = 1 + std::sqrt(6.0);
    QVERIFY(std::fabs(pd2->point.parameters[0] - r2) < 1e-8);
    const Criticality& c = pd2->criticality;
    QCOMPARE(c.verdict, Verdict::Supercritical);
    for (double eps : {1e-4, 4e-4}) {
        const double r = r2 + eps, mu = -1 - (4 + 2 * r - r * r);
        const auto o4 = orbit(*m, "r", r, {0.5}, 400000, 8, 2.0);
        QVERIFY(!o4.empty() && std::fabs(o4[7][0] - o4[3][0]) < 1e-9); // a 4-cycle
        // Measured around the cycle point the branch stores: the coefficient belongs to F^2 at
        // that point (at the other, F^2 is conjugated by f', which scales c by 1/f'^2).
        const double x1 = pd2->point.state[0];
        const std::size_t k = std::fabs(o4[7][0] - x1) < std::fabs(o4[6][0] - x1) ? 7 : 6;
        const double amplitude = 0.5 * std::fabs(o4[k][0] - o4[k - 2][0]);
        const double predicted = std::sqrt(mu / c.coefficient);
        QVERIFY2(near(amplitude, predicted, 0.03), qPrintable(text(amplitude, predicted)));
    }
}

void TestCriticality::henonFlip()
{
    const double bb = 0.3, aStar = 3 * (1 - bb) * (1 - bb) / 4;
    const double expected = 9 * std::pow(1 - bb, 3) / (16 * (1 + bb) * (1 + bb * bb));
    const auto m = createModel("henon");
    m->setParameter("b", bb);
    const auto fixedPoint = [bb](double a) {
        const double x = (-(1 - bb) + std::sqrt((1 - bb) * (1 - bb) + 4 * a)) / (2 * a);
        return std::vector<double>{x, bb * x};
    };
    const Branch b = branchOf(*m, "a", fixedPoint(0.2), 0.2, 0.2, 0.6);
    const SpecialPoint* pd = ndtest::findSpecial(b, "PD");
    QVERIFY2(pd, ndtest::specialLabels(b).c_str());
    QVERIFY(std::fabs(pd->point.parameters[0] - aStar) < 1e-8);
    const Criticality& c = pd->criticality;
    QCOMPARE(c.verdict, Verdict::Supercritical);
    QVERIFY2(near(c.coefficient, expected, 1e-6), qPrintable(text(c.coefficient, expected)));
    for (double eps : {1e-3, 4e-3}) {
        const double a = aStar + eps;
        const auto z = fixedPoint(a);
        // The multiplier near -1: lambda^2 + 2 a x* lambda - b = 0, the negative root.
        const double lambda = -a * z[0] - std::sqrt(a * a * z[0] * z[0] + bb);
        const double mu = -lambda - 1.0;
        const auto o = orbit(*m, "a", a, {z[0] + 0.01, z[1]}, 200000, 4, 0.5);
        const double amplitude = twoCycleAmplitude(o);
        const double predicted = std::sqrt(mu / c.coefficient);
        QVERIFY2(near(amplitude, predicted, 0.03), qPrintable(text(amplitude, predicted)));
    }
}

void TestCriticality::delayedLogisticNeimarkSacker()
{
    const auto m = createModel("delayed-logistic");
    const double x15 = 1 - 1 / 1.5;
    const Branch b = branchOf(*m, "r", {x15, x15}, 1.5, 1.5, 2.3);
    const SpecialPoint* ns = ndtest::findSpecial(b, "NS");
    QVERIFY2(ns, ndtest::specialLabels(b).c_str());
    QVERIFY(std::fabs(ns->point.parameters[0] - 2.0) < 1e-8);
    const Criticality& c = ns->criticality;
    QCOMPARE(c.verdict, Verdict::Supercritical);
    QVERIFY2(near(c.coefficient, -1.0, 1e-6), qPrintable(text(c.coefficient, -1.0)));
    QCOMPARE(c.resonance, 0); // theta = pi/3: 1:6, not a strong resonance
    // Simulation: a stable invariant circle of RMS radius sqrt 2 |xi|, |xi|^2 = -mu / Re d.
    for (double eps : {1e-3, 4e-3}) {
        const double r = 2.0 + eps, mu = std::sqrt(r - 1) - 1, xs = 1 - 1 / r;
        const auto o = orbit(*m, "r", r, {xs + 0.01, xs}, 200000, 6000, 0.3);
        QVERIFY(!o.empty());
        const double radius = rmsRadius(o);
        const double predicted = std::sqrt(2.0) * std::sqrt(-mu / c.coefficient);
        QVERIFY2(near(radius, predicted, 0.03), qPrintable(text(radius, predicted)));
    }
}

void TestCriticality::fold()
{
    for (double beta : {0.0, 1.0}) {
        const TestMap m = foldMap(beta);
        const double expected = (2 * beta - 1) / std::sqrt(5.0);
        // Start on the side where the fixed points exist (mu = (1 - 2 beta) x^2), move to the fold.
        const double side = beta < 0.5 ? 1.0 : -1.0, x0 = 0.2;
        const Branch b = branchOf(m, "mu", {x0, 2 * x0}, side * x0 * x0, -0.2, 0.2, beta < 0.5 ? -1 : +1);
        const SpecialPoint* lp = ndtest::findSpecial(b, "LP");
        QVERIFY2(lp, ndtest::specialLabels(b).c_str());
        QVERIFY(std::fabs(lp->point.parameters[0]) < 1e-9);
        const Criticality& c = lp->criticality;
        QCOMPARE(c.verdict, Verdict::Nondegenerate);
        QVERIFY2(near(c.coefficient, expected, 1e-6), qPrintable(text(c.coefficient, expected)));
        // The sign says where the fixed points are: a < 0 above the fold. There the stable one
        // lies at |xi| = sqrt(-p.dF/dmu (mu - mu*) / a) = sqrt(-sqrt 5 (mu - mu*) / a).
        const double above = c.coefficient < 0 ? 1.0 : -1.0;
        for (double eps : {1e-3, 4e-3}) {
            const double mu = above * eps;
            const double predicted = std::sqrt(-std::sqrt(5.0) * mu / c.coefficient);
            // beta = 0: the stable fixed point has x > 0; beta = 1: x < 0 (see the multipliers).
            const double sx = beta < 0.5 ? 1.0 : -1.0;
            const auto o = orbit(m, "mu", mu, {sx * 0.05, sx * 0.1}, 20000, 2, 1.0);
            QVERIFY(!o.empty() && distance(o[0], o[1]) < 1e-12);
            const double r = distance(o[1], {0.0, 0.0});
            QVERIFY2(near(r, predicted, 0.03), qPrintable(text(r, predicted)));
            // On the other side nothing is left near the fold: orbits leave.
            bool escaped = false;
            orbit(m, "mu", -mu, {sx * 0.05, sx * 0.1}, 20000, 1, 1.0, &escaped);
            QVERIFY(escaped);
        }
    }
}

void TestCriticality::henonFold()
{
    const double b = 0.3, a0 = -(1 - b) * (1 - b) / 4;
    const double expected = a0 / ((1 + b) * std::sqrt(1 + b * b));
    const auto m = createModel("henon");
    m->setParameter("b", b);
    // The fixed point x ~ 1/(1 - b) near a = 0, followed down through the fold.
    const double a = 0.1, x = (-(1 - b) + std::sqrt((1 - b) * (1 - b) + 4 * a)) / (2 * a);
    const Branch br = branchOf(*m, "a", {x, b * x}, a, -0.5, 0.5, -1);
    const SpecialPoint* lp = ndtest::findSpecial(br, "LP");
    QVERIFY2(lp, ndtest::specialLabels(br).c_str());
    QVERIFY(std::fabs(lp->point.parameters[0] - a0) < 1e-8);
    QCOMPARE(lp->criticality.verdict, Verdict::Nondegenerate);
    QVERIFY2(near(lp->criticality.coefficient, expected, 1e-6),
             qPrintable(text(lp->criticality.coefficient, expected)));
}

void TestCriticality::subcriticalFlip()
{
    const TestMap m = flipMap(0.5, -1.0, 0.0);
    const Branch b = branchOf(m, "mu", {0.0}, -0.3, -0.3, 0.3);
    const SpecialPoint* pd = ndtest::findSpecial(b, "PD");
    QVERIFY2(pd, ndtest::specialLabels(b).c_str());
    const Criticality& c = pd->criticality;
    QCOMPARE(c.verdict, Verdict::Subcritical);
    QVERIFY2(near(c.coefficient, -0.75, 1e-6), qPrintable(text(c.coefficient, -0.75)));
    for (double eps : {1e-3, 4e-3}) {
        // Just past the flip no small attractor: orbits from near the fixed point leave.
        bool escaped = false;
        orbit(m, "mu", eps, {1e-3}, 200000, 1, 0.3, &escaped);
        QVERIFY(escaped);
        // Before it the unstable 2-cycle, xi^2 = mu / c, bounds the fixed point's basin.
        const double cycle = std::sqrt(-eps / c.coefficient);
        const auto inside = orbit(m, "mu", -eps, {0.5 * cycle}, 200000, 1, 0.3, &escaped);
        QVERIFY(!escaped && std::fabs(inside[0][0]) < 1e-6);
        orbit(m, "mu", -eps, {2.0 * cycle}, 200000, 1, 0.3, &escaped);
        QVERIFY(escaped);
    }
}

void TestCriticality::subcriticalNeimarkSacker()
{
    const TestMap m = polarMap(1.1, 0.5);
    const Branch b = branchOf(m, "mu", {0.0, 0.0}, -0.3, -0.3, 0.3);
    const SpecialPoint* ns = ndtest::findSpecial(b, "NS");
    QVERIFY2(ns, ndtest::specialLabels(b).c_str());
    const Criticality& c = ns->criticality;
    QCOMPARE(c.verdict, Verdict::Subcritical);
    QVERIFY2(near(c.coefficient, 1.0, 1e-6), qPrintable(text(c.coefficient, 1.0)));
    for (double eps : {1e-3, 4e-3}) {
        bool escaped = false;
        orbit(m, "mu", eps, {1e-3, 0.0}, 200000, 1, 0.3, &escaped);
        QVERIFY(escaped);
    }
    // The supercritical twin (nu < 0): a circle |z|^2 = -mu/nu, i.e. RMS radius sqrt 2 |xi| with
    // |xi|^2 = -mu / Re d, Re d = 2 nu.
    const TestMap super = polarMap(1.1, -0.5);
    const Branch bs = branchOf(super, "mu", {0.0, 0.0}, -0.3, -0.3, 0.3);
    const SpecialPoint* nss = ndtest::findSpecial(bs, "NS");
    QVERIFY(nss);
    QCOMPARE(nss->criticality.verdict, Verdict::Supercritical);
    QVERIFY2(near(nss->criticality.coefficient, -1.0, 1e-6),
             qPrintable(text(nss->criticality.coefficient, -1.0)));
    for (double eps : {1e-3, 4e-3}) {
        const auto o = orbit(super, "mu", eps, {1e-3, 0.0}, 100000, 1000, 0.3);
        QVERIFY(!o.empty());
        const double predicted = std::sqrt(2.0 * eps / -nss->criticality.coefficient);
        QVERIFY2(near(rmsRadius(o), predicted, 0.03), qPrintable(text(rmsRadius(o), predicted)));
    }
}

void TestCriticality::degenerate()
{
    // x -> -x + x^5: c = 0 (generalised flip).
    const Criticality flip = flipAt(flipMap(0.0, 0.0, 1.0), {0.0});
    QCOMPARE(flip.verdict, Verdict::Degenerate);
    QVERIFY(std::fabs(flip.coefficient) <= kDegenerateAbsolute);
    // c = nu + a^2 = 0 by cancellation (a = 1, nu = -1).
    QCOMPARE(flipAt(flipMap(1.0, -1.0, 0.0), {0.0}).verdict, Verdict::Degenerate);
    QCOMPARE(flipAt(flipMap(1.0, -0.9, 0.0), {0.0}).verdict, Verdict::Supercritical);
    // The fold map with beta = 1/2: a = 0 (cusp).
    {
        const TestMap m = foldMap(0.5);
        CycleMap map(m, 1, {"mu"});
        const double x[2] = {0.0, 0.0};
        Eigen::MatrixXd a;
        QVERIFY(map.monodromy(x, a));
        const Criticality c = foldCriticality(map, x, a, Eigen::Vector2d(1.0, 0.0));
        QCOMPARE(c.verdict, Verdict::Degenerate);
        QVERIFY(c.reason.find("cusp") != std::string::npos);
    }
    // The polar map with nu = 0: Re d = 0 (Chenciner).
    {
        const TestMap m = polarMap(1.1, 0.0);
        CycleMap map(m, 1, {"mu"});
        const double x[2] = {0.0, 0.0};
        Eigen::MatrixXd a;
        QVERIFY(map.monodromy(x, a));
        QCOMPARE(neimarkSackerCriticality(map, x, a).verdict, Verdict::Degenerate);
    }
}

void TestCriticality::strongResonanceFlagged()
{
    struct Case {
        double w;
        int resonance;
    };
    const double pi = std::numbers::pi;
    for (const Case& k : {Case{pi / 2, 4}, Case{2 * pi / 3 + 3e-3, 3}, Case{pi / 2 + 0.05, 0}}) {
        const TestMap m = polarMap(k.w, -0.5);
        CycleMap map(m, 1, {"mu"});
        const double x[2] = {0.0, 0.0};
        Eigen::MatrixXd a;
        QVERIFY(map.monodromy(x, a));
        const Criticality c = neimarkSackerCriticality(map, x, a);
        QCOMPARE(c.resonance, k.resonance);
        QCOMPARE(c.verdict, Verdict::Supercritical); // still reported, with the flag
        QCOMPARE(c.reason.find("1:") != std::string::npos, k.resonance != 0);
    }
}

void TestCriticality::undefinedNeverCrashes()
{
    // A Jordan block at -1: p.q = 0, the eigenvectors cannot be normalised.
    const TestMap jordan(
        {"mu"}, {0.0}, 2,
        [](const double*, const double* s, double* o) {
            o[0] = -s[0] + s[1];
            o[1] = -s[1];
        },
        [](const double*, const double*, double* j) {
            j[0] = -1;
            j[1] = 1;
            j[2] = 0;
            j[3] = -1;
        });
    Criticality c = flipAt(jordan, {0.0, 0.0});
    QCOMPARE(c.verdict, Verdict::Undefined);
    QVERIFY(std::isnan(c.coefficient));
    QVERIFY2(c.reason.find("normalised") != std::string::npos, c.reason.c_str());
    // Derivatives that are not finite next to the point.
    const TestMap broken(
        {"mu"}, {0.0}, 1, [](const double*, const double* s, double* o) { o[0] = -s[0]; },
        [](const double*, const double* s, double* j) { j[0] = s[0] == 0.0 ? -1.0 : NAN; });
    c = flipAt(broken, {0.0});
    QCOMPARE(c.verdict, Verdict::Undefined);
    QVERIFY2(c.reason.find("not finite") != std::string::npos, c.reason.c_str());
    // A non-finite Jacobian at the point itself.
    c = flipAt(broken, {1.0});
    QCOMPARE(c.verdict, Verdict::Undefined);
    // -1 is not a multiplier at all.
    {
        TestMap half = flipMap(0.0, 0.0, 0.0);
        half.setParameter("mu", -1.5); // multiplier 0.5
        c = flipAt(half, {0.0});
        QCOMPARE(c.verdict, Verdict::Undefined);
        QVERIFY2(c.reason.find("not a multiplier") != std::string::npos, c.reason.c_str());
    }
    // NS of a one-dimensional map.
    {
        const TestMap line = flipMap(0.0, 0.0, 0.0);
        CycleMap map(line, 1, {"mu"});
        const double x[1] = {0.0};
        Eigen::MatrixXd a;
        QVERIFY(map.monodromy(x, a));
        QCOMPARE(neimarkSackerCriticality(map, x, a).verdict, Verdict::Undefined);
        QCOMPARE(foldCriticality(map, x, a, Eigen::VectorXd()).verdict, Verdict::Undefined);
    }
    QCOMPARE(verdictName(Verdict::Undefined), std::string("undefined"));
}

void TestCriticality::multiplierNotSimple()
{
    // Three identical uncoupled logistic maps: at r = 3 the multiplier -1 is triple, det(A + I)
    // = (3 - r)^3 changes sign, so continuation locates a PD, but no one-dimensional normal form
    // exists there (a study file can ask for this: a network with zero coupling). The verdict is
    // undefined with the reason, in the branch and its JSON.
    const TestMap triple(
        {"r"}, {2.5}, 3,
        [](const double* p, const double* s, double* o) {
            for (int i = 0; i < 3; ++i)
                o[i] = p[0] * s[i] * (1 - s[i]);
        },
        [](const double* p, const double* s, double* j) {
            for (int i = 0; i < 9; ++i)
                j[i] = 0.0;
            for (int i = 0; i < 3; ++i)
                j[4 * i] = p[0] * (1 - 2 * s[i]);
        });
    const double x = 1 - 1 / 2.5;
    const Branch b = branchOf(triple, "r", {x, x, x}, 2.5, 2.5, 3.2);
    const SpecialPoint* pd = ndtest::findSpecial(b, "PD");
    QVERIFY2(pd, ndtest::specialLabels(b).c_str());
    QVERIFY(std::fabs(pd->point.parameters[0] - 3.0) < 1e-6);
    QCOMPARE(pd->criticality.verdict, Verdict::Undefined);
    QVERIFY2(pd->criticality.reason.find("not simple") != std::string::npos, pd->criticality.reason.c_str());
    const std::string json = branchToJson(b);
    QVERIFY(json.find("\"verdict\": \"undefined\"") != std::string::npos);
    QVERIFY(json.find("\"coefficient\": null") != std::string::npos);
    // Two identical uncoupled rotations: a double Neimark-Sacker pair.
    const TestMap twin(
        {"mu"}, {0.0}, 4,
        [](const double*, const double* s, double* o) {
            const double c = std::cos(1.1), sn = std::sin(1.1);
            for (int i = 0; i < 4; i += 2) {
                o[i] = c * s[i] - sn * s[i + 1] - s[i] * s[i] * s[i];
                o[i + 1] = sn * s[i] + c * s[i + 1];
            }
        },
        [](const double*, const double* s, double* j) {
            const double c = std::cos(1.1), sn = std::sin(1.1);
            for (int i = 0; i < 16; ++i)
                j[i] = 0.0;
            for (int i = 0; i < 4; i += 2) {
                j[4 * i + i] = c - 3 * s[i] * s[i];
                j[4 * i + i + 1] = -sn;
                j[4 * (i + 1) + i] = sn;
                j[4 * (i + 1) + i + 1] = c;
            }
        });
    CycleMap map(twin, 1, {"mu"});
    const double origin[4] = {0, 0, 0, 0};
    Eigen::MatrixXd a;
    QVERIFY(map.monodromy(origin, a));
    const Criticality c = neimarkSackerCriticality(map, origin, a);
    QCOMPARE(c.verdict, Verdict::Undefined);
    QVERIFY2(c.reason.find("not simple") != std::string::npos, c.reason.c_str());
}

QTEST_APPLESS_MAIN(TestCriticality)
#include "tst_criticality.moc"
