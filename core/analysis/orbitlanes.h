// Fast paths of orbit diagrams: several columns iterated in lock-step ("lanes") instead of one
// virtual call per step. For the small reference maps (logistic, Chialvo, Hénon) the lanes are
// inline steps with the models' own expressions in the same order, so the values are
// bit-identical to the generic path (ColumnRunner); the logistic and Hénon steps vectorise.
// For the Chialvo ring-star network the lanes are members of the engine's ensemble kernel
// (ensemble/chialvoensemble.h): bit-identical in exact arithmetic, else with the vectorised
// exp (within 2 ulp of std::exp per call; chaotic orbits then differ in detail, not in law).
//
// A lane that escapes contributes nothing and is reported, so the caller redoes that column
// through the generic path and escape handling stays in one place. With
// OrbitRunSettings::binDirect the samples are binned straight into per-column counts instead
// of being returned. Internal to core/analysis; each worker thread uses its own LaneRunner.
#pragma once

#include "analysis/orbitcolumn.h"
#include "model/model.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace nd {

class Progress;

class LaneRunner {
public:
    static constexpr int kMaxLanes = 32;
    // Null when the model/settings have no fast path (other models, flows, mixed observables).
    static std::unique_ptr<LaneRunner> create(const Model& model, const OrbitRunSettings& settings);
    virtual ~LaneRunner() = default;

    // Columns one run() takes at most (<= kMaxLanes).
    virtual int lanes() const = 0;

    // Where lane l's results go: its sectioned observable values are appended to *values, or
    // with binDirect its samples' bins are added to counts[0 .. bins-1] (values outside the
    // range are dropped).
    struct Sink {
        std::vector<double>* values = nullptr;
        std::uint32_t* counts = nullptr;
    };

    enum class Outcome { Done, Canceled };
    // Runs `lanes` (<= lanes()) orbits: lane l at parameter value p[l] from state x[l]. On Done,
    // escaped[l] tells which lanes escaped: those added nothing to their sink.
    virtual Outcome run(int lanes, const double* p, const std::vector<double>* x, const Sink* sinks,
                        bool* escaped, const Progress* progress) = 0;
};

// The network fast paths (orbitnetwork.cpp): a map network whose nodes are all typed
// (orbittypednetwork.h), or a homogeneous Chialvo ring-star observed through one node's x or the
// mean x over all nodes; null for any other model or observable.
std::unique_ptr<LaneRunner> createNetworkLaneRunner(const Model& model, const OrbitRunSettings& settings);

} // namespace nd
