// Recurrence quantification against values known without the code: every count and measure of
// small series against a direct O(N^2) computation written here (a dense matrix, each diagonal
// and each column walked cell by cell, the fixed-rate threshold by sorting every pair distance);
// a sine embedded in two dimensions at a quarter-period delay (a circle: DET = 1 up to the
// matrix-edge bound l_min (l_min - 1) / recurrences) and the same sine unembedded (DET < 1: the
// rising and falling branches cross); white noise at a fixed rate (the rate reached within one
// pair, DET near 1 - (1 - RR)^2 for independent neighbours); windows equal to separate runs;
// the bit-packed matrix of N = 1e4 within 13 MB; bad inputs refused or undefined with a reason.
#include "common/errors.h"
#include "measures/recurrence.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace nd;

class TestRecurrence : public QObject {
    Q_OBJECT
private slots:
    void countsAgainstDirect();
    void fixedRateAgainstSortedDistances();
    void fixedRateNarrowsCrowdedBins();
    void sineEmbeddedIsDeterministic();
    void sineUnembeddedIsNot();
    void whiteNoiseAtFixedRate();
    void windowsEqualSeparateRuns();
    void matrixMemory();
    void badInputs();
};

namespace {

std::vector<double> uniformNoise(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> x(n);
    for (double& v : x)
        v = static_cast<double>(rng() >> 11) * 0x1.0p-53;
    return x;
}

struct Direct {
    std::size_t n = 0;
    std::vector<char> r; // dense
    std::vector<double> dist;
    std::vector<std::size_t> diag, vert;
    std::size_t ones = 0, pairs = 0;
};

// The metric as the library's conventions state it: max norm, or the squared Euclidean distance.
double metric(const std::vector<double>& x, const RecurrenceOptions& o, std::size_t i, std::size_t j)
{
    double d = 0.0;
    for (int k = 0; k < o.dimension; ++k) {
        const double a =
            x[i + static_cast<std::size_t>(k * o.delay)] - x[j + static_cast<std::size_t>(k * o.delay)];
        d = o.norm == RecurrenceNorm::Max ? std::max(d, std::fabs(a)) : d + a * a;
    }
    return d;
}

Direct direct(const std::vector<double>& x, const RecurrenceOptions& o, double eps)
{
    Direct d;
    d.n = x.size() - static_cast<std::size_t>((o.dimension - 1) * o.delay);
    const std::size_t n = d.n;
    const double e = o.norm == RecurrenceNorm::Max ? eps : eps * eps;
    d.r.assign(n * n, 0);
    auto allowed = [&](std::size_t i, std::size_t j) {
        return (i > j ? i - j : j - i) >= static_cast<std::size_t>(o.theiler);
    };
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (allowed(i, j)) {
                ++d.pairs;
                d.r[i * n + j] = metric(x, o, i, j) <= e;
                d.ones += static_cast<std::size_t>(d.r[i * n + j]);
            }
    d.diag.assign(n + 1, 0);
    d.vert.assign(n + 1, 0);
    // Every diagonal, both triangles, cell by cell.
    for (long k = -static_cast<long>(n) + 1; k < static_cast<long>(n); ++k) {
        std::size_t run = 0;
        for (long i = 0; i < static_cast<long>(n); ++i) {
            const long j = i + k;
            if (j < 0 || j >= static_cast<long>(n))
                continue;
            if (d.r[static_cast<std::size_t>(i) * n + static_cast<std::size_t>(j)]) {
                ++run;
            } else if (run) {
                ++d.diag[run];
                run = 0;
            }
        }
        if (run)
            ++d.diag[run];
    }
    // Every column, top to bottom.
    for (std::size_t j = 0; j < n; ++j) {
        std::size_t run = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (d.r[i * n + j]) {
                ++run;
            } else if (run) {
                ++d.vert[run];
                run = 0;
            }
        }
        if (run)
            ++d.vert[run];
    }
    return d;
}

struct Measures {
    double det = 0, lmean = 0, entr = 0, lam = 0, tt = 0;
    std::size_t lmax = 0, vmax = 0;
};

Measures fromHistograms(const Direct& d, const RecurrenceOptions& o)
{
    Measures m;
    double dp = 0, dl = 0, vp = 0, vl = 0;
    for (std::size_t l = 1; l <= d.n; ++l) {
        if (d.diag[l])
            m.lmax = l;
        if (d.vert[l])
            m.vmax = l;
        if (l >= static_cast<std::size_t>(o.minDiagonal)) {
            dp += double(l) * double(d.diag[l]);
            dl += double(d.diag[l]);
        }
        if (l >= static_cast<std::size_t>(o.minVertical)) {
            vp += double(l) * double(d.vert[l]);
            vl += double(d.vert[l]);
        }
    }
    m.det = dp / double(d.ones);
    m.lam = vp / double(d.ones);
    m.lmean = dl > 0 ? dp / dl : 0;
    m.tt = vl > 0 ? vp / vl : 0;
    for (std::size_t l = static_cast<std::size_t>(o.minDiagonal); l <= d.n; ++l)
        if (d.diag[l])
            m.entr -= double(d.diag[l]) / dl * std::log(double(d.diag[l]) / dl);
    return m;
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b));
}

std::vector<double> sine(std::size_t n, int period)
{
    std::vector<double> x(n);
    for (std::size_t t = 0; t < n; ++t)
        x[t] = std::sin(2.0 * M_PI * static_cast<double>(t % static_cast<std::size_t>(period)) / period);
    return x;
}

} // namespace

void TestRecurrence::countsAgainstDirect()
{
    int cases = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        // A random walk has long lines; noise has short ones: both shapes of histogram.
        std::vector<double> x = uniformNoise(150 + 37 * seed, seed);
        if (seed == 2)
            for (std::size_t i = 1; i < x.size(); ++i)
                x[i] = x[i - 1] + (x[i] - 0.5) * 0.2;
        for (int m : {1, 3})
            for (int w : {0, 1, 4})
                for (RecurrenceNorm norm : {RecurrenceNorm::Max, RecurrenceNorm::Euclidean}) {
                    RecurrenceOptions o;
                    o.dimension = m;
                    o.delay = 2;
                    o.theiler = w;
                    o.norm = norm;
                    o.thresholdKind = RecurrenceThreshold::Absolute;
                    o.threshold = 0.15;
                    o.minDiagonal = 2 + w % 2;
                    o.minVertical = 2 + (m == 3);
                    const RqaResult r = recurrenceQuantification(x, o);
                    const Direct d = direct(x, o, o.threshold);
                    const Measures e = fromHistograms(d, o);
                    QVERIFY(r.defined);
                    QCOMPARE(r.points, d.n);
                    QCOMPARE(r.admissiblePairs, d.pairs);
                    QCOMPARE(r.recurrences, d.ones);
                    QCOMPARE(r.diagonalLines, d.diag);
                    QCOMPARE(r.verticalLines, d.vert);
                    QVERIFY(close(r.rr, double(d.ones) / double(d.pairs)));
                    QVERIFY(close(r.det, e.det));
                    QVERIFY(close(r.lam, e.lam));
                    QVERIFY(close(r.lMean, e.lmean));
                    QVERIFY(close(r.tt, e.tt));
                    QVERIFY(close(r.entr, e.entr));
                    QCOMPARE(r.lMax, e.lmax);
                    QCOMPARE(r.vMax, e.vmax);
                    const RecurrenceMatrix mat = recurrenceMatrix(x, o);
                    for (std::size_t i = 0; i < d.n; ++i)
                        for (std::size_t j = 0; j < d.n; ++j)
                            QCOMPARE(mat.at(i, j), d.r[i * d.n + j] != 0);
                    ++cases;
                }
    }
    QCOMPARE(cases, 36);
}

void TestRecurrence::fixedRateAgainstSortedDistances()
{
    // Values on a coarse grid, so that many pair distances tie at the threshold.
    std::vector<double> x = uniformNoise(300, 7);
    for (double& v : x)
        v = std::round(v * 20.0) / 20.0;
    for (int w : {0, 1, 3})
        for (double target : {0.01, 0.05, 0.3})
            for (RecurrenceNorm norm : {RecurrenceNorm::Max, RecurrenceNorm::Euclidean}) {
                RecurrenceOptions o;
                o.dimension = 2;
                o.delay = 1;
                o.theiler = w;
                o.norm = norm;
                o.thresholdKind = RecurrenceThreshold::FixedRate;
                o.threshold = target;
                const RqaResult r = recurrenceQuantification(x, o);
                // The stated rule: the smallest eps with at least ceil(RR * pairs) recurrent
                // ordered pairs = the ceil(RR * pairs)-th smallest ordered pair distance.
                const std::size_t n = r.points;
                std::vector<double> all;
                for (std::size_t i = 0; i < n; ++i)
                    for (std::size_t j = 0; j < n; ++j)
                        if ((i > j ? i - j : j - i) >= static_cast<std::size_t>(w))
                            all.push_back(metric(x, o, i, j));
                std::sort(all.begin(), all.end());
                const auto k = static_cast<std::size_t>(std::ceil(target * double(all.size()) - 1e-9));
                const double eps = all[k - 1];
                QCOMPARE(r.epsilon, norm == RecurrenceNorm::Max ? eps : std::sqrt(eps));
                const auto within =
                    static_cast<std::size_t>(std::upper_bound(all.begin(), all.end(), eps) - all.begin());
                QCOMPARE(r.recurrences, within);
                QVERIFY(r.rr >= target);
            }
}

void TestRecurrence::fixedRateNarrowsCrowdedBins()
{
    // One outlier sets the distance range to 1000 while all other distances are below 1e-9: the
    // first histogram puts ~2e6 pair distances into one bin, more than the selection gathers,
    // so it narrows to that bin's range and counts again. Then a series with two values only
    // (every distance 0 or 1, the wanted one repeated a million times).
    std::vector<double> crowded = uniformNoise(2000, 13);
    for (double& v : crowded)
        v *= 1e-9;
    crowded[0] = 1000.0;
    std::vector<double> twoValues = uniformNoise(2000, 17);
    for (double& v : twoValues)
        v = v < 0.5 ? 0.0 : 1.0;
    for (const std::vector<double>* x : {&crowded, &twoValues}) {
        RecurrenceOptions o;
        o.thresholdKind = RecurrenceThreshold::FixedRate;
        o.threshold = 0.1;
        const RqaResult r = recurrenceQuantification(*x, o);
        std::vector<double> all;
        all.reserve(x->size() * x->size());
        for (std::size_t i = 0; i < x->size(); ++i)
            for (std::size_t j = 0; j < x->size(); ++j)
                if (i != j)
                    all.push_back(std::fabs((*x)[i] - (*x)[j]));
        const auto k = static_cast<std::size_t>(std::ceil(0.1 * double(all.size()) - 1e-9));
        std::nth_element(all.begin(), all.begin() + long(k - 1), all.end());
        QCOMPARE(r.epsilon, all[k - 1]);
    }
}

void TestRecurrence::sineEmbeddedIsDeterministic()
{
    // 40 samples a period, tau = 10: the vectors (sin, cos) lie on the unit circle and points a
    // phase step s apart are 2 sin(pi s / 40) apart. eps between the distances of 2 and 3 steps
    // makes every diagonal wholly recurrent or empty, so all lines run from edge to edge; only
    // the corner diagonals shorter than l_min can hold short lines: l_min (l_min - 1) cells.
    const int period = 40;
    const std::vector<double> x = sine(2000, period);
    for (int lmin : {2, 5}) {
        RecurrenceOptions o;
        o.dimension = 2;
        o.delay = period / 4;
        o.norm = RecurrenceNorm::Euclidean;
        o.thresholdKind = RecurrenceThreshold::Absolute;
        o.threshold = 2.0 * std::sin(M_PI * 2.5 / period);
        o.minDiagonal = lmin;
        const RqaResult r = recurrenceQuantification(x, o);
        QVERIFY(r.defined && r.detDefined);
        const double bound = double(lmin * (lmin - 1)) / double(r.recurrences);
        QVERIFY2(r.det >= 1.0 - bound && r.det <= 1.0, qPrintable(QString::number(r.det)));
        // Recurrence rate: 5 of every 40 phases (steps -2..2), minus the excluded main diagonal.
        const double expected = 5.0 / period;
        QVERIFY(std::fabs(r.rr - expected) < 2.0 / period);
        QCOMPARE(r.lMax, r.points - 1); // the diagonal next to the main one, wholly recurrent
    }
}

void TestRecurrence::sineUnembeddedIsNot()
{
    // In one dimension the rising and the falling half of each period pass through the same
    // values: a point recurs with the other branch only while the two branches are within eps,
    // which along a diagonal (both moving, in opposite directions) lasts a step or so; so part
    // of the recurrences are isolated points and DET < 1. The same series embedded is DET = 1.
    const int period = 40;
    const std::vector<double> x = sine(2000, period);
    RecurrenceOptions o;
    o.dimension = 1;
    o.norm = RecurrenceNorm::Euclidean;
    o.thresholdKind = RecurrenceThreshold::Absolute;
    o.threshold = 2.0 * std::sin(M_PI * 2.5 / period) / std::sqrt(2.0);
    const RqaResult r = recurrenceQuantification(x, o);
    QVERIFY(r.defined && r.detDefined);
    // Embedded, at most l_min (l_min - 1) = 2 recurrences lie off lines of length >= 2 (the
    // corners); here thousands do, where the branches cross steeply.
    QVERIFY2(r.det < 0.99, qPrintable(QString::number(r.det)));
    QVERIFY(r.diagonalLines[1] > 1000);
}

void TestRecurrence::whiteNoiseAtFixedRate()
{
    const std::vector<double> x = uniformNoise(2000, 11);
    RecurrenceOptions o;
    o.thresholdKind = RecurrenceThreshold::FixedRate;
    o.threshold = 0.05;
    const RqaResult r = recurrenceQuantification(x, o);
    QVERIFY(r.defined);
    // Continuous values: no ties, so the rate reached is the target rounded up to whole pairs
    // (the pairs come in mirrored twos).
    QVERIFY(r.rr >= 0.05 && r.rr <= 0.05 + 2.0 / double(r.admissiblePairs));
    // Independent samples: the neighbours (i+1, j+1) and (i-1, j-1) of a recurrence recur
    // independently with probability RR, so DET ~ 1 - (1 - RR)^2 = 0.0975: small.
    QVERIFY2(std::fabs(r.det - (1.0 - (1.0 - r.rr) * (1.0 - r.rr))) < 0.01,
             qPrintable(QString::number(r.det)));
    QVERIFY(r.det < 0.15);
}

void TestRecurrence::windowsEqualSeparateRuns()
{
    const std::vector<double> x = uniformNoise(700, 5);
    RecurrenceOptions o;
    o.dimension = 2;
    o.threshold = 0.2; // of the whole series' SD
    const WindowedRqaResult w = windowedRecurrenceQuantification(x, 300, 150, o);
    QCOMPARE(w.starts, (std::vector<std::size_t>{0, 150, 300}));
    double sd = 0, mean = 0;
    for (double v : x)
        mean += v / double(x.size());
    for (double v : x)
        sd += (v - mean) * (v - mean) / double(x.size());
    sd = std::sqrt(sd);
    for (std::size_t k = 0; k < w.starts.size(); ++k) {
        const std::vector<double> part(x.begin() + long(w.starts[k]), x.begin() + long(w.starts[k]) + 300);
        RecurrenceOptions a = o;
        a.thresholdKind = RecurrenceThreshold::Absolute;
        a.threshold = 0.2 * sd;
        const RqaResult one = recurrenceQuantification(part, a);
        QVERIFY(std::fabs(w.windows[k].epsilon - 0.2 * sd) < 1e-15);
        QCOMPARE(w.windows[k].diagonalLines, one.diagonalLines);
        QCOMPARE(w.windows[k].verticalLines, one.verticalLines);
    }
    QVERIFY_THROWS_EXCEPTION(InputError, windowedRecurrenceQuantification(x, 800, 1, o));
    QVERIFY_THROWS_EXCEPTION(InputError, windowedRecurrenceQuantification(x, 300, 0, o));
}

void TestRecurrence::matrixMemory()
{
    const RecurrenceMatrix m(10000);
    QVERIFY(m.bytes() <= 13000000);
    QCOMPARE(m.bytes(), std::size_t(10000) * 157 * 8);
}

void TestRecurrence::badInputs()
{
    const std::vector<double> x = uniformNoise(100, 3);
    auto throwsWith = [&](auto change) {
        RecurrenceOptions o;
        change(o);
        try {
            recurrenceQuantification(x, o);
        } catch (const InputError&) {
            return true;
        }
        return false;
    };
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.dimension = 0; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.delay = 0; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.theiler = -1; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.threshold = -0.1; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.threshold = 0.0; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.threshold = std::nan(""); }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) {
        o.thresholdKind = RecurrenceThreshold::FixedRate;
        o.threshold = 1.5;
    }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.minDiagonal = 0; }));
    QVERIFY(throwsWith([](RecurrenceOptions& o) { o.theiler = 100; })); // no pair left
    QVERIFY(throwsWith([](RecurrenceOptions& o) {
        o.dimension = 50;
        o.delay = 3;
    }));
    std::vector<double> bad = x;
    bad[17] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, recurrenceQuantification(bad, {}));
    const std::vector<double> flat(50, 2.5);
    const RqaResult c = recurrenceQuantification(flat, {});
    QVERIFY(!c.defined && !c.detDefined && !c.reason.empty());
    // No recurrence at all: RR = 0, DET and the rest undefined with their reasons.
    RecurrenceOptions tiny;
    tiny.thresholdKind = RecurrenceThreshold::Absolute;
    tiny.threshold = 1e-300;
    const RqaResult none = recurrenceQuantification(x, tiny);
    QVERIFY(none.defined && none.rr == 0.0);
    QVERIFY(!none.detDefined && !none.detReason.empty() && !none.lineDefined && !none.ttDefined);
}

QTEST_APPLESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
