#include "study/neuromfasection.h"

#include "study/sectionjson.h"
#include "study/settingsnames.h"

#include <QCoreApplication>
#include <QDir>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// The names `neurodyn-cli neuromfa --preset` takes (ninPresetName).
inline constexpr EnumName<NinPreset> kNinPresetNames[] = {{"gpt-neox", NinPreset::GptNeoX},
                                                          {"none", NinPreset::None}};

// A list of paths or names: no empty entry (an empty string would name the working directory).
bool noEmptyText(FieldReader& r, const char* key, const std::vector<std::string>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i].empty())
            return r.fail(Text::tr("%1: entry %2 is empty").arg(r.field(key)).arg(i));
    return true;
}

} // namespace

QJsonObject neuroMfaToJson(const NeuroMfaSettings& s)
{
    QJsonObject o{
        {"checkpoints", textArray(s.checkpoints)},
        {"preset", QLatin1String(enumName(std::span<const EnumName<NinPreset>>(kNinPresetNames), s.preset))},
        {"samples", static_cast<double>(s.samples)},
        {"repeats", static_cast<double>(s.repeats)},
        {"first_seed", static_cast<double>(s.firstSeed)},
        {"method", nameOf(kNetworkSpectrumMethodNames, s.method)},
        {"q", numberArray(s.q)},
        {"max_distance", s.neuroMfa.maxDistance},
        {"min_edges", s.neuroMfa.minEdges},
        {"round_digits", s.neuroMfa.roundDigits},
        {"filter_mode", s.neuroMfa.filterMode}};
    if (!s.weights.empty())
        o.insert(QStringLiteral("weights"), textArray(s.weights));
    if (!s.scores.empty())
        o.insert(QStringLiteral("scores"), QString::fromStdString(s.scores));
    return o;
}

bool neuroMfaFromJson(FieldReader& r, const Model& /*model*/, NeuroMfaSettings& s)
{
    // The method first: without a "q" key the method's own grid applies (NeuroMFA: -3..3 step 0.1).
    if (!r.choice("method", kNetworkSpectrumMethodNames, s.method))
        return false;
    if (!r.has("q"))
        s.q = networkSpectrumDefaults(s.method).q;
    // Weights without a preset mean "none", as `neurodyn-cli neuromfa --weights` does.
    const bool presetGiven = r.has("preset");
    if (!r.texts("checkpoints", 100000, s.checkpoints) || !noEmptyText(r, "checkpoints", s.checkpoints) ||
        !r.choice("preset", kNinPresetNames, s.preset) || !r.texts("weights", 10000, s.weights) ||
        !noEmptyText(r, "weights", s.weights) || !r.integer("samples", 1, 1'000'000, s.samples) ||
        !r.integer("repeats", 1, 100'000, s.repeats) || !r.seed("first_seed", s.firstSeed) ||
        !readQGrid(r, "q", s.q) || !r.number("max_distance", 1.0, 1e300, s.neuroMfa.maxDistance) ||
        !r.integer("min_edges", 0, 1'000'000, s.neuroMfa.minEdges) ||
        !r.integer("round_digits", 0, 6, s.neuroMfa.roundDigits) ||
        !r.integer("filter_mode", 0, 3, s.neuroMfa.filterMode))
        return false;
    if (!presetGiven && !s.weights.empty())
        s.preset = NinPreset::None;
    if (!(s.neuroMfa.maxDistance > 1.0))
        return r.fail(Text::tr("%1 must be above 1 (distances are kept when 1 < d <= max_distance)")
                          .arg(r.field("max_distance")));
    if (s.preset == NinPreset::None && s.weights.empty())
        return r.fail(Text::tr("%1 is none: %2 must name the weight matrices in forward order")
                          .arg(r.field("preset"), r.field("weights")));
    if (s.preset != NinPreset::None && !s.weights.empty())
        return r.fail(Text::tr("%1 names the matrices itself: set %2 to none or leave %1 out")
                          .arg(r.field("weights"), r.field("preset")));
    if (r.has("scores")) {
        const QJsonValue v = r.value("scores");
        if (!v.isString() || v.toString().isEmpty())
            return r.fail(Text::tr("%1 must be the path of a CSV file").arg(r.field("scores")));
        s.scores = v.toString().toStdString();
    }
    return true;
}

NeuroMfaSeriesOptions neuroMfaSeriesOptions(const NeuroMfaSettings& s, int threads)
{
    NeuroMfaSeriesOptions o;
    o.network.preset = s.preset;
    o.network.patterns = s.weights;
    o.network.samples = s.samples;
    o.repeats = s.repeats;
    o.firstSeed = s.firstSeed;
    o.spectrum = networkSpectrumDefaults(s.method);
    o.spectrum.q = s.q;
    o.spectrum.neuroMfa = s.neuroMfa;
    o.threads = threads;
    return o;
}

std::string resolveStudyPath(const std::string& path, const QString& folder)
{
    const QString p = QString::fromStdString(path);
    if (folder.isEmpty() || QDir::isAbsolutePath(p))
        return path;
    return QDir::cleanPath(QDir(folder).filePath(p)).toStdString();
}

} // namespace nd
