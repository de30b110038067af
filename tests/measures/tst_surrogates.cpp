// Surrogates against what each kind must keep, checked by means independent of the code: the
// amplitude spectrum by a term-by-term DFT, the values by sorting, the lag-0 cross-correlation
// of two channels by its definition; and the seeding contract (surrogate i depends on (seed, i)
// alone, whatever the thread count).
#include "common/errors.h"
#include "measures/surrogates.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <random>
#include <vector>

using namespace nd;

class TestSurrogates : public QObject {
    Q_OBJECT
private slots:
    void ftKeepsAmplitudeSpectrum_data();
    void ftKeepsAmplitudeSpectrum();
    void shuffleAndAaftKeepValues();
    void iaaftKeepsValuesAndSpectrum();
    void multivariateFtKeepsCrossCorrelation();
    void multivariateIaaft();
    void seededByIndexAlone();
    void constantSeries();
    void hugeValues();
    void badInput();
};

namespace {

// x_t = phi x_{t-1} + e_t with standard normal e (std::mt19937_64 + our Box-Muller, not the code's).
std::vector<double> ar1(std::size_t n, double phi, unsigned seed)
{
    std::mt19937_64 g(seed);
    std::uniform_real_distribution<double> u(1e-12, 1.0);
    std::vector<double> x(n);
    double v = 0.0;
    for (std::size_t t = 0; t < n + 100; ++t) {
        const double e = std::sqrt(-2.0 * std::log(u(g))) * std::cos(2.0 * std::numbers::pi * u(g));
        v = phi * v + e;
        if (t >= 100)
            x[t - 100] = v;
    }
    return x;
}

// |X_k| for k = 0..n/2 by the definition of the DFT.
std::vector<double> dftAmplitude(const std::vector<double>& x)
{
    const std::size_t n = x.size();
    std::vector<double> a(n / 2 + 1);
    for (std::size_t k = 0; k < a.size(); ++k) {
        std::complex<double> s = 0.0;
        for (std::size_t t = 0; t < n; ++t)
            s += x[t] * std::polar(1.0, -2.0 * std::numbers::pi * static_cast<double>((k * t) % n) /
                                            static_cast<double>(n));
        a[k] = std::abs(s);
    }
    return a;
}

double relativeSpectrumError(const std::vector<double>& s, const std::vector<double>& x)
{
    const std::vector<double> as = dftAmplitude(s), ax = dftAmplitude(x);
    double num = 0.0, den = 0.0;
    for (std::size_t k = 0; k < ax.size(); ++k) {
        num += (as[k] - ax[k]) * (as[k] - ax[k]);
        den += ax[k] * ax[k];
    }
    return std::sqrt(num / den);
}

std::vector<double> sorted(std::vector<double> x)
{
    std::sort(x.begin(), x.end());
    return x;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = static_cast<double>(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / n;
        mb += b[i] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

SurrogateOptions kindOptions(SurrogateKind kind, std::uint64_t seed = 7)
{
    SurrogateOptions o;
    o.kind = kind;
    o.seed = seed;
    return o;
}

} // namespace

void TestSurrogates::ftKeepsAmplitudeSpectrum_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("even N (Nyquist term)") << 512;
    QTest::newRow("odd N") << 501;
}

void TestSurrogates::ftKeepsAmplitudeSpectrum()
{
    QFETCH(int, n);
    const std::vector<double> x = ar1(static_cast<std::size_t>(n), 0.8, 3);
    const std::vector<double> s = makeSurrogate(x, kindOptions(SurrogateKind::Ft), 0);
    QCOMPARE(s.size(), x.size());
    const std::vector<double> as = dftAmplitude(s), ax = dftAmplitude(x);
    const double scale = *std::max_element(ax.begin(), ax.end());
    for (std::size_t k = 0; k < ax.size(); ++k)
        QVERIFY2(std::fabs(as[k] - ax[k]) <= 1e-10 * scale, qPrintable(QString::number(k)));
    // It is a different series, not the input back: the phases moved.
    double diff = 0.0;
    for (std::size_t t = 0; t < x.size(); ++t)
        diff = std::max(diff, std::fabs(s[t] - x[t]));
    QVERIFY(diff > 0.1);
}

void TestSurrogates::shuffleAndAaftKeepValues()
{
    const std::vector<double> x = ar1(1000, 0.9, 5);
    for (SurrogateKind kind : {SurrogateKind::Shuffle, SurrogateKind::Aaft}) {
        const std::vector<double> s = makeSurrogate(x, kindOptions(kind), 3);
        QVERIFY(sorted(s) == sorted(x)); // the same multiset, bit for bit
        QVERIFY(s != x);
    }
    // AAFT keeps much of the spectrum, the shuffle none of its shape (AR(1) with phi 0.9 is red).
    const double aaft = relativeSpectrumError(makeSurrogate(x, kindOptions(SurrogateKind::Aaft), 3), x);
    const double shuffle = relativeSpectrumError(makeSurrogate(x, kindOptions(SurrogateKind::Shuffle), 3), x);
    QVERIFY2(aaft < 0.5 * shuffle, qPrintable(QStringLiteral("%1 %2").arg(aaft).arg(shuffle)));
}

void TestSurrogates::iaaftKeepsValuesAndSpectrum()
{
    // A skewed series (exp of an AR(1)): AAFT distorts its spectrum, IAAFT repairs most of it.
    std::vector<double> x = ar1(1024, 0.8, 11);
    for (double& v : x)
        v = std::exp(0.7 * v);
    SurrogateOptions o = kindOptions(SurrogateKind::Iaaft);
    o.iaaftTolerance = 1e-6;
    o.iaaftMaxIterations = 1000;
    for (std::uint64_t i = 0; i < 3; ++i) {
        SurrogateInfo info;
        const std::vector<double> s = makeSurrogate(x, o, i, &info);
        QVERIFY(sorted(s) == sorted(x));
        QVERIFY(info.converged);
        QVERIFY(info.iterations >= 2 && info.iterations < o.iaaftMaxIterations);
        // The reported error is the spectrum error computed here from the definition ...
        const double error = relativeSpectrumError(s, x);
        QVERIFY2(std::fabs(error - info.spectrumError) <= 1e-9, qPrintable(QString::number(error)));
        // ... and it beats AAFT's clearly (the point of iterating), staying small in absolute terms.
        const double aaft = relativeSpectrumError(makeSurrogate(x, kindOptions(SurrogateKind::Aaft), i), x);
        qInfo("IAAFT %d: %d iterations, spectrum error %g (AAFT %g)", int(i), info.iterations, error, aaft);
        QVERIFY2(error < 0.5 * aaft, qPrintable(QStringLiteral("%1 %2").arg(error).arg(aaft)));
        QVERIFY2(error < 0.1, qPrintable(QString::number(error)));
    }
    // The iteration cap is honoured and reported as not converged.
    o.iaaftMaxIterations = 2;
    SurrogateInfo capped;
    const std::vector<double> s = makeSurrogate(x, o, 0, &capped);
    QCOMPARE(capped.iterations, 2);
    QVERIFY(!capped.converged);
    QVERIFY(sorted(s) == sorted(x));
}

void TestSurrogates::multivariateFtKeepsCrossCorrelation()
{
    // y = 0.7 x + noise: lag-0 correlation about 0.7 / sqrt(0.49 + var(noise)/var(x)).
    const std::vector<double> x = ar1(2000, 0.7, 21), e = ar1(2000, 0.0, 22);
    std::vector<double> y(x.size());
    for (std::size_t t = 0; t < x.size(); ++t)
        y[t] = 0.7 * x[t] + 0.5 * e[t];
    const double r = pearson(x, y);
    QVERIFY(r > 0.7);
    const std::vector<std::vector<double>> s =
        makeMultivariateSurrogate({x, y}, kindOptions(SurrogateKind::Ft), 4);
    QVERIFY(std::fabs(pearson(s[0], s[1]) - r) <= 1e-10);
    // Independent phase sets (each channel on its own) lose the correlation: the control.
    const std::vector<double> sx = makeSurrogate(x, kindOptions(SurrogateKind::Ft, 1), 0);
    const std::vector<double> sy = makeSurrogate(y, kindOptions(SurrogateKind::Ft, 2), 0);
    QVERIFY(std::fabs(pearson(sx, sy)) < 0.3);
    // The shared-permutation shuffle keeps the instantaneous pairs, hence r exactly up to summation order.
    const auto sh = makeMultivariateSurrogate({x, y}, kindOptions(SurrogateKind::Shuffle), 4);
    QVERIFY(std::fabs(pearson(sh[0], sh[1]) - r) <= 1e-10);
}

void TestSurrogates::multivariateIaaft()
{
    const std::vector<double> x = ar1(1024, 0.8, 31), e = ar1(1024, 0.0, 32);
    std::vector<double> y(x.size());
    for (std::size_t t = 0; t < x.size(); ++t)
        y[t] = std::exp(0.5 * (0.7 * x[t] + 0.5 * e[t])); // skewed, correlated with x
    const double r = pearson(x, y);
    for (SurrogateKind kind : {SurrogateKind::Aaft, SurrogateKind::Iaaft}) {
        SurrogateInfo info;
        const auto s = makeMultivariateSurrogate({x, y}, kindOptions(kind), 2, &info);
        QVERIFY(sorted(s[0]) == sorted(x));
        QVERIFY(sorted(s[1]) == sorted(y));
        // The values are the originals, so the correlation cannot be exact; the shared phases keep most of
        // it.
        QVERIFY2(std::fabs(pearson(s[0], s[1]) - r) < 0.1,
                 qPrintable(QStringLiteral("%1 %2").arg(pearson(s[0], s[1])).arg(r)));
        if (kind == SurrogateKind::Iaaft) {
            QVERIFY(info.converged);
            const double ex = relativeSpectrumError(s[0], x), ey = relativeSpectrumError(s[1], y);
            QVERIFY(ex < 0.05 && ey < 0.05);
        }
    }
}

void TestSurrogates::seededByIndexAlone()
{
    const std::vector<double> x = ar1(600, 0.5, 41);
    for (SurrogateKind kind :
         {SurrogateKind::Shuffle, SurrogateKind::Ft, SurrogateKind::Aaft, SurrogateKind::Iaaft}) {
        const SurrogateOptions o = kindOptions(kind, 99);
        const SurrogateSet one = makeSurrogates({x}, 6, o, 1);
        const SurrogateSet two = makeSurrogates({x}, 6, o, 2);
        QCOMPARE(one.outcome, Outcome::Completed);
        for (std::size_t i = 0; i < 6; ++i) {
            QVERIFY(one.surrogates[i] == two.surrogates[i]);
            QVERIFY(one.surrogates[i].front() == makeSurrogate(x, o, i));
            if (i > 0)
                QVERIFY(one.surrogates[i] != one.surrogates[i - 1]);
        }
        QVERIFY(makeSurrogate(x, kindOptions(kind, 100), 0) != one.surrogates[0].front());
    }
}

void TestSurrogates::constantSeries()
{
    const std::vector<double> x(64, 2.5);
    for (SurrogateKind kind :
         {SurrogateKind::Shuffle, SurrogateKind::Ft, SurrogateKind::Aaft, SurrogateKind::Iaaft}) {
        SurrogateInfo info;
        const std::vector<double> s = makeSurrogate(x, kindOptions(kind), 0, &info);
        for (double v : s)
            QVERIFY(std::fabs(v - 2.5) <= 1e-12);
    }
}

void TestSurrogates::hugeValues()
{
    // Near the top of the double range the spectrum's sums overflow unless the work is scaled.
    std::vector<double> x = ar1(256, 0.8, 61), y(x.size());
    double largest = 0.0;
    for (double v : x)
        largest = std::max(largest, std::fabs(v));
    int e = 0;
    std::frexp(largest, &e);
    for (std::size_t t = 0; t < x.size(); ++t) {
        y[t] = std::ldexp(x[t], 1020 - e); // largest |y| in [2^1019, 2^1020): about 1e307
        QVERIFY(std::isfinite(y[t]));
    }
    // FT: exactly the surrogate of the ordinary series, scaled by the same power of two.
    const std::vector<double> ft = makeSurrogate(y, kindOptions(SurrogateKind::Ft), 0);
    const std::vector<double> ftSmall = makeSurrogate(x, kindOptions(SurrogateKind::Ft), 0);
    for (std::size_t t = 0; t < x.size(); ++t)
        QCOMPARE(ft[t], std::ldexp(ftSmall[t], 1020 - e));
    for (SurrogateKind kind : {SurrogateKind::Shuffle, SurrogateKind::Aaft, SurrogateKind::Iaaft}) {
        SurrogateInfo info;
        const std::vector<double> s = makeSurrogate(y, kindOptions(kind), 0, &info);
        QVERIFY(sorted(s) == sorted(y));
        QVERIFY(std::isfinite(info.spectrumError));
        if (kind == SurrogateKind::Iaaft)
            QVERIFY(info.converged);
    }
}

void TestSurrogates::badInput()
{
    const std::vector<double> shortSeries{1.0, 2.0, 3.0};
    QVERIFY_THROWS_EXCEPTION(InputError, makeSurrogate(shortSeries, {}, 0));
    std::vector<double> x = ar1(100, 0.5, 1);
    x[17] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, makeSurrogate(x, {}, 0));
    x[17] = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(InputError, makeSurrogate(x, {}, 0));
    QVERIFY_THROWS_EXCEPTION(InputError, makeMultivariateSurrogate({}, {}, 0));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             makeMultivariateSurrogate({ar1(100, 0.5, 1), ar1(99, 0.5, 2)}, {}, 0));
    SurrogateOptions o;
    o.iaaftMaxIterations = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, makeSurrogate(ar1(100, 0.5, 1), o, 0));
    o.iaaftMaxIterations = 10;
    o.iaaftTolerance = -1.0;
    QVERIFY_THROWS_EXCEPTION(InputError, makeSurrogate(ar1(100, 0.5, 1), o, 0));
    SurrogateKind kind;
    QVERIFY(!surrogateKindFromName("phase", kind));
    QVERIFY(surrogateKindFromName("iaaft", kind) && kind == SurrogateKind::Iaaft);
}

QTEST_APPLESS_MAIN(TestSurrogates)
#include "tst_surrogates.moc"
