// analyses.fixed_points, analyses.lyapunov and analyses.basins: analyses of the dynamics that
// start from the study's initial state (or a box or grid around it).
#include "study/sectionjson.h"

#include <QCoreApplication>

#include <algorithm>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// basins.measures: the box fits in the grid; the uncertainty exponent needs two distinct
// perturbations in (0, 0.5) of the axis range.
bool readBasinMeasures(FieldReader& parent, BasinSettings& s)
{
    return readOptionalObject(parent, "measures", s.measures, [&](FieldReader& r, BasinMeasureSettings& m) {
        if (!r.integer("box_size", 1, 10000, m.boxSize))
            return false;
        if (m.boxSize > std::min(s.x.count, s.y.count))
            return r.fail(Text::tr("%1: boxes of %2 cells do not fit in the grid of %3 x %4 cells")
                              .arg(r.field("box_size"))
                              .arg(m.boxSize)
                              .arg(s.x.count)
                              .arg(s.y.count));
        return readOptionalObject(r, "uncertainty", m.uncertainty,
                                  [&](FieldReader& u, UncertaintyOptions& o) {
                                      if (!u.numbers("epsilons", 64, o.epsilons) ||
                                          !u.integer("samples", 1, 1e7, o.samples) || !u.seed("seed", o.seed))
                                          return false;
                                      std::vector<double> e = o.epsilons;
                                      std::sort(e.begin(), e.end());
                                      e.erase(std::unique(e.begin(), e.end()), e.end());
                                      if (e.size() < 2 || !(e.front() > 0.0) || !(e.back() < 0.5))
                                          return u.fail(
                                              Text::tr("%1: give at least two different "
                                                       "perturbations in (0, 0.5) of the axis range")
                                                  .arg(u.field("epsilons")));
                                      return true;
                                  }) &&
               readOptionalObject(r, "wada", m.wada, [&](FieldReader& w, WadaOptions& o) {
                   return w.integer("max_refinement", 0, 12, o.maxRefinement);
               });
    });
}

constexpr EnumName<SliceOthers> kSliceOthers[] = {{"initial_state", SliceOthers::InitialState},
                                                  {"values", SliceOthers::Values},
                                                  {"trajectory", SliceOthers::Trajectory}};

// fixed_points.critical_set: maps only; without `variables` the map's own one or two variables,
// with them a 2-D slice of any map (two distinct variables of the model, the box over those
// two). A given box must have some width along every axis.
bool readCriticalSet(FieldReader& parent, const Model& model, FixedPointSettings& s)
{
    return readOptionalObject(
        parent, "critical_set", s.criticalSet, [&](FieldReader& r, CriticalSetSettings& c) {
            if (model.timeKind() != TimeKind::Map)
                return r.fail(Text::tr("%1: the critical set belongs to maps").arg(r.path()));
            if (!r.texts("variables", 2, c.variables))
                return false;
            const auto names = model.variableNames();
            if (c.variables.empty() && model.dimension() > 2)
                return r.fail(Text::tr("%1: a map of more than two state variables needs two slice variables "
                                       "(one of %2)")
                                  .arg(r.field("variables"), variableList(model)));
            if (!c.variables.empty()) {
                if (c.variables.size() != 2)
                    return r.fail(
                        Text::tr("%1 must name exactly two state variables").arg(r.field("variables")));
                for (const auto& v : c.variables)
                    if (std::find(names.begin(), names.end(), v) == names.end())
                        return r.fail(
                            Text::tr("%1: '%2' is not a state variable of the model (one of %3)")
                                .arg(r.field("variables"), QString::fromStdString(v), variableList(model)));
                if (c.variables[0] == c.variables[1])
                    return r.fail(Text::tr("%1: the two slice variables must differ (both are '%2')")
                                      .arg(r.field("variables"), QString::fromStdString(c.variables[0])));
                if (!r.numbers("box_min", 2, c.boxMin) || !r.numbers("box_max", 2, c.boxMax))
                    return false;
                if (c.boxMin.size() != c.boxMax.size() || (!c.boxMin.empty() && c.boxMin.size() != 2))
                    return r.fail(Text::tr("%1 and %2 must both be empty or both hold two numbers, one per "
                                           "slice variable")
                                      .arg(r.field("box_min"), r.field("box_max")));
            } else if (!readBox(r, "box_min", "box_max", model, c.boxMin, c.boxMax)) {
                return false;
            }
            if (!r.integer("resolution", 1, 20000, c.resolution))
                return false;
            for (std::size_t i = 0; i < c.boxMin.size(); ++i)
                if (!(c.boxMin[i] < c.boxMax[i]))
                    return r.fail(
                        Text::tr("%1: the box of the critical set must have a width along variable %2")
                            .arg(r.field("box_min"))
                            .arg(c.variables.empty() ? QString::number(i)
                                                     : QString::fromStdString(c.variables[i])));
            if (!r.choice("others", kSliceOthers, c.others) ||
                !r.numbers("other_values", model.dimension(), c.otherValues) ||
                !r.integer("transient", 0, 1e9, c.transient) ||
                !r.integer("orbit_points", 1, 1e7, c.orbitPoints) ||
                !r.integer("slices", 1, 1000, c.slices) || !r.optionalNumber("distance", c.distance))
                return false;
            if (c.others == SliceOthers::Values &&
                c.otherValues.size() != static_cast<std::size_t>(model.dimension()))
                return r.fail(
                    Text::tr("%1 must hold %2 numbers, one per state variable, when others is 'values'")
                        .arg(r.field("other_values"))
                        .arg(model.dimension()));
            if (c.distance && !(*c.distance >= 0.0))
                return r.fail(
                    Text::tr("%1 must not be negative (got %2)").arg(r.field("distance")).arg(*c.distance));
            return true;
        });
}

constexpr EnumName<AlongStart> kAlongStartNames[] = {{"fixed", AlongStart::Fixed},
                                                     {"follow", AlongStart::Follow}};

// lyapunov.along: a parameter of the model (required), from and to inside its valid range
// (default: its typical range) and different, at least two values.
bool readLyapunovAlong(FieldReader& parent, const Model& model, LyapunovSettings& s)
{
    return readOptionalObject(parent, "along", s.along, [&](FieldReader& r, LyapunovAlongSettings& a) {
        if (!r.parameterSweep(model, a.parameter, a.from, a.to) || !r.integer("count", 2, 100000, a.count) ||
            !r.choice("policy", kAlongStartNames, a.start))
            return false;
        if (!(a.from != a.to))
            return r.fail(Text::tr("%1 and %2 must differ (both are %3)")
                              .arg(r.field("from"), r.field("to"))
                              .arg(a.from));
        return true;
    });
}

} // namespace

QJsonObject basinAxisToJson(const BasinAxisSettings& a)
{
    return QJsonObject{
        {"variable", QString::fromStdString(a.variable)}, {"from", a.from}, {"to", a.to}, {"count", a.count}};
}

bool readBasinAxis(FieldReader& parent, const char* key, const Model& model, BasinAxisSettings& a,
                   int minCount, int maxCount)
{
    QJsonObject o;
    bool present = false;
    if (!parent.object(key, o, present))
        return false;
    FieldReader r(o, parent.field(key), parent.error());
    if (!r.variable("variable", model, a.variable) || !r.number("from", a.from) || !r.number("to", a.to) ||
        !r.integer("count", minCount, maxCount, a.count) || !r.noUnknownKeys())
        return false;
    if (!(a.from < a.to))
        return r.fail(Text::tr("%1: from must be below to").arg(r.path()));
    return true;
}

QJsonObject fixedPointsToJson(const FixedPointSettings& s)
{
    QJsonObject o{{"box_min", numberArray(s.boxMin)},
                  {"box_max", numberArray(s.boxMax)},
                  {"seed_count", s.seeds},
                  {"seed", static_cast<double>(s.seed)},
                  {"max_newton_iterations", s.maxIterations},
                  {"tolerance", s.tolerance},
                  {"duplicate_tolerance", s.duplicateTolerance},
                  {"hyperbolic_tolerance", s.hyperbolicTolerance},
                  {"homogeneous_seeds", s.homogeneousSeeds}};
    if (s.criticalSet) {
        const CriticalSetSettings& c = *s.criticalSet;
        // The slice's keys only when they differ from the defaults: a file of a one- or two-variable
        // map written before slices existed reads and writes back unchanged.
        const CriticalSetSettings d;
        QJsonObject cs{{"box_min", numberArray(c.boxMin)},
                       {"box_max", numberArray(c.boxMax)},
                       {"resolution", c.resolution}};
        if (!c.variables.empty())
            cs.insert(QStringLiteral("variables"), textArray(c.variables));
        if (c.others != d.others)
            cs.insert(QStringLiteral("others"), QLatin1String(enumName<SliceOthers>(kSliceOthers, c.others)));
        if (!c.otherValues.empty())
            cs.insert(QStringLiteral("other_values"), numberArray(c.otherValues));
        if (c.transient != d.transient)
            cs.insert(QStringLiteral("transient"), static_cast<double>(c.transient));
        if (c.orbitPoints != d.orbitPoints)
            cs.insert(QStringLiteral("orbit_points"), static_cast<double>(c.orbitPoints));
        if (c.slices != d.slices)
            cs.insert(QStringLiteral("slices"), c.slices);
        if (c.distance)
            cs.insert(QStringLiteral("distance"), *c.distance);
        o.insert(QStringLiteral("critical_set"), cs);
    }
    return o;
}

bool fixedPointsFromJson(FieldReader& r, const Model& model, FixedPointSettings& s)
{
    return readBox(r, "box_min", "box_max", model, s.boxMin, s.boxMax) &&
           r.integer("seed_count", 1, 100000, s.seeds) && r.seed("seed", s.seed) &&
           r.integer("max_newton_iterations", 1, 10000, s.maxIterations) &&
           r.positive("tolerance", 1e-2, s.tolerance) &&
           r.positive("duplicate_tolerance", 1.0, s.duplicateTolerance) &&
           r.positive("hyperbolic_tolerance", 1e-2, s.hyperbolicTolerance) &&
           r.boolean("homogeneous_seeds", s.homogeneousSeeds) && readCriticalSet(r, model, s);
}

QJsonObject lyapunovToJson(const LyapunovSettings& s)
{
    QJsonObject o{{"largest_only", s.largestOnly},
                  {"exponents", s.exponents},
                  {"transient", static_cast<double>(s.transient)},
                  {"steps", static_cast<double>(s.steps)},
                  {"orthonormalize_every", s.orthonormalizeEvery},
                  {"dt", s.dt},
                  {"curve_points", s.curvePoints}};
    if (s.along) // absent when not asked for: files without it read and write back unchanged
        o.insert(
            QStringLiteral("along"),
            QJsonObject{{"parameter", QString::fromStdString(s.along->parameter)},
                        {"from", s.along->from},
                        {"to", s.along->to},
                        {"count", s.along->count},
                        {"policy", QLatin1String(enumName<AlongStart>(kAlongStartNames, s.along->start))}});
    return o;
}

bool lyapunovFromJson(FieldReader& r, const Model& model, LyapunovSettings& s)
{
    return r.boolean("largest_only", s.largestOnly) &&
           r.integer("exponents", 0, model.dimension(), s.exponents) &&
           r.integer("transient", 0, 1e9, s.transient) && r.integer("steps", 1, 1e9, s.steps) &&
           r.integer("orthonormalize_every", 1, 10000, s.orthonormalizeEvery) &&
           r.positive("dt", 10.0, s.dt) && r.integer("curve_points", 0, 100000, s.curvePoints) &&
           readLyapunovAlong(r, model, s);
}

QJsonObject basinsToJson(const BasinSettings& s)
{
    QJsonObject o{{"x", basinAxisToJson(s.x)},
                  {"y", basinAxisToJson(s.y)},
                  {"transient", static_cast<double>(s.transient)},
                  {"window", static_cast<double>(s.window)},
                  {"max_period", s.maxPeriod},
                  {"period_tolerance", s.periodTolerance},
                  {"match_tolerance", s.matchTolerance},
                  {"aperiodic_tolerance", s.aperiodicTolerance}};
    if (s.measures) {
        const BasinMeasureSettings& m = *s.measures;
        QJsonObject mo{{"box_size", m.boxSize}};
        if (m.uncertainty)
            mo.insert("uncertainty", QJsonObject{{"epsilons", numberArray(m.uncertainty->epsilons)},
                                                 {"samples", static_cast<double>(m.uncertainty->samples)},
                                                 {"seed", static_cast<double>(m.uncertainty->seed)}});
        if (m.wada)
            mo.insert("wada", QJsonObject{{"max_refinement", m.wada->maxRefinement}});
        o.insert("measures", mo);
    }
    return o;
}

bool basinsFromJson(FieldReader& r, const Model& model, BasinSettings& s)
{
    const auto names = model.variableNames();
    if (names.size() < 2)
        return r.fail(Text::tr("%1: basins need a model with at least two state variables").arg(r.path()));
    if (s.x.variable.empty())
        s.x.variable = names[0];
    if (s.y.variable.empty())
        s.y.variable = names[1];
    if (!readBasinAxis(r, "x", model, s.x, 2, 2048) || !readBasinAxis(r, "y", model, s.y, 2, 2048) ||
        !r.integer("transient", 0, 1e8, s.transient) || !r.integer("window", 2, 1e6, s.window) ||
        !r.integer("max_period", 1, 10000, s.maxPeriod) ||
        !r.positive("period_tolerance", 1.0, s.periodTolerance) ||
        !r.positive("match_tolerance", 1e6, s.matchTolerance) ||
        !r.positive("aperiodic_tolerance", 1e6, s.aperiodicTolerance))
        return false;
    if (s.x.variable == s.y.variable)
        return r.fail(Text::tr("%1: x and y must use different state variables").arg(r.path()));
    if (s.window < 2L * s.maxPeriod)
        return r.fail(Text::tr("%1: window must be at least twice max_period").arg(r.path()));
    return readBasinMeasures(r, s);
}

} // namespace nd
