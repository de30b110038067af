// The orbit-diagram fast path of networks of typed nodes (analysis/orbittypednetwork.h) against
// the generic one-column path over the same network hidden behind a plain Model (so no fast
// path applies): with exact arithmetic every value, count and escape bit for bit, for ring-stars
// with triadic terms, a chain of typed nodes coupling through their second variable, per-node
// overrides, sections and escaping columns; with the fast exp, values near a stable fixed point
// within 1e-12 of the generic path and the same law for any thread count; and a typed Chialvo
// ring-star gives the built-in Chialvo ring-star's diagram (both exact paths equal the generic
// path, whose steps agree bit for bit: tst_typednodes). With the fast exp, the compiled node
// kernel gives the interpreter's diagram bit for bit (parameters shared by the nodes and per
// node), and a typed Chialvo ring-star the built-in's fast kernel's diagram.
#include "analysis/orbitdiagram.h"
#include "equations/native.h"
#include "model/registry.h"
#include "network/mapnetwork.h"
#include "opaquemodel.h"

#include <QTest>

#include <cmath>

using namespace nd;

class TestTypedNetworkOrbit : public QObject {
    Q_OBJECT
private slots:
    void ringStarExactMatchesGenericPath();
    void chainThroughSecondVariable();
    void fastArithmetic();
    void typedEqualsBuiltInRingStar();
    void fastCompiledEqualsInterpreterAndBuiltIn();
};

namespace {
const char* kTypedChialvo = R"(map
var x = 0.5, y = 2
par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10], c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

void expectSameDiagram(const OrbitDiagram& a, const OrbitDiagram& b)
{
    QVERIFY(a.points == b.points);
    QVERIFY(a.counts == b.counts);
    QVERIFY(a.tone == b.tone);
    QCOMPARE(a.rangeMin, b.rangeMin);
    QCOMPARE(a.rangeMax, b.rangeMax);
    QCOMPARE(a.status.size(), b.status.size());
    for (std::size_t c = 0; c < a.status.size(); ++c) {
        QCOMPARE(a.status[c].runs, b.status[c].runs);
        QCOMPARE(a.status[c].escapedRuns, b.status[c].escapedRuns);
        QCOMPARE(a.status[c].escapeReason, b.status[c].escapeReason);
    }
}

void compareWithGeneric(const Model& model, const OrbitDiagramRequest& r)
{
    const ndtest::OpaqueModel generic(model);
    expectSameDiagram(computeOrbitDiagram(model, r), computeOrbitDiagram(generic, r));
}
} // namespace

void TestTypedNetworkOrbit::ringStarExactMatchesGenericPath()
{
    const auto net = createModel(
        "ring-star",
        {{"node", "typed"}, {"node-definition", kTypedChialvo}, {"form", "product"}, {"node4.t_b", "0.3"}});
    OrbitDiagramRequest r;
    r.axis = {"sigma2", -1, 0.0, 0.05, 19};
    r.transient = 200;
    r.samples = 150;
    r.keepPoints = true;
    r.exactArithmetic = true;
    r.tileColumns = 7;
    r.threads = 2;
    r.observable = Observable::meanOf(nodeVariableIndices(*net, "x"));
    QCOMPARE(r.observable.indices.size(), std::size_t(10));
    compareWithGeneric(*net, r);
    // One node's x, random starts, and columns that escape (t_a > 1 makes y grow geometrically).
    r.observable = Observable::variable(6);
    r.axis = {"t_a", -1, 0.8, 1.2, 21};
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 2;
    compareWithGeneric(*net, r);
    // Counted straight into bins, and local maxima only.
    r.keepPoints = false;
    r.autoRange = false;
    r.rangeMin = 0.0;
    r.rangeMax = 2.0;
    compareWithGeneric(*net, r);
    r.observable.section = Section::LocalMaxima;
    compareWithGeneric(*net, r);
}

void TestTypedNetworkOrbit::chainThroughSecondVariable()
{
    // Nodes store (y, x) and couple through x, with direct coupling: the coupling must read and
    // write the second variable of each block, in both paths alike.
    const char* swapped = R"(map
var y = 2, x = 0.5
par a = 0.89, b = 0.18, c = 0.28, k0 = 0.03
y' = a*y - b*x + c
x' = x*x*exp(y - x) + k0
)";
    const auto net = createModel("chain", {{"nodes", "typed,typed,typed,typed,typed"},
                                           {"node-definition", swapped},
                                           {"node-coupling", "x"},
                                           {"coupling", "direct"}});
    OrbitDiagramRequest r;
    r.axis = {"sigma_12", -1, 0.0, 0.3, 13};
    r.transient = 100;
    r.samples = 200;
    r.keepPoints = true;
    r.exactArithmetic = true;
    r.threads = 2;
    r.tileColumns = 5;
    r.observable = Observable::meanOf({1, 3, 5, 7, 9});
    compareWithGeneric(*net, r);
}

void TestTypedNetworkOrbit::fastArithmetic()
{
    // Near the synchronised network's stable fixed point (b = 0.6: x* = 0.0680655,
    // y* = 2.1741882) rounding differences do not grow: the fast exp stays within 1e-12 of the
    // generic path. Chaotic columns must at least not depend on the thread count.
    const auto net = createModel("ring-star", {{"node", "typed"}, {"node-definition", kTypedChialvo}});
    OrbitDiagramRequest r;
    r.axis = {"mu", -1, 0.0, 0.02, 11};
    r.transient = 100;
    r.samples = 400;
    r.keepPoints = true;
    r.observable = Observable::meanOf(nodeVariableIndices(*net, "x"));
    for (int node = 0; node < 10; ++node) {
        r.initial.push_back(0.0680655 + 1e-4 * (node % 3));
        r.initial.push_back(2.1741882 - 1e-4 * (node % 4));
    }
    const OrbitDiagram a = computeOrbitDiagram(*net, r);
    const OrbitDiagram b = computeOrbitDiagram(ndtest::OpaqueModel(*net), r);
    QCOMPARE(a.points.size(), b.points.size());
    for (std::size_t i = 0; i < a.points.size(); ++i)
        QVERIFY2(std::fabs(a.points[i] - b.points[i]) < 1e-12, qPrintable(QString::number(i)));
    net->setParameter("t_b", 0.18); // chaotic bursting
    r.initial.clear();
    r.threads = 1;
    const OrbitDiagram one = computeOrbitDiagram(*net, r);
    r.threads = 2;
    r.tileColumns = 3;
    const OrbitDiagram two = computeOrbitDiagram(*net, r);
    QVERIFY(one.points == two.points);
    QVERIFY(one.counts == two.counts);
}

void TestTypedNetworkOrbit::typedEqualsBuiltInRingStar()
{
    const auto builtIn = createModel("ring-star", {{"N", "12"}, {"R", "2"}});
    const auto typed = createModel(
        "ring-star", {{"N", "12"}, {"R", "2"}, {"node", "typed"}, {"node-definition", kTypedChialvo}});
    builtIn->setParameter("b", 0.18);
    typed->setParameter("t_b", 0.18);
    builtIn->setParameter("sigma2", 0.01);
    typed->setParameter("sigma2", 0.01);
    OrbitDiagramRequest r;
    r.axis = {"sigma", -1, 0.0, 0.1, 40};
    r.transient = 300;
    r.samples = 300;
    r.keepPoints = true;
    r.exactArithmetic = true;
    r.threads = 2;
    r.observable = Observable::meanOf(nodeVariableIndices(*builtIn, "x"));
    // Nodes that start apart: from identical states the symmetric network stays synchronised
    // and every coupling term is exactly 0.
    for (int node = 0; node < 12; ++node) {
        r.initial.push_back(0.5 + 0.01 * node);
        r.initial.push_back(2.0 - 0.02 * (node % 5));
    }
    expectSameDiagram(computeOrbitDiagram(*typed, r), computeOrbitDiagram(*builtIn, r));
}

void TestTypedNetworkOrbit::fastCompiledEqualsInterpreterAndBuiltIn()
{
    // Chaotic columns (b = 0.18), so one differing rounding anywhere would show in the points.
    const Settings ring{{"N", "12"}, {"R", "2"}};
    Settings typedSettings = ring;
    typedSettings["node"] = "typed";
    typedSettings["node-definition"] = kTypedChialvo;
    Settings overridden = typedSettings;
    overridden["node5.t_a"] = "0.87"; // parameters differ between nodes
    const auto builtIn = createModel("ring-star", ring);
    const auto compiled = createModel("ring-star", typedSettings);
    const auto compiledOverridden = createModel("ring-star", overridden);
    eq::setNativeCompileMode(eq::NativeCompileMode::Off);
    const auto interpreted = createModel("ring-star", typedSettings);
    const auto interpretedOverridden = createModel("ring-star", overridden);
    eq::setNativeCompileMode(eq::NativeCompileMode::Blocking);
    auto typedMap = [](const Model& m) { return dynamic_cast<const MapNetwork&>(m).description().typed; };
    QVERIFY(!typedMap(*interpreted)->native());
    for (Model* m : {builtIn.get(), compiled.get(), compiledOverridden.get(), interpreted.get(),
                     interpretedOverridden.get()}) {
        m->setParameter(m == builtIn.get() ? "b" : "t_b", 0.18);
        m->setParameter("sigma2", 0.01);
    }
    OrbitDiagramRequest r;
    r.axis = {"sigma", -1, 0.0, 0.1, 40};
    r.transient = 300;
    r.samples = 300;
    r.keepPoints = true;
    r.exactArithmetic = false;
    r.threads = 2;
    r.observable = Observable::meanOf(nodeVariableIndices(*builtIn, "x"));
    for (int node = 0; node < 12; ++node) {
        r.initial.push_back(0.5 + 0.01 * node);
        r.initial.push_back(2.0 - 0.02 * (node % 5));
    }
    const OrbitDiagram fromInterpreter = computeOrbitDiagram(*interpreted, r);
    // The built-in's fast kernel takes exp from the same fastExp, with the same operations.
    expectSameDiagram(fromInterpreter, computeOrbitDiagram(*builtIn, r));
    if (!typedMap(*compiled)->native())
        QSKIP("no C++ compiler here: the compiled node kernel cannot be compared");
    expectSameDiagram(computeOrbitDiagram(*compiled, r), fromInterpreter);
    const OrbitDiagram overriddenInterpreter = computeOrbitDiagram(*interpretedOverridden, r);
    QVERIFY(overriddenInterpreter.points != fromInterpreter.points);
    expectSameDiagram(computeOrbitDiagram(*compiledOverridden, r), overriddenInterpreter);
}

QTEST_APPLESS_MAIN(TestTypedNetworkOrbit)
#include "tst_typednetworkorbit.moc"
