// Continuation of the study's fixed point or period-K cycle (analyses.continuation): the
// first branch from the start point in the chosen parameter, the period-doubled branches born
// at its flips (as deep as flipSwitches asks), and the two-parameter curves of the located
// fold, flip and Neimark-Sacker points, each followed in both directions. Maps only.
// Any thread; each engine call works on its own copy of the model.
#pragma once

#include "study/study.h"

#include "continuation/branch.h"
#include "continuation/continuationoptions.h"

#include <string>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

struct ContinuationBranch {
    Branch branch;
    int parent = -1;    // index of the branch this one starts from; -1 for the first
    std::string origin; // "start", "switch at PD 2 of branch 0", "PD 1 of branch 0, direction -1"
};

struct ContinuationComputation {
    ContinuationOptions options;    // of the first branch
    std::vector<double> startState; // before the engine's correction
    std::vector<ContinuationBranch> branches;
};

// At most this many branches (flip switches and curves together), so a deep switching request
// on a cascade cannot run away.
inline constexpr int kMaxContinuationBranches = 64;

// Throws InputError naming analyses.continuation for a study without it, a flow model, a
// start that cannot be found, or settings the engine refuses; numerical failures are results.
// `threads` serve the search for a homogeneous start; the branches themselves are sequential.
ContinuationComputation continuation(const Study& study, int threads, Progress* progress = nullptr);

} // namespace nd::compute
