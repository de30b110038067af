#include "study/studysections.h"

#include "study/recurrencesections.h"
#include "study/sectionjson.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>
#include <type_traits>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// The optional sections, in one table so writing, reading and look-up stay in step.
struct OptionalSection {
    const char* key;
    std::function<QJsonObject(const Study&, const Model&)> write; // empty object when absent
    std::function<bool(FieldReader&, const Model&, Study&)> read;
};

template <class T, class Write, class Read>
OptionalSection section(const char* key, std::optional<T> AnalysisSettings::*member, Write write, Read read)
{
    return {key,
            [member, write](const Study& s, const Model& model) {
                const auto& v = s.analyses.*member;
                if (!v)
                    return QJsonObject();
                if constexpr (std::is_invocable_v<Write, const T&, const Model&>)
                    return write(*v, model); // names variables by the model's names
                else
                    return write(*v);
            },
            [member, read](FieldReader& r, const Model& model, Study& s) {
                T value{};
                if (!read(r, model, value))
                    return false;
                s.analyses.*member = std::move(value);
                return true;
            }};
}

const std::vector<OptionalSection>& optionalSections()
{
    static const std::vector<OptionalSection> sections = {
        section("orbit_diagram", &AnalysisSettings::orbitDiagram, orbitDiagramToJson, orbitDiagramFromJson),
        section("fixed_points", &AnalysisSettings::fixedPoints, fixedPointsToJson, fixedPointsFromJson),
        section("lyapunov", &AnalysisSettings::lyapunov, lyapunovToJson, lyapunovFromJson),
        section("parameter_scan", &AnalysisSettings::parameterScan, scanToJson, scanFromJson),
        section("zero_one", &AnalysisSettings::zeroOne, zeroOneToJson, zeroOneFromJson),
        section("sample_entropy", &AnalysisSettings::sampleEntropy, sampleEntropyToJson,
                sampleEntropyFromJson),
        section("synchrony", &AnalysisSettings::synchrony, synchronyToJson, synchronyFromJson),
        section("mfdfa", &AnalysisSettings::mfdfa, mfdfaToJson, mfdfaFromJson),
        section("network_spectrum", &AnalysisSettings::networkSpectrum, networkSpectrumToJson,
                networkSpectrumFromJson),
        section("continuation", &AnalysisSettings::continuation, continuationToJson, continuationFromJson),
        section("basins", &AnalysisSettings::basins, basinsToJson, basinsFromJson),
        section("attractors", &AnalysisSettings::attractors, attractorsToJson, attractorsFromJson),
        section("akorn", &AnalysisSettings::akorn, akornToJson, akornFromJson),
        section("mse", &AnalysisSettings::multiscaleEntropy, multiscaleEntropyToJson,
                multiscaleEntropyFromJson),
        section("permutation_entropy", &AnalysisSettings::permutationEntropy, permutationEntropyToJson,
                permutationEntropyFromJson),
        section("apen", &AnalysisSettings::approximateEntropy, approximateEntropyToJson,
                approximateEntropyFromJson),
        section("rqa", &AnalysisSettings::rqa, rqaToJson, rqaFromJson),
        section("embedding", &AnalysisSettings::embedding, embeddingToJson, embeddingFromJson),
        section("neuromfa", &AnalysisSettings::neuroMfa, neuroMfaToJson, neuroMfaFromJson),
    };
    return sections;
}

} // namespace

QJsonObject analysesToJson(const Study& study, const Model& model)
{
    QJsonObject analyses;
    for (const OptionalSection& s : optionalSections()) {
        const QJsonObject o = s.write(study, model);
        if (!o.isEmpty())
            analyses.insert(QLatin1String(s.key), o);
    }
    return analyses;
}

QJsonObject analysisSectionJson(const Study& study, const Model& model, const QString& key)
{
    for (const OptionalSection& s : optionalSections())
        if (key == QLatin1String(s.key))
            return s.write(study, model);
    return {};
}

QJsonObject viewToJson(const ViewState& view)
{
    QJsonObject o{{"phase_x", view.phaseX}, {"phase_y", view.phaseY}, {"cobweb", view.cobweb}};
    // Absent means automatic, so files without a user range read as before (no migration).
    if (view.scanColorRange) {
        o.insert(QStringLiteral("scan_color_min"), view.scanColorRange->first);
        o.insert(QStringLiteral("scan_color_max"), view.scanColorRange->second);
    }
    return o;
}

bool analysesFromJson(const QJsonObject& json, const Model& model, Study& study, QString& error)
{
    Study s = study;
    s.analyses = AnalysisSettings(); // exactly the sections the file has
    const QString root = QStringLiteral("analyses");
    FieldReader top(json, root, error);
    QJsonObject o;
    bool present = false;
    for (const OptionalSection& section : optionalSections()) {
        if (!top.object(section.key, o, present))
            return false;
        if (!present)
            continue;
        FieldReader r(o, top.field(section.key), error);
        if (!section.read(r, model, s) || !r.noUnknownKeys())
            return false;
    }
    if (!top.noUnknownKeys())
        return false;
    study = std::move(s);
    return true;
}

bool viewFromJson(const QJsonObject& json, const Model& model, ViewState& view, QString& error)
{
    FieldReader r(json, QStringLiteral("view"), error);
    ViewState v = view;
    const int last = model.dimension() - 1;
    if (!r.integer("phase_x", 0, last, v.phaseX) || !r.integer("phase_y", 0, last, v.phaseY) ||
        !r.boolean("cobweb", v.cobweb))
        return false;
    const bool hasMin = r.has("scan_color_min"), hasMax = r.has("scan_color_max");
    if (hasMin != hasMax)
        return r.fail(
            Text::tr("%1 and %2 go together").arg(r.field("scan_color_min"), r.field("scan_color_max")));
    if (hasMin) {
        double low = 0.0, high = 0.0;
        if (!r.number("scan_color_min", low) || !r.number("scan_color_max", high))
            return false;
        if (!(low < high))
            return r.fail(
                Text::tr("%1 must be below %2").arg(r.field("scan_color_min"), r.field("scan_color_max")));
        v.scanColorRange = std::make_pair(low, high);
    } else {
        v.scanColorRange.reset();
    }
    if (!r.noUnknownKeys())
        return false;
    view = v;
    return true;
}

bool readBox(FieldReader& r, const char* minKey, const char* maxKey, const Model& model,
             std::vector<double>& lo, std::vector<double>& hi)
{
    const int n = model.dimension();
    if (!r.numbers(minKey, n, lo) || !r.numbers(maxKey, n, hi))
        return false;
    if (lo.size() != hi.size() || (!lo.empty() && lo.size() != static_cast<std::size_t>(n)))
        return r.fail(Text::tr("%1 and %2 must both be empty or both hold %3 numbers, one per state variable")
                          .arg(r.field(minKey), r.field(maxKey))
                          .arg(n));
    for (std::size_t i = 0; i < lo.size(); ++i)
        if (lo[i] > hi[i])
            return r.fail(Text::tr("%1: the lower bound of variable %2 is above its upper bound in %3")
                              .arg(r.field(minKey))
                              .arg(i)
                              .arg(r.field(maxKey)));
    return true;
}

bool readQGrid(FieldReader& r, const char* key, std::vector<double>& q)
{
    if (!r.numbers(key, 200, q))
        return false;
    if (q.empty())
        return r.fail(Text::tr("%1 must hold at least one q value").arg(r.field(key)));
    for (std::size_t i = 0; i < q.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (q[i] == q[j])
                return r.fail(Text::tr("%1 holds %2 twice").arg(r.field(key)).arg(q[i]));
    for (double v : q)
        if (std::abs(v) > 100)
            return r.fail(Text::tr("%1: q values must lie in [-100, 100]").arg(r.field(key)));
    return true;
}

} // namespace nd
