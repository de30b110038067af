#include "measures/networkspectrum.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/spectrum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <sstream>
#include <utility>

namespace nd {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Adjacency {
    std::vector<std::size_t> offset;                  // CSR row starts
    std::vector<std::pair<std::size_t, double>> arcs; // (neighbour, distance 1/|w|)
};

Adjacency buildAdjacency(const WeightedGraph& g)
{
    if (g.nodes == 0)
        throw InputError(ND_ENGINE_TEXT("network spectrum: the graph is empty (no nodes)"), {});
    std::map<std::pair<std::size_t, std::size_t>, double> strongest;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const GraphEdge& edge = g.edges[e];
        if (edge.from >= g.nodes || edge.to >= g.nodes)
            throw InputError(
                ND_ENGINE_TEXT("network spectrum: edge %1 names node %2 but the graph has %3 nodes"),
                {std::to_string(e), std::to_string(std::max(edge.from, edge.to)), std::to_string(g.nodes)});
        requireFinite(edge.weight, "network spectrum: weight of edge " + std::to_string(e));
        if (edge.weight == 0.0 || edge.from == edge.to)
            continue;
        const auto key = std::minmax(edge.from, edge.to);
        double& w = strongest[{key.first, key.second}];
        w = std::max(w, std::fabs(edge.weight));
    }
    if (strongest.empty())
        throw InputError(
            ND_ENGINE_TEXT("network spectrum: the graph is empty (no edge with a nonzero weight)"), {});
    Adjacency adj;
    std::vector<std::size_t> degree(g.nodes, 0);
    for (const auto& [key, w] : strongest) {
        ++degree[key.first];
        ++degree[key.second];
    }
    adj.offset.assign(g.nodes + 1, 0);
    for (std::size_t i = 0; i < g.nodes; ++i)
        adj.offset[i + 1] = adj.offset[i] + degree[i];
    adj.arcs.resize(adj.offset.back());
    std::vector<std::size_t> fill(adj.offset.begin(), adj.offset.end() - 1);
    for (const auto& [key, w] : strongest) {
        adj.arcs[fill[key.first]++] = {key.second, 1.0 / w};
        adj.arcs[fill[key.second]++] = {key.first, 1.0 / w};
    }
    return adj;
}

std::vector<double> dijkstra(const Adjacency& adj, std::size_t source)
{
    const std::size_t n = adj.offset.size() - 1;
    std::vector<double> dist(n, kInf);
    using Item = std::pair<double, std::size_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    dist[source] = 0.0;
    heap.push({0.0, source});
    while (!heap.empty()) {
        const auto [d, u] = heap.top();
        heap.pop();
        if (d > dist[u])
            continue;
        for (std::size_t a = adj.offset[u]; a < adj.offset[u + 1]; ++a) {
            const auto [v, len] = adj.arcs[a];
            if (d + len < dist[v]) {
                dist[v] = d + len;
                heap.push({dist[v], v});
            }
        }
    }
    return dist;
}

} // namespace

const char* networkSpectrumMethodName(NetworkSpectrumMethod method)
{
    switch (method) {
    case NetworkSpectrumMethod::NeuroMfaCode:
        return "neuromfa-code";
    case NetworkSpectrumMethod::NeuroMfaPaths:
        return "neuromfa-paths";
    case NetworkSpectrumMethod::Sandbox:
        return "sandbox";
    case NetworkSpectrumMethod::NormalisedGrowth:
        break;
    }
    return "normalised-growth";
}

std::optional<NetworkSpectrumMethod> networkSpectrumMethodFromName(std::string_view name)
{
    for (const auto m : {NetworkSpectrumMethod::NeuroMfaCode, NetworkSpectrumMethod::NeuroMfaPaths,
                         NetworkSpectrumMethod::Sandbox, NetworkSpectrumMethod::NormalisedGrowth})
        if (name == networkSpectrumMethodName(m))
            return m;
    return std::nullopt;
}

std::vector<std::string> networkSpectrumMethodNames()
{
    return {"neuromfa-code", "neuromfa-paths", "sandbox", "normalised-growth"};
}

std::vector<double> neuroMfaQGrid()
{
    // k / 10 rounds once, as the official code's q / 100 for q in range(-300, 301, 10) does.
    std::vector<double> q;
    for (int k = -30; k <= 30; ++k)
        q.push_back(k / 10.0);
    return q;
}

NetworkSpectrumOptions networkSpectrumDefaults(NetworkSpectrumMethod method)
{
    NetworkSpectrumOptions o;
    o.method = method;
    if (method == NetworkSpectrumMethod::NeuroMfaCode || method == NetworkSpectrumMethod::NeuroMfaPaths)
        o.q = neuroMfaQGrid();
    return o;
}

WeightedGraph graphFromCouplingMatrix(std::span<const double> matrix, std::size_t nodes)
{
    if (matrix.size() != nodes * nodes)
        throw InputError(
            ND_ENGINE_TEXT("coupling matrix: expected %1 entries for %2 nodes, got %3"),
            {std::to_string(nodes * nodes), std::to_string(nodes), std::to_string(matrix.size())});
    WeightedGraph g;
    g.nodes = nodes;
    for (std::size_t i = 0; i < nodes; ++i)
        for (std::size_t j = 0; j < nodes; ++j) {
            const double w = matrix[i * nodes + j];
            requireFinite(w, "coupling matrix entry (" + std::to_string(i) + ", " + std::to_string(j) + ")");
            if (i != j && w != 0.0)
                g.edges.push_back({i, j, w});
        }
    return g;
}

std::vector<double> shortestDistances(const WeightedGraph& graph, std::size_t source)
{
    const Adjacency adj = buildAdjacency(graph);
    if (source >= graph.nodes)
        throw InputError(ND_ENGINE_TEXT("shortest distances: source node %1 does not exist"),
                         {std::to_string(source)});
    return dijkstra(adj, source);
}

NetworkSpectrumResult networkSpectrum(const WeightedGraph& graph, const NetworkSpectrumOptions& o,
                                      Progress* progress)
{
    if (o.method != NetworkSpectrumMethod::NormalisedGrowth)
        throw InputError(ND_ENGINE_TEXT("network spectrum: method %1 is not built yet"),
                         {networkSpectrumMethodName(o.method)});
    const Adjacency adj = buildAdjacency(graph);
    NetworkSpectrumResult res;
    res.q = sortedQGrid(o.q, "network spectrum");
    if (!(o.minRSquared >= 0.0 && o.minRSquared <= 1.0))
        throw InputError(ND_ENGINE_TEXT("network spectrum: the R^2 warning threshold must be in [0, 1]"), {});
    const std::size_t n = graph.nodes;

    // Sorted distances from every node (the node itself at 0 included).
    std::vector<std::vector<double>> sorted(n);
    const bool complete = parallelFor(
        n, o.threads,
        [&](std::size_t i) {
            std::vector<double> d = dijkstra(adj, i);
            d.erase(std::remove(d.begin(), d.end(), kInf), d.end());
            std::sort(d.begin(), d.end());
            sorted[i] = std::move(d);
        },
        progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }
    double shortest = kInf;
    for (const auto& arc : adj.arcs)
        shortest = std::min(shortest, arc.second);
    for (const auto& d : sorted)
        res.diameter = std::max(res.diameter, d.back());

    if (o.radii.empty()) {
        if (o.radiusCount < 2)
            throw InputError(
                ND_ENGINE_TEXT("network spectrum: at least two radii are needed (radius count %1)"),
                {std::to_string(o.radiusCount)});
        if (!(res.diameter > shortest)) {
            res.reason = "every finite distance equals the shortest edge distance: no range of radii to fit";
            return res;
        }
        const double lo = std::log(shortest), hi = std::log(res.diameter);
        for (int k = 0; k < o.radiusCount; ++k)
            res.radii.push_back(k + 1 == o.radiusCount ? res.diameter
                                                       : std::exp(lo + (hi - lo) * k / (o.radiusCount - 1)));
    } else {
        res.radii = o.radii;
        for (std::size_t k = 0; k < res.radii.size(); ++k) {
            requireFinite(res.radii[k], "network spectrum: radius " + std::to_string(k));
            if (res.radii[k] <= 0.0 || (k > 0 && res.radii[k] <= res.radii[k - 1]))
                throw InputError(
                    ND_ENGINE_TEXT("network spectrum: radii must be positive and strictly increasing"), {});
        }
        if (res.radii.size() < 2)
            throw InputError(ND_ENGINE_TEXT("network spectrum: at least two radii are needed"), {});
    }
    std::ostringstream conv;
    conv << "distance 1/|w| along shortest paths (undirected, strongest of repeated pairs), N_i(r) = nodes "
            "within "
         << "distance <= r including i, Z_q(r) = sum_i (N_i(r)/N_i(d))^q with d = " << res.diameter << ", "
         << res.radii.size() << " radii from " << res.radii.front() << " to " << res.radii.back()
         << ", tau = least-squares slope of ln Z_q vs ln(r/d), alpha by finite differences in q";
    res.conventions = conv.str();

    const std::size_t nr = res.radii.size(), nq = res.q.size();
    // ln(N_i(r) / N_i(d)) per node and radius; N_i(d) counts everything node i reaches.
    std::vector<double> logRatio(n * nr);
    for (std::size_t i = 0; i < n; ++i) {
        const double total = static_cast<double>(sorted[i].size());
        for (std::size_t k = 0; k < nr; ++k) {
            const auto within =
                std::upper_bound(sorted[i].begin(), sorted[i].end(), res.radii[k]) - sorted[i].begin();
            logRatio[i * nr + k] = std::log(static_cast<double>(within) / total);
        }
    }
    std::vector<double> lx(nr);
    for (std::size_t k = 0; k < nr; ++k)
        lx[k] = std::log(res.radii[k] / res.diameter);
    res.logZ.assign(nq, std::vector<double>(nr, 0.0));
    res.tau.resize(nq);
    res.rSquared.resize(nq);
    for (std::size_t qi = 0; qi < nq; ++qi) {
        const double q = res.q[qi];
        for (std::size_t k = 0; k < nr; ++k) {
            // ln sum_i exp(q ln ratio_i), without overflow for large |q|.
            double top = -kInf;
            for (std::size_t i = 0; i < n; ++i)
                top = std::max(top, q * logRatio[i * nr + k]);
            double sum = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                sum += std::exp(q * logRatio[i * nr + k] - top);
            res.logZ[qi][k] = top + std::log(sum);
        }
        const FitReport fit = fitReport(lx, res.logZ[qi]);
        res.tau[qi] = fit.slope;
        res.rSquared[qi] = fit.rSquared;
        res.tauStdErr.push_back(fit.slopeStdErr);
        res.fits.push_back(fit);
        res.crossovers.push_back(crossoverTest(lx, res.logZ[qi], o.crossover));
        // The break is reported as a radius: x is ln(r/d).
        CrossoverReport asRadius = res.crossovers.back();
        asRadius.breakX += std::log(res.diameter);
        appendFitWarnings(res.warnings, q, fit, asRadius, o.minRSquared, "radius");
        if (qi == 0 || fit.rSquared < res.minRSquared) {
            res.minRSquared = fit.rSquared;
            res.minRSquaredQ = q;
        }
    }
    if (res.minRSquared < kPoorFitRSquared) {
        std::ostringstream w;
        w << "poor power-law fit: R^2 = " << res.minRSquared << " at q = " << res.minRSquaredQ << " (below "
          << kPoorFitRSquared
          << "): ln Z_q(r) is not a straight line in ln(r/d) over these radii, so tau(q), "
          << "alpha and f(alpha) are not scaling exponents of this network";
        res.warning = w.str();
    }
    const LegendreSpectrum spec = legendreSpectrum(res.q, res.tau);
    if (!spec.defined) {
        res.reason = "alpha and f(alpha) need at least two q values";
        return res;
    }
    res.alpha = spec.alpha;
    res.fAlpha = spec.f;
    res.alpha0 = spec.alpha0;
    res.width = spec.width;
    res.defined = true;
    return res;
}

MeasureValue networkSpectrumWidth(const WeightedGraph& graph)
{
    NetworkSpectrumOptions o;
    o.threads = 1;
    const NetworkSpectrumResult res = networkSpectrum(graph, o);
    return res.defined ? MeasureValue::of(res.width) : MeasureValue::undefined(res.reason);
}

} // namespace nd
