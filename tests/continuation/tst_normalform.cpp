// Normal-form coefficients of flip and Neimark-Sacker points and the codimension-2 points where
// they vanish, against closed forms:
//   x' = -(1 + mu) x + a x^2 + nu x^3 + x^5: the second iterate is xi - 2 (a^2 + nu) xi^3 + ...,
//     so the flip coefficient is c = nu + a^2 and the generalised flip (GPD) sits at (0, -a^2);
//   x' = -(1 + mu) x + nu x^3 + x y, y' = y/2 + x^2: the centre manifold y = 2 x^2 gives
//     x' = -x + (nu + 2) x^3, so c = nu + 2 and GPD at (0, -2);
//   logistic at r = 3: f = -xi - 3 xi^2 about x* = 2/3, c = (-3)^2 = 9;
//   z' = e^(i w) z (1 + mu + nu |z|^2 + |z|^4) (polar normal form) and its conjugate by the
//     near-identity map (x, y) -> (x, y + k x^2): with |q| = 1 the state is sqrt 2 xi, so
//     d = 2 nu for both, and the Chenciner point (CH) sits at (mu, nu) = (0, 0);
//   (tst_curvecontinuation: the area-preserving Hénon map has no CH along its NS curve.)
#include "branchlookup.h"
#include "continuation/curvecontinuation.h"
#include "continuation/cyclecontinuation.h"
#include "continuation/normalform.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>

using namespace nd;

namespace {
class FlipMap : public Model {
public:
    explicit FlipMap(bool planar)
        : Model({{"mu", 0.0, -5, 5, -1, 1, ""}, {"nu", 0.0, -5, 5, -1, 1, ""}, {"a", 0.5, -5, 5, -1, 1, ""}}),
          m_planar(planar)
    {
    }
    std::string typeName() const override { return "test-flip"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_planar ? 2 : 1; }
    std::vector<std::string> variableNames() const override
    {
        return m_planar ? std::vector<std::string>{"x", "y"} : std::vector<std::string>{"x"};
    }
    std::vector<double> defaultInitialState() const override
    {
        return std::vector<double>(std::size_t(dimension()), 0.0);
    }
    void evaluate(const double* s, double* out) const override
    {
        const double mu = parameter(0), nu = parameter(1), a = parameter(2), x = s[0];
        if (!m_planar) {
            out[0] = -(1 + mu) * x + a * x * x + nu * x * x * x + std::pow(x, 5);
            return;
        }
        out[0] = -(1 + mu) * x + nu * x * x * x + x * s[1];
        out[1] = 0.5 * s[1] + x * x;
    }
    void jacobian(const double* s, double* j) const override
    {
        const double mu = parameter(0), nu = parameter(1), a = parameter(2), x = s[0];
        if (!m_planar) {
            j[0] = -(1 + mu) + 2 * a * x + 3 * nu * x * x + 5 * std::pow(x, 4);
            return;
        }
        j[0] = -(1 + mu) + 3 * nu * x * x + s[1];
        j[1] = x;
        j[2] = 2 * x;
        j[3] = 0.5;
    }
    std::unique_ptr<Model> clone() const override { return std::make_unique<FlipMap>(*this); }

private:
    bool m_planar;
};

// G(p) = s(|p|^2) R(w) p with s = 1 + mu + nu r2 + r2^2, conjugated by h(x, y) = (x, y + k x^2):
// F = h o G o h^-1.
class PolarMap : public Model {
public:
    explicit PolarMap(double k)
        : Model({{"mu", 0.0, -5, 5, -1, 1, ""}, {"nu", 0.0, -5, 5, -1, 1, ""}}), m_k(k)
    {
    }
    std::string typeName() const override { return "test-polar"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {0.0, 0.0}; }
    void evaluate(const double* s, double* out) const override
    {
        const double x = s[0], y = s[1] - m_k * s[0] * s[0];
        const double r2 = x * x + y * y, f = 1 + parameter(0) + parameter(1) * r2 + r2 * r2;
        const double gx = f * (m_c * x - m_s * y), gy = f * (m_s * x + m_c * y);
        out[0] = gx;
        out[1] = gy + m_k * gx * gx;
    }
    void jacobian(const double* s, double* j) const override
    {
        const double x = s[0], y = s[1] - m_k * s[0] * s[0];
        const double r2 = x * x + y * y, f = 1 + parameter(0) + parameter(1) * r2 + r2 * r2;
        const double df = parameter(1) + 2 * r2; // d f / d r2
        // DG = R (f I + 2 df p p^T)
        const double m00 = f + 2 * df * x * x, m01 = 2 * df * x * y, m10 = m01, m11 = f + 2 * df * y * y;
        const double g00 = m_c * m00 - m_s * m10, g01 = m_c * m01 - m_s * m11;
        const double g10 = m_s * m00 + m_c * m10, g11 = m_s * m01 + m_c * m11;
        const double gx = f * (m_c * x - m_s * y);
        // DF = [[1, 0], [2 k gx, 1]] DG [[1, 0], [-2 k x, 1]]
        const double a00 = g00 - 2 * m_k * x * g01, a01 = g01;
        const double a10 = g10 - 2 * m_k * x * g11, a11 = g11;
        j[0] = a00;
        j[1] = a01;
        j[2] = 2 * m_k * gx * a00 + a10;
        j[3] = 2 * m_k * gx * a01 + a11;
    }
    std::unique_ptr<Model> clone() const override { return std::make_unique<PolarMap>(*this); }

private:
    double m_k;
    double m_c = std::cos(1.1), m_s = std::sin(1.1);
};

const SpecialPoint* find(const Branch& b, const std::string& label)
{
    return ndtest::findSpecial(b, label);
}

std::string labels(const Branch& b)
{
    return ndtest::specialLabels(b);
}

double flipAt(const Model& m, const std::vector<double>& x)
{
    CycleMap map(m, 1, {"mu"});
    Eigen::MatrixXd a;
    double c = NAN;
    if (!map.monodromy(x.data(), a) || !flipCoefficient(map, x.data(), a, c))
        return NAN;
    return c;
}

// The curve of the special point `label` of the mu-branch of the fixed point at the origin,
// followed in (mu, nu) from nu = nu0 downwards.
Branch curveFrom(Model& m, const char* label, double nu0, double nuMin)
{
    m.setParameter("nu", nu0);
    ContinuationOptions o;
    o.parameter = "mu";
    o.startValue = -0.3;
    o.minimum = -1.0;
    o.maximum = 0.5;
    o.maxStep = 0.05;
    const Branch branch = continueCycle(m, m.defaultInitialState(), 1, o);
    const SpecialPoint* sp = find(branch, label);
    if (!sp || std::fabs(sp->point.parameters[0]) > 1e-9)
        return {};
    ContinuationOptions c;
    c.parameter = "mu";
    c.secondParameter = "nu";
    c.direction = -1;
    c.secondMinimum = nuMin;
    c.secondMaximum = nu0 + 1.0;
    c.maxStep = 0.05;
    c.maxPoints = 200;
    return continueCurve(m, branch, *sp, c);
}
} // namespace

class TestNormalForm : public QObject {
    Q_OBJECT
private slots:
    void flipCoefficients();
    void logisticFlipCoefficient();
    void neimarkSackerCoefficient();
    void generalisedFlip();
    void chenciner();
};

void TestNormalForm::flipCoefficients()
{
    FlipMap line(false), plane(true);
    for (double a : {0.0, 0.5, -1.2})
        for (double nu : {-0.7, 0.0, 0.3}) {
            line.setParameter("a", a);
            line.setParameter("nu", nu);
            QVERIFY(std::fabs(flipAt(line, {0.0}) - (nu + a * a)) < 1e-7);
            plane.setParameter("nu", nu);
            QVERIFY(std::fabs(flipAt(plane, {0.0, 0.0}) - (nu + 2.0)) < 1e-7);
        }
}

void TestNormalForm::logisticFlipCoefficient()
{
    const auto m = createModel("logistic");
    m->setParameter("r", 3.0);
    CycleMap map(*m, 1, {"r"});
    const double x[1] = {2.0 / 3.0};
    Eigen::MatrixXd a;
    double c = 0.0;
    QVERIFY(map.monodromy(x, a) && flipCoefficient(map, x, a, c));
    QVERIFY(std::fabs(c - 9.0) < 1e-6);
}

void TestNormalForm::neimarkSackerCoefficient()
{
    for (double k : {0.0, 0.7})
        for (double nu : {-0.4, 0.25, 1.0}) {
            PolarMap m(k);
            m.setParameter("nu", nu);
            CycleMap map(m, 1, {"mu"});
            const double x[2] = {0.0, 0.0};
            Eigen::MatrixXd a;
            std::complex<double> d;
            QVERIFY(map.monodromy(x, a) && nd::neimarkSackerCoefficient(map, x, a, d));
            QVERIFY2(
                std::fabs(d.real() - 2 * nu) < 1e-6 && std::fabs(d.imag()) < 1e-6,
                qPrintable(
                    QStringLiteral("k %1 nu %2: d = %3 %4i").arg(k).arg(nu).arg(d.real()).arg(d.imag())));
        }
}

void TestNormalForm::generalisedFlip()
{
    struct Case {
        bool planar;
        double a, gpd;
    };
    for (const Case& c : {Case{false, 0.5, -0.25}, Case{false, -1.0, -1.0}, Case{true, 0.0, -2.0}}) {
        FlipMap m(c.planar);
        m.setParameter("a", c.a);
        const Branch curve = curveFrom(m, "PD", 0.5, -3.0);
        QCOMPARE(curve.kind, BranchKind::FlipCurve);
        QVERIFY2(curve.points.size() > 5, labels(curve).c_str());
        for (const auto& p : curve.points)
            QVERIFY(std::fabs(p.parameters[0]) < 1e-9); // the flip curve is mu = 0
        const SpecialPoint* gpd = find(curve, "GPD");
        QVERIFY2(gpd, labels(curve).c_str());
        QVERIFY2(std::fabs(gpd->point.parameters[0]) < 1e-9, labels(curve).c_str());
        QVERIFY2(std::fabs(gpd->point.parameters[1] - c.gpd) < 1e-6, labels(curve).c_str());
        int count = 0;
        for (const auto& sp : curve.specialPoints)
            count += sp.label == "GPD";
        QCOMPARE(count, 1);
    }
}

void TestNormalForm::chenciner()
{
    for (double k : {0.0, 0.7}) {
        PolarMap m(k);
        const Branch curve = curveFrom(m, "NS", 0.5, -1.0);
        QCOMPARE(curve.kind, BranchKind::NeimarkSacker);
        QVERIFY2(curve.points.size() > 5, labels(curve).c_str());
        const SpecialPoint* ch = find(curve, "CH");
        QVERIFY2(ch, labels(curve).c_str());
        QVERIFY2(std::fabs(ch->point.parameters[0]) < 1e-9, labels(curve).c_str());
        QVERIFY2(std::fabs(ch->point.parameters[1]) < 1e-6, labels(curve).c_str());
        QCOMPARE(curve.specialPoints.size(), std::size_t(1)); // cos w is fixed: no resonance
    }
}

QTEST_APPLESS_MAIN(TestNormalForm)
#include "tst_normalform.moc"
