// Embedding choices against values known without the code: the mutual-information and
// autocorrelation delays of a finely sampled sine are a quarter period (the pair (sin, cos) fills
// the circle; cos crosses zero there); false nearest neighbours and Cao's E1 give dimension 2 for
// the Henon map's x and 3 for the Lorenz x series (integrated here by RK4, independently of the
// engine's models); Gaussian white noise keeps a high false fraction and E2 near 1 (Cao 1997).
// The neighbour search is checked against a brute-force scan written here, and its work counted
// (distance evaluations) to show it is far from N^2 for N = 1e4.
#include "common/errors.h"
#include "measures/embedding.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace nd;

class TestEmbedding : public QObject {
    Q_OBJECT
private slots:
    void sineQuarterPeriod();
    void amiFallbackAndUndefined();
    void amiIgnoresDipsAtTheNoiseFloor();
    void caoPlateauBelowThreshold();
    void chooseEmbeddingRulesAndBounds();
    void henonDimensionTwo();
    void lorenzDimensionThree();
    void whiteNoise();
    void periodicSineDimensionTwo();
    void fnnAgainstBruteForce();
    void neighbourSearchIsNotQuadratic();
    void duplicatesDoNotMakeItQuadratic();
    void undefinedAndBadInput();
};

namespace {

std::vector<double> sine(std::size_t n, double period)
{
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = std::sin(2.0 * std::numbers::pi * static_cast<double>(i) / period + 0.3);
    return x;
}

std::vector<double> henonX(std::size_t n)
{
    double x = 0.1, y = 0.1;
    std::vector<double> out;
    for (std::size_t i = 0; i < n + 1000; ++i) {
        const double nx = 1.0 - 1.4 * x * x + y;
        y = 0.3 * x;
        x = nx;
        if (i >= 1000)
            out.push_back(x);
    }
    return out;
}

std::vector<double> lorenzX(std::size_t n, double dt)
{
    using State = std::array<double, 3>;
    const auto f = [](const State& s) {
        return State{10.0 * (s[1] - s[0]), s[0] * (28.0 - s[2]) - s[1], s[0] * s[1] - 8.0 / 3.0 * s[2]};
    };
    const auto axpy = [](const State& s, const State& k, double h) {
        return State{s[0] + h * k[0], s[1] + h * k[1], s[2] + h * k[2]};
    };
    State s{1.0, 1.0, 1.0};
    std::vector<double> out;
    const std::size_t transient = static_cast<std::size_t>(20.0 / dt);
    for (std::size_t i = 0; i < n + transient; ++i) {
        const State k1 = f(s), k2 = f(axpy(s, k1, dt / 2)), k3 = f(axpy(s, k2, dt / 2)),
                    k4 = f(axpy(s, k3, dt));
        for (int c = 0; c < 3; ++c)
            s[static_cast<std::size_t>(c)] +=
                dt / 6.0 *
                (k1[static_cast<std::size_t>(c)] + 2 * k2[static_cast<std::size_t>(c)] +
                 2 * k3[static_cast<std::size_t>(c)] + k4[static_cast<std::size_t>(c)]);
        if (i >= transient)
            out.push_back(s[0]);
    }
    return out;
}

std::vector<double> gaussian(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; i += 2) {
        const double u1 = (static_cast<double>(rng() >> 11) + 0.5) * 0x1p-53;
        const double u2 = static_cast<double>(rng() >> 11) * 0x1p-53;
        const double rr = std::sqrt(-2.0 * std::log(u1));
        x[i] = rr * std::cos(2.0 * std::numbers::pi * u2);
        if (i + 1 < n)
            x[i + 1] = rr * std::sin(2.0 * std::numbers::pi * u2);
    }
    return x;
}

} // namespace

void TestEmbedding::sineQuarterPeriod()
{
    for (double period : {40.0, 200.0, 333.0}) {
        const std::vector<double> x = sine(20 * static_cast<std::size_t>(period), period);
        const DelayResult ami = chooseDelay(x);
        QVERIFY2(ami.defined, ami.reason.c_str());
        QCOMPARE(ami.rule, std::string("first minimum"));
        QVERIFY2(std::abs(ami.delay - period / 4) <= 1.0, std::to_string(ami.delay).c_str());
        DelayOptions o;
        o.method = DelayMethod::Autocorrelation;
        const DelayResult acf = chooseDelay(x, o);
        QVERIFY(acf.defined);
        QVERIFY2(std::abs(acf.delay - period / 4) <= 1.0, std::to_string(acf.delay).c_str());
        // I(0) is the entropy of the binned marginal: at most ln(bins).
        QVERIFY(ami.mutualInformation[0] <= std::log(ami.bins) + 1e-12);
    }
}

void TestEmbedding::amiFallbackAndUndefined()
{
    // Gaussian AR(1) with phi = 0.5: I(tau) = -ln(1 - phi^(2 tau)) / 2 decreases with the lag
    // (0.14, 0.03 nats), so within lags 0..2 there is no minimum, and I(1) is far below
    // I(0)/e (I(0) is the binned marginal's entropy, about ln of the occupied bins): the
    // fallback picks lag 1.
    const std::vector<double> e = gaussian(10000, 3);
    std::vector<double> ar(e.size());
    ar[0] = e[0];
    for (std::size_t i = 1; i < e.size(); ++i)
        ar[i] = 0.5 * ar[i - 1] + e[i];
    DelayOptions o;
    o.maxLag = 2;
    const DelayResult r = chooseDelay(ar, o);
    QVERIFY(r.mutualInformation[1] > r.mutualInformation[2]);
    QVERIFY(r.defined);
    QCOMPARE(r.rule, std::string("1/e fallback"));
    QCOMPARE(r.delay, 1);
    // A monotone series is its own lagged copy's function: I(tau) stays near I(0) and the
    // autocorrelation positive, so neither rule finds a delay within 10 lags.
    std::vector<double> ramp(400);
    for (std::size_t i = 0; i < ramp.size(); ++i)
        ramp[i] = std::exp(-static_cast<double>(i) / 300.0);
    o.maxLag = 10;
    const DelayResult m = chooseDelay(ramp, o);
    QVERIFY(!m.defined);
    QVERIFY(!m.reason.empty());
    o.method = DelayMethod::Autocorrelation;
    QVERIFY(!chooseDelay(ramp, o).defined);
}

void TestEmbedding::amiIgnoresDipsAtTheNoiseFloor()
{
    // White noise: lagged pairs are independent, so I(tau >= 1) estimates the same quantity as the
    // series against a shuffled copy of itself: the independence level.
    const std::vector<double> w = gaussian(10000, 11);
    const DelayResult white = chooseDelay(w);
    double mean = 0.0;
    for (std::size_t lag = 1; lag <= 200; ++lag)
        mean += white.mutualInformation[lag] / 200.0;
    QVERIFY2(std::abs(mean - white.independenceLevel) < 0.25 * white.independenceLevel,
             (std::to_string(mean) + " vs " + std::to_string(white.independenceLevel)).c_str());
    QVERIFY(white.independenceLevel > 0.0);
    // Chaotic maps: I(tau) decays to that level within a few lags and then wiggles around it.
    // A first minimum among the wiggles (tau = 13 to 23 for the Henon map, ~1000 for a noisy
    // logistic map) is the estimator's noise: the rule falls back to I(0)/e, a lag of a few
    // steps, the first lag whose I is below I(0)/e.
    std::vector<double> logistic;
    double x = 0.3;
    const std::vector<double> noise = gaussian(11000, 13);
    for (std::size_t i = 0; i < 11000; ++i) {
        x = 3.9 * x * (1.0 - x);
        if (i >= 1000)
            logistic.push_back(x + 0.01 * noise[i]);
    }
    for (const auto& [name, series] : {std::pair{"henon", henonX(10000)}, std::pair{"logistic", logistic}}) {
        const DelayResult r = chooseDelay(series);
        QVERIFY2(r.defined, r.reason.c_str());
        QVERIFY2(r.rule == "1/e fallback",
                 (std::string(name) + ": " + r.rule + " at " + std::to_string(r.delay)).c_str());
        QVERIFY2(r.delay <= 4, std::to_string(r.delay).c_str());
        QVERIFY(r.mutualInformation[static_cast<std::size_t>(r.delay)] <
                r.mutualInformation[0] / std::exp(1.0));
        QVERIFY(r.mutualInformation[static_cast<std::size_t>(r.delay) - 1] >=
                r.mutualInformation[0] / std::exp(1.0));
    }
}

void TestEmbedding::caoPlateauBelowThreshold()
{
    // The bursting Chialvo map (a = 0.89, b = 0.18, c = 0.28, k = 0.03), 5000 samples at the delay
    // of its mutual-information minimum: Cao's E1 levels off near 0.83 from d = 4, below the
    // fixed threshold 0.9, which is first crossed only at d = 8. The map has two variables, so an
    // embedding of 2 * 2 + 1 = 5 dimensions always suffices (Takens; Sauer et al. 1991): the
    // threshold alone over-embeds, the plateau rule (E1 stops changing, Cao 1997) does not.
    std::vector<double> x;
    double u = 0.5, v = 0.5;
    for (std::size_t i = 0; i < 6000; ++i) {
        const double nu = u * u * std::exp(v - u) + 0.03;
        v = 0.89 * v - 0.18 * u + 0.28;
        u = nu;
        if (i >= 1000)
            x.push_back(u);
    }
    const DelayResult tau = chooseDelay(x);
    QVERIFY2(tau.defined && tau.rule == "first minimum", tau.rule.c_str());
    DimensionOptions o;
    o.delay = tau.delay;
    o.caoPlateau = 0.0;
    const DimensionResult off = chooseDimension(x, o);
    QVERIFY2(!off.caoDefined || off.caoDimension > 5, std::to_string(off.caoDimension).c_str());
    o.caoPlateau = 0.05;
    const DimensionResult on = chooseDimension(x, o);
    QVERIFY2(on.caoDefined, on.caoReason.c_str());
    QCOMPARE(on.caoRule, std::string("plateau"));
    QVERIFY2(on.caoDimension >= 3 && on.caoDimension <= 5, std::to_string(on.caoDimension).c_str());
    const auto k = static_cast<std::size_t>(on.caoDimension - 1);
    QVERIFY(on.caoE1[k] < 0.9 && on.caoE1[k] >= 0.5);
    QVERIFY(std::abs(on.caoE1[k + 1] - on.caoE1[k]) <= 0.05 &&
            std::abs(on.caoE1[k + 2] - on.caoE1[k + 1]) <= 0.05);
    // Where E1 reaches the threshold first (Henon at delay 1), the threshold decides as before.
    DimensionOptions h;
    const DimensionResult henon = chooseDimension(henonX(5000), h);
    QCOMPARE(henon.caoDimension, 2);
    QCOMPARE(henon.caoRule, std::string("threshold"));
    o.caoPlateau = -0.1;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(x, o));
}

void TestEmbedding::chooseEmbeddingRulesAndBounds()
{
    // A sine of period 40: ami and acf give the quarter period, fnn and cao m = 2 at that delay.
    const std::vector<double> x = sine(8000, 40.0);
    EmbeddingRequest q;
    q.delayRule = DelayRule::MutualInformation;
    q.dimensionRule = DimensionRule::Fnn;
    const EmbeddingChoice c = chooseEmbedding(x, q);
    QVERIFY2(c.defined, c.reason.c_str());
    QCOMPARE(c.delay, 10);
    QCOMPARE(c.dimension, 2);
    QCOMPARE(c.delayRuleText(), std::string("ami: first minimum"));
    QCOMPARE(c.summary(), std::string("m = 2 (fnn), tau = 10 (ami: first minimum)"));
    q.delayRule = DelayRule::Autocorrelation;
    q.dimensionRule = DimensionRule::Cao;
    const EmbeddingChoice a = chooseEmbedding(x, q);
    QVERIFY2(std::abs(a.delay - 10) <= 1, std::to_string(a.delay).c_str()); // within a sample of T/4
    QCOMPARE(a.dimension, 2);
    QCOMPARE(a.dimensionRuleText(), std::string("cao: threshold"));
    // Given numbers pass through untouched, with no rule run.
    const EmbeddingChoice given =
        chooseEmbedding(x, EmbeddingRequest{DelayRule::Given, 7, DimensionRule::Given, 4});
    QVERIFY(given.defined && given.delay == 7 && given.dimension == 4 && !given.delayChoice &&
            !given.dimensionChoice);
    QVERIFY(given.summary().empty());
    // A choice outside the measure's range is undefined with a reason naming the measure's field.
    EmbeddingRequest narrow{DelayRule::Given, 10, DimensionRule::Fnn, 3, 3, 8, "delay", "order"};
    const EmbeddingChoice out = chooseEmbedding(x, narrow);
    QVERIFY(!out.defined);
    QVERIFY2(out.reason.find("order fnn chose m = 2") != std::string::npos, out.reason.c_str());
    // White noise: FNN finds no dimension; the reason names the rule.
    EmbeddingRequest noise{DelayRule::Given, 1, DimensionRule::Fnn, 2};
    const EmbeddingChoice none = chooseEmbedding(gaussian(3000, 2), noise);
    QVERIFY(!none.defined);
    QVERIFY2(none.reason.rfind("m fnn chose no dimension", 0) == 0, none.reason.c_str());
}

void TestEmbedding::henonDimensionTwo()
{
    const std::vector<double> x = henonX(5000);
    DimensionOptions o;
    o.delay = 1;
    o.maxDimension = 6;
    const DimensionResult r = chooseDimension(x, o);
    QVERIFY2(r.fnnDefined, r.fnnReason.c_str());
    QCOMPARE(r.fnnDimension, 2);
    QVERIFY(r.fnnFraction[0] > 0.3); // the x axis alone folds the attractor
    QVERIFY2(r.caoDefined, r.caoReason.c_str());
    QCOMPARE(r.caoDimension, 2);
    QVERIFY(std::abs(r.caoE2[0] - 1.0) > 0.1); // deterministic: E2 departs from 1
}

void TestEmbedding::lorenzDimensionThree()
{
    const std::vector<double> x = lorenzX(10000, 0.01);
    const DelayResult d = chooseDelay(x);
    QVERIFY2(d.defined, d.reason.c_str());
    // Fraser & Swinney's first minimum for the Lorenz x is about 0.1 to 0.2 time units.
    QVERIFY2(d.delay >= 8 && d.delay <= 25, std::to_string(d.delay).c_str());
    DimensionOptions o;
    o.delay = d.delay;
    o.maxDimension = 6;
    o.theilerWindow = d.delay;
    const DimensionResult r = chooseDimension(x, o);
    QVERIFY2(r.fnnDefined, r.fnnReason.c_str());
    QCOMPARE(r.fnnDimension, 3);
    // Cao at the delay Kennel et al. (1992) used for this series, 0.1 time units. (At the mutual-
    // information delay, about 0.2, E1(3) is only about 0.8 and the 0.9 rule picks 4: a longer
    // delay folds the reconstructed attractor more, which Cao's E1 registers more slowly.)
    o.delay = 10;
    o.theilerWindow = 10;
    const DimensionResult k = chooseDimension(x, o);
    QVERIFY2(k.fnnDefined, k.fnnReason.c_str());
    QCOMPARE(k.fnnDimension, 3);
    QVERIFY2(k.caoDefined, k.caoReason.c_str());
    QCOMPARE(k.caoDimension, 3);
    QVERIFY(k.caoE1[1] < 0.5); // d = 2 is clearly not enough
}

void TestEmbedding::whiteNoise()
{
    const std::vector<double> x = gaussian(4000, 7);
    DimensionOptions o;
    o.maxDimension = 6;
    const DimensionResult r = chooseDimension(x, o);
    QVERIFY(!r.fnnDefined);
    for (double f : r.fnnFraction)
        QVERIFY2(f > 0.13, std::to_string(f).c_str());
    QVERIFY(!r.caoDefined);
    for (double e2 : r.caoE2)
        QVERIFY2(std::abs(e2 - 1.0) < 0.1, std::to_string(e2).c_str());
}

void TestEmbedding::periodicSineDimensionTwo()
{
    // A sine's delay vectors at a quarter-period delay lie on a circle, a closed curve that m = 2
    // unfolds: both rules must give 2 (m = 1 folds it: x alone cannot tell the rising from the
    // falling half). A period of 20 samples (and of 23.7: 237 samples hold 10 periods) repeats
    // the samples exactly, except for the rounding of sin() at larger arguments, so a vector's
    // nearest "neighbour" is its own copy a period later at a distance of 1e-16 or so, and
    // Kennel's ratio |x_{i+m tau} - x_{j+m tau}| / R_m compares rounding with rounding: it
    // picked m = 10 and Cao's E1(1) = 4.5 picked d = 1. Values within the identical-value
    // tolerance are one value, so those copies count as duplicates (distance 0). The
    // incommensurate period 20 sqrt(2) never repeats and gave 2 already.
    for (double period : {20.0, 23.7, 20.0 * std::numbers::sqrt2}) {
        const std::vector<double> x = sine(4000, period);
        const DelayResult d = chooseDelay(x);
        QVERIFY2(d.defined, d.reason.c_str());
        QVERIFY2(std::abs(d.delay - period / 4) <= 1.0, std::to_string(d.delay).c_str());
        DimensionOptions o;
        o.delay = d.delay;
        o.maxDimension = 10;
        const DimensionResult r = chooseDimension(x, o);
        const std::string what = "period " + std::to_string(period);
        QVERIFY2(r.fnnDefined, (what + ": " + r.fnnReason).c_str());
        QVERIFY2(r.fnnDimension == 2, (what + ": FNN m = " + std::to_string(r.fnnDimension)).c_str());
        QVERIFY2(r.fnnFraction[0] > 0.3, what.c_str()); // the fold of m = 1
        for (std::size_t k = 1; k < r.fnnFraction.size(); ++k)
            QVERIFY2(r.fnnFraction[k] == 0.0, (what + ": m = " + std::to_string(k + 1)).c_str());
        QVERIFY2(r.caoDefined, (what + ": " + r.caoReason).c_str());
        QVERIFY2(r.caoDimension == 2, (what + ": Cao d = " + std::to_string(r.caoDimension)).c_str());
    }
}

void TestEmbedding::fnnAgainstBruteForce()
{
    // A direct O(N^2) transcription of Kennel's criteria on a short series.
    const std::vector<double> x = henonX(600);
    DimensionOptions o;
    o.delay = 2;
    o.maxDimension = 4;
    o.theilerWindow = 3;
    const DimensionResult r = chooseDimension(x, o);
    double mean = 0.0, var = 0.0;
    for (double v : x)
        mean += v / static_cast<double>(x.size());
    for (double v : x)
        var += (v - mean) * (v - mean) / static_cast<double>(x.size());
    const double sd = std::sqrt(var);
    for (std::size_t m = 1; m <= 4; ++m) {
        const std::size_t count = x.size() - m * 2;
        std::size_t counted = 0, falseCount = 0;
        for (std::size_t i = 0; i < count; ++i) {
            double best = INFINITY;
            std::size_t bj = 0;
            for (std::size_t j = 0; j < count; ++j) {
                if ((i > j ? i - j : j - i) <= 3)
                    continue;
                double d2 = 0.0;
                for (std::size_t k = 0; k < m; ++k)
                    d2 += (x[i + 2 * k] - x[j + 2 * k]) * (x[i + 2 * k] - x[j + 2 * k]);
                if (d2 > 0.0 && d2 < best) {
                    best = d2;
                    bj = j;
                }
            }
            const double rm = std::sqrt(best);
            const double extra = std::abs(x[i + 2 * m] - x[bj + 2 * m]);
            ++counted;
            falseCount += extra / rm > 10.0 || std::sqrt(best + extra * extra) / sd > 2.0;
        }
        QCOMPARE(r.fnnCounted[m - 1], counted);
        QCOMPARE(r.fnnFraction[m - 1], static_cast<double>(falseCount) / static_cast<double>(counted));
    }
}

void TestEmbedding::neighbourSearchIsNotQuadratic()
{
    // N = 1e4, dimensions 1..4 (Cao up to 5): a brute-force search costs about N^2 = 1e8 distance
    // evaluations per dimension and norm; the k-d tree must stay far below, here under N^2 / 50
    // in total over all ten searches.
    const std::size_t n = 10000;
    const std::vector<double> x = henonX(n);
    DimensionOptions o;
    o.maxDimension = 4;
    const DimensionResult r = chooseDimension(x, o);
    const double quadratic = static_cast<double>(n) * static_cast<double>(n);
    QVERIFY2(static_cast<double>(r.distanceEvaluations) < quadratic / 50,
             std::to_string(r.distanceEvaluations).c_str());
}

void TestEmbedding::duplicatesDoNotMakeItQuadratic()
{
    // An i.i.d. binary series of N = 2e4 has at most 2^m distinct vectors, so each vector has
    // thousands of copies at distance 0, which the search skips. Walking them per query made it
    // N^2 (3.6e9 evaluations for m = 1..4 before identical vectors were merged); merged, each
    // query sees at most 2^m - 1 other vectors. The chosen neighbours obey the rules: positive
    // distance, outside the Theiler window.
    const std::size_t n = 20000;
    std::mt19937_64 rng(11);
    std::vector<double> x(n);
    for (double& v : x)
        v = static_cast<double>(rng() >> 63);
    DimensionOptions o;
    o.maxDimension = 4;
    o.theilerWindow = 5;
    const DimensionResult r = chooseDimension(x, o);
    QVERIFY2(r.distanceEvaluations < 9 * 16 * n, std::to_string(r.distanceEvaluations).c_str());
    QVERIFY(!r.fnnDefined);
    for (std::size_t k = 0; k < 4; ++k)
        QCOMPARE(r.fnnCounted[k], n - (k + 1)); // every vector found a neighbour
}

void TestEmbedding::undefinedAndBadInput()
{
    const std::vector<double> flat(100, 2.5);
    QVERIFY(!chooseDelay(flat).defined);
    const DimensionResult r = chooseDimension(flat);
    QVERIFY(!r.fnnDefined && !r.caoDefined && !r.fnnReason.empty());

    QVERIFY_THROWS_EXCEPTION(InputError, chooseDelay(std::vector<double>(10, 1.0)));
    std::vector<double> bad = sine(100, 20);
    bad[5] = NAN;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDelay(bad));
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(bad));
    const std::vector<double> ok = sine(100, 20);
    DelayOptions d;
    d.maxLag = 99;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDelay(ok, d));
    d.maxLag = 0;
    d.bins = 2;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDelay(ok, d));
    DimensionOptions o;
    o.delay = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
    o.delay = 1;
    o.maxDimension = 31;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
    o.maxDimension = 10;
    o.rTol = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
    o.rTol = 10;
    o.identicalTolerance = -1e-9;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
    o.identicalTolerance = 0.01;
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
    o.identicalTolerance = 1e-9;
    o.delay = 10; // 11 * 10 + 3 = 113 samples needed
    QVERIFY_THROWS_EXCEPTION(InputError, chooseDimension(ok, o));
}

QTEST_APPLESS_MAIN(TestEmbedding)
#include "tst_embedding.moc"
