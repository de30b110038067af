// `neurodyn-cli measure kuramoto_r` and `cross-correlation`: synchronisation of several
// columns, one per node. Every convention is an option with the name it has in study files
// (--phases spike|centred|arctan|hilbert|given, --correlation hub|all-pairs|ring-neighbours),
// and the JSON's "conventions" states the ones used.
#include "cli/clicommon.h"
#include "cli/measurespec.h"
#include "cli/resultjson.h"

#include "measures/synchrony.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>
#include <limits>
#include <optional>

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

// The names of a convention enumeration's values, for messages ("spike, centred, ...").
template <class E, std::size_t N> QString namesOf(const E (&values)[N], const char* (*name)(E))
{
    QStringList out;
    for (E v : values)
        out << QLatin1String(name(v));
    return out.join(QStringLiteral(", "));
}

constexpr PhaseConvention kPhases[] = {PhaseConvention::Spike, PhaseConvention::Centred,
                                       PhaseConvention::Arctan, PhaseConvention::Hilbert,
                                       PhaseConvention::Given};
constexpr CorrelationScalar kScalars[] = {CorrelationScalar::Hub, CorrelationScalar::AllPairs,
                                          CorrelationScalar::RingNeighbours};

void addRingOption(QCommandLineParser& p)
{
    p.addOption(
        {"ring-hub",
         Text::tr("A node (1-based position in --columns) that is not on the ring, as a ring-star's "
                  "hub: the ring is the other columns in order (default: every column is on the ring)."),
         Text::tr("H")});
}

bool parseRing(const QCommandLineParser& p, std::size_t nodes, RingLayout& ring, QString& error)
{
    if (!p.isSet(QStringLiteral("ring-hub")))
        return true;
    long hub = 0;
    if (!parseLong(p.value(QStringLiteral("ring-hub")), 1, static_cast<long>(nodes), hub))
        return error = Text::tr("--ring-hub must be a whole number from 1 to %1").arg(nodes), false;
    ring.excludesHub = true;
    ring.hub = static_cast<std::size_t>(hub - 1);
    return true;
}

void addKuramotoOptions(QCommandLineParser& p)
{
    p.addOption(
        {"phases",
         Text::tr("How phases are obtained: spike (upward threshold crossings, default), centred "
                  "(angle of (x - <x>, y - <y>) with --y-columns), arctan (atan2(y, x), uncentred, with "
                  "--y-columns), hilbert (angle of the analytic signal of x - <x>) or given (the columns "
                  "are phases in radians)."),
         Text::tr("spike|centred|arctan|hilbert|given"), QStringLiteral("spike")});
    p.addOption({"threshold", Text::tr("Spike threshold (default 0)."), Text::tr("T"), QStringLiteral("0")});
    p.addOption({"y-columns",
                 Text::tr("Centred and arctan phases: the y column of each node, in --columns order."),
                 Text::tr("LIST")});
    p.addOption({"local-half-width",
                 Text::tr("Half-width of the ring neighbourhood of the local order parameter "
                          "(default max(1, ring nodes/10))."),
                 Text::tr("W"), QStringLiteral("-1")});
    addRingOption(p);
}

bool parsePhases(const QString& text, PhaseConvention& out, QString& error)
{
    // Before the conventions had names of their own, spike and centred were "spikes" and "geometric".
    const QString name = text == QLatin1String("spikes")      ? QStringLiteral("spike")
                         : text == QLatin1String("geometric") ? QStringLiteral("centred")
                                                              : text;
    if (name != text)
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Text::tr("note: --phases %1 is deprecated, use --phases %2").arg(text, name)));
    for (PhaseConvention c : kPhases)
        if (name == QLatin1String(phaseConventionName(c))) {
            out = c;
            return true;
        }
    error =
        Text::tr("--phases must be one of %1, not '%2'").arg(namesOf(kPhases, &phaseConventionName), text);
    return false;
}

bool runKuramoto(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
                 QJsonObject& out, QString& error)
{
    PhaseConvention convention = PhaseConvention::Spike;
    double threshold = 0.0;
    long width = 0;
    RingLayout ring;
    if (!parsePhases(p.value(QStringLiteral("phases")), convention, error))
        return false;
    if (!parseDouble(p.value(QStringLiteral("threshold")), threshold))
        return error = Text::tr("--threshold must be a number"), false;
    if (!parseLong(p.value(QStringLiteral("local-half-width")), -1, 1L << 30, width))
        return error = Text::tr("--local-half-width must be a whole number >= 0"), false;
    if (!parseRing(p, columns.size(), ring, error))
        return false;
    const std::vector<double> x = sampleMajor(table, columns);
    const SeriesView xv = SeriesView::sampleMajor(x, table.rows(), columns.size());
    std::vector<double> y;
    std::optional<SeriesView> yv;
    if (phaseNeedsY(convention)) {
        std::vector<int> yColumns;
        if (!p.isSet(QStringLiteral("y-columns")) ||
            !findColumns(table, p.value(QStringLiteral("y-columns")), yColumns, error) ||
            yColumns.size() != columns.size())
            return error = Text::tr("--phases %1 needs --y-columns with one column per node (%2)")
                               .arg(QLatin1String(phaseConventionName(convention)))
                               .arg(columns.size()),
                   false;
        if (!requirePlainColumns(table, yColumns, error)) // the gap rule applied to --columns only
            return error = Text::tr("--y-columns: %1").arg(error), false;
        y = sampleMajor(table, yColumns);
        yv = SeriesView::sampleMajor(y, table.rows(), yColumns.size());
    }
    const PhaseMatrix phases = phasesOf(convention, xv, yv ? &*yv : nullptr, threshold);
    out.insert(
        QStringLiteral("settings"),
        QJsonObject{{"phases", QLatin1String(phaseConventionName(convention))}, {"threshold", threshold}});
    out.insert(QStringLiteral("conventions"),
               QString::fromStdString(orderConventions(convention, ring)) +
                   QStringLiteral("; nodes are numbered from 1 in --columns order"));
    if (!phases.defined) {
        insertKuramoto(out, phases, nullptr);
        out.insert(QStringLiteral("reason"), QString::fromStdString(phases.reason));
        return true;
    }
    KuramotoOptions o;
    o.localHalfWidth = static_cast<int>(width);
    o.ring = ring;
    const KuramotoResult r = kuramotoOrder(phases.view(), o);
    insertKuramoto(out, phases, &r);
    out.insert(QStringLiteral("local_order"), jsonArray(r.localOrder));
    return true;
}

void addCrossOptions(QCommandLineParser& p)
{
    p.addOption(
        {"correlation",
         Text::tr("The scalar of the correlation matrix: all-pairs (mean over all pairs, default), hub "
                  "(mean of the hub's correlations with every other node) or ring-neighbours (mean over "
                  "the ring's edges i ~ i+1)."),
         Text::tr("hub|all-pairs|ring-neighbours"), QStringLiteral("all-pairs")});
    p.addOption(
        {"hub",
         Text::tr("Node (1-based position in --columns) the per-node correlations refer to (default 1)."),
         Text::tr("H"), QStringLiteral("1")});
    addRingOption(p);
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
}

bool runCross(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
              QJsonObject& out, QString& error)
{
    long hub = 0, threads = 0;
    const QString name = p.value(QStringLiteral("correlation"));
    CorrelationScalar scalar = CorrelationScalar::AllPairs;
    bool known = false;
    for (CorrelationScalar c : kScalars)
        if (name == QLatin1String(correlationScalarName(c))) {
            scalar = c;
            known = true;
        }
    if (!known)
        return error = Text::tr("--correlation must be one of %1, not '%2'")
                           .arg(namesOf(kScalars, &correlationScalarName), name),
               false;
    if (!parseLong(p.value(QStringLiteral("hub")), 1, static_cast<long>(columns.size()), hub))
        return error = Text::tr("--hub must be a whole number from 1 to %1").arg(columns.size()), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    CrossCorrelationOptions o;
    if (!parseRing(p, columns.size(), o.ring, error))
        return false;
    const std::vector<double> x = sampleMajor(table, columns);
    o.hub = static_cast<std::size_t>(hub - 1);
    o.threads = static_cast<int>(threads);
    const CrossCorrelationResult r =
        crossCorrelation(SeriesView::sampleMajor(x, table.rows(), columns.size()), o);
    insertCrossCorrelation(out, r);
    if (!r.meanDefined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    const auto valueOf = [](const MeasureValue& v) { return v.defined ? jsonNumber(v.value) : QJsonValue(); };
    const MeasureValue chosen = r.scalar(scalar);
    out.insert(QStringLiteral("correlation"), QLatin1String(correlationScalarName(scalar)));
    out.insert(QStringLiteral("value"), valueOf(chosen));
    if (!chosen.defined)
        out.insert(QStringLiteral("value_reason"), QString::fromStdString(chosen.reason));
    out.insert(QStringLiteral("hub_mean"), valueOf(r.hubMean));
    out.insert(QStringLiteral("ring_neighbour_mean"), valueOf(r.ringNeighbourMean));
    out.insert(QStringLiteral("ring_edges"), static_cast<double>(r.ringEdges));
    out.insert(QStringLiteral("hub"), static_cast<double>(r.hub + 1));
    QJsonArray hubRow;
    for (std::size_t j = 0; j < r.nodes; ++j)
        hubRow.append(r.pairDefined[r.hub * r.nodes + j] ? jsonNumber(r.hubCorrelation[j]) : QJsonValue());
    out.insert(QStringLiteral("hub_correlation"), hubRow);
    std::vector<double> zero;
    for (std::size_t n : r.zeroVarianceNodes)
        zero.push_back(static_cast<double>(n + 1));
    out.insert(QStringLiteral("zero_variance_nodes"), jsonArray(zero));
    out.insert(
        QStringLiteral("conventions"),
        QString::fromStdString(correlationConventions(scalar, o.ring)) +
            QStringLiteral("; value is the scalar of --correlation, mean the all-pairs mean; nodes are "
                           "numbered from 1 in --columns order"));
    return true;
}

} // namespace

MeasureSpec kuramotoSpec()
{
    return {"kuramoto_r",
            QT_TRANSLATE_NOOP(
                "MeasureCommand",
                "Kuramoto order parameter of several columns {order_parameter_mean, order_parameter_sd}"),
            MeasureInput::MultiSeries, &addKuramotoOptions, &runKuramoto, nullptr, "order_parameter_mean"};
}

MeasureSpec crossCorrelationSpec()
{
    return {"cross_correlation",
            QT_TRANSLATE_NOOP("MeasureCommand", "zero-lag cross-correlation of several columns "
                                                "{cross_correlation_matrix, cross_correlation_mean}"),
            MeasureInput::MultiSeries, &addCrossOptions, &runCross, nullptr, "value"};
}

} // namespace nd::cli
