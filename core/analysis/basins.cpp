#include "analysis/basins.h"

#include "analysis/period.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <sstream>

namespace nd {

namespace {

struct Fingerprint {
    int period = 0;
    std::vector<double> points; // periodic: cycle from its lexicographically smallest point
    std::size_t cell = 0;       // the grid cell (row-major index) it was taken from
};

void validateAxis(const Model& model, const BasinAxis& a, const ResourceLimits& limits, const std::string& f)
{
    if (a.variable < 0 || a.variable >= model.dimension())
        throw InputError(f + ": state variable index " + std::to_string(a.variable) + " does not exist");
    if (a.count < 1 || a.count > limits.maxColumns)
        throw InputError(f + ": the number of grid points must be in [1, " +
                         std::to_string(limits.maxColumns) + "]");
    requireFinite(a.from, f + " start");
    requireFinite(a.to, f + " end");
    if (a.count > 1 && a.from == a.to)
        throw InputError(f + ": the range is empty");
}

class BasinJob {
public:
    BasinJob(const Model& model, const BasinRequest& r) : m_r(r), m_n(model.dimension()) {}

    // Iterates the cell with row-major index `index` from x and returns its provisional label.
    int cell(Stepper& stepper, std::vector<double> x, std::size_t index, const Progress* cancel,
             bool& canceled)
    {
        std::vector<double> next(static_cast<std::size_t>(m_n));
        std::vector<double> rec(static_cast<std::size_t>(m_r.window * m_n));
        const long total = m_r.transient + m_r.window;
        for (long s = 0; s < total; ++s) {
            if (s >= m_r.transient)
                std::copy(x.begin(), x.end(), rec.begin() + (s - m_r.transient) * m_n);
            stepper.step(x.data(), next.data());
            if (outOfBound(next.data(), m_n, m_r.escapeBound))
                return kBasinEscaped;
            x.swap(next);
            if ((s & 0x3fff) == 0x3fff && cancel && cancel->isCanceled()) {
                canceled = true;
                return kBasinNotComputed;
            }
        }
        const PeriodResult pr = detectPeriod(rec, m_n, m_r.maxPeriod, m_r.periodTolerance);
        Fingerprint fp;
        fp.cell = index;
        if (pr.kind == PeriodResult::Kind::Periodic) {
            fp.period = pr.period;
            int start = 0;
            for (int k = 1; k < pr.period; ++k)
                if (std::lexicographical_compare(rec.begin() + k * m_n, rec.begin() + (k + 1) * m_n,
                                                 rec.begin() + start * m_n, rec.begin() + (start + 1) * m_n))
                    start = k;
            for (int k = 0; k < pr.period; ++k)
                for (int i = 0; i < m_n; ++i)
                    fp.points.push_back(rec[static_cast<std::size_t>(((start + k) % pr.period) * m_n + i)]);
        } else {
            fp.points.assign(static_cast<std::size_t>(2 * m_n), 0.0);
            for (long s = 0; s < m_r.window; ++s)
                for (int i = 0; i < m_n; ++i)
                    fp.points[static_cast<std::size_t>(i)] += rec[static_cast<std::size_t>(s * m_n + i)];
            for (int i = 0; i < m_n; ++i)
                fp.points[static_cast<std::size_t>(i)] /= static_cast<double>(m_r.window);
            for (long s = 0; s < m_r.window; ++s)
                for (int i = 0; i < m_n; ++i) {
                    const double d =
                        rec[static_cast<std::size_t>(s * m_n + i)] - fp.points[static_cast<std::size_t>(i)];
                    fp.points[static_cast<std::size_t>(m_n + i)] += d * d;
                }
            for (int i = 0; i < m_n; ++i)
                fp.points[static_cast<std::size_t>(m_n + i)] =
                    std::sqrt(fp.points[static_cast<std::size_t>(m_n + i)] / static_cast<double>(m_r.window));
        }
        return registerFingerprint(std::move(fp));
    }

    std::vector<Fingerprint> registry() const { return m_registry; }

private:
    bool same(const Fingerprint& a, const Fingerprint& b) const
    {
        if (a.period != b.period)
            return false;
        if (a.period > 0) {
            // Every point of a has a partner in b (the cycles start at the same canonical
            // point, but rounding may pick a different start, so compare as sets).
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

    // An attractor is represented by the fingerprint of the first cell (in row-major order)
    // that reached it, whatever thread got there first: its points, the description and the
    // final label order then do not depend on thread timing.
    int registerFingerprint(Fingerprint fp)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (std::size_t i = 0; i < m_registry.size(); ++i)
            if (same(m_registry[i], fp)) {
                if (fp.cell < m_registry[i].cell)
                    m_registry[i] = std::move(fp);
                return static_cast<int>(i);
            }
        m_registry.push_back(std::move(fp));
        return static_cast<int>(m_registry.size() - 1);
    }

    const BasinRequest& m_r;
    int m_n;
    std::mutex m_mutex;
    std::vector<Fingerprint> m_registry;
};

std::string describe(const Fingerprint& f, int n)
{
    std::ostringstream os;
    os.precision(6);
    if (f.period > 0) {
        os << "period " << f.period << " through (";
        for (int i = 0; i < n; ++i)
            os << (i ? ", " : "") << f.points[static_cast<std::size_t>(i)];
        os << ")";
    } else {
        os << "aperiodic, mean (";
        for (int i = 0; i < n; ++i)
            os << (i ? ", " : "") << f.points[static_cast<std::size_t>(i)];
        os << ")";
    }
    return os.str();
}

} // namespace

BasinResult computeBasins(const Model& model, const BasinRequest& r, Progress* progress,
                          const BasinTileCallback& onTile)
{
    const std::string f = "basins";
    validateAxis(model, r.x, r.limits, f + " x axis");
    validateAxis(model, r.y, r.limits, f + " y axis");
    if (r.x.variable == r.y.variable)
        throw InputError(f + ": the two axes use the same state variable");
    if (r.transient < 0)
        throw InputError(f + ": the transient must be >= 0");
    if (r.maxPeriod < 1)
        throw InputError(f + ": the largest period must be >= 1");
    if (r.window < 2L * r.maxPeriod || r.window > 10'000'000L)
        throw InputError(f + ": the fingerprint window must be at least twice the largest period (and sane)");
    if (!(r.periodTolerance > 0) || !(r.matchTolerance > 0) || !(r.aperiodicTolerance > 0))
        throw InputError(f + ": tolerances must be positive");
    if (!(r.escapeBound > 0.0))
        throw InputError(f + ": the escape bound must be positive");
    if (r.tileSize < 1)
        throw InputError(f + ": the tile size must be >= 1");
    validateStep(model, r.dt, f);
    const std::vector<double> base = initialStateFor(model, r.base, f + " base state");
    const double cells = static_cast<double>(r.x.count) * r.y.count;
    checkMemory(cells * 2.0 * sizeof(int) + r.window * model.dimension() * 8.0 * 16, r.limits,
                "this basin grid");

    BasinResult res;
    res.nx = r.x.count;
    res.ny = r.y.count;
    for (int i = 0; i < res.nx; ++i)
        res.xValues.push_back(r.x.value(i));
    for (int j = 0; j < res.ny; ++j)
        res.yValues.push_back(r.y.value(j));
    res.labels.assign(static_cast<std::size_t>(cells), kBasinNotComputed);

    BasinJob job(model, r);
    const auto xt = makeTiles(res.nx, r.tileSize), yt = makeTiles(res.ny, r.tileSize);
    std::mutex deliverMutex;
    const bool done = parallelFor(
        xt.size() * yt.size(), r.threads,
        [&](std::size_t t) {
            const TileRange tx = xt[t % xt.size()], ty = yt[t / xt.size()];
            Stepper stepper(model, r.dt);
            BasinTile tile{tx.begin, tx.end, ty.begin, ty.end, {}};
            for (int j = ty.begin; j < ty.end; ++j)
                for (int i = tx.begin; i < tx.end; ++i) {
                    std::vector<double> x = base;
                    x[static_cast<std::size_t>(r.x.variable)] = res.xValues[static_cast<std::size_t>(i)];
                    x[static_cast<std::size_t>(r.y.variable)] = res.yValues[static_cast<std::size_t>(j)];
                    bool canceled = false;
                    const std::size_t index = static_cast<std::size_t>(j) * static_cast<std::size_t>(res.nx) +
                                              static_cast<std::size_t>(i);
                    tile.labels.push_back(job.cell(stepper, std::move(x), index, progress, canceled));
                    if (canceled)
                        return;
                }
            std::size_t k = 0;
            for (int j = ty.begin; j < ty.end; ++j)
                for (int i = tx.begin; i < tx.end; ++i)
                    res.labels[static_cast<std::size_t>(j) * static_cast<std::size_t>(res.nx) +
                               static_cast<std::size_t>(i)] = tile.labels[k++];
            if (onTile) {
                std::lock_guard<std::mutex> lock(deliverMutex);
                onTile(tile);
            }
        },
        progress);
    res.canceled = !done || (progress && progress->isCanceled());

    // Canonical relabelling: periodic attractors by period then points, aperiodic ones last.
    const auto reg = job.registry();
    std::vector<int> order(reg.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto& fa = reg[static_cast<std::size_t>(a)];
        const auto& fb = reg[static_cast<std::size_t>(b)];
        const int pa = fa.period == 0 ? 1 << 30 : fa.period, pb = fb.period == 0 ? 1 << 30 : fb.period;
        if (pa != pb)
            return pa < pb;
        return fa.points < fb.points;
    });
    std::vector<int> newLabel(reg.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        newLabel[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
    res.attractors.resize(reg.size());
    long computed = 0;
    for (int& l : res.labels) {
        if (l >= 0) {
            l = newLabel[static_cast<std::size_t>(l)];
            ++res.attractors[static_cast<std::size_t>(l)].cells;
        } else if (l == kBasinEscaped) {
            ++res.escapedCells;
        }
        if (l != kBasinNotComputed)
            ++computed;
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto& fp = reg[static_cast<std::size_t>(order[k])];
        BasinAttractor& a = res.attractors[k];
        a.label = static_cast<int>(k);
        a.period = fp.period;
        a.points = fp.points;
        a.description = describe(fp, model.dimension());
        a.fraction = computed > 0 ? static_cast<double>(a.cells) / static_cast<double>(computed) : 0.0;
    }
    res.escapedFraction =
        computed > 0 ? static_cast<double>(res.escapedCells) / static_cast<double>(computed) : 0.0;
    return res;
}

} // namespace nd
