// The Lyapunov spectrum along a parameter (lyapunovAlong) against theory and against
// lyapunovSpectrum itself: Hénon along b (det J = -b, so lambda_1 + lambda_2 = ln|b| at every
// value to round-off), the logistic map along r (ln 2 at r = 4; on the period-2 cycle the
// exponent is ln|4 + 2r - r^2| / 2, -infinity at the superstable r = 1 + sqrt 5), a chain of a
// Chialvo and a Rulkov node with zero coupling (the spectrum is the union of the nodes'
// spectra), each row bit for bit lyapunovSpectrum at that value alone (any thread count), the
// follow policy, escaped rows, cancel and refusals.
#include "analysis/lyapunov.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "maps/rulkov.h"
#include "network/chainnetwork.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace nd;

namespace {

std::vector<double> linspace(double from, double to, int count)
{
    std::vector<double> v;
    for (int i = 0; i < count; ++i)
        v.push_back(from + (to - from) * i / (count - 1));
    return v;
}

QByteArray text(double v)
{
    return QByteArray::number(v, 'g', 17);
}

} // namespace

class TestLyapunovAlong : public QObject {
    Q_OBJECT
private slots:
    void henonSumIsLogB();
    void logisticTheory();
    void decoupledChainIsUnionOfNodes();
    void rowsEqualSpectrumAlone();
    void followStartsFromPreviousState();
    void escapedValueIsARow();
    void cancel();
    void refusals();
};

void TestLyapunovAlong::henonSumIsLogB()
{
    HenonMap m;
    m.setParameter("a", 1.2); // bounded attractors over the whole b range below
    LyapunovOptions o;
    o.transient = 1000;
    o.steps = 20000;
    const auto values = linspace(-0.3, 0.3, 13); // b = 0 is one of them: a 1-D map, det J = 0
    const LyapunovAlongResult r = lyapunovAlong(m, std::vector<double>{0.1, 0.1}, o, m.parameterIndex("b"),
                                                values, AlongStart::Fixed, 2);
    QCOMPARE(r.outcome, Outcome::Completed);
    QCOMPARE(r.exponents, 2);
    QCOMPARE(r.rows.size(), values.size());
    int defined = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const LyapunovResult& row = r.rows[i];
        if (values[i] == 0.0) {
            // The second tangent vector is annihilated by a singular Jacobian: undefined, said why.
            QVERIFY(!row.defined);
            QVERIFY(!row.escaped);
            QVERIFY2(row.reason.find("degenerate") != std::string::npos, row.reason.c_str());
            continue;
        }
        QVERIFY2(row.defined, row.reason.c_str());
        ++defined;
        QCOMPARE(row.exponents.size(), std::size_t(2));
        const double logB = std::log(std::fabs(values[i]));
        QVERIFY2(std::fabs(row.sum - logB) < 1e-10, text(row.sum) + " vs " + text(logB));
        QVERIFY2(std::fabs(row.exponents[0] + row.exponents[1] - logB) < 1e-10, text(values[i]));
        QVERIFY(row.exponents[0] >= row.exponents[1]);
    }
    QCOMPARE(defined, 12);
}

void TestLyapunovAlong::logisticTheory()
{
    LogisticMap m;
    LyapunovOptions o;
    o.transient = 2000;
    o.steps = 1'000'000;
    const double superstable = 1.0 + std::sqrt(5.0);
    const std::vector<double> values{3.1, 3.2, superstable, 3.4, 4.0};
    const LyapunovAlongResult r =
        lyapunovAlong(m, std::vector<double>{0.3}, o, m.parameterIndex("r"), values, AlongStart::Fixed, 2);
    QCOMPARE(r.outcome, Outcome::Completed);
    for (std::size_t i = 0; i < values.size(); ++i)
        QVERIFY2(r.rows[i].defined, r.rows[i].reason.c_str());
    // The period-2 cycle of x' = r x (1 - x) has the multiplier 4 + 2r - r^2, so per iteration
    // lambda = ln|4 + 2r - r^2| / 2 (the cycle is stable for 3 < r < 1 + sqrt 6 = 3.449).
    for (double rr : {3.1, 3.2, 3.4}) {
        const std::size_t i =
            static_cast<std::size_t>(std::find(values.begin(), values.end(), rr) - values.begin());
        const double expected = 0.5 * std::log(std::fabs(4.0 + 2.0 * rr - rr * rr));
        QVERIFY2(std::fabs(r.rows[i].exponents[0] - expected) < 1e-4,
                 text(rr) + ": " + text(r.rows[i].exponents[0]) + " vs " + text(expected));
    }
    // Superstable (x = 1/2 on the cycle): the exponent is -infinity in theory; the orbit reaches
    // the cycle to round-off, and the estimate is far below its neighbours'.
    QVERIFY2(r.rows[2].exponents[0] < -5.0, text(r.rows[2].exponents[0]));
    // r = 4: ln 2; the estimate's error falls like 1/sqrt(steps) for this chaotic map.
    QVERIFY2(std::fabs(r.rows[4].exponents[0] - std::log(2.0)) <
                 3.0 / std::sqrt(static_cast<double>(o.steps)),
             text(r.rows[4].exponents[0]));
}

void TestLyapunovAlong::decoupledChainIsUnionOfNodes()
{
    ChainNetwork chain(Settings{{"nodes", "chialvo,rulkov"}});
    for (const auto& spec : chain.parameterSpecs())
        if (spec.name.rfind("sigma_", 0) == 0)
            chain.setParameter(spec.name, 0.0);
    const auto names = chain.variableNames();
    QCOMPARE(names, (std::vector<std::string>{"x0", "y0", "x1", "y1"}));
    const std::vector<double> chialvoStart{0.5, 2.0}, rulkovStart{-1.0, -3.0};
    const std::vector<double> initial{chialvoStart[0], chialvoStart[1], rulkovStart[0], rulkovStart[1]};
    LyapunovOptions o;
    o.transient = 5000;
    o.steps = 100000;
    const std::vector<double> values{0.15, 0.18, 0.3, 0.6};
    const LyapunovAlongResult r =
        lyapunovAlong(chain, initial, o, chain.parameterIndex("b"), values, AlongStart::Fixed, 2);
    RulkovMap rulkov;
    for (const char* p : {"alpha", "mu", "sigma"})
        rulkov.setParameter(p, chain.nodeParameter(1, std::string("r_") + p));
    const LyapunovResult rulkovAlone = lyapunovSpectrum(rulkov, rulkovStart, o);
    QVERIFY2(rulkovAlone.defined, rulkovAlone.reason.c_str());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const LyapunovResult& row = r.rows[i];
        QVERIFY2(row.defined, row.reason.c_str());
        ChialvoMap chialvo;
        for (const char* p : {"a", "c", "k0"})
            chialvo.setParameter(p, chain.nodeParameter(0, p));
        chialvo.setParameter("b", values[i]);
        const LyapunovResult chialvoAlone = lyapunovSpectrum(chialvo, chialvoStart, o);
        QVERIFY2(chialvoAlone.defined, chialvoAlone.reason.c_str());
        std::vector<double> both = chialvoAlone.exponents;
        both.insert(both.end(), rulkovAlone.exponents.begin(), rulkovAlone.exponents.end());
        std::sort(both.begin(), both.end(), std::greater<>());
        // The volume growth is the sum of the nodes' (a block-diagonal Jacobian): to round-off.
        QVERIFY2(std::fabs(row.sum - (chialvoAlone.sum + rulkovAlone.sum)) < 1e-9, text(values[i]));
        // Each exponent: the QR of the 4-D tangent space mixes the blocks' vectors, so the
        // finite-time estimates agree to the estimation error, not to the last bit.
        for (std::size_t j = 0; j < 4; ++j)
            QVERIFY2(std::fabs(row.exponents[j] - both[j]) < 2e-3,
                     text(values[i]) + " exponent " + QByteArray::number(static_cast<int>(j)) + ": " +
                         text(row.exponents[j]) + " vs " + text(both[j]));
    }
}

void TestLyapunovAlong::rowsEqualSpectrumAlone()
{
    ChialvoMap m;
    LyapunovOptions o;
    o.transient = 500;
    o.steps = 5000;
    o.orthonormalizeEvery = 3;
    const auto values = linspace(0.1, 0.6, 9);
    const std::vector<double> x0{0.5, 2.0};
    const int b = m.parameterIndex("b");
    const LyapunovAlongResult one = lyapunovAlong(m, x0, o, b, values, AlongStart::Fixed, 1);
    const LyapunovAlongResult three = lyapunovAlong(m, x0, o, b, values, AlongStart::Fixed, 3);
    for (std::size_t i = 0; i < values.size(); ++i) {
        ChialvoMap alone;
        alone.setParameter(b, values[i]);
        const LyapunovResult r = lyapunovSpectrum(alone, x0, o); // with its convergence curve
        QCOMPARE(one.rows[i].defined, r.defined);
        QVERIFY(one.rows[i].exponents == r.exponents); // bit for bit
        QVERIFY(three.rows[i].exponents == r.exponents);
        QVERIFY(one.rows[i].sum == r.sum && three.rows[i].sum == r.sum);
        QVERIFY(one.rows[i].kaplanYorke == r.kaplanYorke);
        QVERIFY(one.rows[i].curveTime.empty());
    }
    QVERIFY(one.conventions.find("same initial state") != std::string::npos);
}

void TestLyapunovAlong::followStartsFromPreviousState()
{
    LogisticMap m;
    LyapunovOptions o;
    o.transient = 100;
    o.steps = 1000;
    const std::vector<double> values{3.5, 3.7, 3.9};
    const std::vector<double> x0{0.3};
    const int r = m.parameterIndex("r");
    const LyapunovAlongResult follow = lyapunovAlong(m, x0, o, r, values, AlongStart::Follow);
    QVERIFY(follow.conventions.find("previous value's final state") != std::string::npos);
    std::vector<double> state = x0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        LogisticMap alone;
        alone.setParameter(r, values[i]);
        const LyapunovResult expected = lyapunovSpectrum(alone, state, o);
        QVERIFY(follow.rows[i].exponents == expected.exponents);
        // The state the next value starts from: the map applied transient + steps times.
        for (long s = 0; s < o.transient + o.steps; ++s) {
            double next = 0.0;
            alone.evaluate(state.data(), &next);
            state[0] = next;
        }
    }
}

void TestLyapunovAlong::escapedValueIsARow()
{
    LogisticMap m; // r > 4 maps part of [0, 1] outside, and the orbit runs off to -infinity
    LyapunovOptions o;
    o.transient = 100;
    o.steps = 1000;
    const std::vector<double> values{3.8, 4.5, 3.9};
    for (AlongStart start : {AlongStart::Fixed, AlongStart::Follow}) {
        const LyapunovAlongResult r =
            lyapunovAlong(m, std::vector<double>{0.3}, o, m.parameterIndex("r"), values, start);
        QCOMPARE(r.outcome, Outcome::Completed);
        QVERIFY(r.rows[0].defined && r.rows[2].defined);
        QVERIFY(!r.rows[1].defined);
        QVERIFY(r.rows[1].escaped);
        QVERIFY(r.rows[1].exponents.empty());
        QVERIFY2(r.rows[1].reason.find("escaped") != std::string::npos, r.rows[1].reason.c_str());
        // After the escape, follow starts again from the initial state: the row equals Fixed's.
        LogisticMap alone;
        alone.setParameter("r", 3.9);
        QVERIFY(r.rows[2].exponents == lyapunovSpectrum(alone, std::vector<double>{0.3}, o).exponents);
    }
}

void TestLyapunovAlong::cancel()
{
    LogisticMap m;
    LyapunovOptions o;
    o.steps = 100000;
    CancelFlag flag;
    flag.cancel();
    for (AlongStart start : {AlongStart::Fixed, AlongStart::Follow}) {
        const LyapunovAlongResult r = lyapunovAlong(m, std::vector<double>{0.3}, o, m.parameterIndex("r"),
                                                    linspace(3.5, 4.0, 6), start, 2, &flag);
        QCOMPARE(r.outcome, Outcome::Canceled);
        for (const auto& row : r.rows) {
            QCOMPARE(row.outcome, Outcome::Canceled);
            QVERIFY(!row.defined);
        }
    }
}

void TestLyapunovAlong::refusals()
{
    HenonMap m;
    LyapunovOptions o;
    const std::vector<double> x0{0.1, 0.1};
    const std::vector<double> fine{0.1, 0.2};
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, x0, o, 7, fine));
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, x0, o, 1, std::vector<double>{}));
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, x0, o, 1, std::vector<double>{0.1, NAN}));
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, x0, o, 1, std::vector<double>{0.1, 2e3}));
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, std::vector<double>{0.1}, o, 1, fine));
    o.exponents = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovAlong(m, x0, o, 1, fine));
}

QTEST_APPLESS_MAIN(TestLyapunovAlong)
#include "tst_lyapunovalong.moc"
