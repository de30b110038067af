// Finding attractors by recurrences (attractors.h): validation, the three stages and the
// internals shared with the continuation (attractorwalk.h).
#include "analysis/attractors.h"

#include "analysis/attractorwalk.h"
#include "analysis/lyapunov.h"
#include "analysis/period.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>
#include <sstream>

namespace nd {

namespace attractor_detail {

// ---- Cells -----------------------------------------------------------------------------------

// Cell k along a coordinate is [(k - offset) h, (k + 1 - offset) h): the offset keeps round values
// (0, and the symmetric +-a whose extent 2a set h) off the cell boundaries, where an orbit that
// converges to them would straddle two cells.
constexpr double kCellOffset = 0.3819660112501051;

std::uint64_t cellHash(const std::int64_t* cell, int n)
{
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < n; ++i) {
        h ^= static_cast<std::uint64_t>(cell[i]) + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
        h = (h ^ (h >> 31)) * 0xbf58476d1ce4e5b9ULL;
    }
    h ^= h >> 29;
    return h | 1; // 0 marks an empty slot
}

CellTable::CellTable(int dimension) : m_n(dimension)
{
    m_mask = 63;
    m_hash.assign(64, 0);
    m_keys.assign(64 * static_cast<std::size_t>(m_n), 0);
    m_values.assign(64, 0);
}

int CellTable::find(const std::int64_t* cell, std::uint64_t hash) const
{
    for (std::size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        if (m_hash[s] == 0)
            return -1;
        if (m_hash[s] == hash &&
            std::equal(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n)))
            return m_values[s];
    }
}

bool CellTable::insert(const std::int64_t* cell, std::uint64_t hash, int value)
{
    if (2 * (m_used.size() + 1) > m_mask + 1)
        grow();
    for (std::size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        if (m_hash[s] == 0) {
            m_hash[s] = hash;
            std::copy(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n));
            m_values[s] = value;
            m_used.push_back(static_cast<std::uint32_t>(s));
            return true;
        }
        if (m_hash[s] == hash &&
            std::equal(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n)))
            return false;
    }
}

void CellTable::grow()
{
    std::vector<std::uint64_t> hash(2 * (m_mask + 1), 0);
    std::vector<std::int64_t> keys(hash.size() * static_cast<std::size_t>(m_n));
    std::vector<int> values(hash.size());
    std::vector<std::uint32_t> used;
    used.reserve(m_used.size() * 2);
    const std::size_t mask = hash.size() - 1;
    for (std::uint32_t old : m_used) {
        std::size_t s = m_hash[old] & mask;
        while (hash[s] != 0)
            s = (s + 1) & mask;
        hash[s] = m_hash[old];
        std::copy_n(m_keys.begin() + static_cast<std::ptrdiff_t>(old * static_cast<std::size_t>(m_n)), m_n,
                    keys.begin() + static_cast<std::ptrdiff_t>(s * m_n));
        values[s] = m_values[old];
        used.push_back(static_cast<std::uint32_t>(s));
    }
    m_hash.swap(hash);
    m_keys.swap(keys);
    m_values.swap(values);
    m_used.swap(used);
    m_mask = mask;
}

void CellTable::clear()
{
    for (std::uint32_t s : m_used)
        m_hash[s] = 0;
    m_used.clear();
}

std::vector<std::int64_t> CellTable::cells() const
{
    std::vector<std::int64_t> out;
    out.reserve(m_used.size() * static_cast<std::size_t>(m_n));
    for (std::uint32_t s : m_used)
        out.insert(out.end(), m_keys.begin() + static_cast<std::ptrdiff_t>(s * static_cast<std::size_t>(m_n)),
                   m_keys.begin() + static_cast<std::ptrdiff_t>((s + 1) * static_cast<std::size_t>(m_n)));
    return out;
}

std::vector<std::int64_t> sortedCells(std::vector<std::int64_t> cells, int n)
{
    const std::size_t count = cells.size() / static_cast<std::size_t>(n);
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto at = [&](std::size_t k) { return cells.begin() + static_cast<std::ptrdiff_t>(k * n); };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::lexicographical_compare(at(a), at(a) + n, at(b), at(b) + n);
    });
    std::vector<std::int64_t> out;
    out.reserve(cells.size());
    for (std::size_t k = 0; k < count; ++k) {
        if (k > 0 && std::equal(at(order[k]), at(order[k]) + n, at(order[k - 1])))
            continue;
        out.insert(out.end(), at(order[k]), at(order[k]) + n);
    }
    return out;
}

void Registry::add(int index, const std::vector<std::int64_t>& cells)
{
    const std::size_t dim = static_cast<std::size_t>(dimension);
    for (std::size_t k = 0; k + dim <= cells.size(); k += dim)
        table.insert(cells.data() + k, cellHash(cells.data() + k, dimension), index);
}

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

// ---- Walking one orbit -----------------------------------------------------------------------

long stepsPerSample(const Model& model, const AttractorOptions& o)
{
    if (model.timeKind() == TimeKind::Map)
        return 1;
    return std::max(1L, std::lround(o.sampleTime / o.dt));
}

Walker::Walker(const Model& model, const AttractorOptions& options, const std::vector<double>& cellSize)
    : m_model(model), m_o(options), m_n(model.dimension()), m_stepsPerSample(stepsPerSample(model, options)),
      m_stepper(model, options.dt), m_next(static_cast<std::size_t>(m_n)),
      m_cell(static_cast<std::size_t>(m_n)), m_visited(m_n)
{
    for (double h : cellSize)
        m_inverse.push_back(1.0 / h);
}

bool Walker::advance(std::vector<double>& x)
{
    for (long k = 0; k < m_stepsPerSample; ++k) {
        m_stepper.step(x.data(), m_next.data());
        if (outOfBound(m_next.data(), m_n, m_o.escapeBound))
            return false;
        x.swap(m_next);
    }
    return true;
}

void Walker::cellOf(const double* x)
{
    for (int i = 0; i < m_n; ++i)
        m_cell[static_cast<std::size_t>(i)] = static_cast<std::int64_t>(
            std::floor(x[i] * m_inverse[static_cast<std::size_t>(i)] + kCellOffset));
}

AttractorOutcome Walker::follow(std::vector<double> x, const Registry* registry, const Progress* cancel)
{
    AttractorOutcome out;
    m_visited.clear();
    long recurrent = 0;
    int hitAttractor = -1;
    int hits = 0, misses = 0;
    bool found = false;
    for (long s = 0; s < m_o.maxIterations; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return out;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            return out;
        }
        cellOf(x.data());
        const std::uint64_t h = cellHash(m_cell.data(), m_n);
        const int a = registry ? registry->table.find(m_cell.data(), h) : -1;
        if (a >= 0) {
            if (a == hitAttractor) {
                ++hits;
            } else {
                hitAttractor = a;
                hits = 1;
            }
            misses = 0;
            if (hits >= m_o.hitsToJoin) {
                out.state = kAttractorJoined;
                out.attractor = a;
                return out;
            }
            continue;
        }
        if (hitAttractor >= 0 && ++misses >= m_o.missesToReset) {
            hitAttractor = -1;
            hits = 0;
            misses = 0;
        }
        if (m_visited.insert(m_cell.data(), h, 0)) {
            recurrent = 0;
        } else if (++recurrent >= m_o.recurrences) {
            found = true;
            break;
        }
    }
    if (!found) {
        out.state = kAttractorUndecided;
        return out;
    }
    // A new attractor: settle, record the representative orbit, collect cells until saturated.
    for (long s = 0; s < m_o.settle; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return out;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            return out;
        }
    }
    m_visited.clear();
    out.orbit.reserve(static_cast<std::size_t>(m_o.orbitLength * m_n));
    long sinceNew = 0;
    for (long s = 0; s < m_o.orbitLength + m_o.maxIterations; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return AttractorOutcome{};
        if (s >= m_o.orbitLength && sinceNew >= m_o.saturation)
            break;
        if (s < m_o.orbitLength)
            out.orbit.insert(out.orbit.end(), x.begin(), x.end());
        cellOf(x.data());
        if (m_visited.insert(m_cell.data(), cellHash(m_cell.data(), m_n), 0))
            sinceNew = 0;
        else
            ++sinceNew;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            out.orbit.clear();
            return out;
        }
    }
    out.state = kAttractorNew;
    out.cells = sortedCells(m_visited.cells(), m_n);
    return out;
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

namespace {

const std::string kField = "attractors";

void requireRange(double value, double lo, double hi, const std::string& field)
{
    if (!(value >= lo && value <= hi)) {
        const auto fmt = [](double v) {
            std::ostringstream os;
            os << v;
            return os.str();
        };
        throw InputError(ND_ENGINE_TEXT("%1 must be in [%2, %3] (got %4)"),
                         {field, fmt(lo), fmt(hi), fmt(value)});
    }
}

void requirePositive(double value, const std::string& field)
{
    if (!(value > 0.0) || !std::isfinite(value)) {
        std::ostringstream os;
        os << value;
        throw InputError(ND_ENGINE_TEXT("%1 must be a positive number (got %2)"), {field, os.str()});
    }
}

void validateGridAxis(const Model& model, const BasinAxis& a, const ResourceLimits& limits,
                      const std::string& f)
{
    if (a.variable < 0 || a.variable >= model.dimension())
        throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist"),
                         {f, std::to_string(a.variable)});
    if (a.count < 1 || a.count > limits.maxColumns)
        throw InputError(ND_ENGINE_TEXT("%1: the number of grid points must be in [1, %2]"),
                         {f, std::to_string(limits.maxColumns)});
    requireFinite(a.from, f + " start");
    requireFinite(a.to, f + " end");
    if (a.count > 1 && a.from == a.to)
        throw InputError(ND_ENGINE_TEXT("%1: the range is empty"), {f});
}

void validateOptions(const Model& model, const AttractorOptions& o)
{
    const int n = model.dimension();
    const std::string f = kField;
    if (!o.cellSize.empty() && o.cellSize.size() != 1 && o.cellSize.size() != static_cast<std::size_t>(n))
        throw InputError(ND_ENGINE_TEXT("%1: the cell size needs 1 or %2 values (got %3)"),
                         {f + " cell size", std::to_string(n), std::to_string(o.cellSize.size())});
    for (double h : o.cellSize)
        requirePositive(h, f + " cell size");
    requireRange(o.cellsPerExtent, 1, 1e6, f + " cells per extent");
    requireRange(o.recurrences, 1, 1e7, f + " recurrences");
    requireRange(o.hitsToJoin, 1, 1e7, f + " hits to join");
    requireRange(o.missesToReset, 1, 1e7, f + " misses to reset");
    requireRange(static_cast<double>(o.maxIterations), 1, 1e8, f + " iteration budget");
    requireRange(static_cast<double>(o.settle), 0, 1e8, f + " settle");
    requireRange(o.maxPeriod, 1, 100000, f + " largest period");
    requireRange(static_cast<double>(o.orbitLength), 2.0 * o.maxPeriod, 1e7, f + " orbit length");
    requireRange(static_cast<double>(o.saturation), 1, 1e8, f + " saturation");
    requireRange(o.scouts, 1, 100000, f + " scouts");
    requireRange(static_cast<double>(o.scoutTransient), 0, 1e8, f + " scout transient");
    requirePositive(o.periodTolerance, f + " period tolerance");
    requireRange(static_cast<double>(o.lyapunovSteps), 1, 1e8, f + " Lyapunov steps");
    requirePositive(o.chaosThreshold, f + " chaos threshold");
    requirePositive(o.escapeBound, f + " escape bound");
    validateStep(model, o.dt, f);
    if (model.timeKind() == TimeKind::Flow) {
        requirePositive(o.sampleTime, f + " sample time");
        requireRange(o.sampleTime / o.dt, 0.5, 1e6, f + " sample time / step");
    }
}

double gridOrBoxExtent(const AttractorRequest& r, int n)
{
    double e = 0.0;
    if (r.sampling.kind == AttractorSampling::Grid) {
        e = std::max(std::fabs(r.sampling.x.to - r.sampling.x.from),
                     std::fabs(r.sampling.y.to - r.sampling.y.from));
    } else {
        for (int i = 0; i < n; ++i)
            e = std::max(e, r.sampling.boxMax[static_cast<std::size_t>(i)] -
                                r.sampling.boxMin[static_cast<std::size_t>(i)]);
    }
    return e > 0.0 ? e : 1.0;
}

// Scouts are processed in rounds of this many (a constant, so the registry never depends on the
// thread count): a round's scouts run in parallel against the registry of the rounds before.
constexpr int kScoutRound = 8;

} // namespace

double estimateAttractorBytes(const Model& model, const AttractorRequest& r)
{
    const double n = model.dimension();
    const double states = static_cast<double>(attractorStateCount(r));
    const double workers = std::max(1, r.threads > 0 ? r.threads : defaultThreadCount());
    // Per state: its label and its outcome (candidates' orbits are counted with the registry).
    const double perState = sizeof(int) + sizeof(AttractorOutcome);
    // Per worker: the visited table at its largest (load <= 1/2) and an orbit.
    const double table = 2.0 * static_cast<double>(r.maxIterations + r.orbitLength) * (8.0 * n + 12.0);
    // Registry: up to 16 attractors with their orbits and a saturated cell set each.
    const double attractors = std::min(16.0, static_cast<double>(std::max(r.scouts, 1)));
    const double registry =
        attractors * (static_cast<double>(r.orbitLength) * n * 8.0 +
                      10.0 * static_cast<double>(r.saturation + r.orbitLength) * (16.0 * n + 12.0));
    return states * perState + workers * table + registry;
}

long attractorStateCount(const AttractorRequest& r)
{
    if (r.sampling.kind == AttractorSampling::Grid)
        return static_cast<long>(r.sampling.x.count) * static_cast<long>(r.sampling.y.count);
    return r.sampling.count;
}

void validateAttractorRequest(const Model& model, const AttractorRequest& r)
{
    const int n = model.dimension();
    const std::string f = kField;
    const AttractorSamplingSettings& s = r.sampling;
    if (s.kind == AttractorSampling::Grid) {
        validateGridAxis(model, s.x, r.limits, f + " x axis");
        validateGridAxis(model, s.y, r.limits, f + " y axis");
        if (s.x.variable == s.y.variable)
            throw InputError(ND_ENGINE_TEXT("%1: the two axes use the same state variable"), {f});
        initialStateFor(model, s.base, f + " base state");
    } else {
        requireRange(static_cast<double>(s.count), 1, 1e9, f + " number of initial states");
        if (s.boxMin.size() != static_cast<std::size_t>(n) || s.boxMax.size() != static_cast<std::size_t>(n))
            throw InputError(ND_ENGINE_TEXT("%1: the initial-state box needs %2 lower and upper bounds"),
                             {f, std::to_string(n)});
        for (int i = 0; i < n; ++i) {
            requireFinite(s.boxMin[static_cast<std::size_t>(i)], f + " box lower bound");
            requireFinite(s.boxMax[static_cast<std::size_t>(i)], f + " box upper bound");
            if (!(s.boxMin[static_cast<std::size_t>(i)] < s.boxMax[static_cast<std::size_t>(i)]))
                throw InputError(ND_ENGINE_TEXT("%1: the box is empty along state variable %2"),
                                 {f, std::to_string(i)});
        }
    }
    validateOptions(model, r);
    if (r.tileSize < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the tile size must be >= 1"), {f});
    checkMemory(estimateAttractorBytes(model, r), r.limits, "this attractor search");
}

std::vector<double> attractorInitialState(const Model& model, const AttractorRequest& r, long i)
{
    const AttractorSamplingSettings& s = r.sampling;
    if (s.kind == AttractorSampling::Grid) {
        std::vector<double> x = initialStateFor(model, s.base, kField + " base state");
        x[static_cast<std::size_t>(s.x.variable)] = s.x.value(static_cast<int>(i % s.x.count));
        x[static_cast<std::size_t>(s.y.variable)] = s.y.value(static_cast<int>(i / s.x.count));
        return x;
    }
    // Our own conversion of 53 random bits: the standard distributions are implementation-defined.
    std::mt19937_64 gen(streamSeed(s.seed, static_cast<std::uint64_t>(i)));
    std::vector<double> x(s.boxMin.size());
    for (std::size_t k = 0; k < x.size(); ++k) {
        const double u = static_cast<double>(gen() >> 11) * 0x1.0p-53;
        x[k] = s.boxMin[k] + (s.boxMax[k] - s.boxMin[k]) * u;
    }
    return x;
}

AttractorScouting scoutAttractors(const Model& model, const AttractorRequest& r, Progress* progress)
{
    validateAttractorRequest(model, r);
    const int n = model.dimension();
    const long total = attractorStateCount(r);
    const long k = std::min<long>(r.scouts, total);
    std::vector<long> index(static_cast<std::size_t>(k));
    for (long j = 0; j < k; ++j)
        index[static_cast<std::size_t>(j)] = j * total / k;

    AttractorScouting sc;
    if (r.cellSize.size() == static_cast<std::size_t>(n)) {
        sc.cellSize = r.cellSize;
    } else if (r.cellSize.size() == 1) {
        sc.cellSize.assign(static_cast<std::size_t>(n), r.cellSize[0]);
    } else {
        // The extent of the scouts' post-transient orbits (min and max commute: any order).
        std::vector<double> lo(static_cast<std::size_t>(k * n), std::numeric_limits<double>::infinity());
        std::vector<double> hi(static_cast<std::size_t>(k * n), -std::numeric_limits<double>::infinity());
        parallelFor(static_cast<std::size_t>(k), r.threads, [&](std::size_t j) {
            Walker w(model, r, std::vector<double>(static_cast<std::size_t>(n), 1.0));
            std::vector<double> x = attractorInitialState(model, r, index[j]);
            for (long s = 0; s < r.scoutTransient; ++s)
                if (!w.advance(x))
                    return;
            for (long s = 0; s < r.orbitLength; ++s) {
                for (int i = 0; i < n; ++i) {
                    lo[j * n + static_cast<std::size_t>(i)] =
                        std::min(lo[j * n + static_cast<std::size_t>(i)], x[static_cast<std::size_t>(i)]);
                    hi[j * n + static_cast<std::size_t>(i)] =
                        std::max(hi[j * n + static_cast<std::size_t>(i)], x[static_cast<std::size_t>(i)]);
                }
                if (!w.advance(x)) {
                    std::fill_n(lo.begin() + static_cast<std::ptrdiff_t>(j * n), n,
                                std::numeric_limits<double>::infinity());
                    std::fill_n(hi.begin() + static_cast<std::ptrdiff_t>(j * n), n,
                                -std::numeric_limits<double>::infinity());
                    return;
                }
            }
        });
        std::vector<double> extent(static_cast<std::size_t>(n), 0.0);
        double largest = 0.0;
        for (int i = 0; i < n; ++i) {
            double a = std::numeric_limits<double>::infinity(), b = -std::numeric_limits<double>::infinity();
            for (long j = 0; j < k; ++j) {
                a = std::min(a, lo[static_cast<std::size_t>(j * n + i)]);
                b = std::max(b, hi[static_cast<std::size_t>(j * n + i)]);
            }
            extent[static_cast<std::size_t>(i)] = b > a ? b - a : 0.0;
            largest = std::max(largest, extent[static_cast<std::size_t>(i)]);
        }
        // A coordinate every scout orbit holds constant (extent below 1e-6 of the sampling box's)
        // takes the largest extent; when every one is constant (a single fixed point, or every
        // scout escaped), the sampling box's.
        const double box = gridOrBoxExtent(r, n);
        if (!(largest > 1e-6 * box))
            largest = box;
        for (int i = 0; i < n; ++i) {
            const double e = extent[static_cast<std::size_t>(i)] > 1e-6 * box
                                 ? extent[static_cast<std::size_t>(i)]
                                 : largest;
            sc.cellSize.push_back(e / r.cellsPerExtent);
        }
    }

    Registry registry(n);
    for (long round = 0; round < k; round += kScoutRound) {
        const long end = std::min(k, round + kScoutRound);
        std::vector<AttractorOutcome> found(static_cast<std::size_t>(end - round));
        ProgressSpan roundProgress(progress, static_cast<double>(round) / static_cast<double>(k),
                                   static_cast<double>(end) / static_cast<double>(k));
        const bool done = parallelFor(
            found.size(), r.threads,
            [&](std::size_t j) {
                Walker w(model, r, sc.cellSize);
                found[j] =
                    w.follow(attractorInitialState(model, r, index[static_cast<std::size_t>(round) + j]),
                             &registry, progress);
            },
            &roundProgress);
        if (!done)
            break;
        for (AttractorOutcome& o : found) {
            if (o.state != kAttractorNew)
                continue;
            std::vector<const std::vector<double>*> orbits;
            for (const AttractorOutcome& a : sc.attractors)
                orbits.push_back(&a.orbit);
            if (joinedAttractor(registry, orbits, o, n, sc.cellSize) >= 0)
                continue;
            registry.add(static_cast<int>(sc.attractors.size()), o.cells);
            sc.attractors.push_back(std::move(o));
        }
    }
    return sc;
}

std::vector<AttractorOutcome> computeAttractorOutcomes(const Model& model, const AttractorRequest& r,
                                                       const AttractorScouting& sc, long i0, long i1,
                                                       Progress* progress,
                                                       const AttractorTileCallback& onTile)
{
    validateAttractorRequest(model, r);
    const long total = attractorStateCount(r);
    if (i0 < 0 || i1 < i0 || i1 > total)
        throw InputError(ND_ENGINE_TEXT("%1: states [%2, %3) are not in [0, %4)"),
                         {kField, std::to_string(i0), std::to_string(i1), std::to_string(total)});
    const int n = model.dimension();
    if (sc.cellSize.size() != static_cast<std::size_t>(n))
        throw InputError(ND_ENGINE_TEXT("%1: the cell size needs 1 or %2 values (got %3)"),
                         {kField + " scouting", std::to_string(n), std::to_string(sc.cellSize.size())});
    Registry registry(n);
    for (std::size_t a = 0; a < sc.attractors.size(); ++a)
        registry.add(static_cast<int>(a), sc.attractors[a].cells);

    std::vector<AttractorOutcome> out(static_cast<std::size_t>(i1 - i0));
    const long tasks = (i1 - i0 + r.tileSize - 1) / r.tileSize;
    std::mutex deliver;
    parallelFor(
        static_cast<std::size_t>(tasks), r.threads,
        [&](std::size_t t) {
            const long b = i0 + static_cast<long>(t) * r.tileSize, e = std::min(i1, b + r.tileSize);
            Walker w(model, r, sc.cellSize);
            for (long i = b; i < e; ++i) {
                out[static_cast<std::size_t>(i - i0)] =
                    w.follow(attractorInitialState(model, r, i), &registry, progress);
                if (progress && progress->isCanceled())
                    return;
            }
            if (onTile) {
                AttractorTile tile{b, {}};
                for (long i = b; i < e; ++i)
                    tile.kinds.push_back(out[static_cast<std::size_t>(i - i0)].state);
                std::lock_guard<std::mutex> lock(deliver);
                onTile(tile);
            }
        },
        progress);
    return out;
}

AttractorResult assembleAttractors(const Model& model, const AttractorRequest& r, const AttractorScouting& sc,
                                   const std::vector<AttractorOutcome>& outcomes, Progress* progress)
{
    validateAttractorRequest(model, r);
    const int n = model.dimension();
    const long total = attractorStateCount(r);
    if (static_cast<long>(outcomes.size()) != total)
        throw InputError(ND_ENGINE_TEXT("%1: %2 outcomes for %3 initial states"),
                         {kField, std::to_string(outcomes.size()), std::to_string(total)});
    // Scouting and outcomes may come from files (tiles of other processes): check their shape.
    if (sc.cellSize.size() != static_cast<std::size_t>(n))
        throw InputError(ND_ENGINE_TEXT("%1: the cell size needs 1 or %2 values (got %3)"),
                         {kField + " scouting", std::to_string(n), std::to_string(sc.cellSize.size())});
    for (double h : sc.cellSize)
        requirePositive(h, kField + " scouting cell size");
    const auto wellFormed = [&](const AttractorOutcome& o) {
        if (o.state == kAttractorJoined)
            return o.attractor >= 0 && o.attractor < static_cast<int>(sc.attractors.size());
        if (o.state != kAttractorNew)
            return o.state == kAttractorEscaped || o.state == kAttractorUndecided ||
                   o.state == kAttractorNotComputed;
        if (o.orbit.size() != static_cast<std::size_t>(r.orbitLength) * static_cast<std::size_t>(n) ||
            o.cells.empty() || o.cells.size() % static_cast<std::size_t>(n) != 0)
            return false;
        return std::all_of(o.orbit.begin(), o.orbit.end(), [](double v) { return std::isfinite(v); });
    };
    for (std::size_t k = 0; k < sc.attractors.size(); ++k)
        if (sc.attractors[k].state != kAttractorNew || !wellFormed(sc.attractors[k]))
            throw InputError(ND_ENGINE_TEXT("%1: outcome %2 is malformed"),
                             {kField + " scouting", std::to_string(k)});
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (!wellFormed(outcomes[i]))
            throw InputError(ND_ENGINE_TEXT("%1: outcome %2 is malformed"), {kField, std::to_string(i)});
    // Registration in index order: the scouts' attractors first, then each new candidate.
    Registry registry(n);
    std::vector<const AttractorOutcome*> reps;
    for (const AttractorOutcome& a : sc.attractors) {
        registry.add(static_cast<int>(reps.size()), a.cells);
        reps.push_back(&a);
    }
    std::vector<int> label(outcomes.size(), kAttractorNotComputed);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const AttractorOutcome& o = outcomes[i];
        if (o.state == kAttractorJoined) {
            label[i] = o.attractor;
        } else if (o.state == kAttractorNew) {
            std::vector<const std::vector<double>*> orbits;
            for (const AttractorOutcome* rep : reps)
                orbits.push_back(&rep->orbit);
            int a = joinedAttractor(registry, orbits, o, n, sc.cellSize);
            if (a < 0) {
                a = static_cast<int>(reps.size());
                registry.add(a, o.cells);
                reps.push_back(&o);
            }
            label[i] = a;
        } else if (o.state == kAttractorEscaped || o.state == kAttractorUndecided) {
            label[i] = o.state;
        }
    }

    AttractorResult res;
    res.dimension = n;
    res.stateCount = total;
    res.cellSize = sc.cellSize;
    std::vector<Attractor> found(reps.size());
    const bool done = parallelFor(
        reps.size(), r.threads,
        [&](std::size_t a) {
            found[a].orbit = reps[a]->orbit;
            found[a].cells = reps[a]->cells;
            classify(model, r, found[a]);
        },
        progress);
    res.canceled = !done;
    // Canonical order: by the lower corner of the bounding box, then the upper (lexicographic);
    // registration order breaks ties.
    std::vector<std::size_t> order(found.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (found[a].boxMin != found[b].boxMin)
            return found[a].boxMin < found[b].boxMin;
        return found[a].boxMax < found[b].boxMax;
    });
    std::vector<int> idOf(found.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        idOf[order[k]] = static_cast<int>(k);
        res.attractors.push_back(std::move(found[order[k]]));
        res.attractors.back().id = static_cast<int>(k);
    }
    res.labels.resize(label.size());
    for (std::size_t i = 0; i < label.size(); ++i) {
        const int l = label[i];
        res.labels[i] = l >= 0 ? idOf[static_cast<std::size_t>(l)] : l;
        if (l >= 0)
            ++res.attractors[static_cast<std::size_t>(res.labels[i])].states;
        else if (l == kAttractorEscaped)
            ++res.escaped;
        else if (l == kAttractorUndecided)
            ++res.undecided;
        else
            res.canceled = true;
    }
    const double nn = static_cast<double>(total);
    const auto fraction = [&](long count, double& p, double& se) {
        p = static_cast<double>(count) / nn;
        se = std::sqrt(p * (1.0 - p) / nn);
    };
    for (Attractor& a : res.attractors)
        fraction(a.states, a.fraction, a.fractionError);
    fraction(res.escaped, res.escapedFraction, res.escapedError);
    fraction(res.undecided, res.undecidedFraction, res.undecidedError);
    return res;
}

AttractorResult findAttractors(const Model& model, const AttractorRequest& r, Progress* progress,
                               const AttractorTileCallback& onTile)
{
    ProgressSpan scouting(progress, 0.0, 0.05), states(progress, 0.05, 0.95), assembly(progress, 0.95, 1.0);
    const AttractorScouting sc = scoutAttractors(model, r, &scouting);
    const std::vector<AttractorOutcome> outcomes =
        computeAttractorOutcomes(model, r, sc, 0, attractorStateCount(r), &states, onTile);
    AttractorResult res = assembleAttractors(model, r, sc, outcomes, &assembly);
    if (progress && progress->isCanceled())
        res.canceled = true;
    return res;
}

} // namespace nd
