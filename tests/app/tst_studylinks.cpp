// Linked parameters in study files (model.links, issue 21.2): both spellings read, the
// canonical one written back byte for byte, the link's value applied after its targets' (with
// a note where the file's target disagrees), analyses that name a link, and refusals that name
// the field.
#include "study/studyfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nd;

class TestStudyLinks : public QObject {
    Q_OBJECT
private slots:
    void listFormRoundTrip();
    void objectFormRoundTrip();
    void linkWinsOverItsTargets();
    void analysesNameALink();
    void studyWithoutLinksUnchanged();
    void refusals_data();
    void refusals();
};

namespace {
QByteArray chainStudy(const char* links, const char* parameters = "{}", const char* analyses = "{}")
{
    return QByteArray(R"({"format":"neurodyn-study","schema_version":3,"model":{"type":"chain","links":)") +
           links + R"(,"parameters":)" + parameters + R"(},"analyses":)" + analyses + "}";
}

StudyLoadResult load(const QByteArray& json)
{
    StudyLoadResult r = studyFromJson(json);
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r;
}
} // namespace

void TestStudyLinks::listFormRoundTrip()
{
    const StudyLoadResult r =
        load(chainStudy(R"({"sigma":["sigma_12","sigma_21","sigma_23","sigma_32"]})", R"({"sigma":0.035})"));
    QVERIFY(r.ok);
    QCOMPARE(r.study.links.size(), std::size_t{1});
    QCOMPARE(r.study.links[0].targets.size(), std::size_t{4});
    for (const char* name : {"sigma_12", "sigma_21", "sigma_23", "sigma_32", "sigma"})
        QCOMPARE(r.study.parameters.at(name), 0.035);
    const auto model = r.study.createModel();
    QCOMPARE(model->parameter("sigma_23"), 0.035);
    // Canonical: written in the list form, and a second save is the same bytes.
    const QByteArray saved = studyToJson(r.study);
    const QJsonObject links =
        QJsonDocument::fromJson(saved).object().value("model").toObject().value("links").toObject();
    QVERIFY(links.value("sigma").isArray());
    const StudyLoadResult again = load(saved);
    QVERIFY(again.ok);
    QVERIFY(again.notes.isEmpty());
    QVERIFY(again.study == r.study);
    QCOMPARE(studyToJson(again.study), saved);
}

void TestStudyLinks::objectFormRoundTrip()
{
    const StudyLoadResult r = load(chainStudy(
        R"({"sigma":{"sigma_12":1,"sigma_21":{"scale":2,"offset":0.1},"sigma_23":{"scale":-0.5}}})",
        R"({"sigma":0.02})"));
    QVERIFY(r.ok);
    const auto& t = r.study.links.at(0).targets;
    QCOMPARE(t.size(), std::size_t{3});
    QCOMPARE(t[1].name, std::string("sigma_21"));
    QCOMPARE(t[1].scale, 2.0);
    QCOMPARE(t[1].offset, 0.1);
    QCOMPARE(t[2].scale, -0.5);
    QCOMPARE(t[2].offset, 0.0);
    QCOMPARE(r.study.parameters.at("sigma_21"), 2.0 * 0.02 + 0.1);
    QCOMPARE(r.study.parameters.at("sigma_23"), -0.5 * 0.02);
    QCOMPARE(r.study.parameters.at("sigma_32"), 0.01); // not a target: its default
    const QByteArray saved = studyToJson(r.study);
    const QJsonObject sigma = QJsonDocument::fromJson(saved)
                                  .object()
                                  .value("model")
                                  .toObject()
                                  .value("links")
                                  .toObject()
                                  .value("sigma")
                                  .toObject();
    QCOMPARE(sigma.value("sigma_12").toDouble(), 1.0); // a bare number: the scale
    QCOMPARE(sigma.value("sigma_21").toObject().value("offset").toDouble(), 0.1);
    const StudyLoadResult again = load(saved);
    QVERIFY(again.ok && again.study == r.study);
    QCOMPARE(studyToJson(again.study), saved);
}

void TestStudyLinks::linkWinsOverItsTargets()
{
    const StudyLoadResult r = load(chainStudy(R"({"sigma":["sigma_12","sigma_21"]})",
                                              R"({"sigma":0.04,"sigma_12":0.5,"sigma_23":0.3})"));
    QVERIFY(r.ok);
    QCOMPARE(r.study.parameters.at("sigma_12"), 0.04);
    QCOMPARE(r.study.parameters.at("sigma_23"), 0.3); // not a target: the file's value
    QCOMPARE(r.notes.size(), qsizetype{1});
    QVERIFY2(r.notes[0].contains("model.parameters.sigma_12") && r.notes[0].contains("the link wins"),
             qPrintable(r.notes[0]));
}

void TestStudyLinks::analysesNameALink()
{
    const StudyLoadResult r = load(chainStudy(
        R"({"sigma":["sigma_12","sigma_21","sigma_23","sigma_32"]})", "{}",
        R"({"orbit_diagram":{"parameter":"sigma","from":0,"to":0.05},)"
        R"("parameter_scan":{"measure":"escape","x":{"parameter":"sigma","from":0,"to":0.1,"count":4},)"
        R"("y":{"parameter":"a","from":0.8,"to":0.9,"count":3}}})"));
    QVERIFY(r.ok);
    QCOMPARE(r.study.analyses.orbitDiagram->parameter, std::string("sigma"));
    QCOMPARE(r.study.analyses.parameterScan->x.parameter, std::string("sigma"));
    const StudyLoadResult again = load(studyToJson(r.study));
    QVERIFY(again.ok && again.study == r.study);
}

void TestStudyLinks::studyWithoutLinksUnchanged()
{
    const StudyLoadResult r =
        load(R"({"format":"neurodyn-study","schema_version":3,"model":{"type":"chain"}})");
    QVERIFY(r.ok);
    QVERIFY(r.study.links.empty());
    QVERIFY(
        !QJsonDocument::fromJson(studyToJson(r.study)).object().value("model").toObject().contains("links"));
}

void TestStudyLinks::refusals_data()
{
    QTest::addColumn<QByteArray>("links");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown target")
        << QByteArray(R"({"sigma":["sigma_12","sigma_13"]})")
        << "model.links: chain: link 'sigma' sets 'sigma_13', which is not a parameter of the model";
    QTest::newRow("cycle") << QByteArray(R"({"p":["q"],"q":["p"]})")
                           << "model.links: chain: the links form a cycle (p -> q -> p)";
    QTest::newRow("duplicate target")
        << QByteArray(R"({"p":["sigma_12"],"q":["sigma_12"]})")
        << "model.links: chain: 'sigma_12' is set twice (by link 'p' and by link 'q')";
    QTest::newRow("name clash") << QByteArray(R"({"a":["sigma_12"]})")
                                << "model.links: chain: link 'a' has the name of a parameter of the model";
    QTest::newRow("zero scale")
        << QByteArray(R"({"p":{"sigma_12":0}})")
        << "model.links: chain: link 'p': the scale of 'sigma_12' must be a non-zero number (got 0)";
    QTest::newRow("not a list")
        << QByteArray(R"({"p":"sigma_12"})")
        << "model.links.p must be a list of parameter names or an object of targets with "
           "their scales";
    QTest::newRow("name not text") << QByteArray(R"({"p":[1]})") << "model.links.p must list parameter names";
    QTest::newRow("bad target value")
        << QByteArray(R"({"p":{"sigma_12":"2"}})")
        << "model.links.p.sigma_12 must be a number (the scale) or an object with scale and offset";
    QTest::newRow("unknown key") << QByteArray(R"({"p":{"sigma_12":{"scal":2}}})")
                                 << "model.links.p.sigma_12: unknown field 'scal'";
    QTest::newRow("offset not a number") << QByteArray(R"({"p":{"sigma_12":{"offset":"x"}}})")
                                         << "model.links.p.sigma_12.offset must be a finite number";
    QTest::newRow("links not an object") << QByteArray(R"(["p"])") << "model.links must be an object";
}

void TestStudyLinks::refusals()
{
    QFETCH(QByteArray, links);
    QFETCH(QString, message);
    const StudyLoadResult r = studyFromJson(chainStudy(links.constData()));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, message);
}

QTEST_GUILESS_MAIN(TestStudyLinks)
#include "tst_studylinks.moc"
