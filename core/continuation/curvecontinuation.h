// Two-parameter continuation of fold (LP), flip (PD) and Neimark-Sacker (NS) curves of fixed
// points / period-K cycles of map models, with detection and location of codimension-2
// points: cusp (CP), strong resonances R1-R4, fold-flip (LPPD), fold-NS (LPNS), flip-NS (PDNS),
// double NS (NSNS), generalised flip (GPD: the flip's cubic normal-form coefficient vanishes) and
// Chenciner (CH: the NS first Lyapunov coefficient vanishes; normalform.h). Any thread may call; each run works on its own clone of the model.
#pragma once

#include "continuation/branch.h"
#include "continuation/continuationoptions.h"
#include "model/model.h"

namespace nd {

class Progress;

// Follows the curve of the bifurcation `point` (label LP, PD or NS of the one-parameter cycle
// branch `branch`) in (branch parameter, options.secondParameter). The second parameter starts
// at the model's current value; options.direction gives the initial sign of its change (of
// the first parameter's change where the curve starts at constant second parameter).
// Throws InputError for a point that is not LP/PD/NS, an NS curve of a one-dimensional map, an
// unknown or repeated second parameter, or invalid options. Numerical failures are results.
//
// Defining system: F^K(x) - x = 0 plus one scalar g = 0, where g is the bordered-matrix scalar
// of M = A - I (fold), A + I (flip) or the second compound of A minus I (NS; it also vanishes
// on neutral saddles, which the curve passes through between R1 and R2). Borders are updated
// at every accepted point; the derivatives of g are central differences.
Branch continueCurve(const Model& model, const Branch& branch, const SpecialPoint& point,
                     const ContinuationOptions& options, Progress* progress = nullptr);

} // namespace nd
