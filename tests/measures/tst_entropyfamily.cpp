// The entropy family against targets known without the code: permutation entropy of i.i.d.
// noise (every ordinal pattern equally likely: 1 within the stated finite-size bias), of a
// monotone series (0) and of Bandt & Pompe's worked example; weighted PE from hand-computed
// window variances; approximate entropy against a direct O(N^2) transcription of Pincus' formula
// written here, and of a period-2 series (about 0); multiscale entropy of Gaussian white noise
// against the analytic -ln erf(0.1 sqrt(s)), of 1/f noise (made here by spectral shaping)
// roughly flat (Costa et al. 2002), and its counts against brute-force pair counts of
// coarse-grained series built here; RCMSE equal to MSE at scale 1.
#include "common/errors.h"
#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"
#include "roundingjitter.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <limits>
#include <random>
#include <vector>

using namespace nd;

class TestEntropyFamily : public QObject {
    Q_OBJECT
private slots:
    void permutationWhiteNoise();
    void permutationMonotone();
    void permutationWarnsWithFewWindows();
    void permutationBandtPompeExample();
    void permutationTiesAndIndex();
    void permutationWeighted();
    void permutationBadInput();
    void apenAgainstDirect();
    void apenPeriodTwo();
    void apenBadInput();
    void mseWhiteNoiseAnalytic();
    void mseOneOverFFlat();
    void mseCountsAgainstBruteForce();
    void rcmseEqualsMseAtScaleOne();
    void mseUndefinedAndBadInput();
    void randomInputsKeepInvariants();
};

namespace {

// Box-Muller on a fixed 64-bit generator: the same numbers on every standard library.
std::vector<double> gaussian(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; };
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; i += 2) {
        const double rad = std::sqrt(-2.0 * std::log(uniform()));
        const double ang = 2.0 * M_PI * uniform();
        x[i] = rad * std::cos(ang);
        if (i + 1 < n)
            x[i + 1] = rad * std::sin(ang);
    }
    return x;
}

// In-place radix-2 FFT (n a power of two), sign -1 forward, +1 inverse without the 1/n.
void fft(std::vector<std::complex<double>>& a, int sign)
{
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
        const double ang = sign * 2.0 * M_PI / static_cast<double>(len);
        for (std::size_t i = 0; i < n; i += len)
            for (std::size_t k = 0; k < len / 2; ++k) {
                const std::complex<double> w = std::polar(1.0, ang * static_cast<double>(k));
                const std::complex<double> u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
            }
    }
}

// 1/f noise: white Gaussian noise whose Fourier amplitudes are scaled by f^(-1/2), so the power
// spectrum falls as 1/f (the zero frequency removed).
std::vector<double> pinkNoise(std::size_t n, std::uint64_t seed)
{
    const std::vector<double> w = gaussian(n, seed);
    std::vector<std::complex<double>> a(w.begin(), w.end());
    fft(a, -1);
    a[0] = 0.0;
    for (std::size_t k = 1; k < n; ++k) {
        const double f = static_cast<double>(std::min(k, n - k));
        a[k] /= std::sqrt(f);
    }
    fft(a, 1);
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = a[i].real();
    return x;
}

// Pincus 1991 transcribed: Phi_k = (1/(N-k+1)) sum_i ln(C_i^k), C_i^k the fraction of the
// N-k+1 length-k templates within r (Chebyshev) of template i, itself included.
double directApEn(const std::vector<double>& x, int m, double r, bool strict)
{
    auto phi = [&](int k) {
        const std::size_t n = x.size() - static_cast<std::size_t>(k) + 1;
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t c = 0;
            for (std::size_t j = 0; j < n; ++j) {
                double d = 0.0;
                for (int l = 0; l < k; ++l)
                    d = std::max(d, std::fabs(x[i + l] - x[j + l]));
                c += strict ? d < r : d <= r;
            }
            sum += std::log(static_cast<double>(c) / static_cast<double>(n));
        }
        return sum / static_cast<double>(n);
    };
    return phi(m) - phi(m + 1);
}

// The coarse-grained series written out here, not through coarseGrain().
std::vector<double> means(const std::vector<double>& x, int s, int offset)
{
    std::vector<double> y;
    for (std::size_t start = static_cast<std::size_t>(offset);
         start + static_cast<std::size_t>(s) <= x.size(); start += static_cast<std::size_t>(s)) {
        double sum = 0.0;
        for (int k = 0; k < s; ++k)
            sum += x[start + static_cast<std::size_t>(k)];
        y.push_back(sum / s);
    }
    return y;
}

double shannon(const std::vector<double>& p)
{
    double h = 0.0;
    for (double v : p)
        if (v > 0)
            h -= v * std::log(v);
    return h;
}

} // namespace

void TestEntropyFamily::permutationWhiteNoise()
{
    // i.i.d. samples of a continuous distribution: all d! orders equally likely, so the true
    // normalised PE is 1. The plug-in estimate is biased low by about (d!-1)/(2 N ln d!) (Miller
    // 1955); its spread is of the same order, so 3 bias widths bound it.
    const std::vector<double> x = gaussian(100000, 7);
    for (int d = 3; d <= 6; ++d) {
        PermutationEntropyOptions o;
        o.order = d;
        const auto res = permutationEntropy(x, o);
        QVERIFY(res.defined);
        const double fact = std::tgamma(d + 1.0);
        const double windows = static_cast<double>(x.size() - static_cast<std::size_t>(d - 1));
        const double bias = (fact - 1.0) / (2.0 * windows * std::log(fact));
        QVERIFY(std::fabs(res.finiteSizeBias - bias) < 1e-15);
        QVERIFY2(res.value <= 1.0 && 1.0 - res.value <= 3.0 * bias,
                 qPrintable(QStringLiteral("d=%1: %2, bias %3").arg(d).arg(res.value, 0, 'g', 10).arg(bias)));
        QCOMPARE(res.patternsMissing, std::size_t(0));
    }
}

void TestEntropyFamily::permutationMonotone()
{
    std::vector<double> up(200), down(200);
    for (std::size_t i = 0; i < up.size(); ++i) {
        up[i] = std::exp(0.01 * static_cast<double>(i));
        down[i] = -up[i];
    }
    for (bool weighted : {false, true})
        for (const auto* x : {&up, &down}) {
            PermutationEntropyOptions o;
            o.order = 5;
            o.delay = 3;
            o.weighted = weighted;
            const auto res = permutationEntropy(*x, o);
            QVERIFY(res.defined);
            QCOMPARE(res.value, 0.0);
            QCOMPARE(res.patternsSeen, std::size_t(1));
            QCOMPARE(res.patternsMissing, std::size_t(119));
        }
}

// Fewer than 5 windows per possible pattern (N < 5 d!) gives a warning naming the counts; the
// value is still given. At d = 4 (24 patterns) the boundary is 120 windows, 123 samples.
void TestEntropyFamily::permutationWarnsWithFewWindows()
{
    const std::vector<double> x = gaussian(4000, 3);
    PermutationEntropyOptions o;
    o.order = 4;
    for (const std::size_t n : {std::size_t(123), std::size_t(122)}) {
        const auto res = permutationEntropy(std::span(x).first(n), o);
        QVERIFY(res.defined);
        QCOMPARE(res.windows, n - 3);
        QCOMPARE(res.warning.empty(), n == 123);
    }
    QVERIFY(permutationEntropy(std::span(x).first(122), o).warning.find("119 windows for 24") !=
            std::string::npos);
    // 4000 samples: orders up to 6 (720 patterns, 3600 windows) are enough, 7 and 8 are not.
    for (int d = 2; d <= 8; ++d) {
        o.order = d;
        QCOMPARE(permutationEntropy(x, o).warning.empty(), d <= 6);
    }
}

void TestEntropyFamily::permutationBandtPompeExample()
{
    // Bandt & Pompe 2002, section 2: x = (4, 7, 9, 10, 6, 11, 3). Order 2: four rises, two falls;
    // order 3: (4,7,9) and (7,9,10) ascending, (9,10,6) and (6,11,3) middle-high-last-low,
    // (10,6,11) one more: frequencies 2/5, 2/5, 1/5 (1.52 bits in the paper).
    const std::vector<double> x{4, 7, 9, 10, 6, 11, 3};
    PermutationEntropyOptions o;
    o.normalised = false;
    o.order = 2;
    QVERIFY(std::fabs(permutationEntropy(x, o).value - shannon({4.0 / 6, 2.0 / 6})) < 1e-15);
    o.order = 3;
    const auto res = permutationEntropy(x, o);
    QVERIFY(std::fabs(res.value - shannon({0.4, 0.4, 0.2})) < 1e-15);
    QVERIFY(std::fabs(res.value / std::log(2.0) - 1.52) < 0.005);
    QCOMPARE(res.patternsSeen, std::size_t(3));
    o.normalised = true;
    QVERIFY(std::fabs(permutationEntropy(x, o).value - shannon({0.4, 0.4, 0.2}) / std::log(6.0)) < 1e-15);
}

void TestEntropyFamily::permutationTiesAndIndex()
{
    // Lehmer code: (3, 1, 2) has c = (2, 0): index 2 * 2! = 4; (1, 2, 3) is 0; (3, 2, 1) is 5.
    const double w1[] = {3, 1, 2}, w2[] = {1, 2, 3}, w3[] = {3, 2, 1};
    QCOMPARE(ordinalPatternIndex(w1, 3, 1), std::size_t(4));
    QCOMPARE(ordinalPatternIndex(w2, 3, 1), std::size_t(0));
    QCOMPARE(ordinalPatternIndex(w3, 3, 1), std::size_t(5));
    // Ties: the earlier of equal values is the smaller, so (5, 5) is a rise and (2, 2, 1) is the
    // pattern of (1, 2, 0): c = (1, 1), index 1 * 2 + 1 = 3.
    const double t1[] = {5, 5}, t2[] = {2, 2, 1};
    QCOMPARE(ordinalPatternIndex(t1, 2, 1), std::size_t(0));
    QCOMPARE(ordinalPatternIndex(t2, 3, 1), std::size_t(3));
    // 0, 0, 1 repeated at order 2: windows (0,0) rise by the rule, (0,1) rise, (1,0) fall.
    std::vector<double> x;
    for (int k = 0; k < 10; ++k)
        x.insert(x.end(), {0.0, 0.0, 1.0});
    PermutationEntropyOptions o;
    o.order = 2;
    const auto res = permutationEntropy(x, o);
    QCOMPARE(res.windows, std::size_t(29));
    QVERIFY(std::fabs(res.frequencies[0] - 20.0 / 29) < 1e-15);
    QVERIFY(std::fabs(res.frequencies[1] - 9.0 / 29) < 1e-15);
    // A constant series has only the tie rule's pattern: undefined, not 0.
    const auto flat = permutationEntropy(std::vector<double>(50, 2.0), o);
    QVERIFY(!flat.defined);
    QVERIFY(flat.reason.find("constant") != std::string::npos);
    QVERIFY(!permutationEntropy(ndtest::roundingJitter(0.7, 100), o).defined);
}

void TestEntropyFamily::permutationWeighted()
{
    // x = (0, 1, 0, 3), order 2: (0,1) rise with variance 1/4, (1,0) fall 1/4, (0,3) rise 9/4.
    const std::vector<double> x{0, 1, 0, 3};
    PermutationEntropyOptions o;
    o.order = 2;
    o.weighted = true;
    o.normalised = false;
    const auto res = permutationEntropy(x, o);
    QVERIFY(res.defined);
    QVERIFY(std::fabs(res.value - shannon({2.5 / 2.75, 0.25 / 2.75})) < 1e-15);
    o.weighted = false;
    QVERIFY(std::fabs(permutationEntropy(x, o).value - shannon({2.0 / 3, 1.0 / 3})) < 1e-15);
}

void TestEntropyFamily::permutationBadInput()
{
    const std::vector<double> x = gaussian(100, 1);
    PermutationEntropyOptions o;
    for (int bad : {1, 9, 0, -3}) {
        o.order = bad;
        QVERIFY_THROWS_EXCEPTION(InputError, permutationEntropy(x, o));
    }
    o.order = 3;
    o.delay = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, permutationEntropy(x, o));
    // Order 8 at delay 15 needs 106 samples.
    o.order = 8;
    o.delay = 15;
    QVERIFY_THROWS_EXCEPTION(InputError, permutationEntropy(x, o));
    o.delay = 14;
    QCOMPARE(permutationEntropy(x, o).windows, std::size_t(2));
    std::vector<double> y = x;
    y[40] = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(InputError, permutationEntropy(y, PermutationEntropyOptions{}));
    y[40] = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(InputError, permutationEntropy(y, PermutationEntropyOptions{}));
}

void TestEntropyFamily::apenAgainstDirect()
{
    // Integer-valued data (ties, exact boundary matches), Gaussian data, and Gaussian data rounded
    // to 0.1 with r = 0.3 (distances of exactly r at the edges of the grid's cells), both rules.
    std::vector<double> ints(400);
    std::mt19937_64 rng(3);
    for (double& v : ints)
        v = static_cast<double>(rng() % 5);
    const std::vector<double> g = gaussian(600, 11);
    std::vector<double> rounded = gaussian(700, 12);
    for (double& v : rounded)
        v = std::round(v * 10.0) / 10.0;
    for (const std::vector<double>* x : {static_cast<const std::vector<double>*>(&ints), &g,
                                         static_cast<const std::vector<double>*>(&rounded)})
        for (int m = 1; m <= 4; ++m)
            for (bool strict : {false, true}) {
                ApproximateEntropyOptions o;
                o.m = m;
                o.rule = strict ? MatchRule::Less : MatchRule::LessOrEqual;
                if (x != &g) {
                    o.toleranceKind = ToleranceKind::Absolute;
                    o.r = x == &ints ? 1.0 : 0.3;
                }
                const auto res = approximateEntropy(*x, o);
                QVERIFY(res.defined);
                const double want = directApEn(*x, m, res.toleranceUsed, strict);
                QVERIFY2(std::fabs(res.value - want) < 1e-12,
                         qPrintable(QStringLiteral("m=%1: %2 vs %3").arg(m).arg(res.value).arg(want)));
            }
}

void TestEntropyFamily::apenPeriodTwo()
{
    // 0, 1, 0, 1, ...: each template matches exactly the templates of its phase, so C_i is about
    // 1/2 at both lengths and ApEn is 0 up to the O(1/N) difference of the template counts.
    std::vector<double> x(1000);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<double>(i % 2);
    const auto res = approximateEntropy(x, ApproximateEntropyOptions{});
    QVERIFY(res.defined);
    QVERIFY2(std::fabs(res.value) < 2.0 / static_cast<double>(x.size()),
             qPrintable(QString::number(res.value)));
    QVERIFY(std::fabs(res.phiM - std::log(0.5)) < 2.0 / static_cast<double>(x.size()));
}

void TestEntropyFamily::apenBadInput()
{
    const std::vector<double> x = gaussian(50, 2);
    ApproximateEntropyOptions o;
    o.r = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(x, o));
    o.r = -1.0;
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(x, o));
    o.r = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(x, o));
    o = {};
    o.m = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(x, o));
    o.m = 49; // 51 samples needed
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(x, o));
    std::vector<double> y = x;
    y[3] = -std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(InputError, approximateEntropy(y, ApproximateEntropyOptions{}));
    const auto flat = approximateEntropy(std::vector<double>(30, 4.0), ApproximateEntropyOptions{});
    QVERIFY(!flat.defined);
    QVERIFY(flat.reason.find("constant") != std::string::npos);
}

void TestEntropyFamily::mseWhiteNoiseAnalytic()
{
    // Gaussian white noise of SD sigma coarse-grained at scale s has SD sigma/sqrt(s); two
    // samples differ by N(0, 2 sigma^2/s), so with r = 0.2 sigma a match has probability
    // erf(0.1 sqrt(s)) and, the samples being independent, SampEn(s) = -ln erf(0.1 sqrt(s)).
    const std::vector<double> x = gaussian(40000, 5);
    MultiscaleEntropyOptions o;
    o.maxScale = 10;
    const auto res = multiscaleEntropy(x, o);
    QCOMPARE(res.scales.size(), std::size_t(10));
    double previous = std::numeric_limits<double>::infinity(), sum = 0.0;
    for (const auto& sc : res.scales) {
        sum += sc.value;
        QVERIFY(sc.defined);
        const double want = -std::log(std::erf(0.1 * std::sqrt(sc.scale)));
        // The estimate's relative spread grows as the coarse-grained series shortens.
        const double tol = 0.02 + 0.03 * std::sqrt(sc.scale);
        QVERIFY2(std::fabs(sc.value - want) < tol,
                 qPrintable(QStringLiteral("s=%1: %2 vs %3").arg(sc.scale).arg(sc.value).arg(want)));
        QVERIFY2(sc.value < previous, qPrintable(QStringLiteral("not decreasing at s=%1").arg(sc.scale)));
        previous = sc.value;
        QCOMPARE(sc.length, x.size() / static_cast<std::size_t>(sc.scale));
        QCOMPARE(sc.toleranceUsed, res.scales.front().toleranceUsed);
    }
    QVERIFY(res.complexityDefined);
    QCOMPARE(res.complexityIndex, sum);
}

void TestEntropyFamily::mseOneOverFFlat()
{
    // Costa et al. 2002, fig. 1: 1/f noise keeps its entropy over scales while white noise
    // loses it. Over scales 1..10 white noise drops by -ln erf(0.1) + ln erf(0.316) = 1.1; the
    // 1/f noise here spans less than 0.25 (measured 0.10, both MSE and RCMSE).
    const std::vector<double> x = pinkNoise(1 << 15, 9);
    for (MseMethod method : {MseMethod::Costa, MseMethod::RefinedComposite}) {
        MultiscaleEntropyOptions o;
        o.maxScale = 10;
        o.method = method;
        const auto res = multiscaleEntropy(x, o);
        double lo = 1e9, hi = -1e9;
        for (const auto& sc : res.scales) {
            QVERIFY(sc.defined);
            lo = std::min(lo, sc.value);
            hi = std::max(hi, sc.value);
        }
        QVERIFY2(hi - lo < 0.25, qPrintable(QStringLiteral("1/f MSE from %1 to %2").arg(lo).arg(hi)));
        qInfo("1/f noise, %s: MSE from %.3f to %.3f over scales 1..10",
              method == MseMethod::Costa ? "Costa" : "RCMSE", lo, hi);
    }
}

void TestEntropyFamily::mseCountsAgainstBruteForce()
{
    const std::vector<double> x = gaussian(900, 13);
    MultiscaleEntropyOptions o;
    o.maxScale = 5;
    for (MseMethod method : {MseMethod::Costa, MseMethod::RefinedComposite})
        for (bool perScale : {false, true}) {
            o.method = method;
            o.tolerancePerScale = perScale;
            const auto res = multiscaleEntropy(x, o);
            for (const auto& sc : res.scales) {
                const int series = method == MseMethod::Costa ? 1 : sc.scale;
                std::uint64_t a = 0, b = 0;
                double r = 0.0;
                for (int k = 0; k < series; ++k) {
                    const std::vector<double> y = means(x, sc.scale, k);
                    SampleEntropyOptions so;
                    if (k == 0)
                        r = perScale ? so.r * seriesStdDev(y, 0) : so.r * seriesStdDev(x, 0);
                    so.toleranceKind = ToleranceKind::Absolute;
                    so.r = r;
                    const auto part = sampleEntropyBruteForce(y, so);
                    a += part.a;
                    b += part.b;
                }
                QCOMPARE(sc.toleranceUsed, r);
                QCOMPARE(sc.a, a);
                QCOMPARE(sc.b, b);
                QVERIFY(sc.defined);
                QCOMPARE(sc.value, std::log(static_cast<double>(b)) - std::log(static_cast<double>(a)));
            }
        }
}

void TestEntropyFamily::rcmseEqualsMseAtScaleOne()
{
    const std::vector<double> x = gaussian(3000, 17);
    MultiscaleEntropyOptions o;
    o.maxScale = 3;
    const auto mse = multiscaleEntropy(x, o);
    o.method = MseMethod::RefinedComposite;
    const auto rc = multiscaleEntropy(x, o);
    QCOMPARE(rc.scales[0].value, mse.scales[0].value);
    QCOMPARE(rc.scales[0].a, mse.scales[0].a);
    QCOMPARE(rc.scales[0].b, mse.scales[0].b);
    // And scale 1 is sample entropy itself.
    const auto se = sampleEntropy(x, SampleEntropyOptions{});
    QCOMPARE(mse.scales[0].value, se.value);
    QCOMPARE(rc.scales[1].series, 2);
}

void TestEntropyFamily::mseUndefinedAndBadInput()
{
    const std::vector<double> x = gaussian(40, 3);
    MultiscaleEntropyOptions o;
    o.maxScale = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(x, o));
    o.maxScale = 41;
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(x, o));
    o.maxScale = 40;
    // Scale 11 leaves 3 samples, fewer than m + 2 = 4: undefined with that reason.
    const auto res = multiscaleEntropy(x, o);
    QCOMPARE(res.scales.size(), std::size_t(40));
    QVERIFY(!res.scales[10].defined);
    QVERIFY(res.scales[10].reason.find("m + 2") != std::string::npos);
    QVERIFY(res.scales[9].reason.find("m + 2") == std::string::npos);
    QVERIFY(!res.complexityDefined);
    o.maxScale = 3;
    o.r = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(x, o));
    o.r = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(x, o));
    o.r = 0.2;
    std::vector<double> y = x;
    y[7] = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(y, o));
    QVERIFY_THROWS_EXCEPTION(InputError, multiscaleEntropy(std::vector<double>(3, 1.0), o));
    const auto flat = multiscaleEntropy(ndtest::roundingJitter(0.3, 100), o);
    for (const auto& sc : flat.scales) {
        QVERIFY(!sc.defined);
        QVERIFY(sc.reason.find("constant") != std::string::npos);
    }
}

void TestEntropyFamily::randomInputsKeepInvariants()
{
    // Short series of few distinct values (ties everywhere) and random options, the kind of input
    // a fuzzer would try: either InputError or a result whose identities hold. PE: frequencies sum
    // to 1, seen + missing = d!, normalised value in [0, 1]. MSE: A <= B at every scale (an
    // (m+1)-match is an m-match), scale 1 equals sample entropy. ApEn: Phi_m, Phi_(m+1) <= 0.
    std::mt19937_64 rng(99);
    int results = 0, refused = 0;
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<double> x(2 + rng() % 60);
        const int levels = 1 + static_cast<int>(rng() % 4);
        for (double& v : x)
            v = static_cast<double>(rng() % static_cast<unsigned>(levels)) * 0.5;
        try {
            PermutationEntropyOptions o;
            o.order = 1 + static_cast<int>(rng() % 9);
            o.delay = 1 + static_cast<int>(rng() % 4);
            o.weighted = rng() % 2;
            const auto pe = permutationEntropy(x, o);
            QCOMPARE(pe.patternsSeen + pe.patternsMissing, pe.frequencies.size());
            if (pe.defined) {
                double sum = 0.0;
                for (double f : pe.frequencies)
                    sum += f;
                QVERIFY(std::fabs(sum - 1.0) < 1e-12);
                QVERIFY(pe.value >= 0.0 && pe.value <= 1.0 + 1e-12);
            }
            ++results;
        } catch (const InputError&) {
            ++refused;
        }
        try {
            MultiscaleEntropyOptions o;
            o.maxScale = 1 + static_cast<int>(rng() % 12);
            o.m = 1 + static_cast<int>(rng() % 3);
            o.method = rng() % 2 ? MseMethod::Costa : MseMethod::RefinedComposite;
            o.tolerancePerScale = rng() % 2;
            o.threads = 1 + static_cast<int>(rng() % 2);
            const auto mse = multiscaleEntropy(x, o);
            for (const auto& sc : mse.scales)
                QVERIFY(sc.a <= sc.b);
            SampleEntropyOptions so;
            so.m = o.m;
            const auto se = sampleEntropy(x, so);
            QCOMPARE(mse.scales[0].defined, se.defined);
            QCOMPARE(mse.scales[0].a, se.a);
            ++results;
        } catch (const InputError&) {
            ++refused;
        }
        try {
            ApproximateEntropyOptions o;
            o.m = 1 + static_cast<int>(rng() % 3);
            const auto ap = approximateEntropy(x, o);
            if (ap.defined) {
                QVERIFY(std::isfinite(ap.value));
                QVERIFY(ap.phiM <= 0.0 && ap.phiM1 <= 0.0);
            }
            ++results;
        } catch (const InputError&) {
            ++refused;
        }
    }
    QVERIFY(results > 300 && refused > 30); // both paths taken
}

QTEST_APPLESS_MAIN(TestEntropyFamily)
#include "tst_entropyfamily.moc"
