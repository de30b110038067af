// Old study files and old spellings: each schema's migration (numbered variables, the orbit
// diagram's switch, synchrony conventions, 1-based chain couplings) and each renamed key read
// with a note, the new spelling written back; both spellings of one key are refused.
#include "studyjson.h"

#include "study/keyaliases.h"
#include "study/studyfile.h"

#include <QTest>

using namespace nd;

class TestStudyMigration : public QObject {
    Q_OBJECT
private slots:
    void schemaTwoOrbitSwitchMigrates();
    void schemaOneMigrates();
    void schemaOneBadVariableIsRefused();
    void schemaTwoSynchronyConventions();
    void schemaTwoChainCouplings();
    void oldKeySpellingsReadWithANote_data();
    void oldKeySpellingsReadWithANote();
    void bothSpellingsOfAKeyAreRefused();
    void everyAliasIsTested();
};

using namespace ndtest;
void TestStudyMigration::schemaTwoOrbitSwitchMigrates()
{
    const auto file = [](int schema, const char* flag) {
        return QByteArray(R"({"format":"neurodyn-study","schema_version":)") + QByteArray::number(schema) +
               R"(,"model":{"type":"logistic"},"analyses":{"orbit_diagram":{"parameter":"r","columns":77)" +
               flag + R"(},"lyapunov":{}}})";
    };
    const auto off = studyFromJson(file(2, R"(,"enabled":false)"));
    QVERIFY2(off.ok, qPrintable(off.error));
    QVERIFY(!off.study.analyses.orbitDiagram);
    QVERIFY(off.study.analyses.lyapunov.has_value()); // the other sections are untouched
    QVERIFY(!studyToJson(off.study).contains("orbit_diagram"));
    const auto on = studyFromJson(file(2, R"(,"enabled":true)"));
    QVERIFY2(on.ok, qPrintable(on.error));
    QVERIFY(on.study.analyses.orbitDiagram.has_value());
    QCOMPARE(on.study.analyses.orbitDiagram->columns, 77);
    QVERIFY(!studyToJson(on.study).contains("enabled"));
    const auto plain = studyFromJson(file(2, ""));
    QVERIFY(plain.ok && plain.study.analyses.orbitDiagram &&
            plain.study.analyses.orbitDiagram->columns == 77);
    // Schema 3 has no such flag: a file that says it gets the field named.
    const auto refused = studyFromJson(file(3, R"(,"enabled":false)"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains("analyses.orbit_diagram") && refused.error.contains("'enabled'"),
             qPrintable(refused.error));
}

void TestStudyMigration::schemaOneMigrates()
{
    // Schema 1 numbered variables; neurodyn-cli also read a parameter_scan section.
    const QByteArray v1 = R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"henon"},
        "analyses":{"orbit_diagram":{"parameter":"a","from":1,"to":1.4,"variable":1,"columns":50},
                    "parameter_scan":{"measure":"mean","variable":1,"x":{"parameter":"a","from":1,"to":1.2,"count":5}}}})";
    const auto r = studyFromJson(v1);
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto names = r.study.createModel()->variableNames();
    QCOMPARE(r.study.analyses.orbitDiagram->variable, 1);
    QCOMPARE(r.study.analyses.orbitDiagram->columns, 50);
    QVERIFY(r.study.analyses.orbitDiagram.has_value());
    QVERIFY(r.study.analyses.orbitDiagram->policy == InitialPolicy::Fixed);
    QVERIFY(r.study.analyses.parameterScan.has_value());
    QCOMPARE(r.study.analyses.parameterScan->variable, names[1]);
    QVERIFY(r.study.analyses.parameterScan->measure == ScanMeasureKind::Mean);
    QCOMPARE(r.study.analyses.parameterScan->x.count, 5);
    // Saved again, it is a file of the current schema with the variable named.
    const QByteArray v2 = studyToJson(r.study);
    QVERIFY(v2.contains("\"schema_version\": " + QByteArray::number(kStudySchemaVersion)));
    QVERIFY(v2.contains(QByteArray("\"variable\": \"") + names[1].c_str() + '"'));
    QVERIFY(studyFromJson(v2).study == r.study);
    // A schema-1 file without sections still opens.
    QVERIFY(studyFromJson(
                "{\"format\":\"neurodyn-study\",\"schema_version\":1,\"model\":{\"type\":\"logistic\"}}")
                .ok);
}

void TestStudyMigration::schemaOneBadVariableIsRefused()
{
    const auto r = studyFromJson(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},
        "analyses":{"orbit_diagram":{"variable":7}}})");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("analyses.orbit_diagram.variable"), qPrintable(r.error));
}

void TestStudyMigration::schemaTwoSynchronyConventions()
{
    // Schema 2 meant the all-pairs mean, "spikes" and "geometric" phases, and the scan measures
    // kuramoto_spike / kuramoto_phase; the migration writes them out, so a ring-star (whose new
    // studies take the hub scalar) keeps all-pairs.
    const auto r =
        studyFromJson(studyJson(kRing, R"({"synchrony":{"variable":"x","phases":"geometric","y_variable":"y"},
                   "parameter_scan":{"measure":"kuramoto_spike","x":{"parameter":"sigma"},"variable":"x"}})"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.study.analyses.synchrony->correlation == CorrelationScalar::AllPairs);
    QVERIFY(r.study.analyses.synchrony->phases == PhaseConvention::Centred);
    QVERIFY(r.study.analyses.parameterScan->measure == ScanMeasureKind::Kuramoto);
    QVERIFY(r.study.analyses.parameterScan->phases == PhaseConvention::Spike);
    QVERIFY(r.study.analyses.parameterScan->correlation == CorrelationScalar::AllPairs);
    const QByteArray saved = studyToJson(r.study);
    QVERIFY(saved.contains("\"correlation\": \"all-pairs\""));
    QVERIFY(saved.contains("\"phases\": \"centred\""));
    // Absent phases were spike phases; given phases of a phase-oscillator scan stay given.
    const auto spikes = studyFromJson(studyJson(kRing, R"({"synchrony":{"variable":"x"}})"));
    QVERIFY2(spikes.ok, qPrintable(spikes.error));
    QVERIFY(spikes.study.analyses.synchrony->phases == PhaseConvention::Spike);
    const auto given = studyFromJson(studyJson(
        kKuramoto,
        R"({"parameter_scan":{"measure":"kuramoto_phase","x":{"parameter":"K"},"variable":"theta"}})"));
    QVERIFY2(given.ok, qPrintable(given.error));
    QVERIFY(given.study.analyses.parameterScan->measure == ScanMeasureKind::Kuramoto);
    QVERIFY(given.study.analyses.parameterScan->phases == PhaseConvention::Given);
    // The old names are not names of the current schema.
    QByteArray current = studyJson(kRing, R"({"synchrony":{"variable":"x","phases":"spikes"}})");
    current.replace("\"schema_version\":2", "\"schema_version\":" + QByteArray::number(kStudySchemaVersion));
    const auto old = studyFromJson(current);
    QVERIFY(!old.ok);
    QVERIFY2(old.error.contains("analyses.synchrony.phases") && old.error.contains("spike, centred"),
             qPrintable(old.error));
}

void TestStudyMigration::schemaTwoChainCouplings()
{
    // Schema 2's chain couplings were 0-based, receiving node first: s01 (node 1 acts on node 0)
    // is sigma_12 (node 2 acts on node 1) now, s10 is sigma_21, s12 sigma_23, s21 sigma_32; the
    // names are renamed in the parameters and wherever a section names a parameter.
    const auto r = studyFromJson(
        studyJson(R"({"type":"chain","parameters":{"s01":0.01,"s10":0.02,"s12":0.03,"s21":0.04}})",
                  R"({"orbit_diagram":{"parameter":"s01","from":0,"to":0.1},
            "parameter_scan":{"measure":"mean","x":{"parameter":"s12","from":0,"to":0.1},
                              "y":{"parameter":"s21","from":0,"to":0.1},"variable":"x0"},
            "continuation":{"parameter":"b","curves":{"second_parameter":"s10"}}})"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.study.parameters.at("sigma_12"), 0.01);
    QCOMPARE(r.study.parameters.at("sigma_21"), 0.02);
    QCOMPARE(r.study.parameters.at("sigma_23"), 0.03);
    QCOMPARE(r.study.parameters.at("sigma_32"), 0.04);
    QVERIFY(!r.study.parameters.contains("s01"));
    QCOMPARE(r.study.analyses.orbitDiagram->parameter, std::string("sigma_12"));
    QCOMPARE(r.study.analyses.parameterScan->x.parameter, std::string("sigma_23"));
    QCOMPARE(r.study.analyses.parameterScan->y->parameter, std::string("sigma_32"));
    QCOMPARE(r.study.analyses.continuation->curves->secondParameter, std::string("sigma_21"));
    // sigma_12 is the strength with which node 2 (x1) acts on node 1 (x0): the model's x0
    // equation, x0' = f(x0, y0) + sigma_12 (x1 - x0), depends on it and sigma_21 does not.
    const auto model = r.study.createModel();
    std::vector<double> state{0.5, 2.0, -1.0, -3.5, 0.8, 1.9}, a(6), b(6);
    model->evaluate(state.data(), a.data());
    model->setParameter("sigma_12", 0.01 + 0.5);
    model->evaluate(state.data(), b.data());
    QVERIFY(std::fabs((b[0] - a[0]) - 0.5 * (state[2] - state[0])) < 1e-12);
    QCOMPARE(b[2], a[2]);
    // Beyond 9 nodes the indices are separated (schema 2 separated them beyond 10 nodes):
    // schema 2's s10_11 (node 11 acts on node 10, 0-based) is sigma_11_12, s0_1 is sigma_1_2.
    const auto longChain = studyFromJson(studyJson(
        R"({"type":"chain","settings":{"nodes":"chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo,chialvo"},
            "parameters":{"s10_11":0.07,"s0_1":0.03}})",
        "{}"));
    QVERIFY2(longChain.ok, qPrintable(longChain.error));
    QCOMPARE(longChain.study.parameters.at("sigma_11_12"), 0.07);
    QCOMPARE(longChain.study.parameters.at("sigma_1_2"), 0.03);
    // A current file with an old name is refused, not read as another coupling.
    QByteArray current = studyJson(R"({"type":"chain","parameters":{"s12":0.03}})", "{}");
    current.replace("\"schema_version\":2", "\"schema_version\":" + QByteArray::number(kStudySchemaVersion));
    QVERIFY(!studyFromJson(current).ok);
}

void TestStudyMigration::oldKeySpellingsReadWithANote_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    const auto row = [](const char* name, const char* model, const char* oldSection, const char* newSection,
                        const char* oldPath, const char* newPath) {
        QTest::newRow(name) << studyJson(model, oldSection) << studyJson(model, newSection)
                            << QString::fromUtf8(oldPath) << QString::fromUtf8(newPath);
    };
    row("orbit columns", kChialvo, R"({"orbit_diagram":{"columns":50}})", R"({"orbit_diagram":{"count":50}})",
        "analyses.orbit_diagram.columns", "analyses.orbit_diagram.count");
    const char* scanOld =
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b","from":0.1,"to":0.2,"count":3},"tolerance":0.001}})";
    const char* scanNew =
        R"({"parameter_scan":{"measure":"period","x":{"parameter":"b","from":0.1,"to":0.2,"count":3},"period_tolerance":0.001}})";
    row("scan tolerance", kChialvo, scanOld, scanNew, "analyses.parameter_scan.tolerance",
        "analyses.parameter_scan.period_tolerance");
    row("fixed seeds", kChialvo, R"({"fixed_points":{"seeds":7}})", R"({"fixed_points":{"seed_count":7}})",
        "analyses.fixed_points.seeds", "analyses.fixed_points.seed_count");
    row("fixed max_iterations", kChialvo, R"({"fixed_points":{"max_iterations":20}})",
        R"({"fixed_points":{"max_newton_iterations":20}})", "analyses.fixed_points.max_iterations",
        "analyses.fixed_points.max_newton_iterations");
    row("mfdfa min_scale", kChialvo, R"({"mfdfa":{"min_scale":20}})", R"({"mfdfa":{"scale_min":20}})",
        "analyses.mfdfa.min_scale", "analyses.mfdfa.scale_min");
    row("mfdfa max_scale", kChialvo, R"({"mfdfa":{"max_scale":400}})", R"({"mfdfa":{"scale_max":400}})",
        "analyses.mfdfa.max_scale", "analyses.mfdfa.scale_max");
    row("mfdfa scales", kChialvo, R"({"mfdfa":{"scales":[16,32,64]}})",
        R"({"mfdfa":{"scale_list":[16,32,64]}})", "analyses.mfdfa.scales", "analyses.mfdfa.scale_list");
}

void TestStudyMigration::oldKeySpellingsReadWithANote()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    const auto current = studyFromJson(newJson);
    QVERIFY2(current.ok, qPrintable(current.error));
    QVERIFY(current.notes.isEmpty());
    const auto old = studyFromJson(oldJson);
    QVERIFY2(old.ok, qPrintable(old.error));
    // Read as if the new key had been written: the same study, saved with the new key only.
    QVERIFY(old.study == current.study);
    const QByteArray saved = studyToJson(old.study);
    QCOMPARE(saved, studyToJson(current.study));
    const QString oldKey = oldPath.section(QLatin1Char('.'), -1);
    const QString newKey = newPath.section(QLatin1Char('.'), -1);
    QVERIFY(saved.contains(QStringLiteral("\"%1\":").arg(newKey).toUtf8()));
    QVERIFY(!saved.contains(QStringLiteral("\"%1\":").arg(oldKey).toUtf8()));
    QCOMPARE(old.notes.size(), 1);
    QCOMPARE(old.notes.first(), QStringLiteral("%1 is deprecated, use %2").arg(oldPath, newPath));
    // Also a schema-1 file (the aliases do not depend on the version).
    QByteArray v1 = oldJson;
    v1.replace("\"schema_version\":2", "\"schema_version\":1");
    const auto older = studyFromJson(v1);
    QVERIFY2(older.ok, qPrintable(older.error));
    QCOMPARE(older.notes, old.notes);
}

void TestStudyMigration::bothSpellingsOfAKeyAreRefused()
{
    const auto r = studyFromJson(studyJson(kChialvo, R"({"mfdfa":{"min_scale":20,"scale_min":24}})"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("analyses.mfdfa.min_scale")) &&
                 r.error.contains(QStringLiteral("analyses.mfdfa.scale_min")),
             qPrintable(r.error));
}

void TestStudyMigration::everyAliasIsTested()
{
    // The rows above cover the whole table; a new alias needs a row (and a line in the CLI README).
    QCOMPARE(std::size(kStudyKeyAliases), std::size_t{7});
}

QTEST_GUILESS_MAIN(TestStudyMigration)
#include "tst_studymigration.moc"
