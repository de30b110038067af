// The lockstep Lyapunov kernel for Chialvo scans against the scalar path (largestLyapunov, one
// cell at a time): every value, escape and degenerate case bit for bit, and the scan through
// it equal to the scan of the same map hidden from it, for any thread count.
#include "analysis/lyapunov.h"
#include "analysis/scan.h"
#include "analysis/scanmeasures.h"
#include "common/progress.h"
#include "maps/chialvo.h"

#include <QTest>

#include <cmath>

using namespace nd;

class TestLyapunovScan : public QObject {
    Q_OBJECT
private slots:
    void lanesEqualScalarPath_data();
    void lanesEqualScalarPath();
    void scanEqualsGenericScan();
    void canceledLanesAreUndefined();
};

namespace {
// The Chialvo map behind another type: computeScan then takes the measure's cell-by-cell path.
class HiddenChialvo : public Model {
public:
    HiddenChialvo() : Model(ChialvoMap().parameterSpecs()) {}
    std::string typeName() const override { return "hidden-chialvo"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {0.5, 2.0}; }
    void evaluate(const double* x, double* out) const override { m_inner.evaluate(x, out); }
    void jacobian(const double* x, double* j) const override { m_inner.jacobian(x, j); }
    std::unique_ptr<Model> clone() const override { return std::make_unique<HiddenChialvo>(*this); }

protected:
    void parametersChanged() override
    {
        for (int i = 0; i < parameterCount(); ++i)
            m_inner.setParameter(i, parameter(i));
    }

private:
    ChialvoMap m_inner;
};

// Cells covering chaos, periodic orbits, escape (a > 1) and a singular Jacobian: with a = b = 0,
// k0 = 0 and x = 0 the tangent vector is mapped to exactly 0 (degenerate).
std::vector<ChialvoParameters> testCells()
{
    std::vector<ChialvoParameters> cells;
    for (int i = 0; i < 37; ++i)
        cells.push_back({0.89, 0.1 + 0.5 * i / 36.0, 0.28, 0.01 + 0.001 * i});
    cells.push_back({1.3, 0.6, 0.28, 0.03});
    cells.push_back({0.0, 0.0, 0.28, 0.0});
    cells.push_back({0.5, 0.6, 0.28, 0.03});
    return cells;
}
} // namespace

void TestLyapunovScan::lanesEqualScalarPath_data()
{
    QTest::addColumn<long>("transient");
    QTest::addColumn<long>("steps");
    QTest::addColumn<int>("every");
    QTest::newRow("every step") << 0L << 500L << 1;
    QTest::newRow("every 10, transient") << 100L << 1000L << 10;
    QTest::newRow("every 7, ragged end") << 30L << 999L << 7;
}

void TestLyapunovScan::lanesEqualScalarPath()
{
    QFETCH(long, transient);
    QFETCH(long, steps);
    QFETCH(int, every);
    LyapunovOptions o;
    o.transient = transient;
    o.steps = steps;
    o.orthonormalizeEvery = every;
    o.escapeBound = 1e6;
    const auto cells = testCells();
    for (const std::vector<double>& initial :
         {std::vector<double>{0.5, 2.0}, std::vector<double>{0.0, 1.0}}) {
        const std::vector<ScanValue> lanes = largestLyapunovChialvo(cells, initial, o);
        QCOMPARE(lanes.size(), cells.size());
        int escaped = 0, degenerate = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const ScanValue one = largestLyapunov(ChialvoMap(cells[i]), initial, o);
            QCOMPARE(lanes[i].defined, one.defined);
            QCOMPARE(lanes[i].escaped, one.escaped);
            QCOMPARE(lanes[i].reason, one.reason);
            if (one.defined && lanes[i].value != one.value)
                QFAIL(qPrintable(QStringLiteral("cell %1: %2 vs %3")
                                     .arg(i)
                                     .arg(lanes[i].value, 0, 'g', 17)
                                     .arg(one.value, 0, 'g', 17)));
            escaped += one.escaped;
            degenerate += one.reason.find("degenerate") != std::string::npos;
        }
        QVERIFY(escaped >= 1);
        if (initial[0] == 0.0)
            QVERIFY(degenerate >= 1);
    }
}

void TestLyapunovScan::scanEqualsGenericScan()
{
    LyapunovOptions o;
    o.transient = 50;
    o.steps = 600;
    o.orthonormalizeEvery = 10;
    LargestLyapunovMeasure lle(o);
    ScanRequest r;
    r.x = {"b", -1, 0.1, 0.6, 21};
    r.y = ParameterAxis{"a", -1, 0.85, 1.05, 9}; // the top rows escape
    r.tileSize = 8;
    const ChialvoMap chialvo;
    const HiddenChialvo hidden;
    r.threads = 1;
    const ScanResult generic = computeScan(hidden, lle, r);
    for (int threads : {1, 2}) {
        r.threads = threads;
        const ScanResult fast = computeScan(chialvo, lle, r);
        QVERIFY(fast.values == generic.values);
        QVERIFY(fast.defined == generic.defined);
        QVERIFY(fast.escaped == generic.escaped);
        QVERIFY(fast.reasons == generic.reasons);
    }
    int escapedCells = 0;
    for (char e : generic.escaped)
        escapedCells += e;
    QVERIFY(escapedCells > 0);
}

void TestLyapunovScan::canceledLanesAreUndefined()
{
    CancelFlag flag;
    flag.cancel();
    LyapunovOptions o;
    o.steps = 100000;
    const auto v = largestLyapunovChialvo(testCells(), std::vector<double>{0.5, 2.0}, o, &flag);
    for (const ScanValue& s : v) {
        QVERIFY(!s.defined);
        QCOMPARE(s.reason, std::string("canceled"));
    }
}

QTEST_APPLESS_MAIN(TestLyapunovScan)
#include "tst_lyapunovscan.moc"
