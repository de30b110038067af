// Finding attractors by recurrences (attractors.h): validation, the initial states and the three
// stages (scouting, outcomes, assembly). The cells and the walk of one orbit are in
// attractorwalk.cpp, classification and distances in attractorclassify.cpp.
#include "analysis/attractors.h"

#include "analysis/attractorwalk.h"
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

using namespace attractor_detail;

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
