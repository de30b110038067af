// Surrogate significance: the rank p-value against hand counts, the null summary against its
// definition, known answers against IAAFT (a chaotic Chialvo series has a lower sample entropy
// than its surrogates; its 0-1 K does not differ from theirs, a regular orbit's does; an AR(1)
// series differs in neither), thread-count invariance, undefined values, cancel and bad input.
#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "measures/sampleentropy.h"
#include "measures/significance.h"
#include "measures/zeroone.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace nd;

class TestSignificance : public QObject {
    Q_OBJECT
private slots:
    void rankPValueHandCounts();
    void nullSummaryAndUndefined();
    void chialvoAgainstIaaft();
    void ar1NotSignificant();
    void threadCountInvariant();
    void multichannel();
    void cancelAndBadInput();
};

namespace {

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

// x of the built-in Chialvo map; at b = 0.18 tst_lyapunov finds a positive largest Lyapunov
// exponent (chaotic bursting).
std::vector<double> chialvo(std::size_t n, double b = 0.18)
{
    const ChialvoMap model(ChialvoParameters{0.89, b, 0.28, 0.03});
    SimulationOptions o;
    o.transient = 1000;
    o.samples = static_cast<long>(n);
    o.variables = {0};
    return simulateMap(model, model.defaultInitialState(), o).column(0);
}

// The 0-1 K with a fixed c set, single-threaded (the surrogates run in parallel).
MeasureValue zeroOneMeasure(std::span<const double> x)
{
    ZeroOneOptions o;
    o.threads = 1;
    o.keepMsd = false;
    o.cCount = 50;
    const ZeroOneResult r = zeroOneTest(x, o);
    return r.defined ? MeasureValue::of(r.k) : MeasureValue::undefined(r.reason);
}

} // namespace

void TestSignificance::rankPValueHandCounts()
{
    const std::vector<double> null{1.0, 2.0, 3.0, 4.0};
    // observed 3: two null values >= 3, three <= 3, n = 4.
    QCOMPARE(rankPValue(3.0, null, Tail::Greater), 3.0 / 5.0);
    QCOMPARE(rankPValue(3.0, null, Tail::Less), 4.0 / 5.0);
    QCOMPARE(rankPValue(3.0, null, Tail::TwoSided), 1.0);
    // observed beyond every null value: the smallest p a count of 4 allows.
    QCOMPARE(rankPValue(5.0, null, Tail::Greater), 1.0 / 5.0);
    QCOMPARE(rankPValue(5.0, null, Tail::Less), 1.0);
    QCOMPARE(rankPValue(5.0, null, Tail::TwoSided), 2.0 / 5.0);
    QCOMPARE(rankPValue(0.0, null, Tail::Less), 1.0 / 5.0);
    Tail t;
    QVERIFY(tailFromName("two-sided", t) && t == Tail::TwoSided);
    QVERIFY(!tailFromName("both", t));
}

void TestSignificance::nullSummaryAndUndefined()
{
    // The measure: the first sample of the series, undefined when it is negative. On shuffles the
    // null values are samples of the series, so the summary can be checked against them.
    const std::vector<double> x = ar1(200, 0.0, 3);
    SignificanceOptions o;
    o.surrogates.kind = SurrogateKind::Shuffle;
    o.count = 99;
    o.threads = 2;
    const auto first = [](std::span<const double> s) {
        return s[0] >= 0.0 ? MeasureValue::of(s[0]) : MeasureValue::undefined("negative");
    };
    const SignificanceResult r = surrogateSignificance(x, first, o);
    QCOMPARE(r.outcome, Outcome::Completed);
    QCOMPARE(r.nullValues.size(), std::size_t(99));
    std::vector<double> defined;
    for (const MeasureValue& v : r.nullValues) {
        if (v.defined) {
            QVERIFY(std::find(x.begin(), x.end(), v.value) != x.end());
            defined.push_back(v.value);
        } else {
            QCOMPARE(v.reason, std::string("negative"));
        }
    }
    QVERIFY(defined.size() > 20 && defined.size() < 80); // about half of a zero-mean series
    QCOMPARE(r.null.defined, defined.size());
    QCOMPARE(r.null.undefined, 99 - defined.size());
    std::sort(defined.begin(), defined.end());
    QCOMPARE(r.null.min, defined.front());
    QCOMPARE(r.null.max, defined.back());
    const std::size_t m = defined.size();
    QCOMPARE(r.null.median, m % 2 ? defined[m / 2] : 0.5 * (defined[m / 2 - 1] + defined[m / 2]));
    double mean = 0.0;
    for (double v : defined)
        mean += v / static_cast<double>(m);
    double ss = 0.0;
    for (double v : defined)
        ss += (v - mean) * (v - mean);
    QVERIFY(std::fabs(r.null.mean - mean) <= 1e-12);
    QVERIFY(std::fabs(r.null.sd - std::sqrt(ss / static_cast<double>(m - 1))) <= 1e-12);
    if (r.observed.defined) {
        std::size_t atLeast = 0;
        for (double v : defined)
            atLeast += v >= r.observed.value;
        QCOMPARE(r.pValue, (1.0 + static_cast<double>(atLeast)) / static_cast<double>(m + 1));
    }
    QVERIFY(r.conventions.find("greater") != std::string::npos);

    // An undefined observed value: no p-value, and the reason says why.
    std::vector<double> y = x;
    y[0] = -1.0;
    const SignificanceResult u = surrogateSignificance(y, first, o);
    QVERIFY(!u.pDefined);
    QVERIFY(u.reason.find("negative") != std::string::npos);
}

void TestSignificance::chialvoAgainstIaaft()
{
    // The classic surrogate test: a chaotic series is more regular (lower sample entropy) than
    // every linear Gaussian process with its spectrum and values -> the smallest p 39 allow.
    const std::vector<double> x = chialvo(2000);
    SignificanceOptions o;
    o.surrogates.kind = SurrogateKind::Iaaft;
    o.count = 39;
    o.tail = Tail::Less;
    o.threads = 2;
    const auto sampen = [](std::span<const double> s) { return sampleEntropyValue(s, 2, 0.2); };
    const SignificanceResult e = surrogateSignificance(x, sampen, o);
    qInfo("Chialvo SampEn = %g, null median %g [%g, %g], p = %g", e.observed.value, e.null.median, e.null.min,
          e.null.max, e.pValue);
    QVERIFY(e.pDefined);
    QCOMPARE(e.pValue, 1.0 / 40.0);

    // The 0-1 test answers "regular or not", and a linear stochastic surrogate is not regular
    // either: K is about 1 for chaos and for noise alike (Gottwald & Melbourne 2009), so K of a
    // chaotic series does NOT differ from its IAAFT surrogates ...
    o.tail = Tail::TwoSided;
    o.count = 19;
    const SignificanceResult chaos = surrogateSignificance(x, zeroOneMeasure, o);
    qInfo("Chialvo chaotic K = %g, null median %g [%g, %g], p = %g", chaos.observed.value, chaos.null.median,
          chaos.null.min, chaos.null.max, chaos.pValue);
    QVERIFY(chaos.observed.value > 0.9 && chaos.null.min > 0.9);
    QVERIFY2(chaos.pValue > 0.05, qPrintable(QString::number(chaos.pValue)));
    // ... while a regular Chialvo orbit (b = 0.6: largest Lyapunov exponent 0 within 1e-5) has a K
    // below every surrogate's: p = 1/(n+1) on the lower tail.
    o.tail = Tail::Less;
    const SignificanceResult regular = surrogateSignificance(chialvo(2000, 0.6), zeroOneMeasure, o);
    qInfo("Chialvo regular K = %g, null median %g [%g, %g], p = %g", regular.observed.value,
          regular.null.median, regular.null.min, regular.null.max, regular.pValue);
    QCOMPARE(regular.pValue, 1.0 / 20.0);
}

void TestSignificance::ar1NotSignificant()
{
    // An AR(1) process is the null hypothesis of IAAFT (a linear Gaussian process, here not even
    // rescaled): neither K nor the sample entropy may differ from its surrogates.
    const std::vector<double> x = ar1(2000, 0.8, 17);
    SignificanceOptions o;
    o.surrogates.kind = SurrogateKind::Iaaft;
    o.count = 39;
    o.tail = Tail::TwoSided;
    o.threads = 2;
    const SignificanceResult r = surrogateSignificance(x, zeroOneMeasure, o);
    QVERIFY(r.pDefined);
    qInfo("AR(1): K = %g, null median %g [%g, %g], p = %g", r.observed.value, r.null.median, r.null.min,
          r.null.max, r.pValue);
    QVERIFY2(r.pValue > 0.05, qPrintable(QString::number(r.pValue)));
    const auto sampen = [](std::span<const double> s) { return sampleEntropyValue(s, 2, 0.2); };
    const SignificanceResult e = surrogateSignificance(x, sampen, o);
    qInfo("AR(1): SampEn = %g, null median %g [%g, %g], p = %g", e.observed.value, e.null.median, e.null.min,
          e.null.max, e.pValue);
    QVERIFY2(e.pValue > 0.05, qPrintable(QString::number(e.pValue)));
}

void TestSignificance::threadCountInvariant()
{
    const std::vector<double> x = chialvo(1000);
    SignificanceOptions o;
    o.count = 12;
    o.threads = 1;
    const SignificanceResult one = surrogateSignificance(x, zeroOneMeasure, o);
    o.threads = 2;
    const SignificanceResult two = surrogateSignificance(x, zeroOneMeasure, o);
    QCOMPARE(one.pValue, two.pValue);
    for (std::size_t i = 0; i < o.count; ++i) {
        QCOMPARE(one.nullValues[i].value, two.nullValues[i].value);
        QCOMPARE(one.surrogateInfo[i].iterations, two.surrogateInfo[i].iterations);
    }
    QCOMPARE(one.null.mean, two.null.mean);
}

void TestSignificance::multichannel()
{
    // The lag-0 correlation of two coupled channels against multivariate FT surrogates is kept
    // (shared phases) -> the observed value sits inside the null: p = 1 two-sided. The lag-1
    // cross-correlation of y with x where y follows x by one step is kept too; against a shuffle
    // (which keeps lag 0 only) it is far out: p = 1/(n+1).
    const std::vector<double> x = ar1(1000, 0.0, 51), e = ar1(1000, 0.0, 52);
    std::vector<double> y(x.size());
    y[0] = e[0];
    for (std::size_t t = 1; t < x.size(); ++t)
        y[t] = x[t - 1] + 0.3 * e[t];
    const auto lag1 = [](const std::vector<std::vector<double>>& c) {
        double s = 0.0;
        for (std::size_t t = 1; t < c[0].size(); ++t)
            s += c[0][t - 1] * c[1][t];
        return MeasureValue::of(s / static_cast<double>(c[0].size()));
    };
    SignificanceOptions o;
    o.count = 19;
    o.surrogates.kind = SurrogateKind::Shuffle;
    const SignificanceResult shuffle = surrogateSignificance({x, y}, lag1, o);
    QCOMPARE(shuffle.pValue, 1.0 / 20.0);
    o.surrogates.kind = SurrogateKind::Ft;
    o.tail = Tail::TwoSided;
    const SignificanceResult ft = surrogateSignificance({x, y}, lag1, o);
    QVERIFY2(ft.pValue > 0.05, qPrintable(QString::number(ft.pValue)));
    QVERIFY(ft.conventions.find("multivariate") != std::string::npos);
}

void TestSignificance::cancelAndBadInput()
{
    const std::vector<double> x = ar1(500, 0.5, 1);
    SignificanceOptions o;
    o.count = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, surrogateSignificance(x, zeroOneMeasure, o));
    o.count = 10;
    QVERIFY_THROWS_EXCEPTION(InputError,
                             surrogateSignificance(std::vector<double>{1.0, 2.0}, zeroOneMeasure, o));
    CancelFlag cancel;
    cancel.cancel();
    const SignificanceResult r = surrogateSignificance(x, zeroOneMeasure, o, &cancel);
    QCOMPARE(r.outcome, Outcome::Canceled);
    QVERIFY(!r.pDefined);
}

QTEST_APPLESS_MAIN(TestSignificance)
#include "tst_significance.moc"
