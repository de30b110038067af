#include "measures/zeroone.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/fftautocorrelation.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <random>
#include <sstream>

namespace nd {

namespace {

constexpr std::size_t kMinSamples = 50;

// One thread's working arrays, kept between c values and calls: allocating them for every c
// (two of them past glibc's mmap threshold at N = 1e4) showed as page faults in perf.
struct Scratch {
    std::vector<std::complex<double>> z;
    std::vector<double> prefix, cross, d;
};

Scratch& threadScratch()
{
    thread_local Scratch scratch;
    return scratch;
}

// z(j) = p_c(j) + i q_c(j) = sum_{k<=j} phi_k exp(i k c), j = 1..N stored at j-1. The rotation
// is re-anchored with an exact exp every 1024 steps so its drift stays at round-off.
void pqTrajectory(std::span<const double> phi, double c, std::vector<std::complex<double>>& z)
{
    z.resize(phi.size());
    const std::complex<double> step = std::polar(1.0, c);
    std::complex<double> rot, sum;
    for (std::size_t j = 0; j < phi.size(); ++j) {
        rot = (j % 1024 == 0) ? std::polar(1.0, static_cast<double>(j + 1) * c) : rot * step;
        sum += phi[j] * rot;
        z[j] = sum;
    }
}

// M_c(n), n = 1..nCut, into msd from the trajectory in s.z (which it centres).
void msdFromTrajectory(Scratch& s, std::size_t nCut, const ComplexAutocorrelation& acf,
                       std::vector<double>& msd)
{
    std::vector<std::complex<double>>& z = s.z;
    const std::size_t n = z.size();
    // M is invariant under a constant shift of z; removing the mean shrinks the terms that cancel.
    std::complex<double> mean;
    for (const auto& v : z)
        mean += v;
    mean /= static_cast<double>(n);
    std::vector<double>& prefix = s.prefix; // prefix[k] = sum_{j<k} |z_j|^2
    prefix.resize(n + 1);
    prefix[0] = 0.0;
    double running = 0.0; // in a register: reading prefix[j] back from memory made this loop the
                          // largest part of the function in perf (store-to-load latency every step)
    for (std::size_t j = 0; j < n; ++j) {
        z[j] -= mean;
        running += std::norm(z[j]);
        prefix[j + 1] = running;
    }
    acf.realLags(z, s.cross);
    msd.resize(nCut);
    for (std::size_t lag = 1; lag <= nCut; ++lag) {
        const double sum = (prefix[n] - prefix[lag]) + prefix[n - lag] - 2.0 * s.cross[lag];
        msd[lag - 1] = std::max(0.0, sum) / static_cast<double>(n - lag);
    }
}

void checkSeries(std::span<const double> series, std::size_t nCut)
{
    requireSeries(series, kMinSamples, "0-1 test: series");
    if (nCut < 3 || nCut >= series.size())
        throw InputError(ND_ENGINE_TEXT("0-1 test: n_cut must be in [3, N - 1] (got %1 for N = %2)"),
                         {std::to_string(nCut), std::to_string(series.size())});
}

void checkC(double c)
{
    requireFinite(c, "0-1 test: c");
    if (!(c > 0.0 && c < 2.0 * std::numbers::pi)) {
        std::ostringstream os;
        os << "0-1 test: c must lie in (0, 2 pi) (got " << c << ")";
        throw InputError(os.str());
    }
}

double correlationWithIndex(const std::vector<double>& d, bool& ok)
{
    // Pearson correlation of (1..n) with d, two-pass for accuracy.
    const double n = static_cast<double>(d.size());
    const double meanN = (n + 1.0) / 2.0;
    double meanD = 0.0;
    for (double v : d)
        meanD += v;
    meanD /= n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double dx = static_cast<double>(i + 1) - meanN, dy = d[i] - meanD;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    ok = syy > 0.0;
    return ok ? std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0) : 0.0;
}

} // namespace

std::vector<double> zeroOneDrawC(std::uint64_t seed, int count, double cMin, double cMax)
{
    std::mt19937_64 rng(seed); // mt19937_64's output sequence is fixed by the standard
    std::vector<double> c(static_cast<std::size_t>(std::max(count, 0)));
    for (double& v : c)
        v = cMin + (cMax - cMin) * ((static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53);
    return c;
}

std::vector<double> zeroOneMsdFft(std::span<const double> series, double c, std::size_t nCut)
{
    checkSeries(series, nCut);
    checkC(c);
    const ComplexAutocorrelation acf(series.size(), nCut);
    Scratch& scratch = threadScratch();
    pqTrajectory(series, c, scratch.z);
    std::vector<double> msd;
    msdFromTrajectory(scratch, nCut, acf, msd);
    return msd;
}

std::vector<double> zeroOneMsdDirect(std::span<const double> series, double c, std::size_t nCut)
{
    checkSeries(series, nCut);
    checkC(c);
    // The definition, term by term, with p and q from std::cos / std::sin of every j c.
    const std::size_t n = series.size();
    std::vector<double> p(n), q(n);
    double ps = 0.0, qs = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
        const double arg = static_cast<double>(j + 1) * c;
        ps += series[j] * std::cos(arg);
        qs += series[j] * std::sin(arg);
        p[j] = ps;
        q[j] = qs;
    }
    std::vector<double> msd(nCut);
    for (std::size_t lag = 1; lag <= nCut; ++lag) {
        double sum = 0.0;
        for (std::size_t j = 0; j + lag < n; ++j) {
            const double dp = p[j + lag] - p[j], dq = q[j + lag] - q[j];
            sum += dp * dp + dq * dq;
        }
        msd[lag - 1] = sum / static_cast<double>(n - lag);
    }
    return msd;
}

ZeroOneResult zeroOneTest(std::span<const double> series, const ZeroOneOptions& o, Progress* progress)
{
    const std::size_t n = series.size();
    const std::size_t nCut = o.nCut == 0 ? n / 10 : o.nCut;
    requireSeries(series, kMinSamples, "0-1 test: series");
    checkSeries(series, nCut);
    std::vector<double> cs = o.cValues;
    if (cs.empty()) {
        if (o.cCount < 1)
            throw InputError(ND_ENGINE_TEXT("0-1 test: the number of c values must be >= 1 (got %1)"),
                             {std::to_string(o.cCount)});
        requireFinite(o.cMin, "0-1 test: c range minimum");
        requireFinite(o.cMax, "0-1 test: c range maximum");
        if (!(o.cMin < o.cMax))
            throw InputError(ND_ENGINE_TEXT("0-1 test: the c range minimum must be below its maximum"), {});
        checkC(o.cMin);
        checkC(o.cMax);
        cs = zeroOneDrawC(o.seed, o.cCount, o.cMin, o.cMax);
    }
    for (double c : cs)
        checkC(c);

    ZeroOneResult res;
    res.c = cs;
    res.nCut = nCut;
    std::ostringstream conv;
    conv << "correlation method, K = median of K_c = corr(n, D_c(n)), n = 1.." << nCut << ", "
         << (o.cValues.empty()
                 ? std::to_string(cs.size()) + " c drawn uniformly in (" + std::to_string(o.cMin) + ", " +
                       std::to_string(o.cMax) + ") with seed " + std::to_string(o.seed)
                 : std::to_string(cs.size()) + " given c values")
         << ", M_c(n) averaged over j = 1..N-n";
    res.conventions = conv.str();

    const auto [minIt, maxIt] = std::minmax_element(series.begin(), series.end());
    double meanAbsDiff = 0.0;
    for (std::size_t j = 1; j < n; ++j)
        meanAbsDiff += std::fabs(series[j] - series[j - 1]);
    meanAbsDiff /= static_cast<double>(n - 1);
    if (constantToRounding(series)) {
        res.reason = constantSeriesReason();
        return res;
    }
    res.oversamplingRatio = (*maxIt - *minIt) / meanAbsDiff;
    res.oversampled = res.oversamplingRatio > 10.0;
    if (res.oversampled)
        res.warning =
            "oversampled input: (max - min) / mean|diff| = " + std::to_string(res.oversamplingRatio) +
            " > 10; subsample the series (e.g. take every k-th point) for a reliable K";

    const double meanPhi = seriesMean(series);
    const ComplexAutocorrelation acf(n, nCut);
    res.kc.assign(cs.size(), 0.0);
    res.kcDefined.assign(cs.size(), 0);
    if (o.keepMsd)
        res.msd.resize(cs.size());
    const bool complete = parallelFor(
        cs.size(), o.threads,
        [&](std::size_t ci) {
            const double c = cs[ci];
            Scratch& scratch = threadScratch();
            pqTrajectory(series, c, scratch.z);
            std::vector<double> kept;
            std::vector<double>& msd = o.keepMsd ? kept : scratch.d;
            msdFromTrajectory(scratch, nCut, acf, msd);
            std::vector<double>& d = o.keepMsd ? scratch.d : msd; // D_c(n) in place of M_c(n) if not kept
            d.resize(nCut);
            const double denom = 1.0 - std::cos(c);
            for (std::size_t lag = 1; lag <= nCut; ++lag)
                d[lag - 1] =
                    msd[lag - 1] - meanPhi * meanPhi * (1.0 - std::cos(static_cast<double>(lag) * c)) / denom;
            bool ok = false;
            res.kc[ci] = correlationWithIndex(d, ok);
            res.kcDefined[ci] = ok;
            if (o.keepMsd)
                res.msd[ci] = std::move(kept);
        },
        progress);
    if (!complete) {
        res.reason = kCanceledReason;
        res.outcome = Outcome::Canceled;
        return res;
    }

    std::vector<double> defined;
    for (std::size_t ci = 0; ci < cs.size(); ++ci)
        if (res.kcDefined[ci])
            defined.push_back(res.kc[ci]);
    if (defined.empty()) {
        res.reason = "D_c(n) has zero variance for every c";
        return res;
    }
    std::sort(defined.begin(), defined.end());
    const std::size_t mid = defined.size() / 2;
    res.k = defined.size() % 2 ? defined[mid] : 0.5 * (defined[mid - 1] + defined[mid]);
    res.defined = true;

    // An even count's median lies halfway between two K_c: both are closest, and only round-off
    // told them apart. Distances within 1e-12 count as equal, and the first c among them wins.
    double best = INFINITY;
    for (std::size_t ci = 0; ci < cs.size(); ++ci)
        if (res.kcDefined[ci] && std::fabs(res.kc[ci] - res.k) < best - 1e-12) {
            best = std::fabs(res.kc[ci] - res.k);
            res.displayIndex = ci;
        }
    std::vector<std::complex<double>> z;
    pqTrajectory(series, cs[res.displayIndex], z);
    res.p.resize(n);
    res.q.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        res.p[j] = z[j].real();
        res.q[j] = z[j].imag();
    }
    return res;
}

MeasureValue zeroOneK(std::span<const double> series, std::uint64_t seed)
{
    ZeroOneOptions o;
    o.seed = seed;
    o.keepMsd = false;
    o.threads = 1;
    const ZeroOneResult res = zeroOneTest(series, o);
    return res.defined ? MeasureValue::of(res.k) : MeasureValue::undefined(res.reason);
}

} // namespace nd
