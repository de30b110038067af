#include "measures/synchrony.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/fftautocorrelation.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <mutex>
#include <new>
#include <numbers>
#include <stdexcept>

namespace nd {

const char* correlationScalarName(CorrelationScalar c)
{
    switch (c) {
    case CorrelationScalar::Hub:
        return "hub";
    case CorrelationScalar::AllPairs:
        return "all-pairs";
    case CorrelationScalar::RingNeighbours:
        return "ring-neighbours";
    }
    return "all-pairs";
}

const char* phaseConventionName(PhaseConvention p)
{
    switch (p) {
    case PhaseConvention::Spike:
        return "spike";
    case PhaseConvention::Centred:
        return "centred";
    case PhaseConvention::Arctan:
        return "arctan";
    case PhaseConvention::Hilbert:
        return "hilbert";
    case PhaseConvention::Given:
        return "given";
    }
    return "spike";
}

std::vector<std::size_t> RingLayout::ringNodes(std::size_t nodes) const
{
    std::vector<std::size_t> ring;
    ring.reserve(nodes);
    for (std::size_t n = 0; n < nodes; ++n)
        if (!excludesHub || n != hub)
            ring.push_back(n);
    return ring;
}

namespace {

MeasureValue meanOf(double sum, std::size_t count, const char* whyNot)
{
    return count > 0 ? MeasureValue::of(sum / static_cast<double>(count)) : MeasureValue::undefined(whyNot);
}

} // namespace

MeasureValue CrossCorrelationResult::scalar(CorrelationScalar c) const
{
    switch (c) {
    case CorrelationScalar::Hub:
        return hubMean;
    case CorrelationScalar::RingNeighbours:
        return ringNeighbourMean;
    case CorrelationScalar::AllPairs:
        break;
    }
    return meanDefined ? MeasureValue::of(mean) : MeasureValue::undefined(reason);
}

CrossCorrelationResult crossCorrelation(const SeriesView& series, const CrossCorrelationOptions& options)
{
    requireView(series, 2, 2, "cross-correlation: series");
    const std::size_t nodes = series.nodes, samples = series.samples;
    if (options.hub >= nodes)
        throw InputError(ND_ENGINE_TEXT("cross-correlation: hub index %1 is not a node (there are %2)"),
                         {std::to_string(options.hub), std::to_string(nodes)});
    // Centre and normalise every node once; a coefficient is then a dot product.
    std::vector<std::vector<double>> unit(nodes);
    std::vector<unsigned char> varies(nodes, 0);
    CrossCorrelationResult res;
    for (std::size_t n = 0; n < nodes; ++n) {
        std::vector<double> v = series.node(n);
        const bool constant = constantToRounding(v);
        const double mean = seriesMean(v);
        double ss = 0.0;
        for (double& x : v) {
            x -= mean;
            ss += x * x;
        }
        if (ss > 0.0 && !constant) {
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
    double hubSum = 0.0;
    std::size_t hubPairs = 0;
    for (std::size_t i = 0; i < nodes; ++i)
        if (i != options.hub && res.pairDefined[options.hub * nodes + i]) {
            hubSum += res.matrix[options.hub * nodes + i];
            ++hubPairs;
        }
    res.hubMean = meanOf(hubSum, hubPairs, "the hub or every other node has zero variance");
    // Ring edges: consecutive ring nodes, closing from the last to the first (a ring of two
    // nodes has one edge, not the same edge twice).
    const std::vector<std::size_t> ring = options.ring.ringNodes(nodes);
    double ringSum = 0.0;
    const std::size_t edges = ring.size() < 2 ? 0 : ring.size() == 2 ? 1 : ring.size();
    for (std::size_t k = 0; k < edges; ++k) {
        const std::size_t a = ring[k], b = ring[(k + 1) % ring.size()];
        if (res.pairDefined[a * nodes + b]) {
            ringSum += res.matrix[a * nodes + b];
            ++res.ringEdges;
        }
    }
    res.ringNeighbourMean = meanOf(ringSum, res.ringEdges,
                                   ring.size() < 2 ? "the ring has fewer than two nodes"
                                                   : "no ring edge joins two nodes with nonzero variance");
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
            pm.values[(s - first) * pm.nodes + n] =
                2.0 * std::numbers::pi * (static_cast<double>(k) + frac / period);
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
        throw InputError(ND_ENGINE_TEXT("geometric phases: x and y must have the same samples and nodes"),
                         {});
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

PhaseMatrix arctanPhases(const SeriesView& x, const SeriesView& y)
{
    requireView(x, 1, 1, "arctan phases: x");
    requireView(y, 1, 1, "arctan phases: y");
    if (x.samples != y.samples || x.nodes != y.nodes)
        throw InputError(ND_ENGINE_TEXT("arctan phases: x and y must have the same samples and nodes"), {});
    PhaseMatrix pm;
    pm.samples = x.samples;
    pm.nodes = x.nodes;
    pm.values.resize(pm.samples * pm.nodes);
    for (std::size_t s = 0; s < pm.samples; ++s)
        for (std::size_t n = 0; n < pm.nodes; ++n)
            pm.values[s * pm.nodes + n] = std::atan2(y.at(s, n), x.at(s, n));
    pm.defined = true;
    return pm;
}

namespace {

// One FFTW plan pair of a length, planned under the engine's planner lock.
class HilbertPlan {
public:
    explicit HilbertPlan(std::size_t n) : m_n(n), m_buffer(fftw_alloc_complex(n))
    {
        if (!m_buffer)
            throw std::bad_alloc();
        const int len = static_cast<int>(n);
        {
            std::lock_guard<std::mutex> lock(fftwPlannerMutex());
            // FFTW_ESTIMATE never touches the array and keeps planning cheap inside parameter scans.
            m_forward = fftw_plan_dft_1d(len, m_buffer, m_buffer, FFTW_FORWARD, FFTW_ESTIMATE);
            m_backward = fftw_plan_dft_1d(len, m_buffer, m_buffer, FFTW_BACKWARD, FFTW_ESTIMATE);
        }
        if (!m_forward || !m_backward) {
            release(); // takes the planner lock itself
            throw std::runtime_error("FFTW could not plan a transform of size " + std::to_string(n));
        }
    }
    ~HilbertPlan() { release(); }
    HilbertPlan(const HilbertPlan&) = delete;
    HilbertPlan& operator=(const HilbertPlan&) = delete;

    // Angles of the analytic signal of v (centred by the caller) into out[0..n).
    void angles(const std::vector<double>& v, double* out, std::size_t outStride)
    {
        for (std::size_t k = 0; k < m_n; ++k) {
            m_buffer[k][0] = v[k];
            m_buffer[k][1] = 0.0;
        }
        fftw_execute(m_forward);
        // Keep the DC term (and the Nyquist term of an even length), double the positive
        // frequencies and drop the negative ones; the backward transform is unnormalised,
        // which does not change an angle.
        const std::size_t half = (m_n + 1) / 2; // first index past the positive frequencies
        for (std::size_t k = 1; k < half; ++k) {
            m_buffer[k][0] *= 2.0;
            m_buffer[k][1] *= 2.0;
        }
        for (std::size_t k = m_n / 2 + 1; k < m_n; ++k)
            m_buffer[k][0] = m_buffer[k][1] = 0.0;
        fftw_execute(m_backward);
        for (std::size_t k = 0; k < m_n; ++k)
            out[k * outStride] = std::atan2(m_buffer[k][1], m_buffer[k][0]);
    }

private:
    void release()
    {
        {
            std::lock_guard<std::mutex> lock(fftwPlannerMutex());
            if (m_forward)
                fftw_destroy_plan(m_forward);
            if (m_backward)
                fftw_destroy_plan(m_backward);
            m_forward = m_backward = nullptr;
        }
        fftw_free(m_buffer);
        m_buffer = nullptr;
    }

    std::size_t m_n;
    fftw_complex* m_buffer;
    fftw_plan m_forward = nullptr, m_backward = nullptr;
};

} // namespace

PhaseMatrix hilbertPhases(const SeriesView& x)
{
    requireView(x, 2, 1, "Hilbert phases: x");
    if (x.samples > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw InputError(ND_ENGINE_TEXT("Hilbert phases: the series is longer than one FFT can take"), {});
    PhaseMatrix pm;
    pm.nodes = x.nodes;
    for (std::size_t n = 0; n < x.nodes; ++n) {
        const std::vector<double> v = x.node(n);
        for (double value : v)
            if (!std::isfinite(value))
                throw InputError(ND_ENGINE_TEXT("Hilbert phases: node %1 has a non-finite value"),
                                 {std::to_string(n)});
        if (constantToRounding(v)) {
            pm.reason = "node " + std::to_string(n) +
                        " is constant (spread at most 1e-12 of its magnitude), so its Hilbert phase is undefined";
            return pm;
        }
    }
    pm.samples = x.samples;
    pm.values.resize(pm.samples * pm.nodes);
    HilbertPlan plan(x.samples);
    for (std::size_t n = 0; n < x.nodes; ++n) {
        std::vector<double> v = x.node(n);
        const double mean = seriesMean(v);
        for (double& value : v)
            value -= mean;
        plan.angles(v, pm.values.data() + n, pm.nodes);
    }
    pm.defined = true;
    return pm;
}

PhaseMatrix givenPhases(const SeriesView& x)
{
    requireView(x, 1, 1, "given phases");
    PhaseMatrix pm;
    pm.samples = x.samples;
    pm.nodes = x.nodes;
    pm.values.resize(pm.samples * pm.nodes);
    for (std::size_t s = 0; s < pm.samples; ++s)
        for (std::size_t n = 0; n < pm.nodes; ++n)
            pm.values[s * pm.nodes + n] = x.at(s, n);
    pm.defined = true;
    return pm;
}

PhaseMatrix phasesOf(PhaseConvention convention, const SeriesView& x, const SeriesView* y, double threshold)
{
    if (phaseNeedsY(convention) && !y)
        throw InputError(ND_ENGINE_TEXT("%1 phases need a second per-node variable y"),
                         {std::string(phaseConventionName(convention))});
    switch (convention) {
    case PhaseConvention::Spike:
        return spikePhases(x, threshold);
    case PhaseConvention::Centred:
        return geometricPhases(x, *y);
    case PhaseConvention::Arctan:
        return arctanPhases(x, *y);
    case PhaseConvention::Hilbert:
        return hilbertPhases(x);
    case PhaseConvention::Given:
        break;
    }
    return givenPhases(x);
}

namespace {
std::string ringText(const RingLayout& ring)
{
    return ring.excludesHub
               ? "every node but the network's hub, in index order, closing from the last to the first"
               : "every node in index order, closing from the last to the first";
}
} // namespace

std::string correlationConventions(CorrelationScalar correlation, const RingLayout& ring)
{
    std::string text = "correlation: ";
    text += correlationScalarName(correlation);
    switch (correlation) {
    case CorrelationScalar::Hub:
        text += " (mean over i != hub of corr(x_hub, x_i))";
        break;
    case CorrelationScalar::AllPairs:
        text += " (mean over all pairs i < j of corr(x_i, x_j))";
        break;
    case CorrelationScalar::RingNeighbours:
        text += " (mean over ring edges i ~ i+1 of corr(x_i, x_i+1); ring: " + ringText(ring) + ")";
        break;
    }
    return text + ", zero-lag Pearson over all samples, pairs with a constant node (spread max - min at most 1e-12 of "
                  "its magnitude) left out";
}

std::string orderConventions(PhaseConvention phases, const RingLayout& ring)
{
    std::string text = "phases: ";
    text += phaseConventionName(phases);
    switch (phases) {
    case PhaseConvention::Spike:
        text += " (2 pi (k + (n - s_k)/(s_k+1 - s_k)) between upward threshold crossings s_k of x)";
        break;
    case PhaseConvention::Centred:
        text += " (atan2(y - <y>, x - <x>))";
        break;
    case PhaseConvention::Arctan:
        text += " (atan2(y, x), uncentred)";
        break;
    case PhaseConvention::Hilbert:
        text += " (angle of the analytic signal of x - <x>, by FFT)";
        break;
    case PhaseConvention::Given:
        text += " (x is the phase)";
        break;
    }
    return text +
           "; R(n) = |mean_j exp(i theta_j(n))|, its mean and population SD over the samples where "
           "every node has a phase; local order ring: " +
           ringText(ring);
}

std::string synchronyConventions(CorrelationScalar correlation, PhaseConvention phases,
                                 const RingLayout& ring)
{
    return correlationConventions(correlation, ring) + "; " + orderConventions(phases, ring);
}

KuramotoResult kuramotoOrder(const SeriesView& phases, const KuramotoOptions& options)
{
    requireView(phases, 1, 1, "Kuramoto order: phases");
    const std::size_t nodes = phases.nodes, samples = phases.samples;
    const std::vector<std::size_t> ring = options.ring.ringNodes(nodes);
    const std::size_t m = ring.size();
    KuramotoResult res;
    res.localHalfWidth =
        options.localHalfWidth >= 0 ? options.localHalfWidth : std::max(1, static_cast<int>(m / 10));
    const std::size_t w =
        m == 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(res.localHalfWidth), (m - 1) / 2);
    res.r.resize(samples);
    res.localOrder.assign(nodes, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k : ring)
        res.localOrder[k] = 0.0;
    std::vector<std::complex<double>> e(nodes);
    for (std::size_t s = 0; s < samples; ++s) {
        std::complex<double> sum;
        for (std::size_t n = 0; n < nodes; ++n) {
            e[n] = std::polar(1.0, phases.at(s, n));
            sum += e[n];
        }
        res.r[s] = std::abs(sum) / static_cast<double>(nodes);
        // The window of ring position p: positions p - w .. p + w around the ring.
        for (std::size_t p = 0; p < m; ++p) {
            std::complex<double> local;
            for (std::size_t d = 0; d <= 2 * w; ++d)
                local += e[ring[(p + m - w + d) % m]];
            res.localOrder[ring[p]] += std::abs(local) / static_cast<double>(2 * w + 1);
        }
    }
    for (std::size_t k : ring)
        res.localOrder[k] /= static_cast<double>(samples);
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

MeasureValue crossCorrelationScalar(const SeriesView& series, CorrelationScalar c, std::size_t hub,
                                    const RingLayout& ring)
{
    CrossCorrelationOptions o;
    o.hub = hub;
    o.ring = ring;
    o.threads = 1;
    return crossCorrelation(series, o).scalar(c);
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
