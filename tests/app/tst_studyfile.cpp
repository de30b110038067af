// Study files: save/open round trip is byte-identical; bad files are refused with a message
// that names the problem.
#include "study/studyfile.h"

#include <QDir>
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
    void saveIsAtomic();
    void sectionsRoundTrip();
    void examplesAreValidAndCoverTheModels();
};

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
        const auto r = loadStudyFile(QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/%1.json").arg(QLatin1String(name)));
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
        << QByteArray(R"({"format":"neurodyn-study","schema_version":99,"model":{"type":"chialvo"}})") << "newer";
    QTest::newRow("unknown model")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"zzz"}})") << "zzz";
    QTest::newRow("unknown parameter")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"q":1}}})")
        << "'q'";
    QTest::newRow("string parameter")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"a":"1"}}})")
        << "model.parameters.a";
    QTest::newRow("out of range")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo","parameters":{"a":1e300}}})")
        << "valid range";
    QTest::newRow("short initial state")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"initial_state":[1]})")
        << "initial_state";
    QTest::newRow("negative samples")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"samples":-5}})")
        << "simulation.samples";
    QTest::newRow("fractional stride")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"stride":1.5}})")
        << "simulation.stride";
    QTest::newRow("analyses not an object")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":[]})")
        << "analyses";
    QTest::newRow("orbit parameter unknown")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"parameter":"zz"}}})")
        << "'zz'";
    QTest::newRow("orbit columns zero")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"columns":0}}})")
        << "analyses.orbit_diagram.columns";
    QTest::newRow("orbit range reversed")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"analyses":{"orbit_diagram":{"from":2,"to":1}}})")
        << "from";
    QTest::newRow("view variable out of range")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"view":{"phase_y":2}})")
        << "view.phase_y";
    QTest::newRow("view cobweb not bool")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"view":{"cobweb":1}})")
        << "view.cobweb";
    QTest::newRow("absurd transient")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"simulation":{"transient":1e15}})")
        << "simulation.transient";
}

void TestStudyFile::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto r = studyFromJson(json);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestStudyFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QVERIFY(saveStudyFile(Study::defaultsFor("chialvo"), path));
    QVERIFY(loadStudyFile(path).ok);
    QString error;
    QVERIFY(!saveStudyFile(Study::defaultsFor("chialvo"), dir.filePath(QStringLiteral("missing/dir/s.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestStudyFile::sectionsRoundTrip()
{
    Study s = Study::defaultsFor("henon");
    s.orbitDiagram.parameter = Study::defaultsFor("henon").createModel()->parameterSpecs().at(1).name; // "b"
    s.orbitDiagram.from = -0.25;
    s.orbitDiagram.to = 0.375;
    s.orbitDiagram.valueMin = -1.5;
    s.orbitDiagram.valueMax = 1.5;
    s.orbitDiagram.variable = 1;
    s.orbitDiagram.columns = 123;
    s.orbitDiagram.bins = 77;
    s.orbitDiagram.transient = 4567;
    s.orbitDiagram.samples = 89;
    s.view.phaseX = 1;
    s.view.phaseY = 0;
    s.view.cobweb = false;
    const QByteArray json = studyToJson(s);
    const auto loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study == s);
    QCOMPARE(loaded.study.orbitDiagram.columns, 123);
    QCOMPARE(loaded.study.orbitDiagram.from, -0.25);
    QCOMPARE(loaded.study.view.cobweb, false);
    QCOMPARE(studyToJson(loaded.study), json);
    // A file from before the sections existed still opens, with default settings.
    const auto old = studyFromJson(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"logistic"}})");
    QVERIFY(old.ok);
    QVERIFY(old.study.orbitDiagram.parameter == "r");
    QCOMPARE(old.study.view.phaseY, 0); // a 1-D map has one variable
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
        QVERIFY2(model->parameterIndex(r.study.orbitDiagram.parameter) >= 0, qPrintable(f));
    }
}

QTEST_GUILESS_MAIN(TestStudyFile)
#include "tst_studyfile.moc"
