// The attractors met so far while labelling basins (basins.h): settled cell outcomes are
// matched against the registered ones with the request's tolerances (periodic orbits: every
// point has a partner within matchTolerance; aperiodic: mean and spread agree within
// aperiodicTolerance relative to the spread). Matching is approximate and not transitive, so
// the labels depend on the order cells are added: labelBasins adds them in row-major order.
// Not thread-safe; callers that share one lock around it.
#pragma once

#include "analysis/basins.h"

#include <cstddef>
#include <vector>

namespace nd {

class BasinRegistry {
public:
    BasinRegistry(const BasinRequest& request, int dimension) : m_r(request), m_n(dimension) {}

    // The index of the first registered attractor the settled outcome matches; when none does,
    // the outcome is registered as a new one (its representative) and gets the next index.
    int add(const BasinCellOutcome& outcome);

    // The index of the first registered attractor the settled outcome matches, or -1; registers
    // nothing (the basin measures' classifier matches new points against a finished grid's list).
    int match(const BasinCellOutcome& outcome) const;

    // The representatives, by index.
    const std::vector<BasinCellOutcome>& attractors() const { return m_attractors; }

private:
    bool same(const BasinCellOutcome& a, const BasinCellOutcome& b) const;

    const BasinRequest& m_r;
    int m_n;
    std::vector<BasinCellOutcome> m_attractors;
};

} // namespace nd
