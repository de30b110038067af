// Lyapunov spectra against theory: logistic r = 4 (ln 2), Hénon (1.4, 0.3) (0.41922,
// -1.62319, and the sum ln b = ln 0.3 to round-off since det J = -b), Chialvo b = 0.18
// (chaotic: positive largest exponent), a locked Kuramoto network (exactly one zero exponent
// from the phase-shift symmetry, the others negative), and Kaplan-Yorke by hand.
#include "analysis/lyapunov.h"
#include "common/errors.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"
#include "testmodels.h"

#include <QTest>

#include <cmath>

using namespace nd;

class TestLyapunov : public QObject {
    Q_OBJECT
private slots:
    void logisticAtFour();
    void henonSpectrum();
    void chialvoChaotic();
    void kuramotoHasOneZeroExponent();
    void kaplanYorke();
    void escapeIsUndefined();
    void rejectsBadOptions();
};

void TestLyapunov::logisticAtFour()
{
    LogisticMap m;
    m.setParameter("r", 4.0);
    LyapunovOptions o;
    o.transient = 1000;
    o.steps = 4'000'000;
    const std::vector<double> x0{0.3};
    const LyapunovResult r = lyapunovSpectrum(m, x0, o);
    QVERIFY2(r.defined, r.reason.c_str());
    QVERIFY(std::fabs(r.exponents[0] - std::log(2.0)) < 2e-3);
    const ScanValue l1 = largestLyapunov(m, x0, o);
    QVERIFY(l1.defined);
    QVERIFY(std::fabs(l1.value - std::log(2.0)) < 2e-3);
    QVERIFY(!r.curveTime.empty());
    QCOMPARE(r.curve.back(), r.exponents[0]); // the curve ends at the reported value
}

void TestLyapunov::henonSpectrum()
{
    HenonMap m; // a = 1.4, b = 0.3
    LyapunovOptions o;
    o.transient = 1000;
    o.steps = 1'000'000;
    const LyapunovResult r = lyapunovSpectrum(m, std::vector<double>{0.1, 0.1}, o);
    QVERIFY2(r.defined, r.reason.c_str());
    QCOMPARE(r.exponents.size(), std::size_t(2));
    QVERIFY2(std::fabs(r.exponents[0] - 0.41922) < 5e-3, qPrintable(QString::number(r.exponents[0])));
    QVERIFY2(std::fabs(r.exponents[1] + 1.62319) < 5e-3, qPrintable(QString::number(r.exponents[1])));
    QVERIFY(std::fabs(r.sum - std::log(0.3)) < 1e-9);
    QVERIFY(std::fabs(r.exponents[0] + r.exponents[1] - std::log(0.3)) < 1e-9);
    // Kaplan-Yorke: 1 + l1/|l2|, about 1.258 for the Hénon attractor.
    QVERIFY(r.kaplanYorkeDefined);
    QVERIFY(std::fabs(r.kaplanYorke - (1.0 + r.exponents[0] / std::fabs(r.exponents[1]))) < 1e-12);
    QVERIFY(std::fabs(r.kaplanYorke - 1.258) < 0.01);
    // QR every 5 steps measures the same exponents.
    o.orthonormalizeEvery = 5;
    const LyapunovResult r5 = lyapunovSpectrum(m, std::vector<double>{0.1, 0.1}, o);
    QVERIFY(std::fabs(r5.exponents[0] - 0.41922) < 5e-3);
    QVERIFY(std::fabs(r5.sum - std::log(0.3)) < 1e-9);
}

void TestLyapunov::chialvoChaotic()
{
    ChialvoMap m(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
    LyapunovOptions o;
    o.transient = 10000;
    o.steps = 200000;
    const LyapunovResult r = lyapunovSpectrum(m, std::vector<double>{0.5, 2.0}, o);
    QVERIFY2(r.defined, r.reason.c_str());
    QVERIFY2(r.exponents[0] > 0.01, qPrintable(QString::number(r.exponents[0])));
    QVERIFY(r.exponents[1] < 0.0);
    // The largest-only path agrees with the spectrum (same orbit, same tangent dynamics).
    const ScanValue l1 = largestLyapunov(m, std::vector<double>{0.5, 2.0}, o);
    QVERIFY(l1.defined && std::fabs(l1.value - r.exponents[0]) < 1e-3);
}

void TestLyapunov::kuramotoHasOneZeroExponent()
{
    ndtest::KuramotoAllToAll m({-0.2, 0.05, 0.15});
    m.setParameter("K", 2.0); // far above locking: a stable phase-locked state
    LyapunovOptions o;
    o.dt = 0.02;
    o.transient = 5000;
    o.steps = 100000; // 2000 time units
    const LyapunovResult r = lyapunovSpectrum(m, std::vector<double>{0.0, 1.0, 2.0}, o);
    QVERIFY2(r.defined, r.reason.c_str());
    QVERIFY(r.conventions.find("per unit time") != std::string::npos);
    int zero = 0;
    for (double l : r.exponents) {
        if (std::fabs(l) < 1e-3)
            ++zero;
        else
            QVERIFY2(l < -0.05, qPrintable(QString::number(l)));
    }
    QCOMPARE(zero, 1);
    QVERIFY(std::fabs(r.exponents[0]) < 1e-3);
}

void TestLyapunov::kaplanYorke()
{
    std::string note;
    QCOMPARE(kaplanYorkeDimension({0.5, -0.2, -1.0}, note), 2.0 + 0.3 / 1.0);
    QCOMPARE(kaplanYorkeDimension({-0.1, -0.5}, note), 0.0);
    QCOMPARE(kaplanYorkeDimension({0.3, 0.1}, note), 2.0);
    QVERIFY(!note.empty());
}

void TestLyapunov::escapeIsUndefined()
{
    LogisticMap m;
    m.setParameter("r", 4.5);
    const LyapunovResult r = lyapunovSpectrum(m, std::vector<double>{0.4}, {});
    QVERIFY(!r.defined);
    QVERIFY(r.reason.find("escaped") != std::string::npos);
    const ScanValue v = largestLyapunov(m, std::vector<double>{0.4}, {});
    QVERIFY(!v.defined && v.escaped);
}

void TestLyapunov::rejectsBadOptions()
{
    HenonMap m;
    LyapunovOptions o;
    o.exponents = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovSpectrum(m, std::vector<double>{0.1, 0.1}, o));
    o = {};
    o.steps = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovSpectrum(m, std::vector<double>{0.1, 0.1}, o));
    o = {};
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovSpectrum(m, std::vector<double>{0.1}, o));
    ndtest::KuramotoAllToAll k({0.0, 1.0});
    o.dt = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunovSpectrum(k, std::vector<double>{0.0, 1.0}, o));
}

QTEST_APPLESS_MAIN(TestLyapunov)
#include "tst_lyapunov.moc"
