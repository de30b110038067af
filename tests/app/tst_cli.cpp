// neurodyn-cli as a user runs it: the CSV has the requested length, starts from the requested
// state, matches a hand iteration; flows are integrated (Kuramoto with K = 0 exactly linear in
// time, two identical oscillators along the analytic solution of their phase difference), a
// study's transient, samples and stride are used, structural settings and random initial states
// can be set (the draw of std::mt19937_64, fixed by the standard); `models` lists the registry
// with parameters and settings; help, errors and suggestions follow one style; bad options exit
// non-zero with a message.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

using ndtest::cli;
using ndtest::Run;
using ndtest::runProgram;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void simulateWritesRequestedRows();
    void simulateHelp();
    void badOptionsFail_data();
    void badOptionsFail();
    void escapeExitsWithThree();
    void flowIsIntegratedLinearly();
    void flowFollowsAnalyticSolution();
    void studySimulationSettingsAreUsed();
    void simulateParamOfALink();
    void settingsAndRandomInitialState();
    void modelsListsRegistry();
    void helpAndErrorStyle_data();
    void helpAndErrorStyle();
    void numbersAreShortestRoundTrip();
};

namespace {
// A CSV as a header and rows of numbers.
struct Csv {
    QList<QByteArray> header;
    std::vector<std::vector<double>> rows;
    int column(const char* name) const { return static_cast<int>(header.indexOf(QByteArray(name))); }
};
Csv parseCsv(const QByteArray& text)
{
    Csv csv;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    csv.header = lines.first().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        std::vector<double> row;
        for (const QByteArray& f : lines[i].split(','))
            row.push_back(f.toDouble());
        csv.rows.push_back(row);
    }
    return csv;
}
// Three Kuramoto oscillators with explicit frequencies 0.5, 1, -2.
const QStringList kKuramoto3{
    "simulate",  "--model",        "kuramoto", "--setting", "N=3", "--setting", "frequencies=explicit",
    "--setting", "omegas=0.5,1,-2"};
} // namespace

void TestCli::simulateWritesRequestedRows()
{
    const Run r = cli({"simulate", "--model", "chialvo", "--param", "b=0.18", "--initial-state", "0.25,1.5",
                       "--samples", "37"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 38); // header + 37 rows
    QCOMPARE(lines[0], QByteArray("step,x,y"));
    const QList<QByteArray> first = lines[1].split(',');
    QCOMPARE(first[0], QByteArray("0"));
    QCOMPARE(first[1].toDouble(), 0.25);
    QCOMPARE(first[2].toDouble(), 1.5);
    // Second row equals one step of the map computed here.
    const QList<QByteArray> second = lines[2].split(',');
    const double x = 0.25, y = 1.5;
    QVERIFY(std::fabs(second[1].toDouble() - (x * x * std::exp(y - x) + 0.03)) < 1e-15);
    QVERIFY(std::fabs(second[2].toDouble() - (0.89 * y - 0.18 * x + 0.28)) < 1e-15);
}

void TestCli::simulateHelp()
{
    const Run r = cli({"simulate", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--samples"));
}

void TestCli::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown model") << QStringList{"simulate", "--model", "nope"};
    QTest::newRow("bad param") << QStringList{"simulate", "--param", "a"};
    QTest::newRow("unknown param") << QStringList{"simulate", "--param", "zz=1"};
    QTest::newRow("nan param") << QStringList{"simulate", "--param", "a=nan"};
    QTest::newRow("wrong x0 size") << QStringList{"simulate", "--initial-state", "1,2,3"};
    QTest::newRow("bad x0") << QStringList{"simulate", "--initial-state", "1,zz"};
    QTest::newRow("zero steps") << QStringList{"simulate", "--samples", "0"};
    QTest::newRow("huge steps") << QStringList{"simulate", "--samples", "99999999999"};
    QTest::newRow("unknown option") << QStringList{"simulate", "--frob"};
    QTest::newRow("missing study") << QStringList{"simulate", "--study", "/nonexistent/x.json"};
    QTest::newRow("seed text") << QStringList{"simulate", "--random-initial", "abc"};
    QTest::newRow("seed negative") << QStringList{"simulate", "--random-initial", "-1"};
    QTest::newRow("seed huge") << QStringList{"simulate", "--random-initial", "2147483648"};
    QTest::newRow("box one value") << QStringList{"simulate", "--random-initial", "1", "--box", "1"};
    QTest::newRow("box without seed") << QStringList{"simulate", "--box", "0,1"};
    QTest::newRow("x0 and seed") << QStringList{"simulate", "--initial-state", "0,1", "--random-initial",
                                                "1"};
    QTest::newRow("dt for a map") << QStringList{"simulate", "--dt", "0.1"};
    QTest::newRow("method for a map") << QStringList{"simulate", "--method", "rk4"};
    QTest::newRow("dt zero") << QStringList{"simulate", "--model", "kuramoto", "--dt", "0"};
    QTest::newRow("dt huge") << QStringList{"simulate", "--model", "kuramoto", "--dt", "101"};
    QTest::newRow("unknown method") << QStringList{"simulate", "--model", "kuramoto", "--method", "euler"};
    QTest::newRow("setting without value") << QStringList{"simulate", "--setting", "N"};
    QTest::newRow("bad setting value")
        << QStringList{"simulate", "--model", "ring-star", "--setting", "N=two"};
    QTest::newRow("model and study") << QStringList{"simulate", "--model", "henon", "--study", "x.json"};
    QTest::newRow("models unknown") << QStringList{"models", "nope"};
    QTest::newRow("models setting without name") << QStringList{"models", "--setting", "N=3"};
    QTest::newRow("models bad setting") << QStringList{"models", "ring-star", "--setting", "N=1"};
}

void TestCli::badOptionsFail()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QVERIFY(r.code != 0);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCli::escapeExitsWithThree()
{
    const Run r = cli({"simulate", "--initial-state", "1,40", "--samples", "5"});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("escaped at step 1"));
}

void TestCli::flowIsIntegratedLinearly()
{
    // K = 0: dtheta_i/dt = omega_i, so theta_i(t) = theta_i(0) + omega_i t exactly; RK4 is exact
    // for a constant right-hand side (the rows used to be omega_i: the rhs applied as a map).
    const Run r = cli(kKuramoto3 + QStringList{"--param", "K=0", "--initial-state", "0.1,0.2,0.3", "--dt",
                                               "0.1", "--samples", "11"});
    QVERIFY2(r.code == 0, r.err.constData());
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.header, (QList<QByteArray>{"step", "time", "theta0", "theta1", "theta2"}));
    QCOMPARE(csv.rows.size(), std::size_t(11));
    const double omega[] = {0.5, 1.0, -2.0}, start[] = {0.1, 0.2, 0.3};
    for (std::size_t k = 0; k < csv.rows.size(); ++k) {
        const double t = 0.1 * static_cast<double>(k);
        QCOMPARE(csv.rows[k][0], static_cast<double>(k));
        QVERIFY(std::fabs(csv.rows[k][1] - t) < 1e-15);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::fabs(csv.rows[k][static_cast<std::size_t>(2 + i)] - (start[i] + omega[i] * t)) <
                         1e-13,
                     qPrintable(QString("row %1 theta%2").arg(k).arg(i)));
    }
}

void TestCli::flowFollowsAnalyticSolution()
{
    // Two oscillators of equal frequency omega, all-to-all with n_i = N = 2:
    //   phi = theta1 - theta0 obeys dphi/dt = -K sin(phi), so tan(phi/2) = tan(phi0/2) e^{-K t},
    //   and theta0 + theta1 = theta0(0) + theta1(0) + 2 omega t.
    const double K = 1.5, omega = 0.7, phi0 = 2.0;
    const Run r =
        cli({"simulate", "--model", "kuramoto", "--setting", "N=2", "--setting", "frequencies=explicit",
             "--setting", "omegas=0.7,0.7", "--param", QString("K=%1").arg(K), "--initial-state", "0,2",
             "--dt", "0.01", "--samples", "301", "--method", "rk4"});
    QVERIFY2(r.code == 0, r.err.constData());
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.rows.size(), std::size_t(301));
    for (const auto& row : csv.rows) {
        const double t = row[1];
        const double phi = 2.0 * std::atan(std::tan(phi0 / 2.0) * std::exp(-K * t));
        const double sum = phi0 + 2.0 * omega * t;
        QVERIFY2(std::fabs(row[2] - (sum - phi) / 2.0) < 1e-9,
                 qPrintable(QString("theta0 at t = %1").arg(t)));
        QVERIFY2(std::fabs(row[3] - (sum + phi) / 2.0) < 1e-9,
                 qPrintable(QString("theta1 at t = %1").arg(t)));
    }
    // The adaptive integrator, sampled every dt, follows the same solution.
    const Run dp =
        cli({"simulate", "--model", "kuramoto", "--setting", "N=2", "--setting", "frequencies=explicit",
             "--setting", "omegas=0.7,0.7", "--param", QString("K=%1").arg(K), "--initial-state", "0,2",
             "--dt", "0.1", "--samples", "31", "--method", "dormand_prince"});
    QVERIFY2(dp.code == 0, dp.err.constData());
    for (const auto& row : parseCsv(dp.out).rows) {
        const double t = row[1];
        const double phi = 2.0 * std::atan(std::tan(phi0 / 2.0) * std::exp(-K * t));
        QVERIFY2(std::fabs(row[3] - row[2] - phi) < 1e-7, qPrintable(QString("phi at t = %1").arg(t)));
    }
}

void TestCli::simulateParamOfALink()
{
    // A chain study whose link sigma sets the four couplings: --param sigma=0.03 simulates what
    // setting the four couplings by hand does, byte for byte; a target itself is refused.
    QTemporaryDir dir;
    const QString path = dir.filePath("linked.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"neurodyn-study","schema_version":3,"model":{"type":"chain",)"
            R"("links":{"sigma":["sigma_12","sigma_21","sigma_23","sigma_32"]}}})");
    f.close();
    const QStringList rows{"--transient", "0", "--samples", "60"};
    const Run linked = cli(QStringList{"simulate", "--study", path, "--param", "sigma=0.03"} + rows);
    QVERIFY2(linked.code == 0, linked.err.constData());
    const Run byHand =
        cli(QStringList{"simulate", "--model", "chain", "--param", "sigma_12=0.03", "--param",
                        "sigma_21=0.03", "--param", "sigma_23=0.03", "--param", "sigma_32=0.03"} +
            rows);
    QVERIFY2(byHand.code == 0, byHand.err.constData());
    QCOMPARE(linked.out, byHand.out);
    const Run target = cli(QStringList{"simulate", "--study", path, "--param", "sigma_21=0.03"} + rows);
    QCOMPARE(target.code, 2);
    QVERIFY2(target.err.contains("sigma_21 is set by the linked parameter sigma; set sigma instead"),
             target.err.constData());
    // `models --study` lists the link with the parameters, saying what it sets.
    const Run models = cli({"models", "--study", path});
    QVERIFY2(models.code == 0, models.err.constData());
    QVERIFY2(
        models.out.contains("Linked parameter: sets sigma_12 = sigma, sigma_21 = sigma, sigma_23 = sigma, "
                            "sigma_32 = sigma"),
        models.out.constData());
    QVERIFY(models.out.contains("Set by the linked parameter sigma"));
}

void TestCli::studySimulationSettingsAreUsed()
{
    // The Kuramoto study of the examples with K = 0, three explicit frequencies, a transient
    // of 5 steps, 4 samples and stride 2: rows at steps 5, 7, 9, 11 (dt 0.1).
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "kuramoto-lorentzian", "-"}).out).object();
    QVERIFY(!study.isEmpty());
    study.insert("model",
                 QJsonObject{{"type", "kuramoto"},
                             {"settings",
                              QJsonObject{{"N", "3"}, {"frequencies", "explicit"}, {"omegas", "0.5,1,-2"}}},
                             {"parameters", QJsonObject{{"K", 0.0}}}});
    study.insert("initial_state", QJsonArray{0.1, 0.2, 0.3});
    study.insert(
        "simulation",
        QJsonObject{{"transient", 5}, {"samples", 4}, {"stride", 2}, {"dt", 0.1}, {"method", "rk4"}});
    study.insert("analyses", QJsonObject{});
    study.remove("view");
    QTemporaryDir dir;
    const QString path = dir.filePath("kur0.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(study).toJson());
    f.close();

    const Run r = cli({"simulate", "--study", path});
    QVERIFY2(r.code == 0, r.err.constData());
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.rows.size(), std::size_t(4));
    const double omega[] = {0.5, 1.0, -2.0}, start[] = {0.1, 0.2, 0.3};
    for (std::size_t k = 0; k < 4; ++k) {
        const double step = 5.0 + 2.0 * static_cast<double>(k), t = 0.1 * step;
        QCOMPARE(csv.rows[k][0], step);
        for (int i = 0; i < 3; ++i)
            QVERIFY(std::fabs(csv.rows[k][static_cast<std::size_t>(2 + i)] - (start[i] + omega[i] * t)) <
                    1e-13);
    }
    // Options override the study: 3 rows from step 0 with stride 1.
    const Run o = cli({"simulate", "--study", path, "--samples", "3", "--transient", "0", "--stride", "1"});
    QVERIFY2(o.code == 0, o.err.constData());
    const Csv oc = parseCsv(o.out);
    QCOMPARE(oc.rows.size(), std::size_t(3));
    QCOMPARE(oc.rows[2][0], 2.0);
    QVERIFY(std::fabs(oc.rows[2][4] - (0.3 - 2.0 * 0.2)) < 1e-13);
    // The trajectory equals `run`'s trajectory.csv byte for byte.
    const QString out = dir.filePath("out");
    const Run run = cli({"run", path, "--out", out, "--no-figures", "--quiet"});
    QVERIFY2(run.code == 0, run.err.constData());
    QFile traj(out + "/trajectory.csv");
    QVERIFY(traj.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, traj.readAll());
}

void TestCli::settingsAndRandomInitialState()
{
    // A ring-star network of 10 Chialvo nodes: 20 state variables.
    const Run ring = cli({"simulate", "--model", "ring-star", "--setting", "N=10", "--samples", "2"});
    QVERIFY2(ring.code == 0, ring.err.constData());
    QCOMPARE(parseCsv(ring.out).header.size(), 1 + 20);

    // The oracle: std::mt19937_64, whose sequence the standard fixes (its 10000th output from
    // the default seed is 9981545732273789042), top 53 bits as a fraction of [0, 1).
    std::mt19937_64 check;
    check.discard(9999);
    QCOMPARE(check(), 9981545732273789042ULL);
    std::mt19937_64 rng(42);
    const Run r =
        cli({"simulate", "--model", "henon", "--random-initial", "42", "--box", "-2,3", "--samples", "1"});
    QVERIFY2(r.code == 0, r.err.constData());
    const Csv csv = parseCsv(r.out);
    for (std::size_t i = 0; i < 2; ++i) {
        const double u = static_cast<double>(rng() >> 11) / 9007199254740992.0;
        QCOMPARE(csv.rows[0][1 + i], -2.0 + 5.0 * u);
    }
    // The same seed gives the same state; another seed another one.
    QCOMPARE(
        cli({"simulate", "--model", "henon", "--random-initial", "42", "--box", "-2,3", "--samples", "1"})
            .out,
        r.out);
    QVERIFY(cli({"simulate", "--model", "henon", "--random-initial", "43", "--box", "-2,3", "--samples", "1"})
                .out != r.out);
}

void TestCli::modelsListsRegistry()
{
    const Run list = cli({"models"});
    QVERIFY2(list.code == 0, list.err.constData());
    for (const char* type : {"chialvo", "logistic", "henon", "ring-star", "chain", "kuramoto", "akorn"})
        QVERIFY2(list.out.contains(QByteArray("\n  ") + type + ' '), type);
    QVERIFY(list.out.contains("Chialvo map"));

    // Chialvo's published constants a = 0.89, c = 0.28, k0 = 0.03 are the defaults (the hand
    // iteration of simulateWritesRequestedRows uses them).
    const Run chialvo = cli({"models", "chialvo"});
    QVERIFY2(chialvo.code == 0, chialvo.err.constData());
    QVERIFY(chialvo.out.contains("x, y"));
    bool a = false, c = false, k0 = false;
    for (const QByteArray& line : chialvo.out.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        a = a || (f.size() > 2 && f[0] == "a" && f[1] == "0.89");
        c = c || (f.size() > 2 && f[0] == "c" && f[1] == "0.28");
        k0 = k0 || (f.size() > 2 && f[0] == "k0" && f[1] == "0.03");
    }
    QVERIFY2(a && c && k0, chialvo.out.constData());

    // Settings with choices; a setting changes the variables listed.
    const Run ring = cli({"models", "ring-star", "--setting", "N=4", "--setting", "R=1"});
    QVERIFY2(ring.code == 0, ring.err.constData());
    QVERIFY(ring.out.contains("x0, y0, x1, y1, x2, y2, x3, y3"));
    QVERIFY(ring.out.contains("triangles"));
    const Run unknownSetting = cli({"models", "chialvo", "--setting", "N=3"});
    QCOMPARE(unknownSetting.code, 2);
    QVERIFY2(unknownSetting.err.contains("the chialvo model has no setting 'N' (its settings: none)"),
             unknownSetting.err.constData());
    const Run typo = cli({"models", "chialvoo"});
    QCOMPARE(typo.code, 2);
    QVERIFY2(typo.err.contains("did you mean chialvo?"), typo.err.constData());
}

void TestCli::helpAndErrorStyle_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option")
        << QStringList{"simulate", "--samplez", "3"}
        << QByteArray("neurodyn-cli simulate: unknown option '--samplez' (did you mean --samples?)");
    QTest::newRow("run option") << QStringList{"run", "s.json", "--ot", "x"}
                                << QByteArray(
                                       "neurodyn-cli run: unknown option '--ot' (did you mean --out?)");
    QTest::newRow("merge option")
        << QStringList{"merge", "--quite"}
        << QByteArray("neurodyn-cli merge: unknown option '--quite' (did you mean --quiet?)");
    QTest::newRow("missing value") << QStringList{"simulate", "--samples"}
                                   << QByteArray("neurodyn-cli simulate: missing value after '--samples'\n");
    QTest::newRow("unknown command") << QStringList{"simulat"} << QByteArray("did you mean simulate?");
    QTest::newRow("param not a number")
        << QStringList{"simulate", "--param", "b=abc"} << QByteArray("--param b: 'abc' is not a number");
    QTest::newRow("unknown param")
        << QStringList{"simulate", "--param", "zz=1"}
        << QByteArray("the chialvo model has no parameter 'zz' (its parameters: a, b, c, k0)");
    QTest::newRow("unknown setting") << QStringList{"simulate", "--model", "kuramoto", "--setting", "M=3"}
                                     << QByteArray("the kuramoto model has no setting 'M'");
    QTest::newRow("help-all") << QStringList{"examples", "--help-all"}
                              << QByteArray("unknown option '--help-all' (did you mean --help?)");
}

void TestCli::helpAndErrorStyle()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    // One style: lower case after the command's name, no final period.
    const QByteArray first = r.err.split('\n').first();
    QVERIFY2(!first.endsWith('.'), first.constData());

    // Every command's help names it in the usage line, not the binary's path, and does not
    // advertise --help-all.
    for (const char* command : {"simulate", "run", "merge", "examples", "example", "models"}) {
        const Run help = cli({command, "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith("Usage: neurodyn-cli " + QByteArray(command) + ' '),
                 help.out.constData());
        QVERIFY2(!help.out.contains("--help-all"), command);
    }
}

void TestCli::numbersAreShortestRoundTrip()
{
    // Each value is printed with the fewest significant digits that read back as the same
    // double (printf's %.*g with the smallest such precision), not padded to 17 digits.
    const auto shortest = [](double v) {
        char buffer[40];
        for (int digits = 1; digits <= 17; ++digits) {
            std::snprintf(buffer, sizeof buffer, "%.*g", digits, v);
            if (std::strtod(buffer, nullptr) == v)
                break;
        }
        return QByteArray(buffer);
    };
    const Run r = cli(
        {"simulate", "--model", "logistic", "--param", "r=3.7", "--initial-state", "0.1", "--samples", "20"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines[1], QByteArray("0,0.1"));
    double x = 0.1;
    for (int k = 1; k < 20; ++k) {
        x = 3.7 * x * (1.0 - x);
        QCOMPARE(lines[k + 1], QByteArray::number(k) + ',' + shortest(x));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
