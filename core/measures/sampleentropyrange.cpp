// Sample entropy pair counts on one and two coordinates by range counting: no pair is looked at
// on its own, so the cost is O(N log N) however many pairs match.
#include "measures/sampleentropydetail.h"

#include "common/parallel.h"

#include <algorithm>
#include <numeric>

namespace nd::sampen_detail {

namespace {

// A Fenwick tree of weights over positions 0 .. n-1.
class Fenwick {
public:
    explicit Fenwick(std::size_t n) : m_tree(n + 1, 0) {}
    void add(std::size_t pos, std::uint64_t w)
    {
        for (std::size_t i = pos + 1; i < m_tree.size(); i += i & (~i + 1))
            m_tree[i] += w;
    }
    // Sum over positions [0, end).
    std::uint64_t prefix(std::size_t end) const
    {
        std::uint64_t s = 0;
        for (std::size_t i = end; i > 0; i -= i & (~i + 1))
            s += m_tree[i];
        return s;
    }

private:
    std::vector<std::uint64_t> m_tree;
};

// [lo, hi): the entries of an ascending array within r of v (a contiguous run: the predicate is
// monotone on either side of v).
template <bool Strict>
std::pair<std::size_t, std::size_t> windowOf(const std::vector<double>& sorted, double v, double r)
{
    const auto lo = std::partition_point(sorted.begin(), sorted.end(),
                                         [&](double u) { return u < v && !within<Strict>(u, v, r); });
    const auto hi =
        std::partition_point(lo, sorted.end(), [&](double u) { return u <= v || within<Strict>(u, v, r); });
    return {static_cast<std::size_t>(lo - sorted.begin()), static_cast<std::size_t>(hi - sorted.begin())};
}

struct Entry {
    double value;
    std::uint64_t weight;
};

// Pairs of distinct entries of one cell (which all match on coordinate 0) matching on coordinate 1.
template <bool Strict>
std::uint64_t sameCell(const Templates& t, std::size_t begin, std::size_t end, double r)
{
    std::vector<Entry> e;
    e.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i)
        e.push_back({t.coord[1][i], t.weight[i]});
    std::sort(e.begin(), e.end(), [](const Entry& a, const Entry& b) { return a.value < b.value; });
    std::vector<std::uint64_t> prefix(e.size() + 1, 0);
    for (std::size_t i = 0; i < e.size(); ++i)
        prefix[i + 1] = prefix[i] + e[i].weight;
    std::uint64_t pairs = 0;
    std::size_t hi = 0;
    for (std::size_t i = 0; i < e.size(); ++i) {
        hi = std::max(hi, i + 1);
        while (hi < e.size() && within<Strict>(e[hi].value, e[i].value, r))
            ++hi;
        pairs += e[i].weight * (prefix[hi] - prefix[i + 1]);
    }
    return pairs;
}

// Pairs (i in cell P, j in the next cell Q) matching on coordinates 0 and 1. Coordinate 0 of j
// is >= that of i, so the j matching i on it are a prefix of Q (Q is in coordinate-0 order)
// that grows with i: sweep i upwards, add those j to a Fenwick tree over Q's coordinate-1
// ranks, and count the ones in i's coordinate-1 window.
template <bool Strict>
std::uint64_t adjacentCells(const Templates& t, std::size_t p0, std::size_t p1, std::size_t q1, double r)
{
    const std::size_t q0 = p1, nq = q1 - q0;
    const std::vector<double>& c0 = t.coord[0];
    const std::vector<double>& c1 = t.coord[1];
    std::vector<std::size_t> byC1(nq);
    std::iota(byC1.begin(), byC1.end(), q0);
    std::sort(byC1.begin(), byC1.end(), [&](std::size_t a, std::size_t b) { return c1[a] < c1[b]; });
    std::vector<double> sortedC1(nq);
    std::vector<std::size_t> rank(nq);
    for (std::size_t k = 0; k < nq; ++k) {
        sortedC1[k] = c1[byC1[k]];
        rank[byC1[k] - q0] = k;
    }
    Fenwick tree(nq);
    std::uint64_t pairs = 0;
    std::size_t next = q0;
    for (std::size_t i = p0; i < p1; ++i) {
        while (next < q1 && within<Strict>(c0[next], c0[i], r)) {
            tree.add(rank[next - q0], t.weight[next]);
            ++next;
        }
        if (next == q0)
            continue;
        const auto [lo, hi] = windowOf<Strict>(sortedC1, c1[i], r);
        if (lo < hi)
            pairs += t.weight[i] * (tree.prefix(hi) - tree.prefix(lo));
    }
    return pairs;
}

} // namespace

template <bool Strict> std::uint64_t pairsWithin1(const Templates& t, double r)
{
    const std::size_t n = t.size();
    const std::vector<double>& c0 = t.coord[0];
    std::vector<std::uint64_t> prefix(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + t.weight[i];
    std::uint64_t pairs = 0;
    std::size_t hi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        hi = std::max(hi, i + 1);
        while (hi < n && within<Strict>(c0[hi], c0[i], r))
            ++hi;
        pairs += t.weight[i] * (prefix[hi] - prefix[i + 1]);
    }
    return pairs;
}

template <bool Strict>
bool pairsWithin2(const Templates& t, double r, int threads, Progress* progress, std::uint64_t& out)
{
    const std::vector<std::size_t> cell = greedyCells<Strict>(t.coord[0].data(), t.size(), r);
    const std::size_t cells = cell.size() - 1;
    std::vector<std::uint64_t> counts(cells, 0);
    const bool complete = parallelFor(
        cells, threads,
        [&](std::size_t k) {
            std::uint64_t c = sameCell<Strict>(t, cell[k], cell[k + 1], r);
            if (k + 1 < cells)
                c += adjacentCells<Strict>(t, cell[k], cell[k + 1], cell[k + 2], r);
            counts[k] = c;
        },
        progress);
    out = std::accumulate(counts.begin(), counts.end(), std::uint64_t(0));
    return complete;
}

template std::uint64_t pairsWithin1<true>(const Templates&, double);
template std::uint64_t pairsWithin1<false>(const Templates&, double);
template bool pairsWithin2<true>(const Templates&, double, int, Progress*, std::uint64_t&);
template bool pairsWithin2<false>(const Templates&, double, int, Progress*, std::uint64_t&);

} // namespace nd::sampen_detail
