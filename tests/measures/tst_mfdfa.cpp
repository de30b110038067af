// MFDFA against theory: the binomial multiplicative cascade's h(q) = (1 - log2(a^q + (1-a)^q))/q,
// white noise h = 1/2, and the Legendre identities; zero-variance segments are reported, not
// turned into infinities; bad grids and series are refused.
#include "common/errors.h"
#include "measures/mfdfa.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <random>
#include <vector>

using namespace nd;

class TestMfdfa : public QObject {
    Q_OBJECT
private slots:
    void binomialCascade();
    void whiteNoise();
    void zeroVarianceSegmentsReported();
    void rejectsBadInput();
};

namespace {
std::vector<double> cascade(double a, int levels)
{
    std::vector<double> x(std::size_t(1) << levels);
    for (std::size_t k = 0; k < x.size(); ++k) {
        const int ones = std::popcount(k);
        x[k] = std::pow(a, ones) * std::pow(1.0 - a, levels - ones);
    }
    return x;
}

std::vector<double> noise(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> x(n);
    for (auto& v : x)
        v = static_cast<double>(rng() >> 11) * 0x1.0p-53 - 0.5;
    return x;
}
} // namespace

void TestMfdfa::binomialCascade()
{
    const std::vector<double> x = cascade(0.75, 20);
    MfdfaOptions o;
    o.q = {-4, -2, -1, 0, 1, 2, 3, 4, 6};
    for (int e = 12; e <= 17; ++e)
        o.scales.push_back(std::size_t(1) << e); // [2^12, N/8], the cascade's own levels
    const MfdfaResult res = mfdfa(x, o);
    QVERIFY(res.defined);
    const std::vector<std::pair<double, double>> table = {{-4, 1.7544}, {-2, 1.5760}, {-1, 1.4150}, {1, 1.0000},
                                                          {2, 0.8390},  {3, 0.7309},  {4, 0.6606},  {6, 0.5814}};
    for (const auto& [q, h] : table) {
        // The table itself is the theory rounded to 4 digits: recompute it independently too.
        const double theory = (1.0 - std::log2(std::pow(0.75, q) + std::pow(0.25, q))) / q;
        QVERIFY(std::fabs(theory - h) < 6e-5);
        const std::size_t qi = static_cast<std::size_t>(std::find(res.q.begin(), res.q.end(), q) - res.q.begin());
        QVERIFY2(std::fabs(res.h[qi] - h) < 3e-3, qPrintable(QStringLiteral("q=%1 h=%2 table %3").arg(q).arg(res.h[qi]).arg(h)));
        QVERIFY(res.rSquared[qi] > 0.99);
    }
    // q = 0 is finite, and tau, alpha, f obey their definitions.
    const std::size_t q0 = 3;
    QCOMPARE(res.q[q0], 0.0);
    QVERIFY(std::isfinite(res.h[q0]));
    for (std::size_t i = 0; i < res.q.size(); ++i) {
        QVERIFY(std::fabs(res.tau[i] - (res.q[i] * res.h[i] - 1.0)) < 1e-12);
        QVERIFY(std::fabs(res.fAlpha[i] - (res.q[i] * res.alpha[i] - res.tau[i])) < 1e-12);
    }
    QVERIFY(res.width > 0.5); // a strongly multifractal cascade
    QCOMPARE(res.segments.front(), std::size_t(2) * 256);
    QCOMPARE(res.zeroVarianceSegments.front(), std::size_t(0));
}

void TestMfdfa::whiteNoise()
{
    const std::vector<double> x = noise(1 << 16, 11);
    MfdfaOptions o;
    o.threads = 2;
    const MfdfaResult res = mfdfa(x, o);
    QVERIFY(res.defined);
    for (std::size_t i = 0; i < res.q.size(); ++i) {
        if (res.q[i] == 2.0)
            QVERIFY2(std::fabs(res.h[i] - 0.5) < 0.03, qPrintable(QString::number(res.h[i])));
        if (res.q[i] == 0.0)
            QVERIFY(std::isfinite(res.h[i]));
    }
    QCOMPARE(res.scales.front(), std::size_t(16));
    QCOMPARE(res.scales.back(), std::size_t(1 << 14));
    // Same answer whatever the thread count.
    o.threads = 1;
    QVERIFY(mfdfa(x, o).h == res.h);
}

void TestMfdfa::zeroVarianceSegmentsReported()
{
    // Noise with a long constant stretch: the profile is exactly linear there.
    std::vector<double> x = noise(1 << 14, 5);
    for (std::size_t i = 4096; i < 8192; ++i)
        x[i] = 0.0;
    MfdfaOptions o;
    o.q = {-4, -2, 0, 2};
    o.scales = {16, 32, 64, 128, 256};
    const MfdfaResult res = mfdfa(x, o);
    QVERIFY(res.defined);
    QVERIFY(res.zeroVarianceSegments[0] >= 2 * 4096 / 16 - 2); // both segmentations see the stretch
    QVERIFY(!res.warning.empty());
    for (double h : res.h)
        QVERIFY(std::isfinite(h));
    // A constant series is undefined, with the reason.
    const MfdfaResult flat = mfdfa(std::vector<double>(1000, 3.0), o);
    QVERIFY(!flat.defined);
    QVERIFY(flat.reason.find("constant") != std::string::npos);
    QVERIFY(!mfdfaWidth(std::vector<double>(1000, 3.0)).defined);
}

void TestMfdfa::rejectsBadInput()
{
    const std::vector<double> x = noise(4096, 1);
    MfdfaOptions o;
    o.q = {1, 2, 2};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    o.q = {};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    o.q = {1, std::nan("")};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    o = {};
    o.scales = {64, 32};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    o.scales = {2, 64};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o)); // below order + 2
    o.scales = {64, 4000};
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o)); // above N / 2
    o = {};
    o.order = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(x, o));
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(std::vector<double>(40, 1.0), MfdfaOptions{})); // too short for scales
    auto bad = x;
    bad[100] = INFINITY;
    QVERIFY_THROWS_EXCEPTION(InputError, mfdfa(bad, MfdfaOptions{}));
}

QTEST_APPLESS_MAIN(TestMfdfa)
#include "tst_mfdfa.moc"
