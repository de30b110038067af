// analyses.rqa and analyses.embedding: recurrence quantification of one variable of the
// trajectory, and the delay and dimension choices for embedding it. Keys follow the options of
// `neurodyn-cli measure rqa` and `measure embedding`, so a section reads like the command.
#include "study/recurrencesections.h"

#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

inline constexpr EnumName<RecurrenceThreshold> kThresholdNames[] = {
    {"sd", RecurrenceThreshold::FractionOfStdDev},
    {"abs", RecurrenceThreshold::Absolute},
    {"rate", RecurrenceThreshold::FixedRate}};
inline constexpr EnumName<RecurrenceNorm> kNormNames[] = {{"max", RecurrenceNorm::Max},
                                                          {"euclidean", RecurrenceNorm::Euclidean}};

// A key that holds a whole number in [lo, hi] or one of the rule words: `rule` becomes the
// word's rule, or `given` with the number in `number`.
template <class Rule, std::size_t N>
bool numberOrRule(FieldReader& r, const char* key, double lo, double hi, const EnumName<Rule> (&words)[N],
                  Rule given, Rule& rule, int& number)
{
    if (!r.has(key))
        return true;
    const QJsonValue v = r.value(key);
    if (v.isString()) {
        for (const auto& w : words)
            if (v.toString() == QLatin1String(w.name)) {
                rule = w.value;
                return true;
            }
    } else if (v.isDouble()) {
        rule = given;
        return r.integer(key, lo, hi, number);
    }
    QStringList names;
    for (const auto& w : words)
        names << QLatin1String(w.name);
    return r.fail(Text::tr("%1 must be a whole number from %2 to %3 or one of %4")
                      .arg(r.field(key))
                      .arg(lo)
                      .arg(hi)
                      .arg(names.join(QStringLiteral(", "))));
}

inline constexpr EnumName<DelayRule> kDelayWords[] = {{"ami", DelayRule::MutualInformation},
                                                      {"acf", DelayRule::Autocorrelation}};
inline constexpr EnumName<DimensionRule> kDimensionWords[] = {{"fnn", DimensionRule::Fnn},
                                                              {"cao", DimensionRule::Cao}};

} // namespace

bool readDelayRule(FieldReader& r, const char* key, double lo, double hi, DelayRule& rule, int& number)
{
    return numberOrRule(r, key, lo, hi, kDelayWords, DelayRule::Given, rule, number);
}

bool readDimensionRule(FieldReader& r, const char* key, double lo, double hi, DimensionRule& rule,
                       int& number)
{
    return numberOrRule(r, key, lo, hi, kDimensionWords, DimensionRule::Given, rule, number);
}

QJsonValue delayRuleJson(DelayRule rule, int number)
{
    return rule == DelayRule::Given ? QJsonValue(number) : QJsonValue(QLatin1String(delayRuleName(rule)));
}

QJsonValue dimensionRuleJson(DimensionRule rule, int number)
{
    return rule == DimensionRule::Given ? QJsonValue(number)
                                        : QJsonValue(QLatin1String(dimensionRuleName(rule)));
}

QJsonObject rqaToJson(const RqaSettings& s)
{
    return withSignificance(QJsonObject{{"variable", QString::fromStdString(s.variable)},
                                        {"m", dimensionRuleJson(s.dimensionRule, s.dimension)},
                                        {"tau", delayRuleJson(s.delayRule, s.delay)},
                                        {"eps", s.threshold},
                                        {"eps_mode", nameOf(kThresholdNames, s.thresholdKind)},
                                        {"norm", nameOf(kNormNames, s.norm)},
                                        {"theiler", s.theiler},
                                        {"lmin", s.minDiagonal},
                                        {"vmin", s.minVertical},
                                        {"window", static_cast<double>(s.window)},
                                        {"step", static_cast<double>(s.step)}},
                            s.significance);
}

bool rqaFromJson(FieldReader& r, const Model& model, RqaSettings& s)
{
    if (!readSeriesVariable(r, model, s.variable) ||
        !readDimensionRule(r, "m", 1, 1000, s.dimensionRule, s.dimension) ||
        !readDelayRule(r, "tau", 1, 1e6, s.delayRule, s.delay) ||
        !r.choice("eps_mode", kThresholdNames, s.thresholdKind) || !r.positive("eps", 1e300, s.threshold) ||
        !r.choice("norm", kNormNames, s.norm) || !r.integer("theiler", 0, 1e6, s.theiler) ||
        !r.integer("lmin", 1, 1e6, s.minDiagonal) || !r.integer("vmin", 1, 1e6, s.minVertical) ||
        !r.integer("window", 0, 1e9, s.window) || !r.integer("step", 0, 1e9, s.step) ||
        !readSignificance(r, kRqaScalars, s.significance))
        return false;
    if (s.thresholdKind == RecurrenceThreshold::FixedRate && s.threshold > 1.0)
        return r.fail(Text::tr("%1 is a recurrence rate with eps_mode rate: it must lie in (0, 1]")
                          .arg(r.field("eps")));
    if (s.window == 0 && s.step != 0)
        return r.fail(Text::tr("%1 needs a window (%2 is 0: the whole series)")
                          .arg(r.field("step"), r.field("window")));
    if (s.window == 1)
        return r.fail(
            Text::tr("%1 must be 0 (the whole series) or at least 2 samples").arg(r.field("window")));
    if (s.window != 0 && s.significance)
        return r.fail(Text::tr("%1 tests a scalar of the whole series: not with %2 (windowed RQA)")
                          .arg(r.field("significance"), r.field("window")));
    return true;
}

QJsonObject embeddingToJson(const EmbeddingSettings& s)
{
    return QJsonObject{{"variable", QString::fromStdString(s.variable)},
                       {"delay", delayRuleJson(s.delayRule, s.delay)},
                       {"max_lag", s.delayOptions.maxLag},
                       {"bins", s.delayOptions.bins},
                       {"max_dimension", s.maxDimension},
                       {"theiler", s.theilerWindow},
                       {"rtol", s.rTol},
                       {"atol", s.aTol},
                       {"fnn_threshold", s.fnnThreshold},
                       {"cao_threshold", s.caoThreshold},
                       {"cao_plateau", s.caoPlateau},
                       {"identical_tolerance", s.identicalTolerance}};
}

bool embeddingFromJson(FieldReader& r, const Model& model, EmbeddingSettings& s)
{
    // Surrogates would test a choice, a small integer that mostly ties with its surrogates': say
    // so rather than let noUnknownKeys call it a typo.
    if (r.has("significance"))
        return r.fail(Text::tr("%1: the embedding choices have no surrogate significance (they are choices, "
                               "not a quantity of the dynamics; Cao's E2 answers the determinism question)")
                          .arg(r.field("significance")));
    if (!readSeriesVariable(r, model, s.variable) ||
        !readDelayRule(r, "delay", 1, 1e6, s.delayRule, s.delay) ||
        !r.integer("max_lag", 0, 1e6, s.delayOptions.maxLag) ||
        !r.integer("bins", 0, 1024, s.delayOptions.bins) ||
        !r.integer("max_dimension", 1, 30, s.maxDimension) ||
        !r.integer("theiler", 0, 1e6, s.theilerWindow) || !r.positive("rtol", 1e300, s.rTol) ||
        !r.positive("atol", 1e300, s.aTol) || !r.positive("fnn_threshold", 1.0, s.fnnThreshold) ||
        !r.positive("cao_threshold", 1e300, s.caoThreshold) ||
        !r.number("cao_plateau", 0.0, 1.0, s.caoPlateau) ||
        !r.number("identical_tolerance", 0.0, 1e-3, s.identicalTolerance))
        return false;
    if (s.delayOptions.bins == 1 || s.delayOptions.bins == 2)
        return r.fail(Text::tr("%1 must be 0 (Sturges' rule) or from 3 to 1024").arg(r.field("bins")));
    s.delayOptions.method = s.delayRule == DelayRule::Autocorrelation ? DelayMethod::Autocorrelation
                                                                      : DelayMethod::MutualInformation;
    return true;
}

} // namespace nd
