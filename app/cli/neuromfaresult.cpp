#include "cli/neuromfaresult.h"

#include "cli/buildinfo.h"
#include "cli/clicommon.h"
#include "cli/resultfiles.h"
#include "common/errors.h"
#include "compute/neuromfacompute.h"

#include <QJsonArray>

namespace nd::cli {

namespace {

QJsonArray stringArray(const std::vector<std::string>& values)
{
    QJsonArray out;
    for (const std::string& v : values)
        out.append(QString::fromStdString(v));
    return out;
}

} // namespace

QJsonObject neuroMfaSettingsJson(const NeuroMfaSeriesOptions& o)
{
    const NetworkSpectrumOptions& s = o.spectrum;
    QJsonObject settings{
        {"preset", QString::fromLatin1(ninPresetName(o.network.preset))},
        {"weights", stringArray(o.network.patterns)},
        {"samples", static_cast<double>(o.network.samples)},
        {"repeats", static_cast<double>(o.repeats)},
        {"first_seed", static_cast<double>(o.firstSeed)},
        {"method", QString::fromLatin1(networkSpectrumMethodName(s.method))},
        {"q", jsonArray(s.q)},
        {"max_distance", s.neuroMfa.maxDistance},
        {"min_edges", s.neuroMfa.minEdges},
        {"round_digits", s.neuroMfa.roundDigits},
        {"filter_mode", s.neuroMfa.filterMode},
        {"radius_count", s.radiusCount},
    };
    return settings;
}

QJsonObject neuroMfaLayoutJson(const NinLayout& layout)
{
    QJsonArray layers;
    for (std::size_t l = 0; l < layout.layerNames.size(); ++l)
        layers.append(QJsonObject{{"name", QString::fromStdString(layout.layerNames[l])},
                                  {"size", static_cast<double>(layout.layerSizes[l])}});
    return QJsonObject{{"preset", QString::fromLatin1(ninPresetName(layout.preset))},
                       {"blocks", static_cast<double>(layout.blocks)},
                       {"hidden", static_cast<double>(layout.hidden)},
                       {"layers", layers}};
}

QJsonObject neuroMfaResultJson(const NeuroMfaSeriesResult& r, const NeuroMfaStated& stated)
{
    QJsonArray checkpoints;
    for (std::size_t k = 0; k < r.checkpoints.size(); ++k) {
        const NeuroMfaCheckpointResult& c = r.checkpoints[k];
        const EmergencePoint& e = r.emergence.points[k];
        QJsonArray subnetworks;
        for (std::size_t i = 0; i < c.subnetworks.size(); ++i) {
            const NetworkSpectrumResult& s = c.subnetworks[i];
            QJsonObject sub{{"seed", static_cast<double>(stated.firstSeed + i)},
                            {"defined", s.defined},
                            {"passes_filter", s.passesFilter},
                            {"alpha0", s.defined ? jsonNumber(s.alpha0) : QJsonValue()},
                            {"width", s.defined ? jsonNumber(s.width) : QJsonValue()},
                            {"nodes_used", static_cast<double>(s.nodesUsed)}};
            if (!s.defined)
                sub.insert(QStringLiteral("reason"), QString::fromStdString(s.reason));
            if (!s.filterReason.empty())
                sub.insert(QStringLiteral("filter_reason"), QString::fromStdString(s.filterReason));
            subnetworks.append(sub);
        }
        QJsonObject point{{"path", QString::fromStdString(c.checkpoint.path)},
                          {"step", c.checkpoint.step},
                          {"nodes", static_cast<double>(c.nodes)},
                          {"edges", static_cast<double>(c.edges)},
                          {"samples_used", static_cast<double>(c.passing)},
                          {"alpha0_mean", jsonNumber(e.alpha0Mean)},
                          {"alpha0_sd", jsonNumber(e.alpha0Sd)},
                          {"width_mean", jsonNumber(e.widthMean)},
                          {"width_sd", jsonNumber(e.widthSd)},
                          {"emergence", e.defined ? jsonNumber(e.emergence) : QJsonValue()},
                          {"spectrum", QJsonObject{{"q", jsonArray(c.alphaQ)},
                                                   {"alpha_mean", jsonArray(c.alphaMean)},
                                                   {"alpha_sd", jsonArray(c.alphaSd)},
                                                   {"f_mean", jsonArray(c.fMean)},
                                                   {"f_sd", jsonArray(c.fSd)}}},
                          {"subnetworks", subnetworks}};
        if (!e.defined && !e.reason.empty())
            point.insert(QStringLiteral("reason"), QString::fromStdString(e.reason));
        checkpoints.append(point);
    }
    QJsonObject json = buildProvenance();
    json.insert(QStringLiteral("analysis"), QStringLiteral("neuromfa"));
    json.insert(QStringLiteral("method"), stated.method);
    json.insert(QStringLiteral("settings"), stated.settings);
    json.insert(QStringLiteral("network"), neuroMfaLayoutJson(r.layout));
    json.insert(QStringLiteral("checkpoints"), checkpoints);
    json.insert(QStringLiteral("emergence_defined"), r.emergence.defined);
    if (!r.emergence.defined)
        json.insert(QStringLiteral("reason"), QString::fromStdString(r.emergence.reason));
    json.insert(QStringLiteral("conventions"),
                QString::fromStdString(r.conventions + " " + r.emergence.conventions).trimmed());
    return json;
}

QByteArray neuroMfaEmergenceCsv(const NeuroMfaSeriesResult& r)
{
    QByteArray out = "step,path,samples_used,alpha0_mean,alpha0_sd,width_mean,width_sd,emergence\n";
    for (std::size_t k = 0; k < r.checkpoints.size(); ++k) {
        const EmergencePoint& e = r.emergence.points[k];
        QString path = QString::fromStdString(r.checkpoints[k].checkpoint.path);
        if (path.contains(QLatin1Char(',')) || path.contains(QLatin1Char('"')))
            path = QLatin1Char('"') + path.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                   QLatin1Char('"');
        out += (realText(e.step) + QLatin1Char(',') + path + QLatin1Char(',') + QString::number(e.samples) +
                QLatin1Char(',') + realText(e.alpha0Mean) + QLatin1Char(',') + realText(e.alpha0Sd) +
                QLatin1Char(',') + realText(e.widthMean) + QLatin1Char(',') + realText(e.widthSd) +
                QLatin1Char(',') + (e.defined ? realText(e.emergence) : QString()) + QLatin1Char('\n'))
                   .toUtf8();
    }
    return out;
}

QByteArray neuroMfaSpectraCsv(const NeuroMfaSeriesResult& r)
{
    QByteArray out = "step,q,alpha_mean,alpha_sd,f_mean,f_sd\n";
    for (const NeuroMfaCheckpointResult& c : r.checkpoints)
        for (std::size_t i = 0; i < c.alphaMean.size(); ++i)
            out +=
                (realText(c.checkpoint.step) + QLatin1Char(',') + realText(c.alphaQ[i]) + QLatin1Char(',') +
                 realText(c.alphaMean[i]) + QLatin1Char(',') + realText(c.alphaSd[i]) + QLatin1Char(',') +
                 realText(c.fMean[i]) + QLatin1Char(',') + realText(c.fSd[i]) + QLatin1Char('\n'))
                    .toUtf8();
    return out;
}

QByteArray neuroMfaSubnetworksCsv(const NeuroMfaSeriesResult& r, std::uint64_t firstSeed)
{
    QByteArray out = "step,seed,defined,passes_filter,alpha0,width\n";
    for (const NeuroMfaCheckpointResult& c : r.checkpoints)
        for (std::size_t i = 0; i < c.subnetworks.size(); ++i) {
            const NetworkSpectrumResult& s = c.subnetworks[i];
            out += (realText(c.checkpoint.step) + QLatin1Char(',') + QString::number(firstSeed + i) +
                    (s.defined ? QStringLiteral(",1,") : QStringLiteral(",0,")) +
                    (s.passesFilter ? QStringLiteral("1,") : QStringLiteral("0,")) +
                    (s.defined ? realText(s.alpha0) + QLatin1Char(',') + realText(s.width)
                               : QStringLiteral(",")) +
                    QLatin1Char('\n'))
                       .toUtf8();
        }
    return out;
}

NeuroMfaStated neuroMfaStated(const NeuroMfaSeriesOptions& o, const QString& scores)
{
    NeuroMfaStated stated{neuroMfaSettingsJson(o), o.firstSeed,
                          QString::fromLatin1(networkSpectrumMethodName(o.spectrum.method))};
    stated.settings.insert(QStringLiteral("threads"), o.threads);
    if (!scores.isEmpty())
        stated.settings.insert(QStringLiteral("scores"), scores);
    return stated;
}

bool writeNeuroMfa(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::NeuroMfaComputation c =
        compute::neuroMfa(study, context.plan.folder, context.plan.threads, context.progress);
    if (c.result.outcome == Outcome::Canceled)
        throw InputError("analyses.neuromfa: canceled");
    const NeuroMfaStated stated = neuroMfaStated(c.options, QString::fromStdString(c.settings.scores));
    QJsonObject twin = neuroMfaResultJson(c.result, stated);
    twin.insert(QStringLiteral("study"), studySummaryJson(study));
    return writeResult(context, QStringLiteral("neuromfa"), neuroMfaEmergenceCsv(c.result), twin, error) &&
           context.sink.file(QStringLiteral("neuromfa-spectra.csv"), neuroMfaSpectraCsv(c.result), error) &&
           context.sink.file(QStringLiteral("neuromfa-subnetworks.csv"),
                             neuroMfaSubnetworksCsv(c.result, stated.firstSeed), error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
