// `neurodyn-cli measure` as a user runs it: the printed JSON equals the library call on the
// same series (bit for bit, JSON numbers round-trip), input from files and standard input,
// column choice, and clear non-zero exits for malformed input, unknown names and bad options.
#include "clirun.h"
#include "runfolder.h"

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;
using ndtest::runProgram;

class TestCliMeasure : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sampenEqualsLibrary_data();
    void sampenEqualsLibrary();
    void sampenFromStdinAndNamedColumn();
    void zeroOneEqualsLibrary();
    void mfdfaEqualsLibraryWithNegativeQ();
    void synchronyEqualsLibrary();
    void synchronyConventions();
    void networkMfaEqualsLibrary();
    void fitReportsEqualLibrary();
    void undefinedValueIsNullWithReason();
    void negativeOptionValueIsTaken();
    void helpListsMeasuresAndOptions();
    void malformedInputFails_data();
    void malformedInputFails();
    void emptyFieldIsAnErrorNotAShift();
    void labFileWithLabelsAndGaps();
    void indexColumnsAreNotData();
    void severalDataColumnsNeedAChoice();
    void quotedHeaderNames();
    void edgeListWithLabels();
    void undefinedSpectraAreNullInBothCommands();
    void networkSpectrumMethods();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
    std::vector<double> m_logistic;
    QString m_logisticPath;
};

namespace {
QByteArray lines(const std::vector<double>& v)
{
    QByteArray text;
    for (double x : v)
        text += QByteArray::number(x, 'g', 17) + '\n';
    return text;
}
std::vector<double> numbers(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}
} // namespace

QString TestCliMeasure::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliMeasure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    double x = 0.3;
    for (int i = 0; i < 2000; ++i) {
        x = 3.9 * x * (1.0 - x);
        m_logistic.push_back(x);
    }
    m_logisticPath = writeFile(QStringLiteral("logistic.txt"), lines(m_logistic));
}

void TestCliMeasure::sampenEqualsLibrary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("r");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<int>("ddof");
    QTest::addColumn<bool>("less");
    QTest::newRow("defaults") << QStringList{} << 2 << 0.2 << false << 0 << false;
    QTest::newRow("abs lt") << QStringList{"--m", "3", "--r", "0.05", "--r-mode", "abs", "--match", "lt"} << 3
                            << 0.05 << true << 0 << true;
    QTest::newRow("ddof1 =form") << QStringList{"--m=1", "--r=0.3", "--ddof=1"} << 1 << 0.3 << false << 1
                                 << false;
}

void TestCliMeasure::sampenEqualsLibrary()
{
    QFETCH(QStringList, options);
    QFETCH(int, m);
    QFETCH(double, r);
    QFETCH(bool, absolute);
    QFETCH(int, ddof);
    QFETCH(bool, less);
    const Run run = cli(QStringList{"measure", "sample_entropy"} + options + QStringList{m_logisticPath});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();

    nd::SampleEntropyOptions opt;
    opt.m = m;
    opt.r = r;
    opt.toleranceKind = absolute ? nd::ToleranceKind::Absolute : nd::ToleranceKind::FractionOfStdDev;
    opt.ddof = ddof;
    opt.rule = less ? nd::MatchRule::Less : nd::MatchRule::LessOrEqual;
    const nd::SampleEntropyResult lib = nd::sampleEntropy(m_logistic, opt);
    QVERIFY(lib.defined);
    QCOMPARE(o.value("value").toDouble(), lib.value);
    QCOMPARE(o.value("A").toDouble(), static_cast<double>(lib.a));
    QCOMPARE(o.value("B").toDouble(), static_cast<double>(lib.b));
    QCOMPARE(o.value("r_used").toDouble(), lib.toleranceUsed);
    QCOMPARE(o.value("samples").toInt(), 2000);
    QVERIFY(!o.contains("reason"));
}

void TestCliMeasure::sampenFromStdinAndNamedColumn()
{
    // The reference series of analyses.md: (0,0,0,0,0,1) x 20, m = 1, r = 0.5 absolute.
    QByteArray text = "# two columns\nnoise, spikes\n";
    for (int i = 0; i < 120; ++i)
        text += QByteArray::number(i * 0.5) + ", " + (i % 6 == 5 ? "1" : "0") + '\n';
    const Run run = cli(
        {"measure", "sample_entropy", "--column", "spikes", "--m", "1", "--r", "0.5", "--r-mode", "abs", "-"},
        text);
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value("A").toInt(), 3521);
    QCOMPARE(o.value("B").toInt(), 5121);
    QVERIFY(std::fabs(o.value("value").toDouble() - 0.3746047) < 1e-7);
}

void TestCliMeasure::zeroOneEqualsLibrary()
{
    const QString cFile = writeFile("c.txt", "0.7\n1.1\n2.3\n");
    nd::ZeroOneOptions o;
    o.cValues = {0.7, 1.1, 2.3};
    o.keepMsd = false;
    const nd::ZeroOneResult lib = nd::zeroOneTest(m_logistic, o);
    const QJsonObject cli1 = json(cli({"measure", "zero_one", "--c-file", cFile, m_logisticPath}));
    QCOMPARE(cli1.value("K").toDouble(), lib.k);
    QCOMPARE(numbers(cli1.value("K_c")), lib.kc);
    QCOMPARE(numbers(cli1.value("c")), lib.c);

    nd::ZeroOneOptions drawn;
    drawn.seed = 7;
    drawn.cCount = 5;
    drawn.keepMsd = false;
    const nd::ZeroOneResult lib2 = nd::zeroOneTest(m_logistic, drawn);
    const QJsonObject cli2 =
        json(cli({"measure", "zero_one", "--seed", "7", "--c-count", "5", m_logisticPath}));
    QCOMPARE(cli2.value("K").toDouble(), lib2.k);
    QCOMPARE(numbers(cli2.value("c")), lib2.c);
    QCOMPARE(numbers(cli2.value("K_c")), lib2.kc);
}

void TestCliMeasure::mfdfaEqualsLibraryWithNegativeQ()
{
    nd::MfdfaOptions o;
    o.q = {-2, 2};
    o.scales = {16, 32, 64, 128};
    const nd::MfdfaResult lib = nd::mfdfa(m_logistic, o);
    QVERIFY(lib.defined);
    for (const QStringList& q : {QStringList{"--q", "-2,2"}, QStringList{"--q=-2,2"}}) {
        const QJsonObject o1 = json(cli(QStringList{"measure", "mfdfa"} + q +
                                        QStringList{"--scale-list", "16,32,64,128", m_logisticPath}));
        QCOMPARE(numbers(o1.value("q")), lib.q);
        QCOMPARE(numbers(o1.value("h")), lib.h);
        QCOMPARE(numbers(o1.value("tau")), lib.tau);
        QCOMPARE(numbers(o1.value("alpha")), lib.alpha);
        QCOMPARE(numbers(o1.value("f_alpha")), lib.fAlpha);
    }
    nd::MfdfaOptions g;
    g.q = {-3, 1, 3};
    g.order = 2;
    g.minScale = 20;
    g.maxScale = 400;
    g.scaleCount = 6;
    const nd::MfdfaResult lib2 = nd::mfdfa(m_logistic, g);
    const QJsonObject o2 = json(cli({"measure", "mfdfa", "--q", "-3,1,3", "--order", "2", "--scale-min", "20",
                                     "--scale-max", "400", "--scale-count", "6", m_logisticPath}));
    QCOMPARE(numbers(o2.value("h")), lib2.h);
    std::vector<double> scales(lib2.scales.begin(), lib2.scales.end());
    QCOMPARE(numbers(o2.value("scales_used")), scales);
}

void TestCliMeasure::synchronyEqualsLibrary()
{
    QByteArray text = "a b c\n";
    std::vector<double> values; // sample-major
    for (int n = 0; n < 300; ++n)
        for (int k = 0; k < 3; ++k) {
            values.push_back(std::sin(0.2 * n * (1 + 0.05 * k) + k));
            text += QByteArray::number(values.back(), 'g', 17) + (k == 2 ? "\n" : " ");
        }
    const QString path = writeFile("nodes.txt", text);
    const nd::SeriesView view = nd::SeriesView::sampleMajor(values, 300, 3);
    const nd::CrossCorrelationResult cc = nd::crossCorrelation(view);
    const QJsonObject c = json(cli({"measure", "cross_correlation", path}));
    QCOMPARE(c.value("cross_correlation_mean").toDouble(), cc.mean);
    const QJsonArray matrix = c.value("cross_correlation_matrix").toArray();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(numbers(matrix[i]),
                 std::vector<double>(cc.matrix.begin() + 3 * i, cc.matrix.begin() + 3 * i + 3));

    const nd::PhaseMatrix phases = nd::spikePhases(view, 0.5);
    QVERIFY(phases.defined);
    const nd::KuramotoResult kr = nd::kuramotoOrder(phases.view());
    const QJsonObject k = json(cli({"measure", "kuramoto_r", "--threshold", "0.5", path}));
    QCOMPARE(k.value("order_parameter_mean").toDouble(), kr.mean);
    QCOMPARE(k.value("order_parameter_sd").toDouble(), kr.stdDev);
    const QJsonObject two =
        json(cli({"measure", "kuramoto_r", "--columns", "a,c", "--phases", "given", path}));
    QVERIFY(two.value("order_parameter_mean").toDouble() >= 0.0 &&
            two.value("order_parameter_mean").toDouble() <= 1.0);
}

void TestCliMeasure::synchronyConventions()
{
    // Four nodes a (the hub), b, c, d: each correlation scalar against Pearson coefficients
    // written here; unit rotations with fixed offsets: arctan phases give R = |mean exp(i d_k)|
    // at every sample.
    const double offsets[] = {0.0, 0.4, 1.3, 2.0};
    QByteArray series = "a b c d\n", rotations = "xa xb ya yb\n";
    std::vector<std::vector<double>> x(4);
    for (int n = 0; n < 400; ++n) {
        for (int k = 0; k < 4; ++k) {
            x[k].push_back(std::sin(0.11 * n * (1 + 0.1 * k) + offsets[k]) + 0.2 * std::cos(0.37 * n * k));
            series += QByteArray::number(x[k].back(), 'g', 17) + (k == 3 ? "\n" : " ");
        }
        const double t = 0.3 * n;
        rotations += QByteArray::number(std::cos(t), 'g', 17) + ' ' +
                     QByteArray::number(std::cos(t + 1.1), 'g', 17) + ' ' +
                     QByteArray::number(std::sin(t), 'g', 17) + ' ' +
                     QByteArray::number(std::sin(t + 1.1), 'g', 17) + '\n';
    }
    const auto pearson = [&x](int a, int b) {
        double ma = 0, mb = 0, sab = 0, saa = 0, sbb = 0;
        for (std::size_t n = 0; n < x[a].size(); ++n) {
            ma += x[a][n] / static_cast<double>(x[a].size());
            mb += x[b][n] / static_cast<double>(x[b].size());
        }
        for (std::size_t n = 0; n < x[a].size(); ++n) {
            sab += (x[a][n] - ma) * (x[b][n] - mb);
            saa += (x[a][n] - ma) * (x[a][n] - ma);
            sbb += (x[b][n] - mb) * (x[b][n] - mb);
        }
        return sab / std::sqrt(saa * sbb);
    };
    const QString path = writeFile("four.txt", series);
    const QJsonObject hub = json(cli({"measure", "cross-correlation", "--correlation", "hub", path}));
    QVERIFY(std::fabs(hub.value("value").toDouble() - (pearson(0, 1) + pearson(0, 2) + pearson(0, 3)) / 3) <
            1e-12);
    QCOMPARE(hub.value("correlation").toString(), QStringLiteral("hub"));
    QVERIFY(hub.value("conventions").toString().startsWith(QStringLiteral("correlation: hub")));
    const QJsonObject ring = json(
        cli({"measure", "cross-correlation", "--correlation", "ring-neighbours", "--ring-hub", "1", path}));
    QVERIFY(std::fabs(ring.value("value").toDouble() - (pearson(1, 2) + pearson(2, 3) + pearson(3, 1)) / 3) <
            1e-12);
    QCOMPARE(ring.value("ring_edges").toInt(), 3);
    QVERIFY(
        ring.value("conventions").toString().contains(QStringLiteral("every node but the network's hub")));
    const QJsonObject all = json(cli({"measure", "cross-correlation", path}));
    double pairs = 0;
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            pairs += pearson(i, j) / 6;
    QVERIFY(std::fabs(all.value("value").toDouble() - pairs) < 1e-12);
    QCOMPARE(all.value("correlation").toString(), QStringLiteral("all-pairs"));

    const QString rot = writeFile("rotations.txt", rotations);
    const QJsonObject arctan = json(cli(
        {"measure", "kuramoto-r", "--columns", "xa,xb", "--phases", "arctan", "--y-columns", "ya,yb", rot}));
    QVERIFY(std::fabs(arctan.value("order_parameter_mean").toDouble() - std::cos(1.1 / 2)) < 1e-12);
    QVERIFY(arctan.value("conventions").toString().startsWith(QStringLiteral("phases: arctan")));
    // The analytic signal of cos(t) and cos(t + 1.1) is exp(i t) and exp(i (t + 1.1)), up to the
    // edges of a series that is not whole periods long.
    const QJsonObject hilbert =
        json(cli({"measure", "kuramoto-r", "--columns", "xa,xb", "--phases", "hilbert", rot}));
    QVERIFY2(std::fabs(hilbert.value("order_parameter_mean").toDouble() - std::cos(1.1 / 2)) < 0.01,
             qPrintable(QString::number(hilbert.value("order_parameter_mean").toDouble())));
    // The old names still work, with a note.
    const Run old = cli({"measure", "kuramoto-r", "--columns", "xa,xb", "--phases", "geometric",
                         "--y-columns", "ya,yb", rot});
    QCOMPARE(old.code, 0);
    QVERIFY2(old.err.contains("--phases geometric is deprecated, use --phases centred"), old.err.constData());
}

void TestCliMeasure::networkMfaEqualsLibrary()
{
    const QString path =
        writeFile("edges.txt", "# from to weight\n0 1 1\n1 2 0.5\n2 3 2\n3 4 1\n4 0 1\n0 2 0.25\n");
    nd::WeightedGraph g;
    g.nodes = 5;
    g.edges = {{0, 1, 1}, {1, 2, 0.5}, {2, 3, 2}, {3, 4, 1}, {4, 0, 1}, {0, 2, 0.25}};
    nd::NetworkSpectrumOptions o;
    o.q = {-2, 0, 2};
    const nd::NetworkSpectrumResult lib = nd::networkSpectrum(g, o);
    const QJsonObject r = json(cli({"measure", "network_spectrum", "--q", "-2,0,2", path}));
    QCOMPARE(numbers(r.value("tau")), lib.tau);
    QCOMPARE(numbers(r.value("alpha")), lib.alpha);
    QCOMPARE(numbers(r.value("f_alpha")), lib.fAlpha);
    QCOMPARE(r.value("nodes").toInt(), 5);
}

// The fitting reports (issue 20): the CLI prints the library's numbers and warnings, its
// --min-r2 reaches the engine, and a series with a constant stretch warns about flat segments.
void TestCliMeasure::fitReportsEqualLibrary()
{
    std::vector<double> x = m_logistic;
    for (std::size_t i = 100; i < 600 && i < x.size(); ++i)
        x[i] = 0.25;
    const QString path = writeFile("flat.txt", lines(x));
    nd::MfdfaOptions o;
    o.q = {-2, 2};
    o.scales = {16, 32, 64, 128};
    o.minRSquared = 1.0;
    const nd::MfdfaResult lib = nd::mfdfa(x, o);
    QVERIFY(lib.defined);
    const QJsonObject r =
        json(cli({"measure", "mfdfa", "--q", "-2,2", "--scale-list", "16,32,64,128", "--min-r2", "1", path}));
    QCOMPARE(numbers(r.value("h_stderr")), lib.hStdErr);
    QCOMPARE(r.value("fit_scale_min").toInt(), 16);
    QCOMPARE(r.value("fit_scale_max").toInt(), 128);
    QCOMPARE(r.value("fit_points").toInt(), 4);
    const QJsonArray warnings = r.value("warnings").toArray();
    QCOMPARE(static_cast<std::size_t>(warnings.size()), lib.warnings.size());
    int flat = 0, poor = 0;
    for (const QJsonValue& w : warnings) {
        const QJsonObject o1 = w.toObject();
        QVERIFY(!o1.value("message").toString().isEmpty());
        if (o1.value("kind") == "flat_segments") {
            ++flat;
            // At least the segments wholly inside the 500-sample stretch at s = 16, both ends.
            QVERIFY(o1.value("segments").toDouble() >= 2 * (500 / 16 - 1));
        }
        if (o1.value("kind") == "low_r_squared")
            ++poor;
    }
    QCOMPARE(flat, 1);
    QCOMPARE(poor, 2); // --min-r2 1: no fit of a chaotic series is exact
    QVERIFY(cli({"measure", "mfdfa", "--min-r2", "2", path}).code != 0);

    const QString edges = writeFile("edges-fit.txt", "0 1 1\n1 2 0.5\n2 3 2\n3 4 1\n4 0 1\n0 2 0.25\n");
    nd::WeightedGraph g;
    g.nodes = 5;
    g.edges = {{0, 1, 1}, {1, 2, 0.5}, {2, 3, 2}, {3, 4, 1}, {4, 0, 1}, {0, 2, 0.25}};
    nd::NetworkSpectrumOptions no;
    no.q = {-2, 0, 2};
    const nd::NetworkSpectrumResult net = nd::networkSpectrum(g, no);
    const QJsonObject n = json(cli({"measure", "network_spectrum", "--q", "-2,0,2", edges}));
    QCOMPARE(numbers(n.value("tau_stderr")), net.tauStdErr);
    QCOMPARE(n.value("fit_points").toInt(), static_cast<int>(net.radii.size()));
    QCOMPARE(n.value("fit_radius_max").toDouble(), net.radii.back());
    QCOMPARE(static_cast<std::size_t>(n.value("warnings").toArray().size()), net.warnings.size());
    QCOMPARE(static_cast<std::size_t>(n.value("crossover_radius").toArray().size()), net.q.size());
}

void TestCliMeasure::undefinedValueIsNullWithReason()
{
    const Run run = cli({"measure", "sample_entropy", "-"}, "1\n1\n1\n1\n1\n1\n");
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QVERIFY(o.contains("value"));
    QVERIFY(o.value("value").isNull());
    QVERIFY(!o.value("reason").toString().isEmpty());
}

void TestCliMeasure::negativeOptionValueIsTaken()
{
    // "--r -0.5" must reach the value check (not be read as an unknown option "-0").
    for (const QStringList& form : {QStringList{"--r", "-0.5"}, QStringList{"--r=-0.5"}}) {
        const Run run = cli(QStringList{"measure", "sample_entropy"} + form + QStringList{m_logisticPath});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("--r must be a positive number"), run.err.constData());
    }
}

void TestCliMeasure::helpListsMeasuresAndOptions()
{
    const Run all = cli({"measure", "--help"});
    QCOMPARE(all.code, 0);
    QVERIFY(all.out.contains("sample_entropy"));
    const Run one = cli({"measure", "sample_entropy", "--help"});
    QCOMPARE(one.code, 0);
    for (const char* option : {"--m", "--r", "--r-mode", "--ddof", "--match", "--column"})
        QVERIFY2(one.out.contains(option), option);
}

void TestCliMeasure::malformedInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no measure") << QStringList{"measure"} << QByteArray() << QByteArray("Usage");
    QTest::newRow("unknown measure") << QStringList{"measure", "entropy", "-"} << QByteArray()
                                     << QByteArray("unknown measure 'entropy'");
    QTest::newRow("no file") << QStringList{"measure", "sample_entropy"} << QByteArray()
                             << QByteArray("FILE");
    QTest::newRow("missing file") << QStringList{"measure", "sample_entropy", "/nonexistent/x.csv"}
                                  << QByteArray() << QByteArray("cannot read");
    QTest::newRow("ragged rows") << QStringList{"measure", "sample_entropy", "-"} << QByteArray("1,2\n3\n")
                                 << QByteArray("line 2");
    QTest::newRow("not a number") << QStringList{"measure", "sample_entropy", "-"}
                                  << QByteArray("1\n2\nabc\n") << QByteArray("line 3");
    QTest::newRow("nan") << QStringList{"measure", "sample_entropy", "-"} << QByteArray("1\nnan\n2\n")
                         << QByteArray("column '1' has gaps: 1, the first on line 2");
    QTest::newRow("inf") << QStringList{"measure", "sample_entropy", "-"} << QByteArray("1\ninf\n2\n")
                         << QByteArray("not a finite number");
    QTest::newRow("text in a numeric column")
        << QStringList{"measure", "sample_entropy", "--column", "v", "-"}
        << QByteArray("label,v\nA,0.5\nB,oops\n") << QByteArray("line 3, field 2: 'oops' is not a finite number");
    QTest::newRow("label column chosen")
        << QStringList{"measure", "sample_entropy", "--column", "label", "-"} << QByteArray("label,v\nA,0.5\nB,1\n")
        << QByteArray("column 'label' holds labels, not numbers ('A' on line 2)");
    QTest::newRow("bad gap rule") << QStringList{"measure", "sample_entropy", "--gaps", "fill", "-"}
                                  << QByteArray("1\n2\n") << QByteArray("--gaps is refuse, drop or interpolate");
    QTest::newRow("only gaps") << QStringList{"measure", "sample_entropy", "--gaps", "drop", "--column", "v", "-"}
                               << QByteArray("t,v\n0,\n1,NA\n") << QByteArray("no row is left");
    QTest::newRow("empty") << QStringList{"measure", "sample_entropy", "-"} << QByteArray("# nothing\n")
                           << QByteArray("no numeric rows");
    QTest::newRow("unknown column") << QStringList{"measure", "sample_entropy", "--column", "7", "-"}
                                    << QByteArray("1\n2\n") << QByteArray("no column '7'");
    QTest::newRow("bad m") << QStringList{"measure", "sample_entropy", "--m", "0", "-"}
                           << QByteArray("1\n2\n") << QByteArray("--m");
    QTest::newRow("bad r-mode") << QStringList{"measure", "sample_entropy", "--r-mode", "pct", "-"}
                                << QByteArray("1\n2\n") << QByteArray("--r-mode");
    QTest::newRow("unknown option") << QStringList{"measure", "sample_entropy", "--frob", "-"}
                                    << QByteArray("1\n2\n") << QByteArray("frob");
    QTest::newRow("bad q") << QStringList{"measure", "mfdfa", "--q", "-2,x", "-"} << QByteArray("1\n2\n")
                           << QByteArray("--q");
    QTest::newRow("bad c-file") << QStringList{"measure", "zero_one", "--c-file", "/nonexistent/c", "-"}
                                << QByteArray("1\n2\n") << QByteArray("--c-file");
    QTest::newRow("edge list columns")
        << QStringList{"measure", "network_spectrum", "-"} << QByteArray("1\n2\n") << QByteArray("edge list");
    QTest::newRow("negative node") << QStringList{"measure", "network_spectrum", "-"} << QByteArray("-1 2\n")
                                   << QByteArray("node id '-1'");
    QTest::newRow("empty field") << QStringList{"measure", "sample_entropy", "--column", "2", "-"}
                                 << QByteArray("i,noise,sin\n0,0.5,0\n1,,0.84\n")
                                 << QByteArray("column 'noise' has gaps: 1, the first on line 3");
    QTest::newRow("mixed first line")
        << QStringList{"measure", "sample_entropy", "-"} << QByteArray("x,1.5\n2,3\n")
        << QByteArray("line 1, field 1: 'x' is a name on a line of numbers");
    QTest::newRow("two data columns")
        << QStringList{"measure", "sample_entropy", "-"} << QByteArray("a b\n1 2\n0.5 5\n")
        << QByteArray("2 data columns (a, b)");
    QTest::newRow("only index columns")
        << QStringList{"measure", "kuramoto_r", "-"} << QByteArray("step,time\n0,0\n1,0.5\n")
        << QByteArray("only index columns");
    QTest::newRow("edge list short row") << QStringList{"measure", "network_spectrum", "-"}
                                         << QByteArray("A B 1\nB C\n") << QByteArray("line 2");
    QTest::newRow("one node series") << QStringList{"measure", "cross_correlation", "--columns", "1", "-"}
                                     << QByteArray("1 2\n2 3\n3 5\n") << QByteArray("cross_correlation");
    QTest::newRow("too short") << QStringList{"measure", "sample_entropy", "--m", "5", "-"}
                               << QByteArray("1\n2\n3\n") << QByteArray("sample_entropy");
    QTest::newRow("unknown correlation")
        << QStringList{"measure", "cross_correlation", "--correlation", "pairs", "-"}
        << QByteArray("1 2\n2 3\n3 5\n")
        << QByteArray("--correlation must be one of hub, all-pairs, ring-neighbours");
    QTest::newRow("unknown phases") << QStringList{"measure", "kuramoto_r", "--phases", "angle", "-"}
                                    << QByteArray("1 2\n2 3\n3 5\n")
                                    << QByteArray(
                                           "--phases must be one of spike, centred, arctan, hilbert, given");
    QTest::newRow("gap in y-columns")
        << QStringList{"measure", "kuramoto_r", "--phases", "arctan", "--columns", "a", "--y-columns", "b", "-"}
        << QByteArray("a,b\n1,2\n2,\n3,5\n") << QByteArray("--y-columns: column 'b' has gaps: 1, the first on line 3");
    QTest::newRow("arctan without y") << QStringList{"measure", "kuramoto_r", "--phases", "arctan", "-"}
                                      << QByteArray("1 2\n2 3\n3 5\n") << QByteArray("--y-columns");
    QTest::newRow("ring hub out of range")
        << QStringList{"measure", "cross_correlation", "--ring-hub", "3", "-"}
        << QByteArray("1 2\n2 3\n3 5\n") << QByteArray("--ring-hub");
}

void TestCliMeasure::emptyFieldIsAnErrorNotAShift()
{
    // Issue 25.2: "1,,0.84" was read as two fields, so --column 2 measured the third column
    // under the second's name with exit 0 (failed before: exit 0). Whitespace runs stay one
    // separator.
    QByteArray gaps = "i,,sin\n";
    for (int k = 0; k < 50; ++k)
        gaps += QByteArray::number(k) + ",," + QByteArray::number(std::sin(k)) + '\n';
    const Run shifted = cli({"measure", "sample_entropy", "--column", "2", "-"}, gaps);
    QVERIFY(shifted.code != 0);
    QVERIFY2(shifted.err.contains("column '2' has gaps: 50, the first on line 2"), shifted.err.constData());
    const Run csv = cli({"measure", "sample_entropy", "--column", "noise", "-"},
                        "i,noise,sin\n0,0.5,0\n1,,0.84\n2,0.1,0.9\n");
    QVERIFY(csv.code != 0);
    QVERIFY2(csv.err.contains("column 'noise' has gaps: 1, the first on line 3"), csv.err.constData());
    QByteArray spaced = "i   noise\tsin\n";
    std::vector<double> noise;
    for (int k = 0; k < 300; ++k) {
        noise.push_back(m_logistic[static_cast<std::size_t>(k)]);
        spaced += QByteArray::number(k) + "   " + QByteArray::number(noise.back(), 'g', 17) + " \t 0\n";
    }
    const QJsonObject o =
        json(cli({"measure", "sample_entropy", "--column", "noise", "--m", "1", "-"}, spaced));
    nd::SampleEntropyOptions opt;
    opt.m = 1;
    QCOMPARE(o.value("value").toDouble(), nd::sampleEntropy(noise, opt).value);
}

void TestCliMeasure::labFileWithLabelsAndGaps()
{
    // A lab's export: a comment, a header, a time column, a trial label and a second channel with
    // a hole. Every measure refused it ("'trialA' is not a finite number", failed before), even
    // when the chosen column was complete. Now the label column is skipped, the complete column
    // measures exactly as the bare series does, and a gap in a used column is refused unless
    // --gaps says what to do, which the JSON then states.
    const std::size_t n = 400, hole = 150;
    QByteArray text = "# rig 3, 2026-12-01\ntime,label,v_soma,v_dend,\n";
    std::vector<double> dend;
    for (std::size_t k = 0; k < n; ++k) {
        const double d = std::sin(0.3 * static_cast<double>(k));
        dend.push_back(d);
        text += QByteArray::number(0.1 * static_cast<double>(k), 'g', 17) + ",trial A," +
                QByteArray::number(m_logistic[k], 'g', 17) + ',' +
                (k == hole ? QByteArray("NaN") : QByteArray::number(d, 'g', 17)) + ",\n";
    }
    const std::vector<double> soma(m_logistic.begin(), m_logistic.begin() + static_cast<std::ptrdiff_t>(n));
    nd::SampleEntropyOptions opt;
    // The only complete data column is the default: label, index and the empty last column are not data.
    const Run bare = cli({"measure", "sample_entropy", "-"}, text);
    QVERIFY2(bare.code != 0 && bare.err.contains("2 data columns (v_soma, v_dend)"), bare.err.constData());
    const QJsonObject somaJson = json(cli({"measure", "sample_entropy", "--column", "v_soma", "-"}, text));
    QCOMPARE(somaJson.value("value").toDouble(), nd::sampleEntropy(soma, opt).value);
    QCOMPARE(somaJson.value("samples").toInt(), int(n));
    QVERIFY(!somaJson.contains("gaps"));
    // A gap in the chosen column: refused by default, naming the column, the count and the line
    // (header on line 2, so row k is on line k + 3).
    const Run refused = cli({"measure", "sample_entropy", "--column", "v_dend", "-"}, text);
    QVERIFY(refused.code != 0);
    QVERIFY2(refused.err.contains("column 'v_dend' has gaps: 1, the first on line 153"), refused.err.constData());
    QVERIFY2(refused.err.contains("--gaps"), refused.err.constData());
    // drop: the series without the hole's row.
    std::vector<double> dropped = dend;
    dropped.erase(dropped.begin() + static_cast<std::ptrdiff_t>(hole));
    const QJsonObject d = json(cli({"measure", "sample_entropy", "--column", "v_dend", "--gaps", "drop", "-"}, text));
    QCOMPARE(d.value("value").toDouble(), nd::sampleEntropy(dropped, opt).value);
    QCOMPARE(d.value("samples").toInt(), int(n - 1));
    const QJsonObject dg = d.value("gaps").toObject();
    QCOMPARE(dg.value("rule").toString(), QStringLiteral("drop"));
    QCOMPARE(dg.value("rows_read").toInt(), int(n));
    QCOMPARE(dg.value("rows_removed").toInt(), 1);
    QCOMPARE(dg.value("first_gap_line").toInt(), int(hole + 3));
    // interpolate: the mean of the two neighbours, every row kept.
    std::vector<double> filled = dend;
    filled[hole] = 0.5 * (dend[hole - 1] + dend[hole + 1]);
    const QJsonObject i =
        json(cli({"measure", "sample_entropy", "--column", "v_dend", "--gaps", "interpolate", "-"}, text));
    QCOMPARE(i.value("value").toDouble(), nd::sampleEntropy(filled, opt).value);
    QCOMPARE(i.value("samples").toInt(), int(n));
    QCOMPARE(i.value("gaps").toObject().value("values_interpolated").toInt(), 1);
    // Several columns: drop removes a row where any used column has a gap.
    const QJsonObject r = json(cli({"measure", "kuramoto_r", "--columns", "v_soma,v_dend", "--gaps", "drop", "-"}, text));
    QCOMPARE(r.value("samples").toInt(), int(n - 1));
}

void TestCliMeasure::indexColumnsAreNotData()
{
    // Issue 25.3: simulate's "step,x" gave the step counter's K (-0.074) by default (failed
    // before: K of the step column). Now the index column is skipped and the rule is stated.
    QByteArray text = "step,x\n";
    for (std::size_t k = 0; k < m_logistic.size(); ++k)
        text += QByteArray::number(static_cast<qulonglong>(k)) + ',' +
                QByteArray::number(m_logistic[k], 'g', 17) + '\n';
    nd::ZeroOneOptions o;
    o.seed = 3;
    o.cCount = 20;
    o.keepMsd = false;
    const nd::ZeroOneResult lib = nd::zeroOneTest(m_logistic, o);
    const QJsonObject r = json(cli({"measure", "zero_one", "--seed", "3", "--c-count", "20", "-"}, text));
    QCOMPARE(r.value("K").toDouble(), lib.k);
    QCOMPARE(r.value("columns").toArray(), QJsonArray{"x"});
    QVERIFY(r.value("column_rule").toString().contains("step, time or t"));
    // An unnamed counter in the first column is an index too; --column 1 still takes it.
    QByteArray plain;
    for (std::size_t k = 0; k < 500; ++k)
        plain += QByteArray::number(static_cast<qulonglong>(k + 1)) + ' ' +
                 QByteArray::number(m_logistic[k], 'g', 17) + '\n';
    const std::vector<double> head(m_logistic.begin(), m_logistic.begin() + 500);
    nd::SampleEntropyOptions so;
    QCOMPARE(json(cli({"measure", "sample_entropy", "-"}, plain)).value("value").toDouble(),
             nd::sampleEntropy(head, so).value);
    const QJsonObject counter = json(cli({"measure", "sample_entropy", "--column", "1", "-"}, plain));
    QCOMPARE(counter.value("columns").toArray(), QJsonArray{"1"});
    QCOMPARE(counter.value("column_rule").toString(), QStringLiteral("--column"));

    // kuramoto-r took step and time as nodes (failed before: 3 nodes); now the nodes are a, b.
    QByteArray nodes = "step,time,a,b\n";
    std::vector<double> values;
    for (int n = 0; n < 300; ++n) {
        nodes += QByteArray::number(n) + ',' + QByteArray::number(0.1 * n);
        for (int k = 0; k < 2; ++k) {
            values.push_back(std::sin(0.2 * n * (1 + 0.05 * k) + k));
            nodes += ',' + QByteArray::number(values.back(), 'g', 17);
        }
        nodes += '\n';
    }
    const nd::PhaseMatrix phases = nd::spikePhases(nd::SeriesView::sampleMajor(values, 300, 2), 0.5);
    const nd::KuramotoResult kr = nd::kuramotoOrder(phases.view());
    const QJsonObject k = json(cli({"measure", "kuramoto_r", "--threshold", "0.5", "-"}, nodes));
    QCOMPARE(k.value("columns").toArray(), (QJsonArray{"a", "b"}));
    QCOMPARE(k.value("order_parameter_mean").toDouble(), kr.mean);
}

void TestCliMeasure::severalDataColumnsNeedAChoice()
{
    const Run r = cli({"measure", "mfdfa", "-"}, "step,x,y\n0,0.5,1\n1,0.25,2\n");
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("2 data columns (x, y)") && r.err.contains("never taken by default: step"),
             r.err.constData());
}

void TestCliMeasure::quotedHeaderNames()
{
    // Issue 25.10: a quoted header ("time","noise") kept its quotes, so --column noise was not
    // found (failed before: exit 2, "no column 'noise'").
    QByteArray text = "\"time\",\"noise\"\n";
    for (std::size_t k = 0; k < 400; ++k)
        text += QByteArray::number(0.5 * static_cast<double>(k)) + ",\"" +
                QByteArray::number(m_logistic[k], 'g', 17) + "\"\n";
    const std::vector<double> head(m_logistic.begin(), m_logistic.begin() + 400);
    const QJsonObject o = json(cli({"measure", "sample_entropy", "--column", "noise", "-"}, text));
    nd::SampleEntropyOptions so;
    QCOMPARE(o.value("value").toDouble(), nd::sampleEntropy(head, so).value);
    QCOMPARE(o.value("columns").toArray(), QJsonArray{"noise"});
    // A quoted name may hold a comma: --column takes it whole.
    QByteArray comma = "\"x\",\"a,b\"\n";
    for (std::size_t k = 0; k < 400; ++k)
        comma += "0.5," + QByteArray::number(m_logistic[k], 'g', 17) + '\n';
    QCOMPARE(
        json(cli({"measure", "sample_entropy", "--column", "a,b", "-"}, comma)).value("value").toDouble(),
        nd::sampleEntropy(head, so).value);
    // Without --column, "time" is an index column and noise the data.
    QCOMPARE(json(cli({"measure", "sample_entropy", "-"}, text)).value("columns").toArray(),
             QJsonArray{"noise"});
}

void TestCliMeasure::edgeListWithLabels()
{
    // Issue 25.10: node labels (A B 0.5) were refused as "not a finite number" (failed before).
    // Labels are numbered in order of first appearance and kept in the output.
    const QString path = writeFile("labels.txt", "source target weight\nA B 1\nB C 0.5\nC D 2\nD \"E e\" 1\n"
                                                 "\"E e\" A 1\nA C 0.25\n");
    nd::WeightedGraph g;
    g.nodes = 5;
    g.edges = {{0, 1, 1}, {1, 2, 0.5}, {2, 3, 2}, {3, 4, 1}, {4, 0, 1}, {0, 2, 0.25}};
    nd::NetworkSpectrumOptions o;
    o.q = {-2, 0, 2};
    const nd::NetworkSpectrumResult lib = nd::networkSpectrum(g, o);
    const QJsonObject r = json(cli({"measure", "network_spectrum", "--q", "-2,0,2", path}));
    QCOMPARE(numbers(r.value("tau")), lib.tau);
    QCOMPARE(numbers(r.value("f_alpha")), lib.fAlpha);
    QCOMPARE(r.value("node_names").toArray(), (QJsonArray{"A", "B", "C", "D", "E e"}));
    QCOMPARE(r.value("node_ids").toString(), QStringLiteral("labels"));
    // Two columns: every edge weighs 1.
    const QJsonObject two = json(cli({"measure", "network_spectrum", "-"}, "A B\nB C\nC A\n"));
    QCOMPARE(two.value("edges").toInt(), 3);
    QCOMPARE(two.value("nodes").toInt(), 3);
}

void TestCliMeasure::malformedInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run r = cli(args, input);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliMeasure::undefinedSpectraAreNullInBothCommands()
{
    // The logistic map at r = 2 has the superstable fixed point x* = 1/2 (f'(x*) = r (1 - 2x*) = 0):
    // convergence is quadratic, so after the transient every sample is exactly 1/2 and MFDFA has
    // no spectrum ("the series is constant"). The pairwise graph of the 4-node higher-order
    // ring-star is K4 (the hub and a 3-ring): every distance is 1, so the network spectrum has no
    // range of radii. `run` and `measure` both write the undefined widths (and alpha_0) as null;
    // `run` wrote 0, and its CSV read past the empty per-q columns (failed before: crash).
    QJsonObject logistic =
        QJsonDocument::fromJson(cli({"example", "logistic-period-doubling", "-"}).out).object();
    QJsonObject model = logistic.value("model").toObject();
    model.insert("parameters", QJsonObject{{"r", 2.0}});
    logistic.insert("model", model);
    logistic.insert("analyses", QJsonObject{{"mfdfa", QJsonObject{{"variable", "x"}}}});
    const QString constant = m_dir.filePath("undefined-mfdfa");
    Run r = cli(
        {"run", ndtest::writeStudy(m_dir, "undefined-mfdfa", logistic), "--out", constant, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonObject twin = ndtest::jsonFile(constant + "/mfdfa.json");
    QCOMPARE(twin.value("defined").toBool(true), false);
    QVERIFY(twin.value("reason").toString().startsWith(QStringLiteral("the series is constant")));
    QVERIFY(twin.value("width").isNull());
    QFile csv(constant + "/mfdfa.csv");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows[1].count(','), 6);
    QVERIFY(rows[1].endsWith(",,,,,,")); // q, then no h, tau or spectrum
    r = cli({"measure", "mfdfa", "--column", "x", constant + "/trajectory.csv"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject measured = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(measured.value("reason").toString(), twin.value("reason").toString());
    QVERIFY(measured.value("width").isNull());

    QJsonObject k4 = QJsonDocument::fromJson(cli({"example", "ring-star-higher-order-4", "-"}).out).object();
    k4.insert("analyses", QJsonObject{{"network_spectrum", QJsonObject{}}});
    const QString complete = m_dir.filePath("undefined-network");
    r = cli({"run", ndtest::writeStudy(m_dir, "undefined-network", k4), "--out", complete, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    twin = ndtest::jsonFile(complete + "/network_spectrum.json");
    QCOMPARE(twin.value("defined").toBool(true), false);
    QCOMPARE(twin.value("edges").toInt(), 12); // the 6 edges of K4, each way
    QVERIFY(twin.value("alpha_0").isNull());
    QVERIFY(twin.value("width").isNull());
    r = cli({"measure", "network_spectrum", "-"}, "0 1 1\n0 2 1\n0 3 1\n1 2 1\n2 3 1\n3 1 1\n");
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject graph = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(graph.value("reason").toString(), twin.value("reason").toString());
    QVERIFY(graph.value("alpha_0").isNull());
    QVERIFY(graph.value("width").isNull());
}

// --method and the NeuroMFA and sandbox options reach the engine: a directed edge list whose 12
// nodes each have out-edges at distances 2..13 (tau(q) = q under neuromfa-code, see
// tst_neuromfa), the printed numbers equal the library's, and bad values are refused.
void TestCliMeasure::networkSpectrumMethods()
{
    QByteArray text;
    nd::WeightedGraph g;
    g.nodes = 14;
    g.directed = true;
    for (std::size_t i = 0; i < 14; ++i)
        for (std::size_t j = 0; j < 12; ++j) {
            const std::size_t to = (i + j + 1) % 14;
            const double w = 1.0 / static_cast<double>(j + 2);
            g.edges.push_back({i, to, w});
            text += QByteArray::number(qulonglong(i)) + ' ' + QByteArray::number(qulonglong(to)) + ' ' +
                    QByteArray::number(w, 'g', 17) + '\n';
        }
    const QString path = writeFile("directed.txt", text);
    nd::NetworkSpectrumOptions o = nd::networkSpectrumDefaults(nd::NetworkSpectrumMethod::NeuroMfaCode);
    o.neuroMfa.filterMode = 3;
    const nd::NetworkSpectrumResult lib = nd::networkSpectrum(g, o);
    const QJsonObject r = json(cli({"measure", "network_spectrum", "--method", "neuromfa-code", "--directed",
                                    "--filter-mode", "3", path}));
    QCOMPARE(r.value("method").toString(), QStringLiteral("neuromfa-code"));
    QCOMPARE(r.value("directed").toBool(), true);
    QCOMPARE(numbers(r.value("q")), nd::neuroMfaQGrid()); // the method's own grid by default
    QCOMPARE(numbers(r.value("tau")), lib.tau);
    QCOMPARE(numbers(r.value("alpha")), lib.alpha);
    QCOMPARE(numbers(r.value("alpha_q")), lib.alphaQ);
    QVERIFY(std::fabs(r.value("alpha_0").toDouble() - 1.0) < 1e-9);
    QCOMPARE(r.value("passes_filter").toBool(), true);
    QCOMPARE(r.value("nodes_used").toInt(), 14);
    const QJsonArray dq = r.value("d_q").toArray();
    QCOMPARE(dq.size(), 61);
    QVERIFY(dq.at(40).isNull()); // q = 1: 0/0
    QVERIFY(r.value("conventions").toString().contains(QStringLiteral("filter mode 3")));
    // Sandbox with a seeded sample of centres.
    nd::NetworkSpectrumOptions so = nd::networkSpectrumDefaults(nd::NetworkSpectrumMethod::Sandbox);
    so.sandboxCentres = 5;
    so.sandboxSeed = 9;
    so.q = {0, 2};
    const nd::NetworkSpectrumResult sandbox = nd::networkSpectrum(g, so);
    const QJsonObject sr = json(cli({"measure", "network_spectrum", "--method", "sandbox", "--directed",
                                     "--centres", "5", "--seed", "9", "--q", "0,2", path}));
    QCOMPARE(numbers(sr.value("tau")), sandbox.tau);
    QCOMPARE(sr.value("nodes_used").toInt(), 5);
    for (const QStringList& bad : {QStringList{"--method", "box"}, QStringList{"--filter-mode", "4"},
                                   QStringList{"--max-distance", "1"}, QStringList{"--round-digits", "7"}}) {
        const Run run = cli(QStringList{"measure", "network_spectrum"} + bad + QStringList{path});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(bad.front().toUtf8()), run.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliMeasure)
#include "tst_cli_measure.moc"
