// NeuroMFA over training (analyses.neuromfa, study/neuromfasection.h): the one path from the
// section's settings to the series result that `neurodyn-cli neuromfa` (whole or tiled), `run`
// and the GUI's NeuroMFA dock all take, so that they compute the same numbers from the same
// files. Relative paths are resolved against the study file's folder (the command: the working
// directory). Any thread; progress per checkpoint and subnetwork, cancel through the Progress.
#pragma once

#include "study/study.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

struct NeuroMfaComputation {
    NeuroMfaSettings settings;
    NeuroMfaSeriesOptions options;          // what the engine ran with
    std::vector<NeuroMfaCheckpoint> series; // every checkpoint, resolved and sorted by step
    NeuroMfaSeriesResult result;            // Outcome::Canceled: nothing usable
    std::optional<BenchmarkScores> scores;  // when the settings name a scores file
};

// The checkpoints of the settings as a series by step; throws InputError for none, a missing
// file or folder (naming its path), a name without a step or two files of one step.
std::vector<NeuroMfaCheckpoint> neuroMfaSeriesOf(const NeuroMfaSettings& s, const QString& folder);

// The scores file of the settings, read before the long computation so that a bad file fails at
// once; nullopt without one. Throws InputError naming the path.
std::optional<BenchmarkScores> neuroMfaScores(const NeuroMfaSettings& s, const QString& folder);

// The series result of checkpoints (all of a series, or a tile's share) under the settings.
// Throws InputError as neuroMfaSeries does (naming the checkpoint's file).
NeuroMfaSeriesResult neuroMfaRun(const std::vector<NeuroMfaCheckpoint>& checkpoints,
                                 const NeuroMfaSettings& s, int threads, Progress* progress);

// The study's section: scores, series and result. Throws InputError prefixed "analyses.neuromfa".
NeuroMfaComputation neuroMfa(const Study& study, const QString& folder, int threads,
                             Progress* progress = nullptr);

} // namespace nd::compute
