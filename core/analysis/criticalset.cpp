#include "analysis/criticalset.h"

#include "common/errors.h"

#include <cmath>
#include <map>

namespace nd {

namespace {
double determinant(const Model& m, const double* x, double* jac)
{
    m.jacobian(x, jac);
    return m.dimension() == 1 ? jac[0] : jac[0] * jac[3] - jac[1] * jac[2];
}

// The non-positive side includes exact zeros, so a zero on the grid is one crossing, not two.
bool positive(double d)
{
    return d > 0.0;
}

// Bisection for det J = 0 on the segment a -> b, whose ends have different sides.
std::vector<double> locate(const Model& m, std::vector<double> a, std::vector<double> b, double da)
{
    const std::size_t n = a.size();
    double jac[4];
    std::vector<double> mid(n);
    for (int it = 0; it < 200; ++it) {
        bool moved = false;
        for (std::size_t k = 0; k < n; ++k) {
            mid[k] = 0.5 * (a[k] + b[k]);
            moved = moved || (mid[k] != a[k] && mid[k] != b[k]);
        }
        if (!moved)
            break;
        const double dm = determinant(m, mid.data(), jac);
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
    const double db = determinant(m, b.data(), jac);
    return std::fabs(db) <= std::fabs(da) ? b : a;
}

struct Box {
    std::vector<double> lo, hi;
};

Box validate(const Model& model, const CriticalSetOptions& o)
{
    const std::string f = "critical set";
    if (model.timeKind() != TimeKind::Map)
        throw InputError(f + ": " + model.typeName() + " is an ODE; the critical set belongs to maps");
    const int n = model.dimension();
    if (n < 1 || n > 2)
        throw InputError(f + ": computed for maps of dimension 1 or 2 (" + model.typeName() + " has " +
                         std::to_string(n) + ")");
    if (o.resolution < 1 || o.resolution > 20000)
        throw InputError(f + ": the resolution must be in [1, 20000] (got " + std::to_string(o.resolution) +
                         ")");
    if (o.boxMin.size() != o.boxMax.size() ||
        (!o.boxMin.empty() && o.boxMin.size() != static_cast<std::size_t>(n)))
        throw InputError(f + ": the box needs " + std::to_string(n) + " lower and upper bounds");
    const auto u0 = model.defaultInitialState();
    Box box{std::vector<double>(static_cast<std::size_t>(n)),
            std::vector<double>(static_cast<std::size_t>(n))};
    for (std::size_t i = 0; i < box.lo.size(); ++i) {
        box.lo[i] = o.boxMin.empty() ? u0[i] - 10.0 : o.boxMin[i];
        box.hi[i] = o.boxMax.empty() ? u0[i] + 10.0 : o.boxMax[i];
        requireFinite(box.lo[i], f + " box lower bound");
        requireFinite(box.hi[i], f + " box upper bound");
        if (!(box.lo[i] < box.hi[i]))
            throw InputError(f + ": the box lower bound must be below the upper bound for variable " +
                             std::to_string(i));
    }
    return box;
}

void addImages(const Model& m, CriticalSet& s)
{
    double jac[4];
    for (const auto& p : s.points) {
        std::vector<double> image(p.size());
        m.evaluate(p.data(), image.data());
        s.images.push_back(std::move(image));
        s.determinants.push_back(determinant(m, p.data(), jac));
    }
}

CriticalSet oneDimensional(const Model& m, const Box& box, int res)
{
    CriticalSet s;
    double jac[4];
    auto at = [&](int i) { return box.lo[0] + (box.hi[0] - box.lo[0]) * static_cast<double>(i) / res; };
    double x0 = at(0), d0 = determinant(m, &x0, jac);
    for (int i = 1; i <= res; ++i) {
        const double x1 = at(i), d1 = determinant(m, &x1, jac);
        if (std::isfinite(d0) && std::isfinite(d1) && positive(d0) != positive(d1))
            s.points.push_back(locate(m, {x0}, {x1}, d0));
        x0 = x1;
        d0 = d1;
    }
    return s;
}

CriticalSet twoDimensional(const Model& m, const Box& box, int res)
{
    CriticalSet s;
    const int v = res + 1;
    double jac[4];
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
            det[vertex(i, j)] = determinant(m, x, jac);
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
            auto p = locate(m, {coord(0, i), coord(1, j)}, {coord(0, i2), coord(1, j2)}, da);
            const auto [it, fresh] = samePoint.emplace(p, static_cast<int>(s.points.size()));
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
                    s.segments.emplace_back(hit[0], hit[1]);
            } else if (hit.size() == 4) {
                // Saddle cell: join so that the centre's side separates the pairs.
                const double xc[2] = {0.5 * (coord(0, i) + coord(0, i + 1)),
                                      0.5 * (coord(1, j) + coord(1, j + 1))};
                const bool centre = positive(determinant(m, xc, jac));
                if (centre == positive(d(i, j))) {
                    s.segments.emplace_back(e[0], e[1]);
                    s.segments.emplace_back(e[2], e[3]);
                } else {
                    s.segments.emplace_back(e[0], e[3]);
                    s.segments.emplace_back(e[1], e[2]);
                }
            }
        }
    return s;
}
} // namespace

CriticalSet findCriticalSet(const Model& model, const CriticalSetOptions& options)
{
    const Box box = validate(model, options);
    CriticalSet s = model.dimension() == 1 ? oneDimensional(model, box, options.resolution)
                                           : twoDimensional(model, box, options.resolution);
    addImages(model, s);
    return s;
}

} // namespace nd
