#include "measures/recurrence.h"

#include "common/errors.h"
#include "measures/measurecommon.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <sstream>

namespace nd {

namespace {

constexpr std::size_t kBlock = 64; // one word of the matrix

// The embedded vectors are never copied: coordinate k of vector i is x[i + k tau], so the
// coordinates are the series itself at offsets k tau. The "metric" compared with the threshold
// is the max norm, or the squared Euclidean norm against eps^2 (no square roots in the loops).
struct Embedded {
    const double* x = nullptr;
    std::size_t points = 0;
    int m = 1;
    std::size_t tau = 1;
    bool euclidean = false;

    // metric(i, j0 + b) for b < len <= kBlock, into d.
    void block(std::size_t i, std::size_t j0, std::size_t len, double* d) const
    {
        for (std::size_t b = 0; b < len; ++b)
            d[b] = 0.0;
        for (int k = 0; k < m; ++k) {
            const std::size_t off = static_cast<std::size_t>(k) * tau;
            const double xi = x[i + off];
            const double* xj = x + j0 + off;
            if (euclidean)
                for (std::size_t b = 0; b < len; ++b)
                    d[b] += (xi - xj[b]) * (xi - xj[b]);
            else
                for (std::size_t b = 0; b < len; ++b)
                    d[b] = std::max(d[b], std::fabs(xi - xj[b]));
        }
    }

    // Calls f(metric) for every unordered pair i < j with j - i >= gap.
    template <class F> void forPairs(std::size_t gap, F&& f) const
    {
        double d[kBlock];
        for (std::size_t i = 0; i + gap < points; ++i)
            for (std::size_t j0 = i + gap; j0 < points; j0 += kBlock) {
                const std::size_t len = std::min(kBlock, points - j0);
                block(i, j0, len, d);
                for (std::size_t b = 0; b < len; ++b)
                    f(d[b]);
            }
    }
};

std::string thresholdText(const RecurrenceOptions& o)
{
    std::ostringstream s;
    switch (o.thresholdKind) {
    case RecurrenceThreshold::Absolute:
        s << "eps = " << o.threshold << " (absolute)";
        break;
    case RecurrenceThreshold::FractionOfStdDev:
        s << "eps = " << o.threshold << " times the population standard deviation of the whole series";
        break;
    case RecurrenceThreshold::FixedRate:
        s << "eps = the smallest pair distance at which the recurrence rate reaches " << o.threshold
          << " (at least ceil(RR * pairs) recurrent pairs; pairs tied at eps all recur, so the rate reached "
             "may exceed the target by the ties)";
        break;
    }
    return s.str();
}

void checkOptions(const RecurrenceOptions& o)
{
    if (o.dimension < 1)
        throw InputError("rqa: embedding dimension must be >= 1 (got " + std::to_string(o.dimension) + ")");
    if (o.delay < 1)
        throw InputError("rqa: delay must be >= 1 (got " + std::to_string(o.delay) + ")");
    if (o.theiler < 0)
        throw InputError("rqa: Theiler window must be >= 0 (got " + std::to_string(o.theiler) + ")");
    if (o.minDiagonal < 1 || o.minVertical < 1)
        throw InputError("rqa: minimum line lengths must be >= 1");
    if (!(o.threshold > 0.0) || !std::isfinite(o.threshold))
        throw InputError("rqa: threshold must be a positive number");
    if (o.thresholdKind == RecurrenceThreshold::FixedRate && o.threshold > 1.0)
        throw InputError("rqa: a fixed recurrence rate must be in (0, 1]");
}

std::size_t embeddedPoints(std::span<const double> series, const RecurrenceOptions& o)
{
    const std::size_t span = static_cast<std::size_t>(o.dimension - 1) * static_cast<std::size_t>(o.delay);
    const std::size_t needed = span + std::max<std::size_t>(2, static_cast<std::size_t>(o.theiler) + 1);
    requireSeries(series, needed,
                  "rqa: series (m = " + std::to_string(o.dimension) + " at tau = " + std::to_string(o.delay) +
                      " with Theiler window " + std::to_string(o.theiler) +
                      " needs (m-1)*tau + max(2, w+1) samples)");
    const std::size_t points = series.size() - span;
    if (points > kMaxRecurrencePoints)
        throw InputError("rqa: " + std::to_string(points) + " embedded vectors exceed the " +
                         std::to_string(kMaxRecurrencePoints) +
                         " one recurrence matrix may hold (312 MB); use windows");
    return points;
}

// Ordered pairs (i, j) with |i - j| >= w among n points.
std::size_t admissiblePairs(std::size_t n, std::size_t w)
{
    std::size_t excluded = w == 0 ? 0 : n;
    for (std::size_t k = 1; k < w && k < n; ++k)
        excluded += 2 * (n - k);
    return n * n - excluded;
}

// The k-th smallest (1-based) metric over the unordered pairs j - i >= gap, by histogram passes:
// each pass narrows the range to the one bin that holds the k-th value (the bin index is monotone
// in the value, so the values of one bin are exactly those within its min and max), until the
// bin is one repeated value or small enough to select from directly. Memory stays O(bins).
double selectPairMetric(const Embedded& e, std::size_t gap, std::size_t k, double hi)
{
    constexpr std::size_t kBins = 1 << 16;
    constexpr std::size_t kCollect = 1 << 20;
    double lo = 0.0;
    std::vector<std::size_t> hist(kBins);
    for (int level = 0;; ++level) {
        const double scale = hi > lo ? static_cast<double>(kBins) / (hi - lo) : 0.0;
        auto binOf = [&](double d) {
            const double t = (d - lo) * scale;
            return t >= static_cast<double>(kBins - 1) ? kBins - 1 : static_cast<std::size_t>(t);
        };
        std::fill(hist.begin(), hist.end(), 0);
        // The first pass takes every pair (a distance rounded above the bound goes to the last
        // bin); later passes only the members of the bin chosen before, exactly [lo, hi].
        auto member = [&](double d) { return level == 0 || (d >= lo && d <= hi); };
        e.forPairs(gap, [&](double d) {
            if (member(d))
                ++hist[binOf(d)];
        });
        std::size_t bin = 0, below = 0;
        while (bin + 1 < kBins && below + hist[bin] < k)
            below += hist[bin++];
        k -= below;
        // The values of that bin: their range, and the values themselves when few.
        double bmin = std::numeric_limits<double>::infinity(), bmax = -bmin;
        std::vector<double> values;
        const bool collect = hist[bin] <= kCollect || level >= 6;
        if (collect)
            values.reserve(hist[bin]);
        e.forPairs(gap, [&](double d) {
            if (member(d) && binOf(d) == bin) {
                bmin = std::min(bmin, d);
                bmax = std::max(bmax, d);
                if (collect)
                    values.push_back(d);
            }
        });
        if (bmin == bmax)
            return bmin;
        if (collect) {
            std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k - 1),
                             values.end());
            return values[k - 1];
        }
        lo = bmin;
        hi = bmax;
    }
}

// eps in the units of the metric (squared for the Euclidean norm).
double metricThreshold(const Embedded& e, const RecurrenceOptions& o, double sd, double range, std::size_t w)
{
    double eps = o.threshold;
    if (o.thresholdKind == RecurrenceThreshold::FractionOfStdDev)
        eps = o.threshold * sd;
    if (o.thresholdKind != RecurrenceThreshold::FixedRate)
        return e.euclidean ? eps * eps : eps;
    // Fixed rate: the smallest eps with at least ceil(RR * pairs) recurrent ordered pairs. With
    // w = 0 the main diagonal's N pairs (distance 0) recur at any eps.
    const std::size_t n = e.points;
    const double target = std::ceil(o.threshold * static_cast<double>(admissiblePairs(n, w)) * (1.0 - 1e-12));
    const std::size_t diagonal = w == 0 ? n : 0;
    if (target <= static_cast<double>(diagonal))
        return 0.0;
    const std::size_t needOff =
        static_cast<std::size_t>(std::ceil((target - static_cast<double>(diagonal)) / 2.0));
    const double hi = e.euclidean ? static_cast<double>(e.m) * range * range : range;
    return selectPairMetric(e, std::max<std::size_t>(w, 1), needOff, hi);
}

RecurrenceMatrix buildMatrix(const Embedded& e, double eps, std::size_t w)
{
    const std::size_t n = e.points;
    RecurrenceMatrix r(n);
    double d[kBlock];
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t* row = r.row(i);
        for (std::size_t word = 0; word < r.wordsPerRow(); ++word) {
            const std::size_t j0 = word * kBlock;
            const std::size_t len = std::min(kBlock, n - j0);
            e.block(i, j0, len, d);
            std::uint64_t bits = 0;
            for (std::size_t b = 0; b < len; ++b)
                bits |= static_cast<std::uint64_t>(d[b] <= eps) << b;
            row[word] = bits;
        }
        // The Theiler band |i - j| < w.
        if (w > 0) {
            const std::size_t from = i + 1 >= w ? i + 1 - w : 0;
            const std::size_t to = std::min(n - 1, i + w - 1);
            for (std::size_t j = from; j <= to; ++j)
                row[j >> 6] &= ~(std::uint64_t{1} << (j & 63));
        }
    }
    return r;
}

// Calls f(j) for the set bits j >= from of a row, in increasing order.
template <class F> void forSetBits(const RecurrenceMatrix& r, std::size_t i, std::size_t from, F&& f)
{
    const std::uint64_t* row = r.row(i);
    for (std::size_t word = from >> 6; word < r.wordsPerRow(); ++word) {
        std::uint64_t bits = row[word];
        if (word == (from >> 6))
            bits &= ~std::uint64_t{0} << (from & 63);
        while (bits) {
            f(word * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
            bits &= bits - 1;
        }
    }
}

void lineHistograms(const RecurrenceMatrix& r, std::size_t w, RqaResult& res)
{
    const std::size_t n = r.size();
    res.diagonalLines.assign(n + 1, 0);
    res.verticalLines.assign(n + 1, 0);
    // Vertical lines: the matrix is symmetric, so column j is row j and its runs are the
    // vertical lines of column j.
    std::size_t ones = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t last = 0, run = 0;
        forSetBits(r, i, 0, [&](std::size_t j) {
            ++ones;
            if (run > 0 && j == last + 1) {
                ++run;
            } else {
                if (run > 0)
                    ++res.verticalLines[run];
                run = 1;
            }
            last = j;
        });
        if (run > 0)
            ++res.verticalLines[run];
    }
    res.recurrences = ones;
    // Diagonal lines of the upper triangle (offset k = j - i >= max(w, 1)), followed along each
    // offset by the row of its last point; the lower triangle mirrors them.
    std::vector<std::size_t> lastRow(n, 0), len(n, 0);
    const std::size_t gap = std::max<std::size_t>(w, 1);
    for (std::size_t i = 0; i + gap < n; ++i)
        forSetBits(r, i, i + gap, [&](std::size_t j) {
            const std::size_t k = j - i;
            if (len[k] > 0 && lastRow[k] + 1 == i) {
                ++len[k];
            } else {
                if (len[k] > 0)
                    res.diagonalLines[len[k]] += 2;
                len[k] = 1;
            }
            lastRow[k] = i;
        });
    for (std::size_t k = gap; k < n; ++k)
        if (len[k] > 0)
            res.diagonalLines[len[k]] += 2;
    if (w == 0)
        ++res.diagonalLines[n]; // the main diagonal, every point recurrent
}

void measures(const RecurrenceOptions& o, RqaResult& res)
{
    auto sums = [](const std::vector<std::size_t>& h, std::size_t minLength, double& points, double& lines,
                   std::size_t& longest) {
        points = lines = 0.0;
        longest = 0;
        for (std::size_t l = 1; l < h.size(); ++l)
            if (h[l] > 0) {
                longest = l;
                if (l >= minLength) {
                    points += static_cast<double>(l) * static_cast<double>(h[l]);
                    lines += static_cast<double>(h[l]);
                }
            }
    };
    const double all = static_cast<double>(res.recurrences);
    double dPoints = 0, dLines = 0, vPoints = 0, vLines = 0;
    sums(res.diagonalLines, static_cast<std::size_t>(o.minDiagonal), dPoints, dLines, res.lMax);
    sums(res.verticalLines, static_cast<std::size_t>(o.minVertical), vPoints, vLines, res.vMax);
    const std::string none = "there are no recurrences outside the Theiler window";
    res.detDefined = res.lamDefined = all > 0;
    if (all > 0) {
        res.det = dPoints / all;
        res.lam = vPoints / all;
    } else {
        res.detReason = res.lamReason = none;
    }
    res.lineDefined = dLines > 0;
    if (dLines > 0) {
        res.lMean = dPoints / dLines;
        double h = 0.0;
        for (std::size_t l = static_cast<std::size_t>(o.minDiagonal); l < res.diagonalLines.size(); ++l)
            if (res.diagonalLines[l] > 0) {
                const double p = static_cast<double>(res.diagonalLines[l]) / dLines;
                h -= p * std::log(p);
            }
        res.entr = h == 0.0 ? 0.0 : h;
    } else {
        res.lineReason = "there is no diagonal line of length >= l_min = " + std::to_string(o.minDiagonal);
    }
    res.ttDefined = vLines > 0;
    if (vLines > 0)
        res.tt = vPoints / vLines;
    else
        res.ttReason = "there is no vertical line of length >= v_min = " + std::to_string(o.minVertical);
}

RqaResult quantify(std::span<const double> series, const RecurrenceOptions& o, double sd, bool constant,
                   RecurrenceMatrix* keep)
{
    RqaResult res;
    res.points = embeddedPoints(series, o);
    res.stdDev = sd;
    const std::size_t w = static_cast<std::size_t>(o.theiler);
    res.admissiblePairs = admissiblePairs(res.points, w);
    std::ostringstream c;
    c << "time-delay embedding m=" << o.dimension << ", tau=" << o.delay << " (" << res.points
      << " vectors); "
      << (o.norm == RecurrenceNorm::Max ? "max norm" : "Euclidean norm (squared, against eps^2)")
      << "; R(i,j) = 1 when the distance is <= eps, " << thresholdText(o)
      << "; Theiler window w=" << o.theiler
      << " (pairs |i-j| < w excluded from the matrix, the rate's denominator and every line)"
      << (o.theiler == 0 ? ", the main diagonal counted as one line of length N" : "")
      << "; RR over the ordered pairs outside the window; diagonal lines l >= l_min=" << o.minDiagonal
      << " for DET, L_mean and ENTR (Shannon entropy in nats of the histogram of those lengths), L_max the "
         "longest diagonal line of any length; vertical lines v >= v_min="
      << o.minVertical << " for LAM and TT; lines cut by the window or the matrix edge end there";
    res.conventions = c.str();
    if (constant) {
        res.reason = constantSeriesReason() + ": every pair would recur";
        res.detReason = res.lineReason = res.lamReason = res.ttReason = res.reason;
        return res;
    }
    const Embedded e{series.data(), res.points, o.dimension, static_cast<std::size_t>(o.delay),
                     o.norm == RecurrenceNorm::Euclidean};
    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    const double eps = metricThreshold(e, o, sd, *hi - *lo, w);
    // The eps given (or made from the SD) as is; a rate's eps from the distance selected.
    if (o.thresholdKind == RecurrenceThreshold::FixedRate)
        res.epsilon = e.euclidean ? std::sqrt(eps) : eps;
    else
        res.epsilon = o.thresholdKind == RecurrenceThreshold::Absolute ? o.threshold : o.threshold * sd;
    RecurrenceMatrix r = buildMatrix(e, eps, w);
    lineHistograms(r, w, res);
    res.defined = true;
    res.rr = static_cast<double>(res.recurrences) / static_cast<double>(res.admissiblePairs);
    measures(o, res);
    if (keep)
        *keep = std::move(r);
    return res;
}

} // namespace

RecurrenceMatrix::RecurrenceMatrix(std::size_t n) : n_(n), words_((n + 63) / 64), bits_(n * words_, 0)
{
}

RecurrenceMatrix recurrenceMatrix(std::span<const double> series, const RecurrenceOptions& o,
                                  double* epsilonUsed)
{
    checkOptions(o);
    embeddedPoints(series, o);
    if (constantToRounding(series))
        throw InputError("rqa: " + constantSeriesReason() + ": every pair would recur");
    RecurrenceMatrix r;
    const RqaResult res = quantify(series, o, seriesStdDev(series, 0), false, &r);
    if (epsilonUsed)
        *epsilonUsed = res.epsilon;
    return r;
}

RqaResult recurrenceQuantification(std::span<const double> series, const RecurrenceOptions& o)
{
    checkOptions(o);
    embeddedPoints(series, o);
    return quantify(series, o, seriesStdDev(series, 0), constantToRounding(series), nullptr);
}

WindowedRqaResult windowedRecurrenceQuantification(std::span<const double> series, std::size_t window,
                                                   std::size_t step, const RecurrenceOptions& o)
{
    checkOptions(o);
    if (window < 2 || step < 1)
        throw InputError("rqa: the window must hold >= 2 samples and the step be >= 1");
    if (window > series.size())
        throw InputError("rqa: the window (" + std::to_string(window) +
                         " samples) is longer than the series (" + std::to_string(series.size()) + ")");
    requireSeries(series, window, "rqa: series");
    embeddedPoints(series.first(window), o);
    const bool constant = constantToRounding(series);
    const double sd = seriesStdDev(series, 0);
    RecurrenceOptions wo = o;
    if (o.thresholdKind == RecurrenceThreshold::FractionOfStdDev) {
        wo.thresholdKind = RecurrenceThreshold::Absolute;
        wo.threshold = constant ? 1.0 : o.threshold * sd;
    }
    WindowedRqaResult out;
    for (std::size_t start = 0; start + window <= series.size(); start += step) {
        const auto part = series.subspan(start, window);
        RqaResult r =
            quantify(part, wo, seriesStdDev(part, 0), constant || constantToRounding(part), nullptr);
        r.conventions = "window of " + std::to_string(window) + " samples every " + std::to_string(step) +
                        " (" + thresholdText(o) + "); " + r.conventions;
        out.starts.push_back(start);
        out.windows.push_back(std::move(r));
    }
    return out;
}

} // namespace nd
