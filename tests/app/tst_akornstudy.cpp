// AKOrN in study files and `neurodyn-cli run` (issue 22):
// - a study without model.settings.convention (written before the setting existed) keeps
//   NeuroDyn's first, counter-clockwise convention; a new study gets the official one; both
//   survive a save and reload;
// - analyses.akorn is refused for a model that is not AKOrN, and for steps or radius out of range;
// - the built-in example akorn-silhouette, run through the run library, writes akorn.csv with
//   T + 1 rows whose two energies satisfy 2 energy - energy_code = -c.x (the coupling part is
//   halved in one and not in the other; c.x recomputed here from the final state and the
//   stimulus) and whose final order separates the fish from the background; akorn-image.csv
//   holds one row per pixel.
#include "cli/analysisresults.h"
#include "cli/resultsink.h"
#include "cli/runplan.h"
#include "compute/akorncompute.h"
#include "oscillators/akorngrid.h"
#include "study/studyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace nd;
using namespace nd::cli;

class TestAkornStudy : public QObject {
    Q_OBJECT
private slots:
    void oldFilesKeepTheirConvention();
    void sectionRefusals();
    void exampleRun();
};

namespace {
QByteArray exampleBytes(const QString& name)
{
    QFile f(QStringLiteral(":/examples/%1.json").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject withoutConvention(QJsonObject root)
{
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    QJsonObject settings = model.value(QStringLiteral("settings")).toObject();
    settings.remove(QStringLiteral("convention"));
    model.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("model"), model);
    return root;
}
} // namespace

void TestAkornStudy::oldFilesKeepTheirConvention()
{
    const QJsonObject toy = QJsonDocument::fromJson(exampleBytes(QStringLiteral("akorn-toy"))).object();
    QVERIFY(!toy.isEmpty());
    const auto old = studyFromJson(QJsonDocument(withoutConvention(toy)).toJson());
    QVERIFY2(old.ok, qPrintable(old.error));
    QCOMPARE(old.study.settings.at("convention"), std::string("neurodyn-2025"));
    const auto again = studyFromJson(studyToJson(old.study));
    QCOMPARE(again.study.settings.at("convention"), std::string("neurodyn-2025"));
    // A new study, and the example as shipped: official.
    QCOMPARE(Study::defaultsFor("akorn").createModel()->settings().at("convention"), std::string("official"));
    QCOMPARE(studyFromJson(exampleBytes(QStringLiteral("akorn-toy"))).study.settings.at("convention"),
             std::string("official"));
}

void TestAkornStudy::sectionRefusals()
{
    auto refused = [](QJsonObject root, const QJsonObject& section, const char* mention) {
        QJsonObject analyses;
        analyses.insert(QStringLiteral("akorn"), section);
        root.insert(QStringLiteral("analyses"), analyses);
        const auto r = studyFromJson(QJsonDocument(root).toJson());
        if (r.ok || !r.error.contains(QLatin1String(mention))) {
            qWarning("%s", qPrintable(r.ok ? QStringLiteral("accepted") : r.error));
            return false;
        }
        return true;
    };
    const QJsonObject toy = QJsonDocument::fromJson(exampleBytes(QStringLiteral("akorn-toy"))).object();
    QVERIFY(refused(toy, {{"steps", 0}}, "analyses.akorn.steps"));
    QVERIFY(refused(toy, {{"radius", -1}}, "analyses.akorn.radius"));
    QVERIFY(refused(toy, {{"stepz", 3}}, "stepz"));
    const QJsonObject logistic =
        QJsonDocument::fromJson(studyToJson(Study::defaultsFor("logistic"))).object();
    QVERIFY(refused(logistic, {{"steps", 10}}, "not an AKOrN"));
}

void TestAkornStudy::exampleRun()
{
    RunPlan plan;
    QString error;
    QVERIFY2(runPlanFromBytes(exampleBytes(QStringLiteral("akorn-silhouette")), plan, error), qPrintable(error));
    MemorySink sink;
    QVERIFY2(writeResults(plan, {}, sink, nullptr, error), qPrintable(error));
    const MemorySink::Entry* akorn = nullptr;
    for (const auto& [name, entry] : sink.results())
        if (name == QLatin1String("akorn"))
            akorn = &entry;
    QVERIFY(akorn);
    const QList<QByteArray> lines = akorn->csv.trimmed().split('\n');
    QCOMPARE(lines.front(), QByteArray("step,energy,energy_code,order_inside,order_outside"));
    QCOMPARE(lines.size(), 1 + 201);
    const QList<QByteArray> last = lines.back().split(',');
    QCOMPARE(last[0], QByteArray("200"));
    const double energy = last[1].toDouble(), code = last[2].toDouble();
    QVERIFY(last[3].toDouble() - last[4].toDouble() > 0.25);
    // 2 E_paper - E_code = -2 c.x + c.x = -c.x: the stimulus part alone, recomputed here.
    const auto c = compute::akorn(plan.study);
    const auto model = plan.study.createModel();
    const auto& grid = dynamic_cast<const AkornGrid&>(*model);
    const auto stimulus = grid.stimulus();
    double cx = 0.0;
    for (std::size_t k = 0; k < stimulus.size(); ++k)
        cx += stimulus[k] * c.result.finalState[k];
    QVERIFY2(std::fabs((2.0 * energy - code) + cx) < 1e-9 * std::fabs(cx), qPrintable(QString::number(cx)));
    QCOMPARE(akorn->files.size(), std::size_t(1));
    QCOMPARE(akorn->files.front().first, QStringLiteral("akorn-image.csv"));
    QCOMPARE(akorn->files.front().second.count('\n'), 1 + 40 * 56);
    QCOMPARE(akorn->twin.value(QStringLiteral("steps")).toDouble(), 200.0);
}

QTEST_GUILESS_MAIN(TestAkornStudy)
#include "tst_akornstudy.moc"
