#include "cli/runplan.h"

#include "cli/analysisresults.h"
#include "cli/attractorsresult.h"
#include "cli/basinsresult.h"
#include "cli/orbitresult.h"
#include "cli/progressbar.h"
#include "cli/resultfiles.h"
#include "cli/scanresult.h"

#include "common/errors.h"
#include "compute/computecommon.h"
#include "study/studyfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "RunPlan".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunPlan)
};

const char* kTileMagic = "neurodyn-tile";
// 2: the study inside is schema 2; orbit tiles of kept points carry values and counts.
// 3: studies with basins carry their rows' cell outcomes.
constexpr quint32 kTileVersion = 3;

// Tile payloads by analysis name, after the header.
bool readTilePayloads(const QByteArray& tile, std::map<QString, QByteArray>& payloads, QString& error)
{
    QDataStream s(tile);
    s.setVersion(QDataStream::Qt_6_0);
    QByteArray magic, study;
    quint32 version = 0;
    qint32 index = 0, count = 0, analyses = 0;
    s >> magic >> version >> index >> count >> study >> analyses;
    for (qint32 a = 0; a < analyses && s.status() == QDataStream::Ok; ++a) {
        QString name;
        QByteArray payload;
        s >> name >> payload;
        payloads[name] = payload;
    }
    if (s.status() != QDataStream::Ok)
        return error = Text::tr("a tile file is truncated or damaged"), false;
    return true;
}

// The analyses computed in tiles (column or row ranges), in the order of their tile parts.
struct TileStep {
    const char* name;  // the study section, and the name of the tile's part
    const char* label; // progress stage with the tile's index and count (context "RunPlan")
    bool (*tiled)(const Study&);
    QByteArray (*computeTile)(const RunPlan&, int, int, Progress*);
};

const TileStep kTileSteps[] = {
    {"orbit_diagram", QT_TRANSLATE_NOOP("RunPlan", "orbit diagram, tile %1/%2"), &orbitDiagramTiled,
     &computeOrbitTile},
    {"parameter_scan", QT_TRANSLATE_NOOP("RunPlan", "parameter scan, tile %1/%2"),
     [](const Study& s) { return s.analyses.parameterScan.has_value(); }, &computeScanTile},
    {"basins", QT_TRANSLATE_NOOP("RunPlan", "basins, tile %1/%2"),
     [](const Study& s) { return s.analyses.basins.has_value(); }, &computeBasinsTile},
    {"attractors", QT_TRANSLATE_NOOP("RunPlan", "attractors, tile %1/%2"), &attractorsTiled,
     &computeAttractorsTile},
};

} // namespace

bool tilePayloads(const std::vector<QByteArray>& tiles, const QString& name, std::vector<QByteArray>& parts,
                  QString& error)
{
    for (const QByteArray& t : tiles) {
        std::map<QString, QByteArray> payloads;
        if (!readTilePayloads(t, payloads, error))
            return false;
        if (!payloads.count(name))
            return error = Text::tr("a tile holds no %1 part").arg(name), false;
        parts.push_back(payloads[name]);
    }
    return true;
}

void RunContext::startStage(const QString& label) const
{
    if (progress)
        progress->start(label);
}

void RunContext::finishStage() const
{
    if (progress)
        progress->finish();
}

const Trajectory& RunContext::trajectory() const
{
    if (!shared.trajectory)
        shared.trajectory = compute::studyTrajectory(plan.study, progress);
    return *shared.trajectory;
}

const compute::ContinuationComputation& RunContext::continuation() const
{
    if (!shared.continuation)
        shared.continuation = compute::continuation(plan.study, plan.threads, progress);
    return *shared.continuation;
}

bool runPlanFromBytes(const QByteArray& bytes, RunPlan& plan, QString& error)
{
    const StudyLoadResult loaded = studyFromJson(bytes);
    if (!loaded.ok)
        return error = loaded.error, false;
    plan.studyBytes = bytes;
    plan.study = loaded.study;
    plan.notes = loaded.notes;
    return true;
}

bool loadRunPlan(const QString& path, RunPlan& plan, QString& error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return error = Text::tr("cannot read %1: %2").arg(path, f.errorString()), false;
    if (!runPlanFromBytes(f.readAll(), plan, error))
        return error = Text::tr("%1: %2").arg(path, error), false;
    plan.folder = QFileInfo(path).absolutePath();
    return true;
}

void tileColumns(int i, int n, int count, int& begin, int& end)
{
    begin = static_cast<int>(static_cast<long long>(i) * count / n);
    end = static_cast<int>(static_cast<long long>(i + 1) * count / n);
}

QByteArray computeTile(const RunPlan& plan, int i, int n, RunProgress* progress)
{
    std::vector<std::pair<QString, QByteArray>> parts;
    for (const TileStep& step : kTileSteps) {
        if (!step.tiled(plan.study))
            continue;
        if (progress)
            progress->start(QCoreApplication::translate("RunPlan", step.label).arg(i).arg(n));
        parts.emplace_back(QLatin1String(step.name), step.computeTile(plan, i, n, progress));
        if (progress)
            progress->finish();
    }
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << QByteArray(kTileMagic) << kTileVersion << qint32(i) << qint32(n) << plan.studyBytes;
    s << qint32(parts.size());
    for (const auto& [name, payload] : parts)
        s << name << payload;
    return bytes;
}

bool readTileHeader(const QByteArray& tile, TileHeader& header, QString& error)
{
    QDataStream s(tile);
    s.setVersion(QDataStream::Qt_6_0);
    QByteArray magic;
    quint32 version = 0;
    qint32 index = 0, count = 0;
    s >> magic >> version >> index >> count >> header.studyBytes;
    if (s.status() != QDataStream::Ok || magic != kTileMagic)
        return error = Text::tr("not a neurodyn-cli tile file"), false;
    if (version != kTileVersion)
        return error = Text::tr("tile file version %1 is not supported (expected %2)")
                           .arg(version)
                           .arg(kTileVersion),
               false;
    if (count < 1 || index < 0 || index >= count)
        return error = Text::tr("tile index %1 of %2 is out of range").arg(index).arg(count), false;
    header.index = index;
    header.count = count;
    return true;
}

bool writeResults(const RunPlan& plan, const std::vector<QByteArray>& tiles, ResultSink& sink,
                  RunProgress* progress, QString& error)
{
    // The same study bytes (a tile carries them) give the same hash in a run and a merge.
    const QJsonObject provenance{
        {QStringLiteral("study_sha256"),
         QString::fromLatin1(QCryptographicHash::hash(plan.studyBytes, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("study_bytes"), static_cast<double>(plan.studyBytes.size())}};
    SharedResults shared;
    const RunContext context{plan, tiles, sink, sink.folder(), progress, shared, provenance};
    if (plan.trajectory) {
        context.startStage(Text::tr("trajectory"));
        if (!writeTrajectoryResult(context, error))
            return false;
        context.finishStage();
    }
    return writeAnalyses(context, error);
}

} // namespace nd::cli
