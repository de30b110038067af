#include "analysis/seriesscanmeasures.h"

#include "common/errors.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

namespace nd {

SeriesScanMeasure::SeriesScanMeasure(std::string name, std::vector<int> variables, SeriesSettings settings,
                                     SeriesFunction fn, int stride)
    : m_name(std::move(name)), m_variables(std::move(variables)), m_s(settings), m_fn(std::move(fn)), m_stride(stride)
{
}

void SeriesScanMeasure::validate(const Model& model) const
{
    validateSeriesSettings(model, m_s, m_name);
    if (m_variables.empty())
        throw InputError(m_name + ": no state variable chosen");
    for (int v : m_variables)
        if (v < 0 || v >= model.dimension())
            throw InputError(m_name + ": state variable index " + std::to_string(v) + " does not exist");
    if (m_stride < 1)
        throw InputError(m_name + ": the sampling stride must be >= 1");
    if (static_cast<double>(m_s.steps) / m_stride * static_cast<double>(m_variables.size()) > 5e7)
        throw InputError(m_name + ": the recorded series per cell would exceed 50 million values");
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

std::unique_ptr<ScanMeasure> zeroOneScanMeasure(int variable, SeriesSettings settings, std::uint64_t seed, int stride)
{
    return std::make_unique<SeriesScanMeasure>(
        "0-1 test K", std::vector<int>{variable}, settings,
        [seed](const SeriesView& v) { return zeroOneK(v.node(0), seed); }, stride);
}

std::unique_ptr<ScanMeasure> sampleEntropyScanMeasure(int variable, SeriesSettings settings, int m, double rFraction)
{
    return std::make_unique<SeriesScanMeasure>(
        "sample entropy", std::vector<int>{variable}, settings,
        [m, rFraction](const SeriesView& v) { return sampleEntropyValue(v.node(0), m, rFraction); });
}

std::unique_ptr<ScanMeasure> crossCorrelationScanMeasure(std::vector<int> variables, SeriesSettings settings)
{
    return std::make_unique<SeriesScanMeasure>("mean cross-correlation", std::move(variables), settings,
                                               [](const SeriesView& v) { return meanCrossCorrelation(v); });
}

std::unique_ptr<ScanMeasure> kuramotoSpikeScanMeasure(std::vector<int> variables, double threshold,
                                                      SeriesSettings settings)
{
    return std::make_unique<SeriesScanMeasure>(
        "mean Kuramoto R (spike phases)", std::move(variables), settings,
        [threshold](const SeriesView& v) { return meanKuramotoOrderFromSpikes(v, threshold); });
}

std::unique_ptr<ScanMeasure> kuramotoPhaseScanMeasure(std::vector<int> variables, SeriesSettings settings)
{
    return std::make_unique<SeriesScanMeasure>("mean Kuramoto R", std::move(variables), settings,
                                               [](const SeriesView& v) { return meanKuramotoOrder(v); });
}

} // namespace nd
