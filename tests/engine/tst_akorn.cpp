// AKOrN vector oscillators against models.md: with J = 0, c = 0, n = 2 each step rotates x by
// atan(gamma omega) and keeps |x| = 1; with Omega = 0, J = 0 and 0 < gamma |c| <= 1, x
// converges monotonically to c/|c|; the analytic Jacobian matches central differences; the
// energy equals a hand-computed value.
#include "common/errors.h"
#include "jacobiancheck.h"
#include "oscillators/akorn.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace nd;

class TestAkorn : public QObject {
    Q_OBJECT
private slots:
    void rotation();
    void convergenceToStimulus();
    void jacobian();
    void energy();
    void badInput();
};

void TestAkorn::rotation()
{
    AkornNetwork m(Settings{{"N", "1"}, {"coupling", "none"}});
    m.setParameter("gamma", 0.3);
    m.setParameter("omega", 2.0);
    std::vector<double> x{std::cos(0.4), std::sin(0.4)}, out(2);
    for (int step = 1; step <= 50; ++step) {
        m.evaluate(x.data(), out.data());
        x = out;
        const double angle = 0.4 + step * std::atan(0.3 * 2.0);
        QVERIFY(std::fabs(std::hypot(x[0], x[1]) - 1.0) < 1e-14);
        QVERIFY(std::fabs(x[0] - std::cos(angle)) < 1e-12 && std::fabs(x[1] - std::sin(angle)) < 1e-12);
    }
}

void TestAkorn::convergenceToStimulus()
{
    AkornNetwork m(Settings{{"N", "1"}, {"n", "4"}, {"coupling", "none"}});
    m.setParameter("omega", 0.0);
    m.setParameter("gamma", 0.5);
    m.setParameter("c", 1.5); // gamma |c| = 0.75
    std::vector<double> x{-0.6, 0.0, 0.0, 0.8}, out(4); // c/|c| = e_0
    double previous = x[0];
    for (int step = 0; step < 200; ++step) {
        m.evaluate(x.data(), out.data());
        x = out;
        QVERIFY(x[0] >= previous - 1e-15);
        previous = x[0];
    }
    QVERIFY(std::fabs(x[0] - 1.0) < 1e-12);
}

void TestAkorn::jacobian()
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> g;
    for (const char* coupling : {"none", "all-to-all", "ring"}) {
        AkornNetwork m(Settings{{"N", "5"}, {"n", "4"}, {"coupling", coupling}});
        m.setParameter("J", 0.7);
        m.setParameter("c", 0.4);
        m.setParameter("gamma", 0.2);
        for (int trial = 0; trial < 5; ++trial) {
            std::vector<double> x(20);
            for (int i = 0; i < 5; ++i) { // points on the unit spheres
                double s = 0.0;
                for (int k = 0; k < 4; ++k)
                    s += (x[static_cast<std::size_t>(4 * i + k)] = g(rng)) * x[static_cast<std::size_t>(4 * i + k)];
                for (int k = 0; k < 4; ++k)
                    x[static_cast<std::size_t>(4 * i + k)] /= std::sqrt(s);
            }
            QVERIFY(ndtest::jacobianError(m, x) < 1e-6);
        }
    }
}

void TestAkorn::energy()
{
    // Two units all-to-all: J_01 = J_10 = J/2. x0 = e_0, x1 = e_1: <x0, x1> = 0, so
    // E = -(<x0, c e_0> + <x1, c e_0>) = -c.
    AkornNetwork m(Settings{{"N", "2"}});
    m.setParameter("J", 1.0);
    m.setParameter("c", 0.3);
    const double x[4] = {1.0, 0.0, 0.0, 1.0};
    QCOMPARE(m.energy(x), -0.3);
    const double same[4] = {1.0, 0.0, 1.0, 0.0}; // -(2 * 0.3 + 2 * 0.5)
    QVERIFY(std::fabs(m.energy(same) + 1.6) < 1e-15);
}

void TestAkorn::badInput()
{
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork(Settings{{"n", "3"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork(Settings{{"N", "0"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork().setParameter("gamma", -1.0));
}

QTEST_APPLESS_MAIN(TestAkorn)
#include "tst_akorn.moc"
