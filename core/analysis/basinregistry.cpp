#include "analysis/basinregistry.h"

#include <algorithm>
#include <cmath>

namespace nd {

int BasinRegistry::match(const BasinCellOutcome& outcome) const
{
    for (std::size_t i = 0; i < m_attractors.size(); ++i)
        if (same(m_attractors[i], outcome))
            return static_cast<int>(i);
    return -1;
}

int BasinRegistry::add(const BasinCellOutcome& outcome)
{
    if (const int i = match(outcome); i >= 0)
        return i;
    m_attractors.push_back(outcome);
    return static_cast<int>(m_attractors.size() - 1);
}

bool BasinRegistry::same(const BasinCellOutcome& a, const BasinCellOutcome& b) const
{
    if (a.period != b.period)
        return false;
    if (a.period > 0) {
        // Every point of a has a partner in b (the cycles start at the same canonical point,
        // but rounding may pick a different start, so compare as sets).
        for (int k = 0; k < a.period; ++k) {
            bool found = false;
            for (int l = 0; l < b.period && !found; ++l) {
                double d = 0.0, scale = 1.0;
                for (int i = 0; i < m_n; ++i) {
                    d = std::max(d, std::fabs(a.points[static_cast<std::size_t>(k * m_n + i)] -
                                              b.points[static_cast<std::size_t>(l * m_n + i)]));
                    scale = std::max(scale, std::fabs(a.points[static_cast<std::size_t>(k * m_n + i)]));
                }
                found = d <= m_r.matchTolerance * scale;
            }
            if (!found)
                return false;
        }
        return true;
    }
    for (int i = 0; i < m_n; ++i) {
        const double spread = std::max({a.points[static_cast<std::size_t>(m_n + i)],
                                        b.points[static_cast<std::size_t>(m_n + i)], 1e-12});
        if (std::fabs(a.points[static_cast<std::size_t>(i)] - b.points[static_cast<std::size_t>(i)]) >
                m_r.aperiodicTolerance * spread ||
            std::fabs(a.points[static_cast<std::size_t>(m_n + i)] -
                      b.points[static_cast<std::size_t>(m_n + i)]) > m_r.aperiodicTolerance * spread)
            return false;
    }
    return true;
}

} // namespace nd
