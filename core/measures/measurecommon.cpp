#include "measures/measurecommon.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

void requireSeries(std::span<const double> series, std::size_t minLength, const std::string& field)
{
    if (series.size() < minLength) {
        throw InputError(ND_ENGINE_TEXT("%1 is too short: %2 samples, at least %3 needed"),
                         {field, std::to_string(series.size()), std::to_string(minLength)});
    }
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (!std::isfinite(series[i])) {
            throw InputError(ND_ENGINE_TEXT("%1 holds a non-finite value (%2) at index %3"),
                             {field, streamNumber(series[i]), std::to_string(i)});
        }
    }
}

double seriesMean(std::span<const double> series)
{
    // Pairwise-free but compensated (Neumaier) so long series keep full precision.
    double sum = 0.0, comp = 0.0;
    for (double v : series) {
        const double t = sum + v;
        comp += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    return (sum + comp) / static_cast<double>(series.size());
}

bool constantToRounding(std::span<const double> series)
{
    if (series.empty())
        return true;
    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    return *hi - *lo <= kConstantSpread * std::max(std::fabs(*lo), std::fabs(*hi));
}

std::string constantSeriesReason()
{
    return "the series is constant (its spread max - min is at most 1e-12 of its magnitude: rounding, "
           "not dynamics)";
}

double seriesStdDev(std::span<const double> series, int ddof)
{
    const double mean = seriesMean(series);
    double ss = 0.0;
    for (double v : series)
        ss += (v - mean) * (v - mean);
    const double denom = static_cast<double>(series.size()) - ddof;
    return denom > 0 ? std::sqrt(ss / denom) : 0.0;
}

SeriesView SeriesView::sampleMajor(std::span<const double> values, std::size_t samples, std::size_t nodes)
{
    if (values.size() != samples * nodes)
        throw InputError(
            ND_ENGINE_TEXT("series matrix size mismatch: expected samples x nodes = %1 values, got %2"),
            {std::to_string(samples * nodes), std::to_string(values.size())});
    return {values.data(), samples, nodes, nodes, 1};
}

SeriesView SeriesView::nodeMajor(std::span<const double> values, std::size_t nodes, std::size_t samples)
{
    if (values.size() != samples * nodes)
        throw InputError(
            ND_ENGINE_TEXT("series matrix size mismatch: expected nodes x samples = %1 values, got %2"),
            {std::to_string(samples * nodes), std::to_string(values.size())});
    return {values.data(), samples, nodes, 1, samples};
}

std::vector<double> SeriesView::node(std::size_t n) const
{
    std::vector<double> out(samples);
    for (std::size_t s = 0; s < samples; ++s)
        out[s] = at(s, n);
    return out;
}

void requireView(const SeriesView& view, std::size_t minSamples, std::size_t minNodes,
                 const std::string& field)
{
    if (view.nodes < minNodes) {
        throw InputError(ND_ENGINE_TEXT("%1 has %2 nodes, at least %3 needed"),
                         {field, std::to_string(view.nodes), std::to_string(minNodes)});
    }
    if (view.samples < minSamples) {
        throw InputError(ND_ENGINE_TEXT("%1 is too short: %2 samples, at least %3 needed"),
                         {field, std::to_string(view.samples), std::to_string(minSamples)});
    }
    for (std::size_t s = 0; s < view.samples; ++s)
        for (std::size_t n = 0; n < view.nodes; ++n)
            if (!std::isfinite(view.at(s, n))) {
                throw InputError(ND_ENGINE_TEXT("%1 holds a non-finite value (%2) at sample %3, node %4"),
                                 {field, streamNumber(view.at(s, n)), std::to_string(s), std::to_string(n)});
            }
}

} // namespace nd
