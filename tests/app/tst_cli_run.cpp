// `neurodyn-cli run` and `examples`/`example` (tiles, merge and mpirun: tst_cli_tiles): every
// built-in example runs and writes one CSV + JSON twin per analysis its study file has and, with figures,
// exactly the figures app/cli/README.md lists for it (PNG of the export size that decodes, SVG
// that parses, PDF with a valid header and trailer); --no-figures writes the same data bytes
// and no figure; continuation branches and curves are drawn over the orbit diagram and the scan
// only where they share its parameters; the critical set of the fixed_points section is written
// (the Chialvo lines x = 0 and x = 2a/(a - b) with their images, the logistic c = 1/2 with
// f(c) = r/4); the Lyapunov spectrum along a parameter is written. Every file, PDFs included,
// is byte-identical between two runs and thread counts; twins carry the source revision and the study's
// SHA-256; a second run into a folder replaces the first's files (its manifest), a foreign folder is refused
// without --force; no command writes on stderr without XDG_RUNTIME_DIR; simulate's random
// initial state is the GUI's.
#include "clirun.h"
#include "runfolder.h"

#include "analysis/orbitdiagram.h"
#include "analysis/scanmeasures.h"
#include "model/randomstate.h"
#include "study/studyfile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <tuple>

#ifdef NEURODYN_TEST_FIGURES
#include <QImage>
#include <QXmlStreamReader>
#endif

using ndtest::cli;
using ndtest::filesOf;
using ndtest::jsonFile;
using ndtest::readAll;
using ndtest::results;
using ndtest::Run;
using ndtest::runProgram;

class TestCliRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void examplesListed();
    void exampleWritesLoadableStudy();
    void runWritesEveryExample();
    void noFiguresWritesTheSameData();
    void continuationIsDrawnWhereItsParametersMatch();
    void criticalSetIsWritten();
    void scanFigureFollowsTheStudysColorRange();
    void criticalSliceOfNetwork();
    void lyapunovAlongIsWritten();
    void oscillatorFiguresSayWhatTheyDraw();
    void badRunsFail_data();
    void badRunsFail();
    void outputFolderIsReplaced();
    void runsAreReproducible();
    void quietStderr();
    void randomInitialStateIsTheGuis();
    void akornRunDrawsTheViewsPlots();

private:
    void checkFigures(const QString& out, const QStringList& expected);
    QJsonObject exampleStudy(const QString& name);
    QTemporaryDir m_dir;
};

namespace {
// The figures app/cli/README.md lists for a run folder, from its study's analyses and its
// results (which sub-plots have data), as base names.
QStringList expectedFigures(const QString& out, const QJsonObject& analyses, int dimension)
{
    QStringList figures{"trajectory-series", "trajectory-phase"};
    const QList<QByteArray> columns = readAll(out + "/trajectory.csv").split('\n').first().split(',');
    // A network's nodes: activations x0, x1, ..., Kuramoto phases theta0, ..., AKOrN units x0_0, x1_0, ...
    // AKOrN grid pixels x<row>_<col>_<channel> (their oscillators' phases).
    static const QRegularExpression activation("^(x\\d+|theta\\d+|x\\d+_0|x\\d+_\\d+_0)$");
    int activations = 0;
    for (const QByteArray& c : columns)
        activations += activation.match(QString::fromUtf8(c)).hasMatch() ? 1 : 0;
    if (activations >= 2)
        figures << "trajectory-space_time";
    // Oscillator networks (Kuramoto's theta0, ...; AKOrN's planes x0_0, x0_1, ...): the
    // oscillators on the circle and R(n).
    static const QRegularExpression oscillator("^(theta\\d+|x\\d+_1|x\\d+_\\d+_1)$");
    for (const QByteArray& c : columns)
        if (oscillator.match(QString::fromUtf8(c)).hasMatch()) {
            figures << "trajectory-oscillators"
                    << "trajectory-order_parameter";
            break;
        }
    const auto has = [&](const char* key) { return !analyses.value(key).toObject().isEmpty(); };
    if (has("orbit_diagram"))
        figures << "orbit_diagram";
    if (has("parameter_scan"))
        figures << "parameter_scan";
    const QJsonObject critical = analyses.value("fixed_points").toObject().value("critical_set").toObject();
    if (has("fixed_points") && (dimension <= 2 || !critical.value("variables").toArray().isEmpty()))
        figures << "fixed_points";
    if (has("lyapunov") && jsonFile(out + "/lyapunov.json").value("defined").toBool() &&
        !analyses.value("lyapunov").toObject().value("largest_only").toBool() &&
        analyses.value("lyapunov").toObject().value("curve_points").toInt() > 0)
        figures << "lyapunov";
    if (has("lyapunov") && analyses.value("lyapunov").toObject().contains("along"))
        figures << "lyapunov_along";
    if (has("zero_one"))
        figures << "zero_one-kc"
                << "zero_one-trajectory"
                << "zero_one-displacement";
    if (has("sample_entropy"))
        figures << "sample_entropy";
    if (has("synchrony")) {
        figures << "synchrony-matrix"
                << "synchrony-nodes";
        if (jsonFile(out + "/synchrony.json").contains("order_csv"))
            figures << "synchrony-order";
    }
    if (has("mfdfa") && jsonFile(out + "/mfdfa.json").value("defined").toBool())
        figures << "mfdfa-h"
                << "mfdfa-tau"
                << "mfdfa-spectrum"
                << "mfdfa-loglog";
    if (has("network_spectrum") && jsonFile(out + "/network_spectrum.json").value("defined").toBool())
        figures << "network_spectrum-tau"
                << "network_spectrum-spectrum"
                << "network_spectrum-loglog";
    if (has("continuation")) {
        bool cycles = false, curves = false;
        for (const QJsonValue b : jsonFile(out + "/continuation.json").value("branches").toArray())
            (b.toObject().value("kind").toString() == "cycle" ? cycles : curves) = true;
        if (cycles)
            figures << "continuation-branches";
        if (curves)
            figures << "continuation-curves";
    }
    if (has("basins"))
        figures << "basins";
    if (has("attractors"))
        figures << "attractors";
    if (has("akorn")) {
        figures << "akorn-order"
                << "akorn-energy";
        if (QFile::exists(out + "/akorn-image.csv"))
            figures << "akorn-orientation"
                    << "akorn-local_order";
    }
    if (has("attractors") && analyses.value("attractors").toObject().contains("along"))
        figures << "attractors-orbits"; // the orbit diagram by attractor
    return figures;
}
} // namespace

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliRun::examplesListed()
{
    const Run r = cli({"examples"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("chialvo-bursting"));
    QVERIFY(r.out.contains("chialvo-oscillation"));
    QVERIFY(r.out.contains("Single Chialvo neuron"));
}

void TestCliRun::exampleWritesLoadableStudy()
{
    const QString path = m_dir.filePath("written.json");
    const Run r = cli({"example", "chialvo-oscillation", path});
    QVERIFY2(r.code == 0, r.err.constData());
    const nd::StudyLoadResult loaded = nd::loadStudyFile(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.study.parameters.at("b"), 0.6);
    const Run unknown = cli({"example", "nope", path});
    QVERIFY(unknown.code != 0);
    QVERIFY(unknown.err.contains("unknown example 'nope'"));
}

void TestCliRun::runWritesEveryExample()
{
    // The result file of each section of "analyses" (data; figures where the GUI has a view).
    const QMap<QString, QString> files{{"orbit_diagram", "orbit_diagram"},
                                       {"parameter_scan", "parameter_scan"},
                                       {"fixed_points", "fixed_points"},
                                       {"lyapunov", "lyapunov"},
                                       {"zero_one", "zero_one"},
                                       {"sample_entropy", "sample_entropy"},
                                       {"synchrony", "synchrony"},
                                       {"mfdfa", "mfdfa"},
                                       {"network_spectrum", "network_spectrum"},
                                       {"continuation", "continuation"},
                                       {"basins", "basins"},
                                       {"attractors", "attractors"}};
    const QStringList names = QString::fromUtf8(cli({"examples"}).out).split('\n', Qt::SkipEmptyParts);
    QVERIFY(names.size() >= 11);
    int analysesSeen = 0;
    for (const QString& line : names) {
        const QString name = line.section(' ', 0, 0);
        const QString study = m_dir.filePath(name + ".json");
        QCOMPARE(cli({"example", name, study}).code, 0);
        const QString out = m_dir.filePath("run-" + name);
        QElapsedTimer clock;
        clock.start();
        const Run r = cli({"run", study, "--out", out});
        QVERIFY2(r.code == 0, qPrintable(name + ": " + r.err));
        // Logged, not asserted: a wall-clock bound fails on a loaded machine (paper-chain-coexisting
        // took 46 s beside a build, under 30 s alone); whole-process times are
        // scripts/paper-gallery.sh's and scripts/process-timing.sh's to report.
        qInfo("%s: %lld ms", qPrintable(name), static_cast<long long>(clock.elapsed()));
        const nd::StudyLoadResult loaded = nd::loadStudyFile(study);
        QVERIFY(loaded.ok);
        const QList<QByteArray> rows = readAll(out + "/trajectory.csv").trimmed().split('\n');
        QCOMPARE(rows.size(), loaded.study.simulation.samples + 1);
        QVERIFY(rows.first().startsWith("step,"));
        const QJsonObject twin = QJsonDocument::fromJson(readAll(out + "/trajectory.json")).object();
        QCOMPARE(twin.value("analysis").toString(), QString("trajectory"));
        QCOMPARE(twin.value("app_version").toString(), QString(NEURODYN_VERSION));
        QVERIFY(!twin.value("conventions").toString().isEmpty());
        // Reproducibility: the build and the exact study file.
        QVERIFY(!twin.value("source_revision").toString().isEmpty());
        QVERIFY(!twin.value("build_type").toString().isEmpty());
        QCOMPARE(twin.value("study_sha256").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(readAll(study), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(twin.value("study_bytes").toDouble(), static_cast<double>(readAll(study).size()));
        // The manifest lists exactly the files of the folder.
        QStringList listed =
            QString::fromUtf8(readAll(out + "/neurodyn-run.manifest")).split('\n', Qt::SkipEmptyParts);
        QVERIFY(listed.first().startsWith('#'));
        listed.removeFirst();
        QStringList present = QDir(out).entryList(QDir::Files, QDir::Name);
        present.removeOne("neurodyn-run.manifest");
        QCOMPARE(listed, present);
        QCOMPARE(twin.value("settings").toObject().value("samples").toDouble(),
                 static_cast<double>(loaded.study.simulation.samples));
        // One result per section the study file has, and none for sections it lacks.
        const QJsonObject analyses =
            QJsonDocument::fromJson(readAll(study)).object().value("analyses").toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QJsonObject section = analyses.value(it.key()).toObject();
            const bool present = !section.isEmpty() && section.value("enabled").toBool(true);
            const QString base = out + "/" + it.value();
            QVERIFY2(QFile::exists(base + ".csv") == present, qPrintable(name + ": " + it.value()));
            QVERIFY2(QFile::exists(base + ".json") == present, qPrintable(name + ": " + it.value()));
            if (!present)
                continue;
            ++analysesSeen;
            const QByteArray csv = readAll(base + ".csv");
            QVERIFY2(csv.count('\n') >= 2, qPrintable(name + ": " + it.value() + ".csv has no data row"));
            const QJsonObject result = QJsonDocument::fromJson(readAll(base + ".json")).object();
            QCOMPARE(result.value("analysis").toString(), it.key());
            QCOMPARE(result.value("app_version").toString(), QString(NEURODYN_VERSION));
            QCOMPARE(result.value("csv").toString(), it.value() + ".csv");
            QVERIFY2(!result.value("conventions").toString().isEmpty(), qPrintable(it.value()));
            // The synchrony results state the conventions of their section.
            const QString correlation = section.value("correlation").toString();
            const QString phases = section.value("phases").toString();
            if (it.key() == "synchrony") {
                QVERIFY(result.value("conventions").toString().contains("correlation: " + correlation));
                QVERIFY(result.value("conventions").toString().contains("phases: " + phases));
                QCOMPARE(result.value("correlation").toString(), correlation);
                QCOMPARE(result.value("phases").toString(), phases);
            }
            if (it.key() == "parameter_scan" && section.value("measure").toString() == "cross_correlation")
                QVERIFY2(
                    result.value("measure_conventions").toString().startsWith("correlation: " + correlation),
                    qPrintable(name));
            if (it.key() == "parameter_scan" && section.value("measure").toString() == "kuramoto")
                QVERIFY2(result.value("measure_conventions").toString().startsWith("phases: " + phases),
                         qPrintable(name));
            // The settings are the study's section as written (the orbit diagram adds what
            // the engine resolved).
            if (it.key() != "orbit_diagram")
                QCOMPARE(result.value("settings").toObject(), section);
        }
        // Exactly the figures the README lists for this study, each one complete.
        checkFigures(out, expectedFigures(out, analyses, static_cast<int>(loaded.study.initialState.size())));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(name + ": the figures differ from those app/cli/README.md lists"));
    }
    // Between them the examples use every analysis.
    QVERIFY(analysesSeen >= files.size());
}

void TestCliRun::checkFigures(const QString& out, const QStringList& expected)
{
    const QStringList written = QDir(out).entryList({"*.png", "*.svg", "*.pdf"}, QDir::Files);
#ifdef NEURODYN_TEST_FIGURES
    QStringList files;
    for (const QString& base : expected)
        files << base + ".pdf" << base + ".png" << base + ".svg";
    files.sort();
    QCOMPARE(written, files);
    for (const QString& base : expected)
        ndtest::checkFigure(out + "/" + base);
#else
    Q_UNUSED(expected);
    QVERIFY2(written.isEmpty(), qPrintable(out + ": a build without figures drew " + written.join(", ")));
#endif
}

QJsonObject TestCliRun::exampleStudy(const QString& name)
{
    return QJsonDocument::fromJson(cli({"example", name, "-"}).out).object();
}

void TestCliRun::noFiguresWritesTheSameData()
{
    // Examples that between them use every analysis; their figure runs are those of
    // runWritesEveryExample.
    for (const char* name : {"chialvo-bursting", "henon-attractor", "ring-star-100", "kuramoto-lorentzian",
                             "logistic-period-doubling"}) {
        const QString study = m_dir.filePath(QString(name) + ".json");
        const QString drawn = m_dir.filePath(QString("run-") + name);
        if (!QFile::exists(study) || !QFile::exists(drawn))
            QSKIP("needs the runs of runWritesEveryExample");
        const QString out = m_dir.filePath(QString("data-") + name);
        const Run r = cli({"run", study, "--out", out, "--no-figures"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(results(out).size() >= 4);
        // File by file, so that a difference names its file.
        const auto data = results(out), reference = results(drawn);
        QCOMPARE(data.keys(), reference.keys());
        for (const QString& file : data.keys())
            QVERIFY2(data[file] == reference[file], qPrintable(QString(name) + ": " + file + " differs"));
        QVERIFY(QDir(out).entryList({"*.png", "*.svg", "*.pdf"}, QDir::Files).isEmpty());
    }
}

void TestCliRun::continuationIsDrawnWhereItsParametersMatch()
{
#ifndef NEURODYN_TEST_FIGURES
    QSKIP("neurodyn-cli was built without figures (NEURODYN_CLI_FIGURES=OFF or no GUI)");
#else
    // The Henon example continues in a (its orbit diagram's parameter) with flip curves in
    // (a, b); a 2-D period scan over (a, b) is added. Drawn over the diagram and the scan, the
    // branches and curves change their pictures; continued in b without curves, nothing is
    // drawn over either, which then equal the pictures of the study without continuation.
    QJsonObject study = exampleStudy("henon-attractor");
    QJsonObject analyses = study.value("analyses").toObject();
    analyses.insert(
        "parameter_scan",
        QJsonObject{{"measure", "period"},
                    {"x", QJsonObject{{"parameter", "a"}, {"from", 0.2}, {"to", 1.4}, {"count", 13}}},
                    {"y", QJsonObject{{"parameter", "b"}, {"from", 0.05}, {"to", 0.5}, {"count", 10}}},
                    {"transient", 200},
                    {"steps", 200}});
    const auto runWith = [&](const QString& name, const QJsonValue& continuation) {
        QJsonObject a = analyses;
        for (const char* other : {"basins", "fixed_points", "lyapunov"})
            a.remove(other);
        a.remove("continuation");
        if (continuation.isObject())
            a.insert("continuation", continuation);
        QJsonObject s = study;
        s.insert("analyses", a);
        const QString out = m_dir.filePath("overlay-" + name);
        const Run r = cli({"run", ndtest::writeStudy(m_dir, "overlay-" + name, s), "--out", out});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return out;
    };
    const QJsonObject continuation = analyses.value("continuation").toObject();
    QCOMPARE(continuation.value("parameter").toString(), QString("a"));
    QCOMPARE(continuation.value("curves").toObject().value("second_parameter").toString(), QString("b"));
    QJsonObject inB = continuation;
    inB.insert("parameter", "b");
    inB.remove("curves");
    const QString drawn = runWith("drawn", continuation), none = runWith("none", QJsonValue());
    const QString other = runWith("other", inB);
    for (const QString& out : {drawn, none, other})
        QVERIFY2(QFile::exists(out + "/parameter_scan.png"), qPrintable(out));
    QVERIFY(QFile::exists(other + "/continuation.csv"));
    // The curves were computed, so the scan has something to show.
    bool curves = false;
    for (const QJsonValue b : jsonFile(drawn + "/continuation.json").value("branches").toArray())
        curves = curves || b.toObject().value("kind").toString() != "cycle";
    QVERIFY(curves);
    // Criticality (issue 21.4): the fixed point's flip at a = 3 (1 - b)^2 / 4 is supercritical
    // with c = 9 (1 - b)^3 / (16 (1 + b)(1 + b^2)) (tst_criticality derives it), in the JSON and
    // in the CSV's last two columns.
    {
        const QJsonObject first =
            jsonFile(drawn + "/continuation.json").value("branches").toArray().first().toObject();
        const QJsonObject pd = first.value("special_points").toArray().first().toObject();
        const double b = 0.3, c = 9 * std::pow(1 - b, 3) / (16 * (1 + b) * (1 + b * b));
        QCOMPARE(pd.value("label").toString(), QString("PD"));
        QCOMPARE(pd.value("verdict").toString(), QString("supercritical"));
        QVERIFY(std::fabs(pd.value("coefficient").toDouble() - c) < 1e-6);
        QVERIFY(pd.value("normal_form").toString().contains("c > 0 supercritical"));
        const QList<QByteArray> lines = readAll(drawn + "/continuation.csv").split('\n');
        QVERIFY(lines.first().endsWith(",label,coefficient,verdict"));
        int judged = 0;
        for (const QByteArray& line : lines)
            if (line.startsWith("0,") && line.contains(",PD,")) {
                const QList<QByteArray> f = line.split(',');
                judged += f.last() == "supercritical" && std::fabs(f[f.size() - 2].toDouble() - c) < 1e-6;
            }
        QCOMPARE(judged, 1);
    }
    for (const char* figure : {"/orbit_diagram.png", "/parameter_scan.png"}) {
        QVERIFY2(readAll(drawn + figure) != readAll(none + figure), figure);
        QVERIFY2(readAll(other + figure) == readAll(none + figure), figure);
    }
    // The labels of the special points are text in the SVG of the diagram (PD: a flip, with its
    // verdict: the Hénon flips are supercritical).
    QVERIFY(readAll(drawn + "/orbit_diagram.svg").contains(">PD (super)<"));
    QVERIFY(!readAll(none + "/orbit_diagram.svg").contains(">PD"));
    // The data are those of the study either way.
    QCOMPARE(readAll(drawn + "/orbit_diagram.csv"), readAll(none + "/orbit_diagram.csv"));
    QCOMPARE(readAll(drawn + "/parameter_scan.csv"), readAll(none + "/parameter_scan.csv"));
#endif
}

// The parameter plane's colour range saved with the study (view.scan_color_min/max, 24.9) is
// the colour bar's range in run's parameter_scan figure, as on screen; without it the figure
// keeps the automatic range. The largest Lyapunov exponent of the Henon map is at most
// ln(1 + |a| + |b|) < 1 (a norm bound of its Jacobian), so the automatic bar can never be
// labelled 200, the top end of the range set here.
void TestCliRun::scanFigureFollowsTheStudysColorRange()
{
#ifndef NEURODYN_TEST_FIGURES
    QSKIP("neurodyn-cli was built without figures (NEURODYN_CLI_FIGURES=OFF or no GUI)");
#else
    QJsonObject study = exampleStudy("henon-attractor");
    study.insert(
        "analyses",
        QJsonObject{
            {"parameter_scan",
             QJsonObject{{"measure", "lyapunov"},
                         {"x", QJsonObject{{"parameter", "a"}, {"from", 0.2}, {"to", 1.4}, {"count", 6}}},
                         {"y", QJsonObject{{"parameter", "b"}, {"from", 0.05}, {"to", 0.5}, {"count", 5}}},
                         {"transient", 100},
                         {"steps", 100}}}});
    const auto runWith = [&](const QString& name, const QJsonObject& range) {
        QJsonObject view = study.value("view").toObject();
        for (auto it = range.begin(); it != range.end(); ++it)
            view.insert(it.key(), it.value());
        QJsonObject s = study;
        s.insert("view", view);
        const QString out = m_dir.filePath("color-range-" + name);
        const Run r = cli({"run", ndtest::writeStudy(m_dir, "color-range-" + name, s), "--out", out});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return readAll(out + "/parameter_scan.svg");
    };
    const QByteArray automatic = runWith("auto", {});
    const QByteArray user = runWith("user", {{"scan_color_min", 100}, {"scan_color_max", 200}});
    QVERIFY(!automatic.isEmpty() && !user.isEmpty());
    QVERIFY(user.contains(">200<"));
    QVERIFY(!automatic.contains(">200<"));
#endif
}

void TestCliRun::criticalSetIsWritten()
{
    // Chialvo, x' = x^2 e^(y - x) + k0, y' = a y - b x + c: det J = x e^(y - x) (2a - (a - b) x)
    // vanishes on the lines x = 0 and x = 2a / (a - b), which cross each of the 61 horizontal
    // grid lines of a 60-cell grid over [-1, 8] x [-3, 3] once; F maps them as written here.
    QJsonObject study = exampleStudy("chialvo-oscillation");
    const QJsonObject p = study.value("model").toObject().value("parameters").toObject();
    const double a = p.value("a").toDouble(), b = p.value("b").toDouble(), c = p.value("c").toDouble(),
                 k0 = p.value("k0").toDouble();
    QJsonObject critical{{"box_min", QJsonArray{-1, -3}}, {"box_max", QJsonArray{8, 3}}, {"resolution", 60}};
    study.insert("analyses", QJsonObject{{"fixed_points", QJsonObject{{"critical_set", critical}}}});
    const QString out = m_dir.filePath("critical-chialvo");
    const Run r = cli({"run", ndtest::writeStudy(m_dir, "critical-chialvo", study), "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject twin = jsonFile(out + "/fixed_points.json");
    QCOMPARE(twin.value("settings").toObject().value("critical_set").toObject(), critical);
    const QJsonObject set = twin.value("critical_set").toObject();
    QCOMPARE(set.value("resolution").toInt(), 60);
    QCOMPARE(set.value("box_min").toArray(), (QJsonArray{-1, -3}));
    QCOMPARE(set.value("csv").toString(), QString("fixed_points-critical_set.csv"));
    QCOMPARE(set.value("count").toInt(), 122);
    QCOMPARE(set.value("segments").toArray().size(), 120);
    const QList<QByteArray> rows = readAll(out + "/fixed_points-critical_set.csv").trimmed().split('\n');
    QCOMPARE(rows.size(), 123);
    QCOMPARE(rows.first(), QByteArray("index,x,y,image_x,image_y,determinant"));
    const double line2 = 2 * a / (a - b);
    int onZero = 0, onLine2 = 0;
    for (int k = 1; k < rows.size(); ++k) {
        const QList<QByteArray> f = rows[k].split(',');
        QCOMPARE(f.size(), 6);
        const double x = f[1].toDouble(), y = f[2].toDouble();
        const bool zero = std::fabs(x) < 1e-13;
        QVERIFY2(zero || std::fabs(x - line2) < 1e-12, rows[k].constData());
        (zero ? onZero : onLine2)++;
        QVERIFY(std::fabs(f[3].toDouble() - (x * x * std::exp(y - x) + k0)) < 1e-13);
        QVERIFY(std::fabs(f[4].toDouble() - (a * y - b * x + c)) < 1e-13);
        QVERIFY(std::fabs(f[5].toDouble()) < 1e-12);
        // The JSON holds the same points.
        QCOMPARE(set.value("points").toArray()[k - 1].toArray()[0].toDouble(), x);
    }
    QCOMPARE(onZero, 61);
    QCOMPARE(onLine2, 61);
    checkFigures(out, {"trajectory-series", "trajectory-phase", "fixed_points"});

    // Logistic map: f'(x) = r (1 - 2x) vanishes at c = 1/2, the critical value is r/4; the box
    // defaults to the seed box, the initial state -+ 10.
    QJsonObject logistic = exampleStudy("logistic-period-doubling");
    const double rValue =
        logistic.value("model").toObject().value("parameters").toObject().value("r").toDouble();
    const double x0 = logistic.value("initial_state").toArray()[0].toDouble();
    logistic.insert("analyses", QJsonObject{{"fixed_points", QJsonObject{{"critical_set", QJsonObject{}}}}});
    const QString out1 = m_dir.filePath("critical-logistic");
    const Run r1 = cli({"run", ndtest::writeStudy(m_dir, "critical-logistic", logistic), "--out", out1});
    QVERIFY2(r1.code == 0, r1.err.constData());
    const QJsonObject set1 = jsonFile(out1 + "/fixed_points.json").value("critical_set").toObject();
    QCOMPARE(set1.value("count").toInt(), 1);
    QCOMPARE(set1.value("box_min").toArray()[0].toDouble(), x0 - 10);
    QCOMPARE(set1.value("box_max").toArray()[0].toDouble(), x0 + 10);
    QVERIFY(std::fabs(set1.value("points").toArray()[0].toArray()[0].toDouble() - 0.5) < 1e-15);
    QVERIFY(std::fabs(set1.value("images").toArray()[0].toArray()[0].toDouble() - rValue / 4) < 1e-15);
    QVERIFY(set1.value("segments").toArray().isEmpty());
    const QList<QByteArray> rows1 = readAll(out1 + "/fixed_points-critical_set.csv").trimmed().split('\n');
    QCOMPARE(rows1.size(), 2);
    QCOMPARE(rows1.first(), QByteArray("index,x,image_x,determinant"));
    checkFigures(out1, {"trajectory-series", "trajectory-phase", "fixed_points"});
    // Without the part there is no critical set in the results.
    logistic.insert("analyses", QJsonObject{{"fixed_points", QJsonObject{}}});
    const QString out2 = m_dir.filePath("no-critical-logistic");
    QCOMPARE(cli({"run", ndtest::writeStudy(m_dir, "no-critical-logistic", logistic), "--out", out2}).code,
             0);
    QVERIFY(!jsonFile(out2 + "/fixed_points.json").contains("critical_set"));
    QVERIFY(!QFile::exists(out2 + "/fixed_points-critical_set.csv"));
}

void TestCliRun::criticalSliceOfNetwork()
{
    // The chain example (Chialvo, Rulkov, Chialvo): a slice over node 1's (x0, y0) following the
    // orbit. Every row is a full state of the slice through one orbit point: its other
    // coordinates are those of that slice's state, det J (the full 6 x 6 Jacobian) is ~0 there,
    // and the image is F of the state. A distance of 1e6 exceeds diam(orbit) + the distance of
    // one orbit point to a point of LC_-1 (the orbit is bounded, LC_-1 lies in the box [-1, 8] x
    // [-3, 3] of its slice), so by the triangle inequality the whole orbit is near.
    QJsonObject study = exampleStudy("chain-chialvo-rulkov-chialvo");
    QJsonObject critical{{"variables", QJsonArray{"x0", "y0"}},
                         {"box_min", QJsonArray{-1, -3}},
                         {"box_max", QJsonArray{8, 3}},
                         {"resolution", 40},
                         {"others", "trajectory"},
                         {"transient", 200},
                         {"orbit_points", 60},
                         {"slices", 3},
                         {"distance", 1e6}};
    study.insert("analyses", QJsonObject{{"fixed_points", QJsonObject{{"critical_set", critical}}}});
    const QString out = m_dir.filePath("critical-chain");
    const Run r = cli({"run", ndtest::writeStudy(m_dir, "critical-chain", study), "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject twin = jsonFile(out + "/fixed_points.json");
    QCOMPARE(twin.value("settings").toObject().value("critical_set").toObject(), critical);
    const QJsonObject set = twin.value("critical_set").toObject();
    QCOMPARE(set.value("slice_variables").toArray(), (QJsonArray{"x0", "y0"}));
    const QJsonArray states = set.value("slice_states").toArray();
    QCOMPARE(states.size(), 3);
    const QJsonObject fraction = set.value("orbit_fraction").toObject();
    QCOMPARE(fraction.value("fraction").toDouble(), 1.0);
    QCOMPARE(fraction.value("orbit_points").toInt(), 60);
    QVERIFY(set.value("conventions").toString().contains("distance along the slice"));
    const QList<QByteArray> rows = readAll(out + "/fixed_points-critical_set.csv").trimmed().split('\n');
    QCOMPARE(rows.first(), QByteArray("index,x0,y0,x1,y1,x2,y2,image_x0,image_y0,image_x1,image_y1,image_x2,"
                                      "image_y2,determinant,slice"));
    QVERIFY(rows.size() > 3);
    QCOMPARE(rows.size() - 1, set.value("count").toInt());
    for (int k = 1; k < rows.size(); ++k) {
        const QList<QByteArray> f = rows[k].split(',');
        QCOMPARE(f.size(), 15);
        const int slice = f[14].toInt();
        QVERIFY(slice >= 0 && slice < 3);
        for (int i = 2; i < 6; ++i)
            QCOMPARE(f[1 + i].toDouble(), states[slice].toArray()[i].toDouble());
        QVERIFY(std::fabs(f[13].toDouble()) < 1e-10);
    }
    checkFigures(out, {"trajectory-series", "trajectory-phase", "trajectory-space_time", "fixed_points"});
}

// Issue 22.7: `run`'s figures of an oscillator network show what the GUI shows (phases
// wrapped, sines, R(n)), and trajectory.json says so, with R's time mean; that mean is checked
// against |mean exp(i theta)| computed here from trajectory.csv's raw phases.
void TestCliRun::oscillatorFiguresSayWhatTheyDraw()
{
    QJsonObject study = exampleStudy("kuramoto-lorentzian");
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 300);
    study.insert("simulation", simulation);
    study.insert("analyses", QJsonObject());
    const QString out = m_dir.filePath("oscillators");
    const Run r = cli({"run", ndtest::writeStudy(m_dir, "oscillators", study), "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject osc = jsonFile(out + "/trajectory.json").value("oscillators").toObject();
    QCOMPARE(osc.value("count").toInt(), 64);
    const QJsonObject figures = osc.value("figures").toObject();
    QVERIFY(figures.value("trajectory-phase").toString().contains("wrapped to (-pi, pi]"));
    QVERIFY(figures.value("trajectory-series").toString().contains("sin"));
    QVERIFY(figures.value("trajectory-space_time").toString().contains("sin"));
    QVERIFY(figures.value("trajectory-order_parameter").toString().startsWith("R(n)"));
    const QList<QByteArray> rows = readAll(out + "/trajectory.csv").trimmed().split('\n');
    QCOMPARE(rows.size(), 301);
    double sum = 0.0;
    for (qsizetype k = 1; k < rows.size(); ++k) {
        const QList<QByteArray> cells = rows[k].split(',');
        double c = 0.0, s = 0.0;
        for (qsizetype i = 2; i < cells.size(); ++i) { // step, time, theta0 ... theta63
            c += std::cos(cells[i].toDouble());
            s += std::sin(cells[i].toDouble());
        }
        sum += std::hypot(c, s) / 64.0;
    }
    QVERIFY2(std::fabs(osc.value("order_parameter_mean").toDouble() - sum / 300.0) < 1e-9,
             qPrintable(QString::number(osc.value("order_parameter_mean").toDouble())));
    // A neuron has no oscillators: no such key.
    const QString neuron = m_dir.filePath("no-oscillators");
    QJsonObject chialvo = exampleStudy("chialvo-bursting");
    chialvo.insert("analyses", QJsonObject());
    QCOMPARE(
        cli({"run", ndtest::writeStudy(m_dir, "no-oscillators", chialvo), "--out", neuron, "--no-figures"})
            .code,
        0);
    QVERIFY(!jsonFile(neuron + "/trajectory.json").contains("oscillators"));
}

void TestCliRun::lyapunovAlongIsWritten()
{
    // The logistic map along r: on the period-2 cycle (3 < r < 1 + sqrt 6) the exponent is
    // ln|4 + 2r - r^2| / 2, at r = 4 it is ln 2; beyond 4 the orbit escapes (a row with the reason).
    QJsonObject study = exampleStudy("logistic-period-doubling");
    const QJsonObject along{{"parameter", "r"}, {"from", 3.1}, {"to", 4.3}, {"count", 13}};
    QJsonObject section{{"transient", 1000}, {"steps", 200000}, {"curve_points", 0}, {"along", along}};
    study.insert("analyses", QJsonObject{{"lyapunov", section}});
    const QString out = m_dir.filePath("lyapunov-along");
    const Run r = cli({"run", ndtest::writeStudy(m_dir, "lyapunov-along", study), "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> rows = readAll(out + "/lyapunov_along.csv").trimmed().split('\n');
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows.first(), QByteArray("r,lambda_1,sum,kaplan_yorke,escaped,reason"));
    const QList<QByteArray> first = rows[1].split(',');
    QCOMPARE(first[0].toDouble(), 3.1);
    QVERIFY2(std::fabs(first[1].toDouble() - 0.5 * std::log(std::fabs(4 + 2 * 3.1 - 3.1 * 3.1))) < 1e-4,
             rows[1].constData());
    QCOMPARE(first[2], first[1]); // one exponent: the sum is that exponent
    QCOMPARE(first[4], QByteArray("0"));
    const QList<QByteArray> four = rows[10].split(',');
    QCOMPARE(four[0].toDouble(), 4.0);
    QVERIFY2(std::fabs(four[1].toDouble() - std::log(2.0)) < 0.01, rows[10].constData());
    const QList<QByteArray> escaped = rows[13].split(',');
    QCOMPARE(escaped[0].toDouble(), 4.3);
    QVERIFY(escaped[1].isEmpty() && escaped[2].isEmpty());
    QCOMPARE(escaped[4], QByteArray("1"));
    QVERIFY2(rows[13].contains("escaped at step"), rows[13].constData());
    const QJsonObject twin = jsonFile(out + "/lyapunov_along.json");
    QCOMPARE(twin.value("analysis").toString(), QString("lyapunov_along"));
    QJsonObject written = along; // the settings as a study file has them: the policy written out
    written.insert("policy", "fixed");
    QCOMPARE(twin.value("settings").toObject().value("along").toObject(), written);
    QCOMPARE(twin.value("values").toArray().size(), 13);
    QCOMPARE(twin.value("exponents").toArray()[12], QJsonValue());
    QCOMPARE(twin.value("escaped").toArray()[12].toBool(), true);
    QVERIFY(twin.value("conventions").toString().contains("same initial state"));
    checkFigures(out, {"trajectory-series", "trajectory-phase", "lyapunov_along"});

    // Hénon along b with follow: det J = -b, so the sum is ln|b| at every value (an identity).
    QJsonObject henon = exampleStudy("henon-attractor");
    const QJsonObject henonAlong{
        {"parameter", "b"}, {"from", 0.1}, {"to", 0.3}, {"count", 5}, {"policy", "follow"}};
    henon.insert("analyses", QJsonObject{{"lyapunov", QJsonObject{{"steps", 20000}, {"along", henonAlong}}}});
    const QString out2 = m_dir.filePath("lyapunov-along-henon");
    const Run r2 = cli({"run", ndtest::writeStudy(m_dir, "lyapunov-along-henon", henon), "--out", out2});
    QVERIFY2(r2.code == 0, r2.err.constData());
    const QList<QByteArray> henonRows = readAll(out2 + "/lyapunov_along.csv").trimmed().split('\n');
    QCOMPARE(henonRows.first(), QByteArray("b,lambda_1,lambda_2,sum,kaplan_yorke,escaped,reason"));
    QCOMPARE(henonRows.size(), 6);
    for (int i = 1; i < henonRows.size(); ++i) {
        const QList<QByteArray> f = henonRows[i].split(',');
        QVERIFY2(std::fabs(f[3].toDouble() - std::log(f[0].toDouble())) < 1e-10, henonRows[i].constData());
    }
    QVERIFY(
        jsonFile(out2 + "/lyapunov_along.json").value("conventions").toString().contains("previous value"));
}

void TestCliRun::badRunsFail_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no study") << QStringList{"run", "--out", "x"} << QByteArray("STUDY");
    QTest::newRow("no out") << QStringList{"run", "study.json"} << QByteArray("--out");
    QTest::newRow("empty study") << QStringList{"run", "", "--out", "x"} << QByteArray("STUDY");
    QTest::newRow("missing study") << QStringList{"run", "/nonexistent/s.json", "--out", "x"}
                                   << QByteArray("cannot read");
    QTest::newRow("bad tile") << QStringList{"run", "s.json", "--out", "x", "--tile", "3/3"}
                              << QByteArray("--tile");
    QTest::newRow("tile syntax") << QStringList{"run", "s.json", "--out", "x", "--tile", "a"}
                                 << QByteArray("--tile");
    QTest::newRow("merge nothing") << QStringList{"merge", "--out", "x"} << QByteArray("no tile");
    QJsonObject bad = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    bad.insert("analyses", QJsonObject{{"parameter_scan", QJsonObject{{"measure", "entropy"}}}});
    const QString badScan = m_dir.filePath("bad-scan.json");
    QFile f(badScan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(bad).toJson());
    f.close();
    QTest::newRow("bad scan") << QStringList{"run", badScan, "--out", m_dir.filePath("x")}
                              << QByteArray("analyses.parameter_scan");
    QJsonObject flow = QJsonDocument::fromJson(cli({"example", "kuramoto-lorentzian", "-"}).out).object();
    flow.insert("analyses", QJsonObject{{"fixed_points", QJsonObject{{"critical_set", QJsonObject{}}}}});
    QTest::newRow("critical set of a flow")
        << QStringList{"run", ndtest::writeStudy(m_dir, "bad-critical", flow), "--out", m_dir.filePath("x")}
        << QByteArray("analyses.fixed_points.critical_set");
    QTest::newRow("merge junk") << QStringList{"merge", "--out", "x", "/nonexistent/t"}
                                << QByteArray("cannot read");
}

void TestCliRun::badRunsFail()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = cli(args);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCliRun::outputFolderIsReplaced()
{
    // A study with every tileable analysis and more, then one with the trajectory only, into
    // one folder: the second run's folder holds its own files only.
    const QString out = m_dir.filePath("reused");
    QVERIFY2(cli({"run", ndtest::orbitStudy(m_dir, true), "--out", out, "--quiet"}).code == 0, "first run");
    QVERIFY(QFile::exists(out + "/orbit_diagram.csv"));
    QJsonObject small = exampleStudy("chialvo-oscillation");
    small.insert("analyses", QJsonObject{});
    const QString smallStudy = ndtest::writeStudy(m_dir, "trajectory-only", small);
    const Run second = cli({"run", smallStudy, "--out", out, "--quiet"});
    QVERIFY2(second.code == 0, second.err.constData());
    QCOMPARE(results(out).keys(), (QStringList{"trajectory.csv", "trajectory.json"}));
    QVERIFY(!QFile::exists(out + "/orbit_diagram.png"));

    // A folder with a file of its own is refused, and left as it was ...
    const QString foreign = m_dir.filePath("foreign");
    QVERIFY(QDir().mkpath(foreign));
    QFile notes(foreign + "/notes.txt");
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine");
    notes.close();
    const Run refused = cli({"run", smallStudy, "--out", foreign});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("is not empty") && refused.err.contains("--force"),
             refused.err.constData());
    QCOMPARE(QDir(foreign).entryList(QDir::Files), QStringList{"notes.txt"});
    // ... merge too ...
    const QString tiles = m_dir.filePath("foreign-tiles");
    QCOMPARE(cli({"run", smallStudy, "--out", tiles, "--tile", "0/1"}).code, 0);
    const Run mergeRefused = cli({"merge", "--out", foreign, tiles + "/tile-0-of-1.ndtile"});
    QCOMPARE(mergeRefused.code, 2);
    QVERIFY2(mergeRefused.err.contains("is not empty"), mergeRefused.err.constData());
    // ... unless forced: the file stays beside the results, and later runs keep it.
    QVERIFY(cli({"run", smallStudy, "--out", foreign, "--force"}).code == 0);
    QVERIFY(QFile::exists(foreign + "/notes.txt") && QFile::exists(foreign + "/trajectory.csv"));
    QVERIFY(cli({"merge", "--out", foreign, tiles + "/tile-0-of-1.ndtile"}).code == 0);
    QCOMPARE(readAll(foreign + "/notes.txt"), QByteArray("mine"));
    QVERIFY(!readAll(foreign + "/neurodyn-run.manifest").contains("notes.txt"));
}

void TestCliRun::runsAreReproducible()
{
    // Two runs of one study write the same bytes in every file, figures (PDF too) included,
    // whatever the thread count (which the twins therefore do not record).
    const QString study = ndtest::orbitStudy(m_dir, false);
    const QString first = m_dir.filePath("repro-1"), second = m_dir.filePath("repro-2");
    QCOMPARE(cli({"run", study, "--out", first, "--quiet"}).code, 0);
    QCOMPARE(cli({"run", study, "--out", second, "--quiet", "--threads", "1"}).code, 0);
    const auto a = filesOf(first, {"*"}), b = filesOf(second, {"*"});
    QCOMPARE(a.keys(), b.keys());
    QVERIFY(a.size() > 12);
    for (const QString& name : a.keys())
        QVERIFY2(a[name] == b[name], qPrintable(name + " differs between two runs"));
}

void TestCliRun::quietStderr()
{
    // No session: XDG_RUNTIME_DIR unset, as for root in a container. Qt's warnings about it
    // (or anything else) must not reach stderr in a normal run of any command.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const auto quiet = [&](const QStringList& args) {
        const Run r = runProgram(QStringLiteral(NEURODYN_CLI_PATH), args, {}, env);
        QVERIFY2(r.code == 0, qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(args.join(' ') + " wrote on stderr: " + r.err));
    };
    const QString dir = m_dir.filePath("quiet");
    QVERIFY(QDir().mkpath(dir));
    quiet({"--help"});
    quiet({"examples"});
    quiet({"example", "henon-attractor", dir + "/henon.json"});
    quiet({"models"});
    quiet({"models", "kuramoto"});
    quiet({"simulate", "--model", "henon", "--samples", "5"});
    quiet({"run", dir + "/henon.json", "--out", dir + "/run"});
    quiet({"run", dir + "/henon.json", "--out", dir + "/tiles", "--tile", "0/1"});
    quiet({"merge", "--out", dir + "/merged", dir + "/tiles/tile-0-of-1.ndtile"});
    QFile series(dir + "/series.txt");
    QVERIFY(series.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i)
        series.write(QByteArray::number(std::sin(0.3 * i) + 0.1 * std::cos(1.7 * i)) + '\n');
    series.close();
    quiet({"measure", "sample_entropy", dir + "/series.txt"});
    // The measure's JSON names the exact input: its SHA-256 and size, and the build.
    const QJsonObject measured =
        QJsonDocument::fromJson(cli({"measure", "sample_entropy", dir + "/series.txt"}).out).object();
    const QByteArray input = readAll(dir + "/series.txt");
    QCOMPARE(measured.value("input_sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(measured.value("input_bytes").toDouble(), static_cast<double>(input.size()));
    QVERIFY(!measured.value("source_revision").toString().isEmpty());
    QCOMPARE(measured.value("app_version").toString(), QString(NEURODYN_VERSION));
#ifdef NEURODYN_TEST_FIGURES
    QVERIFY(QFile::exists(dir + "/run/trajectory-phase.pdf"));
#endif
}

void TestCliRun::randomInitialStateIsTheGuis()
{
    // `simulate --random-initial SEED --box FROM,TO` starts where the GUI's initial-state
    // editor's "random" button puts the state for the same seed and range (both draw it with
    // core's randomState).
    for (const auto& [seed, from, to] : {std::tuple{1, 0.0, 1.0}, std::tuple{77, -3.0, 2.5}}) {
        const Run r =
            cli({"simulate", "--model", "ring-star", "--setting", "N=6", "--random-initial",
                 QString::number(seed), "--box", QString("%1,%2").arg(from).arg(to), "--samples", "1"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> row = r.out.trimmed().split('\n').at(1).split(',');
        const std::vector<double> gui = nd::randomState(12, static_cast<std::uint64_t>(seed), from, to);
        QCOMPARE(row.size(), 13);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(row[i + 1].toDouble(), gui[static_cast<std::size_t>(i)]);
    }
}

// Issue 22.6 leftover: `run` draws the AKOrN view's plots, the images for a grid only, and
// akorn.json names exactly the figures a build with figures draws.
void TestCliRun::akornRunDrawsTheViewsPlots()
{
    const QStringList series{"akorn-energy", "akorn-order"};
    const QStringList images{"akorn-local_order", "akorn-orientation"};
    for (const char* example : {"akorn-silhouette", "akorn-toy"}) {
        QJsonObject study = exampleStudy(example);
        QJsonObject simulation = study.value("simulation").toObject();
        simulation.insert("samples", 5);
        study.insert("simulation", simulation);
        QJsonObject akorn = study.value("analyses").toObject().value("akorn").toObject();
        akorn.insert("steps", 12);
        study.insert("analyses", QJsonObject{{"akorn", akorn}});
        const QString out = m_dir.filePath(QString("akorn-figures-") + example);
        const Run r =
            cli({"run", ndtest::writeStudy(m_dir, QString("akorn-figures-") + example, study), "--out", out});
        QVERIFY2(r.code == 0, r.err.constData());
        const bool grid = QFile::exists(out + "/akorn-image.csv");
        QCOMPARE(grid, QByteArray(example) == "akorn-silhouette");
        QStringList expected = series;
        if (grid)
            expected += images;
        expected.sort();
        QStringList named = jsonFile(out + "/akorn.json").value("figures").toObject().keys();
        named.sort();
        QCOMPARE(named, expected);
        // Exactly the figures the README lists for the run (expectedFigures has the AKOrN rows),
        // each one complete: a PNG of the export size that decodes, an SVG that parses, a PDF.
        checkFigures(out, expectedFigures(out, study.value("analyses").toObject(), 0));
    }
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
