// analyses.orbit_diagram: the sweep, the observable and the initial-state policy.
#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include "analysis/analysiscommon.h"
#include "oscillators/oscillatorphases.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

std::string variableName(const Model& model, int index)
{
    const auto names = model.variableNames();
    return index >= 0 && index < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(index)]
                                                                : std::to_string(index);
}

bool readObservable(FieldReader& r, const Model& model, OrbitDiagramSettings& s)
{
    if (!r.choice("kind", kObservableKindNames, s.observable))
        return false;
    if (s.observable == ObservableKind::OrderParameter) {
        if (oscillatorPhases(model).empty())
            return r.fail(Text::tr("%1: the order parameter needs a network of oscillators, which %2 is not")
                              .arg(r.field("kind"), QString::fromStdString(model.typeName())));
    } else if (s.observable == ObservableKind::NetworkMean) {
        if (!r.has("variable"))
            return r.fail(Text::tr("%1 is missing: a network mean needs the per-node variable to average")
                              .arg(r.field("variable")));
        if (!r.nodeVariable("variable", model, s.meanVariable))
            return false;
    } else if (!r.variableIndex("variable", model, s.variable)) {
        return false;
    }
    return r.choice("section", kSectionNames, s.section) && r.number("threshold", s.threshold) &&
           r.noUnknownKeys();
}

bool readInitial(FieldReader& r, const Model& model, OrbitDiagramSettings& s)
{
    return r.choice("policy", kInitialPolicyNames, s.policy) &&
           r.integer("count", 1, 10000, s.initialCount) && r.seed("seed", s.seed) &&
           readBox(r, "box_min", "box_max", model, s.boxMin, s.boxMax) && r.noUnknownKeys();
}

} // namespace

QJsonObject orbitDiagramToJson(const OrbitDiagramSettings& d, const Model& model)
{
    const bool mean = d.observable == ObservableKind::NetworkMean;
    QJsonObject observable{{"kind", nameOf(kObservableKindNames, d.observable)},
                           {"section", nameOf(kSectionNames, d.section)},
                           {"threshold", d.threshold}};
    if (d.observable != ObservableKind::OrderParameter) // R reads every phase: no variable to name
        observable.insert("variable",
                          QString::fromStdString(mean ? d.meanVariable : variableName(model, d.variable)));
    QJsonObject initial{{"policy", nameOf(kInitialPolicyNames, d.policy)},
                        {"count", d.initialCount},
                        {"seed", static_cast<double>(d.seed)},
                        {"box_min", numberArray(d.boxMin)},
                        {"box_max", numberArray(d.boxMax)}};
    QJsonObject orbit{{"parameter", QString::fromStdString(d.parameter)},
                      {"from", d.from},
                      {"to", d.to},
                      {"value_min", d.valueMin},
                      {"value_max", d.valueMax},
                      {"observable", observable},
                      {"initial", initial},
                      {"count", d.columns},
                      {"bins", d.bins},
                      {"transient", static_cast<double>(d.transient)},
                      {"samples", static_cast<double>(d.samples)},
                      {"keep_points", d.keepPoints}};
    return orbit;
}

bool orbitDiagramFromJson(FieldReader& r, const Model& model, OrbitDiagramSettings& d)
{
    QJsonObject observable, initial;
    bool hasObservable = false, hasInitial = false;
    if (!r.parameter("parameter", model, d.parameter) || !r.number("from", d.from) || !r.number("to", d.to) ||
        !r.number("value_min", d.valueMin) || !r.number("value_max", d.valueMax) ||
        !r.integer("count", 1, 4096, d.columns) || !r.integer("bins", 2, 4096, d.bins) ||
        !r.integer("transient", 0, 1e8, d.transient) || !r.integer("samples", 1, 1e7, d.samples) ||
        !r.boolean("keep_points", d.keepPoints) || !r.object("observable", observable, hasObservable) ||
        !r.object("initial", initial, hasInitial))
        return false;
    if (d.parameter.empty() && model.parameterCount() > 0)
        d.parameter = model.parameterSpecs().front().name; // what the engine sweeps then
    if (d.from > d.to || d.valueMin > d.valueMax)
        return r.fail(Text::tr("%1: from must not exceed to, nor value_min value_max").arg(r.path()));
    if (hasObservable) {
        FieldReader o(observable, r.field("observable"), r.error());
        if (!readObservable(o, model, d))
            return false;
    }
    if (hasInitial) {
        FieldReader i(initial, r.field("initial"), r.error());
        if (!readInitial(i, model, d))
            return false;
    }
    // Absurd sizes are refused here, before anything is allocated: the engine's own estimate.
    OrbitDiagramRequest request;
    static_cast<OrbitDiagramOptions&>(request) = d;
    request.axis.count = d.columns;
    request.autoRange = !(d.valueMin < d.valueMax);
    const double bytes = estimateOrbitDiagramBytes(request);
    if (bytes > static_cast<double>(ResourceLimits{}.maxBytes))
        return r.fail(
            Text::tr("%1 would need about %2 MiB, more than the limit of %3 MiB: fewer columns, samples or "
                     "initial states")
                .arg(r.path())
                .arg(bytes / (1 << 20), 0, 'f', 0)
                .arg(static_cast<double>(ResourceLimits{}.maxBytes) / (1 << 20), 0, 'f', 0));
    return true;
}

} // namespace nd
