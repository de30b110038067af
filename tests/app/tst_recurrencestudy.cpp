// Study-file sections analyses.rqa and analyses.embedding, and their `neurodyn-cli run` results:
// the sections read back what they wrote (numbers and rule words for m, tau and the delay),
// refuse bad values naming the field, and a run writes the same numbers as `measure rqa` and
// `measure embedding` on the trajectory's column (the run's trajectory.csv, fed back to the
// measure commands): one computation and one JSON writer for both, checked here key by key.
#include "clirun.h"

#include "study/studyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ndtest::cli;
using ndtest::json;
using namespace nd;

class TestRecurrenceStudy : public QObject {
    Q_OBJECT
private slots:
    void sectionsRoundTrip();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void runEqualsMeasure();
    void windowedRunEqualsMeasure();
    void significanceAtTheChosenEmbedding();
};

namespace {

QJsonObject exampleStudy(const char* name)
{
    return QJsonDocument::fromJson(cli({"example", name, "-"}).out).object();
}

// The Henon example with `analyses` replaced and a short trajectory (1200 samples).
QJsonObject henonWith(const QJsonObject& analyses)
{
    QJsonObject study = exampleStudy("henon-attractor");
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 1200);
    study.insert("simulation", simulation);
    study.insert("analyses", analyses);
    return study;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// Runs the study into dir/out; the folder.
QString runStudy(const QTemporaryDir& dir, const QJsonObject& study)
{
    const QString path = dir.filePath("study.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes(study)) < 0)
        qFatal("cannot write the study");
    f.close();
    const QString out = dir.filePath("out");
    const ndtest::Run r = cli({"run", path, "--out", out, "-q", "--threads", "2"});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return out;
}

} // namespace

void TestRecurrenceStudy::sectionsRoundTrip()
{
    const QJsonObject rqa{
        {"tau", "ami"},
        {"m", "cao"},
        {"eps", 0.05},
        {"eps_mode", "rate"},
        {"norm", "euclidean"},
        {"theiler", 3},
        {"lmin", 3},
        {"vmin", 4},
        {"significance", QJsonObject{{"surrogates", "shuffle"}, {"count", 9}, {"scalar", "LAM"}}}};
    const QJsonObject embedding{
        {"variable", "y"}, {"delay", "acf"}, {"max_lag", 40},         {"max_dimension", 6},
        {"theiler", 2},    {"rtol", 12},     {"fnn_threshold", 0.02}, {"identical_tolerance", 0}};
    const StudyLoadResult a = studyFromJson(bytes(henonWith({{"rqa", rqa}, {"embedding", embedding}})));
    QVERIFY2(a.ok, qPrintable(a.error));
    const RqaSettings& r = *a.study.analyses.rqa;
    QCOMPARE(r.variable, std::string("x")); // the model's first by default
    QVERIFY(r.delayRule == DelayRule::MutualInformation && r.dimensionRule == DimensionRule::Cao);
    QVERIFY(r.thresholdKind == RecurrenceThreshold::FixedRate && r.norm == RecurrenceNorm::Euclidean);
    QCOMPARE(r.threshold, 0.05);
    QCOMPARE(r.theiler, 3);
    QCOMPARE(r.minDiagonal, 3);
    QCOMPARE(r.minVertical, 4);
    QVERIFY(r.significance && r.significance->scalar == "LAM" && r.significance->count == 9u);
    const EmbeddingSettings& e = *a.study.analyses.embedding;
    QCOMPARE(e.variable, std::string("y"));
    QVERIFY(e.delayRule == DelayRule::Autocorrelation &&
            e.delayOptions.method == DelayMethod::Autocorrelation);
    QCOMPARE(e.delayOptions.maxLag, 40);
    QCOMPARE(e.maxDimension, 6);
    QCOMPARE(e.theilerWindow, 2);
    QCOMPARE(e.rTol, 12.0);
    QCOMPARE(e.fnnThreshold, 0.02);
    QCOMPARE(e.identicalTolerance, 0.0);
    // Written and read again: the same settings; numbers for m and tau stay numbers.
    const StudyLoadResult b = studyFromJson(studyToJson(a.study));
    QVERIFY2(b.ok, qPrintable(b.error));
    QVERIFY(b.study.analyses == a.study.analyses);
    const StudyLoadResult c = studyFromJson(bytes(
        henonWith({{"rqa", QJsonObject{{"tau", 4}, {"m", 3}}}, {"embedding", QJsonObject{{"delay", 2}}}})));
    QVERIFY2(c.ok, qPrintable(c.error));
    QVERIFY(c.study.analyses.rqa->delayRule == DelayRule::Given && c.study.analyses.rqa->delay == 4);
    QVERIFY(c.study.analyses.rqa->dimensionRule == DimensionRule::Given &&
            c.study.analyses.rqa->dimension == 3);
    QVERIFY(c.study.analyses.embedding->delayRule == DelayRule::Given &&
            c.study.analyses.embedding->delay == 2);
    const QJsonObject written =
        QJsonDocument::fromJson(studyToJson(c.study)).object().value("analyses").toObject();
    QCOMPARE(written.value("rqa").toObject().value("tau").toInt(), 4);
    QCOMPARE(written.value("embedding").toObject().value("delay").toInt(), 2);
}

void TestRecurrenceStudy::errorsNameTheField_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QJsonObject>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("m word") << "rqa" << QJsonObject{{"m", "kennel"}} << "analyses.rqa.m";
    QTest::newRow("m zero") << "rqa" << QJsonObject{{"m", 0}} << "analyses.rqa.m";
    QTest::newRow("tau word") << "rqa" << QJsonObject{{"tau", "mi"}} << "analyses.rqa.tau";
    QTest::newRow("rate above 1") << "rqa" << QJsonObject{{"eps", 1.5}, {"eps_mode", "rate"}}
                                  << "analyses.rqa.eps";
    QTest::newRow("negative eps") << "rqa" << QJsonObject{{"eps", -0.1}} << "analyses.rqa.eps";
    QTest::newRow("step alone") << "rqa" << QJsonObject{{"step", 10}} << "analyses.rqa.step";
    QTest::newRow("window 1") << "rqa" << QJsonObject{{"window", 1}} << "analyses.rqa.window";
    QTest::newRow("significance with windows")
        << "rqa" << QJsonObject{{"window", 200}, {"significance", QJsonObject{{"count", 9}}}}
        << "analyses.rqa.significance";
    QTest::newRow("unknown scalar") << "rqa" << QJsonObject{{"significance", QJsonObject{{"scalar", "K"}}}}
                                    << "analyses.rqa.significance.scalar";
    QTest::newRow("variable") << "rqa" << QJsonObject{{"variable", "v"}} << "analyses.rqa.variable";
    QTest::newRow("typo") << "rqa" << QJsonObject{{"lmn", 2}} << "lmn";
    QTest::newRow("embedding significance")
        << "embedding" << QJsonObject{{"significance", QJsonObject{{"count", 9}}}}
        << "analyses.embedding.significance";
    QTest::newRow("delay word") << "embedding" << QJsonObject{{"delay", "fnn"}} << "analyses.embedding.delay";
    QTest::newRow("max dimension") << "embedding" << QJsonObject{{"max_dimension", 31}}
                                   << "analyses.embedding.max_dimension";
    QTest::newRow("bins 2") << "embedding" << QJsonObject{{"bins", 2}} << "analyses.embedding.bins";
    QTest::newRow("identical tolerance") << "embedding" << QJsonObject{{"identical_tolerance", -1}}
                                         << "analyses.embedding.identical_tolerance";
}

void TestRecurrenceStudy::errorsNameTheField()
{
    QFETCH(QString, section);
    QFETCH(QJsonObject, value);
    QFETCH(QString, field);
    const StudyLoadResult r = studyFromJson(bytes(henonWith({{section, value}})));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(field), qPrintable(r.error));
}

void TestRecurrenceStudy::runEqualsMeasure()
{
    // Henon x: FNN at delay 1 chooses 2 (Kennel et al. 1992); the delay by mutual information.
    QTemporaryDir dir;
    const QString out =
        runStudy(dir, henonWith({{"rqa", QJsonObject{{"tau", 1}, {"m", "fnn"}, {"eps", 0.1}, {"theiler", 2}}},
                                 {"embedding", QJsonObject{{"delay", "ami"}, {"max_dimension", 5}}}}));
    const QJsonObject run = jsonFile(out + "/rqa.json");
    QVERIFY2(!run.isEmpty(), "no rqa.json");
    const QString trajectory = out + "/trajectory.csv";
    const QJsonObject measure = json(
        cli({"measure", "rqa", trajectory, "--column", "x", "--tau", "1", "--m", "fnn", "--theiler", "2"}));
    QVERIFY(!measure.isEmpty());
    QCOMPARE(run.value("dimension_choice").toObject().value("value").toInt(), 2);
    for (const char* key : {"RR", "DET", "L_max", "L_mean", "ENTR", "LAM", "TT", "V_max", "eps_used",
                            "points", "recurrences", "diagonal_lines", "vertical_lines", "dimension_choice"})
        QVERIFY2(run.value(key) == measure.value(key) && !run.value(key).isUndefined(), key);
    // The rules used are stated: the twin's "used" is the measure's "settings".
    QCOMPARE(run.value("used").toObject(), measure.value("settings").toObject());
    QCOMPARE(run.value("used").toObject().value("m_rule").toString(), QString("fnn"));
    QCOMPARE(run.value("used").toObject().value("tau_rule").toString(), QString("given"));
    QVERIFY(run.value("conventions").toString().startsWith(measure.value("conventions").toString()));
    QVERIFY(readAll(out + "/rqa.csv").startsWith("m,tau,eps_used,RR,DET"));

    const QJsonObject runE = jsonFile(out + "/embedding.json");
    const QJsonObject measureE =
        json(cli({"measure", "embedding", trajectory, "--column", "x", "--max-dimension", "5"}));
    for (const char* key : {"delay", "fnn", "cao", "sd", "distance_evaluations"})
        QVERIFY2(runE.value(key) == measureE.value(key) && !runE.value(key).isUndefined(), key);
    QCOMPARE(runE.value("used").toObject(), measureE.value("settings").toObject());
    // The Henon map's I(tau) decays to the estimator's floor with no prominent minimum (its dips
    // there are noise): the rule falls back to I(0)/e (docs/conventions.md, "Embedding choices").
    QCOMPARE(runE.value("delay").toObject().value("rule").toString(), QString("1/e fallback"));
    QVERIFY(readAll(out + "/embedding-delay.csv").startsWith("lag,mutual_information,autocorrelation\n"));
#ifdef NEURODYN_TEST_FIGURES
    for (const char* figure :
         {"rqa.png", "rqa-dimension.png", "embedding-delay.png", "embedding-dimension.png"})
        QVERIFY2(QFile::exists(out + "/" + figure), figure);
#endif
}

void TestRecurrenceStudy::windowedRunEqualsMeasure()
{
    QTemporaryDir dir;
    const QString out = runStudy(
        dir, henonWith({{"rqa", QJsonObject{{"tau", 1}, {"m", 2}, {"window", 300}, {"step", 150}}}}));
    const QJsonObject run = jsonFile(out + "/rqa.json");
    const QJsonObject measure = json(cli({"measure", "rqa", out + "/trajectory.csv", "--column", "x", "--m",
                                          "2", "--window", "300", "--step", "150"}));
    QVERIFY(!run.value("windows").toObject().isEmpty());
    QCOMPARE(run.value("windows").toObject(), measure.value("windows").toObject());
    QCOMPARE(run.value("windows").toObject().value("start").toArray().size(), 7); // (1200 - 300) / 150 + 1
    QCOMPARE(readAll(out + "/rqa.csv").count('\n'), 8);
#ifdef NEURODYN_TEST_FIGURES
    QVERIFY(QFile::exists(out + "/rqa-windows.png"));
#endif
}

void TestRecurrenceStudy::significanceAtTheChosenEmbedding()
{
    // m by FNN (2 for the Henon x): every shuffled surrogate is measured at m = 2, tau = 1, where
    // its DET is defined (re-choosing m per surrogate left all of them undefined: FNN finds no
    // dimension for a shuffle). The Henon map's DET (about 0.8) is far above any shuffle's.
    QTemporaryDir dir;
    const QString out =
        runStudy(dir, henonWith({{"rqa", QJsonObject{{"tau", 1},
                                                     {"m", "fnn"},
                                                     {"theiler", 2},
                                                     {"significance", QJsonObject{{"surrogates", "shuffle"},
                                                                                  {"count", 9}}}}}}));
    const QJsonObject s = jsonFile(out + "/rqa.json").value("significance").toObject();
    const QJsonObject null = s.value("null").toObject();
    QCOMPARE(null.value("defined").toInt(), 9);
    QVERIFY(s.value("observed").toDouble() > 0.7);
    QVERIFY(null.value("max").toDouble() < 0.5 * s.value("observed").toDouble());
    QCOMPARE(s.value("p_value").toDouble(), 0.1); // (1 + 0) / (9 + 1)
    QVERIFY(s.value("conventions").toString().contains("tau = 1 and dimension m = 2"));
}

QTEST_GUILESS_MAIN(TestRecurrenceStudy)
#include "tst_recurrencestudy.moc"
