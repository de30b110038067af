#include "measures/networkspectrum.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/spectrum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <sstream>
#include <unordered_map>
#include <utility>

namespace nd {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Adjacency {
    std::vector<std::size_t> offset;                  // CSR row starts
    std::vector<std::pair<std::size_t, double>> arcs; // (neighbour, distance 1/|w|)
};

// CSR by counting sort (linear in the edges: a NIN of a 24-block model has a million), then
// repeated pairs merged per row keeping the largest |w|. Undirected: each edge is an arc both
// ways; directed: from -> to only.
Adjacency buildAdjacency(const WeightedGraph& g)
{
    if (g.nodes == 0)
        throw InputError(ND_ENGINE_TEXT("network spectrum: the graph is empty (no nodes)"), {});
    std::vector<std::size_t> count(g.nodes + 1, 0);
    std::size_t kept = 0;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const GraphEdge& edge = g.edges[e];
        if (edge.from >= g.nodes || edge.to >= g.nodes)
            throw InputError(
                ND_ENGINE_TEXT("network spectrum: edge %1 names node %2 but the graph has %3 nodes"),
                {std::to_string(e), std::to_string(std::max(edge.from, edge.to)), std::to_string(g.nodes)});
        if (!std::isfinite(edge.weight)) // the message is built only when needed: a NIN has 1e6 edges
            requireFinite(edge.weight, "network spectrum: weight of edge " + std::to_string(e));
        if (edge.weight == 0.0 || edge.from == edge.to)
            continue;
        ++kept;
        ++count[edge.from + 1];
        if (!g.directed)
            ++count[edge.to + 1];
    }
    if (kept == 0)
        throw InputError(
            ND_ENGINE_TEXT("network spectrum: the graph is empty (no edge with a nonzero weight)"), {});
    for (std::size_t i = 0; i < g.nodes; ++i)
        count[i + 1] += count[i];
    std::vector<std::pair<std::size_t, double>> raw(count.back()); // (neighbour, |w|)
    std::vector<std::size_t> fill(count.begin(), count.end() - 1);
    for (const GraphEdge& edge : g.edges) {
        if (edge.weight == 0.0 || edge.from == edge.to)
            continue;
        const double w = std::fabs(edge.weight);
        raw[fill[edge.from]++] = {edge.to, w};
        if (!g.directed)
            raw[fill[edge.to]++] = {edge.from, w};
    }
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> slot(g.nodes, kNone); // where a neighbour of the current row sits
    Adjacency adj;
    adj.offset.assign(g.nodes + 1, 0);
    adj.arcs.reserve(raw.size());
    for (std::size_t i = 0; i < g.nodes; ++i) {
        const std::size_t rowStart = adj.arcs.size();
        for (std::size_t a = count[i]; a < count[i + 1]; ++a) {
            const auto [v, w] = raw[a];
            if (slot[v] == kNone) {
                slot[v] = adj.arcs.size();
                adj.arcs.push_back({v, w});
            } else {
                adj.arcs[slot[v]].second = std::max(adj.arcs[slot[v]].second, w);
            }
        }
        for (std::size_t a = rowStart; a < adj.arcs.size(); ++a) {
            slot[adj.arcs[a].first] = kNone;
            adj.arcs[a].second = 1.0 / adj.arcs[a].second;
        }
        adj.offset[i + 1] = adj.arcs.size();
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

namespace {

// Sorted finite distances from `source`, the source itself (at 0) included.
std::vector<double> sortedReach(const Adjacency& adj, std::size_t source)
{
    std::vector<double> d = dijkstra(adj, source);
    d.erase(std::remove(d.begin(), d.end(), kInf), d.end());
    std::sort(d.begin(), d.end());
    return d;
}

// The radii of the shortest-path methods (normalised-growth, sandbox): the explicit ones
// (checked) or radiusCount log-spaced from the shortest edge distance to res.diameter. False with
// res.reason set when the graph leaves no range of radii.
bool chooseRadii(NetworkSpectrumResult& res, const NetworkSpectrumOptions& o, const Adjacency& adj)
{
    double shortest = kInf;
    for (const auto& arc : adj.arcs)
        shortest = std::min(shortest, arc.second);
    if (o.radii.empty()) {
        if (o.radiusCount < 2)
            throw InputError(
                ND_ENGINE_TEXT("network spectrum: at least two radii are needed (radius count %1)"),
                {std::to_string(o.radiusCount)});
        if (!(res.diameter > shortest)) {
            res.reason = "every finite distance equals the shortest edge distance: no range of radii to fit";
            return false;
        }
        const double lo = std::log(shortest), hi = std::log(res.diameter);
        for (int k = 0; k < o.radiusCount; ++k)
            res.radii.push_back(k + 1 == o.radiusCount ? res.diameter
                                                       : std::exp(lo + (hi - lo) * k / (o.radiusCount - 1)));
        return true;
    }
    res.radii = o.radii;
    for (std::size_t k = 0; k < res.radii.size(); ++k) {
        requireFinite(res.radii[k], "network spectrum: radius " + std::to_string(k));
        if (res.radii[k] <= 0.0 || (k > 0 && res.radii[k] <= res.radii[k - 1]))
            throw InputError(
                ND_ENGINE_TEXT("network spectrum: radii must be positive and strictly increasing"), {});
    }
    if (res.radii.size() < 2)
        throw InputError(ND_ENGINE_TEXT("network spectrum: at least two radii are needed"), {});
    return true;
}

// tau(q) for every q from res.logZ against lx = ln(r/d), with the fit reports, crossover tests
// and warnings. `centred` fits ln Z_q(r) - ln Z_q(r_last) (the same line, intercept restored):
// a constant ln Z then has a slope of exactly 0, as neuromfa-code's tau(0) must.
void fitTau(NetworkSpectrumResult& res, std::span<const double> lx, const NetworkSpectrumOptions& o,
            bool centred)
{
    const std::size_t nq = res.q.size();
    res.tau.resize(nq);
    res.rSquared.resize(nq);
    for (std::size_t qi = 0; qi < nq; ++qi) {
        const double q = res.q[qi];
        std::vector<double> y = res.logZ[qi];
        const double shift = centred ? y.back() : 0.0;
        for (double& v : y)
            v -= shift;
        FitReport fit = fitReport(lx, y);
        fit.intercept += shift;
        res.tau[qi] = fit.slope;
        res.rSquared[qi] = fit.rSquared;
        res.tauStdErr.push_back(fit.slopeStdErr);
        res.fits.push_back(fit);
        res.crossovers.push_back(crossoverTest(lx, y, o.crossover));
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
}

// D(q) = tau(q)/(q - 1); NaN and not defined at q = 1 (the sandbox method fills it in itself).
void fillDq(NetworkSpectrumResult& res)
{
    res.dq.assign(res.q.size(), std::numeric_limits<double>::quiet_NaN());
    res.dqDefined.assign(res.q.size(), false);
    for (std::size_t k = 0; k < res.q.size(); ++k)
        if (res.q[k] != 1.0) {
            res.dq[k] = res.tau[k] / (res.q[k] - 1.0);
            res.dqDefined[k] = true;
        }
}

// The Legendre spectrum by central differences (normalised-growth, sandbox).
void centralLegendre(NetworkSpectrumResult& res)
{
    const LegendreSpectrum spec = legendreSpectrum(res.q, res.tau);
    if (!spec.defined) {
        res.reason = "alpha and f(alpha) need at least two q values";
        return;
    }
    res.alpha = spec.alpha;
    res.fAlpha = spec.f;
    res.alphaQ = res.q;
    res.alpha0 = spec.alpha0;
    res.width = spec.width;
    res.defined = true;
}

const char* graphWord(bool directed)
{
    return directed ? "directed" : "undirected";
}

// ln sum_k count_k exp(x_k), without overflow for large |x|.
template <typename Terms> double logSumExp(std::size_t size, Terms term)
{
    double top = -kInf;
    for (std::size_t k = 0; k < size; ++k)
        top = std::max(top, term(k).first);
    double sum = 0.0;
    for (std::size_t k = 0; k < size; ++k) {
        const auto [x, count] = term(k);
        sum += count * std::exp(x - top);
    }
    return top + std::log(sum);
}

NetworkSpectrumResult normalisedGrowth(const Adjacency& adj, bool directed, const NetworkSpectrumOptions& o,
                                       Progress* progress)
{
    NetworkSpectrumResult res;
    res.method = NetworkSpectrumMethod::NormalisedGrowth;
    res.q = sortedQGrid(o.q, "network spectrum");
    const std::size_t n = adj.offset.size() - 1;
    res.nodesUsed = n;

    // Sorted distances from every node (the node itself at 0 included).
    std::vector<std::vector<double>> sorted(n);
    const bool complete = parallelFor(
        n, o.threads, [&](std::size_t i) { sorted[i] = sortedReach(adj, i); }, progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }
    for (const auto& d : sorted)
        res.diameter = std::max(res.diameter, d.back());
    if (!chooseRadii(res, o, adj))
        return res;
    std::ostringstream conv;
    conv << "method normalised-growth (NeuroDyn's own; not the sandbox method: tau(0) = 0 on every graph): "
         << "distance 1/|w| along shortest paths (" << graphWord(directed)
         << ", strongest of repeated pairs), N_i(r) = nodes within distance <= r including i, "
         << "Z_q(r) = sum_i (N_i(r)/N_i(d))^q over all " << n << " nodes with d = " << res.diameter << ", "
         << res.radii.size() << " radii from " << res.radii.front() << " to " << res.radii.back()
         << ", tau = least-squares slope of ln Z_q vs ln(r/d), alpha by central differences in q, "
         << "D(q) = tau/(q-1) (undefined at q = 1)";
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
    for (std::size_t qi = 0; qi < nq; ++qi)
        for (std::size_t k = 0; k < nr; ++k)
            res.logZ[qi][k] = logSumExp(n, [&](std::size_t i) {
                return std::pair{res.q[qi] * logRatio[i * nr + k], 1.0};
            });
    fitTau(res, lx, o, false);
    fillDq(res);
    centralLegendre(res);
    return res;
}

// Centres of the sandbox: every node, or `count` distinct nodes drawn by a seeded partial
// Fisher-Yates shuffle (splitmix64, so the sample is the same on every platform).
std::vector<std::size_t> sandboxCentres(std::size_t n, std::size_t count, std::uint64_t seed)
{
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    if (count == 0 || count >= n)
        return all;
    std::uint64_t state = seed;
    auto next = [&state] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    for (std::size_t k = 0; k < count; ++k) {
        const std::uint64_t span = n - k;
        const std::uint64_t limit =
            std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % span;
        std::uint64_t r = next();
        while (r >= limit) // rejection keeps every remaining node equally likely
            r = next();
        std::swap(all[k], all[k + static_cast<std::size_t>(r % span)]);
    }
    all.resize(count);
    std::sort(all.begin(), all.end());
    return all;
}

NetworkSpectrumResult sandboxSpectrum(const Adjacency& adj, bool directed, const NetworkSpectrumOptions& o,
                                      Progress* progress)
{
    NetworkSpectrumResult res;
    res.method = NetworkSpectrumMethod::Sandbox;
    res.q = sortedQGrid(o.q, "network spectrum");
    const std::size_t n = adj.offset.size() - 1;
    const std::vector<std::size_t> centres = sandboxCentres(n, o.sandboxCentres, o.sandboxSeed);
    const std::size_t nc = centres.size();
    res.nodesUsed = nc;
    std::vector<std::vector<double>> sorted(nc);
    const bool complete = parallelFor(
        nc, o.threads, [&](std::size_t c) { sorted[c] = sortedReach(adj, centres[c]); }, progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }
    for (const auto& d : sorted)
        res.diameter = std::max(res.diameter, d.back());
    if (!chooseRadii(res, o, adj))
        return res;
    std::ostringstream conv;
    conv << "method sandbox (Tel, Fulop and Vicsek 1989): distance 1/|w| along shortest paths ("
         << graphWord(directed) << ", strongest of repeated pairs), M_i(r) = nodes within distance <= r of "
         << "centre i including i, M_0 = " << n << " (all nodes), Z_q(r) = mean over "
         << (nc == n ? std::string("all ")
                     : std::string("a seeded sample (seed ") + std::to_string(o.sandboxSeed) + ") of ")
         << nc << " centres of (M_i(r)/M_0)^(q-1) ~ (r/d)^((q-1) D_q), d = " << res.diameter << ", "
         << res.radii.size() << " radii from " << res.radii.front() << " to " << res.radii.back()
         << ", tau(q) = (q-1) D_q = least-squares slope of ln Z_q vs ln(r/d), alpha by central differences "
         << "in q, D(q) = tau/(q-1) and at q = 1 the information dimension (slope of the mean ln(M_i/M_0))";
    res.conventions = conv.str();

    const std::size_t nr = res.radii.size(), nq = res.q.size();
    std::vector<double> logRatio(nc * nr); // ln(M_i(r)/M_0)
    std::vector<double> meanLog(nr, 0.0);
    for (std::size_t c = 0; c < nc; ++c)
        for (std::size_t k = 0; k < nr; ++k) {
            const auto within =
                std::upper_bound(sorted[c].begin(), sorted[c].end(), res.radii[k]) - sorted[c].begin();
            logRatio[c * nr + k] = std::log(static_cast<double>(within) / static_cast<double>(n));
            meanLog[k] += logRatio[c * nr + k] / static_cast<double>(nc);
        }
    std::vector<double> lx(nr);
    for (std::size_t k = 0; k < nr; ++k)
        lx[k] = std::log(res.radii[k] / res.diameter);
    res.logZ.assign(nq, std::vector<double>(nr, 0.0));
    const double logCentres = std::log(static_cast<double>(nc));
    for (std::size_t qi = 0; qi < nq; ++qi)
        for (std::size_t k = 0; k < nr; ++k)
            res.logZ[qi][k] = logSumExp(nc,
                                        [&](std::size_t c) {
                                            return std::pair{(res.q[qi] - 1.0) * logRatio[c * nr + k], 1.0};
                                        }) -
                              logCentres;
    fitTau(res, lx, o, false);
    fillDq(res);
    for (std::size_t k = 0; k < nq; ++k)
        if (res.q[k] == 1.0) {
            res.dq[k] = fitReport(lx, meanLog).slope;
            res.dqDefined[k] = true;
        }
    centralLegendre(res);
    return res;
}

// Rounds as numpy's round(x, digits) does: to the nearest, ties to even, at 10^digits.
double roundDistance(double d, int digits, double scale)
{
    return digits == 0 ? std::nearbyint(d) : std::nearbyint(d * scale) / scale;
}

NetworkSpectrumResult neuroMfaSpectrum(const Adjacency& adj, bool directed, const NetworkSpectrumOptions& o,
                                       Progress* progress)
{
    const NeuroMfaOptions& m = o.neuroMfa;
    if (!(std::isfinite(m.maxDistance) && m.maxDistance > 1.0))
        throw InputError(ND_ENGINE_TEXT("network spectrum: the NeuroMFA distance cap d_max must be a number "
                                        "above 1 (distances are kept when 1 < d <= d_max), got %1"),
                         {std::to_string(m.maxDistance)});
    if (m.minEdges < 0)
        throw InputError(
            ND_ENGINE_TEXT("network spectrum: the NeuroMFA edge count a node must exceed cannot be "
                           "negative"),
            {});
    if (m.roundDigits < 0 || m.roundDigits > 6)
        throw InputError(
            ND_ENGINE_TEXT("network spectrum: NeuroMFA rounds distances to 0 to 6 decimals, got %1"),
            {std::to_string(m.roundDigits)});
    if (m.filterMode < 0 || m.filterMode > 3)
        throw InputError(
            ND_ENGINE_TEXT("network spectrum: the NeuroMFA filter mode must be 0, 1, 2 or 3, got %1"),
            {std::to_string(m.filterMode)});
    const bool paths = o.method == NetworkSpectrumMethod::NeuroMfaPaths;
    NetworkSpectrumResult res;
    res.method = o.method;
    res.q = sortedQGrid(o.q, "network spectrum");
    const std::size_t n = adj.offset.size() - 1;
    const double scale = std::pow(10.0, m.roundDigits);

    // Per node its kept distances, rounded; empty for a node that fails the filter.
    std::vector<std::vector<double>> kept(n);
    const bool complete = parallelFor(
        n, o.threads,
        [&](std::size_t i) {
            std::vector<double> d;
            if (paths) {
                const std::vector<double> all = dijkstra(adj, i);
                for (std::size_t j = 0; j < n; ++j)
                    if (j != i && all[j] > 1.0 && all[j] <= m.maxDistance)
                        d.push_back(all[j]);
            } else {
                for (std::size_t a = adj.offset[i]; a < adj.offset[i + 1]; ++a)
                    if (adj.arcs[a].second > 1.0 && adj.arcs[a].second <= m.maxDistance)
                        d.push_back(adj.arcs[a].second);
            }
            if (d.size() <= static_cast<std::size_t>(m.minEdges))
                return;
            for (double& v : d)
                v = roundDistance(v, m.roundDigits, scale);
            kept[i] = std::move(d);
        },
        progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }
    std::vector<std::size_t> nodes; // kept nodes, later ordered by their total mass N_i(D)
    for (std::size_t i = 0; i < n; ++i)
        if (!kept[i].empty())
            nodes.push_back(i);
    res.nodesUsed = nodes.size();
    std::ostringstream conv;
    conv << "method " << networkSpectrumMethodName(o.method) << " (NeuroMFA, as the official code wnfd_llm"
         << (paths ? ", but with shortest-path distances" : "") << "): "
         << (paths ? "shortest-path distances d along the edge direction with 1/|w| per edge ("
                   : "one-hop out-edge distances d = 1/|w| (")
         << graphWord(directed)
         << " graph, strongest of repeated pairs), kept when 1 < d <= " << m.maxDistance << ", rounded to "
         << m.roundDigits << " decimals (ties to even, as numpy), nodes with more than " << m.minEdges
         << " kept distances (" << nodes.size() << " of " << n << ")";
    if (nodes.empty()) {
        res.conventions = conv.str();
        res.reason = "no node has more than " + std::to_string(m.minEdges) +
                     " distances d with 1 < d <= " + std::to_string(m.maxDistance) + ": nothing to measure";
        return res;
    }
    // The radius set: every rounded value is a multiple of 10^-digits in [1, d_max], so with the
    // official settings a table of d_max * 10^digits slots finds the union in one pass (a sort of
    // all million distances of a 24-block subnetwork took a quarter of the time); else sort.
    std::vector<double> radii;
    const double slots = std::floor(m.maxDistance * scale) + 2.0;
    const bool slotted = slots <= 1e6;
    std::vector<std::uint32_t> slotRadius; // slot -> index in radii
    auto slotOf = [scale](double v) { return static_cast<std::size_t>(std::llround(v * scale)); };
    if (slotted) {
        std::vector<char> used(static_cast<std::size_t>(slots), 0);
        for (const std::size_t i : nodes)
            for (double v : kept[i])
                used[slotOf(v)] = 1;
        slotRadius.assign(used.size(), 0);
        for (std::size_t slot = 0; slot < used.size(); ++slot)
            if (used[slot]) {
                slotRadius[slot] = static_cast<std::uint32_t>(radii.size());
                radii.push_back(static_cast<double>(slot) / scale); // the value roundDistance gave
            }
    } else {
        for (const std::size_t i : nodes)
            radii.insert(radii.end(), kept[i].begin(), kept[i].end());
        std::sort(radii.begin(), radii.end());
        radii.erase(std::unique(radii.begin(), radii.end()), radii.end());
    }
    res.radii = radii;
    res.diameter = radii.back();
    conv << ", radii = the " << radii.size() << " distinct rounded distances from " << radii.front()
         << " to D = " << res.diameter << ", N_i(r) = 1 + kept distances <= r, mu_i(r) = N_i(r)/N_i(D), "
         << "tau = least-squares slope (free intercept) of ln sum_i mu_i(r)^q vs ln(r/D) over all radii, "
         << "alpha_k = (tau_{k+1} - tau_k)/(q_{k+1} - q_k), f_k = q_k alpha_k - tau_k, alpha_0 at the first "
         << "maximum of f, width = max alpha - min alpha, D(q) = tau/(q-1) (undefined at q = 1), filter mode "
         << m.filterMode;
    res.conventions = conv.str();
    if (radii.size() < 2) {
        res.reason = "every kept distance rounds to the same radius " + std::to_string(res.diameter) +
                     ": no range of radii to fit";
        return res;
    }
    const std::size_t nr = radii.size(), nq = res.q.size();
    // Each node's distances as sorted radius indices (a counting sort over the radii), stored
    // node after node in the order of their total mass N_i(D) = distances + 1.
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&](std::size_t x, std::size_t y) { return kept[x].size() < kept[y].size(); });
    const std::size_t kn = nodes.size();
    std::vector<std::size_t> start(kn + 1, 0);
    for (std::size_t p = 0; p < kn; ++p)
        start[p + 1] = start[p] + kept[nodes[p]].size();
    std::vector<std::uint32_t> flat(start.back());
    std::vector<std::size_t> bucket(nr + 1, 0);
    for (std::size_t p = 0; p < kn; ++p) {
        std::vector<double>& values = kept[nodes[p]];
        std::fill(bucket.begin(), bucket.end(), 0);
        for (double v : values) {
            const std::size_t k = slotted
                                      ? slotRadius[slotOf(v)]
                                      : static_cast<std::size_t>(
                                            std::lower_bound(radii.begin(), radii.end(), v) - radii.begin());
            ++bucket[k + 1];
        }
        std::size_t w = start[p];
        for (std::uint32_t k = 0; k < nr; ++k)
            for (std::size_t c = 0; c < bucket[k + 1]; ++c)
                flat[w++] = k;
        std::vector<double>().swap(values);
    }

    // Z_q(r) = sum over the distinct (N_i(r), N_i(D)) pairs of count * (N_i(r)/N_i(D))^q: masses
    // are small integers, so a few thousand pairs stand for millions of (node, radius) terms, and
    // each pair's powers are computed once for all radii.
    const std::size_t maxTotal = start[kn] - start[kn - 1] + 1;
    const std::size_t side = maxTotal + 2;
    const bool denseIds = static_cast<double>(side) * static_cast<double>(side) <= 4194304.0;
    std::vector<std::uint32_t> denseId(denseIds ? side * side : 0, UINT32_MAX);
    std::unordered_map<std::uint64_t, std::uint32_t> sparseId;
    std::vector<double> pairLogMu; // ln(N_i(r)/N_i(D)) of each pair id
    auto pairId = [&](std::size_t mass, std::size_t total) {
        std::uint32_t* slot = nullptr;
        if (denseIds) {
            slot = &denseId[mass * side + total];
        } else {
            const auto [it, added] =
                sparseId.try_emplace(static_cast<std::uint64_t>(mass) * side + total, UINT32_MAX);
            (void)added;
            slot = &it->second;
        }
        if (*slot == UINT32_MAX) {
            *slot = static_cast<std::uint32_t>(pairLogMu.size());
            pairLogMu.push_back(std::log(static_cast<double>(mass) / static_cast<double>(total)));
        }
        return *slot;
    };
    std::vector<std::size_t> at(start.begin(), start.end() - 1), tally(maxTotal + 2, 0), touched;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> groups(nr); // (pair id, count)
    for (std::size_t k = 0; k < nr; ++k) {
        for (std::size_t g = 0; g < kn;) {
            const std::size_t total = start[g + 1] - start[g] + 1;
            std::size_t end = g;
            for (; end < kn && start[end + 1] - start[end] + 1 == total; ++end) {
                std::size_t& pos = at[end];
                while (pos < start[end + 1] && flat[pos] <= k)
                    ++pos;
                const std::size_t mass = pos - start[end] + 1;
                if (tally[mass]++ == 0)
                    touched.push_back(mass);
            }
            for (const std::size_t mass : touched) {
                groups[k].push_back({pairId(mass, total), static_cast<double>(tally[mass])});
                tally[mass] = 0;
            }
            touched.clear();
            g = end;
        }
    }
    std::vector<double> lx(nr);
    for (std::size_t k = 0; k < nr; ++k)
        lx[k] = std::log(radii[k] / res.diameter);
    res.logZ.assign(nq, std::vector<double>(nr, 0.0));
    double extreme = 0.0; // the largest |q ln mu|: plain sums are safe far below exp's 709
    for (double lm : pairLogMu)
        extreme =
            std::max(extreme, std::fabs(lm) * std::max(std::fabs(res.q.front()), std::fabs(res.q.back())));
    std::vector<double> power(pairLogMu.size());
    for (std::size_t qi = 0; qi < nq; ++qi) {
        const double q = res.q[qi];
        if (extreme < 600.0) {
            for (std::size_t id = 0; id < pairLogMu.size(); ++id)
                power[id] = std::exp(q * pairLogMu[id]); // exactly 1 at q = 0: tau(0) = 0 exactly
            for (std::size_t k = 0; k < nr; ++k) {
                double z = 0.0;
                for (const auto& [id, count] : groups[k])
                    z += count * power[id];
                res.logZ[qi][k] = std::log(z);
            }
        } else {
            for (std::size_t k = 0; k < nr; ++k)
                res.logZ[qi][k] = logSumExp(groups[k].size(), [&](std::size_t j) {
                    return std::pair{q * pairLogMu[groups[k][j].first], groups[k][j].second};
                });
        }
    }
    fitTau(res, lx, o, true);
    fillDq(res);
    if (nq < 2) {
        res.reason = "alpha and f(alpha) need at least two q values";
        return res;
    }
    for (std::size_t k = 0; k + 1 < nq; ++k) {
        const double alpha = (res.tau[k + 1] - res.tau[k]) / (res.q[k + 1] - res.q[k]);
        res.alpha.push_back(alpha);
        res.fAlpha.push_back(res.q[k] * alpha - res.tau[k]);
        res.alphaQ.push_back(res.q[k]);
    }
    const auto [lo, hi] = std::minmax_element(res.alpha.begin(), res.alpha.end());
    res.width = *hi - *lo;
    res.alpha0 = res.alpha[static_cast<std::size_t>(std::max_element(res.fAlpha.begin(), res.fAlpha.end()) -
                                                    res.fAlpha.begin())];
    res.defined = true;
    // The official filters. f at q = -0.1 is 0 up to rounding, so "f > 0" is read as above 1e-12:
    // the official code's strict test drops subnetworks on rounding noise.
    if (m.filterMode == 1 || m.filterMode == 3) {
        const auto top = std::max_element(res.fAlpha.begin(), res.fAlpha.end());
        if (*top > 1e-12) {
            std::ostringstream why;
            why << "filter mode " << m.filterMode << ": f(alpha) = " << *top
                << " > 0 at q = " << res.alphaQ[static_cast<std::size_t>(top - res.fAlpha.begin())];
            res.passesFilter = false;
            res.filterReason = why.str();
        }
    }
    if (res.passesFilter && (m.filterMode == 2 || m.filterMode == 3) && *hi - res.alpha.front() > 0.01) {
        std::ostringstream why;
        why << "filter mode " << m.filterMode << ": max alpha - alpha(q = " << res.q.front()
            << ") = " << *hi - res.alpha.front() << " > 0.01";
        res.passesFilter = false;
        res.filterReason = why.str();
    }
    return res;
}

} // namespace

NetworkSpectrumResult networkSpectrum(const WeightedGraph& graph, const NetworkSpectrumOptions& o,
                                      Progress* progress)
{
    const Adjacency adj = buildAdjacency(graph);
    if (!(o.minRSquared >= 0.0 && o.minRSquared <= 1.0))
        throw InputError(ND_ENGINE_TEXT("network spectrum: the R^2 warning threshold must be in [0, 1]"), {});
    switch (o.method) {
    case NetworkSpectrumMethod::NeuroMfaCode:
    case NetworkSpectrumMethod::NeuroMfaPaths:
        return neuroMfaSpectrum(adj, graph.directed, o, progress);
    case NetworkSpectrumMethod::Sandbox:
        return sandboxSpectrum(adj, graph.directed, o, progress);
    case NetworkSpectrumMethod::NormalisedGrowth:
        break;
    }
    return normalisedGrowth(adj, graph.directed, o, progress);
}

MeasureValue networkSpectrumWidth(const WeightedGraph& graph)
{
    NetworkSpectrumOptions o;
    o.threads = 1;
    const NetworkSpectrumResult res = networkSpectrum(graph, o);
    return res.defined ? MeasureValue::of(res.width) : MeasureValue::undefined(res.reason);
}

} // namespace nd
