#include "analysis/fixedpoints.h"

#include "analysis/analysiscommon.h"
#include "common/errors.h"
#include "common/parallel.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cctype>
#include <map>
#include <cmath>
#include <random>

namespace nd {

std::string stabilityName(Stability s)
{
    switch (s) {
    case Stability::StableNode:
        return "stable node";
    case Stability::StableFocus:
        return "stable focus";
    case Stability::Saddle:
        return "saddle";
    case Stability::UnstableNode:
        return "unstable node";
    case Stability::UnstableFocus:
        return "unstable focus";
    case Stability::NonHyperbolic:
        break;
    }
    return "non-hyperbolic";
}

namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// G(x) = F(x) - x for maps, F(x) for flows; its Jacobian J - I or J.
void residual(const Model& m, const Eigen::VectorXd& x, Eigen::VectorXd& g)
{
    g.resize(x.size());
    m.evaluate(x.data(), g.data());
    if (m.timeKind() == TimeKind::Map)
        g -= x;
}

double maxAbs(const Eigen::VectorXd& v)
{
    return v.size() ? v.cwiseAbs().maxCoeff() : 0.0;
}

} // namespace

std::vector<std::vector<int>> nodeVariableGroups(const Model& model)
{
    std::map<std::string, std::vector<int>> groups;
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string base = names[i];
        while (!base.empty() && std::isdigit(static_cast<unsigned char>(base.back())))
            base.pop_back();
        if (base.empty() || base.size() == names[i].size())
            return {}; // a variable without a node number: no node structure
        groups[base].push_back(static_cast<int>(i));
    }
    std::vector<std::vector<int>> out;
    for (auto& [name, idx] : groups) {
        if (idx.size() < 2)
            return {};
        out.push_back(std::move(idx));
    }
    return out;
}

bool newtonFixedPoint(const Model& model, std::vector<double>& state, const FixedPointOptions& o)
{
    const int n = model.dimension();
    Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(state.data(), n);
    Eigen::VectorXd g, trial, gTrial;
    Matrix jac(n, n);
    residual(model, x, g);
    for (int it = 0; it < o.maxIterations; ++it) {
        if (!g.allFinite())
            return false;
        const double r = maxAbs(g);
        if (r <= o.tolerance * (1.0 + maxAbs(x))) {
            state.assign(x.data(), x.data() + n);
            return true;
        }
        model.jacobian(x.data(), jac.data());
        if (model.timeKind() == TimeKind::Map)
            jac -= Matrix::Identity(n, n);
        Eigen::FullPivLU<Matrix> lu(jac);
        if (!lu.isInvertible())
            return false;
        const Eigen::VectorXd dx = lu.solve(-g);
        if (!dx.allFinite())
            return false;
        // Backtracking on the residual keeps far seeds from being thrown away by overshoot.
        double lambda = 1.0;
        for (int b = 0; b < 30; ++b, lambda *= 0.5) {
            trial = x + lambda * dx;
            residual(model, trial, gTrial);
            if (gTrial.allFinite() && maxAbs(gTrial) < r)
                break;
        }
        if (!gTrial.allFinite())
            return false;
        x = trial;
        g = gTrial;
    }
    return false;
}

FixedPoint analyseFixedPoint(const Model& model, std::span<const double> state, double tol)
{
    const int n = model.dimension();
    if (state.size() != static_cast<std::size_t>(n))
        throw InputError("fixed point analysis: the state has the wrong number of values");
    FixedPoint fp;
    fp.state.assign(state.begin(), state.end());
    Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(fp.state.data(), n), g;
    residual(model, x, g);
    fp.residual = maxAbs(g);
    Matrix jac(n, n);
    model.jacobian(fp.state.data(), jac.data());
    fp.determinant = jac.determinant();
    Eigen::EigenSolver<Matrix> es(jac, false);
    const bool map = model.timeKind() == TimeKind::Map;
    for (int i = 0; i < n; ++i)
        fp.eigenvalues.push_back(es.eigenvalues()[i]);
    std::sort(fp.eigenvalues.begin(), fp.eigenvalues.end(), [map](auto a, auto b) {
        return map ? std::abs(a) > std::abs(b) : a.real() > b.real();
    });
    bool complexPair = false, nonHyperbolic = false;
    int stable = 0;
    for (const auto& e : fp.eigenvalues) {
        fp.moduli.push_back(std::abs(e));
        const double growth = map ? std::abs(e) - 1.0 : e.real(); // > 0 unstable
        if (std::fabs(growth) < tol)
            nonHyperbolic = true;
        else if (growth > 0)
            ++fp.unstableCount;
        else
            ++stable;
        if (std::fabs(e.imag()) > 1e-12 * std::max(1.0, std::abs(e)))
            complexPair = true;
    }
    if (nonHyperbolic)
        fp.stability = Stability::NonHyperbolic;
    else if (fp.unstableCount == 0)
        fp.stability = complexPair ? Stability::StableFocus : Stability::StableNode;
    else if (stable == 0)
        fp.stability = complexPair ? Stability::UnstableFocus : Stability::UnstableNode;
    else
        fp.stability = Stability::Saddle;
    return fp;
}

std::vector<FixedPoint> findFixedPoints(const Model& model, const FixedPointOptions& o, Progress* progress)
{
    const std::string f = "fixed points";
    const int n = model.dimension();
    const auto u0 = model.defaultInitialState();
    if (o.seeds < 1 || o.seeds > 10'000'000)
        throw InputError(f + ": the number of seeds must be in [1, 10000000] (got " + std::to_string(o.seeds) + ")");
    if (o.maxIterations < 1)
        throw InputError(f + ": the Newton iteration limit must be >= 1");
    if (!(o.tolerance > 0.0) || !(o.duplicateTolerance > 0.0) || !(o.hyperbolicTolerance > 0.0))
        throw InputError(f + ": tolerances must be positive");
    if (o.boxMin.size() != o.boxMax.size() || (!o.boxMin.empty() && o.boxMin.size() != static_cast<std::size_t>(n)))
        throw InputError(f + ": the seed box needs " + std::to_string(n) + " lower and upper bounds");
    std::vector<double> lo(static_cast<std::size_t>(n)), hi(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < lo.size(); ++i) {
        lo[i] = o.boxMin.empty() ? u0[i] - 10.0 : o.boxMin[i];
        hi[i] = o.boxMax.empty() ? u0[i] + 10.0 : o.boxMax[i];
        requireFinite(lo[i], f + " box lower bound");
        requireFinite(hi[i], f + " box upper bound");
        if (lo[i] > hi[i])
            throw InputError(f + ": the seed box lower bound is above the upper bound for variable " + std::to_string(i));
    }
    const auto groups = o.homogeneousSeeds ? nodeVariableGroups(model) : std::vector<std::vector<int>>{};
    // One slot per seed, so the set found does not depend on the thread count.
    std::vector<std::vector<double>> found(static_cast<std::size_t>(o.seeds));
    std::vector<char> ok(static_cast<std::size_t>(o.seeds), 0);
    constexpr int kChunk = 64;
    const auto tiles = makeTiles(o.seeds, kChunk);
    parallelFor(tiles.size(), o.threads, [&](std::size_t t) {
        for (int s = tiles[t].begin; s < tiles[t].end; ++s) {
            std::vector<double> x(static_cast<std::size_t>(n));
            if (s == 0) {
                x = u0;
            } else {
                std::mt19937_64 rng(streamSeed(o.seed, static_cast<std::uint64_t>(s)));
                auto draw = [&](std::size_t i) { return lo[i] + (hi[i] - lo[i]) * static_cast<double>(rng() >> 11) * 0x1.0p-53; };
                if (!groups.empty() && s % 2 == 1) {
                    for (const auto& g : groups) {
                        const double v = draw(static_cast<std::size_t>(g[0]));
                        for (int i : g)
                            x[static_cast<std::size_t>(i)] = v;
                    }
                } else {
                    for (std::size_t i = 0; i < x.size(); ++i)
                        x[i] = draw(i);
                }
            }
            if (newtonFixedPoint(model, x, o)) {
                found[static_cast<std::size_t>(s)] = std::move(x);
                ok[static_cast<std::size_t>(s)] = 1;
            }
        }
    }, progress);
    std::vector<std::vector<double>> distinct;
    for (std::size_t s = 0; s < found.size(); ++s) {
        if (!ok[s])
            continue;
        const auto& x = found[s];
        const bool dup = std::any_of(distinct.begin(), distinct.end(), [&](const std::vector<double>& d) {
            for (std::size_t i = 0; i < d.size(); ++i)
                if (std::fabs(d[i] - x[i]) > o.duplicateTolerance * (1.0 + std::fabs(d[i])))
                    return false;
            return true;
        });
        if (!dup)
            distinct.push_back(x);
    }
    std::sort(distinct.begin(), distinct.end());
    std::vector<FixedPoint> out;
    for (const auto& x : distinct) {
        out.push_back(analyseFixedPoint(model, x, o.hyperbolicTolerance));
        out.back().homogeneous = !groups.empty();
        for (const auto& g : groups)
            for (int i : g)
                if (std::fabs(x[static_cast<std::size_t>(i)] - x[static_cast<std::size_t>(g[0])]) >
                    o.duplicateTolerance * (1.0 + std::fabs(x[static_cast<std::size_t>(g[0])])))
                    out.back().homogeneous = false;
    }
    return out;
}

} // namespace nd
