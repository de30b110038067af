#include "analysis/valuerange.h"

#include <algorithm>
#include <cmath>

namespace nd {

void ValueRangeAccumulator::add(double v)
{
    if (std::isfinite(v)) {
        m_lo = std::min(m_lo, v);
        m_hi = std::max(m_hi, v);
    }
}

void ValueRangeAccumulator::add(std::span<const double> values)
{
    for (double v : values)
        add(v);
}

ValueRange ValueRangeAccumulator::range() const
{
    if (!(m_lo <= m_hi))
        return {0.0, 1.0};
    if (m_lo == m_hi) {
        const double pad = std::max(1e-12, 1e-6 * std::fabs(m_lo));
        return {m_lo - pad, m_hi + pad};
    }
    return {m_lo, m_hi};
}

} // namespace nd
