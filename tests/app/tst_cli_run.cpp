// `neurodyn-cli run`, `examples`/`example`, `--tile i/n` + `merge`, and mpirun: every built-in
// example runs and writes one CSV + JSON twin (and, with figures, PNG/SVG/PDF that decode) per
// analysis its study file has; the orbit diagram and scan written equal the library calls;
// tiles merged and an `mpirun -np 2` run are byte-identical to the single-process run (orbit
// diagrams with fixed and automatic ranges, a 2-D Lyapunov scan and a 1-D period scan, and the
// analyses computed in one piece beside them).
#include "analysis/orbitdiagram.h"
#include "analysis/scanmeasures.h"
#include "study/studyfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef NEURODYN_TEST_FIGURES
#include <QImage>
#include <QXmlStreamReader>
#endif

class TestCliRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void examplesListed();
    void exampleWritesLoadableStudy();
    void runWritesEveryExample();
    void orbitDiagramEqualsLibrary_data();
    void orbitDiagramEqualsLibrary();
    void tilesMergeToSingleRun_data();
    void tilesMergeToSingleRun();
    void mpiRunEqualsSingleRun();
    void badRunsFail_data();
    void badRunsFail();

private:
    void checkFigure(const QString& base);
    QString orbitStudy(bool fixedRange);
    QTemporaryDir m_dir;
};

namespace {
struct Run {
    int code;
    QByteArray out;
    QByteArray err;
};
Run runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0")); // Open MPI leaks by design
    env.insert(QStringLiteral("NEURODYN_THREADS"), QStringLiteral("2"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
Run cli(const QStringList& args)
{
    return runProgram(QStringLiteral(NEURODYN_CLI_PATH), args);
}
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// Every result file of a run folder (tile files excluded), by name.
QMap<QString, QByteArray> results(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList({"*.csv", "*.json"}, QDir::Files))
        files[name] = readAll(QDir(dir).filePath(name));
    return files;
}
} // namespace

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliRun::orbitStudy(bool fixedRange)
{
    const QString path = m_dir.filePath(fixedRange ? "orbit-fixed.json" : "orbit-auto.json");
    if (QFile::exists(path))
        return path;
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 200);
    study.insert("simulation", simulation);
    QJsonObject orbit{{"parameter", "b"}, {"from", 0.1}, {"to", 0.6}, {"columns", 37}, {"bins", 50},
                      {"observable", QJsonObject{{"variable", "x"}}}, {"transient", 300}, {"samples", 150}};
    if (fixedRange) {
        orbit.insert("value_min", -0.5);
        orbit.insert("value_max", 3.0);
    }
    // Fixed range: with a 2-D Lyapunov scan; automatic range: with a 1-D period scan.
    const QJsonObject x{{"parameter", "b"}, {"from", 0.1}, {"to", 0.6}, {"count", 7}};
    QJsonObject scan{{"measure", fixedRange ? "lyapunov" : "period"}, {"x", x}, {"transient", 200}, {"steps", 500}};
    if (fixedRange)
        scan.insert("y", QJsonObject{{"parameter", "a"}, {"from", 0.85}, {"to", 0.9}, {"count", 5}});
    // Beside them, analyses computed in one piece (by rank 0, or at the merge).
    study.insert("analyses", QJsonObject{{"orbit_diagram", orbit},
                                         {"parameter_scan", scan},
                                         {"lyapunov", QJsonObject{{"steps", 2000}}},
                                         {"zero_one", QJsonObject{{"variable", "y"}}}});
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(study).toJson());
    return path;
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
    const QMap<QString, QString> files{{"orbit_diagram", "orbit-diagram"},   {"parameter_scan", "parameter-scan"},
                                       {"fixed_points", "fixed-points"},     {"lyapunov", "lyapunov"},
                                       {"zero_one", "zero-one"},             {"sample_entropy", "sample-entropy"},
                                       {"synchrony", "synchrony"},           {"mfdfa", "mfdfa"},
                                       {"network_spectrum", "network-spectrum"}, {"continuation", "continuation"},
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
            // The settings are the study's section as written (the orbit diagram adds what
            // the engine resolved).
            if (it.key() != "orbit_diagram")
                QCOMPARE(result.value("settings").toObject(), section);
#ifdef NEURODYN_TEST_FIGURES
            const bool drawn = it.key() == "orbit_diagram" ||
                               (it.key() == "lyapunov" && !section.value("largest_only").toBool() &&
                                section.value("curve_points").toInt(200) > 0);
            if (drawn)
                checkFigure(base);
#endif
        }
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

    const QList<QByteArray> rows = readAll(out + "/orbit-diagram.csv").trimmed().split('\n');
    QCOMPARE(rows.size(), 38);
    for (int c = 0; c < 37; ++c) {
        const QList<QByteArray> f = rows[c + 1].split(',');
        QCOMPARE(f.size(), 4 + 50);
        QCOMPARE(f[1].toDouble(), lib.parameterValues[static_cast<std::size_t>(c)]);
        for (int b = 0; b < 50; ++b)
            QCOMPARE(f[4 + b].toUInt(), lib.count(c, b));
    }
    const QJsonObject twin = QJsonDocument::fromJson(readAll(out + "/orbit-diagram.json")).object();
    QCOMPARE(twin.value("range_min").toDouble(), lib.rangeMin);
    QCOMPARE(twin.value("range_max").toDouble(), lib.rangeMax);
    QCOMPARE(twin.value("settings").toObject().value("value_range").toString(),
             QString(fixedRange ? "fixed" : "automatic"));
    // The figures decode (drawn by the GUI's OrbitDiagramView on the offscreen platform).
    checkFigure(out + "/orbit-diagram");

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
    const QList<QByteArray> cells = readAll(out + "/parameter-scan.csv").trimmed().split('\n');
    QCOMPARE(cells.size(), scan.nx * scan.ny + 1);
    for (int k = 0; k < scan.nx * scan.ny; ++k) {
        const QList<QByteArray> f = cells[k + 1].split(',');
        const int ix = f[0].toInt(), iy = f[1].toInt();
        QCOMPARE(f[2].toDouble(), scan.xValues[static_cast<std::size_t>(ix)]);
        QCOMPARE(!f[4].isEmpty(), scan.isDefined(ix, iy));
        if (scan.isDefined(ix, iy))
            QCOMPARE(f[4].toDouble(), scan.at(ix, iy));
    }
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
    QCOMPARE(expected.size(), 10);
    QCOMPARE(results(merged), expected);

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
        QCOMPARE(results(out).size(), 10);
        QCOMPARE(results(out), results(single));
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
    QTest::newRow("bad tile") << QStringList{"run", "s.json", "--out", "x", "--tile", "3/3"} << QByteArray("--tile");
    QTest::newRow("tile syntax") << QStringList{"run", "s.json", "--out", "x", "--tile", "a"} << QByteArray("--tile");
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
    QTest::newRow("merge junk") << QStringList{"merge", "--out", "x", "/nonexistent/t"} << QByteArray("cannot read");
}

void TestCliRun::badRunsFail()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = cli(args);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
