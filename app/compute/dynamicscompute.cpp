#include "compute/dynamicscompute.h"

#include "compute/computecommon.h"

namespace nd::compute {

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
        out.points = findFixedPoints(*model, o, progress);
        if (s.criticalSet) {
            // The critical set's own box, or the one the fixed points were sought in.
            CriticalSetOptions c = *s.criticalSet;
            if (c.boxMin.empty()) {
                c.boxMin = o.boxMin;
                c.boxMax = o.boxMax;
            }
            out.criticalSet = CriticalSetComputation{c, findCriticalSet(*model, c)};
        }
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

BasinsComputation basins(const Study& study, int threads, Progress* progress, const BasinTileCallback& onTile)
{
    return inSection("basins", [&] {
        const auto model = study.createModel();
        BasinsComputation out;
        out.request = basinRequest(study, *model);
        out.request.threads = threads;
        out.result = computeBasins(*model, out.request, progress, onTile);
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

BasinsComputation assembleBasins(const Study& study, const std::vector<BasinCellOutcome>& cells)
{
    return inSection("basins", [&] {
        const auto model = study.createModel();
        BasinsComputation out;
        out.request = basinRequest(study, *model);
        validateBasinRequest(*model, out.request);
        out.result = labelBasins(out.request, model->dimension(), cells);
        return out;
    });
}

} // namespace nd::compute
