// Study-file sections of the entropy family (analyses.mse, permutation_entropy, apen): every
// field written and read back (save-open-save byte-identical), an empty section reads as the
// engine's defaults on the model's first variable, each bad value (as `neurodyn-cli measure`
// refuses it) is refused with an error naming the field, and older files load unchanged.
#include "studyjson.h"

#include "study/studyfile.h"

#include <QTest>

using namespace nd;
using ndtest::kChialvo;
using ndtest::studyJson;

class TestEntropySections : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void emptySectionsTakeTheDefaults();
    void badFields_data();
    void badFields();
    void oldFilesLoadUnchanged();
};

void TestEntropySections::roundTrip()
{
    Study s = Study::defaultsFor("chialvo");
    SignificanceSettings sig;
    sig.surrogates.kind = SurrogateKind::Iaaft;
    sig.surrogates.seed = 77;
    sig.surrogates.iaaftTolerance = 1e-3;
    sig.surrogates.iaaftMaxIterations = 50;
    sig.count = 19;
    sig.tail = Tail::Less;

    MultiscaleEntropySettings mse;
    mse.variable = "y";
    mse.maxScale = 7;
    mse.method = MseMethod::RefinedComposite;
    mse.tolerancePerScale = true;
    mse.r = 0.05;
    mse.toleranceKind = ToleranceKind::Absolute;
    mse.ddof = 1;
    mse.rule = MatchRule::Less;
    mse.m = 2; // the default, as a rule in its place stores no number
    mse.rules.dimension = DimensionRule::Fnn;
    mse.significance = sig;
    mse.significance->scalar = "complexity_index";
    s.analyses.multiscaleEntropy = mse;

    PermutationEntropySettings pe;
    pe.variable = "y";
    pe.weighted = true;
    pe.normalised = false;
    pe.order = 3; // a rule replaces its number: the file holds the rule's name, the number its default
    pe.delay = 1;
    pe.rules = {DelayRule::Autocorrelation, DimensionRule::Cao};
    pe.significance = sig;
    pe.significance->scalar = "value";
    s.analyses.permutationEntropy = pe;

    ApproximateEntropySettings apen;
    apen.variable = "y";
    apen.m = 1;
    apen.r = 0.3;
    apen.ddof = 1;
    apen.rule = MatchRule::Less;
    s.analyses.approximateEntropy = apen;

    const QByteArray json = studyToJson(s);
    const StudyLoadResult loaded = studyFromJson(json);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.study.analyses.multiscaleEntropy == s.analyses.multiscaleEntropy);
    QVERIFY(loaded.study.analyses.permutationEntropy == s.analyses.permutationEntropy);
    QVERIFY(loaded.study.analyses.approximateEntropy == s.analyses.approximateEntropy);
    QVERIFY(loaded.study == s);
    QCOMPARE(studyToJson(loaded.study), json);
    // The choices by the command's names, the tie rule stated.
    QVERIFY(json.contains("\"method\": \"rcmse\""));
    QVERIFY(json.contains("\"tolerance\": \"per-scale\""));
    QVERIFY(json.contains("\"ties\": \"earlier-smaller\""));
    QVERIFY(json.contains("\"scalar\": \"complexity_index\""));
    QVERIFY(json.contains("\"normalised\": false"));
    // The embedding rules by their names, in place of the numbers (issue 20 point 5).
    QVERIFY(json.contains("\"order\": \"cao\""));
    QVERIFY(json.contains("\"delay\": \"acf\""));
    QVERIFY(json.contains("\"m\": \"fnn\""));
    QVERIFY(json.contains("\"m\": 1")); // apen's given m
}

void TestEntropySections::emptySectionsTakeTheDefaults()
{
    const StudyLoadResult r =
        studyFromJson(studyJson(kChialvo, R"({"mse":{},"permutation_entropy":{},"apen":{}})"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const AnalysisSettings& a = r.study.analyses;
    QVERIFY(a.multiscaleEntropy && a.permutationEntropy && a.approximateEntropy);
    QCOMPARE(a.multiscaleEntropy->variable, std::string("x"));
    QVERIFY(static_cast<const MultiscaleEntropyOptions&>(*a.multiscaleEntropy) == MultiscaleEntropyOptions{});
    QVERIFY(static_cast<const PermutationEntropyOptions&>(*a.permutationEntropy) ==
            PermutationEntropyOptions{});
    QVERIFY(static_cast<const ApproximateEntropyOptions&>(*a.approximateEntropy) ==
            ApproximateEntropyOptions{});
    QVERIFY(!a.multiscaleEntropy->significance && !a.permutationEntropy->significance);
    // Significance without a scalar tests the measure's own default scalar.
    const StudyLoadResult g = studyFromJson(studyJson(
        kChialvo, R"({"mse":{"significance":{}},"permutation_entropy":{"significance":{"count":9}}})"));
    QVERIFY2(g.ok, qPrintable(g.error));
    QCOMPARE(g.study.analyses.multiscaleEntropy->significance->scalar, std::string("complexity_index"));
    QCOMPARE(g.study.analyses.permutationEntropy->significance->scalar, std::string("value"));
    QCOMPARE(g.study.analyses.permutationEntropy->significance->count, std::size_t(9));
}

void TestEntropySections::badFields_data()
{
    QTest::addColumn<QByteArray>("analyses");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char* name, const char* analyses, const char* mentions) {
        QTest::newRow(name) << QByteArray(analyses) << QString::fromUtf8(mentions);
    };
    row("mse scales 0", R"({"mse":{"scales":0}})", "analyses.mse.scales");
    row("mse scales text", R"({"mse":{"scales":"20"}})", "analyses.mse.scales");
    row("mse method", R"({"mse":{"method":"composite"}})", "analyses.mse.method");
    row("mse tolerance", R"({"mse":{"tolerance":"scale"}})", "analyses.mse.tolerance");
    row("mse m 0", R"({"mse":{"m":0}})", "analyses.mse.m");
    row("mse r 0", R"({"mse":{"r":0}})", "analyses.mse.r");
    row("mse r negative", R"({"mse":{"r":-0.2}})", "analyses.mse.r");
    row("mse r_mode", R"({"mse":{"r_mode":"relative"}})", "analyses.mse.r_mode");
    row("mse ddof", R"({"mse":{"ddof":2}})", "analyses.mse.ddof");
    row("mse match", R"({"mse":{"match":"eq"}})", "analyses.mse.match");
    row("mse variable", R"({"mse":{"variable":"z"}})", "analyses.mse.variable");
    row("mse typo", R"({"mse":{"scale":5}})", "analyses.mse: unknown field 'scale'");
    row("mse scalar", R"({"mse":{"significance":{"scalar":"value"}}})", "analyses.mse.significance.scalar");
    row("mse surrogates 0", R"({"mse":{"significance":{"count":0}}})", "analyses.mse.significance.count");
    row("pe order 1", R"({"permutation_entropy":{"order":1}})", "analyses.permutation_entropy.order");
    row("pe order 9", R"({"permutation_entropy":{"order":9}})", "analyses.permutation_entropy.order");
    row("pe delay 0", R"({"permutation_entropy":{"delay":0}})", "analyses.permutation_entropy.delay");
    row("pe delay word", R"({"permutation_entropy":{"delay":"mi"}})",
        "analyses.permutation_entropy.delay must be a whole number from 1 to 1e+06 or one of ami, acf");
    row("pe order word", R"({"permutation_entropy":{"order":"knn"}})",
        "analyses.permutation_entropy.order must be a whole number from 2 to 8 or one of fnn, cao");
    row("pe order bool", R"({"permutation_entropy":{"order":true}})", "analyses.permutation_entropy.order");
    row("mse m word", R"({"mse":{"m":"ami"}})",
        "analyses.mse.m must be a whole number from 1 to 1000 or one of fnn, cao");
    row("pe weighted text", R"({"permutation_entropy":{"weighted":"yes"}})",
        "analyses.permutation_entropy.weighted");
    row("pe normalised number", R"({"permutation_entropy":{"normalised":1}})",
        "analyses.permutation_entropy.normalised");
    row("pe ties", R"({"permutation_entropy":{"ties":"random"}})", "analyses.permutation_entropy.ties");
    row("pe kind", R"({"permutation_entropy":{"significance":{"surrogates":"phase"}}})",
        "analyses.permutation_entropy.significance.surrogates");
    row("apen m", R"({"apen":{"m":1001}})", "analyses.apen.m");
    row("apen r", R"({"apen":{"r":"0.2"}})", "analyses.apen.r");
    row("apen templates", R"({"apen":{"templates":"all"}})", "analyses.apen: unknown field 'templates'");
    row("apen tail", R"({"apen":{"significance":{"tail":"both"}}})", "analyses.apen.significance.tail");
}

void TestEntropySections::badFields()
{
    QFETCH(QByteArray, analyses);
    QFETCH(QString, mentions);
    const StudyLoadResult r = studyFromJson(studyJson(kChialvo, analyses.constData()));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestEntropySections::oldFilesLoadUnchanged()
{
    // A file from before these sections: read without them, and written back without them.
    const StudyLoadResult r = studyFromJson(studyJson(kChialvo, R"({"sample_entropy":{"m":3}})"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.study.analyses.multiscaleEntropy && !r.study.analyses.permutationEntropy &&
            !r.study.analyses.approximateEntropy);
    QCOMPARE(r.study.analyses.sampleEntropy->m, 3);
    const QByteArray saved = studyToJson(r.study);
    QVERIFY(!saved.contains("\"mse\"") && !saved.contains("permutation_entropy") &&
            !saved.contains("\"apen\""));
    const StudyLoadResult again = studyFromJson(saved);
    QVERIFY(again.ok && again.study == r.study);
}

QTEST_GUILESS_MAIN(TestEntropySections)
#include "tst_entropysections.moc"
