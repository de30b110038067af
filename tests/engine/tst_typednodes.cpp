// Typed node maps inside networks (issue 18.5): a network whose nodes are typed copies of the
// built-in maps (their equations written here in the model language) is the built-in network
// itself: the same steps and Jacobians to 1e-13 relative on random states and the same
// trajectories; a typed node coupling through another variable is the built-in network with its
// state permuted; an edge-list network with a typed node matches a step computed by hand from
// its equations; the Jacobian stays exact (central differences as an independent check); bad
// settings are refused with the setting's name.
#include "common/errors.h"
#include "jacobiancheck.h"
#include "model/registry.h"
#include "network/mapnetwork.h"
#include "network/nodevariables.h"
#include "network/presetnetwork.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace nd;

class TestTypedNodes : public QObject {
    Q_OBJECT
private slots:
    void ringStarEqualsBuiltIn();
    void ringStarK4EqualsBuiltIn();
    void mixedChainEqualsBuiltIn();
    void couplingThroughAnotherVariable();
    void memristiveTypedNode();
    void edgeListNetworkByHand();
    void namesSettingsAndOverrides();
    void badInput();
};

namespace {
// The Chialvo map as a user would type it: the same operations as the built-in node.
const char* kTypedChialvo = R"(# Chialvo map, typed
map
var x = 0.5, y = 2
par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10], c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

// The memristive Chialvo map (maps/memristivechialvo.h), typed.
const char* kTypedMemristive = R"(map
var x = 0.5, y = 2, phi = 0.1
par a = 0.89, b = 0.6, c = 0.28, k0 = 0.03, k = -0.2, k1 = 0.1, k2 = 0.2, alpha = 0.1, beta = 0.2
aux m = alpha + 3*beta*phi*phi
x' = x*x*exp(y - x) + k0 + k*x*m
y' = a*y - b*x + c
phi' = k1*x - k2*phi
)";

// The Chialvo map with its variables in the other order: the coupling must still act on x.
const char* kSwappedChialvo = R"(map
var y = 2, x = 0.5
par a = 0.89, b = 0.6, c = 0.28, k0 = 0.03
y' = a*y - b*x + c
x' = x*x*exp(y - x) + k0
)";

std::vector<double> randomState(int n, std::mt19937_64& rng, double lo = -1.0, double hi = 1.5)
{
    std::uniform_real_distribution<double> u(lo, hi);
    std::vector<double> x(static_cast<std::size_t>(n));
    for (auto& v : x)
        v = u(rng);
    return x;
}

// Largest |a - b| / max(1, |a|, |b|): relative for entries of magnitude 1 and more, absolute
// below (a Jacobian entry such as (2x - x^2) e^(y-x) + k x M(phi) is a sum that cancels, and
// the built-in and the symbolic derivative add its terms in different orders).
double relativeDifference(const std::vector<double>& a, const std::vector<double>& b)
{
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double scale = std::max({1.0, std::fabs(a[i]), std::fabs(b[i])});
        worst = std::max(worst, std::fabs(a[i] - b[i]) / scale);
    }
    return worst;
}

std::vector<double> stepOf(const Model& m, const std::vector<double>& x)
{
    std::vector<double> out(x.size());
    m.evaluate(x.data(), out.data());
    return out;
}

std::vector<double> jacobianOf(const Model& m, const std::vector<double>& x)
{
    std::vector<double> jac(x.size() * x.size());
    m.jacobian(x.data(), jac.data());
    return jac;
}

// Sets the same values on the built-in network (name) and the typed one (t_name).
void setBoth(Model& builtIn, Model& typed, const std::string& name, double value, bool typedName = true)
{
    builtIn.setParameter(name, value);
    typed.setParameter(typedName ? "t_" + name : name, value);
}

// Steps, Jacobians on 200 random states and a 300-step trajectory of the typed network equal
// those of the built-in one. `perm[k]` is the typed network's state index of the built-in's k.
void expectSameNetwork(const Model& builtIn, const Model& typed, const std::vector<int>& perm = {})
{
    QCOMPARE(typed.dimension(), builtIn.dimension());
    const int n = builtIn.dimension();
    std::vector<int> p = perm;
    if (p.empty())
        for (int k = 0; k < n; ++k)
            p.push_back(k);
    auto toTyped = [&](const std::vector<double>& v) {
        std::vector<double> w(v.size());
        for (int k = 0; k < n; ++k)
            w[static_cast<std::size_t>(p[static_cast<std::size_t>(k)])] = v[static_cast<std::size_t>(k)];
        return w;
    };
    auto fromTyped = [&](const std::vector<double>& w) {
        std::vector<double> v(w.size());
        for (int k = 0; k < n; ++k)
            v[static_cast<std::size_t>(k)] = w[static_cast<std::size_t>(p[static_cast<std::size_t>(k)])];
        return v;
    };
    std::mt19937_64 rng(18);
    double worstStep = 0.0, worstJacobian = 0.0;
    for (int trial = 0; trial < 200; ++trial) {
        const auto x = randomState(n, rng);
        worstStep =
            std::max(worstStep, relativeDifference(stepOf(builtIn, x), fromTyped(stepOf(typed, toTyped(x)))));
        const auto jb = jacobianOf(builtIn, x);
        const auto jt = jacobianOf(typed, toTyped(x));
        std::vector<double> jtb(jb.size());
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                jtb[static_cast<std::size_t>(r * n + c)] = jt[static_cast<std::size_t>(
                    p[static_cast<std::size_t>(r)] * n + p[static_cast<std::size_t>(c)])];
        worstJacobian = std::max(worstJacobian, relativeDifference(jb, jtb));
    }
    QVERIFY2(worstStep <= 1e-13, qPrintable(QString::number(worstStep)));
    QVERIFY2(worstJacobian <= 1e-13, qPrintable(QString::number(worstJacobian)));

    // Trajectories from the default state with the nodes pulled apart (from identical node
    // states a symmetric network stays synchronised and every coupling term is exactly 0):
    // the same operations, so the same values to rounding (a chaotic orbit would show any
    // difference in rounding as a growing error).
    QCOMPARE(fromTyped(typed.defaultInitialState()), builtIn.defaultInitialState());
    auto xb = builtIn.defaultInitialState();
    std::uniform_real_distribution<double> spread(-0.05, 0.05);
    for (auto& v : xb)
        v += spread(rng);
    auto xt = toTyped(xb);
    double worstOrbit = 0.0;
    for (int s = 0; s < 300; ++s) {
        xb = stepOf(builtIn, xb);
        xt = stepOf(typed, xt);
        worstOrbit = std::max(worstOrbit, relativeDifference(xb, fromTyped(xt)));
    }
    QVERIFY2(worstOrbit <= 1e-12, qPrintable(QString::number(worstOrbit)));
}

template <class Fn> void expectInputError(Fn fn, const char* fragment)
{
    try {
        fn();
    } catch (const InputError& e) {
        if (!QString::fromUtf8(e.what()).contains(QString::fromUtf8(fragment)))
            QFAIL(qPrintable(QStringLiteral("message '%1' lacks '%2'").arg(e.what(), fragment)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("expected an InputError mentioning '%1'").arg(fragment)));
}
} // namespace

void TestTypedNodes::ringStarEqualsBuiltIn()
{
    const Settings common{{"N", "12"}, {"R", "2"}, {"triangles", "all"}, {"form", "product"}};
    Settings b = common, t = common;
    b["node"] = "chialvo";
    b["node3.b"] = "0.55";
    b["node5.a"] = "0.9";
    t["node"] = "typed";
    t["node-definition"] = kTypedChialvo;
    t["node3.t_b"] = "0.55"; // network name
    t["node5.a"] = "0.9";    // the definition's own name
    auto builtIn = createModel("ring-star", b);
    auto typed = createModel("ring-star", t);
    setBoth(*builtIn, *typed, "mu", 0.004, false);
    setBoth(*builtIn, *typed, "sigma", 0.02, false);
    setBoth(*builtIn, *typed, "sigma2", 0.003, false);
    setBoth(*builtIn, *typed, "b", 0.18);
    setBoth(*builtIn, *typed, "k0", 0.04);
    expectSameNetwork(*builtIn, *typed);
}

void TestTypedNodes::ringStarK4EqualsBuiltIn()
{
    Settings b{{"node", "chialvo"}, {"form", "cubic"}, {"counting", "ordered-pairs"}};
    Settings t = b;
    t["node"] = "typed";
    t["node-definition"] = kTypedChialvo;
    auto builtIn = createModel("ring-star-k4", b);
    auto typed = createModel("ring-star-k4", t);
    setBoth(*builtIn, *typed, "sigma1", 0.03, false);
    setBoth(*builtIn, *typed, "sigma2", 0.01, false);
    setBoth(*builtIn, *typed, "a", 0.88);
    expectSameNetwork(*builtIn, *typed);
}

void TestTypedNodes::mixedChainEqualsBuiltIn()
{
    auto builtIn = createModel("chain", {{"nodes", "chialvo,rulkov,chialvo"}});
    auto typed =
        createModel("chain", {{"nodes", "typed,rulkov,chialvo"}, {"node-definition", kTypedChialvo}});
    // Node 0 is typed (t_a, ...), node 2 keeps the built-in names: the built-in chain's shared
    // a, b, c, k0 go to both.
    for (const std::string name : {"a", "b", "c", "k0"})
        typed->setParameter("t_" + name, builtIn->parameter(name));
    for (const std::string name : {"sigma_12", "sigma_21", "sigma_23", "sigma_32"}) {
        builtIn->setParameter(name, 0.02 + 0.01 * static_cast<double>(name[6] - '0'));
        typed->setParameter(name, builtIn->parameter(name));
    }
    expectSameNetwork(*builtIn, *typed);
    QCOMPARE(typed->variableNames(), builtIn->variableNames());
}

void TestTypedNodes::couplingThroughAnotherVariable()
{
    // Typed nodes store (y, x): node i's x is state 2i + 1. With node-coupling = x the network
    // is the built-in ring-star with each node's pair swapped.
    auto builtIn = createModel("ring-star", {{"N", "8"}, {"R", "1"}, {"form", "linear"}});
    auto typed = createModel("ring-star", {{"N", "8"},
                                           {"R", "1"},
                                           {"form", "linear"},
                                           {"node", "typed"},
                                           {"node-definition", kSwappedChialvo},
                                           {"node-coupling", "x"}});
    setBoth(*builtIn, *typed, "sigma2", 0.01, false);
    setBoth(*builtIn, *typed, "mu", 0.02, false);
    std::vector<int> perm;
    for (int i = 0; i < 8; ++i) {
        perm.push_back(2 * i + 1);
        perm.push_back(2 * i);
    }
    expectSameNetwork(*builtIn, *typed, perm);
    const NodeVariables nv = nodeVariables(*typed);
    QCOMPARE(nv.indices.size(), std::size_t{8});
    for (int i = 0; i < 8; ++i)
        QCOMPARE(nv.indices[static_cast<std::size_t>(i)], 2 * i + 1);
}

void TestTypedNodes::memristiveTypedNode()
{
    auto builtIn = createModel("ring-star", {{"N", "6"}, {"R", "1"}, {"node", "memristive-chialvo"}});
    auto typed = createModel(
        "ring-star", {{"N", "6"}, {"R", "1"}, {"node", "typed"}, {"node-definition", kTypedMemristive}});
    QCOMPARE(typed->dimension(), 18);
    setBoth(*builtIn, *typed, "sigma2", 0.02, false);
    setBoth(*builtIn, *typed, "k", -0.3);
    typed->setParameter("t_alpha", builtIn->parameter("m_alpha"));
    typed->setParameter("t_beta", builtIn->parameter("m_beta"));
    expectSameNetwork(*builtIn, *typed);
    QCOMPARE(typed->variableNames(), builtIn->variableNames());
}

void TestTypedNodes::edgeListNetworkByHand()
{
    // Node 0 typed (a 2-D map coupling through v), node 1 Chialvo, node 2 Rulkov; edges
    // 0 <- 1 (0.1), 0 <- 2 (0.2), 1 <- 0 (0.3), 2 <- 0 (0.4), diffusive, no triangles.
    const char* def = R"(map
var u = 0.1, v = -0.2
par p = 0.7 in [0, 2], q = -0.4
u' = p*u - v^2
v' = sin(u) + q*v
)";
    auto net = createModel("map-network", {{"nodes", "typed,chialvo,rulkov"},
                                           {"edges", "0 1 0.1; 0 2 0.2; 1 0 0.3; 2 0 0.4"},
                                           {"triangles", ""},
                                           {"node-definition", def},
                                           {"node-coupling", "v"},
                                           {"node0.q", "-0.5"}});
    QCOMPARE(net->dimension(), 6);
    QCOMPARE(net->variableNames(), (std::vector<std::string>{"u0", "v0", "x1", "y1", "x2", "y2"}));
    QCOMPARE(net->defaultInitialState()[0], 0.1);
    QCOMPARE(net->defaultInitialState()[1], -0.2);
    QCOMPARE(net->parameter("t_p"), 0.7);
    const auto* preset = dynamic_cast<const PresetNetwork*>(net.get());
    QVERIFY(preset);
    QCOMPARE(preset->nodeParameter(0, "t_q"), -0.5);
    QCOMPARE(preset->nodeParameter(0, "p"), 0.7);
    const double p = 0.7, q = -0.5;
    const double a = net->parameter("a"), b = net->parameter("b"), c = net->parameter("c"),
                 k0 = net->parameter("k0");
    const double alpha = net->parameter("r_alpha"), mu = net->parameter("r_mu"),
                 rs = net->parameter("r_sigma");
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 50; ++trial) {
        const auto s = randomState(6, rng);
        const double u = s[0], v = s[1], x1 = s[2], y1 = s[3], x2 = s[4], y2 = s[5];
        const std::vector<double> expected = {
            p * u - v * v,
            std::sin(u) + q * v + 0.1 * (x1 - v) + 0.2 * (x2 - v),
            x1 * x1 * std::exp(y1 - x1) + k0 + 0.3 * (v - x1),
            a * y1 - b * x1 + c,
            alpha / (1.0 + x2 * x2) + y2 + 0.4 * (v - x2),
            y2 - mu * (x2 - rs),
        };
        const auto got = stepOf(*net, s);
        for (std::size_t k = 0; k < 6; ++k)
            QVERIFY2(std::fabs(got[k] - expected[k]) <= 1e-14 * std::max(1.0, std::fabs(expected[k])),
                     qPrintable(QStringLiteral("component %1").arg(k)));
        // The typed block by hand: d(u')/du = p, d(u')/dv = -2v, d(v')/du = cos u, d(v')/dv = q - 0.3
        // (the diffusive terms' -W row sum); coupling columns hold the weights.
        const auto j = jacobianOf(*net, s);
        QCOMPARE(j[0], p);
        QCOMPARE(j[1], -2.0 * v);
        QCOMPARE(j[6 + 0], std::cos(u));
        QVERIFY(std::fabs(j[6 + 1] - (q - 0.3)) <= 1e-15);
        QCOMPARE(j[6 + 2], 0.1);
        QCOMPARE(j[6 + 4], 0.2);
        QCOMPARE(j[2 * 6 + 1], 0.3);
        QCOMPARE(j[4 * 6 + 1], 0.4);
        QCOMPARE(j[2 * 6 + 0], 0.0); // node 1 sees v, not u
        QVERIFY(ndtest::jacobianError(*net, s) < 1e-6);
    }
}

void TestTypedNodes::namesSettingsAndOverrides()
{
    // Without typed nodes the new settings stay out of settings() (study files unchanged).
    auto plain = createModel("ring-star", {});
    QCOMPARE(plain->settings().count("node-definition"), std::size_t{0});
    QCOMPARE(plain->settings().count("node-coupling"), std::size_t{0});

    auto typed =
        createModel("ring-star", {{"N", "6"}, {"node", "typed"}, {"node-definition", kTypedChialvo}});
    std::vector<std::string> names;
    for (const auto& s : typed->parameterSpecs())
        names.push_back(s.name);
    QCOMPARE(names, (std::vector<std::string>{"mu", "sigma", "sigma2", "t_a", "t_b", "t_c", "t_k0"}));
    QCOMPARE(typed->parameterSpecs()[3].minimum, -10.0);
    QCOMPARE(typed->parameterSpecs()[3].maximum, 10.0);
    // The settings rebuild the same network (study files, clones, MPI tiles).
    auto again = createModel("ring-star", typed->settings());
    std::mt19937_64 rng(3);
    const auto x = randomState(typed->dimension(), rng);
    QCOMPARE(stepOf(*again, x), stepOf(*typed, x));
    const auto copy = typed->clone();
    QCOMPARE(stepOf(*copy, x), stepOf(*typed, x));
    // A definition kept while no node is typed (the GUI switching the node type back and forth)
    // adds no parameters, and is still checked and kept in the settings.
    auto kept =
        createModel("ring-star", {{"N", "6"}, {"node", "chialvo"}, {"node-definition", kTypedChialvo}});
    QCOMPARE(kept->parameterCount(), 7);
    QCOMPARE(kept->settings().at("node-definition"), std::string(kTypedChialvo));
    auto builtIn = createModel("ring-star", {{"N", "6"}});
    kept->setParameter("b", 0.2);
    builtIn->setParameter("b", 0.2);
    QCOMPARE(stepOf(*kept, x), stepOf(*builtIn, x));
    // Overrides are checked against the typed parameter's own range.
    expectInputError(
        [] {
            createModel("ring-star",
                        {{"node", "typed"}, {"node-definition", kTypedChialvo}, {"node2.t_a", "11"}});
        },
        "outside the valid range");
    expectInputError(
        [] {
            createModel("ring-star",
                        {{"node", "typed"}, {"node-definition", kTypedChialvo}, {"node2.zz", "1"}});
        },
        "a typed node has no parameter 'zz'");
}

void TestTypedNodes::badInput()
{
    expectInputError(
        [] {
            createModel("ring-star", {{"node", "typed"}});
        },
        "ring-star setting 'node-definition': node type 'typed' needs a definition");
    expectInputError(
        [] {
            createModel("chain", {{"nodes", "typed,rulkov"}, {"node-definition", "  \n"}});
        },
        "chain setting 'node-definition': node type 'typed' needs a definition");
    expectInputError(
        [] {
            createModel("ring-star",
                        {{"node", "typed"}, {"node-definition", "flow\nvar x = 1\ndx/dt = -x\n"}});
        },
        "ring-star setting 'node-definition': a typed node must be a map");
    expectInputError(
        [] {
            createModel("ring-star-k4",
                        {{"node", "typed"}, {"node-definition", kTypedChialvo}, {"node-coupling", "z"}});
        },
        "ring-star-k4 setting 'node-coupling': 'z' is not a variable of the typed node (variables: x, y)");
    expectInputError(
        [] {
            createModel("map-network",
                        {{"nodes", "typed,chialvo"}, {"node-definition", "map\nvar x1 = 0\nx1' = x1/2\n"}});
        },
        "map-network setting 'node-definition': the variable name 'x1' ends in a digit");
    expectInputError(
        [] {
            createModel("ring-star", {{"node", "typed"},
                                      {"node-definition", "map\nvar x = 0\npar t_a = 1\nx' = t_a*x\n"}});
        },
        "ring-star setting 'node-definition': the parameter name 't_a' clashes");
    // A language error keeps its line and column behind the setting's name.
    expectInputError(
        [] {
            createModel("ring-star", {{"node", "typed"}, {"node-definition", "map\nvar x = 0\nx' = x +\n"}});
        },
        "ring-star setting 'node-definition', line 3");
    expectInputError([] { createModel("chain", {{"nodes", "chialvo,typo"}}); }, "typed)");
}

QTEST_APPLESS_MAIN(TestTypedNodes)
#include "tst_typednodes.moc"
