#include "compute/attractorscompute.h"

#include "compute/computecommon.h"

#include "common/progress.h"

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

} // namespace nd::compute
