// `neurodyn-cli measure network_spectrum`: multifractal spectrum of a weighted network read as an
// edge list (rows "from to [weight]"; nodes are 0-based numbers when every node field is a
// number, else labels such as "A B 0.5", kept in the output; a missing weight is 1), by one of
// the four methods (--method) with their settings.
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
    p.addOption(
        {"method",
         Text::tr("Estimator: neuromfa-code, neuromfa-paths, sandbox or normalised-growth (default)."),
         Text::tr("NAME"), QStringLiteral("normalised-growth")});
    p.addOption({"q",
                 Text::tr("q values, comma-separated (default -5..5 step 1; the NeuroMFA methods -3..3 step "
                          "0.1); --q=-2,2 or --q -2,2."),
                 Text::tr("LIST")});
    p.addOption({"max-distance", Text::tr("NeuroMFA: keep distances d with 1 < d <= this (default 150)."),
                 Text::tr("D"), QStringLiteral("150")});
    p.addOption({"min-edges",
                 Text::tr("NeuroMFA: a node needs more than this many kept distances (default 10)."),
                 Text::tr("N"), QStringLiteral("10")});
    p.addOption({"round-digits", Text::tr("NeuroMFA: round distances to this many decimals (default 0)."),
                 Text::tr("N"), QStringLiteral("0")});
    p.addOption(
        {"filter-mode",
         Text::tr("NeuroMFA: 0 keep all, 1 flag f > 0, 2 flag alpha not largest at the first q, 3 both "
                  "(default 0)."),
         Text::tr("N"), QStringLiteral("0")});
    p.addOption({"directed", Text::tr("Read each row as an edge from its first node to its second (default: "
                                      "undirected).")});
    p.addOption({"centres", Text::tr("Sandbox: number of centres drawn by the seed (default 0: every node)."),
                 Text::tr("N"), QStringLiteral("0")});
    p.addOption({"seed", Text::tr("Sandbox: seed of the centre sample (default 1)."), Text::tr("N"),
                 QStringLiteral("1")});
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
    const QString methodName = p.value(QStringLiteral("method"));
    const auto method = networkSpectrumMethodFromName(methodName.toStdString());
    if (!method)
        return error =
                   Text::tr("--method must be neuromfa-code, neuromfa-paths, sandbox or normalised-growth, "
                            "got '%1'")
                       .arg(methodName),
               false;
    NetworkSpectrumOptions o = networkSpectrumDefaults(*method);
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
    if (!parseDouble(p.value(QStringLiteral("max-distance")), o.neuroMfa.maxDistance) ||
        !(o.neuroMfa.maxDistance > 1.0))
        return error = Text::tr("--max-distance must be a number above 1"), false;
    long minEdges = 0, digits = 0, mode = 0, centres = 0, seed = 0;
    if (!parseLong(p.value(QStringLiteral("min-edges")), 0, 1000000000, minEdges))
        return error = Text::tr("--min-edges must be a whole number from 0 to 1e9"), false;
    if (!parseLong(p.value(QStringLiteral("round-digits")), 0, 6, digits))
        return error = Text::tr("--round-digits must be a whole number from 0 to 6"), false;
    if (!parseLong(p.value(QStringLiteral("filter-mode")), 0, 3, mode))
        return error = Text::tr("--filter-mode must be 0, 1, 2 or 3"), false;
    if (!parseLong(p.value(QStringLiteral("centres")), 0, 1000000000, centres))
        return error = Text::tr("--centres must be a whole number from 0 to 1e9"), false;
    if (!parseLong(p.value(QStringLiteral("seed")), 0, 2147483647, seed))
        return error = Text::tr("--seed must be a whole number from 0 to 2147483647"), false;
    o.neuroMfa.minEdges = static_cast<int>(minEdges);
    o.neuroMfa.roundDigits = static_cast<int>(digits);
    o.neuroMfa.filterMode = static_cast<int>(mode);
    o.sandboxCentres = static_cast<std::size_t>(centres);
    o.sandboxSeed = static_cast<std::uint64_t>(seed);
    WeightedGraph g = graph.graph;
    g.directed = p.isSet(QStringLiteral("directed"));
    const NetworkSpectrumResult r = networkSpectrum(g, o);
    insertNetworkSpectrum(out, r);
    out.insert(QStringLiteral("nodes"), static_cast<double>(g.nodes));
    out.insert(QStringLiteral("edges"), static_cast<double>(g.edges.size()));
    out.insert(QStringLiteral("directed"), g.directed);
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
    out.insert(QStringLiteral("d_q"), jsonArray(r.dq));
    out.insert(QStringLiteral("r_squared"), jsonArray(r.rSquared));
    out.insert(QStringLiteral("log_Z"), jsonMatrix(r.logZ));
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec networkMfaSpec()
{
    return {"network_spectrum",
            QT_TRANSLATE_NOOP("MeasureCommand",
                              "multifractal spectrum of a weighted edge list {tau, alpha, f_alpha}"),
            MeasureInput::EdgeList,
            &addOptions,
            nullptr,
            &run};
}

} // namespace nd::cli
