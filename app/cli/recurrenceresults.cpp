#include "cli/recurrenceresults.h"

#include "cli/clicommon.h"
#include "cli/recurrencejson.h"
#include "cli/resultfiles.h"
#include "cli/significancejson.h"

#include <QJsonArray>

#include <cmath>

namespace nd::cli {

namespace {

QJsonObject sourceJson(const compute::SeriesSource& s)
{
    QJsonArray variables;
    for (const auto& v : s.variables)
        variables.append(QString::fromStdString(v));
    return QJsonObject{{"variables", variables},
                       {"samples", static_cast<double>(s.samples)},
                       {"sample_spacing", jsonNumber(s.spacing)}};
}

const QString kTrajectorySeries = QStringLiteral("the series is the study's trajectory (simulation settings: "
                                                 "transient, samples, stride; flows sampled every "
                                                 "stride * dt) of the named variable");

QByteArray cell(bool defined, double v)
{
    return defined ? csvNumber(v) : QByteArray();
}

// One CSV row of RQA measures (empty where undefined).
QByteArray rqaRow(const RqaResult& r)
{
    return csvLine({csvNumber(r.epsilon), cell(r.defined, r.rr), cell(r.detDefined, r.det),
                    cell(r.defined, static_cast<double>(r.lMax)), cell(r.lineDefined, r.lMean),
                    cell(r.lineDefined, r.entr), cell(r.lamDefined, r.lam), cell(r.ttDefined, r.tt),
                    cell(r.defined, static_cast<double>(r.vMax))});
}

const QByteArray kRqaColumns = "eps_used,RR,DET,L_max,L_mean,ENTR,LAM,TT,V_max";

} // namespace

bool writeRqa(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::RqaComputation c = compute::rqa(study, context.plan.threads, context.progress);
    QByteArray csv;
    if (c.windowed) {
        csv = "start,m,tau," + kRqaColumns + '\n';
        for (std::size_t i = 0; i < c.windowed->windows.size(); ++i)
            csv += QByteArray::number(static_cast<qulonglong>(c.windowed->starts[i])) + ',' +
                   QByteArray::number(c.options.dimension) + ',' + QByteArray::number(c.options.delay) + ',' +
                   rqaRow(c.windowed->windows[i]);
    } else {
        csv = "m,tau," + kRqaColumns + '\n';
        if (c.whole)
            csv += QByteArray::number(c.options.dimension) + ',' + QByteArray::number(c.options.delay) + ',' +
                   rqaRow(*c.whole);
    }
    QJsonObject twin = twinFor(study, QStringLiteral("rqa"));
    twin.insert(QStringLiteral("series"), sourceJson(c.source));
    // The writer's "settings" are the numbers used (m and tau resolved, with their rules); the
    // twin keeps the study's section under "settings" and those under "used".
    const QJsonValue section = twin.value(QStringLiteral("settings"));
    insertRqa(c, twin);
    if (twin.value(QStringLiteral("settings")) != section)
        twin.insert(QStringLiteral("used"), twin.value(QStringLiteral("settings")));
    twin.insert(QStringLiteral("settings"), section);
    twin.insert(QStringLiteral("conventions"), twin.value(QStringLiteral("conventions")).toString() +
                                                   QStringLiteral("; ") + kTrajectorySeries);
    if (c.significance)
        twin.insert(QStringLiteral("significance"),
                    significanceJson(c.significance->result, c.significance->options,
                                     QString::fromStdString(c.significance->settings.scalar),
                                     c.significance->multivariate,
                                     QString::fromStdString(c.significance->conventions)));
    return writeResult(context, QStringLiteral("rqa"), csv, twin, error) && writeFigures(context, c, error);
}

bool writeEmbedding(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::EmbeddingComputation c = compute::embedding(study, context.plan.threads, context.progress);
    QByteArray csv = "dimension,fnn_fraction,fnn_counted,cao_E1,cao_E2\n";
    if (c.dimension) {
        const DimensionResult& r = *c.dimension;
        for (std::size_t k = 0; k < r.fnnFraction.size(); ++k)
            csv += csvLine({QByteArray::number(static_cast<qulonglong>(k + 1)),
                            cell(std::isfinite(r.fnnFraction[k]), r.fnnFraction[k]),
                            QByteArray::number(static_cast<qulonglong>(r.fnnCounted[k])),
                            cell(std::isfinite(r.caoE1[k]), r.caoE1[k]),
                            cell(std::isfinite(r.caoE2[k]), r.caoE2[k])});
    }
    QJsonObject twin = twinFor(study, QStringLiteral("embedding"));
    twin.insert(QStringLiteral("series"), sourceJson(c.source));
    const QJsonValue section = twin.value(QStringLiteral("settings"));
    insertEmbedding(c, twin);
    twin.insert(QStringLiteral("used"), twin.value(QStringLiteral("settings")));
    twin.insert(QStringLiteral("settings"), section);
    twin.insert(QStringLiteral("conventions"), twin.value(QStringLiteral("conventions")).toString() +
                                                   QStringLiteral("; ") + kTrajectorySeries);
    if (c.delayChoice) {
        const DelayResult& d = *c.delayChoice;
        QByteArray curves = "lag,mutual_information,autocorrelation\n";
        for (std::size_t lag = 0; lag < d.mutualInformation.size(); ++lag)
            curves += csvLine({QByteArray::number(static_cast<qulonglong>(lag)),
                               csvNumber(d.mutualInformation[lag]), csvNumber(d.autocorrelation[lag])});
        if (!context.sink.file(QStringLiteral("embedding-delay.csv"), curves, error))
            return false;
        twin.insert(QStringLiteral("delay_csv"), QStringLiteral("embedding-delay.csv"));
    }
    return writeResult(context, QStringLiteral("embedding"), csv, twin, error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
