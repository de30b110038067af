// The time-series measures of core/measures as scan measures: the 0-1 test separates chaos
// (logistic r = 4: K near 1) from a period-4 orbit (r = 3.5: K near 0), and a locked
// Kuramoto network has a mean order parameter equal to the one computed by hand from its
// locked phases; an escaped orbit is an escaped cell, not an error.
#include "analysis/scan.h"
#include "analysis/seriesscanmeasures.h"
#include "maps/referencemaps.h"
#include "testmodels.h"

#include <QTest>

#include <cmath>
#include <complex>

using namespace nd;

class TestSeriesScan : public QObject {
    Q_OBJECT
private slots:
    void zeroOneSeparatesChaosFromPeriodic();
    void kuramotoOrderOfLockedNetwork();
    void escapedCellIsFlagged();
};

void TestSeriesScan::zeroOneSeparatesChaosFromPeriodic()
{
    LogisticMap m;
    SeriesSettings s;
    s.transient = 1000;
    s.steps = 5000;
    const auto k = zeroOneScanMeasure(0, s, {.seed = 7});
    ScanRequest r;
    r.x = {"r", -1, 3.5, 4.0, 2};
    r.initial = {0.3};
    r.threads = 2;
    const ScanResult res = computeScan(m, *k, r);
    QVERIFY(res.isDefined(0, 0) && res.isDefined(1, 0));
    QVERIFY2(std::fabs(res.at(0, 0)) < 0.1, qPrintable(QString::number(res.at(0, 0))));
    QVERIFY2(res.at(1, 0) > 0.9, qPrintable(QString::number(res.at(1, 0))));
}

void TestSeriesScan::kuramotoOrderOfLockedNetwork()
{
    ndtest::KuramotoAllToAll m({-0.2, 0.05, 0.15});
    SeriesSettings s;
    s.transient = 20000;
    s.steps = 1000;
    s.dt = 0.01;
    ScanRequest r;
    r.x = {"K", -1, 2.0, 2.0, 1};
    r.initial = {0.0, 1.0, 2.0};
    const ScanResult res =
        computeScan(m, *kuramotoScanMeasure(PhaseConvention::Given, {0, 1, 2}, {}, 0.0, s), r);
    QVERIFY(res.isDefined(0, 0));
    // Locked state by hand: iterate long with small Euler steps, then R = |mean exp(i theta)|.
    std::vector<double> th{0.0, 1.0, 2.0}, w{-0.2, 0.05, 0.15};
    for (int n = 0; n < 400000; ++n) {
        std::vector<double> d(3);
        for (int i = 0; i < 3; ++i) {
            d[i] = w[i];
            for (int j = 0; j < 3; ++j)
                d[i] += 2.0 / 3.0 * std::sin(th[j] - th[i]);
        }
        for (int i = 0; i < 3; ++i)
            th[i] += 0.001 * d[i];
    }
    std::complex<double> z;
    for (double t : th)
        z += std::polar(1.0, t);
    QVERIFY(std::fabs(res.at(0, 0) - std::abs(z) / 3.0) < 1e-4);
}

void TestSeriesScan::escapedCellIsFlagged()
{
    LogisticMap m;
    SeriesSettings s;
    s.transient = 1000;
    s.steps = 2000;
    ScanRequest r;
    r.x = {"r", -1, 3.9, 4.5, 2}; // r = 4.5 escapes to -infinity
    r.initial = {0.4};
    const ScanResult res = computeScan(m, *sampleEntropyScanMeasure(0, s), r);
    QVERIFY(res.isDefined(0, 0));
    QVERIFY(res.at(0, 0) > 0.1); // chaotic: a clearly positive entropy
    QVERIFY(!res.isDefined(1, 0) && res.escaped[1]);
    QVERIFY(res.reasons[1].find("escaped") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestSeriesScan)
#include "tst_seriesscan.moc"
