#include "compute/continuationcompute.h"

#include "compute/computecommon.h"

#include "analysis/fixedpoints.h"
#include "continuation/curvecontinuation.h"
#include "continuation/cyclecontinuation.h"

#include <algorithm>
#include <cmath>

namespace nd::compute {

namespace {

// The state the first branch starts from, at the start value of the parameter.
std::vector<double> startState(const Study& study, const ContinuationSettings& s, Model& model, int threads)
{
    if (s.startValue)
        model.setParameter(s.parameter, *s.startValue);
    if (s.start == ContinuationStart::HomogeneousFixedPoint) {
        FixedPointOptions o;
        for (double v : study.initialState) {
            o.boxMin.push_back(v - 10.0);
            o.boxMax.push_back(v + 10.0);
        }
        o.threads = threads;
        for (const FixedPoint& p : findFixedPoints(model, o))
            if (p.homogeneous)
                return p.state;
        throw InputError("start: no homogeneous fixed point was found");
    }
    std::vector<double> x = s.startState.empty() ? study.initialState : s.startState;
    std::vector<double> next(x.size());
    for (long i = 0; i < s.startTransient; ++i) {
        model.evaluate(x.data(), next.data());
        x.swap(next);
    }
    if (!std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }))
        throw InputError("start: the orbit left the finite numbers during the start transient");
    return x;
}

std::string pointName(const SpecialPoint& p, std::size_t branch)
{
    return p.label + " at point " + std::to_string(p.pointIndex) + " of branch " + std::to_string(branch);
}

} // namespace

ContinuationComputation continuation(const Study& study, int threads, Progress* progress)
{
    const ContinuationSettings& s = sectionOf(study.analyses.continuation, "continuation");
    return inSection("continuation", [&] {
        const auto model = study.createModel();
        if (model->timeKind() != TimeKind::Map)
            throw InputError("continuation needs a map model");
        ContinuationComputation out;
        out.options = s;
        const ContinuationOptions& o = out.options;
        {
            const auto atStart = study.createModel();
            out.startState = startState(study, s, *atStart, threads);
        }
        const int period = s.start == ContinuationStart::Cycle ? s.period : 1;
        out.branches.push_back({continueCycle(*model, out.startState, period, o, progress), -1, "start"});

        // Flip switching, breadth first: depth d holds the branches born at d flips.
        std::vector<int> depth{0};
        for (std::size_t b = 0; b < out.branches.size(); ++b) {
            if (depth[b] >= s.flipSwitches)
                continue;
            const Branch parent = out.branches[b].branch;
            for (const SpecialPoint& p : parent.specialPoints) {
                if (p.label != "PD" || static_cast<int>(out.branches.size()) >= kMaxContinuationBranches)
                    continue;
                out.branches.push_back({switchAtFlip(*model, parent, p, o, progress), static_cast<int>(b),
                                        "switch at " + pointName(p, b)});
                depth.push_back(depth[b] + 1);
            }
        }
        if (!s.curves)
            return out;
        ContinuationOptions co = o;
        co.secondParameter = s.curves->secondParameter;
        co.secondMinimum = s.curves->secondMinimum;
        co.secondMaximum = s.curves->secondMaximum;
        co.maxPoints = s.curves->maxPoints;
        const std::size_t cycles = out.branches.size();
        for (std::size_t b = 0; b < cycles; ++b) {
            const Branch parent = out.branches[b].branch;
            for (const SpecialPoint& p : parent.specialPoints) {
                const auto& labels = s.curves->labels;
                if (std::find(labels.begin(), labels.end(), p.label) == labels.end())
                    continue;
                if (p.label == "NS" && model->dimension() < 2)
                    continue;
                for (int direction : {+1, -1}) {
                    if (static_cast<int>(out.branches.size()) >= kMaxContinuationBranches)
                        return out;
                    co.direction = direction;
                    out.branches.push_back(
                        {continueCurve(*model, parent, p, co, progress), static_cast<int>(b),
                         "curve of " + pointName(p, b) + ", direction " + (direction > 0 ? "+1" : "-1")});
                }
            }
        }
        return out;
    });
}

} // namespace nd::compute
