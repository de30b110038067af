// Fast path of orbit diagrams for the small reference maps (logistic, Chialvo, Hénon): several
// columns are iterated in lock-step ("lanes") through inline steps instead of one virtual call
// per step, which lets the compiler overlap (and for the logistic map, vectorise) independent
// columns. The arithmetic is the models' own expressions in the same order, so the values are
// bit-identical to the generic path; any lane that escapes makes the caller redo the block
// through the generic path, so escape handling stays in one place.
// Internal to core/analysis; each worker thread uses its own LaneRunner.
#pragma once

#include "analysis/orbitcolumn.h"
#include "model/model.h"

#include <memory>
#include <vector>

namespace nd {

class Progress;

class LaneRunner {
public:
    static constexpr int kLanes = 8;
    // Null when the model/settings have no fast path (other models, flows).
    static std::unique_ptr<LaneRunner> create(const Model& model, const OrbitRunSettings& settings);
    virtual ~LaneRunner() = default;

    enum class Outcome { Done, SomeEscaped, Canceled };
    // Runs `lanes` (<= kLanes) orbits: lane l at parameter value p[l] from state x[l] and
    // appends its sectioned observable values to out[l]. On SomeEscaped nothing is appended.
    virtual Outcome run(int lanes, const double* p, const std::vector<double>* x, std::vector<double>* const* out,
                        const Progress* progress) = 0;
};

} // namespace nd
