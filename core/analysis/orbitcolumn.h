// One worker's tool for orbit diagrams: a private clone of the model that runs an orbit at a
// given parameter value and records the observable. Internal to core/analysis; each worker
// thread owns its own ColumnRunner.
#pragma once

#include "analysis/analysiscommon.h"
#include "analysis/observable.h"
#include "model/model.h"

#include <memory>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct OrbitRunSettings {
    int parameterIndex = 0;
    long transient = 0;
    long samples = 1;
    Observable observable;
    double escapeBound = 1e8;
    double dt = 0.01;
    bool exactArithmetic = false; // network fast paths: scalar exp, bit for bit like this runner
    // Fixed bin range and nothing else needs the values: lane runners may bin the samples
    // straight into per-column counts (bins + 1 slots, the last one for values outside).
    bool binDirect = false;
    double binLo = 0.0, binHi = 1.0;
    int bins = 1;
};

class ColumnRunner {
public:
    ColumnRunner(const Model& model, const OrbitRunSettings& settings);

    enum class Outcome { Done, Escaped, Canceled };
    // Runs from state x (replaced by the final state) at parameter value p and appends the
    // sectioned observable values to out. On escape, the values recorded before it are kept
    // and `reason` says where and why. Polls progress for cancellation every few thousand steps.
    Outcome run(double p, std::vector<double>& x, std::vector<double>& out, std::string& reason,
                const Progress* progress);

private:
    std::unique_ptr<Model> m_model;
    OrbitRunSettings m_s;
    Stepper m_stepper;
    std::vector<double> m_next;
    std::vector<double> m_series;
};

} // namespace nd
