// `neurodyn-cli run`, `examples`/`example`, `--tile i/n` + `merge`, and mpirun: every built-in
// example runs and writes one CSV + JSON twin per analysis its study file has and, with figures,
// exactly the figures app/cli/README.md lists for it (PNG of the export size that decodes, SVG
// that parses, PDF with a valid header and trailer); --no-figures writes the same data bytes
// and no figure; continuation branches and curves are drawn over the orbit diagram and the scan
// only where they share its parameters; the critical set of the fixed_points section is written
// (the Chialvo lines x = 0 and x = 2a/(a - b) with their images, the logistic c = 1/2 with
// f(c) = r/4); the orbit diagram and scan written equal the library calls; tiles merged and an
// `mpirun -np 2` run are byte-identical to the single-process run and write the same figures
// (orbit diagrams with fixed and automatic ranges, a 2-D Lyapunov scan and a 1-D period scan,
// basins split by rows, and the analyses computed in one piece beside them); a merge refuses a
// tile whose basins part is cut short. Every file, PDFs included, is byte-identical between two
// runs and thread counts; twins carry the source revision and the study's SHA-256; a second
// run into a folder replaces the first's files (its manifest), a foreign folder is refused
// without --force; no command writes on stderr without XDG_RUNTIME_DIR; simulate's random
// initial state is the GUI's; an undefined MFDFA or network spectrum is written by `run` as by
// `measure`, its widths null.
#include "clirun.h"

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
    void undefinedSpectraAreNullInBothCommands();
    void lyapunovAlongIsWritten();
    void orbitDiagramEqualsLibrary_data();
    void orbitDiagramEqualsLibrary();
    void tilesMergeToSingleRun_data();
    void tilesMergeToSingleRun();
    void mpiRunEqualsSingleRun();
    void linkedParameterTilesMerge();
    void badRunsFail_data();
    void badRunsFail();
    void outputFolderIsReplaced();
    void runsAreReproducible();
    void quietStderr();
    void randomInitialStateIsTheGuis();

private:
    void checkFigure(const QString& base);
    void checkFigures(const QString& out, const QStringList& expected);
    void checkSameFigures(const QString& out, const QString& reference);
    QString orbitStudy(bool fixedRange);
    QString writeStudy(const QString& name, const QJsonObject& study);
    QJsonObject exampleStudy(const QString& name);
    QTemporaryDir m_dir;
};

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// The files of a run folder matching the patterns, by name.
QMap<QString, QByteArray> filesOf(const QString& dir, const QStringList& patterns)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(patterns, QDir::Files))
        files[name] = readAll(QDir(dir).filePath(name));
    return files;
}
// Every result file of a run folder (tile files and figures excluded), by name.
QMap<QString, QByteArray> results(const QString& dir)
{
    return filesOf(dir, {"*.csv", "*.json"});
}
QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}
// Copies a tile file with its "basins" part cut short by 12 bytes (the tile's own framing
// intact: magic, version, index, count, study, then name/payload pairs).
bool writeWithShortBasins(const QString& from, const QString& to)
{
    QDataStream in(readAll(from));
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray magic, study;
    quint32 version = 0;
    qint32 index = 0, count = 0, parts = 0;
    in >> magic >> version >> index >> count >> study >> parts;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << index << count << study << parts;
    bool cut = false;
    for (qint32 p = 0; p < parts; ++p) {
        QString name;
        QByteArray payload;
        in >> name >> payload;
        if (name == "basins" && payload.size() > 12) {
            payload.chop(12);
            cut = true;
        }
        out << name << payload;
    }
    QFile f(to);
    return cut && in.status() == QDataStream::Ok && f.open(QIODevice::WriteOnly) &&
           f.write(bytes) == bytes.size();
}
// The figures app/cli/README.md lists for a run folder, from its study's analyses and its
// results (which sub-plots have data), as base names.
QStringList expectedFigures(const QString& out, const QJsonObject& analyses, int dimension)
{
    QStringList figures{"trajectory-series", "trajectory-phase"};
    const QList<QByteArray> columns = readAll(out + "/trajectory.csv").split('\n').first().split(',');
    // A network's nodes: activations x0, x1, ..., Kuramoto phases theta0, ..., AKOrN units x0_0, x1_0, ...
    static const QRegularExpression activation("^(x\\d+|theta\\d+|x\\d+_0)$");
    int activations = 0;
    for (const QByteArray& c : columns)
        activations += activation.match(QString::fromUtf8(c)).hasMatch() ? 1 : 0;
    if (activations >= 2)
        figures << "trajectory-space_time";
    const auto has = [&](const char* key) {
        return !analyses.value(key).toObject().isEmpty();
    };
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
    return figures;
}
} // namespace

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliRun::orbitStudy(bool fixedRange)
{
    const QString name = fixedRange ? "orbit-fixed" : "orbit-auto";
    if (QFile::exists(m_dir.filePath(name + ".json")))
        return m_dir.filePath(name + ".json");
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 200);
    study.insert("simulation", simulation);
    QJsonObject orbit{{"parameter", "b"}, {"from", 0.1},   {"to", 0.6},
                      {"count", 37},      {"bins", 50},    {"observable", QJsonObject{{"variable", "x"}}},
                      {"transient", 300}, {"samples", 150}};
    if (fixedRange) {
        orbit.insert("value_min", -0.5);
        orbit.insert("value_max", 3.0);
    }
    // Fixed range: with a 2-D Lyapunov scan; automatic range: with a 1-D period scan.
    const QJsonObject x{{"parameter", "b"}, {"from", 0.1}, {"to", 0.6}, {"count", 7}};
    QJsonObject scan{
        {"measure", fixedRange ? "lyapunov" : "period"}, {"x", x}, {"transient", 200}, {"steps", 500}};
    if (fixedRange)
        scan.insert("y", QJsonObject{{"parameter", "a"}, {"from", 0.85}, {"to", 0.9}, {"count", 5}});
    // Basins on a small grid, split by rows (3 tiles of 6, 7 and 7 rows).
    const QJsonObject basins{
        {"x", QJsonObject{{"variable", "x"}, {"from", -1.0}, {"to", 3.0}, {"count", 24}}},
        {"y", QJsonObject{{"variable", "y"}, {"from", 0.0}, {"to", 4.0}, {"count", 20}}},
        {"transient", 300},
        {"window", 64},
        {"max_period", 8}};
    // Beside them, analyses computed in one piece (by rank 0, or at the merge).
    study.insert("analyses", QJsonObject{{"orbit_diagram", orbit},
                                         {"parameter_scan", scan},
                                         {"basins", basins},
                                         {"lyapunov", QJsonObject{{"steps", 2000}}},
                                         {"zero_one", QJsonObject{{"variable", "y"}}}});
    return writeStudy(name, study);
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
                                       {"basins", "basins"}};
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
        qInfo("%s: %lld ms", qPrintable(name), static_cast<long long>(clock.elapsed()));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(name + " is too slow for an example"));
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

void TestCliRun::checkFigure(const QString& base)
{
#ifdef NEURODYN_TEST_FIGURES
    // The export's default size: 160 mm x 120 mm at 150 dpi (plots/plotexport.h).
    const QImage png(base + ".png");
    QVERIFY2(!png.isNull(), qPrintable(base + ".png does not decode"));
    QCOMPARE(png.size(), QSize(qRound(160 / 25.4 * 150), qRound(120 / 25.4 * 150)));
    QXmlStreamReader svg(readAll(base + ".svg"));
    bool root = false;
    while (!svg.atEnd())
        if (svg.readNext() == QXmlStreamReader::StartElement && !root)
            root = svg.name() == QLatin1String("svg");
    QVERIFY2(root && !svg.hasError(), qPrintable(base + ".svg: " + svg.errorString()));
    const QByteArray pdf = readAll(base + ".pdf");
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
#else
    Q_UNUSED(base);
#endif
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
        checkFigure(out + "/" + base);
#else
    Q_UNUSED(expected);
    QVERIFY2(written.isEmpty(), qPrintable(out + ": a build without figures drew " + written.join(", ")));
#endif
}

void TestCliRun::checkSameFigures(const QString& out, const QString& reference)
{
    // The same figures, each decoding, alike to the byte in every format (the PDFs carry a
    // fixed creation date and document ID).
    const auto drawn = filesOf(out, {"*.png", "*.svg", "*.pdf"});
    const auto expected = filesOf(reference, {"*.png", "*.svg", "*.pdf"});
    QCOMPARE(drawn.keys(), expected.keys());
    for (const QString& name : drawn.keys())
        QVERIFY2(drawn[name] == expected[name], qPrintable(name + " differs"));
    QCOMPARE(readAll(out + "/neurodyn-run.manifest"), readAll(reference + "/neurodyn-run.manifest"));
    for (const QString& name : drawn.keys())
        if (name.endsWith(".png"))
            checkFigure(out + "/" + name.chopped(4));
}

QJsonObject TestCliRun::exampleStudy(const QString& name)
{
    return QJsonDocument::fromJson(cli({"example", name, "-"}).out).object();
}

QString TestCliRun::writeStudy(const QString& name, const QJsonObject& study)
{
    const QString path = m_dir.filePath(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(study).toJson());
    return path;
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
        const Run r = cli({"run", writeStudy("overlay-" + name, s), "--out", out});
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
        const Run r = cli({"run", writeStudy("color-range-" + name, s), "--out", out});
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
    const Run r = cli({"run", writeStudy("critical-chialvo", study), "--out", out});
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
    const Run r1 = cli({"run", writeStudy("critical-logistic", logistic), "--out", out1});
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
    QCOMPARE(cli({"run", writeStudy("no-critical-logistic", logistic), "--out", out2}).code, 0);
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
    const Run r = cli({"run", writeStudy("critical-chain", study), "--out", out});
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

void TestCliRun::undefinedSpectraAreNullInBothCommands()
{
    // The logistic map at r = 2 has the superstable fixed point x* = 1/2 (f'(x*) = r (1 - 2x*) = 0):
    // convergence is quadratic, so after the transient every sample is exactly 1/2 and MFDFA has
    // no spectrum ("the series is constant"). The pairwise graph of the 4-node higher-order
    // ring-star is K4 (the hub and a 3-ring): every distance is 1, so the network spectrum has no
    // range of radii. `run` and `measure` both write the undefined widths (and alpha_0) as null;
    // `run` wrote 0, and its CSV read past the empty per-q columns (failed before: crash).
    QJsonObject logistic = exampleStudy("logistic-period-doubling");
    QJsonObject model = logistic.value("model").toObject();
    model.insert("parameters", QJsonObject{{"r", 2.0}});
    logistic.insert("model", model);
    logistic.insert("analyses", QJsonObject{{"mfdfa", QJsonObject{{"variable", "x"}}}});
    const QString constant = m_dir.filePath("undefined-mfdfa");
    Run r = cli({"run", writeStudy("undefined-mfdfa", logistic), "--out", constant, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonObject twin = jsonFile(constant + "/mfdfa.json");
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

    QJsonObject k4 = exampleStudy("ring-star-higher-order-4");
    k4.insert("analyses", QJsonObject{{"network_spectrum", QJsonObject{}}});
    const QString complete = m_dir.filePath("undefined-network");
    r = cli({"run", writeStudy("undefined-network", k4), "--out", complete, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    twin = jsonFile(complete + "/network_spectrum.json");
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

void TestCliRun::lyapunovAlongIsWritten()
{
    // The logistic map along r: on the period-2 cycle (3 < r < 1 + sqrt 6) the exponent is
    // ln|4 + 2r - r^2| / 2, at r = 4 it is ln 2; beyond 4 the orbit escapes (a row with the reason).
    QJsonObject study = exampleStudy("logistic-period-doubling");
    const QJsonObject along{{"parameter", "r"}, {"from", 3.1}, {"to", 4.3}, {"count", 13}};
    QJsonObject section{{"transient", 1000}, {"steps", 200000}, {"curve_points", 0}, {"along", along}};
    study.insert("analyses", QJsonObject{{"lyapunov", section}});
    const QString out = m_dir.filePath("lyapunov-along");
    const Run r = cli({"run", writeStudy("lyapunov-along", study), "--out", out});
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
    const Run r2 = cli({"run", writeStudy("lyapunov-along-henon", henon), "--out", out2});
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

void TestCliRun::orbitDiagramEqualsLibrary_data()
{
    QTest::addColumn<bool>("fixedRange");
    QTest::newRow("automatic range") << false;
    QTest::newRow("fixed range") << true;
}

void TestCliRun::orbitDiagramEqualsLibrary()
{
    QFETCH(bool, fixedRange);
    const QString study = orbitStudy(fixedRange);
    const QString out = m_dir.filePath(fixedRange ? "single-fixed" : "single-auto");
    const Run r = cli({"run", study, "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());

    const nd::StudyLoadResult loaded = nd::loadStudyFile(study);
    QVERIFY(loaded.ok);
    const auto model = loaded.study.createModel();
    nd::OrbitDiagramRequest req;
    req.axis = {"b", -1, 0.1, 0.6, 37};
    req.bins = 50;
    req.transient = 300;
    req.samples = 150;
    req.initial = loaded.study.initialState;
    req.autoRange = !fixedRange;
    req.rangeMin = -0.5;
    req.rangeMax = 3.0;
    const nd::OrbitDiagram lib = nd::computeOrbitDiagram(*model, req);

    const QList<QByteArray> rows = readAll(out + "/orbit_diagram.csv").trimmed().split('\n');
    QCOMPARE(rows.size(), 38);
    for (int c = 0; c < 37; ++c) {
        const QList<QByteArray> f = rows[c + 1].split(',');
        QCOMPARE(f.size(), 4 + 50);
        QCOMPARE(f[1].toDouble(), lib.parameterValues[static_cast<std::size_t>(c)]);
        for (int b = 0; b < 50; ++b)
            QCOMPARE(f[4 + b].toUInt(), lib.count(c, b));
    }
    const QJsonObject twin = QJsonDocument::fromJson(readAll(out + "/orbit_diagram.json")).object();
    QCOMPARE(twin.value("range_min").toDouble(), lib.rangeMin);
    QCOMPARE(twin.value("range_max").toDouble(), lib.rangeMax);
    QCOMPARE(twin.value("settings").toObject().value("value_range").toString(),
             QString(fixedRange ? "fixed" : "automatic"));
    // The figures decode (drawn by the GUI's OrbitDiagramView on the offscreen platform).
    checkFigure(out + "/orbit_diagram");

    // The scan equals computeScan with the same settings.
    nd::ScanRequest sr;
    sr.x = {"b", -1, 0.1, 0.6, 7};
    if (fixedRange)
        sr.y = nd::ParameterAxis{"a", -1, 0.85, 0.9, 5};
    sr.initial = loaded.study.initialState;
    nd::LyapunovOptions lo;
    lo.transient = 200;
    lo.steps = 500;
    lo.curvePoints = 0;
    nd::PeriodOptions po;
    po.transient = 200;
    const nd::ScanResult scan = fixedRange ? nd::computeScan(*model, nd::LargestLyapunovMeasure(lo), sr)
                                           : nd::computeScan(*model, nd::PeriodMeasure(po), sr);
    const QList<QByteArray> cells = readAll(out + "/parameter_scan.csv").trimmed().split('\n');
    QCOMPARE(cells.size(), scan.nx * scan.ny + 1);
    // A 1-D scan has no second axis column (an empty "y" clashed with the state variable y).
    QCOMPARE(cells[0],
             QByteArray(fixedRange ? "ix,iy,b,a,value,escaped,reason" : "ix,b,value,escaped,reason"));
    const int xColumn = fixedRange ? 2 : 1, valueColumn = fixedRange ? 4 : 2;
    for (int k = 0; k < scan.nx * scan.ny; ++k) {
        const QList<QByteArray> f = cells[k + 1].split(',');
        const int ix = f[0].toInt(), iy = fixedRange ? f[1].toInt() : 0;
        QCOMPARE(f[xColumn].toDouble(), scan.xValues[static_cast<std::size_t>(ix)]);
        if (fixedRange)
            QCOMPARE(f[3].toDouble(), scan.yValues[static_cast<std::size_t>(iy)]);
        QCOMPARE(!f[valueColumn].isEmpty(), scan.isDefined(ix, iy));
        if (scan.isDefined(ix, iy))
            QCOMPARE(f[valueColumn].toDouble(), scan.at(ix, iy));
    }
}

void TestCliRun::linkedParameterTilesMerge()
{
    // A chain whose link sigma sets its four couplings: the orbit diagram over sigma and a 2-D
    // Lyapunov scan (sigma x a) and basins, run in 3 tiles and merged, equal the single run;
    // the twins name the link as the study spells it.
    const QJsonObject study{
        {"format", "neurodyn-study"},
        {"schema_version", 3},
        {"model", QJsonObject{{"type", "chain"},
                              {"links", QJsonObject{{"sigma", QJsonArray{"sigma_12", "sigma_21", "sigma_23",
                                                                         "sigma_32"}}}},
                              {"parameters", QJsonObject{{"sigma", 0.02}}}}},
        {"analyses",
         QJsonObject{
             {"orbit_diagram", QJsonObject{{"parameter", "sigma"},
                                           {"from", 0.0},
                                           {"to", 0.06},
                                           {"count", 13},
                                           {"bins", 40},
                                           {"transient", 200},
                                           {"samples", 60}}},
             {"parameter_scan",
              QJsonObject{
                  {"measure", "lyapunov"},
                  {"x", QJsonObject{{"parameter", "sigma"}, {"from", 0.0}, {"to", 0.06}, {"count", 5}}},
                  {"y", QJsonObject{{"parameter", "a"}, {"from", 0.85}, {"to", 0.9}, {"count", 4}}},
                  {"transient", 100},
                  {"steps", 300}}}}}};
    const QString path = writeStudy("linked", study);
    const QString single = m_dir.filePath("linked-single");
    const Run one = cli({"run", path, "--out", single});
    QVERIFY2(one.code == 0, one.err.constData());
    QStringList files;
    const QString tiles = m_dir.filePath("linked-tiles");
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({"run", path, "--out", tiles, "--tile", QString("%1/3").arg(i)});
        QVERIFY2(r.code == 0, r.err.constData());
        files << QDir(tiles).filePath(QString("tile-%1-of-3.ndtile").arg(i));
    }
    const QString merged = m_dir.filePath("linked-merged");
    const Run m = cli(QStringList{"merge", "--out", merged} + files);
    QVERIFY2(m.code == 0, m.err.constData());
    QCOMPARE(results(merged), results(single));
    const QJsonObject twin = jsonFile(single + "/orbit_diagram.json");
    QCOMPARE(
        twin.value("study").toObject().value("model").toObject().value("links").toObject().value("sigma"),
        QJsonValue(QJsonArray{"sigma_12", "sigma_21", "sigma_23", "sigma_32"}));
    QCOMPARE(twin.value("settings").toObject().value("parameter").toString(), QString("sigma"));
}

void TestCliRun::tilesMergeToSingleRun_data()
{
    orbitDiagramEqualsLibrary_data();
}

void TestCliRun::tilesMergeToSingleRun()
{
    QFETCH(bool, fixedRange);
    const QString study = orbitStudy(fixedRange);
    const QString single = m_dir.filePath(fixedRange ? "ref-fixed" : "ref-auto");
    QCOMPARE(cli({"run", study, "--out", single}).code, 0);
    const QString tiles = m_dir.filePath(fixedRange ? "tiles-fixed" : "tiles-auto");
    QStringList files;
    for (int i = 2; i >= 0; --i) { // any order
        const Run r = cli({"run", study, "--out", tiles, "--tile", QString("%1/3").arg(i)});
        QVERIFY2(r.code == 0, r.err.constData());
        files << QDir(tiles).filePath(QString("tile-%1-of-3.ndtile").arg(i));
    }
    const QString merged = m_dir.filePath(fixedRange ? "merged-fixed" : "merged-auto");
    const Run m = cli(QStringList{"merge", "--out", merged} + files);
    QVERIFY2(m.code == 0, m.err.constData());
    const auto expected = results(single);
    QCOMPARE(expected.size(), 12);
    QCOMPARE(results(merged), expected);
    checkSameFigures(merged, single);
#ifdef NEURODYN_TEST_FIGURES
    QVERIFY(QFile::exists(merged + "/orbit_diagram.png") && QFile::exists(merged + "/parameter_scan.png"));
    QVERIFY(QFile::exists(merged + "/basins.png"));
#endif
    // The basins were computed: every cell has a label, and the attractors cover the
    // cells that did not escape.
    const QJsonObject basins = jsonFile(single + "/basins.json");
    QCOMPARE(basins.value("nx").toInt() * basins.value("ny").toInt(), 24 * 20);
    QCOMPARE(readAll(single + "/basins.csv").trimmed().split('\n').size(), 24 * 20 + 1);
    double cells = basins.value("escaped_cells").toDouble();
    for (const QJsonValue a : basins.value("attractors").toArray())
        cells += a.toObject().value("cells").toDouble();
    QCOMPARE(cells, 24.0 * 20.0);
    QVERIFY(!basins.value("attractors").toArray().isEmpty());

    // A tile whose basins part is cut short is refused with a clear message.
    const QString cut = m_dir.filePath(fixedRange ? "cut-fixed.ndtile" : "cut-auto.ndtile");
    QVERIFY(writeWithShortBasins(files[0], cut));
    const Run damaged = cli({"merge", "--out", m_dir.filePath("cut-out"), cut, files[1], files[2]});
    QVERIFY(damaged.code != 0);
    QVERIFY2(damaged.err.contains("basins tile data for row"), damaged.err.constData());

    const Run missing = cli({"merge", "--out", merged, files[0], files[1]});
    QVERIFY(missing.code != 0);
    QVERIFY(missing.err.contains("missing"));
    const Run twice = cli({"merge", "--out", merged, files[0], files[0], files[1]});
    QVERIFY(twice.code != 0);
    QVERIFY(twice.err.contains("twice"));
}

void TestCliRun::mpiRunEqualsSingleRun()
{
#ifndef NEURODYN_TEST_MPI
    QSKIP("neurodyn-cli was built without MPI (NEURODYN_MPI=OFF)");
#else
    const QString mpirun = QStandardPaths::findExecutable("mpirun");
    if (mpirun.isEmpty())
        QSKIP("mpirun is not installed");
    for (bool fixedRange : {false, true}) {
        const QString study = orbitStudy(fixedRange);
        const QString single = m_dir.filePath(fixedRange ? "mpi-ref-fixed" : "mpi-ref-auto");
        QCOMPARE(cli({"run", study, "--out", single}).code, 0);
        const QString out = m_dir.filePath(fixedRange ? "mpi-fixed" : "mpi-auto");
        const Run r = runProgram(mpirun, {"--allow-run-as-root", "--oversubscribe", "-np", "2",
                                          QStringLiteral(NEURODYN_CLI_PATH), "run", study, "--out", out});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QCOMPARE(results(out).size(), 12);
        QCOMPARE(results(out), results(single));
        checkSameFigures(out, single);
    }
#endif
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
        << QStringList{"run", writeStudy("bad-critical", flow), "--out", m_dir.filePath("x")}
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
    QVERIFY2(cli({"run", orbitStudy(true), "--out", out, "--quiet"}).code == 0, "first run");
    QVERIFY(QFile::exists(out + "/orbit_diagram.csv"));
    QJsonObject small = exampleStudy("chialvo-oscillation");
    small.insert("analyses", QJsonObject{});
    const QString smallStudy = writeStudy("trajectory-only", small);
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
    const QString study = orbitStudy(false);
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

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
