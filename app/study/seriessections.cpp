// analyses.zero_one, sample_entropy, synchrony, mfdfa and network_spectrum: the measures of
// the study's trajectory and of the model's coupling network, and the "significance" object the
// series measures share.
#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include "analysis/observable.h"
#include "analysis/synchronyconventions.h"
#include "common/errors.h"
#include "study/enginemessage.h"

#include <QCoreApplication>

#include <cctype>
#include <numbers>
#include <span>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

bool strictlyIncreasing(const std::vector<double>& v)
{
    for (std::size_t i = 1; i < v.size(); ++i)
        if (!(v[i] > v[i - 1]))
            return false;
    return true;
}

// The per-node variable synchrony uses by default: the first variable without its node number.
std::string defaultNodeVariable(const Model& model)
{
    std::string base = model.variableNames().front();
    while (!base.empty() && std::isdigit(static_cast<unsigned char>(base.back())))
        base.pop_back();
    return nodeVariableIndices(model, base).size() >= 2 ? base : std::string();
}

// The scalars a section's significance may test, named by their keys in the run's JSON twin;
// the first is the default.
constexpr const char* kZeroOneScalars[] = {"K"};
constexpr const char* kSampleEntropyScalars[] = {"value"};
constexpr const char* kSynchronyScalars[] = {"correlation_value"};
constexpr const char* kMfdfaScalars[] = {"width", "h2"};

} // namespace

// The variable a single-series measure uses: the model's first when the section gives none.
bool readSeriesVariable(FieldReader& r, const Model& model, std::string& variable)
{
    if (!r.has("variable"))
        variable = model.variableNames().front();
    return r.variable("variable", model, variable);
}

// "significance": {"surrogates", "count", "seed", "tail", "scalar", "iaaft_tolerance",
// "iaaft_max_iterations"}: one reader for every measure section; absent means none.
bool readSignificance(FieldReader& parent, std::span<const char* const> scalars,
                      std::optional<SignificanceSettings>& out)
{
    return readOptionalObject(parent, "significance", out, [&](FieldReader& r, SignificanceSettings& s) {
        s.scalar = scalars.front();
        if (r.has("surrogates")) {
            const QString kind = r.value("surrogates").toString();
            if (!surrogateKindFromName(kind.toStdString(), s.surrogates.kind))
                return r.fail(Text::tr("%1 must be shuffle, ft, aaft or iaaft (got '%2')")
                                  .arg(r.field("surrogates"), kind));
        }
        if (r.has("tail")) {
            const QString tail = r.value("tail").toString();
            if (!tailFromName(tail.toStdString(), s.tail))
                return r.fail(
                    Text::tr("%1 must be greater, less or two-sided (got '%2')").arg(r.field("tail"), tail));
        }
        if (r.has("scalar")) {
            const QString scalar = r.value("scalar").toString();
            QStringList known;
            for (const char* name : scalars)
                known << QLatin1String(name);
            if (!known.contains(scalar))
                return r.fail(Text::tr("%1 must be one of %2 (got '%3')")
                                  .arg(r.field("scalar"), known.join(QStringLiteral(", ")), scalar));
            s.scalar = scalar.toStdString();
        }
        return r.integer("count", 1, 1e6, s.count) && r.seed("seed", s.surrogates.seed) &&
               r.number("iaaft_tolerance", 0.0, 1.0, s.surrogates.iaaftTolerance) &&
               r.integer("iaaft_max_iterations", 1, 1e6, s.surrogates.iaaftMaxIterations);
    });
}

// The section's JSON with its "significance" object when it has one.
QJsonObject withSignificance(QJsonObject section, const std::optional<SignificanceSettings>& s)
{
    if (s)
        section.insert(QStringLiteral("significance"),
                       QJsonObject{{"surrogates", QLatin1String(surrogateKindName(s->surrogates.kind))},
                                   {"count", static_cast<double>(s->count)},
                                   {"seed", static_cast<double>(s->surrogates.seed)},
                                   {"tail", QLatin1String(tailName(s->tail))},
                                   {"scalar", QString::fromStdString(s->scalar)},
                                   {"iaaft_tolerance", s->surrogates.iaaftTolerance},
                                   {"iaaft_max_iterations", s->surrogates.iaaftMaxIterations}});
    return section;
}

QJsonObject zeroOneToJson(const ZeroOneSettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"seed", static_cast<double>(s.seed)},
                                        {"c_count", s.cCount},
                                        {"c_min", s.cMin},
                                        {"c_max", s.cMax},
                                        {"c_values", numberArray(s.cValues)},
                                        {"n_cut", static_cast<double>(s.nCut)}},
                            s.significance);
}

bool zeroOneFromJson(FieldReader& r, const Model& model, ZeroOneSettings& s)
{
    constexpr double twoPi = 2 * std::numbers::pi;
    if (!readSeriesVariable(r, model, s.variable) || !r.seed("seed", s.seed) ||
        !r.integer("c_count", 1, 10000, s.cCount) || !r.number("c_min", 0.0, twoPi, s.cMin) ||
        !r.number("c_max", 0.0, twoPi, s.cMax) || !r.numbers("c_values", 10000, s.cValues) ||
        !r.integer("n_cut", 0, 1e8, s.nCut) || !readSignificance(r, kZeroOneScalars, s.significance))
        return false;
    if (!(s.cMin > 0.0 && s.cMin < s.cMax && s.cMax < twoPi))
        return r.fail(Text::tr("%1: c_min and c_max must satisfy 0 < c_min < c_max < 2 pi").arg(r.path()));
    for (double c : s.cValues)
        if (!(c > 0.0 && c < twoPi))
            return r.fail(Text::tr("%1: every c must lie in (0, 2 pi)").arg(r.field("c_values")));
    if (s.nCut != 0 && s.nCut < 3)
        return r.fail(Text::tr("%1 must be 0 (N / 10) or at least 3").arg(r.field("n_cut")));
    return true;
}

QJsonObject sampleEntropyToJson(const SampleEntropySettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"m", dimensionRuleJson(s.rules.dimension, s.m)},
                                        {"r", s.r},
                                        {"r_mode", nameOf(kToleranceKindNames, s.toleranceKind)},
                                        {"ddof", s.ddof},
                                        {"lag", delayRuleJson(s.rules.delay, s.lag)},
                                        {"match", nameOf(kMatchRuleNames, s.rule)},
                                        {"templates", nameOf(kTemplateCountNames, s.templates)}},
                            s.significance);
}

bool sampleEntropyFromJson(FieldReader& r, const Model& model, SampleEntropySettings& s)
{
    return readSeriesVariable(r, model, s.variable) &&
           readDimensionRule(r, "m", 1, 1000, s.rules.dimension, s.m) && r.positive("r", 1e12, s.r) &&
           r.choice("r_mode", kToleranceKindNames, s.toleranceKind) && r.integer("ddof", 0, 1, s.ddof) &&
           readDelayRule(r, "lag", 1, 1e6, s.rules.delay, s.lag) &&
           r.choice("match", kMatchRuleNames, s.rule) &&
           r.choice("templates", kTemplateCountNames, s.templates) &&
           readSignificance(r, kSampleEntropyScalars, s.significance);
}

QJsonObject synchronyToJson(const SynchronySettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"correlation", nameOf(kCorrelationScalarNames, s.correlation)},
                                        {"phases", nameOf(kPhaseConventionNames, s.phases)},
                                        {"threshold", s.threshold},
                                        {"y_variable", QString::fromStdString(s.yVariable)},
                                        {"hub", static_cast<double>(s.hub)},
                                        {"local_half_width", s.localHalfWidth}},
                            s.significance);
}

bool readPhaseConvention(FieldReader& r, const Model& model, PhaseConvention& phases)
{
    if (!r.choice("phases", kPhaseConventionNames, phases))
        return false;
    try {
        requirePhaseConvention(model, phases, r.field("phases").toStdString());
    } catch (const InputError& e) {
        return r.fail(engineMessage(e));
    }
    return true;
}

bool readPhaseY(FieldReader& r, const Model& model, PhaseConvention phases, const std::string& variable,
                std::string& yVariable)
{
    if (!phaseNeedsY(phases)) {
        yVariable = r.value("y_variable").toString().toStdString();
        return yVariable.empty() || r.nodeVariable("y_variable", model, yVariable);
    }
    if (!r.has("y_variable") || r.value("y_variable").toString().isEmpty())
        return r.fail(Text::tr("%1 is missing: %2 phases need the second per-node variable")
                          .arg(r.field("y_variable"), QLatin1String(phaseConventionName(phases))));
    if (!r.nodeVariable("y_variable", model, yVariable))
        return false;
    if (nodeVariableIndices(model, yVariable).size() != nodeVariableIndices(model, variable).size() ||
        yVariable == variable)
        return r.fail(Text::tr("%1 must be another per-node variable with as many nodes as %2")
                          .arg(r.field("y_variable"), r.field("variable")));
    return true;
}

bool synchronyFromJson(FieldReader& r, const Model& model, SynchronySettings& s)
{
    if (!r.has("variable")) {
        s.variable = defaultNodeVariable(model);
        if (s.variable.empty())
            return r.fail(Text::tr("%1 is missing, and the model has no per-node variable to default to (%2)")
                              .arg(r.field("variable"), variableList(model)));
    }
    if (!r.has("correlation"))
        s.correlation = defaultCorrelationScalar(model);
    if (!r.nodeVariable("variable", model, s.variable) ||
        !r.choice("correlation", kCorrelationScalarNames, s.correlation) ||
        !readPhaseConvention(r, model, s.phases) || !r.number("threshold", s.threshold))
        return false;
    const auto nodes = static_cast<double>(nodeVariableIndices(model, s.variable).size());
    if (!r.integer("hub", 0, nodes - 1, s.hub) || !r.integer("local_half_width", -1, nodes, s.localHalfWidth))
        return false;
    return readPhaseY(r, model, s.phases, s.variable, s.yVariable) &&
           readSignificance(r, kSynchronyScalars, s.significance);
}

QJsonObject mfdfaToJson(const MfdfaSettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"q", numberArray(s.q)},
                                        {"order", s.order},
                                        {"scale_list", integerArray(s.scales)},
                                        {"scale_min", static_cast<double>(s.minScale)},
                                        {"scale_max", static_cast<double>(s.maxScale)},
                                        {"scale_count", s.scaleCount},
                                        {"zero_variance_tolerance", s.zeroVarianceTolerance}},
                            s.significance);
}

bool mfdfaFromJson(FieldReader& r, const Model& model, MfdfaSettings& s)
{
    if (!readSeriesVariable(r, model, s.variable) || !readQGrid(r, "q", s.q) ||
        !r.integer("order", 0, 8, s.order) || !r.integers("scale_list", 3, 1e8, 1000, s.scales) ||
        !r.integer("scale_min", 3, 1e8, s.minScale) || !r.integer("scale_max", 0, 1e8, s.maxScale) ||
        !r.integer("scale_count", 2, 1000, s.scaleCount) ||
        !r.number("zero_variance_tolerance", 0.0, 0.5, s.zeroVarianceTolerance) ||
        !readSignificance(r, kMfdfaScalars, s.significance))
        return false;
    std::vector<double> scales(s.scales.begin(), s.scales.end());
    if (!strictlyIncreasing(scales) || (scales.size() == 1))
        return r.fail(Text::tr("%1 must be empty or hold at least two strictly increasing scales")
                          .arg(r.field("scale_list")));
    const auto leastScale = static_cast<std::size_t>(s.order + 2);
    if (!s.scales.empty() && s.scales.front() < leastScale)
        return r.fail(Text::tr("%1: every scale must be at least order + 2").arg(r.field("scale_list")));
    if (s.minScale < leastScale)
        return r.fail(Text::tr("%1 must be at least order + 2").arg(r.field("scale_min")));
    if (s.maxScale != 0 && s.maxScale <= s.minScale)
        return r.fail(Text::tr("%1 must be 0 (N / 4) or above scale_min").arg(r.field("scale_max")));
    return true;
}

QJsonObject networkSpectrumToJson(const NetworkSpectrumSettings& s)
{
    return QJsonObject{{"method", nameOf(kNetworkSpectrumMethodNames, s.method)},
                       {"q", numberArray(s.q)},
                       {"radii", numberArray(s.radii)},
                       {"radius_count", s.radiusCount},
                       {"max_distance", s.neuroMfa.maxDistance},
                       {"min_edges", s.neuroMfa.minEdges},
                       {"round_digits", s.neuroMfa.roundDigits},
                       {"filter_mode", s.neuroMfa.filterMode},
                       {"centres", static_cast<double>(s.sandboxCentres)},
                       {"seed", static_cast<double>(s.sandboxSeed)}};
}

bool networkSpectrumFromJson(FieldReader& r, const Model& model, NetworkSpectrumSettings& s)
{
    if (nodeVariableGroups(model).empty())
        return r.fail(Text::tr("%1: the model is not a network of nodes").arg(r.path()));
    // Surrogates are defined for series; a graph has none here (a degree-preserving edge swap
    // would be one null, not built): say so rather than let noUnknownKeys call it a typo.
    if (r.has("significance"))
        return r.fail(Text::tr("%1: the network spectrum has no surrogate significance (surrogates are "
                               "defined for series, not for graphs)")
                          .arg(r.field("significance")));
    // The method first: without a "q" key the method's own grid applies (NeuroMFA: -3..3 step 0.1).
    if (!r.choice("method", kNetworkSpectrumMethodNames, s.method))
        return false;
    if (!r.has("q"))
        s.q = networkSpectrumDefaults(s.method).q;
    if (!readQGrid(r, "q", s.q) || !r.numbers("radii", 1000, s.radii) ||
        !r.integer("radius_count", 2, 10000, s.radiusCount) ||
        !r.number("max_distance", 1.0, 1e300, s.neuroMfa.maxDistance) ||
        !r.integer("min_edges", 0, 1e9, s.neuroMfa.minEdges) ||
        !r.integer("round_digits", 0, 6, s.neuroMfa.roundDigits) ||
        !r.integer("filter_mode", 0, 3, s.neuroMfa.filterMode) ||
        !r.integer("centres", 0, 1e9, s.sandboxCentres) || !r.seed("seed", s.sandboxSeed))
        return false;
    if (!(s.neuroMfa.maxDistance > 1.0))
        return r.fail(Text::tr("%1 must be above 1 (distances are kept when 1 < d <= max_distance)")
                          .arg(r.field("max_distance")));
    if (!strictlyIncreasing(s.radii) || (!s.radii.empty() && !(s.radii.front() > 0.0)) || s.radii.size() == 1)
        return r.fail(Text::tr("%1 must be empty or hold at least two positive, strictly increasing radii")
                          .arg(r.field("radii")));
    return true;
}

} // namespace nd
