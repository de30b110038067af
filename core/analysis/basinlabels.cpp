// Stage (b) of the basins (basins.h): row-major registration, canonical numbering, counts,
// fractions and descriptions.
#include "analysis/basinregistry.h"
#include "analysis/basins.h"

#include "common/errors.h"

#include <algorithm>
#include <sstream>

namespace nd {

namespace {

std::string describe(const BasinCellOutcome& f, int n)
{
    std::ostringstream os;
    os.precision(6);
    os << (f.period > 0 ? "period " + std::to_string(f.period) + " through ("
                        : std::string("aperiodic, mean ("));
    for (int i = 0; i < n; ++i)
        os << (i ? ", " : "") << f.points[static_cast<std::size_t>(i)];
    os << ")";
    return os.str();
}

} // namespace

BasinResult labelBasins(const BasinRequest& r, int dimension, const std::vector<BasinCellOutcome>& cells)
{
    BasinResult res;
    res.nx = r.x.count;
    res.ny = r.y.count;
    if (res.nx < 1 || res.ny < 1 ||
        cells.size() != static_cast<std::size_t>(res.nx) * static_cast<std::size_t>(res.ny))
        throw InputError(ND_ENGINE_TEXT("basins: %1 cell outcomes do not fill a %2 x %3 grid"),
                         {std::to_string(cells.size()), std::to_string(res.nx), std::to_string(res.ny)});
    for (int i = 0; i < res.nx; ++i)
        res.xValues.push_back(r.x.value(i));
    for (int j = 0; j < res.ny; ++j)
        res.yValues.push_back(r.y.value(j));

    // Row-major registration: a cell joins the first attractor it matches, and an attractor's
    // representative is its first cell.
    BasinRegistry registry(r, dimension);
    res.labels.reserve(cells.size());
    for (const BasinCellOutcome& c : cells) {
        if (c.state == kBasinSettled) {
            const std::size_t size =
                static_cast<std::size_t>(c.period > 0 ? c.period : 2) * static_cast<std::size_t>(dimension);
            if (c.period < 0 || c.points.size() != size)
                throw InputError(
                    ND_ENGINE_TEXT("basins: a cell's fingerprint does not fit the model's dimension"), {});
            res.labels.push_back(registry.add(c));
        } else {
            res.labels.push_back(c.state == kBasinEscaped ? kBasinEscaped : kBasinNotComputed);
        }
    }

    // Canonical numbering: periodic attractors by period then points, aperiodic ones last.
    const auto& reg = registry.attractors();
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
        a.description = describe(fp, dimension);
        a.fraction = computed > 0 ? static_cast<double>(a.cells) / static_cast<double>(computed) : 0.0;
    }
    res.escapedFraction =
        computed > 0 ? static_cast<double>(res.escapedCells) / static_cast<double>(computed) : 0.0;
    return res;
}

} // namespace nd
