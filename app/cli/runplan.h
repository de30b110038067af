// What `neurodyn-cli run` computes for a study file, and the tiled form of that work: the
// trajectory always, and every analysis the study's "analyses" section has (app/study), each
// computed by app/compute. Tileable analyses (the orbit diagram with the fixed initial-state
// policy and the parameter scan, split by columns; the basins of attraction, split by rows of
// their grid) are split into n deterministic ranges; the others are computed in one piece when
// the results are written. A tile file carries the study file
// itself, so `merge` needs nothing else and refuses tiles of different studies.
#pragma once

#include "cli/figuredrawer.h"
#include "cli/progressbar.h"
#include "cli/resultsink.h"
#include "compute/continuationcompute.h"
#include "study/study.h"

#include "simulate/trajectory.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nd::cli {

struct RunPlan {
    QByteArray studyBytes; // the study file as read
    Study study;
    int threads = 0; // engine worker threads, <= 0 for the default
    // Draws the figures (figuredrawer.h); null: data only (--no-figures, builds without
    // figures, the Python module).
    const FigureDrawer* figures = nullptr;
    // Write trajectory.csv/.json: `run` always does; the Python module's analysis functions,
    // which return one analysis, skip it (an analysis that needs the trajectory still computes it).
    bool trajectory = true;
    QStringList notes; // old spellings the study used (StudyLoadResult::notes)
    // The study file's folder, against which the study's relative paths (analyses.neuromfa's
    // checkpoints) are resolved; empty (studies from bytes, merged tiles): the working directory.
    QString folder;
};

bool loadRunPlan(const QString& path, RunPlan& plan, QString& error);
bool runPlanFromBytes(const QByteArray& bytes, RunPlan& plan, QString& error);

// Columns (or rows) [begin, end) of tile i of n over count of them: floor(i * count / n) ...
void tileColumns(int i, int n, int count, int& begin, int& end);

// Computes tile i of n of every tileable analysis; returns the tile file's bytes.
// Throws InputError for studies the engine refuses.
QByteArray computeTile(const RunPlan& plan, int i, int n, RunProgress* progress);

struct TileHeader {
    int index = 0;
    int count = 1;
    QByteArray studyBytes;
};
bool readTileHeader(const QByteArray& tile, TileHeader& header, QString& error);

// The part `name` of every tile, in the order of the tiles.
bool tilePayloads(const std::vector<QByteArray>& tiles, const QString& name, std::vector<QByteArray>& parts,
                  QString& error);

// Results that more than one writer uses, computed once on first use: the trajectory (its own
// files; the fixed-points and 0-1 figures) and the continuation (its own files; the branches
// and curves drawn over the orbit diagram and the parameter scan).
struct SharedResults {
    std::optional<Trajectory> trajectory;
    std::optional<compute::ContinuationComputation> continuation;
};

// What a result writer gets: the plan, the tiles (empty: compute in one piece), where the
// files go (every result and extra file through `sink`; `dir` is its folder, where figures are
// drawn), the progress (stages start and finish around each computation; may be null), the
// shared results and the run's provenance.
struct RunContext {
    const RunPlan& plan;
    const std::vector<QByteArray>& tiles;
    ResultSink& sink;
    QDir dir;
    RunProgress* progress;
    SharedResults& shared;
    // What every twin of the run records for reproducibility besides the build's provenance:
    // the study file's SHA-256 and size. Per run, so that runs in several threads (Python) keep
    // their own.
    QJsonObject provenance;

    void startStage(const QString& label) const;
    void finishStage() const;
    // The study's trajectory (compute::studyTrajectory) and continuation (throws InputError as
    // compute::continuation does), computed the first time they are asked for.
    const Trajectory& trajectory() const;
    const compute::ContinuationComputation& continuation() const;
};

template <class Result> bool writeFigures(const RunContext& context, const Result& result, QString& error)
{
    return !context.plan.figures || context.plan.figures->draw(context, result, error);
}

// Writes every result of the plan into the sink. With tiles empty the tileable analyses are
// computed here in one piece; otherwise they are merged from the tiles (all n of them, any
// order). Throws InputError for studies the engine refuses.
bool writeResults(const RunPlan& plan, const std::vector<QByteArray>& tiles, ResultSink& sink,
                  RunProgress* progress, QString& error);

} // namespace nd::cli
