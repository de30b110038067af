// Sample entropy against independent targets: hand-counted A and B of the toy series from
// analyses.md, the O(N^2) pair count on series chosen to stress ties and window edges, and the
// analytic limit -ln erf(0.1) for i.i.d. Gaussian noise.
#include "common/errors.h"
#include "roundingjitter.h"
#include "measures/sampleentropy.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace nd;

class TestSampleEntropy : public QObject {
    Q_OBJECT
private slots:
    void toySeriesTargets();
    void fastEqualsBruteForce();
    void fastEqualsBruteForceLarge();
    void gaussianLimit();
    void undefinedWithReason();
    void rejectsBadInput();
    void scalarEntryPoint();
    void roundingNoiseIsConstant();
};

namespace {
std::vector<double> toySeries()
{
    std::vector<double> x;
    for (int rep = 0; rep < 20; ++rep)
        for (double v : {0.0, 0.0, 0.0, 0.0, 0.0, 1.0})
            x.push_back(v);
    return x;
}

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
} // namespace

void TestSampleEntropy::toySeriesTargets()
{
    const std::vector<double> x = toySeries();
    SampleEntropyOptions o;
    o.m = 1;
    o.r = 0.5;
    o.toleranceKind = ToleranceKind::Absolute;
    for (const auto& res : {sampleEntropy(x, o), sampleEntropyBruteForce(x, o)}) {
        QCOMPARE(res.a, std::uint64_t(3521));
        QCOMPARE(res.b, std::uint64_t(5121));
        QVERIFY(res.defined);
        QVERIFY(std::fabs(res.value - 0.3746047) < 5e-8);
        QCOMPARE(res.templatesA, std::uint64_t(119));
    }
    o.m = 3;
    for (const auto& res : {sampleEntropy(x, o), sampleEntropyBruteForce(x, o)}) {
        QVERIFY(res.defined);
        QVERIFY(std::fabs(res.value - 0.4314233) < 5e-8);
    }
}

void TestSampleEntropy::fastEqualsBruteForce()
{
    const std::size_t n = 700;
    std::mt19937_64 rng(7);
    std::vector<std::vector<double>> series(4);
    for (std::size_t i = 0; i < n; ++i)
        series[0].push_back(static_cast<double>(rng() >> 11) * 0x1.0p-53);
    double u = 0.3141;
    for (std::size_t i = 0; i < n; ++i) {
        u = 4.0 * u * (1.0 - u);
        series[1].push_back(u);
    }
    for (std::size_t i = 0; i < n; ++i)
        series[2].push_back(static_cast<double>(rng() % 5)); // many exact ties and |d| == r
    series[3].assign(300, 2.5);
    const char* names[] = {"random", "logistic", "integer", "constant"};

    for (std::size_t s = 0; s < series.size(); ++s)
        for (int m = 1; m <= 4; ++m)
            for (MatchRule rule : {MatchRule::LessOrEqual, MatchRule::Less})
                for (int variant = 0; variant < 3; ++variant) {
                    SampleEntropyOptions o;
                    o.m = m;
                    o.rule = rule;
                    o.threads = 2;
                    if (s == 2 || s == 3 || variant == 1) {
                        o.toleranceKind = ToleranceKind::Absolute;
                        o.r = s == 2 ? 1.0 : 0.15;
                    }
                    if (variant == 2) {
                        o.lag = 2;
                        o.templates = TemplateCount::AllTemplates;
                    }
                    const auto fast = sampleEntropy(series[s], o);
                    const auto brute = sampleEntropyBruteForce(series[s], o);
                    const QString what = QStringLiteral("%1 m=%2 rule=%3 variant=%4: fast A=%5 B=%6, brute A=%7 B=%8")
                                             .arg(names[s]).arg(m).arg(int(rule)).arg(variant)
                                             .arg(fast.a).arg(fast.b).arg(brute.a).arg(brute.b);
                    QVERIFY2(fast.a == brute.a && fast.b == brute.b, qPrintable(what));
                    QCOMPARE(fast.defined, brute.defined);
                }
    // Constant series, absolute r, "<=": every pair matches, so B = C(N-m, 2) and SampEn = 0.
    SampleEntropyOptions o;
    o.toleranceKind = ToleranceKind::Absolute;
    o.r = 0.1;
    const auto res = sampleEntropy(series[3], o);
    QCOMPARE(res.b, std::uint64_t(298) * 297 / 2);
    QCOMPARE(res.a, res.b);
    QCOMPARE(res.value, 0.0);
}

void TestSampleEntropy::fastEqualsBruteForceLarge()
{
    // Series long enough for many cells along each coordinate, so the range counts (m = 1, 2)
    // and the grid (m >= 2) meet cell borders, neighbour cells and empty grid cells: Gaussian
    // noise, the same noise quantised to multiples of 0.05 with r = 0.1 absolute (ties, and
    // differences that round to either side of r), and a chaotic logistic orbit.
    const std::size_t n = 5000;
    std::vector<std::vector<double>> series(3);
    series[0] = gaussian(n, 99);
    for (double v : series[0])
        series[1].push_back(std::round(v / 0.05) * 0.05);
    double u = 0.2718;
    for (std::size_t i = 0; i < n; ++i) {
        u = 3.99 * u * (1.0 - u);
        series[2].push_back(u);
    }
    for (std::size_t s = 0; s < series.size(); ++s)
        for (int m = 1; m <= 4; ++m)
            for (MatchRule rule : {MatchRule::LessOrEqual, MatchRule::Less}) {
                SampleEntropyOptions o;
                o.m = m;
                o.rule = rule;
                if (s == 1) {
                    o.toleranceKind = ToleranceKind::Absolute;
                    o.r = 0.1;
                }
                const auto brute = sampleEntropyBruteForce(series[s], o);
                for (int threads : {1, 2, 3}) {
                    o.threads = threads;
                    const auto fast = sampleEntropy(series[s], o);
                    const QString what =
                        QStringLiteral("series %1 m=%2 rule=%3 threads=%4: fast A=%5 B=%6, brute A=%7 B=%8")
                            .arg(s)
                            .arg(m)
                            .arg(int(rule))
                            .arg(threads)
                            .arg(fast.a)
                            .arg(fast.b)
                            .arg(brute.a)
                            .arg(brute.b);
                    QVERIFY2(fast.a == brute.a && fast.b == brute.b, qPrintable(what));
                }
            }
}

void TestSampleEntropy::gaussianLimit()
{
    const std::vector<double> x = gaussian(100000, 2024);
    const auto res = sampleEntropy(x, SampleEntropyOptions{});
    QVERIFY(res.defined);
    QVERIFY2(std::fabs(res.value - 2.185132) < 0.01, qPrintable(QString::number(res.value, 'g', 8)));
    // The tolerance is 0.2 times the population standard deviation.
    QVERIFY(std::fabs(res.toleranceUsed - 0.2 * res.stdDev) < 1e-15);
}

void TestSampleEntropy::undefinedWithReason()
{
    // Strictly increasing by 1 with r = 0.5 absolute: no two templates match.
    std::vector<double> x(50);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<double>(i);
    SampleEntropyOptions o;
    o.toleranceKind = ToleranceKind::Absolute;
    o.r = 0.5;
    const auto res = sampleEntropy(x, o);
    QVERIFY(!res.defined);
    QCOMPARE(res.b, std::uint64_t(0));
    QVERIFY(res.reason.find("B = 0") != std::string::npos);
    // Relative r on a constant series: r = 0 is reported, not divided by.
    const auto flat = sampleEntropy(std::vector<double>(40, 1.0), SampleEntropyOptions{});
    QVERIFY(!flat.defined);
    QVERIFY(!flat.reason.empty());
}

void TestSampleEntropy::rejectsBadInput()
{
    const std::vector<double> ok = gaussian(100, 1);
    SampleEntropyOptions o;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(std::vector<double>{1.0, 2.0, 3.0}, o));
    std::vector<double> bad = ok;
    bad[17] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(bad, o));
    bad[17] = INFINITY;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropyBruteForce(bad, o));
    o.m = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(ok, o));
    o.m = 2;
    o.r = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(ok, o));
    o.r = -0.2;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(ok, o));
    o.r = 0.2;
    o.lag = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, sampleEntropy(ok, o));
    try {
        bad[17] = std::nan("");
        sampleEntropy(bad, SampleEntropyOptions{});
        QFAIL("no exception");
    } catch (const InputError& e) {
        QVERIFY(std::string(e.what()).find("index 17") != std::string::npos);
    }
}

void TestSampleEntropy::scalarEntryPoint()
{
    const std::vector<double> x = toySeries();
    const MeasureValue v = sampleEntropyValue(x, 2, 0.2);
    const auto full = sampleEntropyBruteForce(x, SampleEntropyOptions{});
    QCOMPARE(v.defined, full.defined);
    if (v.defined)
        QCOMPARE(v.value, full.value);
}

void TestSampleEntropy::roundingNoiseIsConstant()
{
    // r = 0.2 SD of rounding jitter is a tolerance of a fraction of an ulp: the counts would be
    // patterns of rounding. The relative tolerance treats the series as constant instead.
    const auto flat = sampleEntropy(ndtest::roundingJitter(1.1877401165066972, 500), SampleEntropyOptions{});
    QVERIFY(!flat.defined);
    QVERIFY(flat.reason.find("constant") != std::string::npos);
    QCOMPARE(flat.toleranceUsed, 0.0);
    QVERIFY(flat.stdDev > 0.0); // the series does move, by rounding
    // The same shape a million times larger than rounding is measured.
    auto x = gaussian(500, 3);
    for (double& v : x)
        v = 1.0 + 1e-9 * v;
    QVERIFY(sampleEntropy(x, SampleEntropyOptions{}).defined);
}

QTEST_APPLESS_MAIN(TestSampleEntropy)
#include "tst_sampleentropy.moc"
