#include "compute/dynamicscompute.h"

#include "compute/computecommon.h"

#include "common/progress.h"
#include "simulate/trajectory.h"

#include <algorithm>

namespace nd::compute {

namespace {
// The orbit a trajectory slice and the fraction use: from the study's initial state, the
// transient dropped (escape ends it early: the points up to there).
std::vector<std::vector<double>> criticalOrbit(const Study& study, const Model& model,
                                               const CriticalSetSettings& s)
{
    SimulationOptions so;
    so.transient = s.transient;
    so.samples = s.orbitPoints;
    so.escapeBound = study.simulation.escapeBound;
    const Trajectory t = simulateMap(model, study.initialState, so);
    std::vector<std::vector<double>> orbit(t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r)
        for (std::size_t c = 0; c < t.columns(); ++c)
            orbit[r].push_back(t.at(r, c));
    return orbit;
}

CriticalSetComputation criticalSet(const Study& study, const Model& model, const CriticalSetSettings& s,
                                   const FixedPointOptions& seedBox, Progress* progress)
{
    CriticalSetComputation out;
    CriticalSetOptions& c = out.options;
    c = s;
    const auto names = model.variableNames();
    for (const auto& v : s.variables)
        c.slice.push_back(static_cast<int>(std::find(names.begin(), names.end(), v) - names.begin()));
    // The critical set's own box, or the one the fixed points were sought in (on the slice).
    if (c.boxMin.empty()) {
        if (c.slice.empty()) {
            c.boxMin = seedBox.boxMin;
            c.boxMax = seedBox.boxMax;
        } else {
            for (int i : c.slice) {
                c.boxMin.push_back(seedBox.boxMin[static_cast<std::size_t>(i)]);
                c.boxMax.push_back(seedBox.boxMax[static_cast<std::size_t>(i)]);
            }
        }
    }
    // The orbit serves trajectory slices, the fraction and the GUI's picture (a few thousand steps).
    out.orbit = criticalOrbit(study, model, s);
    switch (s.others) {
    case SliceOthers::InitialState:
        c.sliceStates = {study.initialState};
        break;
    case SliceOthers::Values:
        c.sliceStates = {s.otherValues};
        break;
    case SliceOthers::Trajectory: {
        // `slices` orbit points evenly spaced over the kept orbit (all of them if it is shorter).
        const std::size_t n = out.orbit.size(), k = std::min(n, static_cast<std::size_t>(s.slices));
        for (std::size_t i = 0; i < k; ++i)
            c.sliceStates.push_back(out.orbit[i * n / k]);
        break;
    }
    }
    c.threads = seedBox.threads;
    out.set = findCriticalSet(model, c, progress);
    out.distance = s.distance;
    if (s.distance && out.set.outcome == Outcome::Completed)
        out.orbitFraction = fractionNearCriticalSet(out.set, out.orbit, *s.distance);
    return out;
}
} // namespace

FixedPointsResult fixedPoints(const Study& study, int threads, Progress* progress)
{
    const FixedPointSettings& s = sectionOf(study.analyses.fixedPoints, "fixed_points");
    return inSection("fixed_points", [&] {
        const auto model = study.createModel();
        FixedPointsResult out;
        FixedPointOptions& o = out.options;
        o = s;
        if (o.boxMin.empty()) {
            // The engine's default box is centred on the model's default state; the study's
            // own initial state is the better centre.
            for (double v : study.initialState) {
                o.boxMin.push_back(v - 10.0);
                o.boxMax.push_back(v + 10.0);
            }
        }
        o.threads = threads;
        // With a critical set, the fixed points report the first half of the progress and the
        // critical set (on networks the longer of the two) the second.
        const double split = s.criticalSet ? 0.5 : 1.0;
        ProgressSpan first(progress, 0.0, split), second(progress, split, 1.0);
        out.points = findFixedPoints(*model, o, &first);
        if (s.criticalSet && !first.isCanceled())
            out.criticalSet = criticalSet(study, *model, *s.criticalSet, o, &second);
        return out;
    });
}

LyapunovComputation lyapunov(const Study& study, int /*threads*/, Progress* progress)
{
    const LyapunovSettings& s = sectionOf(study.analyses.lyapunov, "lyapunov");
    return inSection("lyapunov", [&] {
        const auto model = study.createModel();
        LyapunovComputation out;
        LyapunovOptions& o = out.options;
        o = s;
        o.exponents = s.largestOnly ? 1 : s.exponents;
        o.curvePoints = s.largestOnly ? 0 : s.curvePoints;
        o.escapeBound = study.simulation.escapeBound;
        out.largestOnly = s.largestOnly;
        if (!s.largestOnly) {
            out.result = lyapunovSpectrum(*model, study.initialState, o, progress);
            return out;
        }
        const ScanValue v = largestLyapunov(*model, study.initialState, o, progress);
        LyapunovResult& r = out.result;
        r.defined = v.defined;
        r.reason = v.reason;
        // The engine's conventions text, and how the largest exponent alone is obtained.
        r.conventions =
            (model->timeKind() == TimeKind::Flow ? "natural log, per unit time (RK4 variational equations)"
                                                 : "natural log, per iteration") +
            std::string("; largest exponent only: one tangent vector, renormalised every ") +
            std::to_string(o.orthonormalizeEvery) + " iterations";
        if (v.defined) {
            r.exponents = {v.value};
            r.sum = v.value;
            r.kaplanYorke = kaplanYorkeDimension(r.exponents, r.kaplanYorkeNote);
            r.kaplanYorkeDefined = true;
        }
        return out;
    });
}

LyapunovAlongComputation lyapunovAlong(const Study& study, int threads, Progress* progress)
{
    const LyapunovSettings& s = sectionOf(study.analyses.lyapunov, "lyapunov");
    return inSection("lyapunov.along", [&] {
        if (!s.along)
            throw InputError("the study's Lyapunov section has no parameter to go along");
        const auto model = study.createModel();
        LyapunovAlongComputation out;
        out.along = *s.along;
        LyapunovOptions& o = out.options;
        o = s;
        o.exponents = s.largestOnly ? 1 : s.exponents;
        o.curvePoints = 0;
        o.escapeBound = study.simulation.escapeBound;
        ParameterAxis axis;
        axis.parameter = s.along->parameter;
        axis.from = s.along->from;
        axis.to = s.along->to;
        axis.count = s.along->count;
        const int index = resolveAxis(*model, axis, ResourceLimits{}, "along");
        std::vector<double> values;
        for (int i = 0; i < axis.count; ++i)
            values.push_back(axis.value(i));
        out.result = nd::lyapunovAlong(*model, study.initialState, o, index, values, s.along->start, threads,
                                       progress);
        return out;
    });
}

BasinRequest basinRequest(const Study& study, const Model& model)
{
    const BasinSettings& s = sectionOf(study.analyses.basins, "basins");
    BasinRequest r;
    static_cast<BasinOptions&>(r) = s;
    r.x = {variableIndex(model, s.x.variable, "x.variable"), s.x.from, s.x.to, s.x.count};
    r.y = {variableIndex(model, s.y.variable, "y.variable"), s.y.from, s.y.to, s.y.count};
    r.base = study.initialState;
    r.escapeBound = study.simulation.escapeBound;
    r.dt = study.flow.dt;
    return r;
}

namespace {

// basins.measures on the finished grid; nothing when not requested or the grid was canceled.
void addBasinMeasures(const Study& study, const Model& model, BasinsComputation& c, int threads,
                      Progress* progress)
{
    const BasinSettings& s = *study.analyses.basins;
    if (!s.measures || c.result.canceled)
        return;
    const BasinMeasureSettings& m = *s.measures;
    const BasinGrid grid{c.request.x, c.request.y, c.result.labels};
    BasinMeasures out;
    out.entropy = basinEntropy(grid, m.boxSize);
    const BasinClassifier classify = basinClassifier(model, c.request, c.result);
    const double split = m.uncertainty && m.wada ? 0.5 : 1.0;
    if (m.uncertainty) {
        UncertaintyOptions o = *m.uncertainty;
        o.threads = threads;
        ProgressSpan part(progress, 0.0, split);
        out.uncertainty = uncertaintyExponent(c.request.x, c.request.y, classify, o, &part);
        if (out.uncertainty->canceled)
            return;
    }
    if (m.wada) {
        WadaOptions o = *m.wada;
        o.threads = threads;
        ProgressSpan part(progress, m.uncertainty ? split : 0.0, 1.0);
        out.wada = wadaTest(grid, classify, o, &part);
        if (out.wada->canceled)
            return;
    }
    c.measures = std::move(out);
}

} // namespace

BasinsComputation basins(const Study& study, int threads, Progress* progress, const BasinTileCallback& onTile)
{
    return inSection("basins", [&] {
        const auto model = study.createModel();
        BasinsComputation out;
        out.request = basinRequest(study, *model);
        out.request.threads = threads;
        const bool measures = study.analyses.basins->measures.has_value();
        ProgressSpan grid(progress, 0.0, measures ? 0.7 : 1.0), rest(progress, 0.7, 1.0);
        out.result = computeBasins(*model, out.request, progress ? &grid : nullptr, onTile);
        addBasinMeasures(study, *model, out, threads, progress ? &rest : nullptr);
        return out;
    });
}

BasinRows basinRows(const Study& study, int begin, int end, int threads, Progress* progress)
{
    return inSection("basins", [&] {
        const auto model = study.createModel();
        BasinRequest request = basinRequest(study, *model);
        request.threads = threads;
        return computeBasinRows(*model, request, begin, end, progress);
    });
}

BasinsComputation assembleBasins(const Study& study, const std::vector<BasinCellOutcome>& cells, int threads,
                                 Progress* progress)
{
    return inSection("basins", [&] {
        const auto model = study.createModel();
        BasinsComputation out;
        out.request = basinRequest(study, *model);
        validateBasinRequest(*model, out.request);
        out.result = labelBasins(out.request, model->dimension(), cells);
        addBasinMeasures(study, *model, out, threads, progress);
        return out;
    });
}

} // namespace nd::compute
