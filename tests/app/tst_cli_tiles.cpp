// `neurodyn-cli run --tile i/n` + `merge`, and mpirun: the orbit diagram and scan written equal the
// library calls; tiles merged and an `mpirun -np 2` run are byte-identical to the single-process
// run and write the same figures (orbit diagrams with fixed and automatic ranges, a 2-D Lyapunov
// scan and a 1-D period scan, basins split by rows, and the analyses computed in one piece beside
// them); a merge refuses a tile whose basins part is cut short; a run over a linked parameter
// splits and merges like any other. Split from tst_cli_run (which kept whole runs).
#include "clirun.h"
#include "runfolder.h"

#include "analysis/orbitdiagram.h"
#include "analysis/scanmeasures.h"
#include "study/studyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <tuple>

using ndtest::cli;
using ndtest::filesOf;
using ndtest::jsonFile;
using ndtest::readAll;
using ndtest::results;
using ndtest::Run;
using ndtest::runProgram;
using ndtest::writeWithShortBasins;

class TestCliTiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void orbitDiagramEqualsLibrary_data();
    void orbitDiagramEqualsLibrary();
    void tilesMergeToSingleRun_data();
    void tilesMergeToSingleRun();
    void mpiRunEqualsSingleRun();
    void linkedParameterTilesMerge();

private:
    QTemporaryDir m_dir;
};

void TestCliTiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliTiles::orbitDiagramEqualsLibrary_data()
{
    QTest::addColumn<bool>("fixedRange");
    QTest::newRow("automatic range") << false;
    QTest::newRow("fixed range") << true;
}

void TestCliTiles::orbitDiagramEqualsLibrary()
{
    QFETCH(bool, fixedRange);
    const QString study = ndtest::orbitStudy(m_dir, fixedRange);
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
    ndtest::checkFigure(out + "/orbit_diagram");

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

void TestCliTiles::linkedParameterTilesMerge()
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
    const QString path = ndtest::writeStudy(m_dir, "linked", study);
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

void TestCliTiles::tilesMergeToSingleRun_data()
{
    orbitDiagramEqualsLibrary_data();
}

void TestCliTiles::tilesMergeToSingleRun()
{
    QFETCH(bool, fixedRange);
    const QString study = ndtest::orbitStudy(m_dir, fixedRange);
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
    ndtest::checkSameFigures(merged, single);
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

void TestCliTiles::mpiRunEqualsSingleRun()
{
#ifndef NEURODYN_TEST_MPI
    QSKIP("neurodyn-cli was built without MPI (NEURODYN_MPI=OFF)");
#else
    const QString mpirun = QStandardPaths::findExecutable("mpirun");
    if (mpirun.isEmpty())
        QSKIP("mpirun is not installed");
    for (bool fixedRange : {false, true}) {
        const QString study = ndtest::orbitStudy(m_dir, fixedRange);
        const QString single = m_dir.filePath(fixedRange ? "mpi-ref-fixed" : "mpi-ref-auto");
        QCOMPARE(cli({"run", study, "--out", single}).code, 0);
        const QString out = m_dir.filePath(fixedRange ? "mpi-fixed" : "mpi-auto");
        const Run r = runProgram(mpirun, {"--allow-run-as-root", "--oversubscribe", "-np", "2",
                                          QStringLiteral(NEURODYN_CLI_PATH), "run", study, "--out", out});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QCOMPARE(results(out).size(), 12);
        QCOMPARE(results(out), results(single));
        ndtest::checkSameFigures(out, single);
    }
#endif
}

QTEST_MAIN(TestCliTiles)
#include "tst_cli_tiles.moc"
