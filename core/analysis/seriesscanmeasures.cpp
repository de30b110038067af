#include "analysis/seriesscanmeasures.h"

#include "common/errors.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <optional>

namespace nd {

SeriesScanMeasure::SeriesScanMeasure(std::string name, std::vector<int> variables, SeriesSettings settings,
                                     SeriesFunction fn, int stride, std::string conventions)
    : m_name(std::move(name)), m_variables(std::move(variables)), m_s(settings), m_fn(std::move(fn)),
      m_stride(stride), m_conventions(std::move(conventions))
{
}

void SeriesScanMeasure::validate(const Model& model) const
{
    validateSeriesSettings(model, m_s, m_name);
    if (m_variables.empty())
        throw InputError(ND_ENGINE_TEXT("%1: no state variable chosen"), {m_name});
    for (int v : m_variables)
        if (v < 0 || v >= model.dimension())
            throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist"),
                             {m_name, std::to_string(v)});
    if (m_stride < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the sampling stride must be >= 1"), {m_name});
    if (static_cast<double>(m_s.steps) / m_stride * static_cast<double>(m_variables.size()) > 5e7)
        throw InputError(ND_ENGINE_TEXT("%1: the recorded series per cell would exceed 50 million values"),
                         {m_name});
}

ScanValue SeriesScanMeasure::evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const
{
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(m_s.steps / m_stride + 1) * m_variables.size());
    long k = 0;
    const ScanValue run = iterateSeries(model, initial, m_s, cancel, [&](const double* x) {
        if (k++ % m_stride == 0)
            for (int v : m_variables)
                values.push_back(x[v]);
    });
    if (!run.defined)
        return run;
    const std::size_t nodes = m_variables.size();
    try {
        const MeasureValue mv = m_fn(SeriesView::sampleMajor(values, values.size() / nodes, nodes));
        return mv.defined ? ScanValue::of(mv.value) : ScanValue::undefined(mv.reason);
    } catch (const InputError& e) {
        // A series the measure cannot use (too short, constant, ...) is an undefined cell,
        // not a failed scan.
        return ScanValue::undefined(e.what());
    }
}

std::unique_ptr<ScanMeasure> zeroOneScanMeasure(int variable, SeriesSettings settings,
                                                ZeroOneScanOptions options)
{
    return std::make_unique<SeriesScanMeasure>(
        "0-1 test K", std::vector<int>{variable}, settings,
        [seed = options.seed](const SeriesView& v) { return zeroOneK(v.node(0), seed); }, options.stride);
}

std::unique_ptr<ScanMeasure> sampleEntropyScanMeasure(int variable, SeriesSettings settings,
                                                      SampleEntropyScanOptions options)
{
    return std::make_unique<SeriesScanMeasure>(
        "sample entropy", std::vector<int>{variable}, settings,
        [options](const SeriesView& v) { return sampleEntropyValue(v.node(0), options.m, options.r); });
}

std::unique_ptr<ScanMeasure> crossCorrelationScanMeasure(std::vector<int> variables, SeriesSettings settings,
                                                         CorrelationScalar scalar, std::size_t hub,
                                                         RingLayout ring)
{
    if (hub >= variables.size())
        throw InputError(ND_ENGINE_TEXT("cross-correlation: hub %1 is not a node (there are %2)"),
                         {std::to_string(hub), std::to_string(variables.size())});
    std::string conventions = correlationConventions(scalar, ring);
    if (scalar == CorrelationScalar::Hub)
        conventions += "; hub: node " + std::to_string(hub) + " of the measured nodes (0-based)";
    return std::make_unique<SeriesScanMeasure>(
        std::string("cross-correlation (") + correlationScalarName(scalar) + ")", std::move(variables),
        settings,
        [scalar, hub, ring](const SeriesView& v) { return crossCorrelationScalar(v, scalar, hub, ring); }, 1,
        conventions);
}

std::unique_ptr<ScanMeasure> kuramotoScanMeasure(PhaseConvention phases, std::vector<int> xs,
                                                 std::vector<int> ys, double threshold,
                                                 SeriesSettings settings)
{
    if (phaseNeedsY(phases) != !ys.empty() || (!ys.empty() && ys.size() != xs.size()))
        throw InputError(ND_ENGINE_TEXT("Kuramoto R: %1%2"),
                         {phaseConventionName(phases),
                          (phaseNeedsY(phases) ? " phases need one y per node" : " phases take no y")});
    requireFinite(threshold, "Kuramoto R: spike threshold");
    const std::size_t nodes = xs.size();
    std::vector<int> variables = std::move(xs);
    variables.insert(variables.end(), ys.begin(), ys.end());
    return std::make_unique<SeriesScanMeasure>(
        std::string("Kuramoto R (") + phaseConventionName(phases) + " phases)", std::move(variables),
        settings,
        [phases, nodes, threshold](const SeriesView& v) {
            // The recorded columns: every node's x, then every node's y (views into them).
            SeriesView xv = v;
            xv.nodes = nodes;
            std::optional<SeriesView> yv;
            if (v.nodes > nodes) {
                yv = xv;
                yv->data = v.data + nodes * v.nodeStride;
            }
            const PhaseMatrix pm = phasesOf(phases, xv, yv ? &*yv : nullptr, threshold);
            if (!pm.defined)
                return MeasureValue::undefined(pm.reason);
            return MeasureValue::of(kuramotoOrder(pm.view()).mean);
        },
        1, orderConventions(phases, {}));
}

} // namespace nd
