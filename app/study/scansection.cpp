// analyses.parameter_scan: one scan measure over a line or a grid of two parameters. The
// options of every measure are written (each measure reads the ones it uses), so switching
// measures keeps the others' settings.
#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include "analysis/observable.h"
#include "analysis/synchronyconventions.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

QJsonObject axisToJson(const ScanAxisSettings& a)
{
    return QJsonObject{{"parameter", QString::fromStdString(a.parameter)},
                       {"from", a.from},
                       {"to", a.to},
                       {"count", a.count}};
}

bool readAxis(FieldReader& parent, const char* key, const Model& model, std::optional<ScanAxisSettings>& out)
{
    QJsonObject o;
    bool present = false;
    if (!parent.object(key, o, present))
        return false;
    if (!present)
        return true;
    FieldReader r(o, parent.field(key), parent.error());
    ScanAxisSettings a = out.value_or(ScanAxisSettings{});
    if (!r.parameterSweep(model, a.parameter, a.from, a.to) || !r.integer("count", 1, 10000, a.count) ||
        !r.noUnknownKeys())
        return false;
    if (a.count > 1 && !(a.from != a.to))
        return r.fail(Text::tr("%1: from and to must differ when count > 1").arg(r.path()));
    out = a;
    return true;
}

bool usesNodes(ScanMeasureKind m)
{
    return m == ScanMeasureKind::CrossCorrelation || m == ScanMeasureKind::Kuramoto;
}

bool usesVariable(ScanMeasureKind m)
{
    return m == ScanMeasureKind::Mean || m == ScanMeasureKind::SpikeRate || m == ScanMeasureKind::ZeroOne ||
           m == ScanMeasureKind::SampleEntropy;
}

} // namespace

QJsonObject scanToJson(const ScanSettings& s)
{
    QJsonObject o{{"measure", nameOf(kScanMeasureNames, s.measure)},
                  {"x", axisToJson(s.x)},
                  {"transient", static_cast<double>(s.transient)},
                  {"steps", static_cast<double>(s.steps)},
                  {"variable", QString::fromStdString(s.variable)},
                  {"threshold", s.threshold},
                  {"correlation", nameOf(kCorrelationScalarNames, s.correlation)},
                  {"hub", static_cast<double>(s.hub)},
                  {"phases", nameOf(kPhaseConventionNames, s.phases)},
                  {"y_variable", QString::fromStdString(s.yVariable)},
                  {"max_period", s.maxPeriod},
                  {"period_tolerance", s.tolerance},
                  {"window", static_cast<double>(s.window)},
                  {"orthonormalize_every", s.orthonormalizeEvery},
                  {"seed", static_cast<double>(s.seed)},
                  {"stride", s.stride},
                  {"m", s.m},
                  {"r", s.r}};
    if (s.y)
        o.insert(QStringLiteral("y"), axisToJson(*s.y));
    return o;
}

bool scanFromJson(FieldReader& r, const Model& model, ScanSettings& s)
{
    if (!r.has("measure"))
        return r.fail(Text::tr("%1 is missing").arg(r.field("measure")));
    if (!r.has("x"))
        return r.fail(Text::tr("%1 is missing").arg(r.field("x")));
    std::optional<ScanAxisSettings> x;
    if (!r.choice("measure", kScanMeasureNames, s.measure) || !readAxis(r, "x", model, x) ||
        !readAxis(r, "y", model, s.y) || !r.integer("transient", 0, 1e8, s.transient) ||
        !r.integer("steps", 1, 1e8, s.steps) || !r.number("threshold", s.threshold) ||
        !r.integer("max_period", 1, 10000, s.maxPeriod) ||
        !r.positive("period_tolerance", 1.0, s.tolerance) || !r.integer("window", 0, 1e7, s.window) ||
        !r.integer("orthonormalize_every", 1, 10000, s.orthonormalizeEvery) || !r.seed("seed", s.seed) ||
        !r.integer("stride", 1, 1e6, s.stride) || !r.integer("m", 1, 100, s.m) ||
        !r.positive("r", 100.0, s.r))
        return false;
    s.x = *x;
    if (s.y && s.y->parameter == s.x.parameter)
        return r.fail(Text::tr("%1: x and y must scan different parameters").arg(r.path()));
    if (static_cast<double>(s.x.count) * (s.y ? s.y->count : 1) > 4e6)
        return r.fail(Text::tr("%1: more than 4000000 cells").arg(r.path()));
    if (s.window != 0 && s.window < 2L * s.maxPeriod)
        return r.fail(Text::tr("%1: window must be 0 or at least twice max_period").arg(r.field("window")));
    // The synchrony conventions: names always checked, the fit to the model and the hub's
    // range for the measure that uses them (a setting kept for another measure stays as written).
    if (!r.has("correlation"))
        s.correlation = defaultCorrelationScalar(model);
    if (!r.choice("correlation", kCorrelationScalarNames, s.correlation) ||
        !r.choice("phases", kPhaseConventionNames, s.phases) || !r.integer("hub", 0, 1e6, s.hub))
        return false;
    // The variable: a state variable for the measures of one variable, a per-node variable for
    // the node measures; checked for the chosen measure, kept as written otherwise.
    if (usesNodes(s.measure)) {
        if (!r.has("variable"))
            return r.fail(Text::tr("%1 is missing: %2 needs the per-node variable")
                              .arg(r.field("variable"), nameOf(kScanMeasureNames, s.measure)));
        if (!r.nodeVariable("variable", model, s.variable))
            return false;
        const auto nodes = static_cast<double>(nodeVariableIndices(model, s.variable).size());
        if (s.measure == ScanMeasureKind::CrossCorrelation) {
            s.yVariable = r.value("y_variable").toString().toStdString();
            return r.integer("hub", 0, nodes - 1, s.hub);
        }
        return readPhaseConvention(r, model, s.phases) &&
               readPhaseY(r, model, s.phases, s.variable, s.yVariable);
    }
    s.yVariable = r.value("y_variable").toString().toStdString();
    if (usesVariable(s.measure)) {
        if (!r.has("variable"))
            s.variable = model.variableNames().front();
        return r.variable("variable", model, s.variable);
    }
    if (!r.value("variable").toString().isEmpty() &&
        nodeVariableIndices(model, r.value("variable").toString().toStdString()).empty())
        return r.variable("variable", model, s.variable);
    s.variable = r.value("variable").toString().toStdString();
    return true;
}

} // namespace nd
