#include "analysis/criticalset.h"

#include "analysis/analysiscommon.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace nd {

namespace {
// A determinant as mantissa * 2^exponent: the det J of a network of a hundred nodes is a product
// of a hundred node determinants and easily leaves the range of a double, while its sign must
// survive.
struct ScaledDet {
    double mantissa = 0.0; // 0, or |mantissa| in [0.5, 1) (NaN when the matrix held one)
    int exponent = 0;

    static ScaledDet of(double v)
    {
        ScaledDet d;
        d.mantissa = std::frexp(v, &d.exponent);
        return d;
    }
    ScaledDet operator*(const ScaledDet& o) const
    {
        ScaledDet d = of(mantissa * o.mantissa);
        d.exponent += exponent + o.exponent;
        return d;
    }
    // mantissa * 2^(exponent - shift), the exponent clamped so that a nonzero value stays a
    // finite nonzero double: the grid and the bisection read signs and compare sizes.
    double bounded(int shift = 0) const
    {
        return std::ldexp(mantissa, std::clamp(exponent - shift, -1000, 1000));
    }
    double value() const { return std::ldexp(mantissa, exponent); }
};

// Gaussian elimination with partial pivoting; `a` (n x n, row-major) is scratch.
// Partial pivoting: the row at or below c with the largest |a(r, c)| (n x n, row-major).
std::size_t pivotRow(const double* a, std::size_t n, std::size_t c)
{
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
        if (std::fabs(a[r * n + c]) > std::fabs(a[pivot * n + c]))
            pivot = r;
    return pivot;
}

ScaledDet luDeterminant(double* a, std::size_t n)
{
    if (n == 1)
        return ScaledDet::of(a[0]);
    if (n == 2)
        return ScaledDet::of(a[0] * a[3] - a[1] * a[2]);
    ScaledDet det = ScaledDet::of(1.0);
    for (std::size_t c = 0; c < n; ++c) {
        const std::size_t pivot = pivotRow(a, n, c);
        if (a[pivot * n + c] == 0.0)
            return {};
        if (pivot != c) {
            for (std::size_t k = 0; k < n; ++k)
                std::swap(a[c * n + k], a[pivot * n + k]);
            det.mantissa = -det.mantissa;
        }
        const double d = a[c * n + c];
        det = det * ScaledDet::of(d);
        for (std::size_t r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / d;
            if (f != 0.0)
                for (std::size_t k = c; k < n; ++k)
                    a[r * n + k] -= f * a[c * n + k];
        }
    }
    return det;
}

// Below this size the full LU costs about as much as the update's bookkeeping.
constexpr std::size_t kMinUpdateDimension = 8;
// Above this 1-norm condition number of J0 the update's k x k matrix would lose too many digits
// (its entries carry J0^-1's error), and the slice uses the full LU.
constexpr double kMaxBaseCondition = 1e6;

// What the determinant lemma needs of one slice, computed once and shared read-only by the
// workers: J0 at the best-conditioned of a few base points of the slice, and J0^-1 stored
// transposed (row r holds column r of J0^-1, the column a change of row r multiplies).
struct SliceBase {
    bool update = false;
    std::vector<double> j0, inverseT;
    ScaledDet det0;
};

// J0^-1 by Gauss-Jordan with partial pivoting (transposed into `inverseT`), with det J0 and
// the 1-norm condition number; false when J0 is singular or not finite.
bool invert(std::vector<double> a, std::size_t n, std::vector<double>& inverseT, ScaledDet& det,
            double& condition)
{
    double normA = 0.0;
    for (std::size_t c = 0; c < n; ++c) {
        double col = 0.0;
        for (std::size_t r = 0; r < n; ++r)
            col += std::fabs(a[r * n + c]);
        normA = std::max(normA, col);
    }
    if (!std::isfinite(normA))
        return false;
    std::vector<double> inv(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        inv[i * n + i] = 1.0;
    det = ScaledDet::of(1.0);
    for (std::size_t c = 0; c < n; ++c) {
        const std::size_t pivot = pivotRow(a.data(), n, c);
        if (a[pivot * n + c] == 0.0)
            return false;
        if (pivot != c) {
            for (std::size_t k = 0; k < n; ++k) {
                std::swap(a[c * n + k], a[pivot * n + k]);
                std::swap(inv[c * n + k], inv[pivot * n + k]);
            }
            det.mantissa = -det.mantissa;
        }
        const double d = a[c * n + c];
        det = det * ScaledDet::of(d);
        for (std::size_t k = 0; k < n; ++k) {
            a[c * n + k] /= d;
            inv[c * n + k] /= d;
        }
        for (std::size_t r = 0; r < n; ++r) {
            const double f = a[r * n + c];
            if (r == c || f == 0.0)
                continue;
            for (std::size_t k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            for (std::size_t k = 0; k < n; ++k)
                inv[r * n + k] -= f * inv[c * n + k];
        }
    }
    double normInv = 0.0;
    inverseT.assign(n * n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        double col = 0.0;
        for (std::size_t r = 0; r < n; ++r) {
            col += std::fabs(inv[r * n + c]);
            inverseT[c * n + r] = inv[r * n + c];
        }
        normInv = std::max(normInv, col);
    }
    condition = normA * normInv;
    return std::isfinite(condition);
}

// det J of the full map at a point given by its slice coordinates: the slice's axes take the
// coordinates, every other variable keeps the slice state's value. Owns its buffers, so one
// object serves one slice in one thread; the base is shared.
class SliceDeterminant {
public:
    SliceDeterminant(const Model& m, const std::vector<int>& axes, const std::vector<double>& state,
                     const SliceBase& base)
        : m_model(m), m_axes(axes), m_state(state), m_base(base), m_jac(state.size() * state.size())
    {
    }
    std::vector<double> full(const double* c) const
    {
        std::vector<double> x = m_state;
        for (std::size_t k = 0; k < m_axes.size(); ++k)
            x[static_cast<std::size_t>(m_axes[k])] = c[k];
        return x;
    }
    // Sign of det J, magnitude det J / |det J0| (or det J where the slice uses the full LU).
    double operator()(const double* c)
    {
        ScaledDet d = evaluate(c);
        if (!m_base.update)
            return d.bounded();
        d.mantissa /= std::fabs(m_base.det0.mantissa);
        return d.bounded(m_base.det0.exponent);
    }
    // det J itself (0 or infinite where it leaves the range of a double): the residual reported.
    double exact(const double* c) { return evaluate(c).value(); }

private:
    ScaledDet evaluate(const double* c)
    {
        for (std::size_t k = 0; k < m_axes.size(); ++k)
            m_state[static_cast<std::size_t>(m_axes[k])] = c[k];
        m_model.jacobian(m_state.data(), m_jac.data());
        const std::size_t n = m_state.size();
        if (!m_base.update)
            return luDeterminant(m_jac.data(), n);
        // The rows that differ from J0 (exactly: a row that does not depend on u and v is
        // computed from the same numbers and comes out bit for bit the same). Bits, not values:
        // a -0 for a 0 only adds a row, and a NaN is never taken for "unchanged" by accident
        // (J0 holds none). memcmp is several times faster than comparing doubles one by one,
        // and this comparison is most of the time per vertex.
        m_rows.clear();
        for (std::size_t r = 0; r < n; ++r)
            if (std::memcmp(m_jac.data() + r * n, m_base.j0.data() + r * n, n * sizeof(double)) != 0)
                m_rows.push_back(r);
        const std::size_t k = m_rows.size();
        if (k == 0)
            return m_base.det0;
        if (2 * k > n)
            return luDeterminant(m_jac.data(), n);
        // M = I_k + D J0^-1 E: entry (a, b) is delta_ab + (row r_a of J - J0) . (column r_b of J0^-1).
        m_small.assign(k * k, 0.0);
        for (std::size_t a = 0; a < k; ++a) {
            const std::size_t ra = m_rows[a];
            m_delta.clear();
            for (std::size_t col = 0; col < n; ++col) {
                const double d = m_jac[ra * n + col] - m_base.j0[ra * n + col];
                if (d != 0.0)
                    m_delta.emplace_back(col, d);
            }
            for (std::size_t b = 0; b < k; ++b) {
                const double* column = m_base.inverseT.data() + m_rows[b] * n;
                double sum = a == b ? 1.0 : 0.0;
                for (const auto& [col, d] : m_delta)
                    sum += d * column[col];
                m_small[a * k + b] = sum;
            }
        }
        return m_base.det0 * luDeterminant(m_small.data(), k);
    }

    const Model& m_model;
    const std::vector<int>& m_axes;
    std::vector<double> m_state;
    const SliceBase& m_base;
    std::vector<double> m_jac, m_small;
    std::vector<std::size_t> m_rows;
    std::vector<std::pair<std::size_t, double>> m_delta;
};

// The non-positive side includes exact zeros, so a zero on the grid is one crossing, not two.
bool positive(double d)
{
    return d > 0.0;
}

// Bisection for det J = 0 on the segment a -> b (slice coordinates), whose ends have different
// sides.
std::vector<double> locate(SliceDeterminant& det, std::vector<double> a, std::vector<double> b, double da)
{
    const std::size_t n = a.size();
    std::vector<double> mid(n);
    for (int it = 0; it < 200; ++it) {
        bool moved = false;
        for (std::size_t k = 0; k < n; ++k) {
            mid[k] = 0.5 * (a[k] + b[k]);
            moved = moved || (mid[k] != a[k] && mid[k] != b[k]);
        }
        if (!moved)
            break;
        const double dm = det(mid.data());
        if (!std::isfinite(dm))
            break;
        if (positive(dm) == positive(da)) {
            a = mid;
            da = dm;
        } else {
            b = mid;
        }
    }
    // b lies on the non-positive side when a is positive and vice versa; return the end with
    // the smaller |det J|.
    const double db = det(b.data());
    return std::fabs(db) <= std::fabs(da) ? b : a;
}

struct Box {
    std::vector<double> lo, hi;
    std::vector<int> axes;                   // the varying variables
    std::vector<std::vector<double>> states; // one full state per slice
};

Box validate(const Model& model, const CriticalSetOptions& o)
{
    const std::string f = "critical set";
    if (model.timeKind() != TimeKind::Map)
        throw InputError(f + ": " + model.typeName() + " is an ODE; the critical set belongs to maps");
    const int n = model.dimension();
    Box box;
    if (o.slice.empty()) {
        if (n < 1 || n > 2)
            throw InputError(f + ": without a slice computed for maps of dimension 1 or 2 (" +
                             model.typeName() + " has " + std::to_string(n) +
                             "); choose two variables of a slice");
        for (int i = 0; i < n; ++i)
            box.axes.push_back(i);
    } else {
        if (o.slice.size() != 2)
            throw InputError(f + ": a slice needs exactly two variables");
        for (int i : o.slice)
            if (i < 0 || i >= n)
                throw InputError(f + ": slice variable " + std::to_string(i) + " is not one of the model's " +
                                 std::to_string(n) + " variables");
        if (o.slice[0] == o.slice[1])
            throw InputError(f + ": the two slice variables must differ");
        box.axes = o.slice;
    }
    if (o.resolution < 1 || o.resolution > 20000)
        throw InputError(f + ": the resolution must be in [1, 20000] (got " + std::to_string(o.resolution) +
                         ")");
    const std::size_t m = box.axes.size();
    if (o.boxMin.size() != o.boxMax.size() || (!o.boxMin.empty() && o.boxMin.size() != m))
        throw InputError(f + ": the box needs " + std::to_string(m) + " lower and upper bounds");
    box.states = o.sliceStates;
    if (box.states.empty())
        box.states.push_back(model.defaultInitialState());
    for (const auto& s : box.states) {
        if (s.size() != static_cast<std::size_t>(n))
            throw InputError(f + ": a slice state needs " + std::to_string(n) + " values");
        for (double v : s)
            requireFinite(v, f + " slice state");
    }
    const auto& u0 = box.states.front();
    box.lo.resize(m);
    box.hi.resize(m);
    for (std::size_t i = 0; i < m; ++i) {
        const double centre = u0[static_cast<std::size_t>(box.axes[i])];
        box.lo[i] = o.boxMin.empty() ? centre - 10.0 : o.boxMin[i];
        box.hi[i] = o.boxMax.empty() ? centre + 10.0 : o.boxMax[i];
        requireFinite(box.lo[i], f + " box lower bound");
        requireFinite(box.hi[i], f + " box upper bound");
        if (!(box.lo[i] < box.hi[i]))
            throw InputError(f + ": the box lower bound must be below the upper bound for variable " +
                             std::to_string(box.axes[i]));
    }
    return box;
}

// The base of slice k's update: J0 at the best-conditioned of the box centre and the four
// quarter points (one of them may sit on the critical set itself); no update for small maps,
// FullLU, or when none is well-conditioned.
SliceBase sliceBase(const Model& model, const Box& box, std::size_t k, const CriticalSetOptions& o)
{
    SliceBase base;
    const std::size_t n = box.states[k].size();
    if (o.determinant != CriticalSetOptions::Determinant::LowRankUpdate || n < kMinUpdateDimension)
        return base;
    const std::size_t m = box.axes.size();
    const double fractions[5][2] = {{0.5, 0.5}, {0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}};
    double best = kMaxBaseCondition;
    std::vector<double> jac(n * n), inverseT;
    for (const auto& f : fractions) {
        std::vector<double> x = box.states[k];
        for (std::size_t a = 0; a < m; ++a)
            x[static_cast<std::size_t>(box.axes[a])] = box.lo[a] + (box.hi[a] - box.lo[a]) * f[a];
        model.jacobian(x.data(), jac.data());
        ScaledDet det;
        double condition = 0.0;
        if (invert(jac, n, inverseT, det, condition) && condition <= best) {
            best = condition;
            base.update = true;
            base.j0 = jac;
            base.inverseT = inverseT;
            base.det0 = det;
        }
    }
    return base;
}

// One slice's work: its state, base, and the part of the progress it covers.
struct SliceJob {
    const Model& model;
    const Box& box;
    const std::vector<double>& state;
    const SliceBase& base;
    int resolution;
    int threads;
    Progress* progress;
    double from, to;

    double coord(int axis, int i) const
    {
        const auto a = static_cast<std::size_t>(axis);
        return box.lo[a] + (box.hi[a] - box.lo[a]) * static_cast<double>(i) / resolution;
    }
    SliceDeterminant determinant() const { return SliceDeterminant(model, box.axes, state, base); }
};

// The signed determinant values at the grid vertices (j * (res + 1) + i), one grid row per task;
// false when canceled.
bool gridValues(const SliceJob& job, double progressEnd, std::vector<double>& values)
{
    const int v = job.resolution + 1;
    const bool plane = job.box.axes.size() == 2;
    const auto uv = static_cast<std::size_t>(v);
    values.assign(plane ? uv * uv : uv, 0.0);
    ProgressSpan part(job.progress, job.from, progressEnd);
    return parallelFor(
        plane ? uv : 1, job.threads,
        [&](std::size_t j) {
            SliceDeterminant det = job.determinant();
            for (int i = 0; i < v; ++i) {
                const double x[2] = {job.coord(0, i), plane ? job.coord(1, static_cast<int>(j)) : 0.0};
                values[j * uv + static_cast<std::size_t>(i)] = det(x);
            }
        },
        &part);
}

// Both add to `s` the points (in slice coordinates) and segments of one slice; false when
// canceled.
bool oneDimensional(const SliceJob& job, CriticalSet& s)
{
    std::vector<double> d;
    if (!gridValues(job, job.to, d))
        return false;
    SliceDeterminant det = job.determinant();
    for (int i = 1; i <= job.resolution; ++i) {
        const double d0 = d[static_cast<std::size_t>(i - 1)], d1 = d[static_cast<std::size_t>(i)];
        if (std::isfinite(d0) && std::isfinite(d1) && positive(d0) != positive(d1))
            s.points.push_back(locate(det, {job.coord(0, i - 1)}, {job.coord(0, i)}, d0));
    }
    return true;
}

bool twoDimensional(const SliceJob& job, CriticalSet& s)
{
    const int res = job.resolution, v = res + 1;
    const int offset = static_cast<int>(s.points.size());
    const auto uv = static_cast<std::size_t>(v);
    auto vertex = [uv](int i, int j) {
        return static_cast<std::size_t>(j) * uv + static_cast<std::size_t>(i);
    };
    // The grid takes most of the time; the bisections along crossing edges the rest.
    const double gridEnd = job.from + 0.8 * (job.to - job.from);
    std::vector<double> det;
    if (!gridValues(job, gridEnd, det))
        return false;
    auto d = [&](int i, int j) { return det[vertex(i, j)]; };
    auto crosses = [&](int i, int j, int dir) {
        const double da = d(i, j), db = d(i + (dir == 0), j + (dir == 1));
        return std::isfinite(da) && std::isfinite(db) && positive(da) != positive(db);
    };
    // Every crossing edge bisected by the workers, each into its own slot.
    struct Crossing {
        int i, j, dir; // dir 0: (i,j)-(i+1,j), 1: (i,j)-(i,j+1)
    };
    std::vector<Crossing> crossings;
    std::vector<int> crossingOf(2 * uv * uv, -1);
    for (int j = 0; j < v; ++j)
        for (int i = 0; i < v; ++i)
            for (int dir = 0; dir < 2; ++dir)
                if ((dir == 0 ? i < res : j < res) && crosses(i, j, dir)) {
                    crossingOf[vertex(i, j) * 2 + static_cast<std::size_t>(dir)] =
                        static_cast<int>(crossings.size());
                    crossings.push_back({i, j, dir});
                }
    std::vector<std::vector<double>> located(crossings.size());
    const auto tiles = makeTiles(static_cast<int>(crossings.size()), 32);
    ProgressSpan part(job.progress, gridEnd, job.to);
    const bool done = parallelFor(
        tiles.size(), job.threads,
        [&](std::size_t t) {
            SliceDeterminant dt = job.determinant();
            for (int c = tiles[t].begin; c < tiles[t].end; ++c) {
                const Crossing& e = crossings[static_cast<std::size_t>(c)];
                const int i2 = e.i + (e.dir == 0), j2 = e.j + (e.dir == 1);
                located[static_cast<std::size_t>(c)] =
                    locate(dt, {job.coord(0, e.i), job.coord(1, e.j)}, {job.coord(0, i2), job.coord(1, j2)},
                           d(e.i, e.j));
            }
        },
        &part);
    if (!done)
        return false;
    // One point per crossing edge, numbered in the order the cells first reach them; equal
    // points (a zero on a vertex reached from several edges) are merged.
    std::vector<int> edgePoint(2 * uv * uv, -2); // -2: not looked at yet, -1: no crossing
    std::map<std::vector<double>, int> samePoint;
    auto edge = [&](int i, int j, int dir) -> int {
        const std::size_t key = vertex(i, j) * 2 + static_cast<std::size_t>(dir);
        int& slot = edgePoint[key];
        if (slot != -2)
            return slot;
        int index = -1;
        if (crossingOf[key] >= 0) {
            const auto& p = located[static_cast<std::size_t>(crossingOf[key])];
            const auto [it, fresh] = samePoint.emplace(p, static_cast<int>(s.points.size()) - offset);
            if (fresh)
                s.points.push_back(p);
            index = it->second;
        }
        slot = index;
        return index;
    };
    SliceDeterminant det0 = job.determinant();
    for (int j = 0; j < res; ++j)
        for (int i = 0; i < res; ++i) {
            // Edges in order around the cell: bottom, right, top, left.
            const int e[4] = {edge(i, j, 0), edge(i + 1, j, 1), edge(i, j + 1, 0), edge(i, j, 1)};
            std::vector<int> hit;
            for (int k : e)
                if (k >= 0)
                    hit.push_back(k);
            if (hit.size() == 2) {
                if (hit[0] != hit[1])
                    s.segments.emplace_back(offset + hit[0], offset + hit[1]);
            } else if (hit.size() == 4) {
                // Saddle cell: join so that the centre's side separates the pairs.
                const double xc[2] = {0.5 * (job.coord(0, i) + job.coord(0, i + 1)),
                                      0.5 * (job.coord(1, j) + job.coord(1, j + 1))};
                const bool centre = positive(det0(xc));
                if (centre == positive(d(i, j))) {
                    s.segments.emplace_back(offset + e[0], offset + e[1]);
                    s.segments.emplace_back(offset + e[2], offset + e[3]);
                } else {
                    s.segments.emplace_back(offset + e[0], offset + e[3]);
                    s.segments.emplace_back(offset + e[1], offset + e[2]);
                }
            }
        }
    return true;
}
} // namespace

CriticalSet findCriticalSet(const Model& model, const CriticalSetOptions& options, Progress* progress)
{
    const Box box = validate(model, options);
    CriticalSet s;
    std::vector<double> image(static_cast<std::size_t>(model.dimension()));
    const double slices = static_cast<double>(box.states.size());
    for (std::size_t k = 0; k < box.states.size(); ++k) {
        const SliceBase base = sliceBase(model, box, k, options);
        const SliceJob job{model,
                           box,
                           box.states[k],
                           base,
                           options.resolution,
                           options.threads,
                           progress,
                           static_cast<double>(k) / slices,
                           static_cast<double>(k + 1) / slices};
        const std::size_t first = s.points.size();
        const bool done = box.axes.size() == 1 ? oneDimensional(job, s) : twoDimensional(job, s);
        if (!done || (progress && progress->isCanceled())) {
            CriticalSet canceled;
            canceled.outcome = Outcome::Canceled;
            return canceled;
        }
        // Slice coordinates -> full states, with images and residuals.
        SliceDeterminant det = job.determinant();
        for (std::size_t i = first; i < s.points.size(); ++i) {
            const std::vector<double> c = s.points[i];
            s.determinants.push_back(det.exact(c.data()));
            s.points[i] = det.full(c.data());
            model.evaluate(s.points[i].data(), image.data());
            s.images.push_back(image);
            s.sliceOf.push_back(static_cast<int>(k));
        }
    }
    if (progress)
        progress->setProgress(1.0);
    return s;
}

std::vector<double> criticalSetGridDeterminants(const Model& model, const CriticalSetOptions& options,
                                                std::size_t slice)
{
    const Box box = validate(model, options);
    if (slice >= box.states.size())
        throw InputError("critical set: there is no slice " + std::to_string(slice));
    const SliceBase base = sliceBase(model, box, slice, options);
    const SliceJob job{model, box, box.states[slice], base, options.resolution, options.threads, nullptr,
                       0.0,   1.0};
    std::vector<double> values;
    gridValues(job, 1.0, values);
    return values;
}

namespace {
// The points of one slice share every coordinate but the slice's two: the distance of an orbit
// point splits into the fixed part (once per slice) and the part along the slice (per point), so
// a network of hundreds of variables costs no more per point than a plane.
struct SliceGroup {
    std::vector<std::size_t> varying; // coordinates in which the slice's points differ
    std::vector<std::size_t> fixed;   // the others, equal to `base`
    const std::vector<double>* base = nullptr;
};

std::vector<SliceGroup> sliceGroups(const CriticalSet& set)
{
    const std::size_t n = set.points.front().size();
    int slices = 0;
    for (int k : set.sliceOf)
        slices = std::max(slices, k + 1);
    std::vector<SliceGroup> groups(static_cast<std::size_t>(std::max(slices, 1)));
    std::vector<std::vector<char>> differs(groups.size(), std::vector<char>(n, 0));
    for (std::size_t i = 0; i < set.points.size(); ++i) {
        const auto g = static_cast<std::size_t>(set.sliceOf.empty() ? 0 : set.sliceOf[i]);
        if (!groups[g].base)
            groups[g].base = &set.points[i];
        for (std::size_t k = 0; k < n; ++k)
            differs[g][k] = differs[g][k] || set.points[i][k] != (*groups[g].base)[k];
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t k = 0; k < n; ++k)
            (differs[g][k] ? groups[g].varying : groups[g].fixed).push_back(k);
    return groups;
}

// Squared distance from p to the segment a-b over the coordinates `axes`.
double squaredSegmentDistance(const std::vector<double>& p, const std::vector<double>& a,
                              const std::vector<double>& b, const std::vector<std::size_t>& axes)
{
    double ab = 0.0, ap = 0.0;
    for (std::size_t k : axes) {
        ab += (b[k] - a[k]) * (b[k] - a[k]);
        ap += (p[k] - a[k]) * (b[k] - a[k]);
    }
    const double t = ab > 0.0 ? std::clamp(ap / ab, 0.0, 1.0) : 0.0;
    double d = 0.0;
    for (std::size_t k : axes) {
        const double q = a[k] + t * (b[k] - a[k]);
        d += (p[k] - q) * (p[k] - q);
    }
    return d;
}
} // namespace

double fractionNearCriticalSet(const CriticalSet& set, const std::vector<std::vector<double>>& orbit,
                               double distance)
{
    if (!std::isfinite(distance) || distance < 0.0)
        throw InputError("critical set: the distance must be a finite number >= 0 (got " +
                         std::to_string(distance) + ")");
    if (orbit.empty() || set.points.empty())
        return 0.0;
    const double d2 = distance * distance;
    const std::vector<SliceGroup> groups = sliceGroups(set);
    auto groupOf = [&](std::size_t i) {
        return static_cast<std::size_t>(set.sliceOf.empty() ? 0 : set.sliceOf[i]);
    };
    std::vector<double> fixedPart(groups.size());
    std::size_t near = 0;
    for (const auto& p : orbit) {
        if (p.size() != set.points.front().size())
            throw InputError("critical set: an orbit point has the wrong number of values");
        for (std::size_t g = 0; g < groups.size(); ++g) {
            double d = 0.0;
            if (groups[g].base)
                for (std::size_t k : groups[g].fixed)
                    d += (p[k] - (*groups[g].base)[k]) * (p[k] - (*groups[g].base)[k]);
            fixedPart[g] = d;
        }
        bool hit = false;
        for (std::size_t i = 0; !hit && i < set.points.size(); ++i) {
            const std::size_t g = groupOf(i);
            double d = fixedPart[g];
            for (std::size_t k : groups[g].varying)
                d += (p[k] - set.points[i][k]) * (p[k] - set.points[i][k]);
            hit = d < d2;
        }
        for (std::size_t k = 0; !hit && k < set.segments.size(); ++k) {
            const auto a = static_cast<std::size_t>(set.segments[k].first);
            const auto b = static_cast<std::size_t>(set.segments[k].second);
            const std::size_t g = groupOf(a);
            hit = fixedPart[g] + squaredSegmentDistance(p, set.points[a], set.points[b], groups[g].varying) <
                  d2;
        }
        near += hit ? 1 : 0;
    }
    return static_cast<double>(near) / static_cast<double>(orbit.size());
}

} // namespace nd
