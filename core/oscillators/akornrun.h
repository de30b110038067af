// A run of an AKOrN model (the network, akorn.h, or the grid, akorngrid.h) from an initial
// state for T steps, recording what the AKOrN view and `neurodyn-cli run` show per step: the
// energy in the paper's form (-1/2 x.J x - c.x) and in the official code's logged form (no 1/2),
// and the order inside and outside the silhouette (grid: the mean local order parameter
// ||mean x|| over a (2r+1)^2 window, akornGridReadout; network: the global ||mean of the
// units|| as "inside", nothing outside), plus the last state's per-pixel orientation and local
// order. Entry t of every series belongs to the state after t steps (t = 0: the initial state),
// unlike the code's list, whose entry t + 1 is the energy of x_t after a 0 placeholder.
// Any thread; the model is only read.
#pragma once

#include "model/model.h"

#include <span>
#include <vector>

namespace nd {

class Progress;

struct AkornRunOptions {
    long steps = 200; // T
    int radius = 2;   // local order window (2r+1) x (2r+1)

    bool operator==(const AkornRunOptions&) const = default;
};

struct AkornRunResult {
    std::vector<double> energy;       // T + 1 values, paper form
    std::vector<double> codeEnergy;   // T + 1 values, the code's logged form
    std::vector<double> orderInside;  // T + 1 values
    std::vector<double> orderOutside; // T + 1 values (NaN without outside pixels)
    bool grid = false;
    int height = 0, width = 0;        // grid only: the images below are height x width, row-major
    std::vector<double> angle;        // last state, first oscillator's angle atan2(x1, x0)
    std::vector<double> localOrder;   // last state
    std::vector<unsigned char> mask;  // 1 inside
    std::vector<double> finalState;
    bool canceled = false;
};

// Throws InputError unless the model is an AKOrN network or grid, the initial state has its
// dimension and finite values, and steps is in [1, 10^7], radius in [0, 1000].
AkornRunResult runAkorn(const Model& model, std::span<const double> initial, const AkornRunOptions& options,
                        Progress* progress = nullptr);

} // namespace nd
