// JSON of each section of a study's "analyses" object, one pair per section: *ToJson writes
// every field (keys sorted by QJsonObject, so saving is stable), *FromJson reads what is
// present through a FieldReader for "analyses.<section>" and checks ranges, sizes and the
// names of variables and parameters against the model. Internal to app/study; any thread.
#pragma once

#include "study/jsonfields.h"
#include "study/study.h"

#include <QJsonObject>

#include <optional>
#include <span>
#include <string>
#include <utility>

namespace nd {

QJsonObject orbitDiagramToJson(const OrbitDiagramSettings& s, const Model& model);
bool orbitDiagramFromJson(FieldReader& r, const Model& model, OrbitDiagramSettings& s);

QJsonObject fixedPointsToJson(const FixedPointSettings& s);
bool fixedPointsFromJson(FieldReader& r, const Model& model, FixedPointSettings& s);
QJsonObject lyapunovToJson(const LyapunovSettings& s);
bool lyapunovFromJson(FieldReader& r, const Model& model, LyapunovSettings& s);
QJsonObject basinsToJson(const BasinSettings& s);
bool basinsFromJson(FieldReader& r, const Model& model, BasinSettings& s);

QJsonObject scanToJson(const ScanSettings& s);
bool scanFromJson(FieldReader& r, const Model& model, ScanSettings& s);

QJsonObject zeroOneToJson(const ZeroOneSettings& s);
bool zeroOneFromJson(FieldReader& r, const Model& model, ZeroOneSettings& s);
QJsonObject sampleEntropyToJson(const SampleEntropySettings& s);
bool sampleEntropyFromJson(FieldReader& r, const Model& model, SampleEntropySettings& s);
QJsonObject synchronyToJson(const SynchronySettings& s);
bool synchronyFromJson(FieldReader& r, const Model& model, SynchronySettings& s);
QJsonObject mfdfaToJson(const MfdfaSettings& s);
bool mfdfaFromJson(FieldReader& r, const Model& model, MfdfaSettings& s);
QJsonObject networkSpectrumToJson(const NetworkSpectrumSettings& s);
bool networkSpectrumFromJson(FieldReader& r, const Model& model, NetworkSpectrumSettings& s);

QJsonObject continuationToJson(const ContinuationSettings& s);
bool continuationFromJson(FieldReader& r, const Model& model, ContinuationSettings& s);

QJsonObject attractorsToJson(const AttractorSettings& s);
bool attractorsFromJson(FieldReader& r, const Model& model, AttractorSettings& s);

// Shared checks: a box of either no bounds or one lower and upper bound per state variable,
// lower <= upper; a q grid of distinct values.
bool readBox(FieldReader& r, const char* minKey, const char* maxKey, const Model& model,
             std::vector<double>& lo, std::vector<double>& hi);
bool readQGrid(FieldReader& r, const char* key, std::vector<double>& q);
// A grid axis over a state variable ({variable, from, to, count}), shared by basins and attractors;
// count in [minCount, maxCount], from below to.
QJsonObject basinAxisToJson(const BasinAxisSettings& a);
bool readBasinAxis(FieldReader& parent, const char* key, const Model& model, BasinAxisSettings& a,
                   int minCount, int maxCount);
// Synchrony's "phases" (a name, then whether it fits the model: the message lists the ones that
// do) and "y_variable" (required by centred and arctan phases: another per-node variable with as
// many nodes as `variable`; otherwise optional).
bool readPhaseConvention(FieldReader& r, const Model& model, PhaseConvention& phases);
bool readPhaseY(FieldReader& r, const Model& model, PhaseConvention phases, const std::string& variable,
                std::string& yVariable);

// The variable a single-series measure uses: the model's first when the section gives none.
bool readSeriesVariable(FieldReader& r, const Model& model, std::string& variable);
// "significance": {"surrogates", "count", "seed", "tail", "scalar", "iaaft_tolerance",
// "iaaft_max_iterations"}, one reader for every series measure section (absent: none); `scalars`
// are the keys it may test, the first the default. withSignificance writes it into a section.
bool readSignificance(FieldReader& parent, std::span<const char* const> scalars,
                      std::optional<SignificanceSettings>& out);
QJsonObject withSignificance(QJsonObject section, const std::optional<SignificanceSettings>& s);

// A delay or dimension field that holds a whole number in [lo, hi] or a rule's name (recurrence
// and entropy sections): a delay takes "ami" or "acf", a dimension "fnn" or "cao"
// (recurrencesections.cpp). The rule becomes Given with the number in `number`; the error lists
// the words. *RuleJson writes the number, or the rule's name.
bool readDelayRule(FieldReader& r, const char* key, double lo, double hi, DelayRule& rule, int& number);
bool readDimensionRule(FieldReader& r, const char* key, double lo, double hi, DimensionRule& rule,
                       int& number);
QJsonValue delayRuleJson(DelayRule rule, int number);
QJsonValue dimensionRuleJson(DimensionRule rule, int number);
// The entropy family (entropysections.cpp).
QJsonObject multiscaleEntropyToJson(const MultiscaleEntropySettings& s);
bool multiscaleEntropyFromJson(FieldReader& r, const Model& model, MultiscaleEntropySettings& s);
QJsonObject permutationEntropyToJson(const PermutationEntropySettings& s);
bool permutationEntropyFromJson(FieldReader& r, const Model& model, PermutationEntropySettings& s);
QJsonObject approximateEntropyToJson(const ApproximateEntropySettings& s);
bool approximateEntropyFromJson(FieldReader& r, const Model& model, ApproximateEntropySettings& s);

// An optional sub-object of a section (continuation.curves, fixed_points.critical_set): absent,
// `out` is left empty; present, read(r, value) reads and checks its fields into a default value
// through a FieldReader for "analyses.<section>.<key>" (failing through r.fail), and a field it
// did not ask about is refused.
template <class T, class Read>
bool readOptionalObject(FieldReader& parent, const char* key, std::optional<T>& out, Read&& read)
{
    QJsonObject o;
    bool present = false;
    if (!parent.object(key, o, present))
        return false;
    if (!present) {
        out.reset();
        return true;
    }
    FieldReader r(o, parent.field(key), parent.error());
    T value{};
    if (!read(r, value) || !r.noUnknownKeys())
        return false;
    out = std::move(value);
    return true;
}

} // namespace nd
