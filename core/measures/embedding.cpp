#include "measures/embedding.h"

#include "common/errors.h"
#include "measures/measurecommon.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>

namespace nd {

namespace {

constexpr int kMaxEmbeddingDimension = 30;
constexpr int kMaxBins = 1024;
constexpr int kMaxDefaultBins = 64;
constexpr std::size_t kMinDelaySamples = 16;
constexpr double kMaxIdenticalTolerance = 1e-3;
constexpr double kCaoPlateauFloor = 0.5;

// Nearest-neighbour search among the delay vectors of one dimension: a k-d tree stored
// implicitly in a permutation of the distinct vectors (the median of [lo, hi) at the middle,
// split axis cycling with depth). Identical vectors are merged first, each distinct vector
// keeping its members in time order: a neighbour at distance 0 is never wanted, and a series of
// few distinct values (a binary series has at most 2^m vectors) would otherwise make every
// query walk through all its duplicates. Building costs O(M log M); a query visits O(log G)
// nodes of the G distinct vectors for the low dimensions embeddings use.
class DelayTree {
public:
    // Point i has coordinates x[i + k tau], k = 0..dim-1, i = 0..count-1.
    DelayTree(std::span<const double> x, std::size_t count, int dim, std::size_t tau)
        : m_dim(static_cast<std::size_t>(dim)), m_points(count * m_dim), m_groupOf(count)
    {
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t k = 0; k < m_dim; ++k)
                m_points[i * m_dim + k] = x[i + k * tau];
        // Group identical vectors: sort by coordinates, then by time.
        std::vector<std::size_t> byValue(count);
        std::iota(byValue.begin(), byValue.end(), std::size_t{0});
        std::sort(byValue.begin(), byValue.end(), [this](std::size_t a, std::size_t b) {
            const double* pa = &m_points[a * m_dim];
            const double* pb = &m_points[b * m_dim];
            for (std::size_t k = 0; k < m_dim; ++k)
                if (pa[k] != pb[k])
                    return pa[k] < pb[k];
            return a < b;
        });
        m_members = byValue;
        for (std::size_t r = 0; r < count; ++r) {
            const std::size_t i = byValue[r];
            if (r == 0 || !std::equal(&m_points[i * m_dim], &m_points[i * m_dim] + m_dim,
                                      &m_points[byValue[r - 1] * m_dim]))
                m_groupStart.push_back(r);
            m_groupOf[i] = m_groupStart.size() - 1;
        }
        const std::size_t groups = m_groupStart.size();
        m_groupStart.push_back(count);
        m_order.resize(groups);
        m_axis.assign(groups, 0);
        std::iota(m_order.begin(), m_order.end(), std::size_t{0});
        build(0, groups, 0);
    }

    struct Hit {
        std::size_t index = npos;
        double distance = std::numeric_limits<double>::infinity();
    };
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

    // The nearest point j to point q with |q - j| > theiler and a distance > 0 (a duplicate
    // vector carries no direction to unfold), Euclidean or maximum norm. Of several points of
    // one distinct vector the earliest allowed one is taken; of distinct vectors at the same
    // distance, the first the search meets.
    Hit nearest(std::size_t q, std::size_t theiler, bool maxNorm, std::uint64_t& evaluations) const
    {
        Query s{&m_points[q * m_dim],
                q,
                m_groupOf[q],
                theiler,
                maxNorm,
                std::numeric_limits<double>::infinity(),
                npos,
                0};
        search(s, 0, m_order.size());
        evaluations += s.evaluations;
        Hit h;
        if (s.best != npos) {
            h.index = s.best;
            h.distance = maxNorm ? s.bestMeasure : std::sqrt(s.bestMeasure);
        }
        return h;
    }

private:
    struct Query {
        const double* p;
        std::size_t self;
        std::size_t selfGroup;
        std::size_t theiler;
        bool maxNorm;
        double bestMeasure; // squared distance (Euclidean) or distance (maximum norm)
        std::size_t best;
        std::uint64_t evaluations;
    };

    const double* groupPoint(std::size_t g) const { return &m_points[m_members[m_groupStart[g]] * m_dim]; }

    // The earliest member j of group g with |j - q| > theiler, or npos.
    std::size_t allowedMember(std::size_t g, std::size_t q, std::size_t theiler) const
    {
        const auto first = m_members.begin() + static_cast<std::ptrdiff_t>(m_groupStart[g]);
        const auto last = m_members.begin() + static_cast<std::ptrdiff_t>(m_groupStart[g + 1]);
        if (*first + theiler < q)
            return *first;
        const auto after = std::upper_bound(first, last, q + theiler);
        return after == last ? npos : *after;
    }

    void build(std::size_t lo, std::size_t hi, std::size_t depth)
    {
        if (hi - lo <= 1)
            return;
        const std::size_t axis = depth % m_dim;
        const std::size_t mid = lo + (hi - lo) / 2;
        std::nth_element(
            m_order.begin() + static_cast<std::ptrdiff_t>(lo),
            m_order.begin() + static_cast<std::ptrdiff_t>(mid),
            m_order.begin() + static_cast<std::ptrdiff_t>(hi),
            [&](std::size_t a, std::size_t b) { return groupPoint(a)[axis] < groupPoint(b)[axis]; });
        m_axis[mid] = static_cast<unsigned char>(axis);
        build(lo, mid, depth + 1);
        build(mid + 1, hi, depth + 1);
    }

    void search(Query& s, std::size_t lo, std::size_t hi) const
    {
        if (lo >= hi)
            return;
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::size_t g = m_order[mid];
        const double* pg = groupPoint(g);
        if (g != s.selfGroup) {
            const std::size_t j = allowedMember(g, s.self, s.theiler);
            if (j != npos) {
                ++s.evaluations;
                double d = 0.0;
                for (std::size_t k = 0; k < m_dim; ++k) {
                    const double diff = s.p[k] - pg[k];
                    d = s.maxNorm ? std::max(d, std::abs(diff)) : d + diff * diff;
                }
                if (d > 0.0 && d < s.bestMeasure) {
                    s.bestMeasure = d;
                    s.best = j;
                }
            }
        }
        if (hi - lo == 1)
            return;
        const std::size_t axis = m_axis[mid];
        const double diff = s.p[axis] - pg[axis];
        const bool leftFirst = diff < 0.0;
        search(s, leftFirst ? lo : mid + 1, leftFirst ? mid : hi);
        // The far side holds vectors at least |diff| away along the split axis.
        const double bound = s.maxNorm ? std::abs(diff) : diff * diff;
        if (bound < s.bestMeasure)
            search(s, leftFirst ? mid + 1 : lo, leftFirst ? hi : mid);
    }

    std::size_t m_dim;
    std::vector<double> m_points;
    std::vector<std::size_t> m_groupOf;    // point -> its distinct vector
    std::vector<std::size_t> m_members;    // points grouped by vector, each group in time order
    std::vector<std::size_t> m_groupStart; // group g's members: [m_groupStart[g], m_groupStart[g + 1])
    std::vector<std::size_t> m_order;      // the tree over groups
    std::vector<unsigned char> m_axis;
};

// Quadratic B-spline binning (Daub et al. 2004): a sample at z = (x - min) / (max - min) (bins - 2)
// with i = floor(z), f = z - i puts weights (1-f)^2/2, 1/2 + f(1-f), f^2/2 (sum 1) on bins i..i+2.
// Plain equal-width bins make I(tau) of a smooth signal jump by whole cells as the lag moves
// points across bin edges (a sine's curve then has spurious minima every few lags); the spline
// weights move smoothly with the samples.
struct SplineWeights {
    int first = 0;
    double w[3] = {0.0, 0.0, 0.0};
};

// I of the pairs (u_i, v_i), i < pairs, in nats: the lagged pairs of one series, or a series and a
// shuffled copy of itself.
double mutualInformation(const SplineWeights* u0, const SplineWeights* v0, std::size_t pairs, std::size_t bins,
                         std::vector<double>& joint, std::vector<double>& a, std::vector<double>& b)
{
    std::fill(joint.begin(), joint.end(), 0.0);
    std::fill(a.begin(), a.end(), 0.0);
    std::fill(b.begin(), b.end(), 0.0);
    for (std::size_t i = 0; i < pairs; ++i) {
        const SplineWeights& u = u0[i];
        const SplineWeights& v = v0[i];
        const auto bu = static_cast<std::size_t>(u.first), bv = static_cast<std::size_t>(v.first);
        for (std::size_t p = 0; p < 3; ++p) {
            a[bu + p] += u.w[p];
            b[bv + p] += v.w[p];
            for (std::size_t q = 0; q < 3; ++q)
                joint[(bu + p) * bins + bv + q] += u.w[p] * v.w[q];
        }
    }
    const double n = static_cast<double>(pairs);
    double info = 0.0;
    for (std::size_t u = 0; u < bins; ++u)
        for (std::size_t v = 0; v < bins; ++v) {
            const double c = joint[u * bins + v];
            if (c > 0.0)
                info += c / n * std::log(c * n / (a[u] * b[v]));
        }
    return info;
}

// The histogram estimator's I of independent samples with the series' own marginal: the mean I
// of the series against kIndependenceShuffles random permutations of itself (Fisher-Yates driven
// by splitmix64 from a fixed seed, so the level is the same on every platform and run). It is the
// estimator's bias, of order (bins - 1)^2 / 2N; I(tau) of a series whose lags have become
// independent fluctuates around it.
constexpr int kIndependenceShuffles = 8;
constexpr double kIndependenceFactor = 2.0;

double independenceLevel(const std::vector<SplineWeights>& s, std::size_t bins, std::vector<double>& joint,
                         std::vector<double>& a, std::vector<double>& b)
{
    std::uint64_t state = 0x4e44656c61794d49ULL; // fixed seed
    const auto next = [&state] {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    std::vector<SplineWeights> shuffled = s;
    double sum = 0.0;
    for (int k = 0; k < kIndependenceShuffles; ++k) {
        for (std::size_t i = shuffled.size() - 1; i > 0; --i)
            std::swap(shuffled[i], shuffled[next() % (i + 1)]);
        sum += mutualInformation(s.data(), shuffled.data(), s.size(), bins, joint, a, b);
    }
    return sum / kIndependenceShuffles;
}

// The series with values closer than `tolerance` made one: sorted, each value takes the first
// value of its run, a run holding the values at most `tolerance` above its first. Runs are
// anchored at their first value (not chained from neighbour to neighbour), so a dense stretch of
// distinct values is not collapsed into one; values that repeat up to rounding, far closer than
// the tolerance to each other and far from other values, always land in one run.
std::vector<double> mergeNearlyEqual(std::span<const double> x, double tolerance)
{
    std::vector<double> y(x.begin(), x.end());
    if (!(tolerance > 0.0))
        return y;
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&x](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    double first = x[order.front()];
    for (std::size_t i : order) {
        if (x[i] - first > tolerance)
            first = x[i];
        y[i] = first;
    }
    return y;
}

} // namespace

DelayResult chooseDelay(std::span<const double> series, const DelayOptions& o)
{
    requireSeries(series, kMinDelaySamples, "delay choice: series");
    const std::size_t n = series.size();
    if (o.maxLag < 0 || static_cast<std::size_t>(o.maxLag) >= n - 1)
        throw InputError("delay choice: max lag must be from 1 to N - 2 = " + std::to_string(n - 2) +
                         ", or 0 for the default (got " + std::to_string(o.maxLag) + ")");
    if (o.bins != 0 && (o.bins < 3 || o.bins > kMaxBins))
        throw InputError("delay choice: bins must be from 3 to 1024, or 0 for Sturges' rule (got " +
                         std::to_string(o.bins) + ")");
    DelayResult r;
    r.maxLag = o.maxLag > 0 ? o.maxLag : static_cast<int>(std::min<std::size_t>(n / 4, 1000));
    r.bins = o.bins > 0 ? o.bins
                        : std::min(kMaxDefaultBins,
                                   static_cast<int>(std::ceil(std::log2(static_cast<double>(n)))) + 1);
    const bool ami = o.method == DelayMethod::MutualInformation;
    std::ostringstream c;
    c << "delay by "
      << (ami ? "the first minimum of the average mutual information"
              : "the first zero of the autocorrelation")
      << "; mutual information I(tau) in nats from a joint histogram of (x_i, x_{i+tau}) over the N - tau "
         "pairs, "
      << r.bins
      << " bins per axis over [min, max] of the whole series with quadratic B-spline weights (Daub et al. "
         "2004)"
      << (o.bins > 0 ? "" : " (Sturges: ceil(log2 N) + 1, at most 64)")
      << ", marginals from the same pairs; first minimum = the first tau >= 1 with I(tau) < I(tau+1) after "
         "which I rises by more than "
      << kIndependenceFactor << " times the independence level (the mean I of the series against "
      << kIndependenceShuffles
      << " seeded random shuffles of itself, the estimator's bias for independent samples) before it falls "
         "below I(tau) again: a dip that rises less is the estimator's noise, not the first minimum; else "
         "the first tau with I(tau) < I(0)/e; autocorrelation r(tau) = sum (x_i - mean)(x_{i+tau} - mean) / sum "
         "(x_i - mean)^2, first zero = the first tau with r(tau) <= 0; lags 0.."
      << r.maxLag;
    r.conventions = c.str();
    if (constantToRounding(series)) {
        r.reason = constantSeriesReason();
        return r;
    }

    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    const double minimum = *lo, width = *hi - *lo;
    std::vector<SplineWeights> spline(n);
    const double scale = static_cast<double>(r.bins - 2) / width;
    for (std::size_t i = 0; i < n; ++i) {
        const double z = (series[i] - minimum) * scale;
        const int first = std::min(r.bins - 3, static_cast<int>(z));
        const double f = z - first;
        spline[i] = {first, {0.5 * (1 - f) * (1 - f), 0.5 + f * (1 - f), 0.5 * f * f}};
    }
    const auto nb = static_cast<std::size_t>(r.bins);
    std::vector<double> joint(nb * nb), a(nb), b(nb);
    const auto lags = static_cast<std::size_t>(r.maxLag);
    r.mutualInformation.resize(lags + 1);
    for (std::size_t lag = 0; lag <= lags; ++lag)
        r.mutualInformation[lag] =
            mutualInformation(spline.data(), spline.data() + lag, n - lag, nb, joint, a, b);
    if (ami)
        r.independenceLevel = independenceLevel(spline, nb, joint, a, b);

    const double mean = seriesMean(series);
    double variance = 0.0;
    for (double v : series)
        variance += (v - mean) * (v - mean);
    r.autocorrelation.resize(lags + 1);
    for (std::size_t lag = 0; lag <= lags; ++lag) {
        double s = 0.0;
        for (std::size_t i = 0; i + lag < n; ++i)
            s += (series[i] - mean) * (series[i + lag] - mean);
        r.autocorrelation[lag] = s / variance;
    }

    const auto found = [&r](std::size_t lag, const char* rule) {
        r.defined = true;
        r.delay = static_cast<int>(lag);
        r.rule = rule;
        return r;
    };
    if (ami) {
        const auto& mi = r.mutualInformation;
        // A minimum counts when I rises after it by more than twice the independence level
        // before it falls below the minimum again (its prominence to the right): the estimator's
        // own wiggles around a level (the floor of a chaotic map, or a slowly decaying tail) rise
        // by a fraction of that.
        const double margin = kIndependenceFactor * r.independenceLevel;
        const auto prominent = [&mi, lags, margin](std::size_t lag) {
            double top = mi[lag];
            for (std::size_t k = lag + 1; k <= lags && mi[k] >= mi[lag]; ++k)
                top = std::max(top, mi[k]);
            return top - mi[lag] > margin;
        };
        for (std::size_t lag = 1; lag < lags; ++lag)
            if (mi[lag] < mi[lag + 1] && prominent(lag))
                return found(lag, "first minimum");
        for (std::size_t lag = 1; lag <= lags; ++lag)
            if (mi[lag] < mi[0] / std::exp(1.0))
                return found(lag, "1/e fallback");
        r.reason = "the mutual information has no minimum and stays above I(0)/e up to lag " +
                   std::to_string(lags) + "; raise the max lag";
        return r;
    }
    for (std::size_t lag = 1; lag <= lags; ++lag)
        if (r.autocorrelation[lag] <= 0.0)
            return found(lag, "first zero");
    r.reason = "the autocorrelation stays positive up to lag " + std::to_string(lags) + "; raise the max lag";
    return r;
}

DimensionResult chooseDimension(std::span<const double> series, const DimensionOptions& o)
{
    if (o.delay < 1)
        throw InputError("embedding dimension: delay must be >= 1 (got " + std::to_string(o.delay) + ")");
    if (o.maxDimension < 1 || o.maxDimension > kMaxEmbeddingDimension)
        throw InputError("embedding dimension: max dimension must be from 1 to 30 (got " +
                         std::to_string(o.maxDimension) + ")");
    if (o.theilerWindow < 0)
        throw InputError("embedding dimension: Theiler window must be >= 0 (got " +
                         std::to_string(o.theilerWindow) + ")");
    const auto positive = [](double v) { return std::isfinite(v) && v > 0.0; };
    if (!positive(o.rTol) || !positive(o.aTol) || !positive(o.fnnThreshold) || !positive(o.caoThreshold))
        throw InputError("embedding dimension: R_tol, A_tol and both thresholds must be finite and > 0");
    if (!(o.caoPlateau >= 0.0 && o.caoPlateau <= 1.0))
        throw InputError("embedding dimension: Cao's plateau tolerance must be from 0 (off) to 1");
    if (!(o.identicalTolerance >= 0.0 && o.identicalTolerance <= kMaxIdenticalTolerance))
        throw InputError("embedding dimension: the identical-value tolerance must be from 0 to 1e-3 (got " +
                         std::to_string(o.identicalTolerance) + ")");
    const auto tau = static_cast<std::size_t>(o.delay);
    const auto w = static_cast<std::size_t>(o.theilerWindow);
    const auto top = static_cast<std::size_t>(o.maxDimension) + 1; // Cao's E(maxDimension + 1)
    // The largest dimension keeps N - top tau vectors; each needs a neighbour outside its window.
    requireSeries(series, top * tau + 2 * (w + 1) + 1, "embedding dimension: series");

    DimensionResult r;
    std::ostringstream c;
    c << "delay vectors (x_i, x_{i+tau}, ..., x_{i+(m-1)tau}) with tau = " << o.delay
      << "; nearest neighbours by a k-d tree, excluding |i - j| <= " << o.theilerWindow
      << " (Theiler window) and neighbours at distance 0; false nearest neighbours (Kennel et al. 1992): "
         "Euclidean distance R_m, a neighbour is false when |x_{i+m tau} - x_{j+m tau}| / R_m > "
      << o.rTol << " or R_{m+1} / R_A > " << o.aTol
      << " with R_A the population standard deviation, over the N - m tau vectors of dimension m; chosen m = "
         "the first with a false fraction < "
      << o.fnnThreshold
      << "; Cao (1997): maximum norm, E(d) = mean R_{d+1}/R_d over the N - d tau vectors, E1(d) = "
         "E(d+1)/E(d), "
         "E*(d) = mean |x_{i+d tau} - x_{n+d tau}|, E2(d) = E*(d+1)/E*(d); chosen d = the first with E1(d) "
         ">= "
      << o.caoThreshold;
    if (o.caoPlateau > 0.0)
        c << " or where E1 stops changing (E1(d) >= " << kCaoPlateauFloor << " and E1 moves by at most "
          << o.caoPlateau << " to d + 1 and to d + 2)";
    c << ", undefined when every E2(d) lies within 0.1 of 1 (no determinism to detect); "
      << "values within " << o.identicalTolerance
      << " standard deviations of the first of their run (sorted) count as one value, so vectors repeating "
         "up to rounding are duplicates at distance 0, never neighbours";
    r.conventions = c.str();
    r.sd = seriesStdDev(series, 0);
    if (constantToRounding(series)) {
        r.fnnReason = r.caoReason = constantSeriesReason();
        return r;
    }
    // Every neighbour and every extra coordinate below comes from the merged values; only R_A is
    // the series' own standard deviation.
    const std::vector<double> merged = mergeNearlyEqual(series, o.identicalTolerance * r.sd);

    const auto dims = static_cast<std::size_t>(o.maxDimension);
    std::vector<double> caoE(top + 1, 0.0), caoEStar(top + 1, 0.0);
    for (std::size_t d = 1; d <= top; ++d) {
        const std::size_t count = merged.size() - d * tau;
        const DelayTree tree(merged, count, static_cast<int>(d), tau);
        // False nearest neighbours: dimension d, the (d+1)-th coordinate x_{i + d tau}.
        if (d <= dims) {
            std::size_t counted = 0, falseCount = 0;
            for (std::size_t i = 0; i < count; ++i) {
                const DelayTree::Hit h = tree.nearest(i, w, false, r.distanceEvaluations);
                if (h.index == DelayTree::npos)
                    continue;
                const double extra = std::abs(merged[i + d * tau] - merged[h.index + d * tau]);
                const double next = std::sqrt(h.distance * h.distance + extra * extra);
                ++counted;
                falseCount += extra / h.distance > o.rTol || next / r.sd > o.aTol;
            }
            r.fnnCounted.push_back(counted);
            r.fnnFraction.push_back(counted > 0
                                        ? static_cast<double>(falseCount) / static_cast<double>(counted)
                                        : std::numeric_limits<double>::quiet_NaN());
        }
        // Cao: the same vectors under the maximum norm.
        double sumA = 0.0, sumStar = 0.0;
        std::size_t used = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const DelayTree::Hit h = tree.nearest(i, w, true, r.distanceEvaluations);
            if (h.index == DelayTree::npos)
                continue;
            const double extra = std::abs(merged[i + d * tau] - merged[h.index + d * tau]);
            sumA += std::max(h.distance, extra) / h.distance;
            sumStar += extra;
            ++used;
        }
        caoE[d] = used > 0 ? sumA / static_cast<double>(used) : std::numeric_limits<double>::quiet_NaN();
        caoEStar[d] =
            used > 0 ? sumStar / static_cast<double>(used) : std::numeric_limits<double>::quiet_NaN();
    }
    for (std::size_t d = 1; d <= dims; ++d) {
        r.caoE1.push_back(caoE[d + 1] / caoE[d]);
        r.caoE2.push_back(caoEStar[d + 1] / caoEStar[d]);
    }

    for (std::size_t k = 0; k < dims && !r.fnnDefined; ++k)
        if (r.fnnFraction[k] < o.fnnThreshold) {
            r.fnnDefined = true;
            r.fnnDimension = static_cast<int>(k + 1);
        }
    if (!r.fnnDefined) {
        std::ostringstream why;
        why << "the false-neighbour fraction never falls below " << o.fnnThreshold
            << " up to m = " << o.maxDimension << " (noise, or raise the max dimension)";
        r.fnnReason = why.str();
    }

    const bool stochastic =
        std::all_of(r.caoE2.begin(), r.caoE2.end(), [](double e2) { return std::abs(e2 - 1.0) < 0.1; });
    if (stochastic) {
        r.caoReason = "E2(d) lies within 0.1 of 1 for every d: the series looks stochastic (Cao 1997)";
        return r;
    }
    // E1 has stopped changing at d when it moves by at most the plateau tolerance over the next
    // two dimensions, at a level of saturation (>= kCaoPlateauFloor): a bursting neuron's E1
    // levels off near 0.83 and never reaches 0.9.
    const auto settled = [&](std::size_t k) {
        return o.caoPlateau > 0.0 && k + 2 < dims && r.caoE1[k] >= kCaoPlateauFloor &&
               std::abs(r.caoE1[k + 1] - r.caoE1[k]) <= o.caoPlateau &&
               std::abs(r.caoE1[k + 2] - r.caoE1[k + 1]) <= o.caoPlateau;
    };
    for (std::size_t k = 0; k < dims && !r.caoDefined; ++k)
        if (r.caoE1[k] >= o.caoThreshold || settled(k)) {
            r.caoDefined = true;
            r.caoDimension = static_cast<int>(k + 1);
            r.caoRule = r.caoE1[k] >= o.caoThreshold ? "threshold" : "plateau";
        }
    if (!r.caoDefined) {
        std::ostringstream why;
        why << "E1(d) stays below " << o.caoThreshold << " and finds no plateau up to d = " << o.maxDimension
            << " (raise the max dimension)";
        r.caoReason = why.str();
    }
    return r;
}

const char* delayRuleName(DelayRule rule)
{
    switch (rule) {
    case DelayRule::MutualInformation:
        return "ami";
    case DelayRule::Autocorrelation:
        return "acf";
    case DelayRule::Given:
        break;
    }
    return "given";
}

const char* dimensionRuleName(DimensionRule rule)
{
    switch (rule) {
    case DimensionRule::Fnn:
        return "fnn";
    case DimensionRule::Cao:
        return "cao";
    case DimensionRule::Given:
        break;
    }
    return "given";
}

std::string EmbeddingChoice::delayRuleText() const
{
    std::string text = delayRuleName(request.delayRule);
    if (delayChoice && delayChoice->defined)
        text += ": " + delayChoice->rule;
    return text;
}

std::string EmbeddingChoice::dimensionRuleText() const
{
    std::string text = dimensionRuleName(request.dimensionRule);
    if (request.dimensionRule == DimensionRule::Cao && dimensionChoice && dimensionChoice->caoDefined)
        text += ": " + dimensionChoice->caoRule;
    return text;
}

std::string EmbeddingChoice::summary() const
{
    std::string text;
    if (request.dimensionRule != DimensionRule::Given)
        text = std::string(request.dimensionName) + " = " + std::to_string(dimension) + " (" +
               dimensionRuleText() + ")";
    if (request.delayRule != DelayRule::Given)
        text += (text.empty() ? "" : ", ") + std::string(request.delayName) + " = " + std::to_string(delay) +
                " (" + delayRuleText() + ")";
    return text;
}

EmbeddingChoice chooseEmbedding(std::span<const double> series, const EmbeddingRequest& q)
{
    EmbeddingChoice c;
    c.request = q;
    c.delay = q.delay;
    c.dimension = q.dimension;
    if (q.delayRule != DelayRule::Given) {
        DelayOptions d;
        d.method = q.delayRule == DelayRule::Autocorrelation ? DelayMethod::Autocorrelation
                                                             : DelayMethod::MutualInformation;
        c.delayChoice = chooseDelay(series, d);
        if (!c.delayChoice->defined) {
            c.defined = false;
            c.reason = std::string(q.delayName) + " " + delayRuleName(q.delayRule) +
                       " chose no delay: " + c.delayChoice->reason;
            return c;
        }
        c.delay = c.delayChoice->delay;
    }
    if (q.dimensionRule == DimensionRule::Given)
        return c;
    DimensionOptions d;
    d.delay = c.delay;
    c.dimensionChoice = chooseDimension(series, d);
    const bool fnn = q.dimensionRule == DimensionRule::Fnn;
    const DimensionResult& r = *c.dimensionChoice;
    if (!(fnn ? r.fnnDefined : r.caoDefined)) {
        c.defined = false;
        c.reason = std::string(q.dimensionName) + " " + dimensionRuleName(q.dimensionRule) +
                   " chose no dimension: " + (fnn ? r.fnnReason : r.caoReason);
        return c;
    }
    c.dimension = fnn ? r.fnnDimension : r.caoDimension;
    if (c.dimension < q.minDimension || c.dimension > q.maxDimension) {
        c.defined = false;
        c.reason = std::string(q.dimensionName) + " " + dimensionRuleName(q.dimensionRule) + " chose m = " +
                   std::to_string(c.dimension) + ", outside the " + std::to_string(q.minDimension) + " to " +
                   std::to_string(q.maxDimension) + " this measure accepts; give " + q.dimensionName +
                   " as a number";
    }
    return c;
}

} // namespace nd
