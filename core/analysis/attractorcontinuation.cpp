// Global continuation of attractors across one parameter (attractors.h): independent columns,
// then one merge that seeds each value from the previous one, matches by the normalised
// Hausdorff distance of the attractors' cells (and, for pairs left over, by following the attractor
// through intermediate values) and refines births and deaths by bisection.
#include "analysis/attractors.h"

#include "analysis/attractorwalk.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <tuple>

namespace nd {

using namespace attractor_detail;

namespace {

const std::string kField = "attractor continuation";

// Forwards cancellation only.
class CancelOnly : public Progress {
public:
    explicit CancelOnly(const Progress* parent) : m_parent(parent) {}
    bool isCanceled() const override { return m_parent && m_parent->isCanceled(); }

private:
    const Progress* m_parent;
};

std::unique_ptr<Model> modelAt(const Model& model, int parameter, double value)
{
    std::unique_ptr<Model> m = model.clone();
    m->setParameter(parameter, value);
    return m;
}

// The last row of an orbit: where the previous value's attractor seeds the next value.
std::vector<double> lastState(const std::vector<double>& orbit, int n)
{
    return {orbit.end() - n, orbit.end()};
}

// Rows of a point set, at most `points`, evenly spaced (cell centres are distinct points: a
// stride does not alias them as it would a cycle).
std::vector<double> samplePoints(const std::vector<double>& all, int n, int points)
{
    const std::size_t count = all.size() / static_cast<std::size_t>(n);
    const std::size_t take = std::min(count, static_cast<std::size_t>(points));
    std::vector<double> out;
    out.reserve(take * static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < take; ++k) {
        const std::size_t c = k * count / take;
        out.insert(out.end(), all.begin() + static_cast<std::ptrdiff_t>(c * n),
                   all.begin() + static_cast<std::ptrdiff_t>((c + 1) * n));
    }
    return out;
}

// Whether the attractor whose cells' centres at a nearby value are `reference` exists at the
// model's value: `seed` is followed by the recurrence rules alone (no registry); it exists when
// the attractor found is within matchDistance of the reference. Then `seed` and `reference`
// become the found attractor's last orbit state and centres, for the next bisection step.
bool existsNear(const Model& model, const AttractorContinuationRequest& r,
                const std::vector<double>& cellSize, std::vector<double>& seed,
                std::vector<double>& reference, const std::vector<double>& scale, const Progress* cancel)
{
    const int n = model.dimension();
    Walker w(model, r.search, cellSize);
    AttractorOutcome o = w.follow(seed, nullptr, cancel);
    if (o.state != kAttractorNew)
        return false;
    std::vector<double> all = cellCentres(o.cells, cellSize, n, std::numeric_limits<int>::max());
    const std::vector<double> referenceSample = samplePoints(reference, n, r.matchPoints);
    if (hausdorff(samplePoints(all, n, r.matchPoints), all, referenceSample, reference, n, scale) >
        r.matchDistance)
        return false;
    seed = lastState(o.orbit, n);
    reference = std::move(all);
    return true;
}

// An attractor as the matching sees it: its cells' centres (all, and the matchPoints sample) and a
// state on it to follow it from.
struct Shape {
    std::vector<double> all, sample, state;
};

Shape shapeOf(const std::vector<std::int64_t>& cells, const std::vector<double>& cellSize,
              const std::vector<double>& orbit, int n, int points)
{
    Shape s;
    s.all = cellCentres(cells, cellSize, n, std::numeric_limits<int>::max());
    s.sample = samplePoints(s.all, n, points);
    s.state = lastState(orbit, n);
    return s;
}

double distance(const Shape& a, const Shape& b, int n, const std::vector<double>& scale)
{
    return hausdorff(a.sample, a.all, b.sample, b.all, n, scale);
}

// The second matching stage: whether the attractor `from` at parameter value pa, followed towards
// pb, becomes `to`. Within matchDistance: yes. Otherwise the step is halved (at most `depth` more
// times): at the midpoint, the attractor reached from `from`'s state (recurrence rules alone) must
// bridge to both ends. A continuous deformation passes once the steps are small enough; a jump
// (saddle-node birth, crisis) stays at every step size.
bool bridges(const Model& model, int parameter, const AttractorContinuationRequest& r,
             const std::vector<double>& cellSize, const std::vector<double>& scale, const Shape& from,
             double pa, const Shape& to, double pb, int depth, const Progress* cancel)
{
    const int n = model.dimension();
    if (distance(from, to, n, scale) <= r.matchDistance)
        return true;
    if (depth <= 0 || (cancel && cancel->isCanceled()))
        return false;
    const double pm = 0.5 * (pa + pb);
    const std::unique_ptr<Model> mm = modelAt(model, parameter, pm);
    Walker w(*mm, r.search, cellSize);
    const AttractorOutcome o = w.follow(from.state, nullptr, cancel);
    if (o.state != kAttractorNew)
        return false;
    const Shape mid = shapeOf(o.cells, cellSize, o.orbit, n, r.matchPoints);
    return bridges(model, parameter, r, cellSize, scale, from, pa, mid, pm, depth - 1, cancel) &&
           bridges(model, parameter, r, cellSize, scale, mid, pm, to, pb, depth - 1, cancel);
}

} // namespace

void validateAttractorContinuation(const Model& model, const AttractorContinuationRequest& r)
{
    validateAttractorRequest(model, r.search);
    resolveAxis(model, r.axis, r.search.limits, kField + " parameter");
    if (!(r.matchDistance > 0.0) || !std::isfinite(r.matchDistance)) {
        std::ostringstream os;
        os << r.matchDistance;
        throw InputError(ND_ENGINE_TEXT("%1 must be a positive number (got %2)"),
                         {kField + " match distance", os.str()});
    }
    if (r.matchPoints < 2 || r.matchPoints > 100000)
        throw InputError(ND_ENGINE_TEXT("%1 must be in [%2, %3] (got %4)"),
                         {kField + " match points", "2", "100000", std::to_string(r.matchPoints)});
    if (r.bridgeDepth < 0 || r.bridgeDepth > 10)
        throw InputError(ND_ENGINE_TEXT("%1 must be in [%2, %3] (got %4)"),
                         {kField + " bridge depth", "0", "10", std::to_string(r.bridgeDepth)});
    if (!(r.tolerance >= 0.0) || !std::isfinite(r.tolerance)) {
        std::ostringstream os;
        os << r.tolerance;
        throw InputError(ND_ENGINE_TEXT("%1 must be a number >= 0 (got %2)"),
                         {kField + " tolerance", os.str()});
    }
    // Every column keeps its labels and attractors until the merge.
    checkMemory(estimateAttractorBytes(model, r.search) +
                    static_cast<double>(r.axis.count) *
                        (static_cast<double>(attractorStateCount(r.search)) * sizeof(int) +
                         16.0 * static_cast<double>(r.search.orbitLength) * model.dimension() * 8.0),
                r.search.limits, "this attractor continuation");
}

std::vector<AttractorColumn> computeAttractorColumns(const Model& model,
                                                     const AttractorContinuationRequest& r, int i0, int i1,
                                                     Progress* progress)
{
    validateAttractorContinuation(model, r);
    const int p = resolveAxis(model, r.axis, r.search.limits, kField + " parameter");
    if (i0 < 0 || i1 < i0 || i1 > r.axis.count)
        throw InputError(ND_ENGINE_TEXT("%1: columns [%2, %3) are not in the axis of %4 values"),
                         {kField, std::to_string(i0), std::to_string(i1), std::to_string(r.axis.count)});
    std::vector<AttractorColumn> out(static_cast<std::size_t>(i1 - i0));
    const int threads = r.search.threads > 0 ? r.search.threads : defaultThreadCount();
    // Many columns: one per worker, each searched on one thread; few: each searched on all. The
    // result is the same either way (findAttractors does not depend on the thread count).
    const bool perColumn = i1 - i0 >= threads;
    AttractorRequest search = r.search;
    if (perColumn)
        search.threads = 1;
    const auto column = [&](std::size_t k, Progress* pr) {
        const int j = i0 + static_cast<int>(k);
        const std::unique_ptr<Model> m = modelAt(model, p, r.axis.value(j));
        out[k].index = j;
        out[k].parameter = r.axis.value(j);
        out[k].result = findAttractors(*m, search, pr);
    };
    if (perColumn) {
        // The columns' own progress would make the bar jump between them: they only learn of a
        // cancel, the bar counts finished columns (parallelFor).
        CancelOnly cancelOnly(progress);
        parallelFor(
            out.size(), threads, [&](std::size_t k) { column(k, &cancelOnly); }, progress);
    } else {
        for (std::size_t k = 0; k < out.size(); ++k) {
            ProgressSpan span(progress, static_cast<double>(k) / static_cast<double>(out.size()),
                              static_cast<double>(k + 1) / static_cast<double>(out.size()));
            column(k, &span);
        }
    }
    for (AttractorColumn& c : out)
        if (c.result.stateCount == 0)
            c.result.canceled = true;
    return out;
}

AttractorContinuation mergeAttractorColumns(const Model& model, const AttractorContinuationRequest& r,
                                            std::vector<AttractorColumn> columns, Progress* progress)
{
    validateAttractorContinuation(model, r);
    const int p = resolveAxis(model, r.axis, r.search.limits, kField + " parameter");
    const int m = r.axis.count;
    if (static_cast<int>(columns.size()) != m)
        throw InputError(ND_ENGINE_TEXT("%1: %2 columns for an axis of %3 values"),
                         {kField, std::to_string(columns.size()), std::to_string(m)});
    std::sort(columns.begin(), columns.end(),
              [](const AttractorColumn& a, const AttractorColumn& b) { return a.index < b.index; });
    const int n = model.dimension();
    AttractorContinuation res;
    for (int j = 0; j < m; ++j) {
        if (columns[static_cast<std::size_t>(j)].index != j)
            throw InputError(ND_ENGINE_TEXT("%1: %2 columns for an axis of %3 values"),
                             {kField, std::to_string(columns.size()), std::to_string(m)});
        // Columns may come from files (tiles of other processes): check their shape.
        const AttractorResult& col = columns[static_cast<std::size_t>(j)].result;
        const std::string where = kField + " column " + std::to_string(j);
        bool good = col.cellSize.size() == static_cast<std::size_t>(n) &&
                    std::all_of(col.cellSize.begin(), col.cellSize.end(),
                                [](double h) { return h > 0.0 && std::isfinite(h); });
        for (std::size_t a = 0; good && a < col.attractors.size(); ++a) {
            const Attractor& at = col.attractors[a];
            good = at.orbit.size() >= static_cast<std::size_t>(n) &&
                   at.orbit.size() % static_cast<std::size_t>(n) == 0 && !at.cells.empty() &&
                   at.cells.size() % static_cast<std::size_t>(n) == 0 &&
                   at.boxMin.size() == static_cast<std::size_t>(n) &&
                   at.boxMax.size() == static_cast<std::size_t>(n) &&
                   std::all_of(at.orbit.begin(), at.orbit.end(), [](double v) { return std::isfinite(v); });
        }
        if (!good)
            throw InputError(ND_ENGINE_TEXT("%1: outcome %2 is malformed"), {where, std::to_string(j)});
        res.parameterValues.push_back(r.axis.value(j));
        res.canceled = res.canceled || columns[static_cast<std::size_t>(j)].result.canceled;
    }

    // Normalisation of the distance: the extent of the cells of every attractor of every value
    // along each coordinate (a coordinate without extent takes the largest; none at all: 1).
    std::vector<double> scale(static_cast<std::size_t>(n), 0.0);
    {
        std::vector<double> lo(static_cast<std::size_t>(n), std::numeric_limits<double>::infinity());
        std::vector<double> hi(static_cast<std::size_t>(n), -std::numeric_limits<double>::infinity());
        for (const AttractorColumn& c : columns)
            for (const Attractor& a : c.result.attractors) {
                const std::vector<double> centres =
                    cellCentres(a.cells, c.result.cellSize, n, std::numeric_limits<int>::max());
                for (std::size_t k = 0; k < centres.size(); ++k) {
                    const std::size_t i = k % static_cast<std::size_t>(n);
                    lo[i] = std::min(lo[i], centres[k]);
                    hi[i] = std::max(hi[i], centres[k]);
                }
            }
        double largest = 0.0;
        for (int i = 0; i < n; ++i) {
            scale[static_cast<std::size_t>(i)] =
                hi[static_cast<std::size_t>(i)] > lo[static_cast<std::size_t>(i)]
                    ? hi[static_cast<std::size_t>(i)] - lo[static_cast<std::size_t>(i)]
                    : 0.0;
            largest = std::max(largest, scale[static_cast<std::size_t>(i)]);
        }
        for (double& s : scale)
            if (!(s > 1e-9 * largest))
                s = largest > 0.0 ? largest : 1.0;
    }

    // The walk over the values: seeding, then matching.
    struct Alive {
        int id;
        int local; // in the previous column
    };
    std::vector<Alive> alive;
    for (int j = 0; j < m && !res.canceled; ++j) {
        if (progress) {
            if (progress->isCanceled()) {
                res.canceled = true;
                break;
            }
            progress->setProgress(0.5 * static_cast<double>(j) / m);
        }
        AttractorResult& col = columns[static_cast<std::size_t>(j)].result;
        const std::unique_ptr<Model> mj = modelAt(model, p, r.axis.value(j));
        if (j > 0 && !alive.empty()) {
            const AttractorResult& prev = res.columns.back();
            Registry registry(n);
            for (std::size_t a = 0; a < col.attractors.size(); ++a)
                registry.add(static_cast<int>(a), col.attractors[a].cells);
            Walker w(*mj, r.search, col.cellSize);
            for (const Alive& g : alive) {
                const Attractor& from = prev.attractors[static_cast<std::size_t>(g.local)];
                AttractorOutcome o = w.follow(lastState(from.orbit, n), &registry, progress);
                if (o.state != kAttractorNew)
                    continue;
                std::vector<const std::vector<double>*> orbits;
                for (const Attractor& a : col.attractors)
                    orbits.push_back(&a.orbit);
                if (joinedAttractor(registry, orbits, o, n, col.cellSize) >= 0)
                    continue;
                Attractor a;
                a.orbit = std::move(o.orbit);
                a.cells = std::move(o.cells);
                a.seededOnly = true;
                classify(*mj, r.search, a);
                a.id = static_cast<int>(col.attractors.size());
                registry.add(a.id, a.cells);
                col.attractors.push_back(std::move(a));
            }
        }
        // Greedy matching, closest pairs first (ties: smaller global id, then smaller local id).
        std::vector<int> global(col.attractors.size(), -1);
        std::vector<Alive> next;
        if (j > 0) {
            const AttractorResult& prev = res.columns.back();
            std::vector<Shape> before, here;
            for (const Alive& g : alive) {
                const Attractor& a = prev.attractors[static_cast<std::size_t>(g.local)];
                before.push_back(shapeOf(a.cells, prev.cellSize, a.orbit, n, r.matchPoints));
            }
            for (const Attractor& a : col.attractors)
                here.push_back(shapeOf(a.cells, col.cellSize, a.orbit, n, r.matchPoints));
            // Stage 1 takes the pairs within matchDistance; stage 2 tries those within the bridge's
            // reach that stage 1 left, again closest first.
            std::vector<std::tuple<double, int, int, std::size_t>> pairs, far;
            for (std::size_t g = 0; g < alive.size(); ++g)
                for (std::size_t a = 0; a < col.attractors.size(); ++a) {
                    const double d = distance(before[g], here[a], n, scale);
                    if (d <= r.matchDistance)
                        pairs.emplace_back(d, alive[g].id, static_cast<int>(a), g);
                    else if (r.bridgeDepth > 0 && d <= kBridgeReach * r.matchDistance)
                        far.emplace_back(d, alive[g].id, static_cast<int>(a), g);
                }
            std::sort(pairs.begin(), pairs.end());
            std::sort(far.begin(), far.end());
            std::vector<bool> taken(alive.size(), false);
            for (const auto& [d, id, a, g] : pairs) {
                if (taken[g] || global[static_cast<std::size_t>(a)] >= 0)
                    continue;
                taken[g] = true;
                global[static_cast<std::size_t>(a)] = id;
            }
            for (const auto& [d, id, a, g] : far) {
                if (taken[g] || global[static_cast<std::size_t>(a)] >= 0)
                    continue;
                if (!bridges(model, p, r, prev.cellSize, scale, before[g], r.axis.value(j - 1),
                             here[static_cast<std::size_t>(a)], r.axis.value(j), r.bridgeDepth, progress))
                    continue;
                taken[g] = true;
                global[static_cast<std::size_t>(a)] = id;
            }
        }
        for (std::size_t a = 0; a < col.attractors.size(); ++a) {
            if (global[a] < 0) {
                ContinuedAttractor c;
                c.id = static_cast<int>(res.attractors.size());
                c.firstColumn = j;
                res.attractors.push_back(c);
                global[a] = c.id;
            }
            ContinuedAttractor& c = res.attractors[static_cast<std::size_t>(global[a])];
            c.lastColumn = j;
            c.local.push_back(static_cast<int>(a));
            next.push_back({global[a], static_cast<int>(a)});
        }
        std::sort(next.begin(), next.end(), [](const Alive& a, const Alive& b) { return a.id < b.id; });
        alive = std::move(next);
        res.globalIds.push_back(std::move(global));
        res.columns.push_back(std::move(col));
    }
    if (res.canceled)
        return res;

    // Births and deaths: the axis ends, or the bisection between the two values around them.
    ProgressSpan bisection(progress, 0.5, 1.0);
    const bool done = parallelFor(
        res.attractors.size(), r.search.threads,
        [&](std::size_t g) {
            ContinuedAttractor& c = res.attractors[g];
            c.existsFrom = c.fromLow = res.parameterValues[static_cast<std::size_t>(c.firstColumn)];
            c.existsTo = c.toHigh = res.parameterValues[static_cast<std::size_t>(c.lastColumn)];
            if (!(r.tolerance > 0.0))
                return;
            const auto bisect = [&](int present, int absent, double& presentEnd, double& absentEnd) {
                const int local = c.local[static_cast<std::size_t>(present - c.firstColumn)];
                const AttractorResult& col = res.columns[static_cast<std::size_t>(present)];
                const Attractor& a = col.attractors[static_cast<std::size_t>(local)];
                std::vector<double> seed = lastState(a.orbit, n);
                std::vector<double> reference =
                    cellCentres(a.cells, col.cellSize, n, std::numeric_limits<int>::max());
                double in = res.parameterValues[static_cast<std::size_t>(present)];
                double out = res.parameterValues[static_cast<std::size_t>(absent)];
                while (std::fabs(out - in) > r.tolerance) {
                    if (progress && progress->isCanceled())
                        return;
                    const double mid = 0.5 * (in + out);
                    const std::unique_ptr<Model> mm = modelAt(model, p, mid);
                    if (existsNear(*mm, r, col.cellSize, seed, reference, scale, progress))
                        in = mid;
                    else
                        out = mid;
                }
                presentEnd = in;
                absentEnd = out;
            };
            if (c.firstColumn > 0)
                bisect(c.firstColumn, c.firstColumn - 1, c.existsFrom, c.fromLow);
            if (c.lastColumn < m - 1)
                bisect(c.lastColumn, c.lastColumn + 1, c.existsTo, c.toHigh);
        },
        &bisection);
    res.canceled = !done || (progress && progress->isCanceled());
    return res;
}

AttractorContinuation continueAttractors(const Model& model, const AttractorContinuationRequest& r,
                                         Progress* progress)
{
    ProgressSpan columns(progress, 0.0, 0.8), merge(progress, 0.8, 1.0);
    return mergeAttractorColumns(model, r, computeAttractorColumns(model, r, 0, r.axis.count, &columns),
                                 &merge);
}

} // namespace nd
