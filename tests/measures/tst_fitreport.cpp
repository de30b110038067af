// Fitting reports of the scaling exponents against independent values: R^2 = 1 and zero slope
// error on exact lines, the slope standard error of a noisy line against the textbook formula
// sigma^2 n / (n Sum x^2 - (Sum x)^2) computed here from raw sums, a known two-segment break
// found by the crossover test (and none on one line), MFDFA's crossover on white noise plus a
// weak random walk (break where the two components' F_2(s) meet, fitted here separately),
// flat-segment warnings only when q < 0 meets constant stretches, and the network spectrum's
// per-q report matching its tau and R^2.
#include "common/errors.h"
#include "measures/linearfit.h"
#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace nd;

class TestFitReport : public QObject {
    Q_OBJECT
private slots:
    void exactLineIsPerfect();
    void noisyLineStdErrIsTextbook();
    void twoSegmentsAreACrossover();
    void mfdfaCrossoverOfNoisePlusWalk();
    void whiteNoiseHasNoCrossover();
    void mfdfaFlatSegmentsOnlyForNegativeQ();
    void mfdfaLowRSquaredThreshold();
    void networkSpectrumReport();
    void rejectsBadThresholds();
};

namespace {
std::vector<double> gaussian(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> d(0.0, 1.0);
    std::vector<double> x(n);
    for (auto& v : x)
        v = d(rng);
    return x;
}

std::size_t countKind(const std::vector<FitWarning>& w, const std::string& kind)
{
    return static_cast<std::size_t>(
        std::count_if(w.begin(), w.end(), [&](const FitWarning& f) { return f.kind == kind; }));
}
} // namespace

void TestFitReport::exactLineIsPerfect()
{
    std::vector<double> x, y;
    for (int i = 0; i < 12; ++i) {
        x.push_back(std::log(16.0 * std::pow(1.5, i)));
        y.push_back(0.75 * x.back() - 2.0);
    }
    const FitReport f = fitReport(x, y);
    QCOMPARE(f.points, std::size_t(12));
    QVERIFY(std::fabs(f.slope - 0.75) < 1e-13);
    QVERIFY(std::fabs(f.intercept + 2.0) < 1e-12);
    QVERIFY(std::fabs(f.rSquared - 1.0) < 1e-14);
    QVERIFY(f.slopeStdErr < 1e-13);
    QCOMPARE(f.xMin, x.front());
    QCOMPARE(f.xMax, x.back());
    const CrossoverReport c = crossoverTest(x, y);
    QVERIFY(c.tested);
    QVERIFY(!c.detected); // round-off is not a crossover
    // Too few points for two segments of three: not tested.
    QVERIFY(!crossoverTest(std::span(x).first(5), std::span(y).first(5)).tested);
}

void TestFitReport::noisyLineStdErrIsTextbook()
{
    const std::size_t n = 25;
    const std::vector<double> e = gaussian(n, 7);
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 0.3 * static_cast<double>(i) + 1.0;
        y[i] = -1.25 * x[i] + 4.0 + 0.05 * e[i];
    }
    // Textbook, from raw sums: b = (n Sxy - Sx Sy) / D, a = (Sy - b Sx) / n, D = n Sxx - Sx^2,
    // s^2 = Sum r^2 / (n - 2), Var(b) = s^2 n / D; R^2 = the squared correlation.
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
        syy += y[i] * y[i];
    }
    const double nn = static_cast<double>(n), d = nn * sxx - sx * sx;
    const double b = (nn * sxy - sx * sy) / d, a = (sy - b * sx) / nn;
    double rss = 0;
    for (std::size_t i = 0; i < n; ++i)
        rss += (y[i] - a - b * x[i]) * (y[i] - a - b * x[i]);
    const double se = std::sqrt(rss / (nn - 2) * nn / d);
    const double r = (nn * sxy - sx * sy) / std::sqrt(d * (nn * syy - sy * sy));
    const FitReport f = fitReport(x, y);
    QVERIFY(std::fabs(f.slope - b) < 1e-12);
    QVERIFY2(std::fabs(f.slopeStdErr - se) < 1e-9 * se, qPrintable(QString::number(f.slopeStdErr - se)));
    QVERIFY(std::fabs(f.rSquared - r * r) < 1e-10);
    QVERIFY(f.slopeStdErr > 0.0);
    QVERIFY(!crossoverTest(x, y).detected); // one line with noise has no crossover
}

void TestFitReport::twoSegmentsAreACrossover()
{
    // Slope 0.5 up to x = 3, then 1.5, continuous, with a little noise; 30 points on [1, 5].
    const std::vector<double> e = gaussian(30, 3);
    std::vector<double> x, y;
    for (int i = 0; i < 30; ++i) {
        x.push_back(1.0 + 4.0 * i / 29.0);
        const double v = x.back() <= 3.0 ? 0.5 * x.back() : 1.5 + 1.5 * (x.back() - 3.0);
        y.push_back(v + 0.01 * e[static_cast<std::size_t>(i)]);
    }
    const CrossoverReport c = crossoverTest(x, y);
    QVERIFY(c.tested && c.detected);
    QVERIFY2(std::fabs(c.breakX - 3.0) < 0.15, qPrintable(QString::number(c.breakX)));
    QVERIFY(std::fabs(c.slopeBelow - 0.5) < 0.05 && std::fabs(c.slopeAbove - 1.5) < 0.05);
    QVERIFY(c.bicOne - c.bicTwo > 10.0);
    std::vector<FitWarning> w;
    appendFitWarnings(w, 2.0, fitReport(x, y), c, 0.0, "scale");
    QCOMPARE(countKind(w, "crossover"), std::size_t(1));
    QCOMPARE(w.front().value, std::exp(c.breakX));
    // The same break with a slope change below minSlopeChange is not reported.
    CrossoverOptions strict;
    strict.minSlopeChange = 1.5;
    QVERIFY(!crossoverTest(x, y, strict).detected);
}

void TestFitReport::mfdfaCrossoverOfNoisePlusWalk()
{
    // White noise (h = 1/2) plus a weak random walk (h = 3/2): F_2^2 of the sum is the sum of
    // the two components' F_2^2 (independent), so the crossover lies where their fitted lines
    // F_n(s) and F_w(s) meet; each component alone is one line.
    const std::size_t n = 1 << 16;
    const std::vector<double> noise = gaussian(n, 21), steps = gaussian(n, 22);
    std::vector<double> walk(n), sum(n);
    double acc = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        acc += 0.01 * steps[i];
        walk[i] = acc;
        sum[i] = noise[i] + walk[i];
    }
    MfdfaOptions o;
    o.q = {2};
    o.threads = 2;
    const MfdfaResult rn = mfdfa(noise, o), rw = mfdfa(walk, o), rs = mfdfa(sum, o);
    QVERIFY(rn.defined && rw.defined && rs.defined);
    QCOMPARE(countKind(rn.warnings, "crossover"), std::size_t(0));
    QCOMPARE(countKind(rw.warnings, "crossover"), std::size_t(0));
    QVERIFY(!rn.crossovers[0].detected && !rw.crossovers[0].detected);
    QCOMPARE(countKind(rs.warnings, "crossover"), std::size_t(1));
    const CrossoverReport& c = rs.crossovers[0];
    QVERIFY(c.detected);
    const double meet = std::exp((rn.fits[0].intercept - rw.fits[0].intercept) / (rw.h[0] - rn.h[0]));
    const double found = std::exp(c.breakX);
    QVERIFY2(found > meet / 2 && found < meet * 2,
             qPrintable(QString("break %1, components meet at %2").arg(found).arg(meet)));
    QVERIFY(c.slopeBelow < 0.8 && c.slopeAbove > 1.2);
    // The report covers the fit: every usable scale, the generated range.
    QCOMPARE(rs.fitPoints, rs.scales.size());
    QCOMPARE(rs.fitScaleMin, std::size_t(16));
    QCOMPARE(rs.fitScaleMax, n / 4);
    QCOMPARE(rs.fits[0].slope, rs.h[0]);
    QCOMPARE(rs.fits[0].slopeStdErr, rs.hStdErr[0]);
}

void TestFitReport::whiteNoiseHasNoCrossover()
{
    // One scaling range (h = 1/2 at every q). The last scales average few segments and scatter:
    // an unweighted test without the span limit (and BIC gain 10, slope change 0.1) flagged 19 of
    // 36 white-noise runs when it was tuned; the weighted, span-limited default flags none here.
    MfdfaOptions o;
    o.threads = 2;
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
        for (std::size_t n : {std::size_t(1) << 14, std::size_t(1) << 16}) {
            const MfdfaResult r = mfdfa(gaussian(n, seed), o);
            QVERIFY(r.defined);
            for (const CrossoverReport& c : r.crossovers)
                QVERIFY2(
                    c.tested && !c.detected,
                    qPrintable(QString("seed %1, N %2: break %3").arg(seed).arg(n).arg(std::exp(c.breakX))));
        }
}

void TestFitReport::mfdfaFlatSegmentsOnlyForNegativeQ()
{
    std::vector<double> x = gaussian(1 << 14, 5);
    MfdfaOptions o;
    o.scales = {16, 32, 64, 128, 256};
    o.q = {-3, -1, 0, 1, 3};
    // Pure noise: no flat segment, with or without q < 0.
    MfdfaResult res = mfdfa(x, o);
    QCOMPARE(countKind(res.warnings, "flat_segments"), std::size_t(0));
    // Long constant stretches: the profile is exactly linear there.
    for (std::size_t i = 2000; i < 5000; ++i)
        x[i] = 0.0;
    for (std::size_t i = 9000; i < 11000; ++i)
        x[i] = 1.0;
    res = mfdfa(x, o);
    QCOMPARE(countKind(res.warnings, "flat_segments"), std::size_t(1));
    std::size_t expected = 0;
    for (std::size_t si = 0; si < res.scales.size(); ++si)
        expected += res.zeroVarianceSegments[si] + res.nearZeroSegments[si];
    // At least the segments wholly inside the stretches, both segmentations, at s = 16.
    QVERIFY(expected >= 2 * (3000 / 16 - 1 + 2000 / 16 - 1));
    const auto flat = std::find_if(res.warnings.begin(), res.warnings.end(),
                                   [](const FitWarning& w) { return w.kind == "flat_segments"; });
    QCOMPARE(flat->value, static_cast<double>(expected));
    QVERIFY(!flat->hasQ);
    // The same series without negative q: no flat-segment warning (q >= 0 moments stay finite).
    o.q = {0, 1, 2, 3};
    res = mfdfa(x, o);
    QCOMPARE(countKind(res.warnings, "flat_segments"), std::size_t(0));
}

void TestFitReport::mfdfaLowRSquaredThreshold()
{
    const std::vector<double> x = gaussian(1 << 13, 9);
    MfdfaOptions o;
    o.q = {-2, 2};
    o.minRSquared = 1.0; // no noisy fit is perfect: every q warns, with its own R^2
    MfdfaResult res = mfdfa(x, o);
    QCOMPARE(countKind(res.warnings, "low_r_squared"), std::size_t(2));
    for (const FitWarning& w : res.warnings)
        if (w.kind == "low_r_squared") {
            QVERIFY(w.hasQ);
            const std::size_t qi = w.q < 0 ? 0 : 1;
            QCOMPARE(w.value, res.rSquared[qi]);
        }
    o.minRSquared = 0.0;
    res = mfdfa(x, o);
    QCOMPARE(countKind(res.warnings, "low_r_squared"), std::size_t(0));
}

void TestFitReport::networkSpectrumReport()
{
    WeightedGraph g;
    g.nodes = 60;
    for (std::size_t i = 0; i < g.nodes; ++i) {
        g.edges.push_back({i, (i + 1) % g.nodes, 1.0});
        g.edges.push_back({i, (i + 7) % g.nodes, 0.5});
    }
    NetworkSpectrumOptions o;
    o.threads = 1;
    o.minRSquared = 1.0;
    const NetworkSpectrumResult r = networkSpectrum(g, o);
    QCOMPARE(r.fits.size(), r.q.size());
    QCOMPARE(r.tauStdErr.size(), r.q.size());
    std::size_t imperfect = 0;
    for (std::size_t qi = 0; qi < r.q.size(); ++qi) {
        QCOMPARE(r.fits[qi].slope, r.tau[qi]);
        QCOMPARE(r.fits[qi].rSquared, r.rSquared[qi]);
        QCOMPARE(r.fits[qi].points, r.radii.size());
        QCOMPARE(std::exp(r.fits[qi].xMin) * r.diameter, r.radii.front());
        imperfect += r.rSquared[qi] < 1.0;
    }
    QCOMPARE(countKind(r.warnings, "low_r_squared"), imperfect);
}

void TestFitReport::rejectsBadThresholds()
{
    const std::vector<double> x = gaussian(2048, 1);
    MfdfaOptions o;
    o.minRSquared = 1.5;
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    o = {};
    o.flatSegmentFraction = -1.0;
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    WeightedGraph g;
    g.nodes = 3;
    g.edges = {{0, 1, 1.0}, {1, 2, 1.0}};
    NetworkSpectrumOptions no;
    no.minRSquared = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, networkSpectrum(g, no));
}

QTEST_GUILESS_MAIN(TestFitReport)
#include "tst_fitreport.moc"
