// Parameter scans: a 2-D scan computed with 1 and with 2 threads is identical, tiles cover
// the grid exactly once, the built-in measures match theory (logistic periods 1, 2, 4, 8 at
// known parameter values, aperiodic at r = 3.9, escape beyond r = 4; the mean of a period-1
// orbit is the fixed point; a period-2 orbit spikes every other step), and a plug-in measure
// sees the scanned parameters applied.
#include "analysis/scan.h"
#include "analysis/scanmeasures.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "maps/referencemaps.h"

#include <QTest>

#include <cmath>

using namespace nd;

class TestScan : public QObject {
    Q_OBJECT
private slots:
    void twoDimensionalScanIdenticalForOneAndTwoThreads();
    void logisticPeriods();
    void meanAndSpikeRate();
    void pluginMeasureSeesParameters();
    void cancelLeavesCellsUncomputed();
    void rejectsBadRequests();
};

namespace {
// Returns a + 10 b: shows which parameter values a cell was computed with.
class ParameterEcho : public ScanMeasure {
public:
    std::string name() const override { return "echo"; }
    ScanValue evaluate(const Model& m, std::span<const double>, const Progress*) const override
    {
        return ScanValue::of(m.parameter("a") + 10.0 * m.parameter("b"));
    }
};
} // namespace

void TestScan::twoDimensionalScanIdenticalForOneAndTwoThreads()
{
    ChialvoMap m;
    LyapunovOptions o;
    o.transient = 200;
    o.steps = 1000;
    LargestLyapunovMeasure lle(o);
    ScanRequest r;
    r.x = {"b", -1, 0.1, 0.6, 23};
    r.y = ParameterAxis{"k0", -1, 0.0, 0.06, 19};
    r.tileSize = 5;
    int tiles = 0, cells = 0;
    r.threads = 1;
    const ScanResult a = computeScan(m, lle, r, nullptr, [&](const ScanTile& t) {
        ++tiles;
        cells += static_cast<int>(t.values.size());
    });
    r.threads = 2;
    const ScanResult b = computeScan(m, lle, r);
    QCOMPARE(tiles, 5 * 4);
    QCOMPARE(cells, 23 * 19);
    QVERIFY(a.values == b.values);
    QVERIFY(a.defined == b.defined);
    QVERIFY(a.reasons == b.reasons);
    QVERIFY(!a.canceled);
    // The grid holds chaos (positive exponents) and regular motion (negative ones).
    int positive = 0, negative = 0;
    for (std::size_t i = 0; i < a.values.size(); ++i)
        if (a.defined[i])
            (a.values[i] > 0 ? positive : negative)++;
    QVERIFY(positive > 0 && negative > 0);
}

void TestScan::logisticPeriods()
{
    LogisticMap m;
    PeriodOptions o;
    o.transient = 100000;
    o.maxPeriod = 32;
    o.tolerance = 1e-7;
    PeriodMeasure period(o);
    ScanRequest r;
    // 2.8 (fixed point), 3.2 (2-cycle), 3.5 (4-cycle), 3.56 (8-cycle), 3.835 (3-cycle),
    // 3.9 (chaos), 4.5 (escape).
    const std::vector<double> rs{2.8, 3.2, 3.5, 3.56, 3.835, 3.9, 4.5};
    const std::vector<int> expected{1, 2, 4, 8, 3, 0, -1};
    r.initial = {0.4};
    for (std::size_t i = 0; i < rs.size(); ++i) {
        r.x = {"r", -1, rs[i], rs[i], 1};
        const ScanResult s = computeScan(m, period, r);
        if (expected[i] > 0) {
            QVERIFY(s.isDefined(0, 0));
            QCOMPARE(s.at(0, 0), double(expected[i]));
        } else if (expected[i] == 0) {
            QVERIFY(!s.isDefined(0, 0) && !s.escaped[0]);
            QVERIFY(s.reasons[0].find("aperiodic") != std::string::npos);
        } else {
            QVERIFY(!s.isDefined(0, 0) && s.escaped[0]);
        }
    }
}

void TestScan::meanAndSpikeRate()
{
    LogisticMap m;
    SeriesSettings s;
    s.transient = 5000;
    s.steps = 1000;
    ScanRequest r;
    r.x = {"r", -1, 2.5, 2.9, 5};
    r.initial = {0.3};
    const ScanResult mean = computeScan(m, MeanMeasure(0, s), r);
    for (int i = 0; i < 5; ++i)
        QVERIFY(std::fabs(mean.at(i, 0) - (1.0 - 1.0 / mean.xValues[i])) < 1e-10);
    // r = 3.2: the 2-cycle alternates 0.513 / 0.799; a threshold of 0.7 is crossed upwards
    // every second step: 0.5 spikes per iteration.
    r.x = {"r", -1, 3.2, 3.2, 1};
    const ScanResult rate = computeScan(m, SpikeRateMeasure(0, 0.7, s), r);
    QVERIFY(std::fabs(rate.at(0, 0) - 0.5) < 1e-3);
    r.x = {"r", -1, 4.5, 4.5, 1};
    const ScanResult esc = computeScan(m, EscapeMeasure(s), r);
    QCOMPARE(esc.at(0, 0), 1.0);
}

void TestScan::pluginMeasureSeesParameters()
{
    ChialvoMap m;
    ScanRequest r;
    r.x = {"a", -1, 0.5, 0.9, 5};
    r.y = ParameterAxis{"b", -1, 0.1, 0.3, 3};
    r.tileSize = 2;
    const ScanResult s = computeScan(m, ParameterEcho(), r, nullptr);
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 5; ++i)
            QVERIFY(std::fabs(s.at(i, j) - (0.5 + 0.1 * i + 10.0 * (0.1 + 0.1 * j))) < 1e-12);
}

void TestScan::cancelLeavesCellsUncomputed()
{
    ChialvoMap m;
    CancelFlag flag;
    flag.cancel();
    ScanRequest r;
    r.x = {"b", -1, 0.1, 0.6, 10};
    const ScanResult s = computeScan(m, LargestLyapunovMeasure(), r, &flag);
    QVERIFY(s.canceled);
    for (char c : s.computed)
        QCOMPARE(c, char(0));
}

void TestScan::rejectsBadRequests()
{
    ChialvoMap m;
    LargestLyapunovMeasure lle;
    ScanRequest r;
    r.x = {"b", -1, 0.1, 0.6, 10};
    r.y = ParameterAxis{"b", -1, 0.1, 0.6, 10};
    QVERIFY_THROWS_EXCEPTION(InputError, computeScan(m, lle, r)); // same parameter twice
    r.y = ParameterAxis{"a", -1, 0.5, 0.5, 10};
    QVERIFY_THROWS_EXCEPTION(InputError, computeScan(m, lle, r)); // empty range
    r.y = ParameterAxis{"a", -1, 0.5, 0.9, 1'000'000};
    r.x.count = 1'000'000;
    QVERIFY_THROWS_EXCEPTION(InputError, computeScan(m, lle, r)); // memory estimate
    r = {};
    r.x = {"b", -1, 0.1, 0.6, 10};
    r.initial = {1.0};
    QVERIFY_THROWS_EXCEPTION(InputError, computeScan(m, lle, r)); // wrong state size
    r.initial = {};
    QVERIFY_THROWS_EXCEPTION(InputError, computeScan(m, SpikeRateMeasure(5, 0.0), r)); // no variable 5
}

QTEST_APPLESS_MAIN(TestScan)
#include "tst_scan.moc"
