// Trajectory recording: transient discard, stride, the first row, escape detection and bad
// input. Expected values come from iterating the map by hand here.
#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace nd;

class TestTrajectory : public QObject {
    Q_OBJECT
private slots:
    void firstRowIsInitialStateWithoutTransient();
    void transientAndStrideMatchHandIteration();
    void recordsChosenVariables();
    void escapeIsReportedWithStep();
    void nonFiniteIsEscape();
    void badInputIsRefused();
    void cancelStopsEarly();
};

namespace {
std::vector<double> iterate(const ChialvoParameters& p, double x, double y, long n)
{
    for (long i = 0; i < n; ++i) {
        double xn, yn;
        chialvoStep(p, x, y, xn, yn);
        x = xn;
        y = yn;
    }
    return {x, y};
}
} // namespace

void TestTrajectory::firstRowIsInitialStateWithoutTransient()
{
    ChialvoMap m;
    SimulationOptions o;
    o.samples = 10;
    const std::vector<double> x0 = {0.3, 1.7};
    const Trajectory t = simulateMap(m, x0, o);
    QCOMPARE(t.rows(), std::size_t(10));
    QCOMPARE(t.at(0, 0), 0.3);
    QCOMPARE(t.at(0, 1), 1.7);
    QCOMPARE(t.firstStep, 0L);
    QVERIFY(!t.escaped);
}

void TestTrajectory::transientAndStrideMatchHandIteration()
{
    const ChialvoParameters p{0.89, 0.18, 0.28, 0.03};
    ChialvoMap m(p);
    SimulationOptions o;
    o.transient = 100;
    o.samples = 5;
    o.stride = 7;
    const Trajectory t = simulateMap(m, std::vector<double>{0.5, 2.0}, o);
    QCOMPARE(t.rows(), std::size_t(5));
    for (long r = 0; r < 5; ++r) {
        const auto expected = iterate(p, 0.5, 2.0, 100 + 7 * r);
        QCOMPARE(t.at(static_cast<std::size_t>(r), 0), expected[0]);
        QCOMPARE(t.at(static_cast<std::size_t>(r), 1), expected[1]);
    }
}

void TestTrajectory::recordsChosenVariables()
{
    ChialvoMap m;
    SimulationOptions o;
    o.samples = 3;
    o.variables = {1};
    const Trajectory t = simulateMap(m, std::vector<double>{0.5, 2.0}, o);
    QCOMPARE(t.columns(), std::size_t(1));
    QCOMPARE(t.names.front(), std::string("y"));
    QCOMPARE(t.at(0, 0), 2.0);
}

void TestTrajectory::escapeIsReportedWithStep()
{
    // With y = 40, x = 1: x' = e^39 + k0 ~ 8.7e16, beyond a bound of 1e8 at step 1.
    ChialvoMap m;
    SimulationOptions o;
    o.samples = 100;
    const Trajectory t = simulateMap(m, std::vector<double>{1.0, 40.0}, o);
    QVERIFY(t.escaped);
    QCOMPARE(t.escapeStep, 1L);
    QCOMPARE(t.rows(), std::size_t(1));
    QVERIFY(!t.escapeReason.empty());
}

void TestTrajectory::nonFiniteIsEscape()
{
    ChialvoMap m;
    SimulationOptions o;
    o.samples = 10;
    o.escapeBound = 1e308;
    const Trajectory t = simulateMap(m, std::vector<double>{1.0, 800.0}, o); // exp(799) overflows
    QVERIFY(t.escaped);
    QCOMPARE(t.escapeStep, 1L);
    QVERIFY(QString::fromStdString(t.escapeReason).contains(QStringLiteral("non-finite")));
}

void TestTrajectory::badInputIsRefused()
{
    ChialvoMap m;
    SimulationOptions o;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{1.0}, o));
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{NAN, 1.0}, o));
    o.samples = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{0.1, 1.0}, o));
    o.samples = 10;
    o.stride = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{0.1, 1.0}, o));
    o.stride = 1;
    o.transient = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{0.1, 1.0}, o));
    o.transient = 0;
    o.samples = 900'000'000; // 1.8e9 doubles: refused with an estimate, not allocated
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{0.1, 1.0}, o));
    o.samples = 10;
    o.variables = {2};
    QVERIFY_THROWS_EXCEPTION(InputError, simulateMap(m, std::vector<double>{0.1, 1.0}, o));
}

void TestTrajectory::cancelStopsEarly()
{
    ChialvoMap m;
    SimulationOptions o;
    o.transient = 1'000'000'000;
    o.samples = 1;
    CancelFlag flag;
    flag.cancel();
    const Trajectory t = simulateMap(m, std::vector<double>{0.5, 2.0}, o, &flag);
    QCOMPARE(t.rows(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestTrajectory)
#include "tst_trajectory.moc"
