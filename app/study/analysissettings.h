// Settings of the analyses a study asks for, one plain struct per section of the study file's
// "analyses" object (see studysections.h for the JSON). Field names and defaults follow the
// engine's own option structs (core/analysis, core/measures, core/continuation): defaults are
// taken from those structs, so a study that leaves a field out gets what the engine does.
// Variables are referred to by name (the model's variableNames()), parameters by name.
// Value types; any thread may use its own copy.
#pragma once

#include "analysis/attractors.h"
#include "analysis/basinmeasures.h"
#include "analysis/basins.h"
#include "analysis/fixedpoints.h"
#include "analysis/lyapunov.h"
#include "analysis/period.h"
#include "continuation/continuationoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nd {

// The critical set of a map (findCriticalSet): LC_-1 where det J = 0 and its image LC, sampled on
// a grid of `resolution` cells per axis over the box. A map of one or two variables may leave
// `variables` empty (its own plane; box per variable); any map, networks included, may name two
// variables of a 2-D slice (box over those two). The slice's other coordinates are the study's
// initial state, given values (`otherValues`, a full state; the slice variables' entries are
// not used), or follow the trajectory: `slices` points, evenly spaced, of the orbit from the
// initial state after `transient` steps (`orbitPoints` points) each define one slice. With a
// `distance`, the fraction of that orbit's points within it of LC_-1 (fractionNearCriticalSet).
// The engine's options, except that an empty box means the fixed points' seed box (projected on
// the slice; that, too, defaults to the study's initial state -+ 10); the engine's slice and
// sliceStates are filled in by app/compute and not stored.
enum class SliceOthers { InitialState, Values, Trajectory };

struct CriticalSetSettings : CriticalSetOptions {
    std::vector<std::string> variables; // two slice variables by name; empty: the map's own
    SliceOthers others = SliceOthers::InitialState;
    std::vector<double> otherValues; // SliceOthers::Values: one value per state variable
    long transient = 1000;           // orbit (trajectory slices, fraction): steps dropped
    long orbitPoints = 1000;         // orbit points kept
    int slices = 16;                 // SliceOthers::Trajectory: slices along the orbit
    std::optional<double> distance;  // absent: no orbit fraction

    bool operator==(const CriticalSetSettings&) const = default;
};

// Fixed points and their stability (findFixedPoints): the engine's options, except that an
// empty box means the study's initial state -+ 10 and `threads` is the run's (not stored);
// and optionally the critical set.
struct FixedPointSettings : FixedPointOptions {
    std::optional<CriticalSetSettings> criticalSet; // absent: not computed

    bool operator==(const FixedPointSettings&) const = default;
};

// The spectrum along one parameter (lyapunovAlong): `count` values from `from` to `to`, both
// included, each with the section's options; each value starts from the study's initial state
// (AlongStart::Fixed, "fixed") or from the previous value's final state ("follow").
struct LyapunovAlongSettings {
    std::string parameter;
    double from = 0.0, to = 1.0;
    int count = 51;
    AlongStart start = AlongStart::Fixed;

    bool operator==(const LyapunovAlongSettings&) const = default;
};

// Lyapunov exponents from the study's initial state: the k largest of the spectrum (QR
// method; exponents 0 = all), or the largest alone (one renormalised tangent vector). The
// engine's options, except escapeBound, which is the study's simulation bound (not stored).
// Optionally the spectrum along a parameter too (the same k: 1 with largestOnly).
struct LyapunovSettings : LyapunovOptions {
    bool largestOnly = false; // exponents and curvePoints do not apply
    std::optional<LyapunovAlongSettings> along; // absent: the one point only

    bool operator==(const LyapunovSettings&) const = default;
};

// One state coordinate of a basin grid.
struct BasinAxisSettings {
    std::string variable;
    double from = -1.0, to = 1.0;
    int count = 100;

    bool operator==(const BasinAxisSettings&) const = default;
};

// Basin-boundary measures of a finished basin grid (basinmeasures.h): the basin entropies with
// boxes of boxSize cells always; the uncertainty exponent and the Wada test when present (the
// engine's options; their `threads` is the run's, not stored).
struct BasinMeasureSettings {
    int boxSize = 5;
    std::optional<UncertaintyOptions> uncertainty;
    std::optional<WadaOptions> wada;

    bool operator==(const BasinMeasureSettings&) const = default;
};

// Basins of attraction over two state coordinates (named here, state indices in the engine's
// BasinRequest); the other coordinates are the study's initial state. The engine's options
// say how each cell is classified.
struct BasinSettings : BasinOptions {
    BasinAxisSettings x, y;
    std::optional<BasinMeasureSettings> measures; // absent: no measures

    bool operator==(const BasinSettings&) const = default;
};

// Where a continuation starts.
enum class ContinuationStart {
    FixedPoint,            // Newton from `state` (default: the study's initial state)
    HomogeneousFixedPoint, // the synchronous fixed point of a network (findFixedPoints)
    Cycle,                 // a period-K cycle through `state`, corrected by the engine
};

// Two-parameter curves of the fold (LP), flip (PD) and Neimark-Sacker (NS) points located on
// the one-parameter branches, followed in (parameter, secondParameter), both directions.
struct ContinuationCurveSettings {
    std::string secondParameter;
    std::optional<double> secondMinimum, secondMaximum; // default: the model's valid range
    std::vector<std::string> labels{"LP", "PD", "NS"};
    int maxPoints = 300;

    bool operator==(const ContinuationCurveSettings&) const = default;
};

// Pseudo-arclength continuation of a fixed point or period-K cycle in one parameter: the
// engine's options (parameter, range, startValue, direction, steps, Newton; a missing range or
// startValue means the model's valid range or the study's value of the parameter), where
// curves' own settings fill secondParameter, secondMinimum and secondMaximum (not stored here)
// and locateSpecialPoints stays on (not stored); with optional branch switching at flips (each
// located PD starts the doubled cycle, flipSwitches levels deep) and curves.
struct ContinuationSettings : ContinuationOptions {
    ContinuationStart start = ContinuationStart::FixedPoint;
    int period = 1;                 // Cycle: K
    long startTransient = 0;        // iterations of the map applied to the start state first
    std::vector<double> startState; // empty: the study's initial state
    int flipSwitches = 0;
    std::optional<ContinuationCurveSettings> curves;

    bool operator==(const ContinuationSettings&) const = default;
};

// The attractor atlas along a parameter (continueAttractors): the values, the matching rule and
// the bisection tolerance of births and deaths (0: not refined).
struct AttractorAlongSettings {
    std::string parameter;
    double from = 0.0, to = 1.0;
    int count = 21;
    double matchDistance = 0.1;
    int matchPoints = 500;
    double tolerance = 0.0;

    bool operator==(const AttractorAlongSettings&) const = default;
};

// The attractor atlas (core/analysis/attractors.h): the engine's options, except escapeBound and
// dt, which are the study's simulation bound and flow step (not stored), and where the initial
// states come from: a grid over two state variables (named; the others from the study's initial
// state) or `count` random states in a box of the full state space. Without `along`, the
// attractors at the study's parameter values; with it, followed across a parameter.
struct AttractorSettings : AttractorOptions {
    AttractorSampling sampling = AttractorSampling::Grid;
    BasinAxisSettings x, y;                // Grid
    long count = 1000;                     // Random
    std::vector<double> boxMin, boxMax;    // Random: one entry per state variable
    std::uint64_t seed = 1;                // Random
    std::optional<AttractorAlongSettings> along;

    bool operator==(const AttractorSettings&) const = default;
};

} // namespace nd
