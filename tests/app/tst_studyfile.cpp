// Study files: save/open round trip is byte-identical; bad files are refused with a message
// that names the problem.
#include "studyjson.h"

#include "study/keyaliases.h"
#include "study/studyfile.h"
#include "study/studysections.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

class TestStudyFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsByteIdentical();
    void examplesLoad();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void newerSchemaNamesBothVersions();
    void saveIsAtomic();
    void sectionsRoundTrip();
    void examplesAreValidAndCoverTheModels();
    void everySectionRoundTrips();
    void flowStudyRoundTrips();
    void criticalSetRoundTrips();
    void lyapunovAlongRoundTrips();
    void scanColorRangeRoundTrips();
    void badAnalysesAreRefused_data();
    void badAnalysesAreRefused();
    void failedReadLeavesStudyUntouched();
    void ringStarDefaultsToHub();
    void examplesAreCanonical();
};

using namespace ndtest;

void TestStudyFile::roundTripIsByteIdentical()
{
    Study s = Study::defaultsFor("chialvo");
    s.title = QStringLiteral("round trip ü");
    s.parameters["b"] = 0.18;
    s.initialState = {0.1234567890123, -2.5e-7};
    s.simulation.transient = 123;
    s.simulation.stride = 3;
    const QByteArray first = studyToJson(s);
    const auto loaded = studyFromJson(first);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study == s);
    QCOMPARE(studyToJson(loaded.study), first);
}

void TestStudyFile::examplesLoad()
{
    for (const char* name : {"chialvo-oscillation", "chialvo-bursting"}) {
        const auto r = loadStudyFile(
            QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/%1.json").arg(QLatin1String(name)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.study.title.isEmpty());
    }
}

void TestStudyFile::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{nope") << "JSON";
    QTest::newRow("array") << QByteArray("[]") << "object";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","schema_version":1})") << "format";
    QTest::newRow("future version")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":99,"model":{"type":"chialvo"}})")
        << "newer";
    QTest::newRow("unknown model")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"zzz"}})") << "zzz";
    QTest::newRow("unknown parameter")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"q":1}}})")
        << "'q'";
    QTest::newRow("string parameter")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"a":"1"}}})")
        << "model.parameters.a";
    QTest::newRow("out of range")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"a":1e300}}})")
        << "valid range";
    QTest::newRow("short initial state")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"initial_state":[1]})")
        << "initial_state";
    QTest::newRow("negative samples")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"samples":-5}})")
        << "simulation.samples";
    QTest::newRow("fractional stride")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"stride":1.5}})")
        << "simulation.stride";
    QTest::newRow("analyses not an object")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":[]})")
        << "analyses";
    QTest::newRow("orbit parameter unknown")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"parameter":"zz"}}})")
        << "'zz'";
    QTest::newRow("orbit columns zero")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"count":0}}})")
        << "analyses.orbit_diagram.count";
    QTest::newRow("orbit range reversed")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"from":2,"to":1}}})")
        << "from";
    QTest::newRow("view variable out of range")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"view":{"phase_y":2}})")
        << "view.phase_y";
    QTest::newRow("view cobweb not bool")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"view":{"cobweb":1}})")
        << "view.cobweb";
    QTest::newRow("absurd transient")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"transient":1e15}})")
        << "simulation.transient";
    // Unknown fields are refused in every section, naming their path (a typo such as "steps"
    // for "samples" ran with the default before).
    QTest::newRow("unknown top-level field")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"analysis":{}})")
        << "unknown top-level field 'analysis'";
    QTest::newRow("unknown model field")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo","parameter":{"a":1}}})")
        << "model: unknown field 'parameter'";
    QTest::newRow("unknown simulation field")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"simulation":{"steps":10}})")
        << "simulation: unknown field 'steps'";
    QTest::newRow("unknown flow simulation field")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"kuramoto","settings":{"N":"4"}},"simulation":{"tolerance":1e-6}})")
        << "simulation: unknown field 'tolerance'";
    QTest::newRow("flow field for a map")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"simulation":{"dt":0.01}})")
        << "simulation.dt applies to flows only";
    QTest::newRow("unknown view field")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"view":{"phase_z":1}})")
        << "view: unknown field 'phase_z'";
    QTest::newRow("title not a string")
        << QByteArray(
               R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"title":7})")
        << "title must be a string";
}

void TestStudyFile::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto r = studyFromJson(json);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestStudyFile::newerSchemaNamesBothVersions()
{
    const auto r =
        studyFromJson(R"({"format":"neurodyn-study","schema_version":7,"model":{"type":"chialvo"}})");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("schema_version 7")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("(%1)").arg(kStudySchemaVersion)), qPrintable(r.error));
    // The version is checked before anything else of the file, so a future file's new fields are
    // not reported as unknown.
    const auto future =
        studyFromJson(QByteArray(R"({"format":"neurodyn-study","notes":"x","schema_version":)") +
                      QByteArray::number(kStudySchemaVersion + 1) + '}');
    QVERIFY2(future.error.contains(QStringLiteral("newer")), qPrintable(future.error));
}

void TestStudyFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QString error;
    QVERIFY(saveStudyFile(Study::defaultsFor("chialvo"), path, error));
    QVERIFY(loadStudyFile(path).ok);
    QVERIFY(!saveStudyFile(Study::defaultsFor("chialvo"), dir.filePath(QStringLiteral("missing/dir/s.json")),
                           error));
    QVERIFY(!error.isEmpty());
}

void TestStudyFile::sectionsRoundTrip()
{
    Study s = Study::defaultsFor("henon");
    s.analyses.orbitDiagram->parameter =
        Study::defaultsFor("henon").createModel()->parameterSpecs().at(1).name; // "b"
    s.analyses.orbitDiagram->from = -0.25;
    s.analyses.orbitDiagram->to = 0.375;
    s.analyses.orbitDiagram->valueMin = -1.5;
    s.analyses.orbitDiagram->valueMax = 1.5;
    s.analyses.orbitDiagram->variable = 1;
    s.analyses.orbitDiagram->columns = 123;
    s.analyses.orbitDiagram->bins = 77;
    s.analyses.orbitDiagram->transient = 4567;
    s.analyses.orbitDiagram->samples = 89;
    s.view.phaseX = 1;
    s.view.phaseY = 0;
    s.view.cobweb = false;
    const QByteArray json = studyToJson(s);
    const auto loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study == s);
    QCOMPARE(loaded.study.analyses.orbitDiagram->columns, 123);
    QCOMPARE(loaded.study.analyses.orbitDiagram->from, -0.25);
    QCOMPARE(loaded.study.view.cobweb, false);
    QCOMPARE(studyToJson(loaded.study), json);
    // A file from before the sections existed still opens, with default settings.
    const auto old =
        studyFromJson(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"logistic"}})");
    QVERIFY(old.ok);
    QVERIFY(!old.study.analyses.orbitDiagram); // no section: no diagram, as before
    QCOMPARE(old.study.view.phaseY, 0);        // a 1-D map has one variable
}

void TestStudyFile::examplesAreValidAndCoverTheModels()
{
    const QDir dir(QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 2);
    for (const QString& f : files) {
        const auto r = loadStudyFile(dir.filePath(f));
        QVERIFY2(r.ok, qPrintable(f + ": " + r.error));
        QVERIFY2(!r.study.title.isEmpty(), qPrintable(f));
        const auto model = r.study.createModel();
        if (r.study.analyses.orbitDiagram)
            QVERIFY2(model->parameterIndex(r.study.analyses.orbitDiagram->parameter) >= 0, qPrintable(f));
    }
}

void TestStudyFile::everySectionRoundTrips()
{
    Study s = Study::defaultsFor("ring-star", {{"N", "5"}, {"R", "1"}});
    const auto model = s.createModel();
    const auto names = model->variableNames(); // x0, y0, x1, y1, ...
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = "sigma";
    d.observable = ObservableKind::NetworkMean;
    d.meanVariable = "x";
    d.section = Section::UpwardCrossing;
    d.threshold = 0.75;
    d.policy = InitialPolicy::RandomPerColumn;
    d.initialCount = 3;
    d.seed = 123456789;
    d.boxMin.assign(names.size(), -0.5);
    d.boxMax.assign(names.size(), 1.25);
    d.keepPoints = true;
    FixedPointSettings fp;
    fp.seeds = 77;
    fp.seed = 9;
    fp.homogeneousSeeds = false;
    fp.boxMin.assign(names.size(), -3.0);
    fp.boxMax.assign(names.size(), 3.0);
    s.analyses.fixedPoints = fp;
    LyapunovSettings ly;
    ly.exponents = 3;
    ly.steps = 12345;
    ly.orthonormalizeEvery = 4;
    ly.curvePoints = 0;
    s.analyses.lyapunov = ly;
    ScanSettings scan;
    scan.measure = ScanMeasureKind::Kuramoto;
    scan.x = {"sigma", 0.0, 0.05, 11};
    scan.y = ScanAxisSettings{"mu", 0.0, 0.02, 3};
    scan.variable = "x";
    scan.threshold = 1.0;
    scan.phases = PhaseConvention::Arctan;
    scan.yVariable = "y";
    scan.correlation = CorrelationScalar::RingNeighbours;
    scan.hub = 2;
    s.analyses.parameterScan = scan;
    ZeroOneSettings zo;
    zo.variable = names[2];
    zo.cValues = {0.5, 1.5, 2.5};
    zo.nCut = 100;
    s.analyses.zeroOne = zo;
    SampleEntropySettings se;
    se.variable = names[3];
    se.m = 3;
    se.r = 0.05;
    se.toleranceKind = ToleranceKind::Absolute;
    se.ddof = 1;
    se.lag = 2;
    se.rule = MatchRule::Less;
    se.templates = TemplateCount::AllTemplates;
    s.analyses.sampleEntropy = se;
    SynchronySettings sy;
    sy.variable = "x";
    sy.yVariable = "y";
    sy.phases = PhaseConvention::Centred;
    sy.correlation = CorrelationScalar::Hub;
    sy.hub = 4;
    sy.localHalfWidth = 2;
    s.analyses.synchrony = sy;
    MfdfaSettings mf;
    mf.variable = names[0];
    mf.q = {-3, -1.5, 0, 2};
    mf.order = 2;
    mf.scales = {16, 32, 64};
    // Every measure section's "significance" object, with values other than the defaults.
    SignificanceSettings sig;
    sig.surrogates.kind = SurrogateKind::Aaft;
    sig.surrogates.seed = 4242;
    sig.surrogates.iaaftTolerance = 1e-3;
    sig.surrogates.iaaftMaxIterations = 77;
    sig.count = 39;
    sig.tail = Tail::TwoSided;
    sig.scalar = "h2";
    mf.significance = sig;
    s.analyses.mfdfa = mf;
    sig.scalar = "K";
    s.analyses.zeroOne->significance = sig;
    sig.scalar = "value";
    sig.tail = Tail::Less;
    s.analyses.sampleEntropy->significance = sig;
    sig.scalar = "correlation_value";
    s.analyses.synchrony->significance = sig;
    NetworkSpectrumSettings ns;
    ns.q = {-1, 0, 1};
    ns.radii = {0.5, 1.0, 10.0};
    ns.method = NetworkSpectrumMethod::NeuroMfaPaths;
    ns.neuroMfa = {120.0, 5, 1, 2};
    ns.sandboxCentres = 7;
    ns.sandboxSeed = 3;
    s.analyses.networkSpectrum = ns;
    ContinuationSettings co;
    co.start = ContinuationStart::Cycle;
    co.period = 2;
    co.startTransient = 500;
    co.startState.assign(names.size(), 0.25);
    co.parameter = "sigma";
    co.minimum = -0.5;
    co.startValue = 0.03;
    co.direction = -1;
    co.flipSwitches = 2;
    co.curves = ContinuationCurveSettings{"mu", 0.0, std::nullopt, {"PD"}, 77};
    s.analyses.continuation = co;
    BasinSettings ba;
    ba.x = {names[0], -1.0, 2.0, 31};
    ba.y = {names[1], 0.0, 3.0, 17};
    ba.maxPeriod = 8;
    s.analyses.basins = ba;

    const QByteArray json = studyToJson(s);
    const auto loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study.analyses.orbitDiagram == s.analyses.orbitDiagram);
    QVERIFY(loaded.study.analyses.continuation == s.analyses.continuation);
    QVERIFY(loaded.study.analyses == s.analyses);
    QVERIFY(loaded.study == s);
    QCOMPARE(studyToJson(loaded.study), json);
    // Variables are written by name, enumerations by their names.
    QVERIFY(json.contains("\"kind\": \"network_mean\""));
    QVERIFY(json.contains("\"variable\": \"y1\""));
    QVERIFY(json.contains("\"measure\": \"kuramoto\""));
    QVERIFY(json.contains("\"phases\": \"arctan\""));
    QVERIFY(json.contains("\"correlation\": \"ring-neighbours\""));
    QVERIFY(json.contains("\"r_mode\": \"abs\""));
    QVERIFY(json.contains("\"surrogates\": \"aaft\""));
    QVERIFY(json.contains("\"tail\": \"two-sided\""));
    QVERIFY(json.contains("\"scalar\": \"h2\""));
    QVERIFY(json.contains("\"schema_version\": " + QByteArray::number(kStudySchemaVersion)));

    // A study without the orbit diagram stays without it.
    s.analyses.orbitDiagram.reset();
    const auto without = studyFromJson(studyToJson(s));
    QVERIFY(without.ok);
    QVERIFY(!without.study.analyses.orbitDiagram);
    QVERIFY(!studyToJson(s).contains("orbit_diagram"));
    // A file without the section has no diagram (neurodyn-cli run skips it).
    const auto none = studyFromJson(studyJson(kChialvo, "{}"));
    QVERIFY(none.ok);
    QVERIFY(!none.study.analyses.orbitDiagram);
    QVERIFY(!none.study.analyses.lyapunov);
}

void TestStudyFile::flowStudyRoundTrips()
{
    Study s = Study::defaultsFor("kuramoto", {{"N", "6"}});
    s.flow.dt = 0.02;
    s.flow.method = FlowMethod::DormandPrince;
    s.flow.absTolerance = 1e-7;
    SynchronySettings sy;
    sy.variable = "theta";
    sy.phases = PhaseConvention::Given;
    s.analyses.synchrony = sy;
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->dt = 0.05;
    const QByteArray json = studyToJson(s);
    QVERIFY(json.contains("\"method\": \"dormand_prince\""));
    const auto loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study == s);
    QCOMPARE(studyToJson(loaded.study), json);
    // Maps have no flow settings in their files.
    QVERIFY(!studyToJson(Study::defaultsFor("chialvo")).contains("\"dt\""));
}

// view.scan_color_min/max (24.9): absent means automatic (older files read unchanged), both are
// written and read back exactly, and a lone or reversed bound is refused.
void TestStudyFile::scanColorRangeRoundTrips()
{
    Study s = Study::defaultsFor("chialvo");
    const QByteArray automatic = studyToJson(s);
    QVERIFY(!automatic.contains("scan_color"));
    StudyLoadResult r = studyFromJson(automatic);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.study.view.scanColorRange);
    s.view.scanColorRange = std::make_pair(-0.1, 1e-3); // 0.1 has no exact binary form
    const QByteArray json = studyToJson(s);
    r = studyFromJson(json);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.study.view.scanColorRange == std::make_pair(-0.1, 1e-3));
    QVERIFY(r.study == s);
    QCOMPARE(studyToJson(r.study), json);
    const QByteArray head =
        R"({"format":"neurodyn-study","schema_version":2,"model":{"type":"chialvo"},"view":)";
    for (const char* view :
         {R"({"scan_color_min":1})", R"({"scan_color_max":1})", R"({"scan_color_min":2,"scan_color_max":1})",
          R"({"scan_color_min":1,"scan_color_max":1})", R"({"scan_color_min":"a","scan_color_max":1})"}) {
        const StudyLoadResult bad = studyFromJson(head + view + "}");
        QVERIFY2(!bad.ok && bad.error.contains(QStringLiteral("view.scan_color")), view);
    }
}

void TestStudyFile::criticalSetRoundTrips()
{
    // Absent: no key written, none read back.
    Study s = Study::defaultsFor("chialvo");
    s.analyses.fixedPoints = FixedPointSettings{};
    QVERIFY(!studyToJson(s).contains("critical_set"));
    // A 2-D map with its own box and grid, and a 1-D map with the default box.
    CriticalSetSettings c;
    c.boxMin = {-1.0, -3.0};
    c.boxMax = {8.0, 3.0};
    c.resolution = 250;
    s.analyses.fixedPoints->criticalSet = c;
    Study logistic = Study::defaultsFor("logistic");
    logistic.analyses.fixedPoints = FixedPointSettings{};
    logistic.analyses.fixedPoints->criticalSet.emplace();
    for (const Study& study : {s, logistic}) {
        const QByteArray json = studyToJson(study);
        QVERIFY(json.contains("\"critical_set\""));
        const auto loaded = studyFromJson(json);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(loaded.study == study);
        QVERIFY(loaded.study.analyses.fixedPoints->criticalSet.has_value());
        QCOMPARE(studyToJson(loaded.study), json);
    }
    // A network's slice with every field set.
    Study ring = Study::defaultsFor("ring-star");
    ring.analyses.fixedPoints = FixedPointSettings{};
    CriticalSetSettings slice;
    slice.variables = {"y2", "x0"};
    slice.boxMin = {-1.0, -2.0};
    slice.boxMax = {3.0, 2.0};
    slice.others = SliceOthers::Values;
    slice.otherValues.assign(static_cast<std::size_t>(ring.createModel()->dimension()), 0.25);
    slice.transient = 20;
    slice.orbitPoints = 30;
    slice.slices = 4;
    slice.distance = 0.125;
    ring.analyses.fixedPoints->criticalSet = slice;
    const QByteArray ringJson = studyToJson(ring);
    const auto ringLoaded = studyFromJson(ringJson);
    QVERIFY2(ringLoaded.ok, qPrintable(ringLoaded.error));
    QVERIFY(ringLoaded.study == ring);
    QCOMPARE(studyToJson(ringLoaded.study), ringJson);
    // Fields left out take the engine's defaults.
    const auto partial = studyFromJson(studyJson(kLogistic, R"({"fixed_points":{"critical_set":{}}})"));
    QVERIFY2(partial.ok, qPrintable(partial.error));
    QVERIFY(partial.study.analyses.fixedPoints->criticalSet == CriticalSetSettings{});
    QCOMPARE(partial.study.analyses.fixedPoints->criticalSet->resolution, CriticalSetOptions{}.resolution);
    QVERIFY(partial.study.analyses.fixedPoints->criticalSet->boxMin.empty());
}

void TestStudyFile::lyapunovAlongRoundTrips()
{
    // Absent: no key written, none read back (files written before it read and save unchanged).
    Study s = Study::defaultsFor("chain");
    s.analyses.lyapunov = LyapunovSettings{};
    QVERIFY(!studyToJson(s).contains("\"along\""));
    LyapunovAlongSettings a;
    a.parameter = "sigma_12";
    a.from = 0.0;
    a.to = 0.2;
    a.count = 101;
    a.start = AlongStart::Follow;
    s.analyses.lyapunov->along = a;
    s.analyses.lyapunov->exponents = 3;
    const QByteArray json = studyToJson(s);
    QVERIFY(json.contains("\"along\""));
    QVERIFY(json.contains("\"follow\""));
    const auto loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study == s);
    QCOMPARE(studyToJson(loaded.study), json);
    // Fields left out: the parameter's typical range, 51 values, each from the initial state.
    const auto partial = studyFromJson(studyJson(kLogistic, R"({"lyapunov":{"along":{"parameter":"r"}}})"));
    QVERIFY2(partial.ok, qPrintable(partial.error));
    const LyapunovAlongSettings& p = *partial.study.analyses.lyapunov->along;
    const ParameterSpec& r = partial.study.createModel()->parameterSpecs()[0];
    QCOMPARE(p.parameter, std::string("r"));
    QCOMPARE(p.from, r.typicalMinimum);
    QCOMPARE(p.to, r.typicalMaximum);
    QCOMPARE(p.count, LyapunovAlongSettings{}.count);
    QCOMPARE(p.start, AlongStart::Fixed);
}

void TestStudyFile::badAnalysesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char* name, const char* model, const char* analyses, const char* mentions,
                        const char* extra = "") {
        QTest::newRow(name) << studyJson(model, analyses, extra) << QString::fromUtf8(mentions);
    };
    row("unknown analysis", kChialvo, R"({"lyapunuv":{}})", "analyses: unknown field 'lyapunuv'");
    row("orbit unknown field", kChialvo, R"({"orbit_diagram":{"colums":3}})", "unknown field 'colums'");
    row("orbit observable kind", kChialvo, R"({"orbit_diagram":{"observable":{"kind":"median"}}})",
        "analyses.orbit_diagram.observable.kind");
    row("orbit variable unknown", kChialvo, R"({"orbit_diagram":{"observable":{"variable":"z"}}})",
        "analyses.orbit_diagram.observable.variable");
    row("orbit variable number", kChialvo, R"({"orbit_diagram":{"observable":{"variable":0}}})",
        "analyses.orbit_diagram.observable.variable");
    row("orbit mean of one node", kChialvo,
        R"({"orbit_diagram":{"observable":{"kind":"network_mean","variable":"x"}}})", "per-node variable");
    row("orbit section", kChialvo, R"({"orbit_diagram":{"observable":{"section":"peaks"}}})",
        "analyses.orbit_diagram.observable.section");
    row("orbit policy", kChialvo, R"({"orbit_diagram":{"initial":{"policy":"several"}}})",
        "analyses.orbit_diagram.initial.policy");
    row("orbit initial count", kChialvo, R"({"orbit_diagram":{"initial":{"count":0}}})",
        "analyses.orbit_diagram.initial.count");
    row("orbit seed", kChialvo, R"({"orbit_diagram":{"initial":{"seed":-1}}})",
        "analyses.orbit_diagram.initial.seed");
    row("orbit box size", kChialvo, R"({"orbit_diagram":{"initial":{"box_min":[0],"box_max":[1]}}})",
        "analyses.orbit_diagram.initial.box_min");
    row("orbit box reversed", kChialvo, R"({"orbit_diagram":{"initial":{"box_min":[0,2],"box_max":[1,1]}}})",
        "lower bound of variable 1");
    row("orbit absurd memory", kChialvo,
        R"({"orbit_diagram":{"count":4096,"samples":1e7,"initial":{"policy":"random_per_column","count":100}}})",
        "MiB");
    row("along unknown parameter", kLogistic, R"({"lyapunov":{"along":{"parameter":"q"}}})",
        "analyses.lyapunov.along.parameter: the model has no parameter 'q'");
    row("along without parameter", kLogistic, R"({"lyapunov":{"along":{"from":3,"to":4}}})",
        "analyses.lyapunov.along.parameter is missing");
    row("along one value", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","count":1}}})",
        "analyses.lyapunov.along.count");
    row("along empty range", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","from":3.5,"to":3.5}}})",
        "analyses.lyapunov.along.from and analyses.lyapunov.along.to must differ");
    row("along not a number", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","to":"4"}}})",
        "analyses.lyapunov.along.to");
    row("along outside range", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","to":1e9}}})",
        "analyses.lyapunov.along.to");
    row("along policy", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","policy":"sweep_up_down"}}})",
        "analyses.lyapunov.along.policy");
    row("along unknown field", kLogistic, R"({"lyapunov":{"along":{"parameter":"r","columns":5}}})",
        "unknown field 'columns'");
    row("along not an object", kLogistic, R"({"lyapunov":{"along":"r"}})", "analyses.lyapunov.along");
    row("fixed seeds zero", kChialvo, R"({"fixed_points":{"seed_count":0}})",
        "analyses.fixed_points.seed_count");
    row("fixed tolerance", kChialvo, R"({"fixed_points":{"tolerance":-1}})",
        "analyses.fixed_points.tolerance");
    row("critical set of a flow", kKuramoto, R"({"fixed_points":{"critical_set":{}}})",
        "analyses.fixed_points.critical_set: the critical set belongs to maps");
    row("critical set of a network", kRing, R"({"fixed_points":{"critical_set":{}}})",
        "analyses.fixed_points.critical_set.variables: a map of more than two state variables needs two "
        "slice "
        "variables");
    row("critical slice variable unknown", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","z3"]}}})",
        "analyses.fixed_points.critical_set.variables: 'z3' is not a state variable");
    row("critical slice one variable", kRing, R"({"fixed_points":{"critical_set":{"variables":["x0"]}}})",
        "analyses.fixed_points.critical_set.variables must name exactly two");
    row("critical slice same variable", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["y2","y2"]}}})",
        "analyses.fixed_points.critical_set.variables: the two slice variables must differ");
    row("critical slice box size", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"box_min":[0,0,0],"box_max":[1,1,1]}}})",
        "analyses.fixed_points.critical_set.box_min");
    row("critical slice box empty", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"box_min":[0,2],"box_max":[1,2]}}})",
        "analyses.fixed_points.critical_set.box_min: the box of the critical set must have a width along "
        "variable y0");
    row("critical slice resolution", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"resolution":0}}})",
        "analyses.fixed_points.critical_set.resolution");
    row("critical slice distance negative", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"distance":-0.5}}})",
        "analyses.fixed_points.critical_set.distance must not be negative");
    row("critical slice others", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"others":"orbit"}}})",
        "analyses.fixed_points.critical_set.others");
    row("critical slice values missing", kRing,
        R"({"fixed_points":{"critical_set":{"variables":["x0","y0"],"others":"values"}}})",
        "analyses.fixed_points.critical_set.other_values must hold 10 numbers");
    row("critical set resolution", kLogistic, R"({"fixed_points":{"critical_set":{"resolution":0}}})",
        "analyses.fixed_points.critical_set.resolution");
    row("critical set resolution huge", kLogistic,
        R"({"fixed_points":{"critical_set":{"resolution":20001}}})",
        "analyses.fixed_points.critical_set.resolution");
    row("critical set box size", kChialvo,
        R"({"fixed_points":{"critical_set":{"box_min":[0],"box_max":[1]}}})",
        "analyses.fixed_points.critical_set.box_min");
    row("critical set box flat", kChialvo,
        R"({"fixed_points":{"critical_set":{"box_min":[0,1],"box_max":[1,1]}}})",
        "analyses.fixed_points.critical_set.box_min: the box of the critical set must have a width along "
        "variable 1");
    row("critical set unknown field", kLogistic, R"({"fixed_points":{"critical_set":{"grid":10}}})",
        "analyses.fixed_points.critical_set: unknown field 'grid'");
    row("critical set not an object", kLogistic, R"({"fixed_points":{"critical_set":true}})",
        "analyses.fixed_points.critical_set");
    row("lyapunov exponents", kChialvo, R"({"lyapunov":{"exponents":3}})", "analyses.lyapunov.exponents");
    row("lyapunov dt", kChialvo, R"({"lyapunov":{"dt":0}})", "analyses.lyapunov.dt");
    row("lyapunov steps", kChialvo, R"({"lyapunov":{"steps":1e12}})", "analyses.lyapunov.steps");
    row("lyapunov bool", kChialvo, R"({"lyapunov":{"largest_only":"yes"}})",
        "analyses.lyapunov.largest_only");
    row("scan no measure", kChialvo, R"({"parameter_scan":{"x":{"parameter":"b"}}})",
        "analyses.parameter_scan.measure");
    row("scan measure", kChialvo, R"({"parameter_scan":{"measure":"entropy","x":{"parameter":"b"}}})",
        "analyses.parameter_scan.measure");
    row("scan parameter", kChialvo, R"({"parameter_scan":{"measure":"period","x":{"parameter":"q"}}})",
        "analyses.parameter_scan.x.parameter");
    row("scan same axes", kChialvo,
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b"},"y":{"parameter":"b"}}})",
        "different parameters");
    row("scan count", kChialvo, R"({"parameter_scan":{"measure":"period","x":{"parameter":"b","count":0}}})",
        "analyses.parameter_scan.x.count");
    row("scan cells", kChialvo,
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b","count":10000},"y":{"parameter":"a","count":10000}}})",
        "cells");
    row("scan outside range", kChialvo,
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b","from":-1e9}}})",
        "analyses.parameter_scan.x.from");
    row("scan node measure", kChialvo,
        R"({"parameter_scan":{"measure":"cross_correlation","x":{"parameter":"b"},"variable":"x"}})",
        "analyses.parameter_scan.variable");
    row("scan window", kChialvo,
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b"},"window":10,"max_period":64}})",
        "analyses.parameter_scan.window");
    row("zero-one c range", kChialvo, R"({"zero_one":{"c_min":2,"c_max":1}})", "c_min");
    row("zero-one c count", kChialvo, R"({"zero_one":{"c_count":0}})", "analyses.zero_one.c_count");
    row("zero-one n_cut", kChialvo, R"({"zero_one":{"n_cut":2}})", "analyses.zero_one.n_cut");
    row("zero-one variable", kChialvo, R"({"zero_one":{"variable":"q"}})", "analyses.zero_one.variable");
    row("sampen r_mode", kChialvo, R"({"sample_entropy":{"r_mode":"relative"}})",
        "analyses.sample_entropy.r_mode");
    row("sampen ddof", kChialvo, R"({"sample_entropy":{"ddof":2}})", "analyses.sample_entropy.ddof");
    row("sampen m", kChialvo, R"({"sample_entropy":{"m":0}})", "analyses.sample_entropy.m");
    row("sampen r", kChialvo, R"({"sample_entropy":{"r":0}})", "analyses.sample_entropy.r");
    row("synchrony one node", kChialvo, R"({"synchrony":{}})", "analyses.synchrony.variable");
    row("synchrony hub", kRing, R"({"synchrony":{"variable":"x","hub":5}})", "analyses.synchrony.hub");
    row("synchrony correlation unknown", kRing, R"({"synchrony":{"variable":"x","correlation":"pairs"}})",
        "analyses.synchrony.correlation");
    row("synchrony correlation names", kRing, R"({"synchrony":{"variable":"x","correlation":"pairs"}})",
        "ring-neighbours");
    row("synchrony given phases on a map network", kRing,
        R"({"synchrony":{"variable":"x","phases":"given"}})",
        "analyses.synchrony.phases: given phases do not fit");
    row("synchrony given phases: the valid ones", kRing, R"({"synchrony":{"variable":"x","phases":"given"}})",
        "valid for this model: spike, centred, arctan, hilbert");
    row("synchrony arctan without y", kKuramoto, R"({"synchrony":{"variable":"theta","phases":"arctan"}})",
        "valid for this model: spike, hilbert, given");
    row("synchrony phases unknown", kRing, R"({"synchrony":{"variable":"x","phases":"angle"}})",
        "analyses.synchrony.phases");
    row("scan correlation unknown", kRing,
        R"({"parameter_scan":{"measure":"cross_correlation","correlation":"star","x":{"parameter":"sigma"},"variable":"x"}})",
        "analyses.parameter_scan.correlation");
    row("scan kuramoto given on a map network", kRing,
        R"({"parameter_scan":{"measure":"kuramoto","phases":"given","x":{"parameter":"sigma"},"variable":"x"}})",
        "analyses.parameter_scan.phases: given phases do not fit");
    row("scan kuramoto_phase of schema 2 on a map network", kRing,
        R"({"parameter_scan":{"measure":"kuramoto_phase","x":{"parameter":"sigma"},"variable":"x"}})",
        "given phases do not fit");
    row("scan arctan without y", kRing,
        R"({"parameter_scan":{"measure":"kuramoto","phases":"arctan","x":{"parameter":"sigma"},"variable":"x"}})",
        "analyses.parameter_scan.y_variable");
    row("synchrony geometric", kRing, R"({"synchrony":{"variable":"x","phases":"geometric"}})",
        "analyses.synchrony.y_variable");
    row("significance kind", kChialvo, R"({"zero_one":{"significance":{"surrogates":"phase"}}})",
        "analyses.zero_one.significance.surrogates");
    row("significance count", kChialvo, R"({"sample_entropy":{"significance":{"count":0}}})",
        "analyses.sample_entropy.significance.count");
    row("significance tail", kChialvo, R"({"mfdfa":{"significance":{"tail":"both"}}})",
        "analyses.mfdfa.significance.tail");
    row("significance scalar", kChialvo, R"({"mfdfa":{"significance":{"scalar":"h3"}}})",
        "width, h2");
    row("significance scalar of another measure", kChialvo, R"({"zero_one":{"significance":{"scalar":"width"}}})",
        "analyses.zero_one.significance.scalar");
    row("significance typo", kChialvo, R"({"zero_one":{"significance":{"cout":9}}})",
        "analyses.zero_one.significance: unknown field 'cout'");
    row("significance tolerance", kChialvo, R"({"zero_one":{"significance":{"iaaft_tolerance":-1}}})",
        "analyses.zero_one.significance.iaaft_tolerance");
    row("significance of a graph", kRing, R"({"network_spectrum":{"significance":{"count":9}}})",
        "surrogates are defined for series, not for graphs");
    row("mfdfa q twice", kChialvo, R"({"mfdfa":{"q":[1,2,1]}})", "analyses.mfdfa.q");
    row("mfdfa order", kChialvo, R"({"mfdfa":{"order":9}})", "analyses.mfdfa.order");
    row("mfdfa scales", kChialvo, R"({"mfdfa":{"scale_list":[32,16]}})", "analyses.mfdfa.scale_list");
    row("spectrum of one map", kChialvo, R"({"network_spectrum":{}})", "analyses.network_spectrum");
    row("spectrum radii", kRing, R"({"network_spectrum":{"radii":[2,1]}})",
        "analyses.network_spectrum.radii");
    row("spectrum method", kRing, R"({"network_spectrum":{"method":"box-counting"}})",
        "analyses.network_spectrum.method");
    row("spectrum d_max", kRing, R"({"network_spectrum":{"method":"neuromfa-code","max_distance":1}})",
        "analyses.network_spectrum.max_distance");
    row("spectrum filter", kRing, R"({"network_spectrum":{"filter_mode":4}})",
        "analyses.network_spectrum.filter_mode");
    row("continuation of a flow", kKuramoto, R"({"continuation":{}})", "needs a map model");
    row("continuation start", kLogistic, R"({"continuation":{"start":{"kind":"orbit"}}})",
        "analyses.continuation.start.kind");
    row("continuation period", kLogistic, R"({"continuation":{"start":{"period":2}}})",
        "analyses.continuation.start.period");
    row("continuation range", kLogistic, R"({"continuation":{"minimum":3,"maximum":2}})",
        "analyses.continuation.minimum");
    row("continuation direction", kLogistic, R"({"continuation":{"direction":0}})",
        "analyses.continuation.direction");
    row("continuation start value", kLogistic, R"({"continuation":{"start_value":5000}})",
        "analyses.continuation.start_value");
    row("continuation steps", kLogistic, R"({"continuation":{"min_step":0.5,"initial_step":0.1}})",
        "min_step");
    row("curve parameter", kChialvo,
        R"({"continuation":{"parameter":"b","curves":{"second_parameter":"b"}}})",
        "analyses.continuation.curves.second_parameter");
    row("curve labels", kChialvo, R"({"continuation":{"curves":{"second_parameter":"b","labels":["BP"]}}})",
        "analyses.continuation.curves.labels");
    row("basins same variable", kChialvo, R"({"basins":{"x":{"variable":"x"},"y":{"variable":"x"}}})",
        "different state variables");
    row("basins count", kChialvo, R"({"basins":{"x":{"count":1}}})", "analyses.basins.x.count");
    row("basins of a 1-D map", kLogistic, R"({"basins":{}})", "two state variables");
    row("basins window", kChialvo, R"({"basins":{"window":10,"max_period":32}})", "window");
    row("flow dt", kKuramoto, "{}", "simulation.dt", R"(,"simulation":{"dt":0})");
    row("flow method", kKuramoto, "{}", "simulation.method", R"(,"simulation":{"method":"euler"})");
}

void TestStudyFile::badAnalysesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto r = studyFromJson(json);
    QVERIFY2(!r.ok, json.constData());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestStudyFile::failedReadLeavesStudyUntouched()
{
    Study s = Study::defaultsFor("chialvo");
    s.analyses.lyapunov = LyapunovSettings{};
    const Study before = s;
    const auto model = s.createModel();
    QString error;
    // The first sections read fine; the last one fails: nothing may have changed.
    const QJsonObject bad{{"lyapunov", QJsonObject{{"steps", 5}}},
                          {"zero_one", QJsonObject{{"c_count", 3}}},
                          {"sample_entropy", QJsonObject{{"m", 0}}}};
    QVERIFY(!analysesFromJson(bad, *model, s, error));
    QVERIFY(error.contains("analyses.sample_entropy.m"));
    QVERIFY(s == before);
}

// Schema 2 kept a switched-off orbit diagram's settings with "enabled": false; schema 3 has
// the section or not, like every analysis, and refuses the flag.
void TestStudyFile::ringStarDefaultsToHub()
{
    // A current file that does not name the scalar: ring-stars (both presets) take hub, other
    // networks all-pairs.
    const auto current = [](const char* model, const char* analyses) {
        QByteArray json = studyJson(model, analyses);
        json.replace("\"schema_version\":2", "\"schema_version\":" + QByteArray::number(kStudySchemaVersion));
        return studyFromJson(json);
    };
    const auto ring = current(kRing, R"({"synchrony":{"variable":"x"},
        "parameter_scan":{"measure":"cross_correlation","x":{"parameter":"sigma"},"variable":"x"}})");
    QVERIFY2(ring.ok, qPrintable(ring.error));
    QVERIFY(ring.study.analyses.synchrony->correlation == CorrelationScalar::Hub);
    QVERIFY(ring.study.analyses.parameterScan->correlation == CorrelationScalar::Hub);
    const auto k4 = current(R"({"type":"ring-star-k4"})", R"({"synchrony":{"variable":"x"}})");
    QVERIFY2(k4.ok, qPrintable(k4.error));
    QVERIFY(k4.study.analyses.synchrony->correlation == CorrelationScalar::Hub);
    const auto chain = current(R"({"type":"chain"})", R"({"synchrony":{"variable":"x"}})");
    QVERIFY2(chain.ok, qPrintable(chain.error));
    QVERIFY(chain.study.analyses.synchrony->correlation == CorrelationScalar::AllPairs);
}

void TestStudyFile::examplesAreCanonical()
{
    // Every built-in example is exactly what saving it writes (current schema, stable keys).
    const QDir dir(QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")})) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto r = studyFromJson(bytes);
        QVERIFY2(r.ok, qPrintable(f + ": " + r.error));
        QVERIFY2(r.notes.isEmpty(), qPrintable(f + ": " + r.notes.join(QStringLiteral("; "))));
        const QByteArray canonical = studyToJson(r.study);
        if (canonical != bytes) {
            // Leave the canonical form where a developer can copy it from.
            const QString path = QDir::temp().filePath(QStringLiteral("canonical-") + f);
            QFile out(path);
            if (out.open(QIODevice::WriteOnly))
                out.write(canonical);
            QFAIL(qPrintable(f + QStringLiteral(" is not in canonical form; see ") + path));
        }
    }
}

// One row per entry of kStudyKeyAliases: the same section with the old and with the new key.
QTEST_GUILESS_MAIN(TestStudyFile)
#include "tst_studyfile.moc"
