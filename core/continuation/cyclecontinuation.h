// Continuation of fixed points and period-K cycles of map models in one parameter, with
// detection and location of fold (LP), flip (PD), Neimark-Sacker (NS) and branch points (BP),
// and branch switching at a flip onto the period-doubled cycle. Any thread may call these
// functions; each run works on its own clone of the model (the argument is only read).
#pragma once

#include "continuation/branch.h"
#include "continuation/continuationoptions.h"
#include "model/model.h"

#include <vector>

namespace nd {

class Progress;

// Follows the period-`period` cycle through `state` (any point of it, approximately) in
// options.parameter, starting at options.startValue or the model's current value. Bad input
// (wrong state size, non-finite state, unknown parameter, invalid options, a flow model)
// throws InputError; every numerical failure is a result (Branch::stopReason).
Branch continueCycle(const Model& model, const std::vector<double>& state, int period,
                     const ContinuationOptions& options, Progress* progress = nullptr);

// Starts a new cycle branch from a point of an earlier branch (a located special point or
// any other) in options.parameter, which may differ from the branch's parameter.
Branch continueFromPoint(const Model& model, const Branch& branch, const BranchPoint& point,
                         const ContinuationOptions& options, Progress* progress = nullptr);

// At a located flip (label PD) of a cycle branch: follows the cycle of twice the period that
// emanates there. The first step leaves the old cycle by options.initialStep along the
// eigenvector of the multiplier -1 (halved until the first point stays near the flip).
// Throws InputError if `flip` is not a PD point of `branch`.
Branch switchAtFlip(const Model& model, const Branch& branch, const SpecialPoint& flip,
                    const ContinuationOptions& options, Progress* progress = nullptr);

} // namespace nd
