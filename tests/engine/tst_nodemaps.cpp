// Node maps of the engine against independent facts: analytic Jacobians against central
// finite differences, the Rulkov fixed point from its closed form, the memristive Chialvo map
// reducing to the plain one at k = 0 and a hand-iterated step, escape of the logistic map at
// r = 4.5 (every orbit from (0, 1) leaves [0, 1] since max r x (1 - x) = r/4 > 1).
#include "common/errors.h"
#include "jacobiancheck.h"
#include "maps/chialvo.h"
#include "maps/memristivechialvo.h"
#include "maps/rulkov.h"
#include "model/registry.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace nd;

class TestNodeMaps : public QObject {
    Q_OBJECT
private slots:
    void jacobiansOfEveryMap();
    void rulkovFixedPoint();
    void memristiveReducesToChialvo();
    void memristiveHandStep();
    void logisticEscapes();
};

void TestNodeMaps::jacobiansOfEveryMap()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-1.5, 1.5);
    for (const std::string type : {"chialvo", "memristive-chialvo", "rulkov", "logistic", "delayed-logistic", "henon"}) {
        const auto m = createModel(type);
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<double> x(static_cast<std::size_t>(m->dimension()));
            for (auto& v : x)
                v = u(rng);
            const double err = ndtest::jacobianError(*m, x);
            if (err > 1e-6)
                QFAIL(qPrintable(QString::fromStdString(type) + QStringLiteral(" Jacobian error %1").arg(err)));
        }
    }
}

void TestNodeMaps::rulkovFixedPoint()
{
    for (double sigma : {-1.5, -1.0, -0.5, 0.3}) {
        RulkovMap m(RulkovParameters{4.1, 0.001, sigma});
        const double fp[2] = {sigma, sigma - 4.1 / (1.0 + sigma * sigma)};
        double out[2];
        m.evaluate(fp, out);
        QVERIFY(std::fabs(out[0] - fp[0]) < 1e-14);
        QVERIFY(std::fabs(out[1] - fp[1]) < 1e-14);
    }
}

void TestNodeMaps::memristiveReducesToChialvo()
{
    MemristiveChialvoParameters p;
    p.k = 0.0;
    MemristiveChialvoMap m(p);
    ChialvoMap c(ChialvoParameters{p.a, p.b, p.c, p.k0});
    double s[3] = {0.3, 1.9, 0.7}, out[3], cs[2] = {0.3, 1.9}, cout[2];
    for (int i = 0; i < 100; ++i) {
        m.evaluate(s, out);
        c.evaluate(cs, cout);
        QCOMPARE(out[0], cout[0]);
        QCOMPARE(out[1], cout[1]);
        std::copy(out, out + 3, s);
        std::copy(cout, cout + 2, cs);
    }
}

void TestNodeMaps::memristiveHandStep()
{
    // x = 1, y = 1: exp(0) = 1, so x' = 1 + k0 + k (alpha + 3 beta phi^2) by hand.
    MemristiveChialvoParameters p{0.5, 0.25, 0.125, 0.0625, -0.5, 2.0, 0.5, 0.25, 0.5};
    MemristiveChialvoMap m(p);
    const double s[3] = {1.0, 1.0, 2.0};
    double out[3];
    m.evaluate(s, out);
    QCOMPARE(out[0], 1.0 + 0.0625 - 0.5 * (0.25 + 3.0 * 0.5 * 4.0));
    QCOMPARE(out[1], 0.5 - 0.25 + 0.125);
    QCOMPARE(out[2], 2.0 - 1.0);
}

void TestNodeMaps::logisticEscapes()
{
    auto m = createModel("logistic");
    m->setParameter("r", 4.5);
    SimulationOptions o;
    o.transient = 1000;
    o.samples = 10;
    o.escapeBound = 1e6;
    const Trajectory t = simulateMap(*m, std::vector<double>{0.3}, o);
    QVERIFY(t.escaped);
    QVERIFY(t.escapeStep > 0 && t.escapeStep < 100);
    QVERIFY(!t.escapeReason.empty());
}

QTEST_APPLESS_MAIN(TestNodeMaps)
#include "tst_nodemaps.moc"
