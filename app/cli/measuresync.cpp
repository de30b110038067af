// `neurodyn-cli measure kuramoto_r` and `cross_correlation`: synchronisation of several
// columns, one per node (spike-time, geometric or given phases for the order parameter).
#include "cli/clicommon.h"
#include "cli/measurespec.h"

#include "measures/synchrony.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureSync".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureSync)
};

// samples x nodes, row-major, of the chosen columns.
std::vector<double> sampleMajor(const NumericTable& table, const std::vector<int>& columns)
{
    std::vector<double> v;
    v.reserve(table.rows() * columns.size());
    for (std::size_t s = 0; s < table.rows(); ++s)
        for (int c : columns)
            v.push_back(table.columns[static_cast<std::size_t>(c)][s]);
    return v;
}

void addKuramotoOptions(QCommandLineParser& p)
{
    p.addOption({"phases",
                 Text::tr("How phases are obtained: spikes (upward threshold crossings, default), "
                          "geometric (angle of (x - <x>, y - <y>) with --y-columns) or given (the columns "
                          "are phases in radians)."),
                 Text::tr("spikes|geometric|given"), QStringLiteral("spikes")});
    p.addOption({"threshold", Text::tr("Spike threshold (default 0)."), Text::tr("T"), QStringLiteral("0")});
    p.addOption({"y-columns", Text::tr("Geometric phases: the y column of each node, in --columns order."),
                 Text::tr("LIST")});
    p.addOption({"local-half-width",
                 Text::tr("Half-width of the ring neighbourhood of the local order parameter "
                          "(default max(1, nodes/10))."),
                 Text::tr("W"), QStringLiteral("-1")});
}

bool runKuramoto(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
                 QJsonObject& out, QString& error)
{
    const QString mode = p.value(QStringLiteral("phases"));
    double threshold = 0.0;
    long width = 0;
    if (!parseDouble(p.value(QStringLiteral("threshold")), threshold))
        return error = Text::tr("--threshold must be a number"), false;
    if (!parseLong(p.value(QStringLiteral("local-half-width")), -1, 1L << 30, width))
        return error = Text::tr("--local-half-width must be a whole number >= 0"), false;
    const std::vector<double> x = sampleMajor(table, columns);
    const SeriesView xv = SeriesView::sampleMajor(x, table.rows(), columns.size());
    PhaseMatrix phases;
    std::vector<double> given;
    if (mode == QLatin1String("spikes")) {
        phases = spikePhases(xv, threshold);
    } else if (mode == QLatin1String("geometric")) {
        std::vector<int> yColumns;
        if (!p.isSet(QStringLiteral("y-columns")) ||
            !findColumns(table, p.value(QStringLiteral("y-columns")), yColumns, error) ||
            yColumns.size() != columns.size())
            return error = Text::tr("--phases geometric needs --y-columns with one column per node (%1)")
                               .arg(columns.size()),
                   false;
        const std::vector<double> y = sampleMajor(table, yColumns);
        phases = geometricPhases(xv, SeriesView::sampleMajor(y, table.rows(), yColumns.size()));
    } else if (mode == QLatin1String("given")) {
        phases.defined = true;
        phases.samples = table.rows();
        phases.nodes = columns.size();
        phases.values = x;
    } else {
        return error = Text::tr("--phases must be spikes, geometric or given, not '%1'").arg(mode), false;
    }
    out.insert(QStringLiteral("settings"), QJsonObject{{"phases", mode}, {"threshold", threshold}});
    if (!phases.defined) {
        out.insert(QStringLiteral("order_parameter_mean"), QJsonValue());
        out.insert(QStringLiteral("order_parameter_sd"), QJsonValue());
        out.insert(QStringLiteral("reason"), QString::fromStdString(phases.reason));
        return true;
    }
    KuramotoOptions o;
    o.localHalfWidth = static_cast<int>(width);
    const KuramotoResult r = kuramotoOrder(phases.view(), o);
    out.insert(QStringLiteral("order_parameter_mean"), jsonNumber(r.mean));
    out.insert(QStringLiteral("order_parameter_sd"), jsonNumber(r.stdDev));
    out.insert(QStringLiteral("phase_first_sample"), static_cast<double>(phases.firstSample));
    out.insert(QStringLiteral("phase_samples"), static_cast<double>(phases.samples));
    out.insert(QStringLiteral("local_half_width"), r.localHalfWidth);
    out.insert(QStringLiteral("local_order"), jsonArray(r.localOrder));
    out.insert(QStringLiteral("conventions"),
               QStringLiteral("R(n) = |mean_j exp(i theta_j(n))|; mean and population SD (ddof 0) over the "
                              "window where every node has a phase"));
    return true;
}

void addCrossOptions(QCommandLineParser& p)
{
    p.addOption(
        {"hub",
         Text::tr("Node (1-based position in --columns) the per-node correlations refer to (default 1)."),
         Text::tr("H"), QStringLiteral("1")});
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
}

bool runCross(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
              QJsonObject& out, QString& error)
{
    long hub = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("hub")), 1, static_cast<long>(columns.size()), hub))
        return error = Text::tr("--hub must be a whole number from 1 to %1").arg(columns.size()), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    const std::vector<double> x = sampleMajor(table, columns);
    CrossCorrelationOptions o;
    o.hub = static_cast<std::size_t>(hub - 1);
    o.threads = static_cast<int>(threads);
    const CrossCorrelationResult r =
        crossCorrelation(SeriesView::sampleMajor(x, table.rows(), columns.size()), o);
    QJsonArray matrix;
    for (std::size_t i = 0; i < r.nodes; ++i) {
        QJsonArray row;
        for (std::size_t j = 0; j < r.nodes; ++j)
            row.append(r.pairDefined[i * r.nodes + j] ? jsonNumber(r.matrix[i * r.nodes + j]) : QJsonValue());
        matrix.append(row);
    }
    out.insert(QStringLiteral("cross_correlation_matrix"), matrix);
    out.insert(QStringLiteral("cross_correlation_mean"), r.meanDefined ? jsonNumber(r.mean) : QJsonValue());
    if (!r.meanDefined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    out.insert(QStringLiteral("defined_pairs"), static_cast<double>(r.definedPairs));
    out.insert(QStringLiteral("hub"), static_cast<double>(r.hub + 1));
    QJsonArray hubRow;
    for (std::size_t j = 0; j < r.nodes; ++j)
        hubRow.append(r.pairDefined[r.hub * r.nodes + j] ? jsonNumber(r.hubCorrelation[j]) : QJsonValue());
    out.insert(QStringLiteral("hub_correlation"), hubRow);
    std::vector<double> zero;
    for (std::size_t n : r.zeroVarianceNodes)
        zero.push_back(static_cast<double>(n + 1));
    out.insert(QStringLiteral("zero_variance_nodes"), jsonArray(zero));
    out.insert(QStringLiteral("conventions"),
               QStringLiteral("zero-lag Pearson correlation over all samples; mean over defined pairs i < j; "
                              "nodes are numbered from 1 in --columns order"));
    return true;
}

} // namespace

MeasureSpec kuramotoSpec()
{
    return {"kuramoto_r",
            QT_TRANSLATE_NOOP(
                "MeasureCommand",
                "Kuramoto order parameter of several columns {order_parameter_mean, order_parameter_sd}"),
            MeasureInput::MultiSeries, &addKuramotoOptions, &runKuramoto};
}

MeasureSpec crossCorrelationSpec()
{
    return {"cross_correlation",
            QT_TRANSLATE_NOOP("MeasureCommand", "zero-lag cross-correlation of several columns "
                                                "{cross_correlation_matrix, cross_correlation_mean}"),
            MeasureInput::MultiSeries, &addCrossOptions, &runCross};
}

} // namespace nd::cli
