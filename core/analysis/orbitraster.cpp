// Compiled with the ensemble kernels' flags (core/CMakeLists.txt) so the tone loop vectorises;
// it only looks values up and multiplies, so every clone gives the same floats.
#include "analysis/orbitraster.h"

#include "analysis/orbitdiagram.h"

#include "ensemble/vectorclones.h"

#include <algorithm>

namespace nd {

Log1pTable::Log1pTable(std::uint64_t maxCount)
{
    // Small enough to build in microseconds for common sample counts; larger counts fall back.
    const std::uint64_t n = std::min<std::uint64_t>(maxCount, 65535) + 1;
    m_values.resize(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = std::log1p(static_cast<double>(i));
}

void addToBins(const double* values, std::size_t n, double lo, double hi, int bins, std::uint32_t* counts)
{
    for (std::size_t i = 0; i < n; ++i) {
        const int b = binOf(values[i], lo, hi, bins);
        if (b >= 0)
            ++counts[b];
    }
}

namespace {
ND_VECTOR_CLONES std::uint32_t columnPeak(const std::uint32_t* counts, int bins)
{
    std::uint32_t peak = 0;
    for (int b = 0; b < bins; ++b)
        peak = std::max(peak, counts[b]);
    return peak;
}

// Every count below the table's size: log1p(0) = 0 gives empty bins 0 without a branch.
ND_VECTOR_CLONES void toneFromTable(const std::uint32_t* counts, int bins, float* tone, const double* log1p,
                                    double norm)
{
    for (int b = 0; b < bins; ++b)
        tone[b] = static_cast<float>(log1p[counts[b]] * norm);
}
} // namespace

void toneMapColumn(const std::uint32_t* counts, int bins, float* tone, const Log1pTable& log1p)
{
    const std::uint32_t peak = columnPeak(counts, bins);
    if (peak == 0) {
        std::fill_n(tone, bins, 0.0f);
        return;
    }
    const double norm = 1.0 / log1p(peak);
    if (peak < log1p.size()) {
        toneFromTable(counts, bins, tone, log1p.data(), norm);
        return;
    }
    for (int b = 0; b < bins; ++b)
        tone[b] = counts[b] > 0 ? static_cast<float>(log1p(counts[b]) * norm) : 0.0f;
}

} // namespace nd
