// zero_one, sample_entropy, synchrony, mfdfa and network_spectrum results of `neurodyn-cli run`
// (with "significance" where the section asks for it).
#include "cli/analysisresults.h"
#include "cli/clicommon.h"
#include "cli/recurrencejson.h"
#include "cli/resultfiles.h"
#include "cli/resultjson.h"
#include "cli/seriestwin.h"
#include "cli/significancejson.h"

#include "compute/seriescompute.h"

#include <QJsonArray>

#include <cmath>

namespace nd::cli {

namespace {

// Entry i of a per-q column, empty where the result has none: an undefined spectrum keeps its q
// values but has no h, tau or alpha.
QByteArray csvCell(const std::vector<double>& column, std::size_t i)
{
    return i < column.size() ? csvNumber(column[i]) : QByteArray();
}

} // namespace

QJsonObject seriesSourceJson(const compute::SeriesSource& s)
{
    QJsonArray variables;
    for (const auto& v : s.variables)
        variables.append(QString::fromStdString(v));
    return QJsonObject{{"variables", variables},
                       {"samples", static_cast<double>(s.samples)},
                       {"sample_spacing", jsonNumber(s.spacing)}};
}

// The section's surrogate significance, written as `neurodyn-cli measure --surrogates` writes it.
void insertSignificance(QJsonObject& twin, const std::optional<compute::SignificanceComputation>& s)
{
    if (s)
        twin.insert(QStringLiteral("significance"),
                    significanceJson(s->result, s->options, QString::fromStdString(s->settings.scalar),
                                     s->multivariate, QString::fromStdString(s->conventions)));
}

const QString kTrajectorySeries = QStringLiteral("the series is the study's trajectory (simulation settings: "
                                                 "transient, samples, stride; flows sampled every "
                                                 "stride * dt) of the named variable");

bool writeZeroOne(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::ZeroOneComputation c = compute::zeroOne(study, context.plan.threads, context.progress);
    const ZeroOneResult& r = c.result;
    QByteArray csv = "c,K_c,defined\n";
    for (std::size_t i = 0; i < r.c.size(); ++i)
        csv += csvNumber(r.c[i]) + ',' + (r.kcDefined[i] ? csvNumber(r.kc[i]) : QByteArray()) + ',' +
               (r.kcDefined[i] ? "1" : "0") + '\n';
    QJsonObject twin = twinFor(study, QStringLiteral("zero_one"));
    twin.insert(QStringLiteral("series"), seriesSourceJson(c.source));
    insertZeroOne(twin, r);
    twin.insert(QStringLiteral("c_count"), static_cast<int>(r.c.size()));
    twin.insert(QStringLiteral("conventions"),
                QString::fromStdString(r.conventions) + QStringLiteral("; ") + kTrajectorySeries);
    insertSignificance(twin, c.significance);
    return writeResult(context, QStringLiteral("zero_one"), csv, twin, error) &&
           writeFigures(context, c, error);
}

bool writeSampleEntropy(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::SampleEntropyComputation c =
        compute::sampleEntropy(study, context.plan.threads, context.progress);
    const SampleEntropyResult& r = c.result;
    QByteArray csv = "m,r,r_used,sd,A,B,templates_A,templates_B,sample_entropy\n";
    csv += csvLine({QByteArray::number(c.options.m), csvNumber(c.options.r), csvNumber(r.toleranceUsed),
                    csvNumber(r.stdDev), QByteArray::number(static_cast<qulonglong>(r.a)),
                    QByteArray::number(static_cast<qulonglong>(r.b)),
                    QByteArray::number(static_cast<qulonglong>(r.templatesA)),
                    QByteArray::number(static_cast<qulonglong>(r.templatesB)),
                    r.defined ? csvNumber(r.value) : QByteArray()});
    QJsonObject twin = twinFor(study, QStringLiteral("sample_entropy"));
    twin.insert(QStringLiteral("series"), seriesSourceJson(c.source));
    insertSampleEntropy(twin, r);
    twin.insert(QStringLiteral("conventions"),
                QString::fromStdString(r.conventions) + QStringLiteral("; ") + kTrajectorySeries);
    if (c.embedding)
        insertEmbeddingChoice(*c.embedding, twin);
    insertSignificance(twin, c.significance);
    return writeResult(context, QStringLiteral("sample_entropy"), csv, twin, error) &&
           writeFigures(context, c, error);
}

bool writeSynchrony(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::SynchronyComputation c = compute::synchrony(study, context.plan.threads, context.progress);
    const std::size_t nodes = c.cross.nodes;
    QByteArray csv = "node,variable,hub_correlation,local_order,spikes\n";
    for (std::size_t i = 0; i < nodes; ++i) {
        const bool pair = c.cross.pairDefined[c.cross.hub * nodes + i] != 0;
        csv += csvLine(
            {QByteArray::number(static_cast<qulonglong>(i)), QByteArray::fromStdString(c.source.variables[i]),
             pair ? csvNumber(c.cross.hubCorrelation[i]) : QByteArray(),
             c.kuramoto && std::isfinite(c.kuramoto->localOrder[i]) ? csvNumber(c.kuramoto->localOrder[i])
                                                                    : QByteArray(),
             i < c.phases.spikes.size()
                 ? QByteArray::number(static_cast<qulonglong>(c.phases.spikes[i].size()))
                 : QByteArray()});
    }
    QJsonObject twin = twinFor(study, QStringLiteral("synchrony"));
    twin.insert(QStringLiteral("series"), seriesSourceJson(c.source));
    insertCrossCorrelation(twin, c.cross);
    if (!c.cross.meanDefined)
        twin.insert(QStringLiteral("cross_correlation_reason"), QString::fromStdString(c.cross.reason));
    twin.insert(QStringLiteral("hub"), static_cast<double>(c.cross.hub));
    // The scalar of the study's convention (cross_correlation_mean stays the all-pairs mean).
    const MeasureValue scalar = c.cross.scalar(c.correlation);
    twin.insert(QStringLiteral("correlation"), QLatin1String(correlationScalarName(c.correlation)));
    twin.insert(QStringLiteral("correlation_value"),
                scalar.defined ? jsonNumber(scalar.value) : QJsonValue());
    if (!scalar.defined)
        twin.insert(QStringLiteral("correlation_reason"), QString::fromStdString(scalar.reason));
    twin.insert(QStringLiteral("phases"), QLatin1String(phaseConventionName(c.phaseConvention)));
    insertKuramoto(twin, c.phases, c.kuramoto ? &*c.kuramoto : nullptr);
    if (!c.phases.defined)
        twin.insert(QStringLiteral("order_parameter_reason"), QString::fromStdString(c.phases.reason));
    else
        twin.insert(QStringLiteral("order_csv"), QStringLiteral("synchrony-order.csv"));
    twin.insert(QStringLiteral("conventions"),
                QString::fromStdString(c.conventions) +
                    QStringLiteral("; cross_correlation_mean is the all-pairs mean, hub_correlation the "
                                   "matrix row of node `hub` (0-based); local_order: time mean of the order "
                                   "parameter of the ring window of half-width local_half_width (empty for a "
                                   "hub off the ring); ") +
                    kTrajectorySeries);
    insertSignificance(twin, c.significance);
    if (c.kuramoto) {
        QByteArray order = "sample,time,R\n";
        for (std::size_t n = 0; n < c.kuramoto->r.size(); ++n) {
            const std::size_t sample = c.phases.firstSample + n;
            order += QByteArray::number(static_cast<qulonglong>(sample)) + ',' +
                     csvNumber(static_cast<double>(sample) * c.source.spacing) + ',' +
                     csvNumber(c.kuramoto->r[n]) + '\n';
        }
        if (!context.sink.file(QStringLiteral("synchrony-order.csv"), order, error))
            return false;
    }
    return writeResult(context, QStringLiteral("synchrony"), csv, twin, error) &&
           writeFigures(context, c, error);
}

bool writeMfdfa(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::MfdfaComputation c = compute::mfdfa(study, context.plan.threads, context.progress);
    const MfdfaResult& r = c.result;
    QByteArray csv = "q,h,h_stderr,r_squared,tau,alpha,f_alpha\n";
    for (std::size_t i = 0; i < r.q.size(); ++i)
        csv += csvLine({csvNumber(r.q[i]), csvCell(r.h, i), csvCell(r.hStdErr, i), csvCell(r.rSquared, i),
                        csvCell(r.tau, i), csvCell(r.alpha, i), csvCell(r.fAlpha, i)});
    QJsonObject twin = twinFor(study, QStringLiteral("mfdfa"));
    twin.insert(QStringLiteral("series"), seriesSourceJson(c.source));
    twin.insert(QStringLiteral("defined"), r.defined);
    insertMfdfa(twin, r);
    twin.insert(QStringLiteral("conventions"),
                QString::fromStdString(r.conventions) + QStringLiteral("; ") + kTrajectorySeries);
    insertSignificance(twin, c.significance);
    return writeResult(context, QStringLiteral("mfdfa"), csv, twin, error) && writeFigures(context, c, error);
}

bool writeNetworkSpectrum(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::NetworkSpectrumComputation c =
        compute::networkSpectrum(study, context.plan.threads, context.progress);
    const NetworkSpectrumResult& r = c.result;
    // d_q: D(q) = tau(q)/(q-1) as the JSON's d_q, empty where it is null (q = 1 but for sandbox).
    QByteArray csv = "q,tau,r_squared,alpha,f_alpha,d_q\n";
    for (std::size_t i = 0; i < r.q.size(); ++i)
        csv += csvLine({csvNumber(r.q[i]), csvCell(r.tau, i), csvCell(r.rSquared, i), csvCell(r.alpha, i),
                        csvCell(r.fAlpha, i),
                        i < r.dq.size() && std::isfinite(r.dq[i]) ? csvNumber(r.dq[i]) : QByteArray()});
    QJsonObject twin = twinFor(study, QStringLiteral("network_spectrum"));
    twin.insert(QStringLiteral("nodes"), static_cast<double>(c.graph.nodes));
    twin.insert(QStringLiteral("edges"), static_cast<double>(c.graph.edges.size()));
    twin.insert(QStringLiteral("defined"), r.defined);
    insertNetworkSpectrum(twin, r);
    twin.insert(
        QStringLiteral("conventions"),
        QString::fromStdString(r.conventions) +
            QStringLiteral("; the graph is the model's pairwise coupling (one node per network node, weight "
                           "the coupling strength at the study's parameter values; triadic terms are not "
                           "edges)"));
    return writeResult(context, QStringLiteral("network_spectrum"), csv, twin, error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
