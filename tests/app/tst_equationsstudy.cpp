// Typed models in study files (issue 18): the JSON shape {"type": "equations", "kind", "variables",
// "parameters": {name: {"value", "min", "max", ...}}, "functions", "auxiliary", "equations"}
// read into the registry's "equations" model and written back byte for byte; the parameter
// values and initial state have one owner (the study); links keep working; every error names
// its JSON field, and inside an expression the column within that expression.
#include "common/errors.h"
#include "equations/modelsource.h"
#include "model/registry.h"
#include "study/equationsjson.h"
#include "study/studyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <tuple>

using namespace nd;

class TestEquationsStudy : public QObject {
    Q_OBJECT
private slots:
    void readsTheIssueShape();
    void typedChialvoIsTheBuiltInMap();
    void saveOpenSaveIsByteIdentical();
    void theStudyOwnsTheValues();
    void linksKeepWorking();
    void functionsAndAuxiliary();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void modelTextInSettingsIsReadToo();
    void olderSchemasStillLoad();
    void readmeModelIsValid();
};

namespace {

// The Chialvo map in the issue's shape, with a study around it.
QJsonObject chialvoModel()
{
    const auto par = [](double v, double lo, double hi) {
        return QJsonObject{{"value", v}, {"min", lo}, {"max", hi}};
    };
    return QJsonObject{{"type", "equations"},
                       {"kind", "map"},
                       {"variables", QJsonArray{"x", "y"}},
                       {"parameters", QJsonObject{{"a", par(0.89, -10, 10)},
                                                  {"b", par(0.6, -10, 10)},
                                                  {"c", par(0.28, -10, 10)},
                                                  {"k0", QJsonObject{{"value", 0.03},
                                                                     {"min", -10},
                                                                     {"max", 10},
                                                                     {"typical_min", 0.0},
                                                                     {"typical_max", 0.1},
                                                                     {"description", "bias"}}}}},
                       {"equations", QJsonObject{{"x", "x^2*exp(y - x) + k0"}, {"y", "a*y - b*x + c"}}}};
}

QByteArray studyWith(const QJsonObject& model, const QJsonArray& initial = {0.5, 0.25})
{
    QJsonObject root{{"format", "neurodyn-study"},
                     {"schema_version", kStudySchemaVersion},
                     {"model", model},
                     {"initial_state", initial}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

StudyLoadResult load(const QByteArray& json)
{
    StudyLoadResult r = studyFromJson(json);
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r;
}

// A model object with one field replaced: path "equations.x", "parameters.a.value", "kind", ...
QJsonObject withField(QJsonObject model, const QString& path, const QJsonValue& value)
{
    const QStringList keys = path.split(QLatin1Char('.'));
    const std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int i) {
        if (i == keys.size() - 1) {
            if (value.isUndefined())
                o.remove(keys[i]);
            else
                o.insert(keys[i], value);
            return o;
        }
        o.insert(keys[i], set(o.value(keys[i]).toObject(), i + 1));
        return o;
    };
    return set(std::move(model), 0);
}

} // namespace

void TestEquationsStudy::readsTheIssueShape()
{
    const auto r = load(studyWith(chialvoModel()));
    QVERIFY(r.ok);
    QCOMPARE(r.study.modelType, std::string("equations"));
    // In memory: the registry's settings, the definition in canonical text.
    const std::string& text = r.study.settings.at("definition");
    QCOMPARE(eq::formatModelText(eq::parseModelText(text)), text);
    const eq::ModelSource src = eq::parseModelText(text);
    QCOMPARE(src.kind, TimeKind::Map);
    QCOMPARE(src.variables.size(), std::size_t(2));
    QCOMPARE(src.variables[0].name, std::string("x"));
    QCOMPARE(src.variables[1].name, std::string("y"));
    // The file's initial_state gives the variables' values (and the definition's defaults).
    QCOMPARE(src.variables[0].initial, 0.5);
    QCOMPARE(src.variables[1].initial, 0.25);
    QCOMPARE(r.study.initialState, (std::vector<double>{0.5, 0.25}));
    QCOMPARE(src.parameters.size(), std::size_t(4));
    QCOMPARE(r.study.parameters.at("a"), 0.89);
    QCOMPARE(r.study.parameters.at("k0"), 0.03);
    const auto k0 = std::find_if(src.parameters.begin(), src.parameters.end(),
                                 [](const eq::ParameterDef& p) { return p.name == "k0"; });
    QVERIFY(k0 != src.parameters.end());
    QCOMPARE(k0->minimum, -10.0);
    QCOMPARE(k0->maximum, 10.0);
    QCOMPARE(k0->typicalMinimum, std::optional<double>(0.0));
    QCOMPARE(k0->typicalMaximum, std::optional<double>(0.1));
    QCOMPARE(k0->description, std::string("bias"));
    QCOMPARE(src.equations[0].expression, std::string("x^2*exp(y - x) + k0"));
    QCOMPARE(src.equations[1].expression, std::string("a*y - b*x + c"));
    // A new study of it shows its orbit diagram over its first parameter, like any model.
    const auto model = r.study.createModel();
    QCOMPARE(model->parameterSpecs()[static_cast<std::size_t>(model->parameterIndex("k0"))].typicalMaximum,
             0.1);
}

void TestEquationsStudy::typedChialvoIsTheBuiltInMap()
{
    // Independent oracle: the built-in Chialvo map with the same parameters gives the same
    // step and Jacobian.
    QJsonObject m = chialvoModel();
    m = withField(m, QStringLiteral("parameters.b.value"), 0.18);
    const auto r = load(studyWith(m));
    QVERIFY(r.ok);
    const auto typed = r.study.createModel();
    auto builtin = createModel("chialvo");
    for (const char* p : {"a", "b", "c", "k0"})
        builtin->setParameter(p, typed->parameter(p));
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-2.0, 3.0);
    for (int i = 0; i < 200; ++i) {
        const double x[2] = {u(rng), u(rng)};
        double a[2], b[2], ja[4], jb[4];
        typed->evaluate(x, a);
        builtin->evaluate(x, b);
        typed->jacobian(x, ja);
        builtin->jacobian(x, jb);
        for (int k = 0; k < 2; ++k)
            QVERIFY(std::abs(a[k] - b[k]) <= 1e-13 * std::max(1.0, std::abs(b[k])));
        for (int k = 0; k < 4; ++k)
            QVERIFY(std::abs(ja[k] - jb[k]) <= 1e-13 * std::max(1.0, std::abs(jb[k])));
    }
}

void TestEquationsStudy::saveOpenSaveIsByteIdentical()
{
    QJsonObject m = chialvoModel();
    m.insert(QStringLiteral("functions"), QJsonObject{{"g(u, v)", "u*u*exp(v - u)"}});
    m.insert(QStringLiteral("auxiliary"), QJsonObject{{"drive", "g(x, y)"}});
    m = withField(m, QStringLiteral("equations.x"), QStringLiteral("drive + k0"));
    const auto first = load(studyWith(m));
    QVERIFY(first.ok);
    const QByteArray saved = studyToJson(first.study);
    QVERIFY(saved.contains("\"schema_version\": " + QByteArray::number(kStudySchemaVersion)));
    const auto second = load(saved);
    QVERIFY(second.ok);
    QVERIFY(second.study == first.study);
    QCOMPARE(studyToJson(second.study), saved);
    // The file holds the fields, not the model text.
    const QJsonObject written = QJsonDocument::fromJson(saved).object().value("model").toObject();
    QVERIFY(!written.contains(QStringLiteral("settings")));
    QCOMPARE(written.value("kind").toString(), QStringLiteral("map"));
    QCOMPARE(written.value("variables").toArray(), (QJsonArray{"x", "y"}));
    QCOMPARE(written.value("equations").toObject().value("x").toString(), QStringLiteral("drive + k0"));
    QCOMPARE(written.value("functions").toObject().value("g(u, v)").toString(),
             QStringLiteral("u*u*exp(v - u)"));
    QCOMPARE(written.value("auxiliary").toObject().value("drive").toString(), QStringLiteral("g(x, y)"));
    QCOMPARE(written.value("parameters").toObject().value("a").toObject().value("value").toDouble(), 0.89);
    QCOMPARE(written.value("parameters").toObject().value("a").toObject().value("max").toDouble(), 10.0);
}

void TestEquationsStudy::theStudyOwnsTheValues()
{
    // A slider moved a (study.parameters) and the user edited the initial state: the file's
    // "value" and initial_state are the study's values, and reading them back they are also
    // the definition's defaults (a file has one number for each).
    auto r = load(studyWith(chialvoModel()));
    QVERIFY(r.ok);
    Study s = r.study;
    s.parameters["a"] = 0.5;
    s.initialState = {1.5, -0.5};
    const QByteArray saved = studyToJson(s);
    const QJsonObject root = QJsonDocument::fromJson(saved).object();
    QCOMPARE(root.value("model")
                 .toObject()
                 .value("parameters")
                 .toObject()
                 .value("a")
                 .toObject()
                 .value("value")
                 .toDouble(),
             0.5);
    QCOMPARE(root.value("initial_state").toArray(), (QJsonArray{1.5, -0.5}));
    const auto back = load(saved);
    QVERIFY(back.ok);
    QCOMPARE(back.study.parameters.at("a"), 0.5);
    QCOMPARE(back.study.initialState, (std::vector<double>{1.5, -0.5}));
    const eq::ModelSource src = eq::parseModelText(back.study.settings.at("definition"));
    QCOMPARE(src.parameters.front().name, std::string("a"));
    QCOMPARE(src.parameters.front().value, 0.5);
    QCOMPARE(src.variables[0].initial, 1.5);
    QCOMPARE(back.study.createModel()->defaultInitialState(), (std::vector<double>{1.5, -0.5}));
}

void TestEquationsStudy::linksKeepWorking()
{
    // A link sets a and b together; its value is a plain number among the parameters.
    QJsonObject m = chialvoModel();
    m.insert(QStringLiteral("links"), QJsonObject{{"ab", QJsonArray{"a", "b"}}});
    m = withField(m, QStringLiteral("parameters.ab"), 0.7);
    const auto r = load(studyWith(m));
    QVERIFY(r.ok);
    QCOMPARE(r.study.links.size(), std::size_t(1));
    const auto model = r.study.createModel();
    QCOMPARE(model->parameter("ab"), 0.7);
    QCOMPARE(model->parameter("a"), 0.7);
    QCOMPARE(model->parameter("b"), 0.7);
    const QByteArray saved = studyToJson(r.study);
    const QJsonObject params =
        QJsonDocument::fromJson(saved).object().value("model").toObject().value("parameters").toObject();
    QCOMPARE(params.value("ab").toDouble(), 0.7);
    QCOMPARE(params.value("a").toObject().value("value").toDouble(), 0.7);
    const auto back = load(saved);
    QVERIFY(back.ok);
    QVERIFY(back.notes.isEmpty());
    // The file held a = 0.89 and the link 0.7: the link won, and saved, 0.7 is a's value and
    // so, read back, also its default in the definition (the one number the file has).
    QCOMPARE(eq::parseModelText(back.study.settings.at("definition")).parameters.front().value, 0.7);
    Study expected = r.study;
    expected.settings = back.study.settings;
    QVERIFY(back.study == expected);
    QCOMPARE(studyToJson(back.study), saved);
    // A plain number that is no link is refused like an unknown parameter.
    const auto bad =
        studyFromJson(studyWith(withField(chialvoModel(), QStringLiteral("parameters.zz"), 1.0)));
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QLatin1String("zz")), qPrintable(bad.error));
}

void TestEquationsStudy::functionsAndAuxiliary()
{
    // g(u, v) = u^2 exp(v - u) through an aux: the same map as the plain equations.
    QJsonObject m = chialvoModel();
    m.insert(QStringLiteral("functions"), QJsonObject{{"g(u,v)", "u*u*exp(v - u)"}});
    m.insert(QStringLiteral("auxiliary"), QJsonObject{{"drive", "g(x, y)"}});
    m = withField(m, QStringLiteral("equations.x"), QStringLiteral("drive + k0"));
    const auto r = load(studyWith(m));
    QVERIFY(r.ok);
    const auto plain = load(studyWith(chialvoModel()));
    QVERIFY(plain.ok);
    const auto a = r.study.createModel();
    const auto b = plain.study.createModel();
    const double x[2] = {0.7, 1.9};
    double fa[2], fb[2];
    a->evaluate(x, fa);
    b->evaluate(x, fb);
    QCOMPARE(fa[0], 0.7 * 0.7 * std::exp(1.9 - 0.7) + 0.03);
    QVERIFY(std::abs(fa[0] - fb[0]) <= 1e-15);
    QCOMPARE(fa[1], fb[1]);
}

void TestEquationsStudy::errorsNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // the error starts with it

    // Positions inside an expression count from its first character (1-based).
    QTest::newRow("unknown name") << "equations.y" << QJsonValue("a*y - b*x + q")
                                  << "model.equations.y, column 13:";
    QTest::newRow("syntax") << "equations.x" << QJsonValue("x^2 * * y") << "model.equations.x, column 7:";
    QTest::newRow("missing equation")
        << "equations.y" << QJsonValue(QJsonValue::Undefined) << "model.equations.y is missing";
    QTest::newRow("equation of no variable") << "equations.z" << QJsonValue("x") << "model.equations.z:";
    QTest::newRow("empty expression") << "equations.x" << QJsonValue("  ") << "model.equations.x must be";
    QTest::newRow("line break") << "equations.x" << QJsonValue("x\ny' = 1")
                                << "model.equations.x must be one line";
    QTest::newRow("comment") << "equations.x" << QJsonValue("x # y") << "model.equations.x must be one line";
    QTest::newRow("kind") << "kind" << QJsonValue("mapping") << "model.kind must be";
    QTest::newRow("no variables") << "variables" << QJsonValue(QJsonArray{}) << "model.variables must be";
    QTest::newRow("bad variable name")
        << "variables" << QJsonValue(QJsonArray{"x", "y z"}) << "model.variables must";
    QTest::newRow("value outside range") << "parameters.a.value" << QJsonValue(20.0) << "model.parameters.a";
    QTest::newRow("value missing") << "parameters.a.value" << QJsonValue(QJsonValue::Undefined)
                                   << "model.parameters.a.value is missing";
    QTest::newRow("unknown parameter key")
        << "parameters.a.maximum" << QJsonValue(1.0) << "model.parameters.a";
    QTest::newRow("parameter not an object")
        << "parameters.a" << QJsonValue("0.5") << "model.parameters.a must be";
    QTest::newRow("description with quote")
        << "parameters.a.description" << QJsonValue("a \"b\"") << "model.parameters.a.description";
    QTest::newRow("bad function key") << "functions.g(u v)" << QJsonValue("u") << "model.functions.g(u v)";
    QTest::newRow("aux cycle") << "auxiliary.p" << QJsonValue("p + 1") << "model.auxiliary.p";
    QTest::newRow("unknown model key") << "equation" << QJsonValue(QJsonObject{}) << "model";
    QTest::newRow("definition setting")
        << "settings.definition" << QJsonValue("map") << "model.settings.definition";
}

void TestEquationsStudy::errorsNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const auto r = studyFromJson(studyWith(withField(chialvoModel(), field, value)));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
}

void TestEquationsStudy::modelTextInSettingsIsReadToo()
{
    // A tool with the model text gives it as the definition setting, values as plain numbers;
    // saved, the study is in the fields' shape with the same model and values.
    const QString text = QStringLiteral("map\nvar x = 0.5\nvar y = 0.25\npar a = 0.89 in [-10, 10]\n"
                                        "par b = 0.6 in [-10, 10]\npar c = 0.28 in [-10, 10]\n"
                                        "par k0 = 0.03 in [-10, 10] typical [0, 0.1] \"bias\"\n"
                                        "x' = x^2*exp(y - x) + k0\ny' = a*y - b*x + c\n");
    QJsonObject model{{"type", "equations"},
                      {"settings", QJsonObject{{"definition", text}, {"backend", "interpreter"}}},
                      {"parameters", QJsonObject{{"a", 0.5}}}};
    const auto r = load(studyWith(model));
    QVERIFY(r.ok);
    QCOMPARE(r.study.parameters.at("a"), 0.5);
    QCOMPARE(r.study.parameters.at("b"), 0.6);
    QCOMPARE(r.study.settings.at("backend"), std::string("interpreter"));
    const QByteArray saved = studyToJson(r.study);
    const QJsonObject written = QJsonDocument::fromJson(saved).object().value("model").toObject();
    QCOMPARE(written.value("settings").toObject(), (QJsonObject{{"backend", "interpreter"}}));
    QCOMPARE(written.value("equations").toObject().value("y").toString(), QStringLiteral("a*y - b*x + c"));
    const auto back = load(saved);
    QVERIFY(back.ok);
    QCOMPARE(back.study.parameters, r.study.parameters);
    const auto specsOf = [](const Study& st) {
        std::vector<std::tuple<std::string, double, double, double, double, std::string>> out;
        const auto m = st.createModel();
        for (const auto& p : m->parameterSpecs())
            out.emplace_back(p.name, p.minimum, p.maximum, p.typicalMinimum, p.typicalMaximum, p.description);
        return out;
    };
    QVERIFY(specsOf(back.study) == specsOf(r.study));
    QCOMPARE(studyToJson(back.study), saved);
    // The same model as from the fields.
    const auto fields = load(studyWith(chialvoModel()));
    QVERIFY(fields.ok);
    QVERIFY(specsOf(r.study) == specsOf(fields.study));
    QVERIFY(eq::parseModelText(r.study.settings.at("definition")).equations ==
            eq::parseModelText(fields.study.settings.at("definition")).equations);

    // A text with an error names the setting and the line and column in it.
    model.insert(QStringLiteral("settings"), QJsonObject{{"definition", "map\nvar x = 1\nx' = x +* 2\n"}});
    const auto bad = studyFromJson(studyWith(model, {0.5}));
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.startsWith(QLatin1String("model.settings.definition: line 3, column ")),
             qPrintable(bad.error));
    // Neither the text nor the fields: refused, not a model made up.
    const auto none = studyFromJson(studyWith(QJsonObject{{"type", "equations"}}));
    QVERIFY(!none.ok);
    QVERIFY2(none.error.startsWith(QLatin1String("model.equations is missing")), qPrintable(none.error));
}

void TestEquationsStudy::olderSchemasStillLoad()
{
    // Schema 3 files (no typed model possible) load unchanged and save as the current schema.
    const QByteArray v3 = R"({"format":"neurodyn-study","schema_version":3,"model":{"type":"chialvo",
        "parameters":{"a":0.8}},"initial_state":[0.1,0.2]})";
    const auto r = load(v3);
    QVERIFY(r.ok);
    QCOMPARE(r.study.parameters.at("a"), 0.8);
    QVERIFY(studyToJson(r.study).contains("\"schema_version\": " + QByteArray::number(kStudySchemaVersion)));
    QCOMPARE(kStudySchemaVersion, 4);
    // The typed fields belong to typed models only.
    const auto typedKeys = studyFromJson(R"({"format":"neurodyn-study","schema_version":4,
        "model":{"type":"chialvo","equations":{"x":"x"}}})");
    QVERIFY(!typedKeys.ok);
    QVERIFY2(typedKeys.error.startsWith(QLatin1String("model:")) &&
                 typedKeys.error.contains(QLatin1String("'equations'")),
             qPrintable(typedKeys.error));
}

void TestEquationsStudy::readmeModelIsValid()
{
    // The README's "Your own model" text is a model, and the one it says it is.
    QFile f(QStringLiteral(NEURODYN_SOURCE_DIR "/README.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(f.readAll());
    const qsizetype section = readme.indexOf(QLatin1String("## Your own model"));
    QVERIFY(section >= 0);
    const qsizetype begin = readme.indexOf(QLatin1String("```text\n"), section) + 8;
    const qsizetype end = readme.indexOf(QLatin1String("```"), begin);
    QVERIFY(begin > section && end > begin);
    const std::string text = readme.mid(begin, end - begin).toStdString();
    auto model = createModel("equations", {{"definition", eq::formatModelText(eq::parseModelText(text))}});
    const double x[2] = {0.7, 1.3};
    double out[2];
    model->evaluate(x, out);
    QCOMPARE(out[0], 1.2 * 0.7 * 0.7 * std::exp(1.3 - 0.7) + 0.03);
    QCOMPARE(out[1], 0.89 * 1.3 - 0.6 * 0.7 + 0.28);
}

QTEST_GUILESS_MAIN(TestEquationsStudy)
#include "tst_equationsstudy.moc"
