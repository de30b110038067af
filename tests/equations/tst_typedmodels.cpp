// Typed models (issue 18): typed versions of the built-in maps give the built-ins' values,
// exact Jacobians, fixed points, Lyapunov spectra and continuation points; a typed flow's
// Jacobian matches hand-derived formulas; the registry builds typed models from their settings.
#include "analysis/fixedpoints.h"
#include "analysis/lyapunov.h"
#include "common/errors.h"
#include "continuation/cyclecontinuation.h"
#include "equations/equationsmodel.h"
#include "maps/chialvo.h"
#include "maps/memristivechialvo.h"
#include "maps/referencemaps.h"
#include "maps/rulkov.h"
#include "model/registry.h"

#include <QTest>

#include <Eigen/Dense>

#include <cmath>
#include <functional>
#include <random>
#include <thread>

using namespace nd;
using namespace nd::eq;

namespace {

// The built-in maps typed with the same parameter names and the same operations in the same
// order (core/maps/*.cpp), so their values agree bit for bit.
const char* const kChialvo = "map\n"
                             "var x = 0.5, y = 2\n"
                             "par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10]\n"
                             "par c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]\n"
                             "x' = x^2*exp(y - x) + k0\n"
                             "y' = a*y - b*x + c\n";

const char* const kMemristive =
    "map\n"
    "var x = 0.5, y = 2, phi = 0.1\n"
    "par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10], c = 0.28 in [-10, 10]\n"
    "par k0 = 0.03 in [-10, 10], k = -0.2 in [-10, 10], k1 = 0.1 in [-10, 10]\n"
    "par k2 = 0.2 in [-10, 10], alpha = 0.1 in [-10, 10], beta = 0.2 in [-10, 10]\n"
    "aux M = alpha + 3*beta*phi*phi   # the memductance\n"
    "x' = x*x*exp(y - x) + k0 + k*x*M\n"
    "y' = a*y - b*x + c\n"
    "phi' = k1*x - k2*phi\n";

const char* const kRulkov =
    "var x = -1, y = -3\n"
    "par alpha = 4.1 in [-1e3, 1e3], mu = 0.001 in [-10, 10], sigma = -1 in [-1e3, 1e3]\n"
    "x' = alpha/(1 + x*x) + y\n"
    "y' = y - mu*(x - sigma)\n";

const char* const kLogistic = "var x = 0.4\npar r = 3.7 in [-1e3, 1e3]\nx' = r*x*(1 - x)\n";

const char* const kDelayedLogistic = "var x = 0.4, y = 0.4\npar r = 1.9 in [-1e3, 1e3]\n"
                                     "x' = r*x*(1 - y)\ny' = x\n";

const char* const kHenon = "var x = 0.1, y = 0.1\npar a = 1.4 in [-1e3, 1e3], b = 0.3 in [-1e3, 1e3]\n"
                           "x' = 1 - a*x*x + y\ny' = b*x\n";

std::unique_ptr<EquationsModel> typed(const char* text)
{
    return std::make_unique<EquationsModel>(parseModelText(text), Backend::Interpreter);
}

struct Pair {
    const char* name;
    const char* text;
    std::function<std::unique_ptr<Model>()> builtIn;
    double lo, hi; // random states in [lo, hi]^n
};

std::vector<Pair> pairs()
{
    return {
        {"chialvo", kChialvo, [] { return std::make_unique<ChialvoMap>(); }, -3.0, 3.0},
        {"memristive-chialvo", kMemristive, [] { return std::make_unique<MemristiveChialvoMap>(); }, -3.0,
         3.0},
        {"rulkov", kRulkov, [] { return std::make_unique<RulkovMap>(); }, -5.0, 5.0},
        {"logistic", kLogistic, [] { return std::make_unique<LogisticMap>(); }, -2.0, 2.0},
        {"delayed-logistic", kDelayedLogistic, [] { return std::make_unique<DelayedLogisticMap>(); }, -2.0,
         2.0},
        {"henon", kHenon, [] { return std::make_unique<HenonMap>(); }, -2.0, 2.0},
    };
}

// The norm of the Jacobian comparison: |typed - builtin| / max(|entry|, row scale, 1), the row
// scale being the largest |entry| of the built-in's row, so an entry that is tiny next to its
// row is judged against the row, and entries below 1 absolutely: symbolic differentiation
// writes r x (1 - x) as r (1 - x) - r x where the built-in has r (1 - 2 x), and near x = 1/2
// both cancel to a few ulps of r, not of their tiny difference.
double worstJacobianError(const Model& a, const Model& b, double lo, double hi, int trials,
                          std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(a.dimension());
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(lo, hi);
    std::vector<double> x(n), ja(n * n), jb(n * n);
    double worst = 0.0;
    for (int t = 0; t < trials; ++t) {
        for (auto& v : x)
            v = u(rng);
        a.jacobian(x.data(), ja.data());
        b.jacobian(x.data(), jb.data());
        for (std::size_t r = 0; r < n; ++r) {
            double scale = 0.0;
            for (std::size_t c = 0; c < n; ++c)
                scale = std::max(scale, std::fabs(jb[r * n + c]));
            for (std::size_t c = 0; c < n; ++c) {
                const double d = std::fabs(ja[r * n + c] - jb[r * n + c]);
                const double ref = std::max({std::fabs(jb[r * n + c]), scale, 1.0});
                worst = std::max(worst, d / ref);
            }
        }
    }
    return worst;
}

// Fixed point of the Chialvo map at parameter b and its determinant minus 1 (an NS of a 2-D map
// is where det J = 1 with |trace J| < 2), solved independently of the engine: scalar Newton on
// x = x^2 exp(y(x) - x) + k0 with y = (c - b x)/(1 - a), then bisection in b.
double chialvoDetMinusOne(double b, double& x)
{
    const double a = 0.89, c = 0.28, k0 = 0.03;
    for (int i = 0; i < 100; ++i) {
        const double y = (c - b * x) / (1 - a);
        const double e = std::exp(y - x);
        const double g = x * x * e + k0 - x;
        const double dg = (2 * x - x * x * (1 + b / (1 - a))) * e - 1;
        const double step = g / dg;
        x -= step;
        if (std::fabs(step) < 1e-17)
            break;
    }
    const double y = (c - b * x) / (1 - a);
    const double e = std::exp(y - x);
    return a * (2 * x - x * x) * e + b * x * x * e - 1.0;
}

const SpecialPoint* findLabel(const Branch& b, const std::string& label)
{
    for (const auto& sp : b.specialPoints)
        if (sp.label == label)
            return &sp;
    return nullptr;
}

} // namespace

class TestTypedModels : public QObject {
    Q_OBJECT
private slots:
    void builtInsTyped_data();
    void builtInsTyped();
    void chialvoParameterJacobianAndAux();
    void fixedPointsAgree_data();
    void fixedPointsAgree();
    void lyapunovSpectraAgree_data();
    void lyapunovSpectraAgree();
    void chialvoNeimarkSackerInB();
    void flowJacobians();
    void lorenzSpectrum();
    void registryBuildsFromSettings();
    void backendChoices();
    void concurrentEvaluation();
    void escapesAreReturned();
};

void TestTypedModels::builtInsTyped_data()
{
    QTest::addColumn<int>("index");
    const auto all = pairs();
    for (std::size_t i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].name) << static_cast<int>(i);
}

void TestTypedModels::builtInsTyped()
{
    QFETCH(int, index);
    const Pair p = pairs()[static_cast<std::size_t>(index)];
    const auto t = typed(p.text);
    const auto b = p.builtIn();
    QCOMPARE(t->dimension(), b->dimension());
    QCOMPARE(t->variableNames(), b->variableNames());
    QCOMPARE(t->parameterCount(), b->parameterCount());
    for (int k = 0; k < b->parameterCount(); ++k) {
        QCOMPARE(t->parameterSpecs()[static_cast<std::size_t>(k)].name,
                 b->parameterSpecs()[static_cast<std::size_t>(k)].name);
        QCOMPARE(t->parameter(k), b->parameter(k));
    }
    QCOMPARE(t->defaultInitialState(), b->defaultInitialState());
    // Evaluation: the same operations in the same order, so equal to the last bit.
    const auto n = static_cast<std::size_t>(b->dimension());
    std::mt19937_64 rng(static_cast<std::uint64_t>(index) + 1);
    std::uniform_real_distribution<double> u(p.lo, p.hi);
    std::vector<double> x(n), ft(n), fb(n);
    for (int trial = 0; trial < 10000; ++trial) {
        for (auto& v : x)
            v = u(rng);
        t->evaluate(x.data(), ft.data());
        b->evaluate(x.data(), fb.data());
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE(ft[i], fb[i]);
    }
    // Jacobian: 10^4 random states, to 1e-13 relative (norm: worstJacobianError).
    const double worst =
        worstJacobianError(*t, *b, p.lo, p.hi, 10000, 100 + static_cast<std::uint64_t>(index));
    QVERIFY2(worst <= 1e-13, qPrintable(QString::number(worst)));
}

void TestTypedModels::chialvoParameterJacobianAndAux()
{
    // dF/d(a, b, c, k0) = [[0, 0, 0, 1], [y, -x, 1, 0]] exactly.
    const auto t = typed(kChialvo);
    const double x[2] = {0.7, -1.3};
    double pj[8];
    t->parameterJacobian(x, pj);
    const double expected[8] = {0, 0, 0, 1, -1.3, -0.7, 1, 0};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(pj[i], expected[i]);
    // The memristive model's aux M and its flux derivative dF_x/dbeta = 3 k x phi^2.
    const auto m = typed(kMemristive);
    QCOMPARE(m->auxiliaryNames(), std::vector<std::string>{"M"});
    const double s[3] = {0.5, 1.5, 0.25};
    double aux = 0.0;
    m->auxiliary(s, &aux);
    QCOMPARE(aux, 0.1 + 3 * 0.2 * 0.25 * 0.25);
    std::vector<double> mp(3 * 9);
    m->parameterJacobian(s, mp.data());
    const int beta = m->parameterIndex("beta");
    QVERIFY(std::fabs(mp[static_cast<std::size_t>(beta)] - 3 * -0.2 * 0.5 * 0.25 * 0.25) < 1e-16);
    QCOMPARE(mp[static_cast<std::size_t>(9 + beta)], 0.0);
}

void TestTypedModels::fixedPointsAgree_data()
{
    builtInsTyped_data();
}

void TestTypedModels::fixedPointsAgree()
{
    QFETCH(int, index);
    const Pair p = pairs()[static_cast<std::size_t>(index)];
    const auto t = typed(p.text);
    const auto b = p.builtIn();
    FixedPointOptions o;
    o.seeds = 64;
    o.threads = 1;
    const auto ft = findFixedPoints(*t, o);
    const auto fb = findFixedPoints(*b, o);
    QCOMPARE(ft.size(), fb.size());
    QVERIFY(!fb.empty());
    for (std::size_t i = 0; i < fb.size(); ++i) {
        for (std::size_t k = 0; k < fb[i].state.size(); ++k)
            QVERIFY(std::fabs(ft[i].state[k] - fb[i].state[k]) <= 1e-11 * (1 + std::fabs(fb[i].state[k])));
        QCOMPARE(ft[i].stability, fb[i].stability);
        QCOMPARE(ft[i].unstableCount, fb[i].unstableCount);
        for (std::size_t k = 0; k < fb[i].moduli.size(); ++k)
            QVERIFY(std::fabs(ft[i].moduli[k] - fb[i].moduli[k]) <= 1e-10 * (1 + fb[i].moduli[k]));
    }
}

void TestTypedModels::lyapunovSpectraAgree_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("value");
    QTest::newRow("chialvo b=0.18") << 0 << "b" << 0.18;
    QTest::newRow("memristive-chialvo") << 1 << "" << 0.0;
    QTest::newRow("rulkov") << 2 << "" << 0.0;
    QTest::newRow("logistic") << 3 << "" << 0.0;
    QTest::newRow("delayed-logistic r=2.1") << 4 << "r" << 2.1;
    QTest::newRow("henon") << 5 << "" << 0.0;
}

void TestTypedModels::lyapunovSpectraAgree()
{
    QFETCH(int, index);
    QFETCH(QString, parameter);
    QFETCH(double, value);
    const Pair p = pairs()[static_cast<std::size_t>(index)];
    const auto t = typed(p.text);
    const auto b = p.builtIn();
    if (!parameter.isEmpty()) {
        t->setParameter(parameter.toStdString(), value);
        b->setParameter(parameter.toStdString(), value);
    }
    LyapunovOptions o;
    o.transient = 1000;
    o.steps = 20000;
    o.curvePoints = 0;
    const auto x0 = b->defaultInitialState();
    const LyapunovResult rt = lyapunovSpectrum(*t, x0, o);
    const LyapunovResult rb = lyapunovSpectrum(*b, x0, o);
    QCOMPARE(rt.defined, rb.defined);
    QVERIFY(rb.defined);
    // The orbits are identical (bit-equal steps); the tangent dynamics differ by the Jacobians'
    // last bits only, so the spectra agree far below their statistical error.
    for (std::size_t k = 0; k < rb.exponents.size(); ++k)
        QVERIFY2(std::fabs(rt.exponents[k] - rb.exponents[k]) < 1e-9,
                 qPrintable(
                     QString("%1 vs %2").arg(rt.exponents[k], 0, 'g', 17).arg(rb.exponents[k], 0, 'g', 17)));
}

void TestTypedModels::chialvoNeimarkSackerInB()
{
    // Independent oracle: bisection of det J - 1 along the fixed point.
    double lo = 0.5, hi = 0.7, x = 0.3;
    double xlo = x;
    const double flo = chialvoDetMinusOne(lo, xlo);
    for (int i = 0; i < 200 && hi - lo > 1e-16; ++i) {
        const double mid = 0.5 * (lo + hi);
        double xm = xlo;
        if ((chialvoDetMinusOne(mid, xm) > 0) == (flo > 0)) {
            lo = mid;
            xlo = xm;
        } else {
            hi = mid;
        }
    }
    const double oracle = 0.5 * (lo + hi);
    QVERIFY2(std::fabs(oracle - 0.59277942886764) < 1e-10, qPrintable(QString::number(oracle, 'g', 17)));

    const auto t = typed(kChialvo);
    const ChialvoMap b;
    ContinuationOptions o;
    o.parameter = "b";
    o.startValue = 0.5;
    o.maximum = 0.7;
    double xs = 0.3;
    chialvoDetMinusOne(0.5, xs);
    const std::vector<double> start = {xs, (0.28 - 0.5 * xs) / (1 - 0.89)};
    const Branch bt = continueCycle(*t, start, 1, o);
    const Branch bb = continueCycle(b, start, 1, o);
    const SpecialPoint* nst = findLabel(bt, "NS");
    const SpecialPoint* nsb = findLabel(bb, "NS");
    QVERIFY(nst && nsb);
    const double typedNs = nst->point.parameters[0];
    QVERIFY2(std::fabs(typedNs - 0.59277942886764) < 1e-10, qPrintable(QString::number(typedNs, 'g', 17)));
    QVERIFY(std::fabs(typedNs - nsb->point.parameters[0]) < 1e-10);
}

void TestTypedModels::flowJacobians()
{
    // FitzHugh-Nagumo: J = [[1 - v^2, -1], [eps, -eps b]].
    const auto fhn = typed("flow\nvar v = -1, w = 0\n"
                           "par I = 0.5, eps = 0.08, a = 0.7, b = 0.8\n"
                           "dv/dt = v - v^3/3 - w + I\n"
                           "dw/dt = eps*(v + a - b*w)\n");
    QCOMPARE(fhn->timeKind(), TimeKind::Flow);
    // Lorenz: J = [[-s, s, 0], [r - z, -1, -x], [y, x, -b]].
    const auto lorenz = typed("var x = 1, y = 1, z = 1\npar s = 10, r = 28, b = 2.6666666666666665\n"
                              "dx/dt = s*(y - x)\ndy/dt = x*(r - z) - y\ndz/dt = x*y - b*z\n");
    QCOMPARE(lorenz->timeKind(), TimeKind::Flow);
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-20.0, 20.0);
    for (int trial = 0; trial < 1000; ++trial) {
        const double v = u(rng), w = u(rng), z = u(rng);
        double j[9];
        const double s2[2] = {v, w};
        fhn->jacobian(s2, j);
        QVERIFY(std::fabs(j[0] - (1 - v * v)) <= 1e-15 * (1 + v * v));
        QCOMPARE(j[1], -1.0);
        QCOMPARE(j[2], 0.08);
        QCOMPARE(j[3], -0.08 * 0.8);
        const double s3[3] = {v, w, z};
        lorenz->jacobian(s3, j);
        const double e[9] = {-10, 10, 0, 28 - z, -1, -v, w, v, -2.6666666666666665};
        for (int k = 0; k < 9; ++k)
            QCOMPARE(j[k], e[k]);
        double f[3];
        lorenz->evaluate(s3, f);
        QCOMPARE(f[0], 10 * (w - v));
        QCOMPARE(f[1], v * (28 - z) - w);
        QCOMPARE(f[2], v * w - 2.6666666666666665 * z);
    }
}

void TestTypedModels::lorenzSpectrum()
{
    // A typed flow through the variational equations of the exact Jacobian: the exponents of
    // the Lorenz system sum to the Jacobian's constant trace -(s + 1 + b) (volume contraction),
    // one is 0 (the flow direction) and the largest is about 0.906 (Sprott's value).
    const auto lorenz = typed("var x = 1, y = 1, z = 1\npar s = 10, r = 28, b = 2.6666666666666665\n"
                              "dx/dt = s*(y - x)\ndy/dt = x*(r - z) - y\ndz/dt = x*y - b*z\n");
    LyapunovOptions o;
    o.transient = 2000;
    o.steps = 100000;
    o.dt = 0.01;
    o.curvePoints = 0;
    const LyapunovResult r = lyapunovSpectrum(*lorenz, lorenz->defaultInitialState(), o);
    QVERIFY2(r.defined, r.reason.c_str());
    QVERIFY2(std::fabs(r.sum + (10 + 1 + 2.6666666666666665)) < 1e-3, qPrintable(QString::number(r.sum)));
    QVERIFY2(std::fabs(r.exponents[0] - 0.906) < 0.05, qPrintable(QString::number(r.exponents[0])));
    QVERIFY2(std::fabs(r.exponents[1]) < 0.02, qPrintable(QString::number(r.exponents[1])));
}

void TestTypedModels::registryBuildsFromSettings()
{
    const auto m = createModel("equations", {{"definition", kChialvo}, {"backend", "interpreter"}});
    QCOMPARE(m->typeName(), std::string("equations"));
    QCOMPARE(m->parameterCount(), 4);
    QCOMPARE(m->parameter("a"), 0.89);
    const auto* t = dynamic_cast<const EquationsModel*>(m.get());
    QVERIFY(t);
    QCOMPARE(m->settings().at("definition"), formatModelText(t->compiled().source));
    QCOMPARE(m->settings().at("backend"), std::string("interpreter"));
    // Typical ranges default to value -+ 1, clamped into the valid range.
    QCOMPARE(m->parameterSpecs()[0].typicalMinimum, 0.89 - 1.0);
    QCOMPARE(m->parameterSpecs()[0].typicalMaximum, 1.89);
    const auto clamped =
        createModel("equations", {{"definition", "var x\npar r = 0.5 in [0, 1]\nx' = r*x\n"}});
    QCOMPARE(clamped->parameterSpecs()[0].typicalMinimum, 0.0);
    QCOMPARE(clamped->parameterSpecs()[0].typicalMaximum, 1.0);
    // The clone is an independent model with the same equations.
    auto c = m->clone();
    c->setParameter("a", 0.5);
    QCOMPARE(m->parameter("a"), 0.89);
    QCOMPARE(c->parameter("a"), 0.5);
    // Settings round trip through the registry.
    const auto again = createModel("equations", m->settings());
    QCOMPARE(again->settings(), m->settings());
    // No settings: the default definition (a typed Chialvo map), so listing every type works.
    const auto byDefault = createModel("equations");
    QCOMPARE(byDefault->dimension(), 2);
    QCOMPARE(byDefault->parameter("b"), ChialvoMap().parameter("b"));
    try {
        createModel("equations", {{"definition", "  \n"}});
        QFAIL("an empty definition must be refused");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("definition") != std::string::npos);
    }
    try {
        createModel("equations", {{"definition", "var x\nx' = y\n"}});
        QFAIL("a bad definition must be refused");
    } catch (const EquationError& e) {
        QCOMPARE(e.where(), (SourceLocation{2, 6}));
        QCOMPARE(e.field(), std::string("definition"));
        QVERIFY(std::string(e.what()).find("line 2, column 6") != std::string::npos);
    }
    try {
        createModel("equations", {{"definition", kChialvo}, {"colour", "red"}});
        QFAIL("an unknown setting must be refused");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("colour") != std::string::npos);
    }
}

void TestTypedModels::backendChoices()
{
    const ModelSource source = parseModelText(kChialvo);
    EquationsModel interpreted(source, Backend::Interpreter);
    QCOMPARE(interpreted.activeBackend(), Backend::Interpreter);
    QVERIFY(interpreted.fallbackReason().empty());
    EquationsModel automatic(source, Backend::Auto);
    // Whatever the compiled backend can do here, auto never fails and says why it fell back.
    QCOMPARE(automatic.activeBackend() == Backend::Interpreter, !automatic.fallbackReason().empty());
    if (automatic.activeBackend() == Backend::Interpreter)
        QVERIFY_THROWS_EXCEPTION(InputError, EquationsModel(source, Backend::Compiled));
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("equations", {{"backend", "fast"}}));
}

void TestTypedModels::concurrentEvaluation()
{
    // evaluate() and jacobian() are const and may run on several threads at once (each thread
    // has its own scratch buffer): every thread gets the serial results.
    const auto t = typed(kMemristive);
    constexpr int kStates = 2000;
    std::vector<double> states(3 * kStates), serial(12 * kStates);
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    for (auto& v : states)
        v = u(rng);
    for (int i = 0; i < kStates; ++i) {
        t->evaluate(&states[3 * static_cast<std::size_t>(i)], &serial[12 * static_cast<std::size_t>(i)]);
        t->jacobian(&states[3 * static_cast<std::size_t>(i)], &serial[12 * static_cast<std::size_t>(i) + 3]);
    }
    std::vector<std::vector<double>> results(4, std::vector<double>(12 * kStates));
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < results.size(); ++k) {
        threads.emplace_back([&, k] {
            for (int rep = 0; rep < 5; ++rep) {
                for (int i = 0; i < kStates; ++i) {
                    const auto at = static_cast<std::size_t>(i);
                    t->evaluate(&states[3 * at], &results[k][12 * at]);
                    t->jacobian(&states[3 * at], &results[k][12 * at + 3]);
                }
            }
        });
    }
    for (auto& th : threads)
        th.join();
    for (const auto& r : results)
        QVERIFY(r == serial);
}

void TestTypedModels::escapesAreReturned()
{
    // Like the built-in maps, an overflow or NaN is the model's value: the analyses detect the
    // escape from the state.
    const auto t = typed(kChialvo);
    const ChialvoMap b;
    const double far[2] = {-800.0, 0.0};
    double ft[2], fb[2];
    t->evaluate(far, ft);
    b.evaluate(far, fb);
    QVERIFY(std::isinf(ft[0]) && std::isinf(fb[0]));
    const double nan[2] = {std::nan(""), 0.0};
    t->evaluate(nan, ft);
    QVERIFY(std::isnan(ft[0]) && std::isnan(ft[1]));
}

QTEST_APPLESS_MAIN(TestTypedModels)
#include "tst_typedmodels.moc"
