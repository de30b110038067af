// analyses.continuation: where the branch starts, the continuation parameter and its range,
// the step controls, branch switching at flips and the two-parameter curves.
#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

void insertOptional(QJsonObject& o, const char* key, const std::optional<double>& v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

bool readRange(FieldReader& r, const char* minKey, const char* maxKey, std::optional<double>& lo,
               std::optional<double>& hi)
{
    if (!r.optionalNumber(minKey, lo) || !r.optionalNumber(maxKey, hi))
        return false;
    if (lo && hi && !(*lo < *hi))
        return r.fail(Text::tr("%1 must be below %2").arg(r.field(minKey), r.field(maxKey)));
    return true;
}

bool readStart(FieldReader& parent, const Model& model, ContinuationSettings& s)
{
    QJsonObject o;
    bool present = false;
    if (!parent.object("start", o, present))
        return false;
    if (!present)
        return true;
    FieldReader r(o, parent.field("start"), parent.error());
    if (!r.choice("kind", kContinuationStartNames, s.start) || !r.integer("period", 1, 1000, s.period) ||
        !r.integer("transient", 0, 1e8, s.startTransient) ||
        !r.numbers("state", model.dimension(), s.startState) || !r.noUnknownKeys())
        return false;
    if (!s.startState.empty() && s.startState.size() != static_cast<std::size_t>(model.dimension()))
        return r.fail(Text::tr("%1 must be empty (the study's initial state) or hold %2 numbers")
                          .arg(r.field("state"))
                          .arg(model.dimension()));
    if (s.start != ContinuationStart::Cycle && s.period != 1)
        return r.fail(Text::tr("%1 must be 1 unless the start is a cycle").arg(r.field("period")));
    return true;
}

bool readCurves(FieldReader& parent, const Model& model, ContinuationSettings& s)
{
    return readOptionalObject(parent, "curves", s.curves, [&](FieldReader& r, ContinuationCurveSettings& c) {
        if (!r.has("second_parameter"))
            return r.fail(Text::tr("%1 is missing").arg(r.field("second_parameter")));
        if (!r.parameter("second_parameter", model, c.secondParameter) ||
            !readRange(r, "second_minimum", "second_maximum", c.secondMinimum, c.secondMaximum) ||
            !r.texts("labels", 3, c.labels) || !r.integer("max_points", 2, 100000, c.maxPoints))
            return false;
        if (c.secondParameter == s.parameter)
            return r.fail(
                Text::tr("%1 must differ from the continuation parameter").arg(r.field("second_parameter")));
        for (const std::string& label : c.labels)
            if (label != "LP" && label != "PD" && label != "NS")
                return r.fail(Text::tr("%1 may hold LP, PD and NS only, not '%2'")
                                  .arg(r.field("labels"), QString::fromStdString(label)));
        return true;
    });
}

} // namespace

QJsonObject continuationToJson(const ContinuationSettings& s)
{
    QJsonObject start{{"kind", nameOf(kContinuationStartNames, s.start)},
                      {"period", s.period},
                      {"transient", static_cast<double>(s.startTransient)},
                      {"state", numberArray(s.startState)}};
    QJsonObject o{{"start", start},
                  {"parameter", QString::fromStdString(s.parameter)},
                  {"direction", s.direction},
                  {"max_points", s.maxPoints},
                  {"initial_step", s.initialStep},
                  {"min_step", s.minStep},
                  {"max_step", s.maxStep},
                  {"tolerance", s.tolerance},
                  {"max_newton_iterations", s.maxNewtonIterations},
                  {"switch_at_flips", s.flipSwitches}};
    insertOptional(o, "minimum", s.minimum);
    insertOptional(o, "start_value", s.startValue);
    insertOptional(o, "maximum", s.maximum);
    if (s.curves) {
        QJsonObject c{{"second_parameter", QString::fromStdString(s.curves->secondParameter)},
                      {"labels", textArray(s.curves->labels)},
                      {"max_points", s.curves->maxPoints}};
        insertOptional(c, "second_minimum", s.curves->secondMinimum);
        insertOptional(c, "second_maximum", s.curves->secondMaximum);
        o.insert(QStringLiteral("curves"), c);
    }
    return o;
}

bool continuationFromJson(FieldReader& r, const Model& model, ContinuationSettings& s)
{
    if (model.timeKind() != TimeKind::Map)
        return r.fail(Text::tr("%1: continuation needs a map model").arg(r.path()));
    if (s.parameter.empty() && model.parameterCount() > 0)
        s.parameter = model.parameterSpecs().front().name;
    if (!readStart(r, model, s) || !r.parameter("parameter", model, s.parameter) ||
        !readRange(r, "minimum", "maximum", s.minimum, s.maximum) ||
        !r.optionalNumber("start_value", s.startValue) || !r.integer("direction", -1, 1, s.direction) ||
        !r.integer("max_points", 2, 100000, s.maxPoints) || !r.positive("initial_step", 1e3, s.initialStep) ||
        !r.positive("min_step", 1e3, s.minStep) || !r.positive("max_step", 1e3, s.maxStep) ||
        !r.positive("tolerance", 1e-2, s.tolerance) ||
        !r.integer("max_newton_iterations", 1, 100, s.maxNewtonIterations) ||
        !r.integer("switch_at_flips", 0, 8, s.flipSwitches) || !readCurves(r, model, s))
        return false;
    if (s.direction == 0)
        return r.fail(Text::tr("%1 must be +1 or -1").arg(r.field("direction")));
    const int index = model.parameterIndex(s.parameter);
    if (index < 0)
        return r.fail(Text::tr("%1 is missing").arg(r.field("parameter")));
    const ParameterSpec& spec = model.parameterSpecs()[static_cast<std::size_t>(index)];
    if (s.startValue && !(*s.startValue >= spec.minimum && *s.startValue <= spec.maximum))
        return r.fail(Text::tr("%1 must lie in the parameter's valid range [%2, %3]")
                          .arg(r.field("start_value"))
                          .arg(spec.minimum)
                          .arg(spec.maximum));
    if (!(s.minStep <= s.initialStep && s.initialStep <= s.maxStep))
        return r.fail(Text::tr("%1: min_step <= initial_step <= max_step must hold").arg(r.path()));
    return true;
}

} // namespace nd
