#include "measures/surrogates.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "measures/fftautocorrelation.h"
#include "measures/measurecommon.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <new>
#include <numbers>
#include <random>
#include <sstream>
#include <utility>

namespace nd {

namespace {

using Cd = std::complex<double>;
using Channels = std::vector<std::vector<double>>;
using Spectra = std::vector<std::vector<Cd>>;

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The random stream of surrogate `index`: a function of (seed, index) only, so surrogates can be
// made in any order on any number of threads.
class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t index) : m_gen(splitmix64(splitmix64(seed) ^ splitmix64(~index))) {}

    // Uniform in (0, 1), never 0 (Box-Muller takes its log).
    double uniform() { return (static_cast<double>(m_gen() >> 11) + 0.5) * 0x1.0p-53; }
    // Uniform whole number in [0, n), without the modulo bias (rejection of the top remainder).
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t remainder = (0 - n) % n; // 2^64 mod n
        std::uint64_t r = m_gen();
        while (r > std::numeric_limits<std::uint64_t>::max() - remainder)
            r = m_gen();
        return r % n;
    }
    // Standard normal (Box-Muller, both values used).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double radius = std::sqrt(-2.0 * std::log(uniform()));
        const double angle = 2.0 * std::numbers::pi * uniform();
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }
    // Fisher-Yates permutation of 0..n-1.
    std::vector<std::size_t> permutation(std::size_t n)
    {
        std::vector<std::size_t> p(n);
        for (std::size_t i = 0; i < n; ++i)
            p[i] = i;
        for (std::size_t i = n; i > 1; --i)
            std::swap(p[i - 1], p[below(i)]);
        return p;
    }

private:
    std::mt19937_64 m_gen;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// Real-to-complex and back of one length, planned once (under fftwPlannerMutex: FFTW's planner is
// not thread-safe) and executed on per-call buffers (new-array execution is thread-safe).
class RealFft {
public:
    explicit RealFft(std::size_t n) : m_n(n), m_bins(n / 2 + 1)
    {
        Buffers scratch(n, m_bins);
        const int len = static_cast<int>(n);
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        // FFTW_ESTIMATE never touches the arrays and keeps planning cheap.
        m_forward = fftw_plan_dft_r2c_1d(len, scratch.real, scratch.complex, FFTW_ESTIMATE);
        m_backward = fftw_plan_dft_c2r_1d(len, scratch.complex, scratch.real, FFTW_ESTIMATE);
        if (!m_forward || !m_backward) {
            if (m_forward)
                fftw_destroy_plan(m_forward);
            if (m_backward)
                fftw_destroy_plan(m_backward);
            throw std::bad_alloc();
        }
    }
    ~RealFft()
    {
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        fftw_destroy_plan(m_forward);
        fftw_destroy_plan(m_backward);
    }
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    std::size_t size() const { return m_n; }
    std::size_t bins() const { return m_bins; }

    // Aligned buffers like the planning ones, as new-array execution requires; one per worker.
    struct Buffers {
        Buffers(std::size_t n, std::size_t bins) : real(fftw_alloc_real(n)), complex(fftw_alloc_complex(bins))
        {
            if (!real || !complex) {
                fftw_free(real);
                fftw_free(complex);
                throw std::bad_alloc();
            }
        }
        ~Buffers()
        {
            fftw_free(real);
            fftw_free(complex);
        }
        Buffers(const Buffers&) = delete;
        Buffers& operator=(const Buffers&) = delete;
        double* real;
        fftw_complex* complex;
    };

    // X[k] = sum_t x[t] e^{-2 pi i k t / n}, k = 0..n/2.
    void forward(const std::vector<double>& x, std::vector<Cd>& spectrum, Buffers& b) const
    {
        std::copy(x.begin(), x.end(), b.real);
        fftw_execute_dft_r2c(m_forward, b.real, b.complex);
        spectrum.resize(m_bins);
        for (std::size_t k = 0; k < m_bins; ++k)
            spectrum[k] = Cd(b.complex[k][0], b.complex[k][1]);
    }
    // The real series whose forward transform is `spectrum` (Hermitian symmetry implied; the
    // imaginary parts of the DC and Nyquist terms are ignored).
    void inverse(const std::vector<Cd>& spectrum, std::vector<double>& x, Buffers& b) const
    {
        for (std::size_t k = 0; k < m_bins; ++k) {
            b.complex[k][0] = spectrum[k].real();
            b.complex[k][1] = spectrum[k].imag();
        }
        fftw_execute_dft_c2r(m_backward, b.complex, b.real);
        x.resize(m_n);
        const double scale = 1.0 / static_cast<double>(m_n);
        for (std::size_t t = 0; t < m_n; ++t)
            x[t] = b.real[t] * scale;
    }

private:
    std::size_t m_n, m_bins;
    fftw_plan m_forward = nullptr, m_backward = nullptr;
};

void checkChannels(const Channels& channels)
{
    if (channels.empty())
        throw InputError(ND_ENGINE_TEXT("surrogates need at least one series"), {});
    for (std::size_t c = 0; c < channels.size(); ++c) {
        if (channels[c].size() != channels.front().size())
            throw InputError(ND_ENGINE_TEXT("surrogates: channel %1 has %2 samples, channel 1 has %3"),
                             {std::to_string(c + 1), std::to_string(channels[c].size()),
                              std::to_string(channels.front().size())});
        requireSeries(channels[c], 4, "surrogate series " + std::to_string(c + 1));
    }
    // FFTW takes an int length; the rank step keeps 32-bit indices.
    if (channels.front().size() > std::size_t(std::numeric_limits<int>::max()))
        throw InputError(
            ND_ENGINE_TEXT("surrogates: a series of %1 samples is longer than %2"),
            {std::to_string(channels.front().size()), std::to_string(std::numeric_limits<int>::max())});
}

void checkOptions(const SurrogateOptions& o)
{
    if (o.kind == SurrogateKind::Iaaft && (!(o.iaaftTolerance >= 0.0) || !std::isfinite(o.iaaftTolerance)))
        throw InputError(ND_ENGINE_TEXT("IAAFT tolerance must be a finite number >= 0"), {});
    if (o.kind == SurrogateKind::Iaaft && o.iaaftMaxIterations < 1)
        throw InputError(ND_ENGINE_TEXT("IAAFT needs at least one iteration"), {});
}

// Scratch of rankOrder, kept across the iterations of one surrogate.
struct RankScratch {
    struct Item {
        std::uint64_t key;
        std::uint32_t index;
    };
    std::vector<Item> items, other;
};

// The sample indices in increasing order of value, ties by index (so ranks are deterministic).
// An LSD radix sort of the values' bit patterns made monotone (8 bits a pass, all histograms in
// one read, passes whose digit is the same in every key skipped, key and index moved together):
// the rank step is most of an IAAFT iteration, and this is several times faster than a
// comparison sort of (value, index) pairs at N = 1e4.
std::uint64_t monotoneKey(double value)
{
    std::uint64_t bits;
    const double v = value + 0.0; // -0 -> +0: equal values, equal keys
    std::memcpy(&bits, &v, sizeof bits);
    // Negative numbers: flip every bit (larger magnitude sorts first); positive: flip the sign.
    return (bits >> 63) ? ~bits : bits | (std::uint64_t(1) << 63);
}

// With `order` from the previous IAAFT iteration the values are nearly sorted in that order:
// an insertion sort by (key, index) finishes in O(N + moves). Gives up (false) past a budget of
// moves, early in the iterations when the order still changes a lot.
bool rankOrderFromPrevious(const std::vector<double>& x, RankScratch& r, std::vector<std::size_t>& order)
{
    const std::size_t n = x.size();
    r.items.resize(n);
    for (std::size_t j = 0; j < n; ++j)
        r.items[j] = {monotoneKey(x[order[j]]), static_cast<std::uint32_t>(order[j])};
    const auto less = [](const RankScratch::Item& a, const RankScratch::Item& b) {
        return a.key < b.key || (a.key == b.key && a.index < b.index);
    };
    std::size_t moves = 0;
    const std::size_t budget = 8 * n;
    for (std::size_t j = 1; j < n; ++j) {
        const RankScratch::Item item = r.items[j];
        std::size_t k = j;
        while (k > 0 && less(item, r.items[k - 1])) {
            r.items[k] = r.items[k - 1];
            --k;
            if (++moves > budget)
                return false;
        }
        r.items[k] = item;
    }
    for (std::size_t j = 0; j < n; ++j)
        order[j] = r.items[j].index;
    return true;
}

void rankOrder(const std::vector<double>& x, RankScratch& r, std::vector<std::size_t>& order,
               bool fromPrevious = false)
{
    // Both ways give the one order by (value, index), so the result never depends on the way.
    if (fromPrevious && order.size() == x.size() && rankOrderFromPrevious(x, r, order))
        return;
    const std::size_t n = x.size();
    r.items.resize(n);
    r.other.resize(n);
    std::uint32_t count[8][256] = {};
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t bits = monotoneKey(x[i]);
        r.items[i] = {bits, static_cast<std::uint32_t>(i)};
        for (int d = 0; d < 8; ++d)
            ++count[d][(bits >> (8 * d)) & 0xFF];
    }
    for (int d = 0; d < 8; ++d) {
        std::uint32_t* c = count[d];
        if (c[(r.items[0].key >> (8 * d)) & 0xFF] == n)
            continue; // this digit is the same in every key: the pass would not move anything
        std::uint32_t sum = 0;
        for (int b = 0; b < 256; ++b) {
            const std::uint32_t t = c[b];
            c[b] = sum;
            sum += t;
        }
        for (const RankScratch::Item& item : r.items)
            r.other[c[(item.key >> (8 * d)) & 0xFF]++] = item;
        r.items.swap(r.other);
    }
    order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = r.items[i].index;
}

// out[order[j]] = sorted[j]: the values `sorted` put in the rank order of the series that gave `order`.
void rankRemap(const std::vector<std::size_t>& order, const std::vector<double>& sorted,
               std::vector<double>& out)
{
    out.resize(sorted.size());
    for (std::size_t j = 0; j < sorted.size(); ++j)
        out[order[j]] = sorted[j];
}

// One random phase per frequency 1..(n-1)/2, the same for every channel; DC and (even n) Nyquist
// keep their real values, so the inverse transform is real with Hermitian symmetry.
void randomisePhases(Spectra& spectra, std::size_t n, Rng& rng)
{
    const std::size_t last = (n - 1) / 2; // highest frequency with a distinct conjugate partner
    for (std::size_t k = 1; k <= last; ++k) {
        const Cd rotation = std::polar(1.0, 2.0 * std::numbers::pi * rng.uniform());
        for (auto& s : spectra)
            s[k] *= rotation;
    }
}

std::vector<double> sortedCopy(const std::vector<double>& x)
{
    std::vector<double> s = x;
    std::sort(s.begin(), s.end());
    return s;
}

Channels shuffleSurrogate(const Channels& x, Rng& rng)
{
    const std::vector<std::size_t> p = rng.permutation(x.front().size());
    Channels out(x.size(), std::vector<double>(p.size()));
    for (std::size_t c = 0; c < x.size(); ++c)
        for (std::size_t t = 0; t < p.size(); ++t)
            out[c][t] = x[c][p[t]];
    return out;
}

Channels ftSurrogate(const Channels& x, Rng& rng, const RealFft& fft, RealFft::Buffers& b)
{
    Spectra spectra(x.size());
    for (std::size_t c = 0; c < x.size(); ++c)
        fft.forward(x[c], spectra[c], b);
    randomisePhases(spectra, fft.size(), rng);
    Channels out(x.size());
    for (std::size_t c = 0; c < x.size(); ++c)
        fft.inverse(spectra[c], out[c], b);
    return out;
}

Channels aaftSurrogate(const Channels& x, Rng& rng, const RealFft& fft, RealFft::Buffers& b)
{
    const std::size_t n = fft.size();
    RankScratch scratch;
    std::vector<std::size_t> order;
    // Gaussian series with each channel's rank order ...
    Channels gauss(x.size());
    for (std::size_t c = 0; c < x.size(); ++c) {
        std::vector<double> g(n);
        for (double& v : g)
            v = rng.normal();
        std::sort(g.begin(), g.end());
        rankOrder(x[c], scratch, order);
        rankRemap(order, g, gauss[c]);
    }
    // ... phase-randomised together ...
    const Channels shuffled = ftSurrogate(gauss, rng, fft, b);
    // ... and each channel's own values put in the rank order of the result.
    Channels out(x.size());
    for (std::size_t c = 0; c < x.size(); ++c) {
        rankOrder(shuffled[c], scratch, order);
        rankRemap(order, sortedCopy(x[c]), out[c]);
    }
    return out;
}

Channels iaaftSurrogate(const Channels& x, const SurrogateOptions& o, Rng& rng, const RealFft& fft,
                        RealFft::Buffers& b, SurrogateInfo& info)
{
    const std::size_t channels = x.size(), bins = fft.bins();
    Spectra original(channels), current(channels);
    std::vector<std::vector<double>> amplitude(channels, std::vector<double>(bins));
    Channels sorted(channels), s(channels);
    double norm = 0.0;
    for (std::size_t c = 0; c < channels; ++c) {
        fft.forward(x[c], original[c], b);
        for (std::size_t k = 0; k < bins; ++k) {
            amplitude[c][k] = std::abs(original[c][k]);
            norm += amplitude[c][k] * amplitude[c][k];
        }
        sorted[c] = sortedCopy(x[c]);
        // The start: an independent random shuffle of each channel.
        const std::vector<std::size_t> p = rng.permutation(x[c].size());
        s[c].resize(p.size());
        for (std::size_t t = 0; t < p.size(); ++t)
            s[c][t] = x[c][p[t]];
    }
    RankScratch scratch;
    std::vector<std::vector<std::size_t>> orders(channels); // each channel's previous rank order
    std::vector<double> y;
    double previous = 0.0;
    for (int iteration = 0;; ++iteration) {
        for (std::size_t c = 0; c < channels; ++c)
            fft.forward(s[c], current[c], b);
        // One pass over the frequencies: the spectrum error of the current series and, in place,
        // the spectrum step (used only if the error says to go on). The step takes the original
        // spectra rotated by the common phase alpha_k that brings them closest to the current
        // ones, alpha_k = arg sum_c conj(X_c,k) S_c,k (least squares). For one channel this is
        // |X_k| with the current phase; for several it keeps every cross-spectrum. In real
        // arithmetic and sqrt of squares: std::complex's operators check for infinities, std::abs
        // calls hypot (half an iteration's time otherwise); amplitudes stay far below the 1e154
        // where a square would overflow (SurrogateGenerator scales larger series).
        double sum = 0.0;
        for (std::size_t k = 0; k < bins; ++k) {
            double zr = 0.0, zi = 0.0;
            for (std::size_t c = 0; c < channels; ++c) {
                const double xr = original[c][k].real(), xi = original[c][k].imag();
                const double sr = current[c][k].real(), si = current[c][k].imag();
                const double d = std::sqrt(sr * sr + si * si) - amplitude[c][k];
                sum += d * d;
                zr += xr * sr + xi * si;
                zi += xr * si - xi * sr;
            }
            const double magnitude = std::sqrt(zr * zr + zi * zi);
            const double cr = magnitude > 0.0 ? zr / magnitude : 1.0,
                         ci = magnitude > 0.0 ? zi / magnitude : 0.0;
            for (std::size_t c = 0; c < channels; ++c) {
                const double xr = original[c][k].real(), xi = original[c][k].imag();
                current[c][k] = Cd(xr * cr - xi * ci, xr * ci + xi * cr);
            }
        }
        const double error = norm > 0.0 ? std::sqrt(sum / norm) : 0.0;
        info.iterations = iteration;
        info.spectrumError = error;
        if (iteration > 0 && (error == 0.0 || std::fabs(previous - error) <= o.iaaftTolerance * previous)) {
            info.converged = true;
            break;
        }
        if (iteration == o.iaaftMaxIterations)
            break;
        previous = error;
        // Rank step: the channel's own values in the rank order of the spectrum-matched series.
        for (std::size_t c = 0; c < channels; ++c) {
            fft.inverse(current[c], y, b);
            rankOrder(y, scratch, orders[c], true);
            rankRemap(orders[c], sorted[c], s[c]);
        }
    }
    return s;
}

Channels makeOne(const Channels& x, const SurrogateOptions& o, std::uint64_t index, const RealFft& fft,
                 SurrogateInfo* info)
{
    Rng rng(o.seed, index);
    SurrogateInfo local;
    SurrogateInfo& i = info ? *info : local;
    i = {};
    if (o.kind == SurrogateKind::Shuffle)
        return shuffleSurrogate(x, rng);
    RealFft::Buffers buffers(fft.size(), fft.bins());
    if (o.kind == SurrogateKind::Ft)
        return ftSurrogate(x, rng, fft, buffers);
    if (o.kind == SurrogateKind::Aaft)
        return aaftSurrogate(x, rng, fft, buffers);
    return iaaftSurrogate(x, o, rng, fft, buffers, i);
}

} // namespace

const char* surrogateKindName(SurrogateKind kind)
{
    switch (kind) {
    case SurrogateKind::Shuffle:
        return "shuffle";
    case SurrogateKind::Ft:
        return "ft";
    case SurrogateKind::Aaft:
        return "aaft";
    case SurrogateKind::Iaaft:
        return "iaaft";
    }
    return "iaaft";
}

bool surrogateKindFromName(const std::string& name, SurrogateKind& kind)
{
    for (SurrogateKind k :
         {SurrogateKind::Shuffle, SurrogateKind::Ft, SurrogateKind::Aaft, SurrogateKind::Iaaft})
        if (name == surrogateKindName(k)) {
            kind = k;
            return true;
        }
    return false;
}

std::vector<double> makeSurrogate(std::span<const double> series, const SurrogateOptions& options,
                                  std::uint64_t index, SurrogateInfo* info)
{
    const Channels x{std::vector<double>(series.begin(), series.end())};
    return makeMultivariateSurrogate(x, options, index, info).front();
}

std::vector<std::vector<double>> makeMultivariateSurrogate(const std::vector<std::vector<double>>& channels,
                                                           const SurrogateOptions& options,
                                                           std::uint64_t index, SurrogateInfo* info)
{
    return SurrogateGenerator(channels, options).make(index, info);
}

struct SurrogateGenerator::Impl {
    Impl(Channels c, const SurrogateOptions& o)
        : channels(std::move(c)), options(o), fft(channels.front().size())
    {
        // Sums of N values and squared amplitudes overflow for values near 1e154 / N: such a
        // series is worked on scaled by a power of two (exact, so ordinary series are never
        // scaled and give the same bits), and the result is scaled back (FT) or given the
        // series' own values in its rank order (the others).
        double largest = 0.0;
        for (const auto& c : channels)
            for (double v : c)
                largest = std::max(largest, std::fabs(v));
        if (largest > 1e100) {
            std::frexp(largest, &exponent);
            scaled = channels;
            for (auto& c : scaled)
                for (double& v : c)
                    v = std::ldexp(v, -exponent);
            for (const auto& c : channels)
                sorted.push_back(sortedCopy(c));
        }
    }
    Channels channels;
    SurrogateOptions options;
    RealFft fft;
    int exponent = 0; // the series is scaled by 2^-exponent for the work (0: not scaled)
    Channels scaled;  // ... to these
    Channels sorted;  // each channel's values in increasing order (when scaled)
};

namespace {
Channels checked(Channels channels, const SurrogateOptions& options)
{
    checkChannels(channels);
    checkOptions(options);
    return channels;
}
} // namespace

SurrogateGenerator::SurrogateGenerator(std::vector<std::vector<double>> channels,
                                       const SurrogateOptions& options)
    : m_impl(std::make_unique<Impl>(checked(std::move(channels), options), options))
{
}

SurrogateGenerator::~SurrogateGenerator() = default;

std::vector<std::vector<double>> SurrogateGenerator::make(std::uint64_t index, SurrogateInfo* info) const
{
    const Impl& d = *m_impl;
    if (d.exponent == 0)
        return makeOne(d.channels, d.options, index, d.fft, info);
    Channels out = makeOne(d.scaled, d.options, index, d.fft, info);
    if (d.options.kind == SurrogateKind::Ft) {
        for (auto& c : out)
            for (double& v : c)
                v = std::ldexp(v, d.exponent);
        return out;
    }
    // Values scaled below the smallest double became 0 and may have lost their order among
    // themselves; the series' own values in the surrogate's rank order keep them exact anyway.
    RankScratch scratch;
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < out.size(); ++c) {
        rankOrder(out[c], scratch, order);
        rankRemap(order, d.sorted[c], out[c]);
    }
    return out;
}

SurrogateSet makeSurrogates(const std::vector<std::vector<double>>& channels, std::size_t count,
                            const SurrogateOptions& options, int threads, Progress* progress)
{
    const SurrogateGenerator generator(channels, options);
    SurrogateSet set;
    set.surrogates.resize(count);
    set.info.resize(count);
    const bool finished = parallelFor(
        count, threads, [&](std::size_t i) { set.surrogates[i] = generator.make(i, &set.info[i]); },
        progress);
    if (!finished) {
        set = {};
        set.outcome = Outcome::Canceled;
    }
    return set;
}

std::string surrogateConventions(const SurrogateOptions& o, std::size_t channels)
{
    std::ostringstream s;
    const bool multi = channels > 1;
    s << surrogateKindName(o.kind) << " surrogates";
    switch (o.kind) {
    case SurrogateKind::Shuffle:
        s << ": a random permutation of the samples"
          << (multi ? ", the same for every channel (keeps the values seen together at each instant)" : "")
          << "; keeps the values, destroys the temporal order";
        break;
    case SurrogateKind::Ft:
        s << (multi ? " (multivariate): one random phase per frequency shared by all channels"
                    : ": a random phase per frequency")
          << ", DC and Nyquist terms kept real; keeps |FFT|"
          << (multi ? " of each channel and the cross-spectra" : "") << ", not the values";
        break;
    case SurrogateKind::Aaft:
        s << (multi ? " (multivariate)" : "")
          << ": Gaussian values in the series' rank order, phase-randomised"
          << (multi ? " with one phase set for all channels" : "")
          << ", then the series' own values in the new rank order; keeps the values exactly, |FFT| "
             "approximately";
        break;
    case SurrogateKind::Iaaft:
        s << (multi ? " (multivariate, Schreiber & Schmitz 2000: a common phase rotation per frequency keeps "
                      "the cross-spectra in the spectrum step)"
                    : " (Schreiber & Schmitz 1996)")
          << ": from a random shuffle, alternate spectrum matching and rank-order remapping until the "
             "relative "
             "change of the spectrum error sqrt(sum (|S_k|-|X_k|)^2 / sum |X_k|^2) is <= "
          << o.iaaftTolerance << " or " << o.iaaftMaxIterations
          << " iterations; ends on a rank step, so keeps the values exactly and |FFT| to the reported error";
        break;
    }
    s << "; surrogate i is seeded by (seed " << o.seed << ", i) alone";
    return s.str();
}

} // namespace nd
