// The library of `neurodyn-cli run`'s result writers (neurodyn_run_results): a run into memory
// holds exactly the bytes a run into a folder writes (every CSV, every JSON twin, every extra
// file, nothing more), for built-in examples that between them write every kind of extra file;
// the figure hook is called once per result, in the order the results are written, and never
// without a drawer; two runs in two threads each record their own study's hash; the run's
// progress stages are the ones analysisStageCount announces.
#include "cli/analysisresults.h"
#include "cli/clicommon.h"
#include "cli/resultsink.h"
#include "cli/runplan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <typeinfo>

using namespace nd;
using namespace nd::cli;

namespace {

QByteArray exampleBytes(const QString& name)
{
    QFile f(QStringLiteral(":/examples/%1.json").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RunPlan planOf(const QByteArray& bytes)
{
    RunPlan plan;
    QString error;
    if (!runPlanFromBytes(bytes, plan, error))
        qFatal("%s", qPrintable(error));
    return plan;
}

// Records which result types it is asked to draw.
class RecordingDrawer : public FigureDrawer {
public:
    mutable QStringList drawn;
    bool draw(const RunContext&, const Trajectory&, QString&) const override { return note("trajectory"); }
    bool draw(const RunContext&, const compute::FixedPointsResult&, QString&) const override
    {
        return note("fixed_points");
    }
    bool draw(const RunContext&, const compute::LyapunovComputation&, QString&) const override
    {
        return note("lyapunov");
    }
    bool draw(const RunContext&, const compute::LyapunovAlongComputation&, QString&) const override
    {
        return note("lyapunov_along");
    }
    bool draw(const RunContext&, const compute::BasinsComputation&, QString&) const override
    {
        return note("basins");
    }
    bool draw(const RunContext&, const compute::OrbitDiagramResult&, QString&) const override
    {
        return note("orbit_diagram");
    }
    bool draw(const RunContext&, const ScanResult&, QString&) const override
    {
        return note("parameter_scan");
    }
    bool draw(const RunContext&, const compute::ContinuationComputation&, QString&) const override
    {
        return note("continuation");
    }
    bool draw(const RunContext&, const compute::ZeroOneComputation&, QString&) const override
    {
        return note("zero_one");
    }
    bool draw(const RunContext&, const compute::SampleEntropyComputation&, QString&) const override
    {
        return note("sample_entropy");
    }
    bool draw(const RunContext&, const compute::SynchronyComputation&, QString&) const override
    {
        return note("synchrony");
    }
    bool draw(const RunContext&, const compute::MfdfaComputation&, QString&) const override
    {
        return note("mfdfa");
    }
    bool draw(const RunContext&, const compute::NetworkSpectrumComputation&, QString&) const override
    {
        return note("network_spectrum");
    }

private:
    bool note(const char* name) const
    {
        drawn << QLatin1String(name);
        return true;
    }
};

// Counts stages.
class StageCounter : public RunProgress {
public:
    int started = 0, finished = 0;
    void start(const QString&) override { ++started; }
    void finish() override { ++finished; }
};

} // namespace

class TestRunResults : public QObject {
    Q_OBJECT
private slots:
    void memoryEqualsFolder_data();
    void memoryEqualsFolder();
    void figureHookPerResult();
    void provenancePerRun();
};

void TestRunResults::memoryEqualsFolder_data()
{
    QTest::addColumn<QString>("example");
    // Between them: orbit diagram, scan, continuation, Lyapunov, basins, fixed points with the
    // critical set (fixed_points-critical_set.csv), synchrony (synchrony-order.csv), the 0-1 test,
    // sample entropy and MFDFA.
    for (const char* name : {"logistic-period-doubling", "henon-attractor", "kuramoto-lorentzian",
                             "paper-chain-fixed-points", "chialvo-bursting"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRunResults::memoryEqualsFolder()
{
    QFETCH(QString, example);
    const QByteArray bytes = exampleBytes(example);
    QVERIFY(!bytes.isEmpty());
    const RunPlan plan = planOf(bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    FolderSink folder{QDir(dir.path())};
    StageCounter stages;
    QVERIFY2(writeResults(plan, {}, folder, &stages, error), qPrintable(error));
    QCOMPARE(stages.started, 1 + analysisStageCount(plan.study));
    QCOMPARE(stages.finished, stages.started);
    MemorySink memory;
    QVERIFY2(writeResults(plan, {}, memory, nullptr, error), qPrintable(error));

    QStringList fromMemory;
    for (const auto& [name, entry] : memory.results()) {
        fromMemory << name + QStringLiteral(".csv") << name + QStringLiteral(".json");
        QFile csv(QDir(dir.path()).filePath(name + QStringLiteral(".csv")));
        QFile json(QDir(dir.path()).filePath(name + QStringLiteral(".json")));
        QVERIFY(csv.open(QIODevice::ReadOnly) && json.open(QIODevice::ReadOnly));
        QVERIFY2(csv.readAll() == entry.csv, qPrintable(name));
        QVERIFY2(json.readAll() == toJsonBytes(entry.twin), qPrintable(name));
        for (const auto& [file, content] : entry.files) {
            QVERIFY2(file.startsWith(name + QLatin1Char('-')), qPrintable(file));
            fromMemory << file;
            QFile extra(QDir(dir.path()).filePath(file));
            QVERIFY(extra.open(QIODevice::ReadOnly));
            QVERIFY2(extra.readAll() == content, qPrintable(file));
        }
    }
    fromMemory.sort();
    QCOMPARE(fromMemory, QDir(dir.path()).entryList(QDir::Files, QDir::Name));
    QVERIFY(memory.results().front().first == QStringLiteral("trajectory"));
}

void TestRunResults::figureHookPerResult()
{
    RunPlan plan = planOf(exampleBytes(QStringLiteral("logistic-period-doubling")));
    RecordingDrawer drawer;
    plan.figures = &drawer;
    MemorySink memory;
    QString error;
    QVERIFY2(writeResults(plan, {}, memory, nullptr, error), qPrintable(error));
    QStringList written;
    for (const auto& r : memory.results())
        written << r.first;
    QCOMPARE(drawer.drawn, written);
    QCOMPARE(written,
             QStringList({"trajectory", "lyapunov", "continuation", "orbit_diagram", "parameter_scan"}));
    // Without a drawer nothing is drawn (and the data are the same).
    drawer.drawn.clear();
    plan.figures = nullptr;
    MemorySink again;
    QVERIFY(writeResults(plan, {}, again, nullptr, error));
    QVERIFY(drawer.drawn.isEmpty());
    QCOMPARE(again.results().size(), memory.results().size());
    for (std::size_t i = 0; i < again.results().size(); ++i)
        QVERIFY(again.results()[i].second.csv == memory.results()[i].second.csv);
    // A plan without the trajectory writes the analyses alone, the same bytes, in as many stages.
    plan.trajectory = false;
    MemorySink analyses;
    StageCounter stages;
    QVERIFY(writeResults(plan, {}, analyses, &stages, error));
    QCOMPARE(analyses.results().size(), memory.results().size() - 1);
    QCOMPARE(stages.started, analysisStageCount(plan.study));
    for (std::size_t i = 0; i < analyses.results().size(); ++i) {
        QCOMPARE(analyses.results()[i].first, memory.results()[i + 1].first);
        QVERIFY(analyses.results()[i].second.csv == memory.results()[i + 1].second.csv);
    }
}

void TestRunResults::provenancePerRun()
{
    // Two studies that differ in their bytes only (a space): each twin names its own file's hash,
    // also while the two run at the same time (the Python module runs studies in threads).
    const QByteArray a = exampleBytes(QStringLiteral("henon-attractor"));
    const QByteArray b = a + ' ';
    const RunPlan planA = planOf(a), planB = planOf(b);
    MemorySink sinkA, sinkB;
    bool okA = false, okB = false;
    std::thread first([&] {
        QString e;
        okA = writeResults(planA, {}, sinkA, nullptr, e);
    });
    std::thread second([&] {
        QString e;
        okB = writeResults(planB, {}, sinkB, nullptr, e);
    });
    first.join();
    second.join();
    QVERIFY(okA && okB);
    const auto hex = [](const QByteArray& bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    for (const auto& [name, entry] : sinkA.results()) {
        QCOMPARE(entry.twin.value(QStringLiteral("study_sha256")).toString(), hex(a));
        QCOMPARE(entry.twin.value(QStringLiteral("study_bytes")).toDouble(), double(a.size()));
    }
    for (const auto& [name, entry] : sinkB.results())
        QCOMPARE(entry.twin.value(QStringLiteral("study_sha256")).toString(), hex(b));
}

QTEST_GUILESS_MAIN(TestRunResults)
#include "tst_runresults.moc"
