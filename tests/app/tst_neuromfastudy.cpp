// analyses.neuromfa in study files (issue 22 point 3): every setting survives a save and reload
// and equals what was written; an absent q takes the method's own grid (NeuroMFA: 61 values
// from -3 to 3, sandbox: the integers -5..5); weights without a preset mean preset "none", as
// the command's --weights does; the engine's options are the settings' (the subnetwork sampler
// and the estimator get s, R, the seed and the NeuroMFA cut-offs); relative paths resolve
// against the study file's folder, absolute ones stay; and each refusal names its field.
#include "common/errors.h"
#include "compute/neuromfacompute.h"
#include "study/studyfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nd;

class TestNeuroMfaStudy : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void defaultsAndOptions();
    void paths();
    void refusals();
};

namespace {

QJsonObject studyWith(const QJsonObject& section)
{
    return QJsonObject{{"format", "neurodyn-study"},
                       {"schema_version", 4},
                       {"model", QJsonObject{{"type", "logistic"}}},
                       {"analyses", QJsonObject{{"neuromfa", section}}}};
}

StudyLoadResult load(const QJsonObject& section)
{
    return studyFromJson(QJsonDocument(studyWith(section)).toJson());
}

} // namespace

void TestNeuroMfaStudy::roundTrip()
{
    const auto r = load(QJsonObject{{"checkpoints", QJsonArray{"ckpt", "/data/step9.safetensors"}},
                                    {"weights", QJsonArray{"a.{i}.w", "b.{i}.w"}},
                                    {"samples", 64},
                                    {"repeats", 7},
                                    {"first_seed", 12},
                                    {"method", "sandbox"},
                                    {"q", QJsonArray{-1, 0, 2}},
                                    {"max_distance", 80},
                                    {"min_edges", 3},
                                    {"round_digits", 2},
                                    {"filter_mode", 1},
                                    {"scores", "scores.csv"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const NeuroMfaSettings& s = *r.study.analyses.neuroMfa;
    QCOMPARE(s.checkpoints, (std::vector<std::string>{"ckpt", "/data/step9.safetensors"}));
    QCOMPARE(s.preset, NinPreset::None);
    QCOMPARE(s.weights, (std::vector<std::string>{"a.{i}.w", "b.{i}.w"}));
    QCOMPARE(s.samples, std::size_t{64});
    QCOMPARE(s.repeats, std::size_t{7});
    QCOMPARE(s.firstSeed, std::uint64_t{12});
    QCOMPARE(s.method, NetworkSpectrumMethod::Sandbox);
    QCOMPARE(s.q, (std::vector<double>{-1, 0, 2}));
    QCOMPARE(s.neuroMfa.maxDistance, 80.0);
    QCOMPARE(s.neuroMfa.minEdges, 3);
    QCOMPARE(s.neuroMfa.roundDigits, 2);
    QCOMPARE(s.neuroMfa.filterMode, 1);
    QCOMPARE(s.scores, std::string("scores.csv"));
    const auto again = studyFromJson(studyToJson(r.study));
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.study.analyses.neuroMfa == r.study.analyses.neuroMfa);
    QCOMPARE(studyToJson(again.study), studyToJson(r.study));
}

void TestNeuroMfaStudy::defaultsAndOptions()
{
    const auto r = load(QJsonObject{{"checkpoints", QJsonArray{"x"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const NeuroMfaSettings& s = *r.study.analyses.neuroMfa;
    QCOMPARE(s.preset, NinPreset::GptNeoX);
    QCOMPARE(s.samples, std::size_t{32});
    QCOMPARE(s.repeats, std::size_t{10});
    QCOMPARE(s.method, NetworkSpectrumMethod::NeuroMfaCode);
    QCOMPARE(s.q.size(), std::size_t{61}); // -3, -2.9, ..., 3
    QCOMPARE(s.q.front(), -3.0);
    QCOMPARE(s.q.back(), 3.0);
    QCOMPARE(s.neuroMfa.maxDistance, 150.0);
    QCOMPARE(s.neuroMfa.minEdges, 10);
    const auto sandbox = load(QJsonObject{{"method", "sandbox"}});
    QVERIFY2(sandbox.ok, qPrintable(sandbox.error));
    QCOMPARE(sandbox.study.analyses.neuroMfa->q, (std::vector<double>{-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}));
    // An empty list of checkpoints is a section the GUI has just added: read, refused when computed.
    QVERIFY(sandbox.study.analyses.neuroMfa->checkpoints.empty());
    QVERIFY_THROWS_EXCEPTION(InputError, compute::neuroMfa(sandbox.study, QString(), 1));

    NeuroMfaSettings n = s;
    n.firstSeed = 4;
    n.neuroMfa.minEdges = 2;
    const NeuroMfaSeriesOptions o = neuroMfaSeriesOptions(n, 3);
    QCOMPARE(o.network.samples, std::size_t{32});
    QCOMPARE(o.network.preset, NinPreset::GptNeoX);
    QCOMPARE(o.repeats, std::size_t{10});
    QCOMPARE(o.firstSeed, std::uint64_t{4});
    QCOMPARE(o.threads, 3);
    QCOMPARE(o.spectrum.method, NetworkSpectrumMethod::NeuroMfaCode);
    QCOMPARE(o.spectrum.q, n.q);
    QCOMPARE(o.spectrum.neuroMfa.minEdges, 2);
}

void TestNeuroMfaStudy::paths()
{
    QCOMPARE(resolveStudyPath("ckpt/step1.npz", "/home/u/studies"),
             std::string("/home/u/studies/ckpt/step1.npz"));
    QCOMPARE(resolveStudyPath("../w/step2.npz", "/home/u/studies"), std::string("/home/u/w/step2.npz"));
    QCOMPARE(resolveStudyPath("/abs/step3.npz", "/home/u/studies"), std::string("/abs/step3.npz"));
    QCOMPARE(resolveStudyPath("rel/step4.npz", QString()), std::string("rel/step4.npz"));
    // A missing file is named with the path it was looked for at.
    NeuroMfaSettings s;
    s.checkpoints = {"gone/step5.safetensors"};
    try {
        compute::neuroMfaSeriesOf(s, QStringLiteral("/nonexistent-folder"));
        QFAIL("accepted a missing checkpoint");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains("/nonexistent-folder/gone/step5.safetensors"),
                 e.what());
    }
    s.scores = "no-scores.csv";
    try {
        compute::neuroMfaScores(s, QStringLiteral("/nonexistent-folder"));
        QFAIL("accepted a missing scores file");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains("/nonexistent-folder/no-scores.csv"), e.what());
    }
}

void TestNeuroMfaStudy::refusals()
{
    auto refused = [](const QJsonObject& section, const char* field) {
        const auto r = load(section);
        if (r.ok || !r.error.contains(QLatin1String(field))) {
            qWarning("%s", qPrintable(r.ok ? QStringLiteral("accepted") : r.error));
            return false;
        }
        return true;
    };
    QVERIFY(refused({{"samples", 0}}, "analyses.neuromfa.samples"));
    QVERIFY(refused({{"repeats", 0}}, "analyses.neuromfa.repeats"));
    QVERIFY(refused({{"first_seed", -1}}, "analyses.neuromfa.first_seed"));
    QVERIFY(refused({{"method", "boxes"}}, "analyses.neuromfa.method"));
    QVERIFY(refused({{"preset", "llama"}}, "analyses.neuromfa.preset"));
    QVERIFY(refused({{"preset", "none"}}, "analyses.neuromfa.weights"));
    QVERIFY(refused({{"preset", "gpt-neox"}, {"weights", QJsonArray{"a"}}}, "analyses.neuromfa.weights"));
    QVERIFY(refused({{"checkpoints", "step1.npz"}}, "analyses.neuromfa.checkpoints"));
    QVERIFY(refused({{"checkpoints", QJsonArray{""}}}, "analyses.neuromfa.checkpoints"));
    QVERIFY(refused({{"checkpoints", QJsonArray{3}}}, "analyses.neuromfa.checkpoints"));
    QVERIFY(refused({{"q", QJsonArray{1, 1}}}, "analyses.neuromfa.q"));
    QVERIFY(refused({{"max_distance", 1}}, "analyses.neuromfa.max_distance"));
    QVERIFY(refused({{"round_digits", 7}}, "analyses.neuromfa.round_digits"));
    QVERIFY(refused({{"filter_mode", 4}}, "analyses.neuromfa.filter_mode"));
    QVERIFY(refused({{"scores", 5}}, "analyses.neuromfa.scores"));
    QVERIFY(refused({{"scores", ""}}, "analyses.neuromfa.scores"));
    QVERIFY(refused({{"sample", 8}}, "analyses.neuromfa: unknown field 'sample'"));
}

QTEST_GUILESS_MAIN(TestNeuroMfaStudy)
#include "tst_neuromfastudy.moc"
