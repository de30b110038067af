// `neurodyn-cli measure network_spectrum`: multifractal spectrum of a weighted network read as an
// edge list (rows "from to [weight]"; nodes are 0-based numbers when every node field is a
// number, else labels such as "A B 0.5", kept in the output; a missing weight is 1).
#include "cli/clicommon.h"
#include "cli/measurespec.h"
#include "cli/resultjson.h"

#include "io/edgelistreader.h"
#include "measures/networkspectrum.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureNetwork".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureNetwork)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"q", Text::tr("q values, comma-separated (default -5..5 step 1); --q=-2,2 or --q -2,2."),
                 Text::tr("LIST")});
    p.addOption({"radii", Text::tr("Explicit radii, comma-separated, increasing, > 0 (default: generated)."),
                 Text::tr("LIST")});
    p.addOption({"radius-count", Text::tr("Number of generated log-spaced radii (default 20)."),
                 Text::tr("N"), QStringLiteral("20")});
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
    p.addOption({"min-r2", Text::tr("Fits with R^2 below this are listed under warnings (default 0.98)."),
                 Text::tr("R2"), QStringLiteral("0.98")});
}

bool run(const QCommandLineParser& p, const ImportedGraph& graph, QJsonObject& out, QString& error)
{
    NetworkSpectrumOptions o;
    if (p.isSet(QStringLiteral("q")) && !parseDoubleList(p.value(QStringLiteral("q")), o.q))
        return error = Text::tr("--q expects comma-separated numbers, got '%1'")
                           .arg(p.value(QStringLiteral("q"))),
               false;
    if (p.isSet(QStringLiteral("radii")) && !parseDoubleList(p.value(QStringLiteral("radii")), o.radii))
        return error = Text::tr("--radii expects comma-separated numbers"), false;
    long count = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("radius-count")), 2, 100000, count))
        return error = Text::tr("--radius-count must be a whole number from 2 to 1e5"), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    o.radiusCount = static_cast<int>(count);
    o.threads = static_cast<int>(threads);
    if (!parseDouble(p.value(QStringLiteral("min-r2")), o.minRSquared) || o.minRSquared < 0.0 ||
        o.minRSquared > 1.0)
        return error = Text::tr("--min-r2 must be a number from 0 to 1"), false;
    const WeightedGraph& g = graph.graph;
    const NetworkSpectrumResult r = networkSpectrum(g, o);
    insertNetworkSpectrum(out, r);
    out.insert(QStringLiteral("nodes"), static_cast<double>(g.nodes));
    out.insert(QStringLiteral("edges"), static_cast<double>(g.edges.size()));
    out.insert(QStringLiteral("node_ids"),
               graph.labels ? QStringLiteral("labels") : QStringLiteral("0-based numbers"));
    QJsonArray names;
    for (const std::string& n : graph.nodeNames)
        names.append(QString::fromStdString(n));
    out.insert(QStringLiteral("node_names"), names);
    out.insert(QStringLiteral("q"), jsonArray(r.q));
    out.insert(QStringLiteral("tau"), jsonArray(r.tau));
    out.insert(QStringLiteral("alpha"), jsonArray(r.alpha));
    out.insert(QStringLiteral("f_alpha"), jsonArray(r.fAlpha));
    out.insert(QStringLiteral("r_squared"), jsonArray(r.rSquared));
    out.insert(QStringLiteral("log_Z"), jsonMatrix(r.logZ));
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec networkMfaSpec()
{
    return {
        "network_spectrum",
        QT_TRANSLATE_NOOP("MeasureCommand", "multifractal spectrum of a weighted edge list {tau, alpha, f_alpha}"),
        MeasureInput::EdgeList,
        &addOptions,
        nullptr,
        &run};
}

} // namespace nd::cli
