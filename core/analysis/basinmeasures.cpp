// Basin entropy, the uncertainty exponent and the Wada grid test (basinmeasures.h).
#include "analysis/basinmeasures.h"

#include "analysis/basinregistry.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <string>

namespace nd {

namespace {

void validateGrid(const BasinGrid& g, const char* what)
{
    if (g.x.count < 1 || g.y.count < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the grid has no cells"), {what});
    if (g.labels.size() != static_cast<std::size_t>(g.x.count) * static_cast<std::size_t>(g.y.count))
        throw InputError(ND_ENGINE_TEXT("%1: %2 labels do not fill a grid of %3 x %4 cells"),
                         {what, std::to_string(g.labels.size()), std::to_string(g.x.count),
                          std::to_string(g.y.count)});
}

// The distinct computed labels of the grid.
std::vector<int> distinctLabels(std::span<const int> labels)
{
    std::vector<int> out;
    for (int l : labels)
        if (l != kBasinNotComputed && std::find(out.begin(), out.end(), l) == out.end())
            out.push_back(l);
    std::sort(out.begin(), out.end());
    return out;
}

void addLabel(std::vector<int>& seen, int label)
{
    if (label != kBasinNotComputed && std::find(seen.begin(), seen.end(), label) == seen.end())
        seen.push_back(label);
}

// splitmix64: a portable stream of uniform 64-bit numbers (std:: distributions differ between
// standard libraries, and the sample points must not).
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
};

} // namespace

BasinClassifier basinClassifier(const Model& model, const BasinRequest& request, const BasinResult& result)
{
    validateBasinRequest(model, request);
    // One registry per attractor, holding it alone: matching against it never registers, and
    // two attractors that would match each other keep their own labels.
    struct Shared {
        std::unique_ptr<Model> model;
        BasinRequest request;
        std::vector<BasinRegistry> attractors;
        std::vector<int> labels;
        int other = 0;
    };
    auto shared = std::make_shared<Shared>();
    shared->model = model.clone();
    shared->request = request;
    std::vector<const BasinAttractor*> sorted;
    for (const BasinAttractor& a : result.attractors)
        sorted.push_back(&a);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->label < b->label; });
    shared->attractors.reserve(sorted.size());
    for (const BasinAttractor* a : sorted) {
        shared->attractors.emplace_back(shared->request, model.dimension());
        shared->attractors.back().add({kBasinSettled, a->period, a->points});
        shared->labels.push_back(a->label);
        shared->other = std::max(shared->other, a->label + 1);
    }
    return [shared](double x, double y) {
        const BasinCellOutcome o = basinCellOutcome(*shared->model, shared->request, x, y);
        if (o.state != kBasinSettled)
            return o.state;
        for (std::size_t k = 0; k < shared->attractors.size(); ++k)
            if (shared->attractors[k].match(o) == 0)
                return shared->labels[k];
        return shared->other;
    };
}

BasinEntropyReport basinEntropy(const BasinGrid& grid, int boxSize)
{
    validateGrid(grid, "basin entropy");
    if (boxSize < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the box size must be >= 1 cell"), {"basin entropy"});
    if (boxSize > grid.x.count || boxSize > grid.y.count)
        throw InputError(ND_ENGINE_TEXT("%1: boxes of %2 cells do not fit in a grid of %3 x %4 cells"),
                         {"basin entropy", std::to_string(boxSize), std::to_string(grid.x.count),
                          std::to_string(grid.y.count)});
    BasinEntropyReport r;
    r.boxSize = boxSize;
    r.outcomes = static_cast<int>(distinctLabels(grid.labels).size());
    const int bx = grid.x.count / boxSize, by = grid.y.count / boxSize;
    std::vector<std::pair<int, long>> counts; // (label, cells) of one box
    double sum = 0.0;
    for (int j = 0; j < by; ++j)
        for (int i = 0; i < bx; ++i) {
            counts.clear();
            long total = 0;
            for (int y = j * boxSize; y < (j + 1) * boxSize; ++y)
                for (int x = i * boxSize; x < (i + 1) * boxSize; ++x) {
                    const int l = grid.labels[static_cast<std::size_t>(y) * grid.x.count + x];
                    if (l == kBasinNotComputed)
                        continue;
                    ++total;
                    auto it = std::find_if(counts.begin(), counts.end(), [l](const auto& c) { return c.first == l; });
                    if (it == counts.end())
                        counts.emplace_back(l, 1);
                    else
                        ++it->second;
                }
            if (total == 0)
                continue;
            ++r.boxes;
            if (counts.size() < 2)
                continue; // entropy 0
            ++r.boundaryBoxes;
            double s = 0.0;
            for (const auto& c : counts) {
                const double p = static_cast<double>(c.second) / static_cast<double>(total);
                s -= p * std::log(p);
            }
            sum += s;
        }
    r.basinEntropy = r.boxes > 0 ? sum / static_cast<double>(r.boxes) : 0.0;
    r.boundaryBasinEntropy = r.boundaryBoxes > 0 ? sum / static_cast<double>(r.boundaryBoxes) : 0.0;
    r.fractalByLn2 = r.boundaryBasinEntropy > std::numbers::ln2;
    return r;
}

UncertaintyReport uncertaintyExponent(const BasinAxis& x, const BasinAxis& y, const BasinClassifier& classify,
                                      const UncertaintyOptions& o, Progress* progress)
{
    const std::string f = "uncertainty exponent";
    if (!classify)
        throw InputError(ND_ENGINE_TEXT("%1: no classifier to evaluate perturbed points"), {f});
    if (!(x.to != x.from) || !(y.to != y.from) || !std::isfinite(x.to - x.from) || !std::isfinite(y.to - y.from))
        throw InputError(ND_ENGINE_TEXT("%1: the range is empty"), {f});
    if (o.samples < 1 || o.samples > 100'000'000L)
        throw InputError(ND_ENGINE_TEXT("%1: the number of samples must be in [1, %2]"), {f, "100000000"});
    std::vector<double> eps = o.epsilons;
    std::sort(eps.begin(), eps.end());
    eps.erase(std::unique(eps.begin(), eps.end()), eps.end());
    if (eps.size() < 2)
        throw InputError(ND_ENGINE_TEXT("%1: at least two different perturbation sizes are needed"), {f});
    for (double e : eps)
        if (!(e > 0.0) || !(e < 0.5))
            throw InputError(ND_ENGINE_TEXT("%1: perturbation sizes must be in (0, 0.5) of the axis range (got %2)"),
                             {f, streamNumber(e)});

    const double wx = x.to - x.from, wy = y.to - y.from;
    const std::size_t ne = eps.size(), n = static_cast<std::size_t>(o.samples);
    // Per sample: 0 unused (centre not computed), else 1 + a bit per uncertain eps.
    std::vector<std::uint64_t> flags(n, 0);
    constexpr std::size_t kChunk = 64;
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    SplitMix seedStream{o.seed};
    const std::uint64_t base = seedStream.next();
    const bool done = parallelFor(
        chunks, o.threads,
        [&](std::size_t c) {
            for (std::size_t s = c * kChunk; s < std::min(n, (c + 1) * kChunk); ++s) {
                // Each sample has its own stream, so the points do not depend on the chunking.
                SplitMix rng{base ^ (0xD1B54A32D192ED03ull * (s + 1))};
                const double px = x.from + wx * rng.uniform(), py = y.from + wy * rng.uniform();
                const int centre = classify(px, py);
                if (centre == kBasinNotComputed)
                    continue;
                std::uint64_t bits = 1;
                for (std::size_t e = 0; e < ne; ++e) {
                    const double dx = eps[e] * wx, dy = eps[e] * wy;
                    const double pts[4][2] = {{px + dx, py}, {px - dx, py}, {px, py + dy}, {px, py - dy}};
                    for (const auto& p : pts) {
                        const int l = classify(p[0], p[1]);
                        if (l != kBasinNotComputed && l != centre) {
                            bits |= std::uint64_t{2} << e;
                            break;
                        }
                    }
                }
                flags[s] = bits;
            }
            if (progress && c % 16 == 0)
                progress->setProgress(static_cast<double>(c) / static_cast<double>(chunks));
        },
        progress);

    UncertaintyReport r;
    r.epsilons = eps;
    r.canceled = !done;
    r.uncertain.assign(ne, 0);
    for (std::uint64_t b : flags) {
        if (b == 0)
            continue;
        ++r.samples;
        for (std::size_t e = 0; e < ne; ++e)
            if (b & (std::uint64_t{2} << e))
                ++r.uncertain[e];
    }
    r.fractions.assign(ne, 0.0);
    std::vector<double> lx, ly;
    for (std::size_t e = 0; e < ne; ++e) {
        r.fractions[e] = r.samples > 0 ? static_cast<double>(r.uncertain[e]) / static_cast<double>(r.samples) : 0.0;
        if (r.uncertain[e] > 0) {
            lx.push_back(std::log(eps[e]));
            ly.push_back(std::log(r.fractions[e]));
        }
    }
    if (lx.size() >= 2) {
        r.fit = fitReport(lx, ly);
        r.exponent = r.fit.slope;
        r.exponentError = r.fit.slopeStdErr;
        r.fitted = true;
    }
    return r;
}

WadaReport wadaTest(const BasinGrid& grid, const BasinClassifier& classify, const WadaOptions& o,
                    Progress* progress)
{
    const std::string f = "wada test";
    validateGrid(grid, "wada test");
    if (!classify)
        throw InputError(ND_ENGINE_TEXT("%1: no classifier to evaluate perturbed points"), {f});
    if (o.maxRefinement < 0 || o.maxRefinement > 20)
        throw InputError(ND_ENGINE_TEXT("%1: the refinement cap must be in [0, 20] levels"), {f});
    const int nx = grid.x.count, ny = grid.y.count;
    auto label = [&](int i, int j) { return grid.labels[static_cast<std::size_t>(j) * nx + i]; };

    WadaReport r;
    r.outcomes = static_cast<int>(distinctLabels(grid.labels).size());
    r.applicable = r.outcomes >= 3;
    r.seen.assign(static_cast<std::size_t>(std::max(r.outcomes, 1)), 0);

    // Boundary cells, and the labels each sees on the grid.
    std::vector<int> cells; // row-major cell index
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            if (label(i, j) == kBasinNotComputed)
                continue;
            bool boundary = false;
            for (int dj = -1; dj <= 1 && !boundary; ++dj)
                for (int di = -1; di <= 1; ++di) {
                    const int a = i + di, b = j + dj;
                    if (a < 0 || b < 0 || a >= nx || b >= ny || label(a, b) == kBasinNotComputed)
                        continue;
                    if (label(a, b) != label(i, j)) {
                        boundary = true;
                        break;
                    }
                }
            if (boundary)
                cells.push_back(j * nx + i);
        }
    r.boundaryCells = static_cast<long>(cells.size());

    // Per boundary cell: labels seen, deepest level used, classifier calls.
    std::vector<int> seenCount(cells.size(), 0), levels(cells.size(), 0);
    std::vector<long> calls(cells.size(), 0);
    const int want = r.outcomes;
    constexpr std::size_t kChunk = 32;
    const std::size_t chunks = (cells.size() + kChunk - 1) / kChunk;
    const bool done = parallelFor(
        chunks, o.threads,
        [&](std::size_t c) {
            std::vector<int> seen;
            for (std::size_t k = c * kChunk; k < std::min(cells.size(), (c + 1) * kChunk); ++k) {
                const int i = cells[k] % nx, j = cells[k] / nx;
                seen.clear();
                for (int dj = -1; dj <= 1; ++dj)
                    for (int di = -1; di <= 1; ++di)
                        if (i + di >= 0 && j + dj >= 0 && i + di < nx && j + dj < ny)
                            addLabel(seen, label(i + di, j + dj));
                int level = 0;
                long n = 0;
                // Refinement only decides something when three or more basins exist.
                if (r.applicable) {
                    const double cx = grid.x.value(i), cy = grid.y.value(j);
                    for (int q = 1; q <= o.maxRefinement && static_cast<int>(seen.size()) < want; ++q) {
                        level = q;
                        const long steps = 1L << q;
                        for (int dj = -1; dj <= 1 && static_cast<int>(seen.size()) < want; ++dj)
                            for (int di = -1; di <= 1 && static_cast<int>(seen.size()) < want; ++di) {
                                if ((di == 0 && dj == 0) || i + di < 0 || j + dj < 0 || i + di >= nx ||
                                    j + dj >= ny)
                                    continue;
                                const double ex = grid.x.value(i + di), ey = grid.y.value(j + dj);
                                // The new points of this level: odd multiples of 1 / 2^q.
                                for (long m = 1; m < steps && static_cast<int>(seen.size()) < want; m += 2) {
                                    const double t = static_cast<double>(m) / static_cast<double>(steps);
                                    addLabel(seen, classify(cx + t * (ex - cx), cy + t * (ey - cy)));
                                    ++n;
                                }
                            }
                    }
                }
                seenCount[k] = static_cast<int>(seen.size());
                levels[k] = level;
                calls[k] = n;
            }
            if (progress && c % 8 == 0)
                progress->setProgress(static_cast<double>(c) / static_cast<double>(std::max<std::size_t>(chunks, 1)));
        },
        progress);
    r.canceled = !done;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const int s = std::clamp(seenCount[k], 1, static_cast<int>(r.seen.size()));
        ++r.seen[static_cast<std::size_t>(s - 1)];
        r.levelsUsed = std::max(r.levelsUsed, levels[k]);
        r.classified += calls[k];
    }
    if (r.applicable && r.boundaryCells > 0)
        r.wadaFraction = static_cast<double>(r.seen.back()) / static_cast<double>(r.boundaryCells);
    return r;
}

} // namespace nd
