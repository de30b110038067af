#include "measures/synchrony.h"

#include "common/errors.h"
#include "common/parallel.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace nd {

CrossCorrelationResult crossCorrelation(const SeriesView& series, const CrossCorrelationOptions& options)
{
    requireView(series, 2, 2, "cross-correlation: series");
    const std::size_t nodes = series.nodes, samples = series.samples;
    if (options.hub >= nodes)
        throw InputError("cross-correlation: hub index " + std::to_string(options.hub) + " is not a node (there are "
                         + std::to_string(nodes) + ")");
    // Centre and normalise every node once; a coefficient is then a dot product.
    std::vector<std::vector<double>> unit(nodes);
    std::vector<unsigned char> varies(nodes, 0);
    CrossCorrelationResult res;
    for (std::size_t n = 0; n < nodes; ++n) {
        std::vector<double> v = series.node(n);
        const double mean = seriesMean(v);
        double ss = 0.0;
        for (double& x : v) {
            x -= mean;
            ss += x * x;
        }
        if (ss > 0.0) {
            const double inv = 1.0 / std::sqrt(ss);
            for (double& x : v)
                x *= inv;
            varies[n] = 1;
        } else {
            res.zeroVarianceNodes.push_back(n);
        }
        unit[n] = std::move(v);
    }
    res.nodes = nodes;
    res.hub = options.hub;
    res.matrix.assign(nodes * nodes, 0.0);
    res.pairDefined.assign(nodes * nodes, 0);
    parallelFor(nodes, options.threads, [&](std::size_t i) {
        for (std::size_t j = 0; j < nodes; ++j) {
            if (!varies[i] || !varies[j])
                continue;
            double dot = 0.0;
            for (std::size_t s = 0; s < samples; ++s)
                dot += unit[i][s] * unit[j][s];
            res.matrix[i * nodes + j] = i == j ? 1.0 : std::clamp(dot, -1.0, 1.0);
            res.pairDefined[i * nodes + j] = 1;
        }
    });
    double sum = 0.0;
    for (std::size_t i = 0; i < nodes; ++i)
        for (std::size_t j = i + 1; j < nodes; ++j)
            if (res.pairDefined[i * nodes + j]) {
                sum += res.matrix[i * nodes + j];
                ++res.definedPairs;
            }
    if (res.definedPairs > 0) {
        res.meanDefined = true;
        res.mean = sum / static_cast<double>(res.definedPairs);
    } else {
        res.reason = "fewer than two nodes with nonzero variance";
    }
    res.hubCorrelation.assign(res.matrix.begin() + static_cast<std::ptrdiff_t>(options.hub * nodes),
                              res.matrix.begin() + static_cast<std::ptrdiff_t>((options.hub + 1) * nodes));
    return res;
}

PhaseMatrix spikePhases(const SeriesView& series, double threshold)
{
    requireFinite(threshold, "spike phases: threshold");
    requireView(series, 2, 1, "spike phases: series");
    PhaseMatrix pm;
    pm.nodes = series.nodes;
    pm.spikes.resize(series.nodes);
    std::size_t first = 0, last = series.samples;
    for (std::size_t n = 0; n < series.nodes; ++n) {
        for (std::size_t s = 1; s < series.samples; ++s)
            if (series.at(s - 1, n) < threshold && series.at(s, n) >= threshold)
                pm.spikes[n].push_back(s);
        if (pm.spikes[n].size() < 2) {
            pm.reason = "node " + std::to_string(n) + " crosses the threshold upwards fewer than twice";
            return pm;
        }
        first = std::max(first, pm.spikes[n].front());
        last = std::min(last, pm.spikes[n].back());
    }
    if (first > last) {
        pm.reason = "the nodes' spiking windows do not overlap";
        return pm;
    }
    pm.firstSample = first;
    pm.samples = last - first + 1;
    pm.values.assign(pm.samples * pm.nodes, 0.0);
    for (std::size_t n = 0; n < pm.nodes; ++n) {
        const auto& sp = pm.spikes[n];
        std::size_t k = 0;
        for (std::size_t s = first; s <= last; ++s) {
            while (k + 2 < sp.size() && sp[k + 1] <= s)
                ++k;
            const double frac = static_cast<double>(s) - static_cast<double>(sp[k]);
            const double period = static_cast<double>(sp[k + 1] - sp[k]);
            pm.values[(s - first) * pm.nodes + n] = 2.0 * std::numbers::pi * (static_cast<double>(k) + frac / period);
        }
    }
    pm.defined = true;
    return pm;
}

PhaseMatrix geometricPhases(const SeriesView& x, const SeriesView& y)
{
    requireView(x, 1, 1, "geometric phases: x");
    requireView(y, 1, 1, "geometric phases: y");
    if (x.samples != y.samples || x.nodes != y.nodes)
        throw InputError("geometric phases: x and y must have the same samples and nodes");
    PhaseMatrix pm;
    pm.samples = x.samples;
    pm.nodes = x.nodes;
    pm.values.resize(pm.samples * pm.nodes);
    for (std::size_t n = 0; n < pm.nodes; ++n) {
        const std::vector<double> xs = x.node(n), ys = y.node(n);
        const double mx = seriesMean(xs), my = seriesMean(ys);
        for (std::size_t s = 0; s < pm.samples; ++s)
            pm.values[s * pm.nodes + n] = std::atan2(ys[s] - my, xs[s] - mx);
    }
    pm.defined = true;
    return pm;
}

KuramotoResult kuramotoOrder(const SeriesView& phases, const KuramotoOptions& options)
{
    requireView(phases, 1, 1, "Kuramoto order: phases");
    const std::size_t nodes = phases.nodes, samples = phases.samples;
    KuramotoResult res;
    res.localHalfWidth = options.localHalfWidth >= 0 ? options.localHalfWidth
                                                     : std::max(1, static_cast<int>(nodes / 10));
    const std::size_t w = std::min<std::size_t>(static_cast<std::size_t>(res.localHalfWidth), (nodes - 1) / 2);
    res.r.resize(samples);
    res.localOrder.assign(nodes, 0.0);
    std::vector<std::complex<double>> e(nodes);
    for (std::size_t s = 0; s < samples; ++s) {
        std::complex<double> sum;
        for (std::size_t n = 0; n < nodes; ++n) {
            e[n] = std::polar(1.0, phases.at(s, n));
            sum += e[n];
        }
        res.r[s] = std::abs(sum) / static_cast<double>(nodes);
        for (std::size_t k = 0; k < nodes; ++k) {
            std::complex<double> local;
            for (std::size_t d = 0; d <= 2 * w; ++d)
                local += e[(k + nodes - w + d) % nodes];
            res.localOrder[k] += std::abs(local) / static_cast<double>(2 * w + 1);
        }
    }
    for (double& l : res.localOrder)
        l /= static_cast<double>(samples);
    res.mean = seriesMean(res.r);
    res.stdDev = seriesStdDev(res.r, 0);
    return res;
}

MeasureValue meanCrossCorrelation(const SeriesView& series)
{
    CrossCorrelationOptions o;
    o.threads = 1;
    const auto res = crossCorrelation(series, o);
    return res.meanDefined ? MeasureValue::of(res.mean) : MeasureValue::undefined(res.reason);
}

MeasureValue meanKuramotoOrder(const SeriesView& phases)
{
    return MeasureValue::of(kuramotoOrder(phases).mean);
}

MeasureValue meanKuramotoOrderFromSpikes(const SeriesView& series, double threshold)
{
    const PhaseMatrix pm = spikePhases(series, threshold);
    if (!pm.defined)
        return MeasureValue::undefined(pm.reason);
    return MeasureValue::of(kuramotoOrder(pm.view()).mean);
}

} // namespace nd
