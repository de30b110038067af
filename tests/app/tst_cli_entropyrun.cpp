// `neurodyn-cli run` on a study with the entropy family's sections, as a user runs it: each twin
// (mse.json, permutation_entropy.json, apen.json) carries the same result keys and the same
// "significance" object as `neurodyn-cli measure` on the run's own trajectory; the MSE table's
// surrogate band equals the library's multiscale entropy of the library's surrogates; and the
// values known without the code: permutation entropy of a monotone trajectory is 0, of a
// pseudo-random one (normalised) 1 within a few times the stated finite-size bias.
#include "clirun.h"

#include "measures/multiscaleentropy.h"
#include "measures/surrogates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;

class TestCliEntropyRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runTwinEqualsMeasure();
    void mseBandIsTheSurrogatesMean();
    void monotoneTrajectoryHasZeroPermutationEntropy();
    void pseudoRandomTrajectoryIsNearOne();
    void figures();
    void tooManyScalesNameTheSection();

private:
    // Runs `study` (its analyses replaced by `analyses`) into a new folder; its path.
    QString runStudy(const QString& name, QJsonObject study, const QJsonObject& analyses,
                     const QStringList& extra = {"--no-figures"});
    static QJsonObject twin(const QString& folder, const QString& name);
    QTemporaryDir m_dir;
    QJsonObject m_study; // chialvo-bursting, 800 samples
    QString m_out;       // its run with all three sections
};

QString TestCliEntropyRun::runStudy(const QString& name, QJsonObject study, const QJsonObject& analyses,
                                    const QStringList& extra)
{
    study.insert("analyses", analyses);
    const QString path = m_dir.filePath(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(study).toJson());
    f.close();
    const QString out = m_dir.filePath(name);
    const Run run = cli(QStringList{"run", path, "--out", out} + extra);
    if (run.code != 0)
        qWarning("%s", run.err.constData());
    return run.code == 0 ? out : QString();
}

QJsonObject TestCliEntropyRun::twin(const QString& folder, const QString& name)
{
    QFile f(QDir(folder).filePath(name + ".json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// The column `name` of a CSV file with a header line.
static std::vector<double> csvColumn(const QString& path, const QString& name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    const int column = static_cast<int>(QString::fromUtf8(lines.front()).split(',').indexOf(name));
    std::vector<double> out;
    for (qsizetype i = 1; i < lines.size() && column >= 0; ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() > column)
            out.push_back(cells[column].isEmpty() ? std::nan("") : cells[column].toDouble());
    }
    return out;
}

void TestCliEntropyRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    QVERIFY(!m_study.isEmpty());
    QJsonObject simulation = m_study.value("simulation").toObject();
    simulation.insert("samples", 800);
    m_study.insert("simulation", simulation);
    const QJsonObject analyses{
        {"mse",
         QJsonObject{{"scales", 4},
                     {"method", "rcmse"},
                     {"r", 0.15},
                     {"significance", QJsonObject{{"surrogates", "shuffle"}, {"count", 9}, {"seed", 3}}}}},
        {"permutation_entropy",
         QJsonObject{{"order", 4},
                     {"delay", 2},
                     {"weighted", true},
                     {"significance",
                      QJsonObject{{"surrogates", "ft"}, {"count", 9}, {"seed", 2}, {"tail", "two-sided"}}}}},
        {"apen", QJsonObject{{"r", 0.25},
                             {"match", "lt"},
                             {"significance", QJsonObject{{"surrogates", "shuffle"}, {"count", 5}}}}}};
    m_out = runStudy("all", m_study, analyses);
    QVERIFY(!m_out.isEmpty());
}

void TestCliEntropyRun::runTwinEqualsMeasure()
{
    const QString trajectory = QDir(m_out).filePath("trajectory.csv");
    const auto same = [&](const char* name, const QStringList& options) {
        const QJsonObject t = twin(m_out, QLatin1String(name));
        QVERIFY2(!t.isEmpty(), name);
        QCOMPARE(t.value("analysis").toString(), QLatin1String(name));
        const QJsonObject m =
            json(cli(QStringList{"measure"} + options + QStringList{"--column", "x", trajectory}));
        QVERIFY2(!m.isEmpty(), name);
        // Every key the measure writes, except what only it has (its option values, its input file),
        // is the twin's.
        const QStringList own{"settings",    "conventions",  "significance", "measure",     "input",
                              "input_bytes", "input_sha256", "columns",      "column_rule", "samples"};
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (own.contains(it.key()))
                continue;
            QVERIFY2(t.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(t.value(it.key()), it.value());
        }
        // The twin's conventions are the measure's, then where its series came from.
        QVERIFY(t.value("conventions").toString().startsWith(m.value("conventions").toString() + "; "));
        QJsonObject ts = t.value("significance").toObject(), ms = m.value("significance").toObject();
        QVERIFY(!ts.isEmpty() && !ms.isEmpty());
        QVERIFY(ts.value("conventions").toString().contains("surrogate i is seeded by"));
        ts.remove("conventions");
        ms.remove("conventions");
        QCOMPARE(ts, ms);
    };
    same("mse", {"mse", "--scales", "4", "--method", "rcmse", "--r", "0.15", "--surrogates", "shuffle",
                 "--count", "9", "--seed", "3"});
    same("permutation_entropy", {"permutation-entropy", "--order", "4", "--delay", "2", "--weighted", "yes",
                                 "--surrogates", "ft", "--count", "9", "--seed", "2", "--tail", "two-sided"});
    same("apen", {"apen", "--r", "0.25", "--match", "lt", "--surrogates", "shuffle", "--count", "5"});
    // The section as the study has it.
    QCOMPARE(twin(m_out, "mse").value("settings").toObject().value("method").toString(),
             QStringLiteral("rcmse"));
    QCOMPARE(twin(m_out, "permutation_entropy").value("settings").toObject().value("ties").toString(),
             QStringLiteral("earlier-smaller"));
}

void TestCliEntropyRun::mseBandIsTheSurrogatesMean()
{
    // The library's multiscale entropy of the library's shuffle surrogates of the run's series.
    const std::vector<double> x = csvColumn(QDir(m_out).filePath("trajectory.csv"), "x");
    QCOMPARE(x.size(), std::size_t(800));
    nd::SurrogateOptions so;
    so.kind = nd::SurrogateKind::Shuffle;
    so.seed = 3;
    nd::MultiscaleEntropyOptions mo;
    mo.maxScale = 4;
    mo.method = nd::MseMethod::RefinedComposite;
    mo.r = 0.15;
    mo.threads = 1;
    std::vector<std::vector<double>> values(4);
    for (std::uint64_t i = 0; i < 9; ++i) {
        const auto r = nd::multiscaleEntropy(nd::makeSurrogate(x, so, i), mo);
        for (std::size_t k = 0; k < 4; ++k)
            if (r.scales[k].defined)
                values[k].push_back(r.scales[k].value);
    }
    const QString csv = QDir(m_out).filePath("mse.csv");
    const std::vector<double> mean = csvColumn(csv, "null_mean"), sd = csvColumn(csv, "null_sd");
    QCOMPARE(mean.size(), std::size_t(4));
    for (std::size_t k = 0; k < 4; ++k) {
        QCOMPARE(values[k].size(), std::size_t(9));
        double m = 0.0, ss = 0.0;
        for (double v : values[k])
            m += v / 9.0;
        for (double v : values[k])
            ss += (v - m) * (v - m);
        QVERIFY(std::abs(mean[k] - m) < 1e-12);
        QVERIFY(std::abs(sd[k] - std::sqrt(ss / 8.0)) < 1e-12);
    }
    // A shuffle has no temporal structure: its entropy sits above the chaotic series' at scale 1.
    const std::vector<double> observed = csvColumn(csv, "sample_entropy");
    QVERIFY(observed[0] < mean[0]);
}

void TestCliEntropyRun::monotoneTrajectoryHasZeroPermutationEntropy()
{
    // The logistic map at r = 0.5 from x = 0.1 falls monotonically to its fixed point 0 (x' < x for
    // 0 < x < 1, and x' > 0), geometrically at rate 0.5, so 300 iterates stay far above the
    // smallest double. Every window is the one decreasing pattern: PE = 0 exactly.
    const QJsonObject study{
        {"format", "neurodyn-study"},
        {"schema_version", 4},
        {"model", QJsonObject{{"type", "logistic"}, {"parameters", QJsonObject{{"r", 0.5}}}}},
        {"initial_state", QJsonArray{0.1}},
        {"simulation", QJsonObject{{"transient", 0}, {"samples", 300}}}};
    for (const bool weighted : {false, true}) {
        const QString out =
            runStudy(weighted ? "monotone-weighted" : "monotone", study,
                     {{"permutation_entropy", QJsonObject{{"order", 4}, {"weighted", weighted}}}});
        QVERIFY(!out.isEmpty());
        const QJsonObject t = twin(out, "permutation_entropy");
        QCOMPARE(t.value("value").toDouble(-1), 0.0);
        QCOMPARE(t.value("patterns_seen").toInt(), 1);
        // The decreasing pattern has the largest Lehmer code: the last of the 4! frequencies.
        const QJsonArray frequencies = t.value("frequencies").toArray();
        QCOMPARE(frequencies.size(), 24);
        QCOMPARE(frequencies.at(23).toDouble(), 1.0);
    }
}

void TestCliEntropyRun::pseudoRandomTrajectoryIsNearOne()
{
    // x' = frac(43758.5453 sin(12.9898 x + 78.233)): the stretching makes successive iterates
    // practically independent and uniform, so every ordinal pattern of order 3 is about equally
    // likely and the normalised entropy is 1 less the plug-in bias (d! - 1) / (2 windows ln d!),
    // up to a fluctuation of the same size.
    const QString s = QStringLiteral("43758.5453 * sin(12.9898 * x + 78.233)");
    const QJsonObject model{
        {"type", "equations"},
        {"kind", "map"},
        {"variables", QJsonArray{"x"}},
        {"parameters", QJsonObject{{"k", QJsonObject{{"value", 0.0}, {"min", -1}, {"max", 1}}}}},
        {"equations", QJsonObject{{"x", s + " - floor(" + s + ") + k"}}}};
    const QJsonObject study{{"format", "neurodyn-study"},
                            {"schema_version", 4},
                            {"model", model},
                            {"initial_state", QJsonArray{0.3}},
                            {"simulation", QJsonObject{{"transient", 10}, {"samples", 20000}}}};
    const QString out = runStudy("noise", study, {{"permutation_entropy", QJsonObject{{"order", 3}}}});
    QVERIFY(!out.isEmpty());
    const QJsonObject t = twin(out, "permutation_entropy");
    const double bias = t.value("finite_size_bias").toDouble();
    QVERIFY(std::abs(bias - 5.0 / (2.0 * 19998.0 * std::log(6.0))) < 1e-15);
    const double deficit = 1.0 - t.value("value").toDouble();
    QVERIFY2(deficit > 0.0 && deficit < 4.0 * bias, qPrintable(QString::number(deficit / bias)));
    QCOMPARE(t.value("patterns_seen").toInt(), 6);
}

void TestCliEntropyRun::figures()
{
#ifdef NEURODYN_TEST_FIGURES
    QJsonObject analyses{
        {"mse",
         QJsonObject{{"scales", 3}, {"significance", QJsonObject{{"surrogates", "shuffle"}, {"count", 4}}}}},
        {"permutation_entropy",
         QJsonObject{{"significance", QJsonObject{{"surrogates", "shuffle"}, {"count", 4}}}}},
        {"apen", QJsonObject{}}};
    const QString out = runStudy("figures", m_study, analyses, {});
    QVERIFY(!out.isEmpty());
    for (const char* name : {"mse", "mse-null", "permutation_entropy", "permutation_entropy-null", "apen"})
        for (const char* suffix : {".png", ".svg", ".pdf"})
            QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(name) + suffix)), name);
    // ApEn without significance: no null histogram.
    QVERIFY(!QFile::exists(QDir(out).filePath("apen-null.png")));
#else
    QSKIP("built without figures");
#endif
}

void TestCliEntropyRun::tooManyScalesNameTheSection()
{
    QJsonObject study = m_study;
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 50);
    study.insert("simulation", simulation);
    study.insert("analyses", QJsonObject{{"mse", QJsonObject{{"scales", 80}}}});
    const QString path = m_dir.filePath("scales.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(study).toJson());
    f.close();
    const Run run = cli({"run", path, "--out", m_dir.filePath("scales"), "--no-figures"});
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("mse"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliEntropyRun)
#include "tst_cli_entropyrun.moc"
