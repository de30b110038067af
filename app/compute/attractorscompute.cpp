#include "compute/attractorscompute.h"

#include "compute/computecommon.h"

#include "common/progress.h"
#include "oscillators/oscillatorphases.h"

#include <algorithm>

namespace nd::compute {

AttractorRequest attractorRequest(const Study& study, const Model& model)
{
    const AttractorSettings& s = sectionOf(study.analyses.attractors, "attractors");
    AttractorRequest r;
    static_cast<AttractorOptions&>(r) = s;
    r.escapeBound = study.simulation.escapeBound;
    r.dt = study.flow.dt;
    r.sampling.kind = s.sampling;
    if (s.sampling == AttractorSampling::Grid) {
        r.sampling.x = {variableIndex(model, s.x.variable, "x.variable"), s.x.from, s.x.to, s.x.count};
        r.sampling.y = {variableIndex(model, s.y.variable, "y.variable"), s.y.from, s.y.to, s.y.count};
        r.sampling.base = study.initialState;
    } else {
        r.sampling.count = s.count;
        r.sampling.boxMin = s.boxMin;
        r.sampling.boxMax = s.boxMax;
        r.sampling.seed = s.seed;
    }
    return r;
}

AttractorContinuationRequest attractorContinuationRequest(const Study& study, const Model& model)
{
    const AttractorSettings& s = sectionOf(study.analyses.attractors, "attractors");
    AttractorContinuationRequest r;
    r.search = attractorRequest(study, model);
    if (s.along) {
        r.axis.parameter = s.along->parameter;
        r.axis.from = s.along->from;
        r.axis.to = s.along->to;
        r.axis.count = s.along->count;
        r.matchDistance = s.along->matchDistance;
        r.matchPoints = s.along->matchPoints;
        r.tolerance = s.along->tolerance;
    }
    return r;
}

AttractorsComputation attractors(const Study& study, int threads, Progress* progress)
{
    return inSection("attractors", [&] {
        const auto model = study.createModel();
        AttractorsComputation out;
        out.request = attractorContinuationRequest(study, *model);
        out.request.search.threads = threads;
        out.along = study.analyses.attractors->along.has_value();
        if (out.along) {
            out.continuation = continueAttractors(*model, out.request, progress);
            out.canceled = out.continuation.canceled;
        } else {
            out.result = findAttractors(*model, out.request.search, progress);
            out.canceled = out.result.canceled;
        }
        return out;
    });
}

std::vector<AttractorColumn> attractorColumns(const Study& study, int begin, int end, int threads,
                                              Progress* progress)
{
    return inSection("attractors", [&] {
        const auto model = study.createModel();
        AttractorContinuationRequest request = attractorContinuationRequest(study, *model);
        request.search.threads = threads;
        return computeAttractorColumns(*model, request, begin, end, progress);
    });
}

AttractorsComputation assembleAttractors(const Study& study, std::vector<AttractorColumn> columns, int threads,
                                         Progress* progress)
{
    return inSection("attractors", [&] {
        const auto model = study.createModel();
        AttractorsComputation out;
        out.request = attractorContinuationRequest(study, *model);
        out.request.search.threads = threads;
        out.along = true;
        out.continuation = mergeAttractorColumns(*model, out.request, std::move(columns), progress);
        out.canceled = out.continuation.canceled;
        return out;
    });
}

int attractorDiagramVariable(const Study& study, const Model& model)
{
    const auto names = model.variableNames();
    const int last = static_cast<int>(names.size()) - 1;
    const auto& d = study.analyses.orbitDiagram;
    if (d && d->observable == ObservableKind::Variable)
        return std::clamp(d->variable, 0, std::max(0, last));
    const auto& a = study.analyses.attractors;
    if (a && a->sampling == AttractorSampling::Grid) {
        const auto it = std::find(names.begin(), names.end(), a->x.variable);
        if (it != names.end())
            return static_cast<int>(it - names.begin());
    }
    return 0;
}

std::vector<AttractorOrbitSample> attractorOrbitSamples(const AttractorsComputation& c, const Model& model,
                                                        int variable, int maxPoints)
{
    std::vector<AttractorOrbitSample> out;
    if (!c.along)
        return out;
    const auto n = static_cast<std::size_t>(model.dimension());
    const auto v = static_cast<std::size_t>(variable);
    if (n == 0 || v >= n || maxPoints < 1)
        return out;
    const bool angle = oscillatorPhases(model).isAngle(variable);
    const AttractorContinuation& k = c.continuation;
    for (std::size_t col = 0; col < k.columns.size() && col < k.parameterValues.size(); ++col) {
        const AttractorResult& r = k.columns[col];
        for (std::size_t a = 0; a < r.attractors.size(); ++a) {
            if (col >= k.globalIds.size() || a >= k.globalIds[col].size())
                continue;
            const std::vector<double>& orbit = r.attractors[a].orbit;
            const std::size_t rows = std::min(orbit.size() / n, static_cast<std::size_t>(maxPoints));
            for (std::size_t row = 0; row < rows; ++row) {
                const double x = orbit[row * n + v];
                out.push_back({static_cast<int>(col), k.parameterValues[col], k.globalIds[col][a],
                               angle ? wrapPhase(x) : x});
            }
        }
    }
    return out;
}

} // namespace nd::compute
