// Classification of an attractor and the distances between attractors (attractorwalk.h,
// attractors.h): period detection or Lyapunov exponents along the representative orbit, the
// join rule of a candidate against registered attractors, and the partial Hausdorff distance the
// continuation matches by. Read-only functions, callable from any worker thread.
#include "analysis/attractors.h"

#include "analysis/attractorwalk.h"
#include "analysis/lyapunov.h"
#include "analysis/period.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace nd {

namespace attractor_detail {

int joinedAttractor(const Registry& registry, const std::vector<const std::vector<double>*>& orbits,
                    const AttractorOutcome& candidate, int n, const std::vector<double>& cellSize)
{
    // Where the candidate's representative orbit lies: its points, not its cells, are counted, so
    // rarely visited cells (many, on a chaotic attractor) weigh as little as the orbit visits them.
    std::vector<long> hits(orbits.size(), 0);
    const std::size_t rows = candidate.orbit.size() / static_cast<std::size_t>(n);
    std::vector<std::int64_t> cell(static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < rows; ++k) {
        for (int i = 0; i < n; ++i)
            cell[static_cast<std::size_t>(i)] = static_cast<std::int64_t>(
                std::floor(candidate.orbit[k * static_cast<std::size_t>(n) + static_cast<std::size_t>(i)] *
                               (1.0 / cellSize[static_cast<std::size_t>(i)]) +
                           kCellOffset)); // exactly as Walker::cellOf
        const int a = registry.table.find(cell.data(), cellHash(cell.data(), n));
        if (a >= 0 && static_cast<std::size_t>(a) < hits.size())
            ++hits[static_cast<std::size_t>(a)];
    }
    int best = -1;
    for (std::size_t a = 0; a < hits.size(); ++a)
        if (best < 0 || hits[a] > hits[static_cast<std::size_t>(best)])
            best = static_cast<int>(a);
    if (best >= 0 && rows > 0 && 2 * hits[static_cast<std::size_t>(best)] >= static_cast<long>(rows))
        return best;
    constexpr int kPoints = 200;
    const std::vector<double> mine = thinOrbit(candidate.orbit, n, kPoints);
    for (std::size_t a = 0; a < orbits.size(); ++a)
        if (hausdorff(mine, thinOrbit(*orbits[a], n, kPoints), n, cellSize) <= 1.0)
            return static_cast<int>(a);
    return -1;
}

// ---- Classification and distances -------------------------------------------------------------

void classify(const Model& model, const AttractorOptions& o, Attractor& a)
{
    const int n = model.dimension();
    const bool flow = model.timeKind() == TimeKind::Flow;
    const std::size_t rows = a.orbit.size() / static_cast<std::size_t>(n);
    a.boxMin.assign(static_cast<std::size_t>(n), std::numeric_limits<double>::infinity());
    a.boxMax.assign(static_cast<std::size_t>(n), -std::numeric_limits<double>::infinity());
    for (std::size_t r = 0; r < rows; ++r)
        for (int i = 0; i < n; ++i) {
            const double v = a.orbit[r * static_cast<std::size_t>(n) + static_cast<std::size_t>(i)];
            a.boxMin[static_cast<std::size_t>(i)] = std::min(a.boxMin[static_cast<std::size_t>(i)], v);
            a.boxMax[static_cast<std::size_t>(i)] = std::max(a.boxMax[static_cast<std::size_t>(i)], v);
        }
    const PeriodResult pr = detectPeriod(a.orbit, n, o.maxPeriod, o.periodTolerance);
    if (pr.kind == PeriodResult::Kind::Periodic && (pr.period == 1 || !flow)) {
        a.decidedBy = ClassDecidedBy::Period;
        a.kind = pr.period == 1 ? AttractorClass::FixedPoint : AttractorClass::Periodic;
        a.period = pr.period;
        return;
    }
    a.decidedBy = ClassDecidedBy::Lyapunov;
    a.period = 0;
    const std::span<const double> start(a.orbit.data() + (rows - 1) * static_cast<std::size_t>(n),
                                        static_cast<std::size_t>(n));
    LyapunovOptions lo;
    lo.transient = 0;
    lo.steps = o.lyapunovSteps;
    lo.dt = o.dt;
    lo.curvePoints = 0;
    lo.escapeBound = o.escapeBound;
    if (!flow || n < 2) {
        const ScanValue v = largestLyapunov(model, start, lo);
        a.lyapunovDefined = v.defined;
        a.lyapunov = v.value;
    } else {
        lo.exponents = 2;
        const LyapunovResult r = lyapunovSpectrum(model, start, lo);
        a.lyapunovDefined = r.defined;
        if (r.defined) {
            a.lyapunov = r.exponents[0];
            a.lyapunovSecond = r.exponents[1];
        }
    }
    if (!a.lyapunovDefined) {
        // The tangent vector collapsed (a singular Jacobian along the orbit): contracting.
        a.kind = AttractorClass::Periodic;
    } else if (a.lyapunov > o.chaosThreshold) {
        a.kind = AttractorClass::Chaotic;
    } else if (flow && n >= 2 && a.lyapunovSecond < -o.chaosThreshold) {
        a.kind = AttractorClass::Periodic; // a limit cycle: the zero exponent is the flow's direction
    } else if (!flow && a.lyapunov < -o.chaosThreshold) {
        a.kind = AttractorClass::Periodic; // period above maxPeriod or not converged to the tolerance
    } else {
        a.kind = AttractorClass::Quasiperiodic;
    }
}

std::vector<double> cellCentres(const std::vector<std::int64_t>& cells, const std::vector<double>& cellSize,
                                int n, int points)
{
    const std::size_t count = cells.size() / static_cast<std::size_t>(n);
    const std::size_t take = std::min(count, static_cast<std::size_t>(points));
    std::vector<double> out;
    out.reserve(take * static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < take; ++k) {
        const std::size_t c = k * count / take;
        for (int i = 0; i < n; ++i)
            out.push_back(
                (static_cast<double>(cells[c * static_cast<std::size_t>(n) + static_cast<std::size_t>(i)]) +
                 0.5 - kCellOffset) *
                cellSize[static_cast<std::size_t>(i)]);
    }
    return out;
}

std::vector<double> thinOrbit(const std::vector<double>& orbit, int n, int points)
{
    // The first rows, not every k-th: a stride would alias a cycle whose period divides it.
    const std::size_t rows =
        std::min(orbit.size() / static_cast<std::size_t>(n), static_cast<std::size_t>(points));
    return {orbit.begin(), orbit.begin() + static_cast<std::ptrdiff_t>(rows * static_cast<std::size_t>(n))};
}

namespace {

// The 90th percentile of the distances from each point of a to its nearest point of b.
double directedHausdorff(const std::vector<double>& a, const std::vector<double>& b, int n,
                         const std::vector<double>& scale)
{
    const std::size_t na = a.size() / static_cast<std::size_t>(n),
                      nb = b.size() / static_cast<std::size_t>(n);
    std::vector<double> nearest(na);
    for (std::size_t i = 0; i < na; ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < nb && best > 0.0; ++j) {
            double d = 0.0;
            for (int k = 0; k < n && d < best; ++k)
                d = std::max(d, std::fabs(a[i * static_cast<std::size_t>(n) + static_cast<std::size_t>(k)] -
                                          b[j * static_cast<std::size_t>(n) + static_cast<std::size_t>(k)]) /
                                    scale[static_cast<std::size_t>(k)]);
            best = std::min(best, d);
        }
        nearest[i] = best;
    }
    const std::size_t q =
        std::min(na - 1, static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(na))) - 1);
    std::nth_element(nearest.begin(), nearest.begin() + static_cast<std::ptrdiff_t>(q), nearest.end());
    return nearest[q];
}

} // namespace

double hausdorff(const std::vector<double>& a, const std::vector<double>& b, int n,
                 const std::vector<double>& scale)
{
    if (a.empty() || b.empty())
        return std::numeric_limits<double>::infinity();
    return std::max(directedHausdorff(a, b, n, scale), directedHausdorff(b, a, n, scale));
}

double hausdorff(const std::vector<double>& aSample, const std::vector<double>& aAll,
                 const std::vector<double>& bSample, const std::vector<double>& bAll, int n,
                 const std::vector<double>& scale)
{
    if (aSample.empty() || aAll.empty() || bSample.empty() || bAll.empty())
        return std::numeric_limits<double>::infinity();
    return std::max(directedHausdorff(aSample, bAll, n, scale), directedHausdorff(bSample, aAll, n, scale));
}

} // namespace attractor_detail

using namespace attractor_detail;

const char* attractorClassName(AttractorClass c)
{
    switch (c) {
    case AttractorClass::FixedPoint:
        return "fixed point";
    case AttractorClass::Periodic:
        return "periodic";
    case AttractorClass::Quasiperiodic:
        return "quasi-periodic";
    case AttractorClass::Chaotic:
        return "chaotic";
    }
    return "chaotic";
}

} // namespace nd
