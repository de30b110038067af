// analyses.neuromfa: NeuroMFA over training (issue 22 point 3; core/network/neuromfaseries.h) as
// a study section, behind the GUI's NeuroMFA dock and `neurodyn-cli run`'s neuromfa result. The
// settings are the ones `neurodyn-cli neuromfa` takes, under the same names:
//   checkpoints   files or folders of .safetensors/.npz/.npy checkpoints whose names carry the
//                 training step; a relative path is relative to the study file's folder
//   preset        "gpt-neox" (default) or "none", with
//   weights       the weight names in forward order ({i} = block number; only with preset none)
//   samples s (32), repeats R (10), first_seed (0)
//   method        the spectrum estimator (default neuromfa-code) and its settings q (absent:
//                 the method's grid), max_distance, min_edges, round_digits, filter_mode
//   scores        optional CSV of benchmark scores over the steps (relative as checkpoints)
// The section reads no model (any model's study may carry it) and checks no file: a missing
// checkpoint is reported by the computation, naming its path. Any thread.
#pragma once

#include "network/neuromfaseries.h"

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace nd {

class FieldReader;
class Model;

struct NeuroMfaSettings {
    std::vector<std::string> checkpoints; // as written in the study file
    NinPreset preset = NinPreset::GptNeoX;
    std::vector<std::string> weights; // preset none: the matrices in forward order
    std::size_t samples = 32;
    std::size_t repeats = 10;
    std::uint64_t firstSeed = 0;
    NetworkSpectrumMethod method = NetworkSpectrumMethod::NeuroMfaCode;
    std::vector<double> q = networkSpectrumDefaults(NetworkSpectrumMethod::NeuroMfaCode).q;
    NeuroMfaOptions neuroMfa; // max_distance, min_edges, round_digits, filter_mode
    std::string scores;       // empty: none

    bool operator==(const NeuroMfaSettings&) const = default;
};

QJsonObject neuroMfaToJson(const NeuroMfaSettings& s);
bool neuroMfaFromJson(FieldReader& r, const Model& model, NeuroMfaSettings& s);

// The engine's options for the settings, with `threads` workers.
NeuroMfaSeriesOptions neuroMfaSeriesOptions(const NeuroMfaSettings& s, int threads);

// A path of the section as the computation opens it: absolute paths as they are, relative ones
// against `folder` (the study file's folder; empty: the working directory).
std::string resolveStudyPath(const std::string& path, const QString& folder);

} // namespace nd
