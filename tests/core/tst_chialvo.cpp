// The Chialvo map against independent values: its fixed point found by bisection on the
// scalar fixed-point equation (not by the engine), the multiplier modulus from the published
// value, and the analytic Jacobian against central finite differences.
#include "common/errors.h"
#include "maps/chialvo.h"

#include <QTest>

#include <Eigen/Dense>

#include <cmath>
#include <random>

using namespace nd;

class TestChialvo : public QObject {
    Q_OBJECT
private slots:
    void fixedPointMatchesPublishedValue();
    void multipliersOfFixedPoint();
    void jacobianMatchesFiniteDifferences();
    void rejectsBadParameters();
};

namespace {
// The fixed point satisfies y = (c - b x)/(1 - a) and g(x) = x^2 exp(y(x) - x) + k0 - x = 0.
double fixedPointX(const ChialvoParameters& p)
{
    auto g = [&](double x) {
        const double y = (p.c - p.b * x) / (1.0 - p.a);
        return x * x * std::exp(y - x) + p.k0 - x;
    };
    double lo = 0.0, hi = 0.2; // g(0) = k0 > 0, g(0.2) < 0 for the values used here
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (g(mid) > 0 ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}
} // namespace

void TestChialvo::fixedPointMatchesPublishedValue()
{
    const ChialvoParameters p{0.89, 0.6, 0.28, 0.03};
    const double x = fixedPointX(p);
    const double y = (p.c - p.b * x) / (1.0 - p.a);
    QVERIFY(std::fabs(x - 0.0680655) < 1e-6);
    QVERIFY(std::fabs(y - 2.1741882) < 1e-6);
    // The model's step maps it onto itself.
    ChialvoMap m(p);
    double in[2] = {x, y}, out[2];
    m.evaluate(in, out);
    QVERIFY(std::fabs(out[0] - x) < 1e-12);
    QVERIFY(std::fabs(out[1] - y) < 1e-12);
}

void TestChialvo::multipliersOfFixedPoint()
{
    const ChialvoParameters p{0.89, 0.6, 0.28, 0.03};
    ChialvoMap m(p);
    const double x = fixedPointX(p);
    double in[2] = {x, (p.c - p.b * x) / (1.0 - p.a)};
    Eigen::Matrix2d j;
    m.jacobian(in, j.data());
    j.transposeInPlace(); // the engine writes row-major, Eigen is column-major
    const Eigen::Vector2cd ev = j.eigenvalues();
    QVERIFY(std::fabs(ev[0].imag()) > 0.0); // complex pair: a focus
    QVERIFY(std::fabs(std::abs(ev[0]) - 0.99218) < 1e-4);
    QVERIFY(std::fabs(std::abs(ev[1]) - 0.99218) < 1e-4);
}

void TestChialvo::jacobianMatchesFiniteDifferences()
{
    std::mt19937_64 rng(12345);
    std::uniform_real_distribution<double> ux(-2.0, 4.0), uy(-3.0, 4.0), up(0.0, 1.0);
    for (int trial = 0; trial < 200; ++trial) {
        ChialvoMap m(ChialvoParameters{up(rng), up(rng), up(rng), 0.1 * up(rng)});
        const double x[2] = {ux(rng), uy(rng)};
        double jac[4];
        m.jacobian(x, jac);
        for (int col = 0; col < 2; ++col) {
            const double h = 1e-6 * std::max(1.0, std::fabs(x[col]));
            double xp[2] = {x[0], x[1]}, xm[2] = {x[0], x[1]};
            xp[col] += h;
            xm[col] -= h;
            double fp[2], fm[2];
            m.evaluate(xp, fp);
            m.evaluate(xm, fm);
            for (int row = 0; row < 2; ++row) {
                const double fd = (fp[row] - fm[row]) / (2.0 * h);
                const double exact = jac[row * 2 + col];
                QVERIFY2(std::fabs(fd - exact) <= 1e-6 * std::max(1.0, std::fabs(exact)),
                         qPrintable(QStringLiteral("J[%1][%2] = %3, fd %4").arg(row).arg(col).arg(exact).arg(fd)));
            }
        }
    }
}

void TestChialvo::rejectsBadParameters()
{
    ChialvoMap m;
    QVERIFY_THROWS_EXCEPTION(InputError, m.setParameter("a", std::nan("")));
    QVERIFY_THROWS_EXCEPTION(InputError, m.setParameter("a", INFINITY));
    QVERIFY_THROWS_EXCEPTION(InputError, m.setParameter("nope", 1.0));
    QVERIFY_THROWS_EXCEPTION(InputError, m.setParameter("b", 1e9));
    QCOMPARE(m.parameter("a"), 0.89); // unchanged after the refused edits
}

QTEST_APPLESS_MAIN(TestChialvo)
#include "tst_chialvo.moc"
