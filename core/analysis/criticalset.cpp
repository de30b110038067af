#include "analysis/criticalset.h"

#include "common/errors.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nd {

namespace {
// det J of the full map at a point given by its slice coordinates: the slice's axes take the
// coordinates, every other variable keeps the slice state's value. Owns its buffers, so one
// object serves one slice in one thread.
class SliceDeterminant {
public:
    SliceDeterminant(const Model& m, std::vector<int> axes, std::vector<double> base)
        : m_model(m), m_axes(std::move(axes)), m_state(std::move(base)),
          m_jac(m_state.size() * m_state.size())
    {
    }
    std::vector<double> full(const double* c) const
    {
        std::vector<double> x = m_state;
        for (std::size_t k = 0; k < m_axes.size(); ++k)
            x[static_cast<std::size_t>(m_axes[k])] = c[k];
        return x;
    }
    double operator()(const double* c)
    {
        for (std::size_t k = 0; k < m_axes.size(); ++k)
            m_state[static_cast<std::size_t>(m_axes[k])] = c[k];
        m_model.jacobian(m_state.data(), m_jac.data());
        return determinantOf(m_jac, m_state.size());
    }
    // Gaussian elimination with partial pivoting (the matrix is a scratch copy).
    static double determinantOf(std::vector<double>& a, std::size_t n)
    {
        if (n == 1)
            return a[0];
        if (n == 2)
            return a[0] * a[3] - a[1] * a[2];
        double det = 1.0;
        for (std::size_t c = 0; c < n; ++c) {
            std::size_t pivot = c;
            for (std::size_t r = c + 1; r < n; ++r)
                if (std::fabs(a[r * n + c]) > std::fabs(a[pivot * n + c]))
                    pivot = r;
            if (a[pivot * n + c] == 0.0)
                return 0.0;
            if (pivot != c) {
                for (std::size_t k = 0; k < n; ++k)
                    std::swap(a[c * n + k], a[pivot * n + k]);
                det = -det;
            }
            const double d = a[c * n + c];
            det *= d;
            for (std::size_t r = c + 1; r < n; ++r) {
                const double f = a[r * n + c] / d;
                if (f != 0.0)
                    for (std::size_t k = c; k < n; ++k)
                        a[r * n + k] -= f * a[c * n + k];
            }
        }
        return det;
    }

private:
    const Model& m_model;
    std::vector<int> m_axes;
    std::vector<double> m_state;
    std::vector<double> m_jac;
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

// Both add to `s` the points (in slice coordinates) and segments of one slice.
void oneDimensional(SliceDeterminant& det, const Box& box, int res, CriticalSet& s)
{
    auto at = [&](int i) { return box.lo[0] + (box.hi[0] - box.lo[0]) * static_cast<double>(i) / res; };
    double x0 = at(0), d0 = det(&x0);
    for (int i = 1; i <= res; ++i) {
        const double x1 = at(i), d1 = det(&x1);
        if (std::isfinite(d0) && std::isfinite(d1) && positive(d0) != positive(d1))
            s.points.push_back(locate(det, {x0}, {x1}, d0));
        x0 = x1;
        d0 = d1;
    }
}

void twoDimensional(SliceDeterminant& det0, const Box& box, int res, CriticalSet& s)
{
    const int v = res + 1;
    const int offset = static_cast<int>(s.points.size());
    auto coord = [&](int axis, int i) {
        const auto a = static_cast<std::size_t>(axis);
        return box.lo[a] + (box.hi[a] - box.lo[a]) * static_cast<double>(i) / res;
    };
    const auto uv = static_cast<std::size_t>(v);
    auto vertex = [uv](int i, int j) {
        return static_cast<std::size_t>(j) * uv + static_cast<std::size_t>(i);
    };
    std::vector<double> det(uv * uv);
    for (int j = 0; j < v; ++j)
        for (int i = 0; i < v; ++i) {
            const double x[2] = {coord(0, i), coord(1, j)};
            det[vertex(i, j)] = det0(x);
        }
    auto d = [&](int i, int j) { return det[vertex(i, j)]; };
    // One point per crossing edge; equal points (a zero on a vertex reached from several edges)
    // are merged.
    std::vector<int> edgePoint(2 * uv * uv, -2); // -2: not looked at yet, -1: no crossing
    std::map<std::vector<double>, int> samePoint;
    auto edge = [&](int i, int j, int dir) -> int { // dir 0: (i,j)-(i+1,j), 1: (i,j)-(i,j+1)
        int& slot = edgePoint[vertex(i, j) * 2 + static_cast<std::size_t>(dir)];
        if (slot != -2)
            return slot;
        const int i2 = i + (dir == 0), j2 = j + (dir == 1);
        const double da = d(i, j), db = d(i2, j2);
        int index = -1;
        if (std::isfinite(da) && std::isfinite(db) && positive(da) != positive(db)) {
            auto p = locate(det0, {coord(0, i), coord(1, j)}, {coord(0, i2), coord(1, j2)}, da);
            const auto [it, fresh] = samePoint.emplace(p, static_cast<int>(s.points.size()) - offset);
            if (fresh)
                s.points.push_back(std::move(p));
            index = it->second;
        }
        slot = index;
        return index;
    };
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
                const double xc[2] = {0.5 * (coord(0, i) + coord(0, i + 1)),
                                      0.5 * (coord(1, j) + coord(1, j + 1))};
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
}
} // namespace

CriticalSet findCriticalSet(const Model& model, const CriticalSetOptions& options)
{
    const Box box = validate(model, options);
    CriticalSet s;
    std::vector<double> image(static_cast<std::size_t>(model.dimension()));
    for (std::size_t k = 0; k < box.states.size(); ++k) {
        SliceDeterminant det(model, box.axes, box.states[k]);
        const std::size_t first = s.points.size();
        if (box.axes.size() == 1)
            oneDimensional(det, box, options.resolution, s);
        else
            twoDimensional(det, box, options.resolution, s);
        // Slice coordinates -> full states, with images and residuals.
        for (std::size_t i = first; i < s.points.size(); ++i) {
            const std::vector<double> c = s.points[i];
            s.determinants.push_back(det(c.data()));
            s.points[i] = det.full(c.data());
            model.evaluate(s.points[i].data(), image.data());
            s.images.push_back(image);
            s.sliceOf.push_back(static_cast<int>(k));
        }
    }
    return s;
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
