// Two-parameter continuation of fold, flip and NS curves against closed forms.
//   Hénon x' = 1 - a x^2 + y, y' = b x (det J = -b): fold a = -(1-b)^2/4, flip a = 3(1-b)^2/4,
//   NS on b = -1 (det 1) with trace -2 a x*, so R1 (-1,-1), R2 (3,-1), R3 (5/4,-1), R4 (0,-1);
//   area-preserving there, so no Chenciner point.
//   A purpose-built 4-D map (below) whose fixed point has trace and determinant set by the
//   parameters, giving the cusp, fold-flip, fold-NS, flip-NS and double-NS points in closed form.
#include "branchlookup.h"
#include "common/errors.h"
#include "continuation/curvecontinuation.h"
#include "continuation/cyclecontinuation.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace nd;

namespace {
// x' = y, y' = c + e y - y^3 - d x (fixed point x = y = u with c + e u - u^3 = (1 + d) u;
// block Jacobian [[0, 1], [-d, e - 3u^2]]: det d, trace e - 3u^2), and a linear block
// z1' = z2, z2' = -(e - k) z1 + g z2 (det e - k, trace g) whose multipliers move with e.
class TraceDetMap : public Model {
public:
    TraceDetMap()
        : Model({{"c", 0.0, -10, 10, -1, 1, ""},
                 {"e", 0.0, -10, 10, -1, 1, ""},
                 {"d", 0.5, -10, 10, -1, 1, ""},
                 {"k", 10.0, -20, 20, -1, 1, ""},
                 {"g", 0.0, -10, 10, -1, 1, ""}})
    {
    }
    std::string typeName() const override { return "test-trace-det"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 4; }
    std::vector<std::string> variableNames() const override { return {"x", "y", "z1", "z2"}; }
    void evaluate(const double* s, double* out) const override
    {
        const auto p = parameters();
        out[0] = s[1];
        out[1] = p[0] + p[1] * s[1] - s[1] * s[1] * s[1] - p[2] * s[0];
        out[2] = s[3];
        out[3] = -(p[1] - p[3]) * s[2] + p[4] * s[3];
    }
    void jacobian(const double* s, double* j) const override
    {
        const auto p = parameters();
        std::fill(j, j + 16, 0.0);
        j[1] = 1.0;
        j[4] = -p[2];
        j[5] = p[1] - 3 * s[1] * s[1];
        j[11] = 1.0;
        j[14] = -(p[1] - p[3]);
        j[15] = p[4];
    }
    std::unique_ptr<Model> clone() const override { return std::make_unique<TraceDetMap>(*this); }
};

const SpecialPoint* find(const Branch& b, const std::string& label)
{
    return ndtest::findSpecial(b, label);
}

std::string labels(const Branch& b)
{
    return ndtest::specialLabels(b);
}

// The Hénon fixed point x = (-(1 - b) + sqrt((1 - b)^2 + 4a)) / (2a) followed from a = 0.5
// downwards: through the flip, then around the fold onto the other fixed point.
Branch henonBranch(double b)
{
    const auto model = createModel("henon");
    model->setParameter("b", b);
    ContinuationOptions o;
    o.parameter = "a";
    o.startValue = 0.5;
    o.direction = -1;
    o.minimum = -2.0;
    o.maximum = 2.0;
    o.maxPoints = 300;
    const double x0 = (-(1 - b) + std::sqrt((1 - b) * (1 - b) + 2.0)) / 1.0;
    return continueCycle(*model, {x0, b * x0}, 1, o);
}
} // namespace

class TestCurveContinuation : public QObject {
    Q_OBJECT
private slots:
    void henonFoldCurveAndR1();
    void henonFlipCurveAndR2();
    void henonNeimarkSackerCurveResonances();
    void cusp();
    void foldFlipAndFoldNeimarkSacker();
    void flipNeimarkSackerAndDoubleNeimarkSacker();
    void badInputThrows();
};

void TestCurveContinuation::henonFoldCurveAndR1()
{
    const double b0 = 0.3;
    const Branch branch = henonBranch(b0);
    const SpecialPoint* lp = find(branch, "LP");
    QVERIFY(lp);
    const auto model = createModel("henon");
    model->setParameter("b", b0);
    ContinuationOptions o;
    o.parameter = "a";
    o.secondParameter = "b";
    o.direction = -1;
    o.secondMinimum = -1.5;
    o.secondMaximum = 0.9;
    o.maxPoints = 300;
    const Branch curve = continueCurve(*model, branch, *lp, o);
    QCOMPARE(curve.kind, BranchKind::FoldCurve);
    QVERIFY2(curve.points.size() > 10, labels(curve).c_str());
    for (const auto& p : curve.points) {
        const double a = p.parameters[0], b = p.parameters[1];
        QVERIFY2(std::fabs(a + (1 - b) * (1 - b) / 4) < 1e-8, labels(curve).c_str());
    }
    QVERIFY(curve.points.back().parameters[1] < -1.0);
    const SpecialPoint* r1 = find(curve, "R1");
    QVERIFY2(r1, labels(curve).c_str());
    QVERIFY(std::fabs(r1->point.parameters[0] + 1.0) < 1e-7);
    QVERIFY(std::fabs(r1->point.parameters[1] + 1.0) < 1e-7);
}

void TestCurveContinuation::henonFlipCurveAndR2()
{
    const double b0 = 0.3;
    const Branch branch = henonBranch(b0);
    const SpecialPoint* pd = find(branch, "PD");
    QVERIFY(pd);
    const auto model = createModel("henon");
    model->setParameter("b", b0);
    ContinuationOptions o;
    o.parameter = "a";
    o.secondParameter = "b";
    o.direction = -1;
    o.maximum = 5.0;
    o.secondMinimum = -1.5;
    o.secondMaximum = 0.9;
    o.maxPoints = 300;
    const Branch curve = continueCurve(*model, branch, *pd, o);
    QCOMPARE(curve.kind, BranchKind::FlipCurve);
    for (const auto& p : curve.points)
        QVERIFY(std::fabs(p.parameters[0] - 3 * (1 - p.parameters[1]) * (1 - p.parameters[1]) / 4) < 1e-8);
    const SpecialPoint* r2 = find(curve, "R2");
    QVERIFY2(r2, labels(curve).c_str());
    QVERIFY(std::fabs(r2->point.parameters[0] - 3.0) < 1e-7);
    QVERIFY(std::fabs(r2->point.parameters[1] + 1.0) < 1e-7);
}

void TestCurveContinuation::henonNeimarkSackerCurveResonances()
{
    // a = 1, b from -0.5 down: fixed point x^2 + (1 - b) x - 1 = 0, NS at b = -1 where
    // x = sqrt(2) - 1 and the rotation angle is acos(-a x) = acos(1 - sqrt(2)).
    const auto model = createModel("henon");
    model->setParameter("a", 1.0);
    ContinuationOptions o;
    o.parameter = "b";
    o.startValue = -0.5;
    o.direction = -1;
    o.minimum = -1.5;
    const Branch b1 = continueCycle(*model, {0.5, -0.25}, 1, o);
    const SpecialPoint* ns = find(b1, "NS");
    QVERIFY2(ns, labels(b1).c_str());
    QVERIFY(std::fabs(ns->point.parameters[0] + 1.0) < 1e-8);
    QVERIFY(std::fabs(*ns->rotationAngle - std::acos(1.0 - std::sqrt(2.0))) < 1e-8);

    struct Expect {
        const char* label;
        double a;
        double angle; // < 0: none
    };
    for (int direction : {+1, -1}) {
        ContinuationOptions c;
        c.parameter = "b";
        c.secondParameter = "a";
        c.direction = direction;
        c.secondMinimum = -0.99; // the fixed points disappear at the fold through R1 (a = -1)
        c.secondMaximum = 3.5;
        c.maxStep = 0.05;
        const Branch curve = continueCurve(*model, b1, *ns, c);
        QCOMPARE(curve.kind, BranchKind::NeimarkSacker);
        for (const auto& p : curve.points)
            QVERIFY(std::fabs(p.parameters[0] + 1.0) < 1e-9);
        // b = -1 makes the map area-preserving: d is imaginary (Re d = 0) all along, so no CH.
        QVERIFY2(!find(curve, "CH"), labels(curve).c_str());
        const std::vector<Expect> expected =
            direction > 0 ? std::vector<Expect>{{"R3", 1.25, 2 * std::numbers::pi / 3}, {"R2", 3.0, -1}}
                          : std::vector<Expect>{{"R4", 0.0, std::numbers::pi / 2}};
        for (const auto& e : expected) {
            const SpecialPoint* sp = find(curve, e.label);
            QVERIFY2(sp, (e.label + (" missing: " + labels(curve))).c_str());
            QVERIFY2(std::fabs(sp->point.parameters[1] - e.a) < 1e-8, labels(curve).c_str());
            if (e.angle > 0)
                QVERIFY(std::fabs(*sp->rotationAngle - e.angle) < 1e-8);
        }
    }
}

void TestCurveContinuation::cusp()
{
    // d = 0.5: fold curve c = -2u^3, e = 1.5 + 3u^2; cusp at u = 0, (c, e) = (0, 1.5).
    TraceDetMap m;
    m.setParameter("e", 2.0);
    ContinuationOptions o;
    o.parameter = "c";
    o.startValue = 0.0;
    o.maximum = 1.0;
    const Branch branch = continueCycle(m, {0, 0, 0, 0}, 1, o);
    const SpecialPoint* lp = find(branch, "LP");
    QVERIFY2(lp, labels(branch).c_str());
    QVERIFY(std::fabs(lp->point.parameters[0] - 2 * std::pow(0.5 / 3, 1.5)) < 1e-8);
    ContinuationOptions c;
    c.parameter = "c";
    c.secondParameter = "e";
    c.direction = -1;
    c.secondMinimum = 1.2;
    c.maxPoints = 200;
    c.maxStep = 0.05;
    m.setParameter("e", 2.0);
    const Branch curve = continueCurve(m, branch, *lp, c);
    for (const auto& p : curve.points) {
        const double u = p.state[0];
        QVERIFY(std::fabs(p.parameters[0] + 2 * u * u * u) < 1e-9);
        QVERIFY(std::fabs(p.parameters[1] - 1.5 - 3 * u * u) < 1e-9);
    }
    const SpecialPoint* cp = find(curve, "CP");
    QVERIFY2(cp, labels(curve).c_str());
    QVERIFY(std::fabs(cp->point.parameters[0]) < 1e-8);
    QVERIFY(std::fabs(cp->point.parameters[1] - 1.5) < 1e-8);
}

void TestCurveContinuation::foldFlipAndFoldNeimarkSacker()
{
    // c = 0.1: on the fold curve u = -(c/2)^(1/3) is constant and e = 1 + d + 3u^2; the other
    // multiplier of the (x, y) block is d: R1 at d = 1, LPPD at d = -1. The z block (det e - k,
    // trace g) reaches the unit circle at e - k = 1: LPNS at d = 0.5 with angle acos(g / 2).
    const double c0 = 0.1, u = -std::cbrt(c0 / 2), g = -0.3;
    const double eLpns = 1.5 + 3 * u * u;
    TraceDetMap m;
    m.setParameter("c", c0);
    m.setParameter("d", 0.0);
    m.setParameter("k", eLpns - 1.0);
    m.setParameter("g", g);
    ContinuationOptions o;
    o.parameter = "e";
    o.startValue = 2.1; // fixed point u = -1: e = 1 + u^2 - c/u
    o.direction = -1;
    o.minimum = 0.0;
    const Branch branch = continueCycle(m, {-1, -1, 0, 0}, 1, o);
    const SpecialPoint* lp = find(branch, "LP");
    QVERIFY2(lp, labels(branch).c_str());
    QVERIFY(std::fabs(lp->point.parameters[0] - (1 + 3 * u * u)) < 1e-8);
    for (int direction : {+1, -1}) {
        ContinuationOptions c;
        c.parameter = "e";
        c.secondParameter = "d";
        c.direction = direction;
        c.secondMinimum = -1.1;
        c.secondMaximum = 1.5;
        c.maxStep = 0.05;
        const Branch curve = continueCurve(m, branch, *lp, c);
        for (const auto& p : curve.points)
            QVERIFY(std::fabs(p.parameters[0] - 1 - p.parameters[1] - 3 * u * u) < 1e-9);
        if (direction > 0) {
            const SpecialPoint* lpns = find(curve, "LPNS");
            QVERIFY2(lpns, labels(curve).c_str());
            QVERIFY(std::fabs(lpns->point.parameters[1] - 0.5) < 1e-8);
            QVERIFY(std::fabs(*lpns->rotationAngle - std::acos(g / 2)) < 1e-8);
            const SpecialPoint* r1 = find(curve, "R1");
            QVERIFY2(r1, labels(curve).c_str());
            QVERIFY(std::fabs(r1->point.parameters[1] - 1.0) < 1e-7);
        } else {
            const SpecialPoint* lppd = find(curve, "LPPD");
            QVERIFY2(lppd, labels(curve).c_str());
            QVERIFY(std::fabs(lppd->point.parameters[1] + 1.0) < 1e-8);
        }
    }
}

void TestCurveContinuation::flipNeimarkSackerAndDoubleNeimarkSacker()
{
    // c = 0: u = 0 for all parameters, the (x, y) block has det d and trace e: NS curve d = 1,
    // kappa = e / 2. The z block (det e - k, trace g) with k = -0.5, g = -1: multiplier -1 at
    // e = k - 1 - g = -0.5 (PDNS), pair on the unit circle at e = k + 1 = 0.5 (NSNS, angle 2pi/3).
    TraceDetMap m;
    m.setParameter("e", 0.3);
    m.setParameter("k", -0.5);
    m.setParameter("g", -1.0);
    ContinuationOptions o;
    o.parameter = "d";
    o.startValue = 0.5;
    o.maximum = 1.5;
    const Branch branch = continueCycle(m, {0, 0, 0, 0}, 1, o);
    const SpecialPoint* ns = find(branch, "NS");
    QVERIFY2(ns, labels(branch).c_str());
    QVERIFY(std::fabs(ns->point.parameters[0] - 1.0) < 1e-9);
    QVERIFY(std::fabs(*ns->rotationAngle - std::acos(0.15)) < 1e-9);
    ContinuationOptions c;
    c.parameter = "d";
    c.secondParameter = "e";
    c.direction = -1;
    c.secondMinimum = -1.9;
    c.secondMaximum = 1.9;
    c.maxStep = 0.05;
    const Branch down = continueCurve(m, branch, *ns, c);
    const SpecialPoint* pdns = find(down, "PDNS");
    QVERIFY2(pdns, labels(down).c_str());
    QVERIFY(std::fabs(pdns->point.parameters[1] + 0.5) < 1e-8);
    const SpecialPoint* r3 = find(down, "R3");
    QVERIFY2(r3 && std::fabs(r3->point.parameters[1] + 1.0) < 1e-8, labels(down).c_str());
    QVERIFY(std::fabs(*r3->rotationAngle - 2 * std::numbers::pi / 3) < 1e-8);
    const SpecialPoint* r4 = find(down, "R4");
    QVERIFY2(r4 && std::fabs(r4->point.parameters[1]) < 1e-8, labels(down).c_str());
    c.direction = +1;
    const Branch up = continueCurve(m, branch, *ns, c);
    const SpecialPoint* nsns = find(up, "NSNS");
    QVERIFY2(nsns, labels(up).c_str());
    QVERIFY(std::fabs(nsns->point.parameters[1] - 0.5) < 1e-8);
    QVERIFY(!find(up, "R4") && !find(up, "R3"));
}

void TestCurveContinuation::badInputThrows()
{
    const double b0 = 0.3;
    const Branch branch = henonBranch(b0);
    const SpecialPoint* lp = find(branch, "LP");
    QVERIFY(lp);
    const auto model = createModel("henon");
    ContinuationOptions o;
    o.parameter = "a";
    o.secondParameter = "a";
    QVERIFY_THROWS_EXCEPTION(InputError, continueCurve(*model, branch, *lp, o));
    o.secondParameter = "zz";
    QVERIFY_THROWS_EXCEPTION(InputError, continueCurve(*model, branch, *lp, o));
    SpecialPoint bp = *lp;
    bp.label = "BP";
    o.secondParameter = "b";
    QVERIFY_THROWS_EXCEPTION(InputError, continueCurve(*model, branch, bp, o));
    // An NS curve of a one-dimensional map does not exist.
    const auto logistic = createModel("logistic");
    ContinuationOptions l;
    l.parameter = "r";
    l.startValue = 2.5;
    l.maximum = 3.2;
    const Branch lb = continueCycle(*logistic, {0.6}, 1, l);
    QVERIFY(!lb.specialPoints.empty());
    SpecialPoint fake = lb.specialPoints.front();
    fake.label = "NS";
    l.secondParameter = "r";
    QVERIFY_THROWS_EXCEPTION(InputError, continueCurve(*logistic, lb, fake, l));
}

QTEST_APPLESS_MAIN(TestCurveContinuation)
#include "tst_curvecontinuation.moc"
