// analyses.attractors: the attractor atlas (core/analysis/attractors.h) from a grid on a 2-D
// slice or random states in a box, at the study's parameter values or followed along one
// parameter ("along"). Every engine option is written; the engine checks the rest (budgets,
// memory) and names the field too.
#include "study/sectionjson.h"

#include <QCoreApplication>

#include <algorithm>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

constexpr EnumName<AttractorSampling> kSamplingNames[] = {{"grid", AttractorSampling::Grid},
                                                          {"random", AttractorSampling::Random}};

bool readAlong(FieldReader& parent, const Model& model, AttractorSettings& s)
{
    return readOptionalObject(parent, "along", s.along, [&](FieldReader& r, AttractorAlongSettings& a) {
        if (!r.parameterSweep(model, a.parameter, a.from, a.to) || !r.integer("count", 1, 100000, a.count) ||
            !r.positive("match_distance", 10.0, a.matchDistance) ||
            !r.integer("match_points", 2, 100000, a.matchPoints) ||
            !r.number("tolerance", 0.0, 1e6, a.tolerance))
            return false;
        if (a.count > 1 && !(a.from != a.to))
            return r.fail(Text::tr("%1 and %2 must differ (both are %3)")
                              .arg(r.field("from"), r.field("to"))
                              .arg(a.from));
        return true;
    });
}

} // namespace

QJsonObject attractorsToJson(const AttractorSettings& s)
{
    QJsonObject o{
        {"sampling",
         QLatin1String(enumName(std::span<const EnumName<AttractorSampling>>(kSamplingNames), s.sampling))},
        {"cell_size", numberArray(s.cellSize)},
        {"cells_per_extent", s.cellsPerExtent},
        {"recurrences", s.recurrences},
        {"hits_to_join", s.hitsToJoin},
        {"misses_to_reset", s.missesToReset},
        {"max_iterations", static_cast<double>(s.maxIterations)},
        {"settle", static_cast<double>(s.settle)},
        {"orbit_length", static_cast<double>(s.orbitLength)},
        {"saturation", static_cast<double>(s.saturation)},
        {"scouts", s.scouts},
        {"scout_transient", static_cast<double>(s.scoutTransient)},
        {"max_period", s.maxPeriod},
        {"period_tolerance", s.periodTolerance},
        {"lyapunov_steps", static_cast<double>(s.lyapunovSteps)},
        {"chaos_threshold", s.chaosThreshold},
        {"sample_time", s.sampleTime}};
    if (s.sampling == AttractorSampling::Grid) {
        o.insert("x", basinAxisToJson(s.x));
        o.insert("y", basinAxisToJson(s.y));
    } else {
        o.insert("count", static_cast<double>(s.count));
        o.insert("box_min", numberArray(s.boxMin));
        o.insert("box_max", numberArray(s.boxMax));
        o.insert("seed", static_cast<double>(s.seed));
    }
    if (s.along)
        o.insert("along", QJsonObject{{"parameter", QString::fromStdString(s.along->parameter)},
                                      {"from", s.along->from},
                                      {"to", s.along->to},
                                      {"count", s.along->count},
                                      {"match_distance", s.along->matchDistance},
                                      {"match_points", s.along->matchPoints},
                                      {"tolerance", s.along->tolerance}});
    return o;
}

bool attractorsFromJson(FieldReader& r, const Model& model, AttractorSettings& s)
{
    const auto names = model.variableNames();
    // A model of one variable has no 2-D slice: random states in a box are its only sampling.
    if (names.size() < 2)
        s.sampling = AttractorSampling::Random;
    if (!r.choice("sampling", kSamplingNames, s.sampling))
        return false;
    if (s.sampling == AttractorSampling::Grid) {
        if (names.size() < 2)
            return r.fail(
                Text::tr("%1: a grid needs a model with at least two state variables; use \"random\"")
                    .arg(r.field("sampling")));
        if (s.x.variable.empty())
            s.x.variable = names[0];
        if (s.y.variable.empty())
            s.y.variable = names[1];
        if (!readBasinAxis(r, "x", model, s.x, 1, 4096) || !readBasinAxis(r, "y", model, s.y, 1, 4096))
            return false;
        if (s.x.variable == s.y.variable)
            return r.fail(Text::tr("%1: x and y must use different state variables").arg(r.path()));
    } else {
        if (!r.integer("count", 1, 1e8, s.count) ||
            !readBox(r, "box_min", "box_max", model, s.boxMin, s.boxMax) || !r.seed("seed", s.seed))
            return false;
        if (s.boxMin.empty())
            return r.fail(Text::tr("%1 and %2: random states need a box, one bound per state variable")
                              .arg(r.field("box_min"), r.field("box_max")));
        for (std::size_t i = 0; i < s.boxMin.size(); ++i)
            if (!(s.boxMin[i] < s.boxMax[i]))
                return r.fail(Text::tr("%1: the box is empty along %2")
                                  .arg(r.path(), QString::fromStdString(names[i])));
    }
    if (!r.numbers("cell_size", model.dimension(), s.cellSize))
        return false;
    if (s.cellSize.size() > 1 && s.cellSize.size() != names.size())
        return r.fail(Text::tr("%1 must hold one size or one per state variable (%2)")
                          .arg(r.field("cell_size"))
                          .arg(names.size()));
    for (double c : s.cellSize)
        if (!(c > 0.0))
            return r.fail(Text::tr("%1: cell sizes must be positive").arg(r.field("cell_size")));
    return r.integer("cells_per_extent", 1, 1e6, s.cellsPerExtent) &&
           r.integer("recurrences", 1, 1e7, s.recurrences) &&
           r.integer("hits_to_join", 1, 1e7, s.hitsToJoin) &&
           r.integer("misses_to_reset", 1, 1e7, s.missesToReset) &&
           r.integer("max_iterations", 1, 1e8, s.maxIterations) && r.integer("settle", 0, 1e8, s.settle) &&
           r.integer("orbit_length", 1, 1e7, s.orbitLength) &&
           r.integer("saturation", 1, 1e8, s.saturation) && r.integer("scouts", 1, 1e6, s.scouts) &&
           r.integer("scout_transient", 0, 1e8, s.scoutTransient) &&
           r.integer("max_period", 1, 10000, s.maxPeriod) &&
           r.positive("period_tolerance", 1.0, s.periodTolerance) &&
           r.integer("lyapunov_steps", 1, 1e8, s.lyapunovSteps) &&
           r.positive("chaos_threshold", 1e3, s.chaosThreshold) &&
           r.positive("sample_time", 1e6, s.sampleTime) && readAlong(r, model, s);
}

} // namespace nd
