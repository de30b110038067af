// Typed models (issue 18): the model language (every function, operator, statement and error),
// its canonical text, the compiler (folding, sharing, limits, kink derivatives) and the
// interpreter over lanes.
#include "equations/modelsource.h"
#include "equations/program.h"

#include <QTest>
#include <QThread>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace nd;
using namespace nd::eq;

namespace {

// F(x) of the one-variable map `x' = expression` with parameters p = 2, q = -0.5.
double value(const std::string& expression, double x)
{
    const CompiledModel m =
        compileModel(parseModelText("var x\npar p = 2, q = -0.5\nx' = " + expression + "\n"));
    std::vector<double> scratch;
    const double params[2] = {2.0, -0.5};
    double out = 0.0;
    evaluate(m.step, &x, params, &out, scratch);
    return out;
}

// dF/dx of the same.
double slope(const std::string& expression, double x)
{
    const CompiledModel m =
        compileModel(parseModelText("var x\npar p = 2, q = -0.5\nx' = " + expression + "\n"));
    std::vector<double> scratch;
    const double params[2] = {2.0, -0.5};
    double out = 0.0;
    evaluate(m.jacobian, &x, params, &out, scratch);
    return out;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The error a text gives (fails the test when it parses).
EquationError errorOf(const std::string& text)
{
    try {
        parseModelText(text);
    } catch (const EquationError& e) {
        return e;
    }
    return EquationError("no error", {-1, -1});
}

int count(const Program& p, Op op)
{
    int n = 0;
    for (const auto& in : p.code)
        n += in.op == op;
    return n;
}

} // namespace

class TestModelLanguage : public QObject {
    Q_OBJECT
private slots:
    void functions_data();
    void functions();
    void operatorsAndPrecedence_data();
    void operatorsAndPrecedence();
    void numbersInCLocaleForms();
    void statementsCommentsDescriptions();
    void userFunctionsAndAux();
    void canonicalTextRoundTrips_data();
    void canonicalTextRoundTrips();
    void canonicalTextIsReadable();
    void errors_data();
    void errors();
    void fieldErrorsWithoutText();
    void limits();
    void deepNestingIsRefusedSafely();
    void kinkDerivatives_data();
    void kinkDerivatives();
    void derivativesOfEveryFunction();
    void parameterJacobian();
    void foldingAndSharing();
    void hashIdentifiesPrograms();
    void lanesAreBitIdentical();
};

void TestModelLanguage::functions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double x = 0.3;
    QTest::newRow("exp") << "exp(x)" << x << std::exp(x);
    QTest::newRow("log") << "log(x)" << x << std::log(x);
    QTest::newRow("log10") << "log10(x)" << x << std::log10(x);
    QTest::newRow("sqrt") << "sqrt(x)" << x << std::sqrt(x);
    QTest::newRow("abs") << "abs(x)" << -x << x;
    QTest::newRow("sin") << "sin(x)" << x << std::sin(x);
    QTest::newRow("cos") << "cos(x)" << x << std::cos(x);
    QTest::newRow("tan") << "tan(x)" << x << std::tan(x);
    QTest::newRow("asin") << "asin(x)" << x << std::asin(x);
    QTest::newRow("acos") << "acos(x)" << x << std::acos(x);
    QTest::newRow("atan") << "atan(x)" << x << std::atan(x);
    QTest::newRow("sinh") << "sinh(x)" << x << std::sinh(x);
    QTest::newRow("cosh") << "cosh(x)" << x << std::cosh(x);
    QTest::newRow("tanh") << "tanh(x)" << x << std::tanh(x);
    QTest::newRow("floor") << "floor(x)" << -2.5 << -3.0;
    QTest::newRow("ceil") << "ceil(x)" << -2.5 << -2.0;
    QTest::newRow("sign+") << "sign(x)" << 2.5 << 1.0;
    QTest::newRow("sign-") << "sign(x)" << -2.5 << -1.0;
    QTest::newRow("sign0") << "sign(x)" << 0.0 << 0.0;
    QTest::newRow("heaviside0") << "heaviside(x)" << 0.0 << 1.0;
    QTest::newRow("heaviside-") << "heaviside(x)" << -1e-300 << 0.0;
    QTest::newRow("atan2") << "atan2(x, q)" << x << std::atan2(x, -0.5);
    QTest::newRow("pow") << "pow(x, p + 0.5)" << x << std::pow(x, 2.5);
    QTest::newRow("min") << "min(x, q)" << x << -0.5;
    QTest::newRow("max") << "max(x, q)" << x << x;
    QTest::newRow("if true") << "if(x > 0, 1, 2)" << x << 1.0;
    QTest::newRow("if false") << "if(x - 0.3, 1, 2)" << x << 2.0;
    QTest::newRow("pi") << "pi*x" << 2.0 << 2.0 * std::numbers::pi;
    QTest::newRow("log of negative") << "log(x)" << -1.0 << std::log(-1.0);
    QTest::newRow("sign nan") << "sign(x)" << std::nan("") << std::nan("");
}

void TestModelLanguage::functions()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(double, expected);
    const double v = value(expression.toStdString(), x);
    QVERIFY2(same(v, expected), qPrintable(QString("%1 vs %2").arg(v, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestModelLanguage::operatorsAndPrecedence_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::newRow("unary minus below ^") << "-x^2" << 3.0 << -9.0;
    QTest::newRow("^ right associative") << "2^3^2" << 0.0 << 512.0;
    QTest::newRow("negative exponent") << "2^-x" << 1.0 << 0.5;
    QTest::newRow("- left associative") << "10 - x - 2" << 3.0 << 5.0;
    QTest::newRow("/ left associative") << "8/x/2" << 2.0 << 2.0;
    QTest::newRow("* before +") << "1 + 2*x" << 3.0 << 7.0;
    QTest::newRow("parentheses") << "(1 + 2)*x" << 3.0 << 9.0;
    QTest::newRow("unary plus") << "+x - -x" << 3.0 << 6.0;
    QTest::newRow("<") << "x < 1" << 0.5 << 1.0;
    QTest::newRow("<=") << "x <= 1" << 1.0 << 1.0;
    QTest::newRow(">") << "x > 1" << 1.0 << 0.0;
    QTest::newRow(">=") << "x >= 1" << 1.0 << 1.0;
    QTest::newRow("==") << "x == 1" << 1.0 << 1.0;
    QTest::newRow("!=") << "x != 1" << 1.0 << 0.0;
    QTest::newRow("comparison below +") << "x + 1 > 2*x" << 0.5 << 1.0;
    QTest::newRow("and") << "x > 0 and x < 1" << 0.5 << 1.0;
    QTest::newRow("or") << "x < 0 or x > 1" << 0.5 << 0.0;
    QTest::newRow("not") << "not x > 1" << 0.5 << 1.0;
    QTest::newRow("and before or") << "1 or 0 and 0" << 0.0 << 1.0;
    QTest::newRow("nonzero is true") << "if(x, 5, 6)" << -0.1 << 5.0;
    QTest::newRow("not of nonzero") << "not x" << 7.0 << 0.0;
    QTest::newRow("nested if") << "if(x < 0, -1, if(x > 0, 1, 0))" << 0.0 << 0.0;
    QTest::newRow("whitespace and tabs") << "\t x\t*  2 " << 3.0 << 6.0;
}

void TestModelLanguage::operatorsAndPrecedence()
{
    functions();
}

void TestModelLanguage::numbersInCLocaleForms()
{
    QCOMPARE(value("1", 0), 1.0);
    QCOMPARE(value("1.5", 0), 1.5);
    QCOMPARE(value(".5", 0), 0.5);
    QCOMPARE(value("5.", 0), 5.0);
    QCOMPARE(value("1e-3", 0), 1e-3);
    QCOMPARE(value("2.5E+4", 0), 2.5e4);
    QCOMPARE(value("2.5e4", 0), 2.5e4);
    QCOMPARE(value("0.1", 0), 0.1); // correctly rounded, whatever the process locale
    QCOMPARE(value("1.7976931348623157e308", 0), std::numeric_limits<double>::max());
    const ModelSource s = parseModelText("var x = -.5e1\npar p = +2.5E-1 in [-1e6, 1e+6]\nx' = p\n");
    QCOMPARE(s.variables[0].initial, -5.0);
    QCOMPARE(s.parameters[0].value, 0.25);
}

void TestModelLanguage::statementsCommentsDescriptions()
{
    const ModelSource s =
        parseModelText("# The Chialvo map\r\n"
                       "map   # kind\r\n"
                       "\r\n"
                       "var x = 0.5, y = 1\r\n"
                       "par a = 0.89 in [0, 1] typical [0.8, 0.95] \"recovery # time \xc3\xa9\"  # µ\r\n"
                       "par b = 0.18, c = 0.28 typical [, 0.5], k0 = 0.03 \"bias\"\r\n"
                       "fun g(u, v) = u*u*exp(v - u)\r\n"
                       "aux drive = g(x, y)\r\n"
                       "x' = drive + k0  # comment after an equation\r\n"
                       "y' = a*y - b*x + c");
    QCOMPARE(s.kind, TimeKind::Map);
    QCOMPARE(s.variables.size(), std::size_t(2));
    QCOMPARE(s.variables[1].initial, 1.0);
    QCOMPARE(s.variables[1].at, (SourceLocation{4, 14}));
    QCOMPARE(s.parameters.size(), std::size_t(4));
    const ParameterDef& a = s.parameters[0];
    QCOMPARE(a.minimum, 0.0);
    QCOMPARE(a.maximum, 1.0);
    QCOMPARE(*a.typicalMinimum, 0.8);
    QCOMPARE(*a.typicalMaximum, 0.95);
    QCOMPARE(a.description, std::string("recovery # time \xc3\xa9"));
    QCOMPARE(s.parameters[1].minimum, -1e6);
    QCOMPARE(s.parameters[1].maximum, 1e6);
    QVERIFY(!s.parameters[1].typicalMinimum);
    QVERIFY(!s.parameters[2].typicalMinimum);
    QCOMPARE(*s.parameters[2].typicalMaximum, 0.5);
    QCOMPARE(s.parameters[3].description, std::string("bias"));
    QCOMPARE(s.functions[0].arguments, (std::vector<std::string>{"u", "v"}));
    QCOMPARE(s.functions[0].body, std::string("u*u*exp(v - u)"));
    QCOMPARE(s.functions[0].at, (SourceLocation{7, 15}));
    QCOMPARE(s.auxiliary[0].expression, std::string("g(x, y)"));
    QCOMPARE(s.equations[0].expression, std::string("drive + k0"));
    QCOMPARE(s.equations[0].at, (SourceLocation{9, 6}));
    // Equations come out in the variables' order whatever the text's order; the kind follows
    // from the equations' form when no kind line says it.
    const ModelSource f = parseModelText("var u, v\ndv/dt = u\ndu/dt = -v\n");
    QCOMPARE(f.kind, TimeKind::Flow);
    QCOMPARE(f.equations[0].name, std::string("u"));
    QCOMPARE(f.equations[1].name, std::string("v"));
    QCOMPARE(parseModelText("var x\nx' = x\n").kind, TimeKind::Map);
    // A variable or function named like a flow's d..: dx is a name, ddx/dt its equation.
    const ModelSource d = parseModelText("flow\nvar dx\nddx/dt = -dx\n");
    QCOMPARE(d.equations[0].name, std::string("dx"));
}

void TestModelLanguage::userFunctionsAndAux()
{
    // Aux lines in any order (h uses g, defined after it), functions calling functions and
    // seeing parameters.
    const CompiledModel m = compileModel(parseModelText("var x = 1, y = 2\n"
                                                        "par a = 3\n"
                                                        "fun sq(u) = u*u\n"
                                                        "fun f(u, v) = sq(u) + a*v\n"
                                                        "aux h = g + 1\n"
                                                        "aux g = f(x, y)\n"
                                                        "x' = h\n"
                                                        "y' = g*h\n"));
    std::vector<double> scratch;
    const double x[2] = {1.5, -2.0}, p[1] = {3.0};
    double out[2], aux[2];
    evaluate(m.step, x, p, out, scratch);
    const double g = 1.5 * 1.5 + 3.0 * -2.0;
    QCOMPARE(out[0], g + 1);
    QCOMPARE(out[1], g * (g + 1));
    evaluate(m.auxiliary, x, p, aux, scratch);
    QCOMPARE(aux[0], g + 1); // aux values in source order: h, then g
    QCOMPARE(aux[1], g);
    // Inlined: no trace of the functions or the aux lines beyond the shared nodes.
    QCOMPARE(count(m.step, Op::Mul), 3); // u*u, a*v, g*h
    // An unused function is still checked.
    const EquationError e = errorOf("var x\nfun f(u) = u + nothing\nx' = x\n");
    QCOMPARE(e.where(), (SourceLocation{2, 16}));
    QVERIFY(e.detail().find("unknown name 'nothing'") != std::string::npos);
    QVERIFY(e.detail().find("u, pi") != std::string::npos);
}

void TestModelLanguage::canonicalTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("chialvo")
        << "map\nvar x = 0.5, y = 2\npar a = 0.89 in [0, 1] typical [0.8, 0.95] \"recovery\"\n"
           "par b = 0.18, c = 0.28, k0 = 0.03\nfun g(u, v) = u*u*exp(v - u)\n"
           "aux drive = g(x, y)\ny' = a*y - b*x + c\nx' = drive + k0\n";
    QTest::newRow("flow") << "var v = -1, w\npar eps = 0.08 in [0, 1] typical [, 0.2]\n"
                             "dv/dt = v - v^3/3 - w\ndw/dt = eps*(v + 0.7 - 0.8*w)  # FHN\n";
    QTest::newRow("numbers")
        << "var x = 0.1, y = -1e-300, z = 12345678901234567890\n"
           "par p = 0.30000000000000004 in [-1.7976931348623157e308, 1e308] typical [0.1, ]\n"
           "x' = x\ny' = y*p\nz' = z + 1e-7\n";
    QTest::newRow("no functions") << "var a = 1\naux s = sin(a)\nfun unused() = 1\na' = s\n";
}

void TestModelLanguage::canonicalTextRoundTrips()
{
    QFETCH(QString, text);
    const ModelSource s = parseModelText(text.toStdString());
    const std::string canonical = formatModelText(s);
    QCOMPARE(parseModelText(canonical), s);
    QCOMPARE(formatModelText(parseModelText(canonical)), canonical);
    // The same programs, so the same cache key.
    QCOMPARE(compileModel(parseModelText(canonical)).hash, compileModel(s).hash);
}

void TestModelLanguage::canonicalTextIsReadable()
{
    // One line per entry, numbers in their shortest form with short exponents, the default
    // range left out, equations in the variables' order.
    const ModelSource s =
        parseModelText("# comment\nvar x = 0.5, y = 1e-7\n"
                       "par a = 0.89 in [0, 1] typical [0.8, 0.95] \"text\", b = 1e6 in [-1e6, 1e+06]\n"
                       "fun g(u) = u*u\naux d = g(x)\ny' = a*y\nx' = d + b\n");
    QCOMPARE(formatModelText(s),
             std::string("map\nvar x = 0.5\nvar y = 1e-7\n"
                         "par a = 0.89 in [0, 1] typical [0.8, 0.95] \"text\"\n"
                         "par b = 1e6\nfun g(u) = u*u\naux d = g(x)\nx' = d + b\ny' = a*y\n"));
    ModelSource f = parseModelText("var v\ndv/dt = -v\n");
    f.parameters.push_back({"tiny", 1e-300, -1.5e-300, 2.5e300, std::nullopt, 3.0, "", {}});
    QCOMPARE(formatModelText(f),
             std::string("flow\nvar v = 0\npar tiny = 1e-300 in [-1.5e-300, 2.5e300] typical [, 3]\n"
                         "dv/dt = -v\n"));
    QCOMPARE(parseModelText(formatModelText(f)), f);
}

void TestModelLanguage::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const std::string& text, int line, int column,
                        const char* message) {
        QTest::newRow(name) << QByteArray(text.data(), static_cast<qsizetype>(text.size())) << line << column
                            << QString::fromUtf8(message);
    };
    // Syntax.
    row("missing operand", "var x\nx' = x +\n", 2, 9,
        "expected a number, a name, a function call or '(', found the end");
    row("unclosed (", "var x\nx' = (x + 1\n", 2, 12, "expected ')' closing the '('");
    row("extra )", "var x\nx' = x + 1)\n", 2, 11, "unbalanced ')'");
    row("two operands", "var x\nx' = x x\n", 2, 8,
        "expected an operator or the end of the expression, found 'x'");
    row("single =", "var x\nx' = x = 1\n", 2, 8, "write '==' to compare");
    row("!", "var x\nx' = !x\n", 2, 6, "write 'not' or '!='");
    row("bad character", "var x\nx' = x $ 1\n", 2, 8, "unexpected character '$'");
    row("chained comparison", "var x\nx' = 0 < x < 1\n", 2, 12, "comparisons do not chain");
    row("malformed number", "var x\nx' = 1.2.3\n", 2, 6, "'1.2.3' is not a valid number");
    row("number out of range", "var x\nx' = 1e999\n", 2, 6, "out of range");
    row("number glued to name", "var x\nx' = 2x\n", 2, 7, "expected an operator after the number '2'");
    row("empty expression", "var x\nx' =   # nothing\n", 2, 8, "expected an expression after '='");
    row("unknown statement", "var x\nequation x = 1\nx' = x\n", 2, 1, "expected a statement");
    row("missing = in par", "par a 1\n", 1, 7, "expected '=' and the parameter's value, found '1'");
    row("par without value", "par a = b\n", 1, 9, "(a number), found 'b'");
    row("unterminated description", "var x\npar a = 1 \"text\nx' = x\n", 2, 11, "unterminated description");
    row("junk after var", "var x = 1 2\n", 1, 11, "expected ',' or the end of the line");
    row("dx/dt without dt", "var x\ndx/ds = 1\n", 2, 4, "expected 'dt'");
    // Names.
    row("unknown name", "var x, y\npar a = 1\nx' = y\ny' = x + z\n", 4, 10,
        "unknown name 'z' (names in scope: x, y, a, pi)");
    row("unknown function", "var x\nx' = foo(x)\n", 2, 6, "unknown function 'foo' (functions: exp, log");
    row("function without call", "var x\nx' = exp + 1\n", 2, 6, "'exp' is a function: call it as exp(...)");
    row("call of a variable", "var x\nx' = x(1)\n", 2, 6, "unknown function 'x'");
    row("variable in function body", "var x\nfun f(u) = u + x\nx' = f(x)\n", 2, 16,
        "a function body cannot use: pass it as an argument");
    row("reserved variable", "var exp\nexp' = 1\n", 1, 5, "'exp' is reserved");
    row("reserved parameter", "var x\npar if = 1\nx' = x\n", 2, 5, "'if' is reserved");
    row("reserved pi", "var pi\npi' = 1\n", 1, 5, "'pi' is reserved");
    row("reserved keyword", "var x, typical\nx' = x\ntypical' = 1\n", 1, 8, "'typical' is reserved");
    row("reserved argument", "var x\nfun f(and) = 1\nx' = x\n", 2, 14, "'and' is reserved");
    row("duplicate variable", "var x, x\nx' = x\n", 1, 8, "'x' is declared twice (already a variable)");
    row("parameter named like variable", "var x\npar x = 1\nx' = x\n", 2, 5,
        "'x' is declared twice (already a variable)");
    row("aux named like parameter", "var x\npar a = 1\naux a = 2\nx' = x\n", 3, 9,
        "'a' is declared twice (already a parameter)");
    row("function named like aux", "var x\nfun a() = 1\naux a = 2\nx' = x\n", 3, 9,
        "'a' is declared twice (already a function)");
    row("duplicate argument", "var x\nfun f(u, u) = u\nx' = x\n", 2, 15, "two arguments named 'u'");
    // Equations.
    row("variable without equation", "var x, y\nx' = y\n", 1, 8,
        "variable 'y' has no equation (add y' = ...)");
    row("flow variable without equation", "flow\nvar x, y\ndx/dt = y\n", 2, 8, "(add dy/dt = ...)");
    row("equation for a non-variable", "var x\nx' = x\nz' = 1\n", 3, 6,
        "equation for 'z', which is not a variable");
    row("two equations", "var x\nx' = x\nx' = 2\n", 3, 6,
        "a second equation for 'x' (the first is on line 2)");
    row("map form in a flow", "flow\nvar x\nx' = -x\n", 3, 1,
        "is a map equation, but this model is declared a flow: write 'dx/dt = ...'");
    row("flow form in a map", "map\nvar x\ndx/dt = -x\n", 3, 1, "declared a map: write 'x' = ...'");
    row("mixed forms", "var x, y\nx' = y\ndy/dt = x\n", 3, 1, "mixed equation forms");
    row("kind after other form", "var x\ndx/dt = -x\nmap\n", 3, 1,
        "declared a map but line 2 has a flow equation");
    row("kind twice", "map\nflow\n", 2, 1, "the model's kind is given twice");
    row("no variables", "par a = 1\n", 0, 0, "the model has no variables");
    row("wrong argument count", "var x\nx' = atan2(x)\n", 2, 6, "atan2 takes 2 arguments, got 1");
    row("wrong argument count if", "var x\nx' = if(x, 1)\n", 2, 6, "if takes 3 arguments, got 2");
    row("user function arity", "var x\nfun f(u) = u\nx' = f(x, x)\n", 3, 6,
        "function f takes 1 argument, got 2");
    // Ranges.
    row("value outside range", "var x\npar a = 2 in [0, 1]\nx' = x\n", 2, 5,
        "'a' = 2 lies outside its own range [0, 1]");
    row("min > max", "var x\npar a = 0 in [1, -1]\nx' = x\n", 2, 5, "the range [1, -1] is empty (min > max)");
    row("typical min > max", "var x\npar a = 0 typical [1, -1]\nx' = x\n", 2, 5,
        "the typical range [1, -1] is empty");
    // Cycles and recursion.
    row("aux cycle", "var x\naux a = b + 1\naux b = c\naux c = a*2\nx' = a\n", 2, 9,
        "auxiliary definitions form a cycle: a -> b -> c -> a");
    row("aux self", "var x\naux a = a + 1\nx' = a\n", 2, 9, "auxiliary 'a' is defined in terms of itself");
    row("recursive function", "var x\nfun f(u) = if(u > 0, f(u - 1), 0)\nx' = f(x)\n", 2, 12,
        "function 'f' calls itself (recursion is not allowed)");
    row("mutual recursion", "var x\nfun f(u) = g(u)\nfun g(u) = f(u)\nx' = f(x)\n", 2, 12,
        "functions call each other in a cycle: f -> g -> f");
    // Bytes.
    row("non-ASCII name", "var x\nx' = x\xc2\xb5\n", 2, 7,
        "non-ASCII character outside a comment or description");
    row("invalid UTF-8", "var x # \xff\nx' = x\n", 1, 9, "not valid UTF-8");
    row("overlong UTF-8", "# \xc0\xaf\nvar x\nx' = x\n", 1, 3, "not valid UTF-8");
    row("truncated UTF-8", "var x\nx' = x # \xe2\x82", 2, 10, "not valid UTF-8 (truncated");
    row("NUL byte", std::string("var x\nx' = x\0 + 1\n", 15), 2, 7, "NUL byte");
    row("control character", "var x\nx' = x \x01 1\n", 2, 8, "control character byte 0x01");
}

void TestModelLanguage::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const std::string t(text.constData(), static_cast<std::size_t>(text.size()));
    const EquationError e = errorOf(t);
    QVERIFY2(e.where().line != -1, "the text parsed without an error");
    QVERIFY2(e.detail().find(message.toStdString()) != std::string::npos, e.what());
    QVERIFY2(e.where() == (SourceLocation{line, column}), e.what());
    if (line > 0) {
        const std::string prefix =
            "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
        QCOMPARE(std::string(e.what()).substr(0, prefix.size()), prefix);
    }
}

void TestModelLanguage::fieldErrorsWithoutText()
{
    // A study file's definition has no text positions: errors name the field, and the column
    // within its expression.
    ModelSource s;
    s.variables = {{"x", 0.5, {}}};
    s.parameters = {{"a", 0.5, 0.0, 1.0, std::nullopt, std::nullopt, "", {}}};
    s.equations = {{"x", "a*x + (", {}}};
    try {
        compileModel(s);
        QFAIL("expected an error");
    } catch (const EquationError& e) {
        QCOMPARE(e.field(), std::string("equations.x"));
        QCOMPARE(e.where(), (SourceLocation{0, 8}));
        QVERIFY2(std::string(e.what()).rfind("equations.x, column 8: ", 0) == 0, e.what());
    }
    s.equations = {{"x", "a*x", {}}};
    s.parameters[0].value = 2.0;
    try {
        compileModel(s);
        QFAIL("expected an error");
    } catch (const EquationError& e) {
        QCOMPARE(e.field(), std::string("parameters.a"));
        QVERIFY2(std::string(e.what()).rfind("parameters.a: ", 0) == 0, e.what());
    }
    s.parameters[0].value = 0.5;
    s.parameters[0].description = "two\nlines";
    QVERIFY_THROWS_EXCEPTION(EquationError, compileModel(s));
    s.parameters[0].description.clear();
    s.equations = {{"x", "a*x\n+ 1", {}}};
    QVERIFY_THROWS_EXCEPTION(EquationError, compileModel(s));
    s.equations = {{"x", "a*x", {}}};
    s.variables[0].initial = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(EquationError, compileModel(s));
    s.variables[0].initial = 0.0;
    s.variables[0].name = "2x";
    s.equations[0].name = "2x";
    try {
        compileModel(s);
        QFAIL("expected an error");
    } catch (const EquationError& e) {
        QVERIFY2(e.detail().find("not a valid variable name") != std::string::npos, e.what());
    }
}

void TestModelLanguage::limits()
{
    const auto expectLimit = [](const std::string& text, const char* message) {
        const EquationError e = errorOf(text);
        QVERIFY2(e.detail().find(message) != std::string::npos, e.what());
    };
    std::string vars = "var v0";
    std::string eqs = "v0' = 0\n";
    for (int i = 1; i <= kMaxVariables; ++i) {
        vars += ", v" + std::to_string(i);
        eqs += "v" + std::to_string(i) + "' = 0\n";
    }
    expectLimit(vars + "\n" + eqs, "too many variables: 513 (the limit is 512)");
    std::string pars = "var x\nx' = x\npar p0 = 0";
    for (int i = 1; i <= kMaxParameters; ++i)
        pars += ", p" + std::to_string(i) + " = 0";
    expectLimit(pars + "\n", "too many parameters: 1025 (the limit is 1024)");
    std::string aux = "var x\nx' = x\n";
    for (int i = 0; i <= kMaxAuxiliary; ++i)
        aux += "aux a" + std::to_string(i) + " = 1\n";
    expectLimit(aux, "too many auxiliary definitions: 1025");
    std::string fun = "var x\nx' = x\n";
    for (int i = 0; i <= kMaxFunctions; ++i)
        fun += "fun f" + std::to_string(i) + "() = 1\n";
    expectLimit(fun, "too many functions: 257");
    std::string longExpression = "var x\nx' = x";
    while (longExpression.size() < kMaxExpressionBytes + 20)
        longExpression += " + x";
    expectLimit(longExpression + "\n", "bytes long; the limit is 65536");
    expectLimit("var x\nx' = x\n" + std::string(kMaxSourceBytes, '#'), "the limit is 1048576 bytes");
    // A graph that grows past kMaxProgramLength in differentiation: products of all 512
    // variables, each starting at another variable, have about 512^2/2 distinct derivative
    // nodes each.
    std::string products = "var v0";
    for (int i = 1; i < 512; ++i)
        products += ", v" + std::to_string(i);
    products += "\n";
    for (int e = 0; e < 512; ++e) {
        products += "v" + std::to_string(e) + "' = v" + std::to_string(e);
        if (e < 10)
            for (int k = 1; k < 512; ++k)
                products += "*v" + std::to_string((e * 51 + k) % 512);
        products += "\n";
    }
    expectLimit(products, "the model is too large: more than 1000000 instructions");
    // Function calls that double at each level with new arguments: the expansion is bounded by
    // the parsing work (about a second here).
    std::string doubling = "var x\nfun f0(u) = u*1.5 + 1\n";
    for (int i = 1; i <= 30; ++i)
        doubling += "fun f" + std::to_string(i) + "(u) = f" + std::to_string(i - 1) + "(f" +
                    std::to_string(i - 1) + "(u))\n";
    expectLimit(doubling + "x' = f30(x)\n", "too large after inlining its functions");
    // Repeated calls with the same arguments are one node: 2^40 copies cost 40 expansions.
    std::string repeated = "var x\nfun f0(u) = u + 1\n";
    for (int i = 1; i <= 40; ++i)
        repeated += "fun f" + std::to_string(i) + "(u) = f" + std::to_string(i - 1) + "(u) + f" +
                    std::to_string(i - 1) + "(u)\n";
    const CompiledModel r = compileModel(parseModelText(repeated + "x' = f40(x)\n"));
    QCOMPARE(count(r.step, Op::Add), 41);
    std::vector<double> scratch;
    const double x = 0.5;
    double out = 0.0;
    evaluate(r.step, &x, nullptr, &out, scratch);
    QCOMPARE(out, std::ldexp(1.5, 40));
}

void TestModelLanguage::deepNestingIsRefusedSafely()
{
    const auto nested = [](int depth, const std::string& open, const std::string& close) {
        std::string e;
        for (int i = 0; i < depth; ++i)
            e += open;
        e += "x";
        for (int i = 0; i < depth; ++i)
            e += close;
        return "var x\nx' = " + e + "\n";
    };
    // Within the limit it compiles...
    parseModelText(nested(150, "(", ")"));
    parseModelText(nested(150, "exp(", ")"));
    // ... beyond it, an error, long before the stack is at risk (also for 6000 levels).
    for (int depth : {kMaxNesting + 1, 6000}) {
        for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
                 {"(", ")"}, {"-", ""}, {"not ", ""}, {"sin(", ")"}, {"2^", ""}, {"if(x, ", ", 1)"}}) {
            const EquationError e = errorOf(nested(depth, open, close));
            QVERIFY2(e.detail().find("nested too deeply") != std::string::npos, e.what());
            QCOMPARE(e.where().line, 2);
        }
    }
    // Nesting through function calls counts too.
    std::string chain = "var x\nfun f0(u) = u\n";
    for (int i = 1; i <= 250; ++i)
        chain += "fun f" + std::to_string(i) + "(u) = f" + std::to_string(i - 1) + "(u)\n";
    const EquationError e = errorOf(chain + "x' = f250(x)\n");
    QVERIFY2(e.detail().find("nested too deeply") != std::string::npos, e.what());
    // The deepest texts the limit allows fit in half of a default 8 MiB thread stack with room
    // to spare (measured: under 0.5 MiB without sanitizers, under 2 MiB with ASan): parentheses,
    // if() and a chain of user functions, each nested to the limit, on a 4 MiB thread.
    std::vector<std::string> deepest = {nested(kMaxNesting - 1, "(", ")"),
                                        nested(kMaxNesting - 1, "if(x, ", ", 1)"),
                                        nested(kMaxNesting - 1, "-", "")};
    std::string functions = "var x\nfun f0(u) = u\n";
    for (int i = 1; i < kMaxNesting - 1; ++i)
        functions += "fun f" + std::to_string(i) + "(u) = f" + std::to_string(i - 1) + "(u)\n";
    deepest.push_back(functions + "x' = f" + std::to_string(kMaxNesting - 2) + "(x)\n");
    int compiled = 0;
    QThread* worker = QThread::create([&deepest, &compiled] {
        for (const std::string& text : deepest) {
            try {
                parseModelText(text);
                ++compiled;
            } catch (const EquationError&) {
            }
        }
    });
    worker->setStackSize(4u << 20);
    worker->start();
    QVERIFY(worker->wait());
    delete worker;
    QCOMPARE(compiled, static_cast<int>(deepest.size()));
    // A long flat sum is not nesting: 10000 terms compile.
    std::string sum = "var x\nx' = x";
    for (int i = 0; i < 10000; ++i)
        sum += "+x";
    const CompiledModel m = compileModel(parseModelText(sum + "\n"));
    std::vector<double> scratch;
    double out = 0.0, jac = 0.0;
    const double x = 0.5;
    evaluate(m.step, &x, nullptr, &out, scratch);
    evaluate(m.jacobian, &x, nullptr, &jac, scratch);
    QCOMPARE(out, 0.5 * 10001);
    QCOMPARE(jac, 10001.0);
}

void TestModelLanguage::kinkDerivatives_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("abs at 0") << "abs(x)" << 0.0 << 0.0;
    QTest::newRow("abs left") << "abs(x)" << -1.0 << -1.0;
    QTest::newRow("abs right") << "abs(x)" << 1.0 << 1.0;
    QTest::newRow("min tie takes u'") << "min(3*x, x)" << 0.0 << 3.0;
    QTest::newRow("min u < v") << "min(3*x, x)" << -1.0 << 3.0;
    QTest::newRow("min u > v") << "min(3*x, x)" << 1.0 << 1.0;
    QTest::newRow("max tie takes u'") << "max(3*x, x)" << 0.0 << 3.0;
    QTest::newRow("max u < v") << "max(3*x, x)" << -1.0 << 1.0;
    QTest::newRow("floor") << "floor(x)" << 2.0 << 0.0;
    QTest::newRow("ceil") << "ceil(x)" << 2.0 << 0.0;
    QTest::newRow("sign at 0") << "sign(x)*7" << 0.0 << 0.0;
    QTest::newRow("heaviside at 0") << "heaviside(x)" << 0.0 << 0.0;
    QTest::newRow("comparison") << "(x > 0)*x" << 2.0 << 1.0;
    QTest::newRow("logic") << "(x > 0 and x < 3) + (not x)" << 2.0 << 0.0;
    QTest::newRow("if true") << "if(x >= 0, x*x, -x)" << 0.0 << 0.0;
    QTest::newRow("if false") << "if(x >= 0, x*x, -x)" << -2.0 << -1.0;
    QTest::newRow("if condition not differentiated") << "if(x, 2*x, 5*x)" << 1.0 << 2.0;
    QTest::newRow("sqrt at 0") << "sqrt(x)" << 0.0 << inf;
    QTest::newRow("pow constant integer exponent") << "x^3" << -2.0 << 12.0;
    QTest::newRow("pow constant exponent, negative base") << "pow(x, 5)" << -1.0 << 5.0;
    QTest::newRow("pow variable exponent") << "2^x" << 3.0 << 8.0 * std::log(2.0);
    QTest::newRow("pow parameter exponent, no log") << "x^p" << -3.0 << -6.0;
    QTest::newRow("pow both") << "x^x" << 2.0 << 4.0 * (1.0 + std::log(2.0));
    QTest::newRow("pow zero exponent at 0") << "x^0 + pow(x, 0)" << 0.0 << 0.0;
}

void TestModelLanguage::kinkDerivatives()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(double, expected);
    const double d = slope(expression.toStdString(), x);
    QVERIFY2(std::fabs(d - expected) <= 1e-15 * std::fabs(expected) || d == expected,
             qPrintable(QString("%1 vs %2").arg(d, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestModelLanguage::derivativesOfEveryFunction()
{
    // Against the derivatives of calculus at points away from kinks.
    struct Case {
        const char* expression;
        double x;
        double expected;
    };
    const double x = 0.3;
    const Case cases[] = {
        {"exp(2*x)", x, 2 * std::exp(2 * x)},
        {"log(x)", x, 1 / x},
        {"log10(x)", x, 1 / (x * std::log(10.0))},
        {"sqrt(x)", x, 0.5 / std::sqrt(x)},
        {"sin(x)", x, std::cos(x)},
        {"cos(x)", x, -std::sin(x)},
        {"tan(x)", x, 1 / (std::cos(x) * std::cos(x))},
        {"asin(x)", x, 1 / std::sqrt(1 - x * x)},
        {"acos(x)", x, -1 / std::sqrt(1 - x * x)},
        {"atan(x)", x, 1 / (1 + x * x)},
        {"sinh(x)", x, std::cosh(x)},
        {"cosh(x)", x, std::sinh(x)},
        {"tanh(x)", x, 1 - std::tanh(x) * std::tanh(x)},
        {"atan2(x, q)", x, -0.5 / (x * x + 0.25)},
        {"atan2(q, x)", x, 0.5 / (x * x + 0.25)},
        {"x/(1 + x*x)", x, (1 - x * x) / ((1 + x * x) * (1 + x * x))},
        {"p/x", x, -2 / (x * x)},
        {"-x*q - x", x, -0.5},
        {"x^2.5", x, 2.5 * std::pow(x, 1.5)},
        {"x^-1", x, -1 / (x * x)},
    };
    for (const Case& c : cases) {
        const double d = slope(c.expression, c.x);
        QVERIFY2(
            std::fabs(d - c.expected) <= 4e-16 * std::fabs(c.expected) * 4,
            qPrintable(
                QString("%1: %2 vs %3").arg(c.expression).arg(d, 0, 'g', 17).arg(c.expected, 0, 'g', 17)));
    }
}

void TestModelLanguage::parameterJacobian()
{
    const CompiledModel m = compileModel(parseModelText("var x, y\npar a = 2, b = 3, unused = 0\n"
                                                        "x' = a*x^b\ny' = exp(a*y) + x\n"));
    QCOMPARE(m.parameterCount, 3);
    std::vector<double> scratch;
    const double x[2] = {1.5, 0.25}, p[3] = {2, 3, 0};
    double out[6];
    evaluate(m.parameterJacobian, x, p, out, scratch);
    QCOMPARE(out[0], std::pow(1.5, 3.0));
    QVERIFY(std::fabs(out[1] - 2 * std::pow(1.5, 3.0) * std::log(1.5)) < 1e-15 * out[1]);
    QCOMPARE(out[2], 0.0);
    QCOMPARE(out[3], 0.25 * std::exp(0.5));
    QCOMPARE(out[4], 0.0);
    QCOMPARE(out[5], 0.0);
}

void TestModelLanguage::foldingAndSharing()
{
    // Constants fold only where every operand is a constant, with the interpreter's own
    // functions: 0.1*3 becomes 0.30000000000000004 as evaluation would give, while
    // x + 0.1 + 0.2 = (x + 0.1) + 0.2 keeps both additions.
    const CompiledModel m = compileModel(parseModelText("var x\nx' = 0.1*3 + exp(1)*x + x + 0.1 + 0.2\n"));
    QCOMPARE(count(m.step, Op::Mul), 1);
    QCOMPARE(count(m.step, Op::Exp), 0);
    QCOMPARE(count(m.step, Op::Add), 4);
    bool folded = false;
    for (const auto& in : m.step.code)
        folded = folded || (in.op == Op::Constant && in.value == 0.1 * 3);
    QVERIFY(folded);
    // Hash-consing: the same subexpression once, whichever line or function wrote it.
    const CompiledModel s =
        compileModel(parseModelText("var x, y\nfun f(u) = exp(u - 1)\naux e = exp(x - 1)\n"
                                    "x' = exp(x - 1) + f(x)\ny' = e*exp(x - 1)\n"));
    QCOMPARE(count(s.step, Op::Exp), 1);
    QCOMPARE(count(s.step, Op::Sub), 1);
    // Straight-line code: every operand before its user; outputs in range.
    for (const Program* p : {&s.step, &s.jacobian, &s.parameterJacobian, &s.auxiliary}) {
        for (std::size_t i = 0; i < p->code.size(); ++i)
            for (int k : {p->code[i].a, p->code[i].b, p->code[i].c})
                QVERIFY(k < static_cast<int>(i));
        for (int o : p->outputs)
            QVERIFY(o >= 0 && o < p->scratchSize());
    }
    // The Jacobian of y' = e*exp(x - 1) w.r.t. y is a structural zero: the constant 0.
    QCOMPARE(s.jacobian.outputs.size(), std::size_t(4));
    const Instruction& dyy = s.jacobian.code[static_cast<std::size_t>(s.jacobian.outputs[3])];
    QCOMPARE(dyy.op, Op::Constant);
    QCOMPARE(dyy.value, 0.0);
}

void TestModelLanguage::hashIdentifiesPrograms()
{
    const auto hash = [](const char* text) { return compileModel(parseModelText(text)).hash; };
    const std::uint64_t h = hash("var x\npar a = 1\nx' = a*x\n");
    QCOMPARE(hash("# comment\nvar x = 5\npar a = 2 in [0, 3]\nx' =   a * x\n"), h); // same programs
    QVERIFY(hash("var x\npar a = 1\nx' = a*x + 1\n") != h);
    QVERIFY(hash("var x\npar a = 1\nx' = x*a\n") != h);
    QVERIFY(hash("var x\npar a = 1, b = 1\nx' = a*x\n") != h); // another parameter layout
}

void TestModelLanguage::lanesAreBitIdentical()
{
    const CompiledModel m = compileModel(parseModelText(
        "var x, y, z\npar a = 0.5, b = -1.5\n"
        "fun g(u) = if(u > 0 and not u > 2, sqrt(u), abs(u)^1.5)\n"
        "aux s = sin(x)*cos(y) + tan(z/4) + exp(-x*x) + log(abs(y) + 1) + log10(abs(z) + 2)\n"
        "x' = s + asin(tanh(x)) + acos(tanh(y)) + atan(z) + atan2(y, x) + pow(abs(x), b) + x^3\n"
        "y' = sinh(y/10) + cosh(z/10) + floor(x) + ceil(y) + sign(z) + heaviside(x) + min(x, y) + max(y, z)\n"
        "z' = g(x) + g(y)*a - z/(1 + y*y) + (x < y) + (x <= y) + (x == y) + (x != y) + (x >= z) + (y or "
        "z)\n"));
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> u(-4.0, 4.0);
    for (int lanes : {1, 3, 8, 17}) {
        const auto w = static_cast<std::size_t>(lanes);
        std::vector<double> x(3 * w), p(2 * w);
        for (std::size_t l = 0; l < w; ++l) {
            for (std::size_t v = 0; v < 3; ++v)
                x[v * w + l] = u(rng);
            p[l] = u(rng);
            p[w + l] = u(rng);
        }
        // Special values ride along in some lanes.
        x[0] = std::nan("");
        if (lanes > 2) {
            x[w + 1] = std::numeric_limits<double>::infinity();
            x[2] = 0.0;
            x[w + 2] = 0.0;
        }
        std::vector<double> scratch, scalarScratch;
        for (const Program* prog : {&m.step, &m.jacobian, &m.parameterJacobian, &m.auxiliary}) {
            const std::size_t outs = prog->outputs.size();
            std::vector<double> lanesOut(outs * w);
            evaluateLanes(*prog, lanes, x.data(), p.data(), lanesOut.data(), scratch);
            for (std::size_t l = 0; l < w; ++l) {
                const double xs[3] = {x[l], x[w + l], x[2 * w + l]};
                const double ps[2] = {p[l], p[w + l]};
                std::vector<double> out(outs);
                evaluate(*prog, xs, ps, out.data(), scalarScratch);
                for (std::size_t o = 0; o < outs; ++o) {
                    const double a = lanesOut[o * w + l];
                    QVERIFY2(std::memcmp(&a, &out[o], sizeof a) == 0 || (std::isnan(a) && std::isnan(out[o])),
                             qPrintable(QString("lanes %1, lane %2, output %3").arg(lanes).arg(l).arg(o)));
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestModelLanguage)
#include "tst_modellanguage.moc"
