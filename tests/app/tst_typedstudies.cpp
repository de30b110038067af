// Typed models through every analysis (issue 18.4), as a user runs them: the built-in
// single-map examples are run by `neurodyn-cli run` twice, once as shipped and once with the
// model replaced by the same map typed in the model language, and every result file must agree
// (the typed Jacobians are summed in another order, so numbers agree to rounding, not bit for
// bit). Both backends of typed models are run: the interpreter and the compiled one. A typed
// flow (Lorenz) is checked against independent references: its Lyapunov spectrum against the
// literature (Sprott: 0.9056, 0, -14.5723) and the exact sum -(s + 1 + b), its fixed points
// against the closed form.
#include "clirun.h"
#include "runfolder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ndtest;

namespace {

// The built-in maps typed with the same parameter names; ranges wide enough for every example.
QString typedText(const QString& type)
{
    if (type == "chialvo")
        return "map\nvar x = 0.5, y = 1\npar a = 0.89 in [-10, 10], b = 0.18 in [-10, 10]\n"
               "par c = 0.28 in [-10, 10], k0 = 0.03 in [-10, 10]\n"
               "x' = x*x*exp(y - x) + k0\ny' = a*y - b*x + c\n";
    if (type == "rulkov")
        return "map\nvar x = -1, y = -3\npar alpha = 4.1 in [-1e3, 1e3], mu = 0.001 in [-10, 10]\n"
               "par sigma = -1 in [-1e3, 1e3]\nx' = alpha/(1 + x*x) + y\ny' = y - mu*(x - sigma)\n";
    if (type == "logistic")
        return "map\nvar x = 0.4\npar r = 3.7 in [-1e3, 1e3]\nx' = r*x*(1 - x)\n";
    if (type == "delayed-logistic")
        return "map\nvar x = 0.4, y = 0.4\npar r = 1.9 in [-1e3, 1e3]\nx' = r*x*(1 - y)\ny' = x\n";
    if (type == "henon")
        return "map\nvar x = 0.1, y = 0.1\npar a = 1.4 in [-1e3, 1e3], b = 0.3 in [-1e3, 1e3]\n"
               "x' = 1 - a*x*x + y\ny' = b*x\n";
    return {};
}

QJsonObject example(const QString& name)
{
    const Run r = cli({"example", name, "-"});
    if (r.code != 0)
        qFatal("cannot read example %s", qPrintable(name));
    return QJsonDocument::fromJson(r.out).object();
}

// The example with its model typed (the study's parameter values kept).
QJsonObject typedStudy(QJsonObject study, const QString& backend)
{
    QJsonObject model = study.value("model").toObject();
    const QString text = typedText(model.value("type").toString());
    QJsonObject typed{{"type", "equations"},
                      {"settings", QJsonObject{{"definition", text}, {"backend", backend}}},
                      {"parameters", model.value("parameters")}};
    study.insert("model", typed);
    return study;
}

bool runStudy(const QTemporaryDir& dir, const QString& name, const QJsonObject& study, QString& out)
{
    out = dir.filePath(name);
    const Run r = cli({"run", "--quiet", "--no-figures", "--out", out, writeStudy(dir, name, study)});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return r.code == 0;
}

// Two CSV tables agree: same header, same rows, text cells equal, numbers within rounding
// (relative 1e-7 of the larger magnitude, absolute 1e-9 near zero). A continuation point whose
// largest multiplier has modulus 1 to rounding (the bifurcation point itself) may be called
// stable by one run and unstable by the other.
QString compareCsv(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> ra = a.split('\n'), rb = b.split('\n');
    if (ra.size() != rb.size())
        return QString("%1 rows against %2").arg(ra.size()).arg(rb.size());
    const QList<QByteArray> header = ra.front().split(',');
    const qsizetype stable = header.indexOf("stable"), modulus = header.indexOf("max_abs_mu");
    for (qsizetype i = 0; i < ra.size(); ++i) {
        const QList<QByteArray> ca = ra[i].split(','), cb = rb[i].split(',');
        if (ca.size() != cb.size())
            return QString("row %1: %2 cells against %3").arg(i).arg(ca.size()).arg(cb.size());
        const bool onBoundary = i > 0 && stable >= 0 && modulus >= 0 && modulus < ca.size() &&
                                std::fabs(ca[modulus].toDouble() - 1.0) < 1e-9;
        for (qsizetype j = 0; j < ca.size(); ++j) {
            if (j == stable && onBoundary)
                continue;
            bool okA = false, okB = false;
            const double x = ca[j].toDouble(&okA), y = cb[j].toDouble(&okB);
            if (okA != okB || (!okA && ca[j] != cb[j]))
                return QString("row %1 cell %2: '%3' against '%4'").arg(i).arg(j).arg(ca[j], cb[j]);
            if (okA && std::fabs(x - y) > 1e-9 + 1e-7 * std::max(std::fabs(x), std::fabs(y)))
                return QString("row %1 cell %2: %3 against %4").arg(i).arg(j).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
        }
    }
    return {};
}

} // namespace

class TestTypedStudies : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyAnalysisAgreesWithBuiltIn_data();
    void everyAnalysisAgreesWithBuiltIn();
    void typedLorenzSpectrumAndFixedPoints();

private:
    QTemporaryDir m_cache;
};

void TestTypedStudies::initTestCase()
{
    QVERIFY(m_cache.isValid());
    // Compiled typed models go to a folder of this test, not the user's cache.
    qputenv("NEURODYN_CACHE_DIR", m_cache.path().toUtf8());
}

void TestTypedStudies::everyAnalysisAgreesWithBuiltIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("backend");
    for (const char* backend : {"interpreter", "auto"})
        for (const char* name : {"chialvo-bursting", "chialvo-oscillation", "delayed-logistic-neimark-sacker",
                                 "henon-attractor", "logistic-period-doubling", "rulkov-bursting"})
            QTest::addRow("%s-%s", name, backend) << QString(name) << QString(backend);
}

void TestTypedStudies::everyAnalysisAgreesWithBuiltIn()
{
    QFETCH(QString, name);
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const QJsonObject builtIn = example(name);
    QString builtInOut, typedOut;
    QVERIFY(runStudy(dir, "built-in", builtIn, builtInOut));
    QVERIFY(runStudy(dir, "typed", typedStudy(builtIn, backend), typedOut));
    const auto expected = filesOf(builtInOut, {"*.csv"});
    const auto got = filesOf(typedOut, {"*.csv"});
    QCOMPARE(got.keys(), expected.keys());
    // Every analysis of the example has a result (trajectory plus one file per section).
    QCOMPARE(expected.size(), 1 + builtIn.value("analyses").toObject().size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString difference = compareCsv(it.value(), got.value(it.key()));
        QVERIFY2(difference.isEmpty(), qPrintable(it.key() + ": " + difference));
    }
    // The JSON twins say which model ran.
    const QJsonObject json = jsonFile(QDir(typedOut).filePath("trajectory.json"));
    QCOMPARE(json.value("study").toObject().value("model").toObject().value("type").toString(),
             QString("equations"));
}

void TestTypedStudies::typedLorenzSpectrumAndFixedPoints()
{
    const double s = 10, r = 28, b = 8.0 / 3.0;
    QJsonObject study = example("chialvo-oscillation");
    study.insert("title", "Lorenz system, typed");
    study.insert("model",
                 QJsonObject{{"type", "equations"},
                             {"settings", QJsonObject{{"definition", "flow\nvar x = 1, y = 1, z = 1\n"
                                                                     "par s = 10, r = 28 in [0, 100], b = 2.6666666666666665\n"
                                                                     "dx/dt = s*(y - x)\ndy/dt = x*(r - z) - y\n"
                                                                     "dz/dt = x*y - b*z\n"}}}});
    study.insert("initial_state", QJsonArray{1.0, 1.0, 1.0});
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("method", "rk4");
    simulation.insert("dt", 0.01);
    simulation.insert("samples", 2000);
    study.insert("simulation", simulation);
    // Spectrum over t = 1000 (10^5 RK4 steps of 0.01) after t = 10.
    study.insert("analyses",
                 QJsonObject{{"lyapunov", QJsonObject{{"steps", 100000}, {"transient", 1000}, {"dt", 0.01},
                                                      {"largest_only", false}, {"exponents", 0}}},
                             {"fixed_points", QJsonObject{{"box_min", QJsonArray{-20, -20, 0}},
                                                          {"box_max", QJsonArray{20, 20, 40}},
                                                          {"seed_count", 200}}}});
    QTemporaryDir dir;
    QString out;
    QVERIFY(runStudy(dir, "lorenz", study, out));
    const QJsonArray exponents = jsonFile(QDir(out).filePath("lyapunov.json")).value("exponents").toArray();
    QCOMPARE(exponents.size(), 3);
    QVERIFY2(std::fabs(exponents[0].toDouble() - 0.9056) < 0.05, qPrintable(QString::number(exponents[0].toDouble())));
    QVERIFY2(std::fabs(exponents[1].toDouble()) < 0.02, qPrintable(QString::number(exponents[1].toDouble())));
    QVERIFY2(std::fabs(exponents[2].toDouble() + 14.5723) < 0.1, qPrintable(QString::number(exponents[2].toDouble())));
    const double sum = exponents[0].toDouble() + exponents[1].toDouble() + exponents[2].toDouble();
    QVERIFY2(std::fabs(sum + (s + 1 + b)) < 1e-3, qPrintable(QString::number(sum)));
    // Fixed points: the origin and (+-sqrt(b(r-1)), +-sqrt(b(r-1)), r-1).
    const QByteArray csv = readAll(QDir(out).filePath("fixed_points.csv"));
    const QList<QByteArray> rows = csv.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    const double q = std::sqrt(b * (r - 1));
    int found = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> c = rows[i].split(',');
        const double x = c[1].toDouble(), y = c[2].toDouble(), z = c[3].toDouble();
        for (const auto& [ex, ey, ez] : {std::tuple{0.0, 0.0, 0.0}, {q, q, r - 1}, {-q, -q, r - 1}})
            if (std::fabs(x - ex) < 1e-9 && std::fabs(y - ey) < 1e-9 && std::fabs(z - ez) < 1e-9)
                ++found;
    }
    QCOMPARE(found, 3);
}

QTEST_GUILESS_MAIN(TestTypedStudies)
#include "tst_typedstudies.moc"
