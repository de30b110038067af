// Typed models (issue 18): typed versions of the built-in maps give the built-ins' values and
// exact Jacobians; the registry builds them from their settings.
#include "common/errors.h"
#include "equations/equationsmodel.h"
#include "maps/chialvo.h"
#include "model/registry.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace nd;
using namespace nd::eq;

namespace {

const char* const kChialvo = "map\n"
                             "var x = 0.5, y = 2\n"
                             "par a = 0.89 in [-10, 10], b = 0.6 in [-10, 10]\n"
                             "par c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]\n"
                             "x' = x^2*exp(y - x) + k0\n"
                             "y' = a*y - b*x + c\n";

// |a - b| relative to max(|a|, scale): the scale is the largest entry of the row, so an entry
// that cancels to nearly zero is judged against the row it sits in.
double relativeError(double a, double b, double scale)
{
    return std::fabs(a - b) / std::max({std::fabs(a), std::fabs(b), scale, 1e-300});
}

} // namespace

class TestTypedModels : public QObject {
    Q_OBJECT
private slots:
    void chialvoMatchesBuiltIn();
    void registryBuildsFromSettings();
    void backendChoices();
};

void TestTypedModels::chialvoMatchesBuiltIn()
{
    EquationsModel typed(parseModelText(kChialvo), Backend::Interpreter);
    ChialvoMap builtIn;
    typed.setParameter("b", 0.18);
    builtIn.setParameter("b", 0.18);
    QCOMPARE(typed.dimension(), 2);
    QCOMPARE(typed.timeKind(), TimeKind::Map);
    std::mt19937_64 rng(18);
    std::uniform_real_distribution<double> u(-3.0, 3.0);
    double worstJac = 0.0;
    for (int trial = 0; trial < 10000; ++trial) {
        const double x[2] = {u(rng), u(rng)};
        double f1[2], f2[2], j1[4], j2[4];
        typed.evaluate(x, f1);
        builtIn.evaluate(x, f2);
        // The same operations in the same order (x^2 is pow(x, 2), exact like x*x).
        QCOMPARE(f1[0], f2[0]);
        QCOMPARE(f1[1], f2[1]);
        typed.jacobian(x, j1);
        builtIn.jacobian(x, j2);
        for (int r = 0; r < 2; ++r) {
            const double scale = std::max(std::fabs(j2[2 * r]), std::fabs(j2[2 * r + 1]));
            for (int c = 0; c < 2; ++c)
                worstJac = std::max(worstJac, relativeError(j1[2 * r + c], j2[2 * r + c], scale));
        }
    }
    QVERIFY2(worstJac < 1e-13, qPrintable(QString::number(worstJac)));
}

void TestTypedModels::registryBuildsFromSettings()
{
    const auto m = createModel("equations", {{"definition", kChialvo}, {"backend", "interpreter"}});
    QCOMPARE(m->typeName(), std::string("equations"));
    QCOMPARE(m->parameterCount(), 4);
    QCOMPARE(m->parameter("a"), 0.89);
    const auto* typed = dynamic_cast<const EquationsModel*>(m.get());
    QVERIFY(typed);
    QCOMPARE(m->settings().at("definition"), formatModelText(typed->compiled().source));
    // The clone is an independent model with the same equations.
    auto c = m->clone();
    c->setParameter("a", 0.5);
    QCOMPARE(m->parameter("a"), 0.89);
    // Settings round trip through the registry.
    const auto again = createModel("equations", m->settings());
    QCOMPARE(again->settings(), m->settings());
    // No settings: the default definition (a typed Chialvo map), so listing every type works.
    QCOMPARE(createModel("equations")->dimension(), 2);
    try {
        createModel("equations", {{"definition", "  \n"}});
        QFAIL("an empty definition must be refused");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("definition") != std::string::npos);
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
    if (automatic.activeBackend() == Backend::Interpreter) {
        QVERIFY_THROWS_EXCEPTION(InputError, EquationsModel(source, Backend::Compiled));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("equations", {{"backend", "fast"}}));
}

QTEST_APPLESS_MAIN(TestTypedModels)
#include "tst_typedmodels.moc"
