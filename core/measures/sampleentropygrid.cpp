// Sample entropy pair counts on three or more coordinates: greedy cells along coordinates 0 and
// 1 form a grid whose cells' members all match each other on those two coordinates and never
// match members of cells two or more apart on either; each cell is sorted by coordinate 2, so
// a cell and each of its forward neighbours meet in sliding windows along coordinate 2. The
// candidates looked at are then about the pairs matching on three coordinates.
//
// Compiled with the ensemble kernels' flags (core/CMakeLists.txt): -O3 and target clones let
// the candidate loops vectorise; they only subtract and compare, so results are exact anyway.
#include "measures/sampleentropydetail.h"

#include "common/parallel.h"
#include "ensemble/vectorclones.h"

#include <algorithm>
#include <numeric>

namespace nd::sampen_detail {

namespace {

// Matches of (x0, x1) among the candidates on coordinates 0 and 1.
template <bool Strict>
ND_VECTOR_CLONES std::uint64_t count01(const double* c0, const double* c1, std::size_t len, double x0,
                                       double x1, double r)
{
    std::uint64_t n = 0;
    for (std::size_t j = 0; j < len; ++j)
        n += static_cast<unsigned>(within<Strict>(c0[j], x0, r)) &
             static_cast<unsigned>(within<Strict>(c1[j], x1, r));
    return n;
}

template <bool Strict>
ND_VECTOR_CLONES std::uint64_t count01Weighted(const double* c0, const double* c1, const std::uint64_t* w,
                                               std::size_t len, double x0, double x1, double r)
{
    std::uint64_t n = 0;
    for (std::size_t j = 0; j < len; ++j)
        n += (static_cast<unsigned>(within<Strict>(c0[j], x0, r)) &
              static_cast<unsigned>(within<Strict>(c1[j], x1, r)))
                 ? w[j]
                 : 0;
    return n;
}

struct Cell {
    std::size_t k, q;       // cell indices along coordinates 0 and 1
    std::size_t begin, end; // members, sorted by coordinate 2
};

struct Grid {
    std::vector<std::vector<double>> coord; // members in cell order
    std::vector<std::uint64_t> weight;
    std::vector<Cell> cells; // by (k, q)
};

template <bool Strict> Grid buildGrid(const Templates& t, double r, int dims)
{
    const std::size_t n = t.size();
    const std::vector<double>& c0 = t.coord[0];
    const std::vector<double>& c1 = t.coord[1];
    const std::vector<double>& c2 = t.coord[2];
    // Coordinate-0 cells: the templates are already in coordinate-0 order.
    std::vector<std::size_t> k(n), q(n);
    const std::vector<std::size_t> start0 = greedyCells<Strict>(c0.data(), n, r);
    for (std::size_t c = 0; c + 1 < start0.size(); ++c)
        std::fill(k.begin() + static_cast<std::ptrdiff_t>(start0[c]),
                  k.begin() + static_cast<std::ptrdiff_t>(start0[c + 1]), c);
    // Coordinate-1 cells over all templates.
    std::vector<std::size_t> by1(n);
    std::iota(by1.begin(), by1.end(), std::size_t(0));
    std::sort(by1.begin(), by1.end(), [&](std::size_t a, std::size_t b) { return c1[a] < c1[b]; });
    std::vector<double> sorted1(n);
    for (std::size_t i = 0; i < n; ++i)
        sorted1[i] = c1[by1[i]];
    const std::vector<std::size_t> start1 = greedyCells<Strict>(sorted1.data(), n, r);
    for (std::size_t c = 0; c + 1 < start1.size(); ++c)
        for (std::size_t i = start1[c]; i < start1[c + 1]; ++i)
            q[by1[i]] = c;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (k[a] != k[b])
            return k[a] < k[b];
        if (q[a] != q[b])
            return q[a] < q[b];
        return c2[a] < c2[b];
    });
    Grid g;
    g.coord.assign(static_cast<std::size_t>(dims), std::vector<double>(n));
    g.weight.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (int d = 0; d < dims; ++d)
            g.coord[static_cast<std::size_t>(d)][i] = t.coord[static_cast<std::size_t>(d)][order[i]];
        g.weight[i] = t.weight[order[i]];
        if (i == 0 || k[order[i]] != g.cells.back().k || q[order[i]] != g.cells.back().q)
            g.cells.push_back({k[order[i]], q[order[i]], i, i});
        g.cells.back().end = i + 1;
    }
    return g;
}

template <bool Strict> class GridCounter {
public:
    GridCounter(const Grid& g, const Templates& t, double r, int dB, int dA)
        : m_g(g), m_unit(t.unitWeights), m_r(r), m_dB(dB), m_dA(dA)
    {
    }

    // Pairs of cell P with itself (i < j) and with its forward neighbours (k, q+1) and
    // (k+1, q-1 .. q+1): every unordered pair of neighbouring cells is met exactly once.
    void countCell(std::size_t index, std::uint64_t& b, std::uint64_t& a) const
    {
        const auto& cells = m_g.cells;
        const Cell& p = cells[index];
        pairCells(p, p, true, b, a);
        if (index + 1 < cells.size() && cells[index + 1].k == p.k && cells[index + 1].q == p.q + 1)
            pairCells(p, cells[index + 1], false, b, a);
        const std::size_t qMin = p.q > 0 ? p.q - 1 : 0;
        auto j = std::lower_bound(
            cells.begin() + static_cast<std::ptrdiff_t>(index) + 1, cells.end(), p,
            [&](const Cell& c, const Cell&) { return c.k < p.k + 1 || (c.k == p.k + 1 && c.q < qMin); });
        for (; j != cells.end() && j->k == p.k + 1 && j->q <= p.q + 1; ++j)
            pairCells(p, *j, false, b, a);
    }

private:
    void pairCells(const Cell& p, const Cell& c, bool same, std::uint64_t& b, std::uint64_t& a) const
    {
        const double* z = m_g.coord[2].data();
        std::size_t lo = c.begin, hi = c.begin;
        for (std::size_t i = p.begin; i < p.end; ++i) {
            const double zi = z[i];
            if (same) {
                lo = i + 1;
            } else {
                while (lo < c.end && z[lo] < zi && !within<Strict>(z[lo], zi, m_r))
                    ++lo;
            }
            hi = std::max(hi, lo);
            while (hi < c.end && (z[hi] <= zi || within<Strict>(z[hi], zi, m_r)))
                ++hi;
            if (lo < hi)
                candidates(i, lo, hi, b, a);
        }
    }

    // Candidates [lo, hi) already match i on coordinate 2.
    void candidates(std::size_t i, std::size_t lo, std::size_t hi, std::uint64_t& b, std::uint64_t& a) const
    {
        const auto& c = m_g.coord;
        const std::size_t len = hi - lo;
        if (m_dB == 0 && m_dA == 3) { // m = 2: A alone, on coordinates 0 and 1
            const std::uint64_t n =
                m_unit ? count01<Strict>(c[0].data() + lo, c[1].data() + lo, len, c[0][i], c[1][i], m_r)
                       : count01Weighted<Strict>(c[0].data() + lo, c[1].data() + lo, m_g.weight.data() + lo,
                                                 len, c[0][i], c[1][i], m_r);
            a += m_unit ? n : n * m_g.weight[i];
            return;
        }
        // m >= 3: B on coordinates 0 .. m-1, A also on coordinate m.
        std::uint64_t bb = 0, aa = 0;
        for (std::size_t j = lo; j < hi; ++j) {
            bool ok = true;
            for (int d = 0; d < m_dB && ok; ++d)
                ok = d == 2 || within<Strict>(c[static_cast<std::size_t>(d)][j],
                                              c[static_cast<std::size_t>(d)][i], m_r);
            if (!ok)
                continue;
            bb += m_g.weight[j];
            if (m_dA > m_dB && within<Strict>(c[static_cast<std::size_t>(m_dB)][j],
                                              c[static_cast<std::size_t>(m_dB)][i], m_r))
                aa += m_g.weight[j];
        }
        b += bb * m_g.weight[i];
        a += aa * m_g.weight[i];
    }

    const Grid& m_g;
    bool m_unit;
    double m_r;
    int m_dB, m_dA;
};

} // namespace

template <bool Strict>
bool pairsGrid(const Templates& t, double r, int dB, int dA, int threads, Progress* progress,
               std::uint64_t& b, std::uint64_t& a)
{
    const Grid g = buildGrid<Strict>(t, r, std::max(dA, dB));
    const GridCounter<Strict> counter(g, t, r, dB, dA);
    // Tasks of about 2048 members each: enough of them to balance two or more threads.
    std::vector<std::size_t> taskStart{0};
    for (std::size_t c = 0, members = 0; c < g.cells.size(); ++c) {
        members += g.cells[c].end - g.cells[c].begin;
        if (members >= 2048) {
            taskStart.push_back(c + 1);
            members = 0;
        }
    }
    if (taskStart.back() != g.cells.size())
        taskStart.push_back(g.cells.size());
    std::vector<std::pair<std::uint64_t, std::uint64_t>> counts(taskStart.size() - 1);
    const bool complete = parallelFor(
        counts.size(), threads,
        [&](std::size_t task) {
            std::uint64_t bb = 0, aa = 0;
            for (std::size_t c = taskStart[task]; c < taskStart[task + 1]; ++c)
                counter.countCell(c, bb, aa);
            counts[task] = {bb, aa};
        },
        progress);
    a = 0;
    if (dB >= 3)
        b = 0;
    for (const auto& [bb, aa] : counts) {
        a += aa;
        if (dB >= 3)
            b += bb;
    }
    return complete;
}

template bool pairsGrid<true>(const Templates&, double, int, int, int, Progress*, std::uint64_t&,
                              std::uint64_t&);
template bool pairsGrid<false>(const Templates&, double, int, int, int, Progress*, std::uint64_t&,
                               std::uint64_t&);

} // namespace nd::sampen_detail
