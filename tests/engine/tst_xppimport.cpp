// XPPAUT import (issue 18.7) against independent references: the Chialvo and Rulkov .ode files
// against the built-in maps (step, Jacobian, a trajectory), Lorenz against its fixed points in
// closed form (0, 0, 0) and (+-sqrt(b(r-1)), +-sqrt(b(r-1)), r-1) with the Jacobian written out
// by hand there, FitzHugh-Nagumo against its fixed point from Cardano's formula and an RK4 of its
// right-hand side written here; every untranslatable line reported with its own line number.
#include "analysis/fixedpoints.h"
#include "equations/equationsmodel.h"
#include "equations/modelsource.h"
#include "equations/xppimport.h"
#include "maps/chialvo.h"
#include "maps/rulkov.h"
#include "simulate/flowtrajectory.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

using namespace nd;
using namespace nd::eq;

namespace {

std::string readData(const char* name)
{
    std::ifstream in(std::string(NEURODYN_XPP_DIR) + "/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

double relativeError(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

std::vector<int> noteLines(const XppImport& imported)
{
    std::vector<int> lines;
    for (const XppNote& n : imported.notes)
        lines.push_back(n.line);
    return lines;
}

// Step, Jacobian on random states and 300 iterations of the imported map against a built-in.
void compareMaps(const Model& typed, const Model& builtin, double lo, double hi)
{
    std::mt19937_64 rng(18);
    std::uniform_real_distribution<double> u(lo, hi);
    for (int trial = 0; trial < 1000; ++trial) {
        const double x[2] = {u(rng), u(rng)};
        double a[2], b[2], ja[4], jb[4];
        typed.evaluate(x, a);
        builtin.evaluate(x, b);
        typed.jacobian(x, ja);
        builtin.jacobian(x, jb);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(relativeError(a[i], b[i]) < 1e-13, qPrintable(QString::number(trial)));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(relativeError(ja[i], jb[i]) < 1e-13, qPrintable(QString::number(trial)));
    }
    SimulationOptions options;
    options.samples = 300;
    const Trajectory ta = simulateMap(typed, typed.defaultInitialState(), options);
    const Trajectory tb = simulateMap(builtin, builtin.defaultInitialState(), options);
    QCOMPARE(ta.rows(), tb.rows());
    for (std::size_t k = 0; k < ta.values.size(); ++k)
        QVERIFY2(relativeError(ta.values[k], tb.values[k]) < 1e-9, qPrintable(QString::number(k)));
}

} // namespace

class TestXppImport : public QObject {
    Q_OBJECT
private slots:
    void chialvoMatchesBuiltIn();
    void rulkovMatchesBuiltIn();
    void lorenzFixedPoints();
    void fitzHughNagumo();
    void untranslatableLinesReported();
    void expressionSyntax();
    void badLinesAreNoted_data();
    void badLinesAreNoted();
    void nothingUsableThrows();
};

void TestXppImport::chialvoMatchesBuiltIn()
{
    const XppImport imported = importXppText(readData("chialvo.ode"));
    const ModelSource& s = imported.source;
    QCOMPARE(s.kind, TimeKind::Map);
    QCOMPARE(s.variables.size(), std::size_t(2));
    QCOMPARE(s.variables[0].initial, 0.5);
    QCOMPARE(s.variables[1].initial, 2.0);
    QCOMPARE(s.parameters.size(), std::size_t(4));
    // Only the @ line is left out, and it says so at line 7.
    QCOMPARE(noteLines(imported), std::vector<int>{7});
    const EquationsModel typed(s, Backend::Interpreter);
    const ChialvoMap builtin;
    QCOMPARE(typed.parameter("b"), builtin.parameter("b"));
    compareMaps(typed, builtin, -1.5, 3.0);
}

void TestXppImport::rulkovMatchesBuiltIn()
{
    const XppImport imported = importXppText(readData("rulkov.ode"));
    const ModelSource& s = imported.source;
    QCOMPARE(s.kind, TimeKind::Map);
    QCOMPARE(s.functions.size(), std::size_t(1));
    QCOMPARE(s.functions[0].name, std::string("f"));
    QCOMPARE(s.variables[0].name, std::string("x"));
    QCOMPARE(s.variables[1].name, std::string("y"));
    QCOMPARE(s.variables[0].initial, -1.0);
    QCOMPARE(s.variables[1].initial, -3.0);
    QCOMPARE(s.parameters[0].name, std::string("alpha"));
    QCOMPARE(s.parameters[2].value, -1.0);
    // Slider ranges from 0 to twice the value: mu = 0.001 gets [0, 0.002], not 0.001 +- 1.
    QCOMPARE(s.parameters[1].typicalMinimum.value(), 0.0);
    QCOMPARE(s.parameters[1].typicalMaximum.value(), 0.002);
    QCOMPARE(s.parameters[2].typicalMinimum.value(), -2.0);
    QCOMPARE(s.parameters[2].typicalMaximum.value(), 0.0);
    // The capitals (line 3 is the first with one) are noted, nothing else.
    QCOMPARE(noteLines(imported), std::vector<int>{3});
    const EquationsModel typed(s, Backend::Interpreter);
    const RulkovMap builtin;
    compareMaps(typed, builtin, -3.0, 3.0);
}

void TestXppImport::lorenzFixedPoints()
{
    const XppImport imported = importXppText(readData("lorenz.ode"));
    QCOMPARE(imported.source.kind, TimeKind::Flow);
    QCOMPARE(imported.source.auxiliary.size(), std::size_t(2)); // beta and energy
    const EquationsModel typed(imported.source, Backend::Interpreter);
    const double s = 10, r = 28, b = 8.0 / 3.0;
    const double q = std::sqrt(b * (r - 1));
    const std::vector<std::vector<double>> expected = {{0, 0, 0}, {q, q, r - 1}, {-q, -q, r - 1}};
    FixedPointOptions options;
    options.boxMin = {-20, -20, 0};
    options.boxMax = {20, 20, 40};
    const std::vector<FixedPoint> found = findFixedPoints(typed, options);
    QCOMPARE(found.size(), expected.size());
    for (const auto& e : expected) {
        const bool hit = std::any_of(found.begin(), found.end(), [&](const FixedPoint& f) {
            return std::abs(f.state[0] - e[0]) < 1e-9 && std::abs(f.state[1] - e[1]) < 1e-9 &&
                   std::abs(f.state[2] - e[2]) < 1e-9;
        });
        QVERIFY2(hit, qPrintable(QString("(%1, %2, %3)").arg(e[0]).arg(e[1]).arg(e[2])));
        // Jacobian of the Lorenz field by hand: [[-s, s, 0], [r - z, -1, -x], [y, x, -b]].
        const double hand[9] = {-s, s, 0, r - e[2], -1, -e[0], e[1], e[0], -b};
        double jac[9], f[3];
        typed.jacobian(e.data(), jac);
        typed.evaluate(e.data(), f);
        for (int i = 0; i < 9; ++i)
            QVERIFY(std::abs(jac[i] - hand[i]) < 1e-13 * (1 + std::abs(hand[i])));
        for (double v : f)
            QVERIFY(std::abs(v) < 1e-12);
    }
}

void TestXppImport::fitzHughNagumo()
{
    const XppImport imported = importXppText(readData("fitzhugh.ode"));
    QCOMPARE(imported.source.kind, TimeKind::Flow);
    QVERIFY(imported.notes.empty());
    const EquationsModel typed(imported.source, Backend::Interpreter);
    const double iapp = 0.5, a = 0.7, b = 0.8, eps = 0.08, third = 0.3333333333333333;
    // Fixed point: w = (v + a)/b and v - v^3/3 - (v + a)/b + I = 0, i.e. the depressed cubic
    // v^3 + p v + q = 0 with p = 3 (1/b - 1), q = 3 (a/b - I); one real root (Cardano).
    const double p = 3 * (1 / b - 1), q = 3 * (a / b - iapp);
    const double disc = std::sqrt(q * q / 4 + p * p * p / 27);
    const double v = std::cbrt(-q / 2 + disc) + std::cbrt(-q / 2 - disc);
    const double w = (v + a) / b;
    const std::vector<FixedPoint> found = findFixedPoints(typed);
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(std::abs(found[0].state[0] - v) < 1e-10);
    QVERIFY(std::abs(found[0].state[1] - w) < 1e-10);

    // 2000 RK4 steps of dt = 0.01 from (-1, 1): the engine on the imported model against RK4
    // on the right-hand side typed here.
    auto field = [&](const double* x, double* out) {
        out[0] = x[0] - third * x[0] * x[0] * x[0] - x[1] + iapp;
        out[1] = eps * (x[0] + a - b * x[1]);
    };
    double x[2] = {-1, 1};
    const double dt = 0.01;
    FlowOptions options;
    options.dt = dt;
    options.samples = 21;
    options.stride = 100;
    const Trajectory traj = simulateFlow(typed, typed.defaultInitialState(), options);
    QCOMPARE(traj.rows(), std::size_t(21));
    for (int step = 0; step <= 2000; ++step) {
        if (step % 100 == 0) {
            const std::size_t row = static_cast<std::size_t>(step / 100);
            QVERIFY2(std::abs(traj.at(row, 0) - x[0]) < 1e-10, qPrintable(QString::number(step)));
            QVERIFY2(std::abs(traj.at(row, 1) - x[1]) < 1e-10, qPrintable(QString::number(step)));
        }
        double k1[2], k2[2], k3[2], k4[2], t[2];
        field(x, k1);
        for (int i = 0; i < 2; ++i)
            t[i] = x[i] + dt / 2 * k1[i];
        field(t, k2);
        for (int i = 0; i < 2; ++i)
            t[i] = x[i] + dt / 2 * k2[i];
        field(t, k3);
        for (int i = 0; i < 2; ++i)
            t[i] = x[i] + dt * k3[i];
        field(t, k4);
        for (int i = 0; i < 2; ++i)
            x[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    // The conditional aux: 1 above v = 1, 0 below.
    double aux[1];
    const double high[2] = {1.5, 0}, low[2] = {0.5, 0};
    typed.auxiliary(high, aux);
    QCOMPARE(aux[0], 1.0);
    typed.auxiliary(low, aux);
    QCOMPARE(aux[0], 0.0);
}

void TestXppImport::untranslatableLinesReported()
{
    const XppImport imported = importXppText(readData("untranslatable.ode"));
    // wiener (3), ran (5), the time t (6), @ (7), table (8), an array (10), '$' (11).
    QCOMPARE(noteLines(imported), (std::vector<int>{3, 5, 6, 7, 8, 10, 11}));
    for (const XppNote& n : imported.notes) {
        QVERIFY(!n.text.empty());
        QVERIFY(!n.reasonText().empty());
    }
    QVERIFY(imported.notes[1].reasonText().find("ran") != std::string::npos);
    QVERIFY(imported.notes[2].reasonText().find("time t") != std::string::npos);
    // What uses a line left out is left out too, and says which name it missed.
    const XppImport chain = importXppText("x(t+1)=x/2\naux p=q+1\naux q=ran(1)\nf(u)=u*q\naux r=f(x)\n");
    QCOMPARE(noteLines(chain), (std::vector<int>{2, 3, 4, 5}));
    QCOMPARE(chain.notes[0].reasonText(), std::string("uses q, which is not translated"));
    QCOMPARE(chain.notes[3].reasonText(), std::string("uses f, which is not translated"));
    // The model itself is complete: the logistic map and the aux that could be read.
    QCOMPARE(imported.source.equations.size(), std::size_t(1));
    QCOMPARE(imported.source.auxiliary.size(), std::size_t(1));
    QCOMPARE(imported.source.auxiliary[0].name, std::string("good"));
    const EquationsModel typed(imported.source, Backend::Interpreter);
    const double x0[1] = {0.2};
    double x1[1];
    typed.evaluate(x0, x1);
    QCOMPARE(x1[0], 0.5 * 0.2 * 0.8);
}

void TestXppImport::expressionSyntax()
{
    // mod is XPP's a - b floor(a/b) (sign of b); heav(0) = 1; if/then/else; & and |; ** power.
    const XppImport imported =
        importXppText("par k=3\n"
                      "x(t+1) = mod(x, k) + heav(x)*0 + if(x>1 & x<5 | x==-7)then(10)else(20) + 2**3\n"
                      "aux h = heav(x - 2)\n"
                      "aux m = mod(x, k)\n");
    const EquationsModel typed(imported.source, Backend::Interpreter);
    auto step = [&](double x) {
        double out[1];
        typed.evaluate(&x, out);
        return out[0];
    };
    QCOMPARE(step(4.0), 1.0 + 10 + 8);
    QCOMPARE(step(-7.0), 2.0 + 10 + 8); // -7 - 3 floor(-7/3) = -7 + 9
    QCOMPARE(step(6.0), 0.0 + 20 + 8);
    double aux[2];
    const double two[1] = {2.0};
    typed.auxiliary(two, aux);
    QCOMPARE(aux[0], 1.0);
    QCOMPARE(aux[1], 2.0);
    // '!' negates the operand after it (with its power), as in XPP's C-like expressions:
    // !x*x + 1 is (!x)*x + 1 (1 at x = 0; the loose 'not x*x + 1' gave 2), !x^2 is !(x^2), and
    // the translation reads back as the same source (the fuzz target's round trip).
    const XppImport negated = importXppText("x(t+1) = !x*x + 1 + !!(x-3)*10 + !x^2*100\n");
    const EquationsModel notModel(negated.source, Backend::Interpreter);
    auto notStep = [&](double x) {
        double out[1];
        notModel.evaluate(&x, out);
        return out[0];
    };
    QCOMPARE(notStep(0.0), 1.0 + 10 + 100);
    QCOMPARE(notStep(3.0), 1.0 + 0 + 0);
    QCOMPARE(notStep(2.0), 1.0 + 10 + 0);
    QVERIFY(parseModelText(formatModelText(negated.source)) == negated.source);
    // A reserved name is renamed, and the rename reported at its line.
    const XppImport renamed = importXppText("par in=2\nx(t+1)=in*x\n");
    QCOMPARE(renamed.source.parameters[0].name, std::string("in_"));
    QCOMPARE(renamed.notes.size(), std::size_t(1));
    QCOMPARE(renamed.notes[0].line, 1);
    // Capitals in an @ option are nothing to tell; in a statement that is read they are.
    const XppImport options = importXppText("x'=-x\n@ XP=X, YP=X\n");
    QCOMPARE(noteLines(options), std::vector<int>{2});
    QVERIFY(options.notes[0].reasonText().find("@ option") != std::string::npos);
    // Lines after done are not read; XPP's " notes are comments.
    const XppImport stopped = importXppText("\" a note on the model\nx'=-x\ndone\ny'=-y\n");
    QCOMPARE(stopped.source.variables.size(), std::size_t(1));
    QVERIFY(stopped.notes.empty());
}

void TestXppImport::badLinesAreNoted_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("par not a number") << QByteArray("par a=b") << "the value of a is not a number";
    QTest::newRow("second equation") << QByteArray("x(t+1)=x") << "a second equation for x";
    QTest::newRow("NUL byte") << QByteArray("aux q=x\0y", 9) << "0x00";
    QTest::newRow("not ASCII") << QByteArray("aux q=\xc3\xa9") << "0xC3";
    QTest::newRow("deep nesting") << "aux q=" + QByteArray(250, '(') + "x" + QByteArray(250, ')')
                                  << "nested more than 200 deep";
    QTest::newRow("unclosed") << QByteArray("aux q=(x") << "is not closed";
    QTest::newRow("if without else") << QByteArray("aux q=if(x>0)then(1)") << "then(...)else(...)";
    QTest::newRow("arity") << QByteArray("aux q=atan2(x)") << "atan2 takes 2 arguments, not 1";
    QTest::newRow("unknown function") << QByteArray("aux q=foo(x)") << "unknown function 'foo'";
    QTest::newRow("unknown name") << QByteArray("aux q=zz") << "unknown name 'zz'";
    QTest::newRow("init without equation") << QByteArray("init z=1") << "which has no equation";
    QTest::newRow("defined twice") << QByteArray("aux x=1") << "x is defined twice";
    QTest::newRow("ODE among maps") << QByteArray("dy/dt=-y") << "an ODE in a file of maps";
    QTest::newRow("global") << QByteArray("global 1 x-1 {x=0}") << "'global' statement";
    QTest::newRow("markov") << QByteArray("markov z 2") << "'markov' statement";
    QTest::newRow("not a statement") << QByteArray("123") << "not an XPP statement";
    QTest::newRow("juxtaposed names") << QByteArray("aux q=x x") << "two operands without an operator";
    QTest::newRow("number then name") << QByteArray("aux q=2x") << "two operands without an operator";
    QTest::newRow("comma outside a call") << QByteArray("aux q=x,x") << "',' has no counterpart";
    QTest::newRow("delay") << QByteArray("aux q=delay(x,1)") << "function delay has no counterpart";
}

// Each bad line on line 2 of a file whose model (line 1) is complete: noted there, with why.
void TestXppImport::badLinesAreNoted()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    const QByteArray text = "x(t+1)=x/2\n" + line + "\n";
    const XppImport imported = importXppText(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(imported.source.equations.size(), std::size_t(1));
    QCOMPARE(imported.source.auxiliary.size(), std::size_t(0));
    QCOMPARE(imported.notes.size(), std::size_t(1));
    QCOMPARE(imported.notes[0].line, 2);
    QVERIFY2(QString::fromStdString(imported.notes[0].reasonText()).contains(reason),
             imported.notes[0].reasonText().c_str());
}

void TestXppImport::nothingUsableThrows()
{
    QVERIFY_THROWS_EXCEPTION(EquationError, importXppText(""));
    QVERIFY_THROWS_EXCEPTION(EquationError, importXppText("par a=1\n# nothing else\n"));
    // Over the model language's limit on a whole text: refused before reading a line.
    QVERIFY_THROWS_EXCEPTION(EquationError,
                             importXppText(std::string(kMaxSourceBytes, '#') + "\nx(t+1)=x\n"));
    // An equation that cannot be translated leaves the model incomplete: an error at its line.
    try {
        importXppText("par a=1\nx' = a*ran(1)\n");
        QFAIL("no error");
    } catch (const EquationError& e) {
        QCOMPARE(e.where().line, 2);
        QVERIFY(std::string(e.what()).find("ran") != std::string::npos);
    }
    // Mixed maps and ODEs: the first form decides, the other is reported.
    const XppImport mixed = importXppText("x(t+1)=x/2\ny'=-y\n");
    QCOMPARE(mixed.source.kind, TimeKind::Map);
    QCOMPARE(noteLines(mixed), std::vector<int>{2});
}

QTEST_APPLESS_MAIN(TestXppImport)
#include "tst_xppimport.moc"
