// Orbit diagrams of typed models (issue 18) through their lane runner (analysis/orbitlanes.cpp):
// on the compiled kernels and on the interpreter, every value, count, escape and reason equals
// the generic one-column path's (the same model hidden behind another type), escapes, several
// random runs per column, sections and direct binning included; and a typed Chialvo map written
// with the built-in's expression order gives the built-in model's diagram bit for bit.
#include "analysis/orbitdiagram.h"
#include "equations/equationsmodel.h"
#include "equations/modelsource.h"
#include "maps/chialvo.h"
#include "typedmaps.h"
#include "opaquemodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using namespace nd::eq;

class TestTypedOrbit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lanesMatchGenericPath_data();
    void lanesMatchGenericPath();
    void typedChialvoEqualsBuiltIn();

private:
    QTemporaryDir m_cache;
};

namespace {

// r above 4 sends orbits from (0, 1) to -infinity: those columns escape.
const char* const kLogistic = R"(map
var x = 0.4
par r = 3.7 in [0, 10]
x' = r*x*(1 - x)
)";

void compare(const OrbitDiagram& a, const OrbitDiagram& b)
{
    QVERIFY(a.points == b.points);
    QVERIFY(a.pointOffsets == b.pointOffsets);
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

} // namespace

void TestTypedOrbit::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("NEURODYN_CACHE_DIR", m_cache.path().toUtf8());
}

void TestTypedOrbit::lanesMatchGenericPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("variable");
    QTest::addColumn<bool>("compiled");
    for (bool compiled : {true, false}) {
        const char* backend = compiled ? "compiled" : "interpreter";
        QTest::addRow("logistic with escapes, %s", backend)
            << QString::fromLatin1(kLogistic) << "r" << 3.4 << 4.3 << 0 << compiled;
        QTest::addRow("chialvo, %s", backend)
            << QString::fromLatin1(ndtest::kTypedChialvo) << "b" << 0.1 << 0.6 << 0 << compiled;
        QTest::addRow("henon y, %s", backend)
            << QString::fromLatin1(ndtest::kTypedHenon) << "a" << 1.0 << 1.5 << 1 << compiled;
    }
}

void TestTypedOrbit::lanesMatchGenericPath()
{
    QFETCH(QString, text);
    QFETCH(QString, parameter);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, variable);
    QFETCH(bool, compiled);
    const EquationsModel typed(parseModelText(text.toStdString()),
                               compiled ? Backend::Compiled : Backend::Interpreter);
    QCOMPARE(typed.activeBackend(), compiled ? Backend::Compiled : Backend::Interpreter);
    const ndtest::OpaqueModel generic(typed);

    OrbitDiagramRequest r;
    r.axis = {parameter.toStdString(), -1, from, to, 41};
    r.transient = 300;
    r.samples = 250;
    r.keepPoints = true;
    r.tileColumns = 11;
    r.threads = 2;
    r.observable = Observable::variable(variable);
    // Recorded values, fixed initial state.
    compare(computeOrbitDiagram(typed, r), computeOrbitDiagram(generic, r));
    // Several random starts per column and local maxima only.
    r.policy = InitialPolicy::RandomPerColumn;
    r.initialCount = 3;
    r.boxMin = std::vector<double>(static_cast<std::size_t>(typed.dimension()), 0.05);
    r.boxMax = std::vector<double>(static_cast<std::size_t>(typed.dimension()), 0.3);
    r.observable.section = Section::LocalMaxima;
    compare(computeOrbitDiagram(typed, r), computeOrbitDiagram(generic, r));
    // A fixed range and no kept points: the lanes bin straight into the raster.
    r.observable.section = Section::None;
    r.keepPoints = false;
    r.autoRange = false;
    r.rangeMin = -0.5;
    r.rangeMax = 1.2;
    r.bins = 53;
    compare(computeOrbitDiagram(typed, r), computeOrbitDiagram(generic, r));
}

void TestTypedOrbit::typedChialvoEqualsBuiltIn()
{
    // The built-in model's expression order (chialvo.h): every value the same, on both backends.
    for (Backend backend : {Backend::Compiled, Backend::Interpreter}) {
        const EquationsModel typed(parseModelText(ndtest::kTypedChialvo), backend);
        ChialvoMap builtIn(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
        OrbitDiagramRequest r;
        r.axis = {"k0", -1, 0.0, 0.06, 37};
        r.transient = 500;
        r.samples = 300;
        r.keepPoints = true;
        r.threads = 2;
        compare(computeOrbitDiagram(typed, r), computeOrbitDiagram(builtIn, r));
    }
}

QTEST_GUILESS_MAIN(TestTypedOrbit)
#include "tst_typedorbit.moc"
