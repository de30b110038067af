// Typed models' compiled backend (issue 18, core/equations/native.h): the compiled kernels give
// the interpreter's values bit for bit (step, Jacobian, parameter Jacobian, auxiliary values,
// lanes) on several models and on every operation at its kinks; the disk cache is used
// instead of the compiler (counted by a compiler wrapper); one process compiles a model once
// however many threads ask; a missing or failing compiler gives a reason and the model falls
// back to the interpreter; the Background mode returns at once and delivers later; odd but
// valid names never reach the generated code. The fast node kernel (stepNodesFast) gives a
// reference evaluator's values bit for bit, with exp from nd::fastExp also at its edges. The
// cache folder is a temporary one.
#include "common/errors.h"
#include "ensemble/vectormath.h"
#include "equations/equationsmodel.h"
#include "equations/modelsource.h"
#include "equations/native.h"
#include "equations/opeval.h"
#include "equations/program.h"
#include "typedmaps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <thread>

using namespace nd;
using namespace nd::eq;

class TestNativeModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nativeEqualsInterpreter_data();
    void nativeEqualsInterpreter();
    void fastExpAtItsEdges();
    void oddNamesGiveValidCode();
    void secondCompileUsesTheCache();
    void concurrentCallsCompileOnce();
    void missingOrFailingCompiler();
    void hangingCompilerIsKilled();
    void malformedProgramsAreRefused();
    void backgroundModeReturnsAtOnce();
    void offModeNeverCompiles();
    void backgroundCompilesOneAtATime();

private:
    QTemporaryDir m_dir;
    QByteArray m_realCompiler;
    QString writeWrapper(const QString& name, const QString& body);
};

namespace {

const char* const kChialvo = R"(map
var x = 0.5, y = 1
par a = 0.89, b = 0.18, c = 0.28, k0 = 0.03
x' = x^2*exp(y - x) + k0
y' = a*y - b*x + c
)";

const char* const kMemristive = R"(map
var x = 0.5, y = 1, phi = 0.1
par a = 0.89, b = 0.6, c = 0.28, k0 = 0.04, k = -0.2, alpha = 0.1, beta = 0.2, k1 = 0.1, k2 = 0.2
x' = x^2*exp(y - x) + k0 + k*x*(alpha + 3*beta*phi^2)
y' = a*y - b*x + c
phi' = k1*x - k2*phi
)";

const char* const kRulkov = R"(map
var x = -1, y = -3
par alpha = 4.1, sigma = 0.001, mu = 0.001
x' = if(x <= 0, alpha/(1 - x) + y, if(x < alpha + y, alpha + y, -1))
y' = y - mu*(x + 1) + mu*sigma
)";


const char* const kLogistic = R"(map
var x = 0.4
par r = 3.7
x' = r*x*(1 - x)
)";

// Every operation of the language, with conditions, at states that hit their kinks.
const char* const kEveryOperation = R"(map
var u = 0.3, v = -0.2, w = 0.7
par a = 0.5, b = 2
aux s = sin(u)*cos(v) + tan(w/3) - pi
aux t = asin(u/4) + acos(v/4) + atan(w) + atan2(u, v)
u' = s + sinh(u) - cosh(v) + tanh(w) + log(abs(u) + 1) + log10(w*w + 1) + sqrt(abs(v)) + exp(-u)
v' = min(u, v) + max(v, w) + floor(a*u) + ceil(b*v) + sign(u - v) + heaviside(w) + pow(abs(u), b) + u^3 + t
w' = if(u < v and not (w >= a) or u == v, -w, w/2) + (u != v) + (u > w) + (v <= w) - a*b/(u - w)
)";

const char* const kFlow = R"(flow
var x = 1, y = 0, z = 0
par sigma = 10, rho = 28, beta = 2.6666666666666665
dx/dt = sigma*(y - x)
dy/dt = x*(rho - z) - y
dz/dt = x*y - beta*z
)";


bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) ||
           std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// Random states in [-2, 2], every fourth component replaced by a kink value (0, +-1, another
// component), and the parameters jittered around their defaults.
struct Samples {
    std::vector<std::vector<double>> x, p;
};

Samples samples(const CompiledModel& m, int count)
{
    std::mt19937_64 rng(18);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    Samples s;
    for (int i = 0; i < count; ++i) {
        std::vector<double> x(static_cast<std::size_t>(m.dimension)), p;
        for (std::size_t d = 0; d < x.size(); ++d) {
            x[d] = u(rng);
            if ((i + static_cast<int>(d)) % 4 == 0)
                x[d] = std::array<double, 4>{0.0, 1.0, -1.0, x[0]}[static_cast<std::size_t>(i / 4 % 4)];
        }
        for (const ParameterDef& def : m.source.parameters)
            p.push_back(def.value * (1.0 + 0.1 * u(rng)));
        s.x.push_back(x);
        s.p.push_back(p);
    }
    return s;
}

// The step program at one state with opeval.h's operations and nd::fastExp for exp: what
// NativeKernels::stepNodesFast must give, written independently of the generator.
std::vector<double> fastReference(const Program& prog, const double* x, const double* p)
{
    std::vector<double> r(prog.code.size());
    for (std::size_t i = 0; i < prog.code.size(); ++i) {
        const Instruction& in = prog.code[i];
        const auto a = static_cast<std::size_t>(std::max(in.a, 0)),
                   b = static_cast<std::size_t>(std::max(in.b, 0)),
                   c = static_cast<std::size_t>(std::max(in.c, 0));
        switch (in.op) {
        case Op::Constant:
            r[i] = in.value;
            break;
        case Op::Variable:
            r[i] = x[in.index];
            break;
        case Op::Parameter:
            r[i] = p[in.index];
            break;
        case Op::Exp:
            r[i] = fastExp(r[a]);
            break;
        case Op::Select:
            r[i] = detail::applySelect(r[a], r[b], r[c]);
            break;
        default:
            r[i] = detail::isUnary(in.op) ? detail::applyUnary(in.op, r[a])
                                          : detail::applyBinary(in.op, r[a], r[b]);
        }
    }
    std::vector<double> out;
    for (std::int32_t o : prog.outputs)
        out.push_back(r[static_cast<std::size_t>(o)]);
    return out;
}

// stepNodesFast over `nodes` x `lanes` of the samples from `first`, parameters per node or (when
// uniform) node 0's for all, against fastReference. Returns the first mismatch, empty if none.
QString checkFastNodes(const CompiledModel& m, const NativeKernels& native, const Samples& s,
                       std::size_t first, int nodes, int lanes, bool uniform)
{
    const int n = m.dimension, np = m.parameterCount, total = nodes * lanes;
    const long pRow = uniform ? lanes : total, pNode = uniform ? 0 : lanes;
    std::vector<double> x(static_cast<std::size_t>(n * total)), p(static_cast<std::size_t>(np * total)),
        out(static_cast<std::size_t>(n * total));
    auto sample = [&](int j, int l) { return first + static_cast<std::size_t>(uniform ? l : j * lanes + l); };
    for (int j = 0; j < nodes; ++j)
        for (int l = 0; l < lanes; ++l) {
            const std::size_t i = first + static_cast<std::size_t>(j * lanes + l);
            for (int d = 0; d < n; ++d)
                x[static_cast<std::size_t>(d * total + j * lanes + l)] = s.x[i][static_cast<std::size_t>(d)];
            for (int k = 0; k < np; ++k)
                p[static_cast<std::size_t>(k * pRow + j * pNode + l)] =
                    s.p[sample(j, l)][static_cast<std::size_t>(k)];
        }
    native.stepNodesFast(nodes, lanes, x.data(), p.data(), pRow, pNode, out.data());
    for (int j = 0; j < nodes; ++j)
        for (int l = 0; l < lanes; ++l) {
            const std::size_t i = first + static_cast<std::size_t>(j * lanes + l);
            const std::vector<double> want = fastReference(m.step, s.x[i].data(), s.p[sample(j, l)].data());
            for (int d = 0; d < n; ++d) {
                const double got = out[static_cast<std::size_t>(d * total + j * lanes + l)];
                if (!same(got, want[static_cast<std::size_t>(d)]))
                    return QStringLiteral("node %1 lane %2 output %3: reference %4, kernel %5")
                        .arg(j)
                        .arg(l)
                        .arg(d)
                        .arg(want[static_cast<std::size_t>(d)], 0, 'g', 17)
                        .arg(got, 0, 'g', 17);
            }
        }
    return {};
}

// A model no earlier test compiled (the cache folder is new for each run): the constant
// factor of its last term makes its hash new.
CompiledModel freshModel(const char* tag)
{
    static int n = 0;
    return compileModel(parseModelText("map\nvar x = 0.1\npar r = 3.7\nx' = r*x*(1 - x) + x*" +
                                       std::to_string(++n) + "*1e-12 # " + tag + "\n"));
}

int lineCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return static_cast<int>(f.readAll().count('\n'));
}

} // namespace

QString TestNativeModels::writeWrapper(const QString& name, const QString& body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(("#!/bin/sh\n" + body).toUtf8());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestNativeModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("NEURODYN_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    qunsetenv("NEURODYN_CXX");
    m_realCompiler = QStandardPaths::findExecutable(QStringLiteral("c++")).toUtf8();
    if (m_realCompiler.isEmpty())
        QSKIP("no C++ compiler on this machine: the compiled backend cannot be tested");
}

void TestNativeModels::nativeEqualsInterpreter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compiler"); // empty: the default (c++)
    QTest::newRow("chialvo") << QString::fromLatin1(kChialvo) << QString();
    QTest::newRow("memristive chialvo") << QString::fromLatin1(kMemristive) << QString();
    QTest::newRow("rulkov") << QString::fromLatin1(kRulkov) << QString();
    QTest::newRow("henon") << QString::fromLatin1(ndtest::kTypedHenon) << QString();
    QTest::newRow("logistic") << QString::fromLatin1(kLogistic) << QString();
    QTest::newRow("every operation") << QString::fromLatin1(kEveryOperation) << QString();
    QTest::newRow("lorenz flow") << QString::fromLatin1(kFlow) << QString();
    QTest::newRow("ring of ten") << QString::fromStdString(ndtest::typedRingOfTen()) << QString();
    // Another compiler family: clang rewrites pow(x, 2) even for a libm symbol under another
    // name (failed before the functions were bound as pointers: 36 of 1.2e6 values differed).
    QTest::newRow("every operation, clang++") << QString::fromLatin1(kEveryOperation) << "clang++";
    QTest::newRow("chialvo, clang++") << QString::fromLatin1(kChialvo) << "clang++";
}

void TestNativeModels::nativeEqualsInterpreter()
{
    QFETCH(QString, text);
    QFETCH(QString, compiler);
    if (!compiler.isEmpty()) {
        if (QStandardPaths::findExecutable(compiler).isEmpty())
            QSKIP("that compiler is not installed here");
        qputenv("NEURODYN_CXX", compiler.toUtf8());
    }
    const CompiledModel m = compileModel(parseModelText(text.toStdString()));
    std::string why;
    const auto native = compileNative(m, &why);
    qunsetenv("NEURODYN_CXX");
    QVERIFY2(native, why.c_str());
    if (QTest::currentDataTag() == QLatin1String("ring of ten")) // its zeros come from the table
        QVERIFY(nativeSource(m).find("_constants[") != std::string::npos);
    const Samples s = samples(m, 20000);
    std::vector<double> scratch;
    for (const Program* prog : {&m.step, &m.jacobian, &m.parameterJacobian, &m.auxiliary}) {
        auto kernel = prog == &m.step                ? native->step
                      : prog == &m.jacobian          ? native->jacobian
                      : prog == &m.parameterJacobian ? native->parameterJacobian
                                                     : native->auxiliary;
        const std::size_t outs = prog->outputs.size();
        std::vector<double> a(outs + 1), b(outs + 1);
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            evaluate(*prog, s.x[i].data(), s.p[i].data(), a.data(), scratch);
            kernel(s.x[i].data(), s.p[i].data(), b.data());
            for (std::size_t o = 0; o < outs; ++o)
                if (!same(a[o], b[o]))
                    QFAIL(qPrintable(QStringLiteral("output %1 of sample %2: interpreter %3, compiled %4")
                                         .arg(o)
                                         .arg(i)
                                         .arg(a[o], 0, 'g', 17)
                                         .arg(b[o], 0, 'g', 17)));
        }
    }
    // Lanes: 13 at a time (not a multiple of any vector width), structure of arrays.
    const int L = 13, n = m.dimension, np = m.parameterCount;
    std::vector<double> x(static_cast<std::size_t>(n * L)), p(static_cast<std::size_t>(np * L)),
        a(static_cast<std::size_t>(n * L)), b(static_cast<std::size_t>(n * L)),
        one(static_cast<std::size_t>(n));
    for (std::size_t i0 = 0; i0 + L <= s.x.size(); i0 += L) {
        for (int l = 0; l < L; ++l) {
            for (int d = 0; d < n; ++d)
                x[static_cast<std::size_t>(d * L + l)] =
                    s.x[i0 + static_cast<std::size_t>(l)][static_cast<std::size_t>(d)];
            for (int k = 0; k < np; ++k)
                p[static_cast<std::size_t>(k * L + l)] =
                    s.p[i0 + static_cast<std::size_t>(l)][static_cast<std::size_t>(k)];
        }
        evaluateLanes(m.step, L, x.data(), p.data(), a.data(), scratch);
        native->stepLanes(L, x.data(), p.data(), b.data());
        for (int l = 0; l < L; ++l) {
            native->step(s.x[i0 + static_cast<std::size_t>(l)].data(),
                         s.p[i0 + static_cast<std::size_t>(l)].data(), one.data());
            for (int d = 0; d < n; ++d) {
                const std::size_t k = static_cast<std::size_t>(d * L + l);
                QVERIFY(same(a[k], b[k]));
                QVERIFY(same(one[static_cast<std::size_t>(d)], b[k]));
            }
        }
    }
    // The fast node kernel (maps only: network nodes): 3 nodes x 13 lanes (not a multiple of any
    // vector width), parameters per node and shared by the nodes.
    QCOMPARE(native->stepNodesFast != nullptr, m.source.kind == TimeKind::Map);
    for (std::size_t i0 = 0; native->stepNodesFast && i0 + 39 <= s.x.size(); i0 += 39)
        for (bool uniform : {false, true}) {
            const QString bad = checkFastNodes(m, *native, s, i0, 3, 13, uniform);
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
        }
    // The Model: Auto picks the compiled backend here, and it agrees with the interpreter's.
    const EquationsModel compiled(m.source, Backend::Auto), interpreted(m.source, Backend::Interpreter);
    QCOMPARE(compiled.activeBackend(), Backend::Compiled);
    QCOMPARE(interpreted.activeBackend(), Backend::Interpreter);
    std::vector<double> f1(static_cast<std::size_t>(n)), f2(f1), j1(static_cast<std::size_t>(n * n)), j2(j1);
    for (std::size_t i = 0; i < 50; ++i) {
        compiled.evaluate(s.x[i].data(), f1.data());
        interpreted.evaluate(s.x[i].data(), f2.data());
        compiled.jacobian(s.x[i].data(), j1.data());
        interpreted.jacobian(s.x[i].data(), j2.data());
        for (std::size_t k = 0; k < f1.size(); ++k)
            QVERIFY(same(f1[k], f2[k]));
        for (std::size_t k = 0; k < j1.size(); ++k)
            QVERIFY(same(j1[k], j2[k]));
    }
}

void TestNativeModels::fastExpAtItsEdges()
{
    // exp in the fast node kernel is nd::fastExp bit for bit: at the clamps, the overflow and
    // underflow limits, signed zeros, infinities, NaN, and over its whole range.
    const CompiledModel m = compileModel(parseModelText("map\nvar x = 0\npar a = 1\nx' = a*exp(x)\n"));
    std::string why;
    const auto native = compileNative(m, &why);
    QVERIFY2(native, why.c_str());
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> xs = {-inf,
                              -1000.0,
                              std::nextafter(-708.0, -inf),
                              -708.0,
                              std::nextafter(-708.0, 0.0),
                              -745.2,
                              -1.0,
                              -0.0,
                              0.0,
                              1e-300,
                              5e-324,
                              1.0,
                              0.5 * std::log(2.0),
                              709.78,
                              fastexp::kOverflow,
                              std::nextafter(fastexp::kOverflow, inf),
                              fastexp::kClampHigh,
                              std::nextafter(fastexp::kClampHigh, inf),
                              709.8,
                              1000.0,
                              inf,
                              std::numeric_limits<double>::quiet_NaN()};
    std::mt19937_64 rng(18);
    std::uniform_real_distribution<double> u(-750.0, 750.0), small(-3.0, 3.0);
    for (int i = 0; i < 20000; ++i)
        xs.push_back(i % 2 ? u(rng) : small(rng));
    const int lanes = static_cast<int>(xs.size());
    const std::vector<double> p(static_cast<std::size_t>(lanes), 1.0);
    std::vector<double> out(xs.size());
    native->stepNodesFast(1, lanes, xs.data(), p.data(), lanes, 0, out.data());
    for (std::size_t i = 0; i < xs.size(); ++i)
        QVERIFY2(same(out[i], 1.0 * fastExp(xs[i])),
                 qPrintable(QStringLiteral("exp(%1): fastExp %2, kernel %3")
                                .arg(xs[i], 0, 'g', 17)
                                .arg(fastExp(xs[i]), 0, 'g', 17)
                                .arg(out[i], 0, 'g', 17)));
}

void TestNativeModels::oddNamesGiveValidCode()
{
    // Valid in the model language, troublesome in C++ or in the generated code's own names.
    const std::vector<std::string> candidates = {"_",
                                                 "__",
                                                 "_x",
                                                 "__asm__",
                                                 "asm",
                                                 "int",
                                                 "double",
                                                 "return",
                                                 "class",
                                                 "template",
                                                 "new",
                                                 "delete",
                                                 "main",
                                                 "x",
                                                 "p",
                                                 "out",
                                                 "n",
                                                 "l",
                                                 "v0",
                                                 "v1",
                                                 "nd_exp",
                                                 "exp_",
                                                 "NULL",
                                                 "nullptr",
                                                 "errno",
                                                 "stdin",
                                                 "zzUserName",
                                                 "A" + std::string(300, 'b') + "9",
                                                 "extern",
                                                 "const",
                                                 "static",
                                                 "operator",
                                                 "this",
                                                 "pragma",
                                                 "define",
                                                 "include",
                                                 "__builtin_nan",
                                                 "Inf",
                                                 "NaN",
                                                 "e",
                                                 "E",
                                                 "e1",
                                                 "_0x1p3"};
    std::vector<std::string> names;
    for (const std::string& c : candidates)
        if (!isReservedName(c))
            names.push_back(c);
    QVERIFY(names.size() >= 30);
    // Chains of three: each name in turn a variable, a parameter and an aux definition.
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& v = names[i];
        const std::string& q = names[(i + 1) % names.size()];
        const std::string& a = names[(i + 2) % names.size()];
        const std::string text = "map\nvar " + v + " = 0.25\npar " + q + " = 1.5\naux " + a + " = " + q +
                                 "*" + v + "\n" + v + "' = " + a + "*(1 - " + v + ") + " + q + "^2\n";
        CompiledModel m;
        try {
            m = compileModel(parseModelText(text));
        } catch (const EquationError& e) {
            QFAIL(qPrintable(QString::fromStdString(text + ": " + e.what())));
        }
        const std::string source = nativeSource(m);
        // Names never reach the code (x, double, nd_exp, ... are the generator's own words).
        for (const std::string& name : {v, q, a})
            if (name.rfind("zz", 0) == 0 || name.size() > 100)
                QVERIFY2(source.find(name) == std::string::npos, name.c_str());
        std::string why;
        const auto native = compileNative(m, &why);
        QVERIFY2(native, (text + why).c_str());
        const double x = 0.25, p = 1.5;
        double out = 0.0;
        native->step(&x, &p, &out);
        QCOMPARE(out, p * x * (1.0 - x) + p * p); // 0.28125 + 2.25, exact in binary
    }
}

void TestNativeModels::secondCompileUsesTheCache()
{
    const QString count = m_dir.filePath(QStringLiteral("compiles.txt"));
    const QString wrapper = writeWrapper(
        QStringLiteral("counting-cxx"),
        QStringLiteral("if [ \"$1\" != --version ]; then echo run >> '%1'; fi\nexec '%2' \"$@\"\n")
            .arg(count, QString::fromUtf8(m_realCompiler)));
    qputenv("NEURODYN_CXX", wrapper.toUtf8());
    // A folder of its own, so the one library in it is this model's.
    const QString folder = m_dir.filePath(QStringLiteral("cache-of-one"));
    qputenv("NEURODYN_CACHE_DIR", folder.toUtf8());
    const CompiledModel m = freshModel("cache");
    std::string why;
    auto first = compileNative(m, &why);
    QVERIFY2(first, why.c_str());
    QCOMPARE(lineCount(count), 1);
    // Same process: the table answers.
    QVERIFY(compileNative(m, &why) == first);
    // As a new process would: the library on disk, no compiler run.
    forgetNativeKernels();
    auto again = compileNative(m, &why);
    QVERIFY2(again, why.c_str());
    QCOMPARE(lineCount(count), 1);
    QVERIFY(again != first);
    const double x = 0.5, r = 3.7;
    double a = 0.0, b = 0.0;
    first->step(&x, &r, &a);
    again->step(&x, &r, &b);
    QCOMPARE(a, b);
    // A damaged library in the cache (a crash while copying, a full disk): compiled again.
    const QStringList libraries = QDir(folder).entryList({QStringLiteral("*.so")}, QDir::Files);
    QCOMPARE(libraries.size(), 1);
    const QString library = QDir(folder).filePath(libraries.value(0));
    first.reset(); // the library is unloaded once nothing holds it
    again.reset();
    forgetNativeKernels();
    {
        QFile f(library);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a shared library");
    }
    const auto repaired = compileNative(m, &why);
    QVERIFY2(repaired, why.c_str());
    QCOMPARE(lineCount(count), 2);
    double c = 0.0;
    repaired->step(&x, &r, &c);
    QCOMPARE(c, a);
    // One library in the folder, no temporary files left behind.
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files, libraries);
    qunsetenv("NEURODYN_CXX");
    qputenv("NEURODYN_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
}

void TestNativeModels::concurrentCallsCompileOnce()
{
    const QString count = m_dir.filePath(QStringLiteral("concurrent.txt"));
    const QString wrapper = writeWrapper(
        QStringLiteral("concurrent-cxx"),
        QStringLiteral("if [ \"$1\" != --version ]; then echo run >> '%1'; fi\nexec '%2' \"$@\"\n")
            .arg(count, QString::fromUtf8(m_realCompiler)));
    qputenv("NEURODYN_CXX", wrapper.toUtf8());
    const CompiledModel m = freshModel("concurrent");
    std::shared_ptr<const NativeKernels> got[6];
    {
        std::vector<std::jthread> threads;
        for (auto& g : got)
            threads.emplace_back([&m, &g] { g = compileNative(m, nullptr); });
    }
    for (const auto& g : got) {
        QVERIFY(g);
        QVERIFY(g == got[0]);
    }
    QCOMPARE(lineCount(count), 1);
    qunsetenv("NEURODYN_CXX");
}

void TestNativeModels::missingOrFailingCompiler()
{
    const ModelSource source = freshModel("bad compiler").source;
    const CompiledModel m = compileModel(source);
    std::string why;
    // A "compiler" that fails everything, even --version.
    qputenv("NEURODYN_CXX", "/bin/false");
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("/bin/false") != std::string::npos, why.c_str());
    {
        const EquationsModel model(source, Backend::Auto);
        QCOMPARE(model.activeBackend(), Backend::Interpreter);
        QVERIFY(!model.fallbackReason().empty());
        double x = 0.5, out = 0.0;
        model.evaluate(&x, &out);
        QVERIFY(std::isfinite(out));
    }
    // No compiler at all.
    qputenv("NEURODYN_CXX", "neurodyn-no-such-compiler");
    why.clear();
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("neurodyn-no-such-compiler") != std::string::npos, why.c_str());
    // A compiler that answers --version but rejects the code: its message is in the reason.
    const QString failing =
        writeWrapper(QStringLiteral("failing-cxx"),
                     QStringLiteral("if [ \"$1\" = --version ]; then echo failing 1.0; exit 0; fi\n"
                                    "echo 'internal compiler error: out of ideas' >&2\nexit 4\n"));
    qputenv("NEURODYN_CXX", failing.toUtf8());
    why.clear();
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("out of ideas") != std::string::npos, why.c_str());
    QVERIFY2(why.find("status 4") != std::string::npos, why.c_str());
    qunsetenv("NEURODYN_CXX");
}

void TestNativeModels::hangingCompilerIsKilled()
{
    // Answers --version, then hangs in a child of its own (the whole process group must go).
    const QString hanging =
        writeWrapper(QStringLiteral("hanging-cxx"),
                     QStringLiteral("if [ \"$1\" = --version ]; then echo hanging 1.0; exit 0; fi\n"
                                    "sleep 300\nexit 0\n"));
    qputenv("NEURODYN_CXX", hanging.toUtf8());
    qputenv("NEURODYN_CXX_TIMEOUT", "1");
    std::string why;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!compileNative(freshModel("hanging"), &why));
    QVERIFY(clock.elapsed() < 30000);
    QVERIFY2(why.find("did not finish within 1 s") != std::string::npos, why.c_str());
    qunsetenv("NEURODYN_CXX_TIMEOUT");
    qunsetenv("NEURODYN_CXX");
}

void TestNativeModels::malformedProgramsAreRefused()
{
    // Programs that break program.h's rules never become code (an operand that is not an
    // earlier instruction would read an undeclared local; an index out of range, memory).
    CompiledModel m = freshModel("malformed");
    const CompiledModel good = m;
    m.step.code.push_back({Op::Add, static_cast<std::int32_t>(m.step.code.size()), 0});
    QVERIFY_THROWS_EXCEPTION(InputError, nativeSource(m));
    std::string why;
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("not an earlier instruction") != std::string::npos, why.c_str());
    m = good;
    m.jacobian.code.push_back({Op::Variable, -1, -1, -1, m.dimension});
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("variable index out of range") != std::string::npos, why.c_str());
    m = good;
    m.auxiliary.code.push_back({Op::Parameter, -1, -1, -1, -1});
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("parameter index out of range") != std::string::npos, why.c_str());
    m = good;
    m.step.outputs.push_back(static_cast<std::int32_t>(m.step.code.size()));
    QVERIFY(!compileNative(m, &why));
    QVERIFY2(why.find("output out of range") != std::string::npos, why.c_str());
    QVERIFY(compileNative(good, &why));
}

void TestNativeModels::offModeNeverCompiles()
{
    // Off: a compiler that would fail the test if it ran is never started; 'auto' runs on the
    // interpreter and says why, 'compiled' refuses.
    const QString tripwire = writeWrapper(QStringLiteral("tripwire-cxx"), QStringLiteral("exit 99\n"));
    qputenv("NEURODYN_CXX", tripwire.toUtf8());
    setNativeCompileMode(NativeCompileMode::Off);
    const CompiledModel m = freshModel("off");
    std::string why;
    QVERIFY(!compileNative(m, &why));
    QCOMPARE(why, std::string(kCompilingOff));
    const EquationsModel model(m.source, Backend::Auto);
    QCOMPARE(model.activeBackend(), Backend::Interpreter);
    QCOMPARE(model.fallbackReason(), std::string(kCompilingOff));
    QVERIFY_THROWS_EXCEPTION(nd::InputError, EquationsModel(m.source, Backend::Compiled));
    setNativeCompileMode(NativeCompileMode::Blocking);
    qunsetenv("NEURODYN_CXX");
}

void TestNativeModels::backgroundModeReturnsAtOnce()
{
    // A slow compiler (2 s more than the real one): Background must not wait for it.
    const QString slow =
        writeWrapper(QStringLiteral("slow-cxx"),
                     QStringLiteral("if [ \"$1\" != --version ]; then sleep 2; fi\nexec '%1' \"$@\"\n")
                         .arg(QString::fromUtf8(m_realCompiler)));
    qputenv("NEURODYN_CXX", slow.toUtf8());
    compileNative(freshModel("warm up --version"), nullptr); // the compiler's identity, once

    const CompiledModel m = freshModel("background");
    setNativeCompileMode(NativeCompileMode::Background);
    QCOMPARE(nativeCompileMode(), NativeCompileMode::Background);
    std::string why;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!compileNative(m, &why));
    QVERIFY(clock.elapsed() < 1500); // the compiler alone sleeps 2 s
    QCOMPARE(why, std::string(kCompilingInBackground));
    {
        const EquationsModel model(m.source, Backend::Auto); // meanwhile: the interpreter
        QCOMPARE(model.activeBackend(), Backend::Interpreter);
    }
    std::shared_ptr<const NativeKernels> done;
    for (int i = 0; i < 600 && !done; ++i) {
        done = compileNative(m, &why);
        if (!done)
            QTest::qWait(50);
    }
    QVERIFY2(done, why.c_str());
    {
        const EquationsModel model(m.source, Backend::Auto); // created after: compiled
        QCOMPARE(model.activeBackend(), Backend::Compiled);
    }
    setNativeCompileMode(NativeCompileMode::Blocking);
    // Blocking waits for the compiler and delivers on the first call.
    const CompiledModel m2 = freshModel("blocking");
    QVERIFY(compileNative(m2, &why));
    qunsetenv("NEURODYN_CXX");
}

void TestNativeModels::backgroundCompilesOneAtATime()
{
    // Seven models asked for in a burst (an editor making a model per keystroke): one compiler at
    // a time (the wrapper notes any overlap), at most four waiting, so at most five compile;
    // the ones dropped compile when asked for again.
    const QString count = m_dir.filePath(QStringLiteral("burst.txt"));
    const QString overlaps = m_dir.filePath(QStringLiteral("overlaps.txt"));
    const QString lock = m_dir.filePath(QStringLiteral("burst.lock"));
    const QString wrapper = writeWrapper(
        QStringLiteral("burst-cxx"),
        QStringLiteral("if [ \"$1\" = --version ]; then exec '%1' \"$@\"; fi\n"
                       "echo run >> '%2'\nmkdir '%3' 2>/dev/null || echo overlap >> '%4'\nsleep 0.1\n"
                       "'%1' \"$@\"\nrc=$?\nrmdir '%3'\nexit $rc\n")
            .arg(QString::fromUtf8(m_realCompiler), count, lock, overlaps));
    qputenv("NEURODYN_CXX", wrapper.toUtf8());
    compileNative(freshModel("burst warm-up"), nullptr); // the compiler's identity, once
    QFile::remove(count);
    std::vector<CompiledModel> models;
    for (int i = 0; i < 7; ++i)
        models.push_back(freshModel("burst"));
    setNativeCompileMode(NativeCompileMode::Background);
    std::string why;
    for (const CompiledModel& m : models) {
        QVERIFY(!compileNative(m, &why));
        QCOMPARE(why, std::string(kCompilingInBackground));
    }
    // Ask for all of them until each is there (dropped ones are queued again on asking).
    int ready = 0;
    for (int round = 0; round < 600 && ready < 7; ++round) {
        ready = 0;
        for (const CompiledModel& m : models)
            ready += compileNative(m, nullptr) ? 1 : 0;
        if (ready < 7)
            QTest::qWait(50);
    }
    setNativeCompileMode(NativeCompileMode::Blocking);
    QCOMPARE(ready, 7);
    QVERIFY2(!QFile::exists(overlaps), "two background compiles ran at once");
    QCOMPARE(lineCount(count), 7); // each once: the dropped ones later, none twice
    qunsetenv("NEURODYN_CXX");
}

QTEST_GUILESS_MAIN(TestNativeModels)
#include "tst_nativemodels.moc"
