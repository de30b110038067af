#include "cli/neuromfatiles.h"

#include "measures/emergence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <map>

namespace nd::cli {

namespace {

// The texts of the tile reader keep the translation context of the command they came from.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NeuroMfaCommand)
};

// Beyond 2^53 a JSON number no longer holds every whole number; no count we write is near it.
constexpr double kLargestCount = 9007199254740992.0;
// `neuromfa --tile i/n` takes n of at most 7 digits.
constexpr double kLargestTileCount = 9999999.0;

double numberOrNan(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> numbers(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(numberOrNan(x));
    return out;
}

// The JSON text of a value, for a message (a missing field shows as "nothing").
QString jsonText(const QJsonValue& v)
{
    if (v.isUndefined())
        return Text::tr("nothing");
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)).left(40);
}

// A whole number in [lo, hi] at `key` of `object`; false with a message naming the file and
// the field otherwise (a lying count must never size an allocation or overflow a cast).
bool wholeNumber(const QJsonObject& object, const char* key, double lo, double hi, const QString& file,
                 double& out, QString& error)
{
    const QJsonValue v = object.value(QLatin1String(key));
    const double x = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || !std::isfinite(x) || x != std::floor(x) || x < lo || x > hi) {
        error = Text::tr("%1: the tile's field '%2' must be a whole number from %3 to %4 (got %5)")
                    .arg(file, QLatin1String(key))
                    .arg(lo, 0, 'g', 17)
                    .arg(hi, 0, 'g', 17)
                    .arg(jsonText(v));
        return false;
    }
    out = x;
    return true;
}

template <class T>
bool count(const QJsonObject& object, const char* key, const QString& file, T& out, QString& error)
{
    double x = 0.0;
    if (!wholeNumber(object, key, 0.0, kLargestCount, file, x, error))
        return false;
    out = static_cast<T>(x);
    return true;
}

bool readLayout(const QJsonObject& n, const QString& file, NinLayout& layout, QString& error)
{
    layout.preset = ninPresetFromName(n.value(QStringLiteral("preset")).toString().toStdString());
    if (!count(n, "blocks", file, layout.blocks, error) || !count(n, "hidden", file, layout.hidden, error))
        return false;
    for (const QJsonValue& l : n.value(QStringLiteral("layers")).toArray()) {
        std::uint64_t size = 0;
        if (!count(l.toObject(), "size", file, size, error))
            return false;
        layout.layerNames.push_back(l[QStringLiteral("name")].toString().toStdString());
        layout.layerSizes.push_back(size);
    }
    return true;
}

bool readCheckpoint(const QJsonObject& v, const QString& file, NeuroMfaCheckpointResult& c, QString& error)
{
    const double step = numberOrNan(v.value(QStringLiteral("step")));
    if (!std::isfinite(step))
        return error = Text::tr("%1: the tile's field 'step' must be a finite number").arg(file), false;
    c.checkpoint = {v[QStringLiteral("path")].toString().toStdString(), step};
    if (!count(v, "nodes", file, c.nodes, error) || !count(v, "edges", file, c.edges, error) ||
        !count(v, "passing", file, c.passing, error))
        return false;
    c.alphaQ = numbers(v[QStringLiteral("alpha_q")]);
    c.alphaMean = numbers(v[QStringLiteral("alpha_mean")]);
    c.alphaSd = numbers(v[QStringLiteral("alpha_sd")]);
    c.fMean = numbers(v[QStringLiteral("f_mean")]);
    c.fSd = numbers(v[QStringLiteral("f_sd")]);
    for (const QJsonValue& value : v[QStringLiteral("subnetworks")].toArray()) {
        const QJsonObject sv = value.toObject();
        NetworkSpectrumResult s;
        s.defined = sv[QStringLiteral("defined")].toBool();
        s.passesFilter = sv[QStringLiteral("passes_filter")].toBool();
        s.alpha0 = numberOrNan(sv[QStringLiteral("alpha0")]);
        s.width = numberOrNan(sv[QStringLiteral("width")]);
        if (!count(sv, "nodes_used", file, s.nodesUsed, error))
            return false;
        s.reason = sv[QStringLiteral("reason")].toString().toStdString();
        s.filterReason = sv[QStringLiteral("filter_reason")].toString().toStdString();
        c.subnetworks.push_back(std::move(s));
    }
    return true;
}

} // namespace

bool mergeNeuroMfaTiles(const std::vector<std::pair<QString, QByteArray>>& files,
                        NeuroMfaSeriesResult& result, QJsonObject& settings, QString& error)
{
    if (files.empty())
        return error = Text::tr("no tile file given"), false;
    std::vector<QJsonObject> tiles;
    for (const auto& [name, bytes] : files) {
        const QJsonObject t = QJsonDocument::fromJson(bytes).object();
        if (t.value(QStringLiteral("format")).toString() != QLatin1String(kNeuroMfaTileFormat))
            return error = Text::tr("%1: not a tile of 'neurodyn-cli neuromfa --tile'").arg(name), false;
        if (!tiles.empty() &&
            (t.value(QStringLiteral("count")) != tiles.front().value(QStringLiteral("count")) ||
             t.value(QStringLiteral("settings")) != tiles.front().value(QStringLiteral("settings")) ||
             t.value(QStringLiteral("series")) != tiles.front().value(QStringLiteral("series"))))
            return error = Text::tr("%1: a tile of another series or other settings").arg(name), false;
        tiles.push_back(t);
    }
    // The count and every index are checked before use; the tiles are kept by index in a map,
    // so no count sizes an allocation.
    double countValue = 0.0;
    if (!wholeNumber(tiles.front(), "count", 1.0, kLargestTileCount, files.front().first, countValue, error))
        return false;
    const auto count = static_cast<std::size_t>(countValue);
    std::map<std::size_t, std::size_t> byIndex; // tile index -> position in `files`
    for (std::size_t k = 0; k < tiles.size(); ++k) {
        double index = 0.0;
        if (!wholeNumber(tiles[k], "index", 0.0, countValue - 1.0, files[k].first, index, error))
            return false;
        if (!byIndex.emplace(static_cast<std::size_t>(index), k).second)
            return error = Text::tr("%1: tile %2 of %3 is given twice or out of range")
                               .arg(files[k].first)
                               .arg(index)
                               .arg(count),
                   false;
    }
    for (std::size_t i = 0; i < count; ++i)
        if (!byIndex.count(i))
            return error = Text::tr("tile %1 of %2 is missing").arg(i).arg(count), false;
    settings = tiles.front().value(QStringLiteral("settings")).toObject();
    // The subnetworks' estimator (a tile lists it once, in its settings): the views state it.
    const NetworkSpectrumMethod method =
        networkSpectrumMethodFromName(settings.value(QStringLiteral("method")).toString().toStdString())
            .value_or(NetworkSpectrumMethod::NeuroMfaCode);
    result = NeuroMfaSeriesResult{};
    std::vector<EmergenceSamples> samples;
    for (const auto& [index, k] : byIndex) {
        const QJsonObject* t = &tiles[k];
        const QString& file = files[k].first;
        if (t->contains(QStringLiteral("network")) && result.layout.layerNames.empty()) {
            if (!readLayout(t->value(QStringLiteral("network")).toObject(), file, result.layout, error))
                return false;
            result.conventions = t->value(QStringLiteral("conventions")).toString().toStdString();
        }
        for (const QJsonValue& v : t->value(QStringLiteral("checkpoints")).toArray()) {
            NeuroMfaCheckpointResult c;
            if (!readCheckpoint(v.toObject(), file, c, error))
                return false;
            for (NetworkSpectrumResult& sub : c.subnetworks)
                sub.method = method;
            samples.push_back(emergenceSamples(c.checkpoint.step, c.subnetworks));
            result.checkpoints.push_back(std::move(c));
        }
    }
    if (result.checkpoints.size() !=
        static_cast<std::size_t>(tiles.front().value(QStringLiteral("series")).toArray().size()))
        return error = Text::tr("the tiles do not hold every checkpoint of their series"), false;
    result.emergence = emergenceSeries(samples);
    return true;
}

} // namespace nd::cli
