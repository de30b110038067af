#include "compute/orbitcompute.h"

#include "compute/computecommon.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "oscillators/oscillatorphases.h"

#include <algorithm>

namespace nd::compute {

ParameterAxis orbitParameterAxis(const Model& model, const OrbitDiagramSettings& s)
{
    ParameterAxis axis;
    axis.parameter =
        s.parameter.empty() && model.parameterCount() > 0 ? model.parameterSpecs().front().name : s.parameter;
    axis.from = s.from;
    axis.to = s.to;
    axis.count = s.columns;
    const int index = model.parameterIndex(axis.parameter);
    if (index < 0)
        return axis;
    const ParameterSpec& spec = model.parameterSpecs()[static_cast<std::size_t>(index)];
    if (!(s.to > s.from)) {
        axis.from = spec.typicalMinimum;
        axis.to = spec.typicalMaximum;
    }
    axis.from = std::max(axis.from, spec.minimum);
    axis.to = std::min(axis.to, spec.maximum);
    return axis;
}

Observable orbitObservable(const OrbitDiagramSettings& s, const Model& model)
{
    const OscillatorPhases osc = oscillatorPhases(model);
    if (s.observable == ObservableKind::OrderParameter) {
        if (osc.empty())
            throw InputError("observable: the order parameter needs a network of oscillators, which " +
                             model.typeName() + " is not");
        Observable o;
        o.indices = osc.angles;
        o.reduction = Reduction::OrderParameter;
        if (osc.angles.empty()) {
            o.indices.clear();
            for (const auto& p : osc.planes)
                o.indices.insert(o.indices.end(), p.begin(), p.end());
            o.reduction = Reduction::PlaneOrderParameter;
        }
        return o;
    }
    Observable o = s.observable == ObservableKind::NetworkMean
                       ? Observable::meanOf(nodeIndices(model, s.meanVariable, "observable"))
                       : Observable::variable(s.variable);
    // A phase is recorded wrapped: its raw value grows with time, not with the dynamics.
    if (!osc.empty() &&
        std::all_of(o.indices.begin(), o.indices.end(), [&](int i) { return osc.isAngle(i); }))
        o.reduction = Reduction::WrappedPhase;
    return o;
}

OrbitDiagramRequest orbitDiagramRequest(const Study& study, const Model& model, OrbitArithmetic arithmetic)
{
    const OrbitDiagramSettings& s = sectionOf(study.analyses.orbitDiagram, "orbit_diagram");
    OrbitDiagramRequest r;
    static_cast<OrbitDiagramOptions&>(r) = s; // the engine's options, as the study holds them
    r.axis = orbitParameterAxis(model, s);
    r.observable = orbitObservable(s, model);
    r.observable.section = s.section;
    r.observable.threshold = s.threshold;
    r.initial = study.initialState;
    r.autoRange = !(s.valueMin < s.valueMax);
    r.rangeMin = s.valueMin;
    r.rangeMax = s.valueMax;
    r.escapeBound = study.simulation.escapeBound;
    r.dt = study.flow.dt;
    r.exactArithmetic = arithmetic == OrbitArithmetic::Exact;
    return r;
}

std::string orbitObservableLabel(const Study& study, const Model& model)
{
    const OrbitDiagramSettings& s = sectionOf(study.analyses.orbitDiagram, "orbit_diagram");
    const auto names = model.variableNames();
    std::string label = s.observable == ObservableKind::NetworkMean
                            ? "mean of " + s.meanVariable
                            : (s.variable >= 0 && s.variable < static_cast<int>(names.size())
                                   ? names[static_cast<std::size_t>(s.variable)]
                                   : std::to_string(s.variable));
    if (s.observable == ObservableKind::OrderParameter)
        label = "order parameter R";
    else if (orbitObservable(s, model).reduction == Reduction::WrappedPhase)
        label += " wrapped to (-pi, pi]";
    switch (s.section) {
    case Section::None:
        return label;
    case Section::LocalMaxima:
        return "local maxima of " + label;
    case Section::UpwardCrossing:
        return label + " at upward crossings";
    case Section::CrossingInterval:
        return "interval between upward crossings of " + label;
    }
    return label;
}

OrbitDiagramResult orbitDiagram(const Study& study, int threads, Progress* progress,
                                const OrbitTileCallback& onTile, OrbitArithmetic arithmetic)
{
    return inSection("orbit_diagram", [&] {
        const auto model = study.createModel();
        OrbitDiagramResult out;
        out.request = orbitDiagramRequest(study, *model, arithmetic);
        out.request.threads = threads;
        out.parameterLabel = out.request.axis.parameter;
        out.observableLabel = orbitObservableLabel(study, *model);
        out.diagram = computeOrbitDiagram(*model, out.request, progress, onTile);
        return out;
    });
}

bool orbitDiagramTileable(const Study& study)
{
    return study.analyses.orbitDiagram && study.analyses.orbitDiagram->policy == InitialPolicy::Fixed;
}

std::vector<OrbitColumnData> orbitDiagramColumns(const OrbitDiagramRequest& request, const Model& model,
                                                 int begin, int end, int threads, Progress* progress)
{
    const bool values = request.autoRange || request.keepPoints;
    std::vector<OrbitColumnData> columns(static_cast<std::size_t>(std::max(0, end - begin)));
    parallelFor(
        columns.size(), threads,
        [&](std::size_t i) {
            OrbitDiagramRequest one = request;
            one.axis.from = one.axis.to = request.axis.value(begin + static_cast<int>(i));
            one.axis.count = 1;
            one.threads = 1;
            one.keepPoints = values;
            OrbitDiagram d = inSection("orbit_diagram", [&] { return computeOrbitDiagram(model, one); });
            OrbitColumnData& out = columns[i];
            out.status = d.status.front();
            if (values)
                out.values = std::move(d.points);
            if (!request.autoRange)
                out.counts.assign(d.counts.begin(), d.counts.end());
        },
        progress);
    return columns;
}

} // namespace nd::compute
