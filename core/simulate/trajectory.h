// Iterating a map model: transient discard, recording with a stride, escape detection.
// Pure functions; any thread may call them (the model is only read).
#pragma once

#include "model/model.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

struct SimulationOptions {
    long transient = 0;         // steps iterated and discarded before the first sample
    long samples = 1000;        // number of recorded states (the first is the post-transient state)
    long stride = 1;            // steps between two recorded states
    double escapeBound = 1e8;   // a state component beyond this magnitude counts as escape
    std::vector<int> variables; // state indices to record; empty records all of them

    bool operator==(const SimulationOptions&) const = default;
};

struct Trajectory {
    std::vector<std::string> names; // one per recorded column
    std::vector<double> values;     // samples x columns, row-major
    long firstStep = 0;             // step index of the first recorded row
    long stride = 1;
    bool escaped = false;           // the orbit left the bound or became non-finite
    long escapeStep = -1;           // step index at which it did
    std::string escapeReason;

    std::size_t columns() const { return names.size(); }
    std::size_t rows() const { return names.empty() ? 0 : values.size() / names.size(); }
    double at(std::size_t row, std::size_t column) const { return values[row * names.size() + column]; }
    std::vector<double> column(std::size_t c) const;
};

// Throws InputError for a wrong initial-state size, non-finite initial values, or negative
// or absurd counts. Escape is a result, not an error: the trajectory stops at the last
// finite, in-bound state and says where and why it escaped.
Trajectory simulateMap(const Model& model, std::span<const double> initial,
                       const SimulationOptions& options, Progress* progress = nullptr);

// Returns an empty string when every component is finite and within bound, else a reason.
std::string escapeReason(std::span<const double> state, double bound);

} // namespace nd
