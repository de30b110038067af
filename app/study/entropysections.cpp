// analyses.mse, permutation_entropy and apen: the entropy family of the study's trajectory, each
// with the optional "significance" object the series measures share. Every option of
// `neurodyn-cli measure mse | permutation-entropy | apen` has its field, with the command's bounds,
// and the names of its choices (costa/rcmse, original/per-scale, sd/abs, le/lt).
#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

inline constexpr EnumName<MseMethod> kMseMethodNames[] = {{"costa", MseMethod::Costa},
                                                          {"rcmse", MseMethod::RefinedComposite}};
// MultiscaleEntropyOptions::tolerancePerScale as the command's --tolerance names it.
enum class MseTolerance { Original, PerScale };
inline constexpr EnumName<MseTolerance> kMseToleranceNames[] = {{"original", MseTolerance::Original},
                                                                {"per-scale", MseTolerance::PerScale}};
inline constexpr EnumName<PermutationTieRule> kTieRuleNames[] = {
    {"earlier-smaller", PermutationTieRule::EarlierSmaller}};

// The scalars a section's significance may test, by their keys in the JSON of the measure.
constexpr const char* kMseScalars[] = {"complexity_index"};
constexpr const char* kPermutationScalars[] = {"value"};
constexpr const char* kApproximateScalars[] = {"value"};

// m, r, r_mode, ddof and match: the tolerance fields sample entropy has too, with its bounds.
template <class Settings> bool readTolerance(FieldReader& r, Settings& o)
{
    return readDimensionRule(r, "m", 1, 1000, o.rules.dimension, o.m) && r.positive("r", 1e12, o.r) &&
           r.choice("r_mode", kToleranceKindNames, o.toleranceKind) && r.integer("ddof", 0, 1, o.ddof) &&
           r.choice("match", kMatchRuleNames, o.rule);
}

template <class Settings> QJsonObject toleranceJson(const std::string& variable, const Settings& o)
{
    return QJsonObject{{"variable", QString::fromStdString(variable)},
                       {"m", dimensionRuleJson(o.rules.dimension, o.m)},
                       {"r", o.r},
                       {"r_mode", nameOf(kToleranceKindNames, o.toleranceKind)},
                       {"ddof", o.ddof},
                       {"match", nameOf(kMatchRuleNames, o.rule)}};
}

} // namespace

QJsonObject multiscaleEntropyToJson(const MultiscaleEntropySettings& s)
{
    QJsonObject o = toleranceJson(s.variable, s);
    o.insert(QStringLiteral("scales"), s.maxScale);
    o.insert(QStringLiteral("method"), nameOf(kMseMethodNames, s.method));
    o.insert(
        QStringLiteral("tolerance"),
        nameOf(kMseToleranceNames, s.tolerancePerScale ? MseTolerance::PerScale : MseTolerance::Original));
    return withSignificance(o, s.significance);
}

bool multiscaleEntropyFromJson(FieldReader& r, const Model& model, MultiscaleEntropySettings& s)
{
    MseTolerance tolerance = s.tolerancePerScale ? MseTolerance::PerScale : MseTolerance::Original;
    if (!readSeriesVariable(r, model, s.variable) || !r.integer("scales", 1, 100000, s.maxScale) ||
        !r.choice("method", kMseMethodNames, s.method) ||
        !r.choice("tolerance", kMseToleranceNames, tolerance) || !readTolerance(r, s) ||
        !readSignificance(r, kMseScalars, s.significance))
        return false;
    s.tolerancePerScale = tolerance == MseTolerance::PerScale;
    return true;
}

QJsonObject permutationEntropyToJson(const PermutationEntropySettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"order", dimensionRuleJson(s.rules.dimension, s.order)},
                                        {"delay", delayRuleJson(s.rules.delay, s.delay)},
                                        {"weighted", s.weighted},
                                        {"normalised", s.normalised},
                                        {"ties", nameOf(kTieRuleNames, s.ties)}},
                            s.significance);
}

bool permutationEntropyFromJson(FieldReader& r, const Model& model, PermutationEntropySettings& s)
{
    return readSeriesVariable(r, model, s.variable) &&
           readDimensionRule(r, "order", kMinPermutationOrder, kMaxPermutationOrder, s.rules.dimension,
                             s.order) &&
           readDelayRule(r, "delay", 1, 1e6, s.rules.delay, s.delay) && r.boolean("weighted", s.weighted) &&
           r.boolean("normalised", s.normalised) && r.choice("ties", kTieRuleNames, s.ties) &&
           readSignificance(r, kPermutationScalars, s.significance);
}

QJsonObject approximateEntropyToJson(const ApproximateEntropySettings& s)
{
    return withSignificance(toleranceJson(s.variable, s), s.significance);
}

bool approximateEntropyFromJson(FieldReader& r, const Model& model, ApproximateEntropySettings& s)
{
    return readSeriesVariable(r, model, s.variable) && readTolerance(r, s) &&
           readSignificance(r, kApproximateScalars, s.significance);
}

} // namespace nd
