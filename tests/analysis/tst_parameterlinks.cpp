// Linked parameters (issue 21.2): a link joins the model's parameter list and sets its targets
// (target = scale * link + offset), so every analysis varies it like a parameter. Checked
// against the same computation with the targets set by hand, against closed forms (the
// logistic fixed point and flip in a shifted, scaled parameter; the diffusive chain's parameter
// derivative) and the refusals of bad links.
#include "analysis/orbitdiagram.h"
#include "analysis/scan.h"
#include "analysis/scanmeasures.h"
#include "common/errors.h"
#include "continuation/curvecontinuation.h"
#include "continuation/cyclecontinuation.h"
#include "continuation/cyclemap.h"
#include "maps/chialvo.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>

using namespace nd;

class TestParameterLinks : public QObject {
    Q_OBJECT
private slots:
    void linkSetsItsTargets();
    void chainTrajectoryEqualsTargetsSetByHand();
    void nestedLinksFollowDependencyOrder();
    void cloneKeepsLinks();
    void refusals_data();
    void refusals();
    void orbitDiagramOverLinkEqualsHandSweep();
    void chialvoKernelSweepsALink();
    void ringStarEnsembleSweepsALink();
    void planeScanWithLinkAxis();
    void fixedPointContinuationInLink();
    void foldCurveInLinkAndParameter();
    void linkDerivativeIsWeightedSumOfTargets();
};

namespace {
const std::vector<std::string> kChainCouplings = {"sigma_12", "sigma_21", "sigma_23", "sigma_32"};

ParameterLink sameValue(const std::string& name, const std::vector<std::string>& targets)
{
    ParameterLink l{name, {}};
    for (const auto& t : targets)
        l.targets.push_back({t, 1.0, 0.0});
    return l;
}

int variable(const Model& m, const std::string& name)
{
    const auto names = m.variableNames();
    return static_cast<int>(std::find(names.begin(), names.end(), name) - names.begin());
}
} // namespace

void TestParameterLinks::linkSetsItsTargets()
{
    auto chain = createModel("chain");
    const int own = chain->parameterCount();
    chain->setParameter("sigma_21", 0.07);
    chain->setLinks({{"sigma", {{"sigma_12", 1.0, 0.0}, {"sigma_21", 2.0, 0.1}}}});
    QCOMPARE(chain->parameterCount(), own + 1);
    QCOMPARE(chain->ownParameterCount(), own);
    const int li = chain->parameterIndex("sigma");
    QCOMPARE(li, own);
    QVERIFY(chain->link(li));
    QVERIFY(!chain->link(0));
    QCOMPARE(chain->linkOf("sigma_21")->name, std::string("sigma"));
    QVERIFY(!chain->linkOf("sigma_23"));
    // The link starts where its first target stands (sigma_12's default 0.01) and sets the rest.
    QCOMPARE(chain->parameter(li), 0.01);
    QCOMPARE(chain->parameter("sigma_21"), 2.0 * 0.01 + 0.1);
    chain->setParameter("sigma", 0.25);
    QCOMPARE(chain->parameter("sigma_12"), 0.25);
    QCOMPARE(chain->parameter("sigma_21"), 2.0 * 0.25 + 0.1);
    // Valid range: both targets allow [-1000, 1000]; sigma_21 = 2 v + 0.1 narrows v to
    // [(-1000 - 0.1) / 2, (1000 - 0.1) / 2].
    const ParameterSpec& spec = chain->parameterSpecs()[static_cast<std::size_t>(li)];
    QCOMPARE(spec.minimum, (-1000.0 - 0.1) / 2.0);
    QCOMPARE(spec.maximum, (1000.0 - 0.1) / 2.0);
    QCOMPARE(spec.description, std::string("sets sigma_12, sigma_21"));
    QVERIFY_THROWS_EXCEPTION(InputError, chain->setParameter("sigma", 600.0));
    // Removing the links leaves the targets where they are.
    chain->setLinks({});
    QCOMPARE(chain->parameterCount(), own);
    QCOMPARE(chain->parameter("sigma_21"), 2.0 * 0.25 + 0.1);
}

void TestParameterLinks::chainTrajectoryEqualsTargetsSetByHand()
{
    auto linked = createModel("chain");
    auto byHand = createModel("chain");
    linked->setLinks({sameValue("sigma", kChainCouplings)});
    linked->setParameter("sigma", 0.035);
    for (const auto& name : kChainCouplings)
        byHand->setParameter(name, 0.035);
    std::vector<double> a = linked->defaultInitialState(), b = byHand->defaultInitialState();
    std::vector<double> na(a.size()), nb(b.size());
    for (int step = 0; step < 500; ++step) {
        linked->evaluate(a.data(), na.data());
        byHand->evaluate(b.data(), nb.data());
        a.swap(na);
        b.swap(nb);
        QCOMPARE(a, b); // the same arithmetic: equal bit for bit
    }
}

void TestParameterLinks::nestedLinksFollowDependencyOrder()
{
    auto chain = createModel("chain");
    // "s" sets the link "sigma" at half its value and sigma_23 at its value; listed before the
    // link it sets, so the model must order them itself.
    chain->setLinks(
        {{"s", {{"sigma", 0.5, 0.0}, {"sigma_23", 1.0, 0.0}}}, sameValue("sigma", {"sigma_12", "sigma_21"})});
    QCOMPARE(chain->links().front().name, std::string("sigma"));
    chain->setParameter("s", 0.2);
    QCOMPARE(chain->parameter("sigma"), 0.1);
    QCOMPARE(chain->parameter("sigma_12"), 0.1);
    QCOMPARE(chain->parameter("sigma_21"), 0.1);
    QCOMPARE(chain->parameter("sigma_23"), 0.2);
    QCOMPARE(chain->parameter("sigma_32"), 0.01); // untouched default
}

void TestParameterLinks::cloneKeepsLinks()
{
    auto chain = createModel("chain");
    chain->setLinks({sameValue("sigma", kChainCouplings)});
    auto copy = chain->clone();
    QCOMPARE(copy->links(), chain->links());
    copy->setParameter("sigma", 0.04);
    for (const auto& name : kChainCouplings)
        QCOMPARE(copy->parameter(name), 0.04);
    QCOMPARE(chain->parameter("sigma_12"), 0.01);
}

void TestParameterLinks::refusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown target") << 0
                                    << "link 'sigma' sets 'sigma_13', which is not a parameter of the model";
    QTest::newRow("cycle") << 1 << "the links form a cycle (p -> q -> p)";
    QTest::newRow("target of two links") << 2 << "'sigma_12' is set twice (by link 'p' and by link 'q')";
    QTest::newRow("target named twice") << 3 << "'sigma_12' is set twice (by link 'p' and by link 'p')";
    QTest::newRow("name clash") << 4 << "link 'sigma_12' has the name of a parameter of the model";
    QTest::newRow("zero scale") << 5 << "link 'p': the scale of 'sigma_12' must be a non-zero number (got 0)";
    QTest::newRow("infinite offset")
        << 6 << "link 'p': the offset of 'sigma_12' must be a finite number (got inf)";
    QTest::newRow("no target") << 7 << "link 'p' sets no parameter";
    QTest::newRow("empty range") << 8 << "link 'p': no value keeps all its targets in their valid ranges";
    QTest::newRow("two links one name") << 9 << "two links are named 'p'";
}

void TestParameterLinks::refusals()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    const std::vector<std::vector<ParameterLink>> cases = {
        {sameValue("sigma", {"sigma_12", "sigma_13"})},
        {sameValue("p", {"q"}), sameValue("q", {"p"})},
        {sameValue("p", {"sigma_12"}), sameValue("q", {"sigma_12"})},
        {sameValue("p", {"sigma_12", "sigma_12"})},
        {sameValue("sigma_12", {"sigma_21"})},
        {{"p", {{"sigma_12", 0.0, 0.0}}}},
        {{"p", {{"sigma_12", 1.0, HUGE_VAL}}}},
        {{"p", {}}},
        // sigma_12 = v needs |v| <= 1000; sigma_21 = v + 3000 needs v <= -2000.
        {{"p", {{"sigma_12", 1.0, 0.0}, {"sigma_21", 1.0, 3000.0}}}},
        {sameValue("p", {"sigma_12"}), sameValue("p", {"sigma_21"})},
    };
    auto chain = createModel("chain");
    chain->setLinks({sameValue("kept", {"sigma_32"})});
    const auto before = std::vector<double>(chain->parameters().begin(), chain->parameters().end());
    try {
        chain->setLinks(cases[static_cast<std::size_t>(which)]);
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("chain: ") + message);
    }
    // A refused set of links leaves the model as it was.
    QCOMPARE(chain->links().size(), std::size_t{1});
    QCOMPARE(std::vector<double>(chain->parameters().begin(), chain->parameters().end()), before);
}

void TestParameterLinks::orbitDiagramOverLinkEqualsHandSweep()
{
    auto chain = createModel("chain");
    chain->setLinks({sameValue("sigma", kChainCouplings)});
    OrbitDiagramRequest r;
    r.axis = {"sigma", -1, 0.0, 0.05, 6};
    r.transient = 300;
    r.samples = 40;
    r.keepPoints = true;
    r.observable = Observable::variable(variable(*chain, "x0"));
    const OrbitDiagram d = computeOrbitDiagram(*chain, r);
    QVERIFY(!d.canceled);
    for (int c = 0; c < 6; ++c) {
        // The oracle: a chain without links, its four couplings set to the column's value.
        auto hand = createModel("chain");
        for (const auto& name : kChainCouplings)
            hand->setParameter(name, r.axis.value(c));
        std::vector<double> x = hand->defaultInitialState(), next(x.size()), expected;
        // The diagram records the state after `transient` steps and after each further step.
        for (long s = 0; s < r.transient + r.samples; ++s) {
            if (s >= r.transient)
                expected.push_back(x[static_cast<std::size_t>(r.observable.indices[0])]);
            hand->evaluate(x.data(), next.data());
            x.swap(next);
        }
        const auto c0 = d.pointOffsets[static_cast<std::size_t>(c)],
                   c1 = d.pointOffsets[static_cast<std::size_t>(c) + 1];
        QCOMPARE(std::vector<double>(d.points.begin() + static_cast<long>(c0),
                                     d.points.begin() + static_cast<long>(c1)),
                 expected);
    }
}

void TestParameterLinks::chialvoKernelSweepsALink()
{
    // The Chialvo map takes the vectorised orbit kernel. Failed before: the kernel wrote the
    // swept value at the link's index past its four parameters, so every column kept k0.
    ChialvoMap linked, plain;
    linked.setLinks({sameValue("bias", {"k0"})});
    OrbitDiagramRequest r;
    r.transient = 200;
    r.samples = 50;
    r.keepPoints = true;
    r.axis = {"bias", -1, 0.0, 0.06, 24};
    const OrbitDiagram a = computeOrbitDiagram(linked, r);
    r.axis.parameter = "k0";
    const OrbitDiagram b = computeOrbitDiagram(plain, r);
    QCOMPARE(a.points, b.points);
    QCOMPARE(a.pointOffsets, b.pointOffsets);
    QVERIFY(a.points.front() != a.points.back()); // the columns do differ
}

void TestParameterLinks::ringStarEnsembleSweepsALink()
{
    // The Chialvo ring-star takes the ensemble kernel, which reads the node and coupling values
    // from the model after setting the swept parameter: a link over mu and sigma (sigma = mu / 2)
    // gives the diagram of the targets set by hand, column by column (exact arithmetic).
    auto linked = createModel("ring-star", {{"N", "5"}, {"R", "1"}});
    linked->setLinks({{"coupling", {{"mu", 1.0, 0.0}, {"sigma", 0.5, 0.0}}}});
    OrbitDiagramRequest r;
    r.transient = 150;
    r.samples = 40;
    r.keepPoints = true;
    r.exactArithmetic = true;
    r.axis = {"coupling", -1, 0.0, 0.04, 5};
    const OrbitDiagram d = computeOrbitDiagram(*linked, r);
    for (int c = 0; c < 5; ++c) {
        auto hand = createModel("ring-star", {{"N", "5"}, {"R", "1"}});
        hand->setParameter("mu", r.axis.value(c));
        hand->setParameter("sigma", 0.5 * r.axis.value(c));
        OrbitDiagramRequest one = r;
        one.axis = {"mu", -1, r.axis.value(c), 1.0, 1}; // one column: mu as set
        const OrbitDiagram h = computeOrbitDiagram(*hand, one);
        const auto c0 = static_cast<long>(d.pointOffsets[static_cast<std::size_t>(c)]),
                   c1 = static_cast<long>(d.pointOffsets[static_cast<std::size_t>(c) + 1]);
        QCOMPARE(std::vector<double>(d.points.begin() + c0, d.points.begin() + c1), h.points);
    }
}

void TestParameterLinks::planeScanWithLinkAxis()
{
    ChialvoMap linked;
    linked.setLinks({{"ab", {{"a", 1.0, 0.0}, {"b", 0.5, 0.2}}}});
    ScanRequest r;
    r.x = {"ab", -1, 0.8, 0.9, 5};
    r.y = ParameterAxis{"k0", -1, 0.0, 0.04, 4};
    SeriesSettings s;
    s.transient = 200;
    s.steps = 300;
    const MeanMeasure mean(0, s);
    const ScanResult res = computeScan(linked, mean, r);
    QCOMPARE(res.nx, 5);
    QCOMPARE(res.ny, 4);
    for (int iy = 0; iy < 4; ++iy)
        for (int ix = 0; ix < 5; ++ix) {
            ChialvoMap hand;
            const double v = r.x.value(ix);
            hand.setParameter("a", v);
            hand.setParameter("b", 0.5 * v + 0.2);
            hand.setParameter("k0", r.y->value(iy));
            const ScanValue expected = mean.evaluate(hand, hand.defaultInitialState(), nullptr);
            const auto cell = static_cast<std::size_t>(iy * 5 + ix);
            QVERIFY(res.defined[cell] && expected.defined);
            QCOMPARE(res.values[cell], expected.value);
        }
    // The Chialvo Lyapunov kernel (evaluateRow) over a link equals the scan over its target.
    ChialvoMap biased, plain;
    biased.setLinks({sameValue("bias", {"k0"})});
    LyapunovOptions lo;
    lo.transient = 100;
    lo.steps = 400;
    const LargestLyapunovMeasure lle(lo);
    ScanRequest one;
    one.x = {"bias", -1, 0.0, 0.05, 12};
    const ScanResult l1 = computeScan(biased, lle, one);
    one.x.parameter = "k0";
    const ScanResult l2 = computeScan(plain, lle, one);
    QCOMPARE(l1.values, l2.values);
}

void TestParameterLinks::fixedPointContinuationInLink()
{
    // Logistic map with r = 2 s + 1: the fixed point x* = 1 - 1/r = 2s / (2s + 1), and its
    // flip at r = 3, s = 1.
    auto m = createModel("logistic");
    m->setLinks({{"s", {{"r", 2.0, 1.0}}}});
    ContinuationOptions o;
    o.parameter = "s";
    o.startValue = 0.75;
    o.maximum = 1.3;
    o.maxPoints = 2000;
    o.maxStep = 0.02;
    const Branch b = continueCycle(*m, {0.6}, 1, o);
    QVERIFY(b.points.size() > 10);
    for (const auto& p : b.points) {
        const double s = p.parameters[0];
        QVERIFY(std::fabs(p.state[0] - 2.0 * s / (2.0 * s + 1.0)) < 1e-9);
    }
    const SpecialPoint* pd = nullptr;
    for (const auto& sp : b.specialPoints)
        if (sp.label == "PD")
            pd = &sp;
    QVERIFY(pd);
    QVERIFY(std::fabs(pd->point.parameters[0] - 1.0) < 1e-9);
    QVERIFY(std::fabs(pd->point.state[0] - 2.0 / 3.0) < 1e-9);
}

void TestParameterLinks::foldCurveInLinkAndParameter()
{
    // Hénon x' = 1 - a x^2 + y, y' = b x with a = 2 s + 0.1: the fixed points fold at
    // a = -(1 - b)^2 / 4, so the fold curve in (s, b) is 2 s + 0.1 = -(1 - b)^2 / 4.
    auto m = createModel("henon");
    m->setLinks({{"s", {{"a", 2.0, 0.1}}}});
    const double b0 = 0.3;
    m->setParameter("b", b0);
    ContinuationOptions o;
    o.parameter = "s";
    o.startValue = 0.2; // a = 0.5
    o.direction = -1;
    o.minimum = -1.0;
    o.maximum = 1.0;
    o.maxPoints = 300;
    const double x0 = (-(1 - b0) + std::sqrt((1 - b0) * (1 - b0) + 2.0)) / 1.0; // fixed point at a = 0.5
    const Branch branch = continueCycle(*m, {x0, b0 * x0}, 1, o);
    const SpecialPoint* lp = nullptr;
    for (const auto& sp : branch.specialPoints)
        if (sp.label == "LP")
            lp = &sp;
    QVERIFY(lp);
    QVERIFY(std::fabs(2.0 * lp->point.parameters[0] + 0.1 + (1 - b0) * (1 - b0) / 4) < 1e-9);
    ContinuationOptions c;
    c.parameter = "s";
    c.secondParameter = "b";
    c.direction = -1;
    c.secondMinimum = -0.5;
    c.secondMaximum = 0.9;
    c.maxPoints = 200;
    const Branch curve = continueCurve(*m, branch, *lp, c);
    QCOMPARE(curve.kind, BranchKind::FoldCurve);
    QVERIFY(curve.points.size() > 10);
    for (const auto& p : curve.points) {
        const double sv = p.parameters[0], b = p.parameters[1];
        QVERIFY(std::fabs(2.0 * sv + 0.1 + (1 - b) * (1 - b) / 4) < 1e-8);
    }
}

void TestParameterLinks::linkDerivativeIsWeightedSumOfTargets()
{
    // Diffusive chain, node i's x-update: x_i' = f(x_i, y_i) + sum_j sigma_ij (x_j - x_i), so
    // d x_i' / d sigma_ij = x_j - x_i and nothing else depends on sigma_ij. For the link
    // sigma_12 = v, sigma_21 = 2v, sigma_23 = 0.5v, sigma_32 = -v (+ offsets, which do not
    // change derivatives) the chain rule gives, with nodes 1, 2, 3 at x0, x1, x2:
    //   d x0'/dv = (x1 - x0),  d x1'/dv = 2 (x0 - x1) + 0.5 (x2 - x1),  d x2'/dv = -(x1 - x2),
    // and zero for every other component.
    auto chain = createModel("chain");
    chain->setLinks({{"v",
                      {{"sigma_12", 1.0, 0.0},
                       {"sigma_21", 2.0, 0.01},
                       {"sigma_23", 0.5, 0.0},
                       {"sigma_32", -1.0, 0.02}}}});
    chain->setParameter("v", 0.03);
    std::vector<double> x = chain->defaultInitialState();
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = 0.1 + 0.37 * static_cast<double>(i) - 0.05 * static_cast<double>(i * i);
    const int n = chain->dimension();
    const double x0 = x[static_cast<std::size_t>(variable(*chain, "x0"))],
                 x1 = x[static_cast<std::size_t>(variable(*chain, "x1"))],
                 x2 = x[static_cast<std::size_t>(variable(*chain, "x2"))];
    std::vector<double> closed(static_cast<std::size_t>(n), 0.0);
    closed[static_cast<std::size_t>(variable(*chain, "x0"))] = x1 - x0;
    closed[static_cast<std::size_t>(variable(*chain, "x1"))] = 2.0 * (x0 - x1) + 0.5 * (x2 - x1);
    closed[static_cast<std::size_t>(variable(*chain, "x2"))] = -(x1 - x2);

    CycleMap link(*chain, 1, {"v"});
    std::vector<double> dv(static_cast<std::size_t>(n));
    QVERIFY(link.parameterDerivative(x.data(), 0, dv.data()));
    // The weighted sum of the targets' own derivatives, each from a CycleMap of its own.
    std::vector<double> sum(static_cast<std::size_t>(n), 0.0), d(static_cast<std::size_t>(n));
    const double scales[] = {1.0, 2.0, 0.5, -1.0};
    for (int k = 0; k < 4; ++k) {
        CycleMap target(*chain, 1, {kChainCouplings[static_cast<std::size_t>(k)]});
        QVERIFY(target.parameterDerivative(x.data(), 0, d.data()));
        for (int i = 0; i < n; ++i)
            sum[static_cast<std::size_t>(i)] += scales[k] * d[static_cast<std::size_t>(i)];
    }
    for (int i = 0; i < n; ++i) {
        const auto u = static_cast<std::size_t>(i);
        // Linear in the couplings: the central difference has no truncation error, only rounding.
        QVERIFY2(std::fabs(dv[u] - closed[u]) < 1e-9, qPrintable(QString::number(i)));
        QVERIFY2(std::fabs(dv[u] - sum[u]) < 1e-12, qPrintable(QString::number(i)));
    }
    // A link cannot be free together with a parameter it sets.
    QVERIFY_THROWS_EXCEPTION(InputError, CycleMap(*chain, 1, {"v", "sigma_21"}));
}

QTEST_APPLESS_MAIN(TestParameterLinks)
#include "tst_parameterlinks.moc"
