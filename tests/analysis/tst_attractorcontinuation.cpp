// Global continuation of attractors (issue 19 points 2 and 6) on the logistic map
// x' = r x (1 - x), whose attractor on (0, 1) is known along r: the fixed point 1 - 1/r up to
// r = 3, the period-2 cycle up to 1 + sqrt 6, period 4 up to 3.5441 (one attractor, continued
// under one id through the period doublings); the period-3 window is born at r = 1 + sqrt 8 by a
// saddle-node bifurcation, which the bisection must find to the tolerance. Steps too coarse for the
// distance alone are bridged by following the attractor through intermediate values: a cycle that
// becomes chaotic keeps its id, distinct attractors keep distinct ids. Also the contract: any
// split of the values into column ranges (tiles), merged, equals one process; bad settings throw.
#include "analysis/attractors.h"
#include "common/errors.h"
#include "common/progress.h"
#include "maps/referencemaps.h"
#include "model/registry.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <mutex>

using namespace nd;

class TestAttractorContinuation : public QObject {
    Q_OBJECT
private slots:
    void periodDoublingUnderOneId();
    void periodThreeWindowBornAtOnePlusSqrt8();
    void columnTilesMergeLikeOneProcess();
    void chaoticChainAttractorKeepsItsId();
    void classChangeKeepsItsIdAcrossCoarseSteps();
    void distinctAttractorsKeepDistinctIds();
    void progressOnlyGrows();
    void rejectsBadSettings();
};

namespace {

AttractorContinuationRequest logisticRequest(double from, double to, int count)
{
    AttractorContinuationRequest r;
    r.search.sampling.kind = AttractorSampling::Random;
    r.search.sampling.count = 200;
    r.search.sampling.boxMin = {0.01};
    r.search.sampling.boxMax = {0.99};
    r.search.settle = 3000;
    r.axis = {"r", -1, from, to, count};
    return r;
}

void compareContinuations(const AttractorContinuation& a, const AttractorContinuation& b)
{
    QCOMPARE(a.parameterValues, b.parameterValues);
    QCOMPARE(a.globalIds, b.globalIds);
    QCOMPARE(a.columns.size(), b.columns.size());
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        QCOMPARE(a.columns[c].labels, b.columns[c].labels);
        QCOMPARE(a.columns[c].attractors.size(), b.columns[c].attractors.size());
        for (std::size_t k = 0; k < a.columns[c].attractors.size(); ++k) {
            QCOMPARE(a.columns[c].attractors[k].orbit, b.columns[c].attractors[k].orbit);
            QCOMPARE(a.columns[c].attractors[k].fraction, b.columns[c].attractors[k].fraction);
            QCOMPARE(a.columns[c].attractors[k].lyapunov, b.columns[c].attractors[k].lyapunov);
            QCOMPARE(a.columns[c].attractors[k].seededOnly, b.columns[c].attractors[k].seededOnly);
        }
    }
    QCOMPARE(a.attractors.size(), b.attractors.size());
    for (std::size_t g = 0; g < a.attractors.size(); ++g) {
        QCOMPARE(a.attractors[g].firstColumn, b.attractors[g].firstColumn);
        QCOMPARE(a.attractors[g].lastColumn, b.attractors[g].lastColumn);
        QCOMPARE(a.attractors[g].existsFrom, b.attractors[g].existsFrom);
        QCOMPARE(a.attractors[g].existsTo, b.attractors[g].existsTo);
        QCOMPARE(a.attractors[g].fromLow, b.attractors[g].fromLow);
        QCOMPARE(a.attractors[g].toHigh, b.attractors[g].toHigh);
        QCOMPARE(a.attractors[g].local, b.attractors[g].local);
    }
}

} // namespace

void TestAttractorContinuation::periodDoublingUnderOneId()
{
    LogisticMap model;
    // r = 2.81, 2.83, ..., 3.53: no value within 0.01 of a bifurcation (3 and 1 + sqrt 6 = 3.4495).
    const AttractorContinuationRequest r = logisticRequest(2.81, 3.53, 37);
    const AttractorContinuation c = continueAttractors(model, r);
    QVERIFY(!c.canceled);
    QCOMPARE(c.attractors.size(), std::size_t{1});
    QCOMPARE(c.attractors[0].firstColumn, 0);
    QCOMPARE(c.attractors[0].lastColumn, 36);
    QCOMPARE(c.attractors[0].existsFrom, 2.81);
    QCOMPARE(c.attractors[0].existsTo, 3.53);
    const double r2 = 1.0 + std::sqrt(6.0), r4 = 3.5440903595519;
    for (int j = 0; j < 37; ++j) {
        const double p = c.parameterValues[static_cast<std::size_t>(j)];
        const AttractorResult& col = c.columns[static_cast<std::size_t>(j)];
        QCOMPARE(col.attractors.size(), std::size_t{1});
        QCOMPARE(c.globalIds[static_cast<std::size_t>(j)][0], 0);
        const Attractor& a = col.attractors[0];
        QCOMPARE(a.fraction, 1.0);
        QCOMPARE(a.fractionError, 0.0);
        const int expected = p < 3.0 ? 1 : p < r2 ? 2 : p < r4 ? 4 : -1;
        // Close to a bifurcation the orbit converges too slowly for the period tolerance: the
        // period is asserted 0.03 away from them.
        if (std::fabs(p - 3.0) < 0.03 || std::fabs(p - r2) < 0.03)
            continue;
        QVERIFY2(a.period == expected,
                 qPrintable(QString("r = %1: period %2, expected %3").arg(p).arg(a.period).arg(expected)));
        QVERIFY(a.kind == (expected == 1 ? AttractorClass::FixedPoint : AttractorClass::Periodic));
        if (expected == 1)
            QVERIFY(std::fabs(a.orbit[0] - (1.0 - 1.0 / p)) < 1e-9);
        if (expected == 2) {
            // x+- = (r + 1 +- sqrt((r + 1)(r - 3))) / (2 r)
            const double s = std::sqrt((p + 1) * (p - 3));
            QVERIFY(std::fabs(a.boxMin[0] - (p + 1 - s) / (2 * p)) < 1e-9);
            QVERIFY(std::fabs(a.boxMax[0] - (p + 1 + s) / (2 * p)) < 1e-9);
        }
    }
}

void TestAttractorContinuation::periodThreeWindowBornAtOnePlusSqrt8()
{
    LogisticMap model;
    AttractorContinuationRequest r = logisticRequest(3.80, 3.85, 6);
    r.tolerance = 1e-4;
    const AttractorContinuation c = continueAttractors(model, r);
    const double birth = 1.0 + std::sqrt(8.0);
    // The attractor of the window: period 3 at r = 3.83 and 3.84.
    const int local = 0;
    QCOMPARE(c.columns[3].attractors.size(), std::size_t{1});
    QCOMPARE(c.columns[3].attractors[0].period, 3);
    QCOMPARE(c.columns[4].attractors[0].period, 3);
    const ContinuedAttractor& g =
        c.attractors[static_cast<std::size_t>(c.globalIds[3][static_cast<std::size_t>(local)])];
    QCOMPARE(g.firstColumn, 3);
    QCOMPARE(c.globalIds[4][0], g.id);
    QVERIFY2(g.existsFrom - g.fromLow <= r.tolerance,
             qPrintable(QString("%1 %2").arg(g.fromLow).arg(g.existsFrom)));
    QVERIFY2(g.fromLow <= birth + 1e-6 && g.existsFrom >= birth - 1e-6,
             qPrintable(QString("bracket [%1, %2] misses %3")
                            .arg(g.fromLow, 0, 'g', 10)
                            .arg(g.existsFrom, 0, 'g', 10)
                            .arg(birth, 0, 'g', 10)));
    // Before the window: one chaotic attractor (another id) that dies where the window is born.
    for (int j = 0; j < 3; ++j) {
        QCOMPARE(c.columns[static_cast<std::size_t>(j)].attractors.size(), std::size_t{1});
        QVERIFY(c.columns[static_cast<std::size_t>(j)].attractors[0].kind == AttractorClass::Chaotic);
        QVERIFY(c.globalIds[static_cast<std::size_t>(j)][0] != g.id);
    }
    const ContinuedAttractor& chaos = c.attractors[static_cast<std::size_t>(c.globalIds[2][0])];
    QCOMPARE(chaos.lastColumn, 2);
    QVERIFY(chaos.toHigh - chaos.existsTo <= r.tolerance);
    QVERIFY2(std::fabs(chaos.existsTo - birth) <= 2 * r.tolerance,
             qPrintable(QString::number(chaos.existsTo, 'g', 10)));
}

void TestAttractorContinuation::columnTilesMergeLikeOneProcess()
{
    LogisticMap model;
    AttractorContinuationRequest r = logisticRequest(3.40, 3.85, 10);
    r.tolerance = 1e-3;
    r.search.threads = 2;
    const AttractorContinuation one = continueAttractors(model, r);
    QVERIFY(one.attractors.size() >= 2);
    // Three tiles, computed in another order with another thread count.
    AttractorContinuationRequest single = r;
    single.search.threads = 1;
    std::vector<AttractorColumn> columns = computeAttractorColumns(model, single, 7, 10);
    const auto a = computeAttractorColumns(model, r, 0, 3), b = computeAttractorColumns(model, single, 3, 7);
    columns.insert(columns.end(), a.begin(), a.end());
    columns.insert(columns.end(), b.begin(), b.end());
    compareContinuations(mergeAttractorColumns(model, single, columns), one);
    // Malformed columns (as a damaged tile file could hold) and a missing column are refused.
    auto bad = columns;
    bad[4].result.cellSize.clear();
    QVERIFY_THROWS_EXCEPTION(InputError, mergeAttractorColumns(model, r, bad));
    bad = columns;
    bad[5].result.attractors[0].orbit.clear();
    QVERIFY_THROWS_EXCEPTION(InputError, mergeAttractorColumns(model, r, bad));
    bad = columns;
    bad[6].result.attractors[0].orbit[0] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, mergeAttractorColumns(model, r, bad));
    columns.pop_back();
    QVERIFY_THROWS_EXCEPTION(InputError, mergeAttractorColumns(model, r, columns));
}

void TestAttractorContinuation::chaoticChainAttractorKeepsItsId()
{
    // The chain (6-D) has one chaotic attractor for sigma in [0.02, 0.05] (papers.md). Its 1000-point
    // representative orbits cover the Rulkov node's slow y only in part: at values 0.005 apart they
    // lie 0.07 to 0.10 apart even at the 90th percentile (normalised), at the border of the
    // threshold (the plain Hausdorff distance is larger still), while its saturated cells lie 0.05
    // to 0.07 apart: one attractor under one id.
    std::unique_ptr<Model> chain = createModel("chain");
    chain->setLinks({{"sigma", {{"sigma_12"}, {"sigma_21"}, {"sigma_23"}, {"sigma_32"}}}});
    AttractorContinuationRequest r;
    r.search.sampling.kind = AttractorSampling::Random;
    r.search.sampling.count = 100;
    r.search.sampling.boxMin = {-2.0, -4.0, -4.0, -4.3, -2.0, -4.0};
    r.search.sampling.boxMax = {10.0, 3.0, 1.5, -3.7, 10.0, 3.0};
    r.search.cellsPerExtent = 20;
    r.axis = {"sigma", -1, 0.02, 0.05, 7};
    const AttractorContinuation c = continueAttractors(*chain, r);
    QCOMPARE(c.attractors.size(), std::size_t{1});
    for (const AttractorResult& col : c.columns) {
        QCOMPARE(col.attractors.size(), std::size_t{1});
        QVERIFY(col.attractors[0].kind == AttractorClass::Chaotic);
    }
}

namespace {

// Product maps (equations): the logistic map in x with a bistable factor, or two bistable factors.
std::unique_ptr<Model> equations(const char* definition)
{
    return createModel("equations", {{"definition", definition}});
}

// The ids of every column, and a check that each global id appears at most once per column.
std::vector<int> idsOf(const AttractorContinuation& c)
{
    std::vector<int> ids;
    for (const std::vector<int>& column : c.globalIds) {
        for (int id : column)
            ids.push_back(id);
        std::vector<int> sorted = column;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            return {};
    }
    return ids;
}

} // namespace

void TestAttractorContinuation::classChangeKeepsItsIdAcrossCoarseSteps()
{
    // The logistic map at r = 3.10, 3.26, 3.42, 3.58: the 2-cycle (r < 1 + sqrt 6 = 3.449) at three
    // values, then past the accumulation point r_inf = 3.5699 a chaotic band attractor. It is one
    // attractor throughout (the map has one attractor on (0, 1) for every r; between 3.42 and 3.58
    // it doubles its period continuously into chaos, no window on the way), but steps of 0.16 move
    // the cycle's points by more than the match distance: the first matching stage alone gives it
    // a new id at every value (bridgeDepth 0: three ids), the bridge through intermediate values one.
    LogisticMap model;
    AttractorContinuationRequest r = logisticRequest(3.10, 3.58, 4);
    AttractorContinuationRequest distanceOnly = r;
    distanceOnly.bridgeDepth = 0;
    QVERIFY(continueAttractors(model, distanceOnly).attractors.size() > 1);
    const AttractorContinuation c = continueAttractors(model, r);
    QCOMPARE(c.attractors.size(), std::size_t{1});
    QCOMPARE(c.attractors[0].firstColumn, 0);
    QCOMPARE(c.attractors[0].lastColumn, 3);
    for (int j = 0; j < 4; ++j) {
        const AttractorResult& col = c.columns[static_cast<std::size_t>(j)];
        QCOMPARE(col.attractors.size(), std::size_t{1});
        const Attractor& a = col.attractors[0];
        if (j < 3) {
            QCOMPARE(a.period, 2);
            const double p = c.parameterValues[static_cast<std::size_t>(j)], s = std::sqrt((p + 1) * (p - 3));
            QVERIFY(std::fabs(a.boxMin[0] - (p + 1 - s) / (2 * p)) < 1e-9);
        } else {
            QVERIFY(a.kind == AttractorClass::Chaotic);
            QVERIFY(a.lyapunov > 0.0);
        }
    }

    // The same with a bistable factor y' = 1.5 y - y^3 (fixed points +-sqrt 0.5, the sign of y
    // invariant on (-sqrt 1.5, sqrt 1.5)): two attractors, one per sign of y, each keeping its own
    // id as its x part goes from the cycle into chaos; their fractions are those of the sign of y
    // in [-1, 1] (one half each, within 3 standard errors of 200 states).
    const std::unique_ptr<Model> product =
        equations("map\nvar x = 0.5, y = 0.5\npar r = 3.5\nx' = r*x*(1-x)\ny' = 1.5*y - y^3\n");
    r.search.sampling.boxMin = {0.01, -1.0};
    r.search.sampling.boxMax = {0.99, 1.0};
    const AttractorContinuation two = continueAttractors(*product, r);
    QCOMPARE(two.attractors.size(), std::size_t{2});
    int idOfPositive = -1;
    for (std::size_t j = 0; j < 4; ++j) {
        const AttractorResult& col = two.columns[j];
        QCOMPARE(col.attractors.size(), std::size_t{2});
        for (std::size_t k = 0; k < 2; ++k) {
            const Attractor& a = col.attractors[k];
            QVERIFY(std::fabs(std::fabs(a.boxMin[1]) - std::sqrt(0.5)) < 1e-9);
            QVERIFY(std::fabs(a.fraction - 0.5) <= 3 * std::sqrt(0.25 / 200));
            QVERIFY(a.kind == (j < 3 ? AttractorClass::Periodic : AttractorClass::Chaotic));
            if (a.boxMin[1] > 0) {
                if (idOfPositive < 0)
                    idOfPositive = two.globalIds[j][k];
                QCOMPARE(two.globalIds[j][k], idOfPositive);
            }
        }
    }
}

void TestAttractorContinuation::distinctAttractorsKeepDistinctIds()
{
    // The product of two bistable maps x' = r x - x^3, y' = r y - y^3: four fixed points
    // (+-sqrt(r - 1), +-sqrt(r - 1)), one per quadrant, whose basins are the quadrants (the sign of
    // each coordinate is invariant). At r = 1.2, 1.5, 1.8 each moves by 0.26 and 0.19 per step,
    // more than the match distance allows, while the quadrants' points lie 2 sqrt(r - 1) apart:
    // four ids, one per quadrant, never one id for two of them (bridgeDepth 0: twelve ids).
    const std::unique_ptr<Model> model =
        equations("map\nvar x = 0.1, y = 0.1\npar r = 1.5\nx' = r*x - x^3\ny' = r*y - y^3\n");
    AttractorContinuationRequest r;
    r.search.sampling.kind = AttractorSampling::Random;
    r.search.sampling.count = 400;
    r.search.sampling.boxMin = {-1.0, -1.0};
    r.search.sampling.boxMax = {1.0, 1.0};
    r.axis = {"r", -1, 1.2, 1.8, 3};
    AttractorContinuationRequest distanceOnly = r;
    distanceOnly.bridgeDepth = 0;
    QCOMPARE(continueAttractors(*model, distanceOnly).attractors.size(), std::size_t{12});
    const AttractorContinuation c = continueAttractors(*model, r);
    QCOMPARE(c.attractors.size(), std::size_t{4});
    QVERIFY(!idsOf(c).empty());
    std::vector<int> idOfQuadrant(4, -1);
    for (std::size_t j = 0; j < 3; ++j) {
        const double a = std::sqrt(c.parameterValues[j] - 1.0);
        const AttractorResult& col = c.columns[j];
        QCOMPARE(col.attractors.size(), std::size_t{4});
        for (std::size_t k = 0; k < 4; ++k) {
            const Attractor& at = col.attractors[k];
            QVERIFY(at.kind == AttractorClass::FixedPoint);
            QVERIFY(std::fabs(std::fabs(at.orbit[0]) - a) < 1e-9 &&
                    std::fabs(std::fabs(at.orbit[1]) - a) < 1e-9);
            const std::size_t quadrant = (at.orbit[0] > 0 ? 1 : 0) + (at.orbit[1] > 0 ? 2 : 0);
            if (idOfQuadrant[quadrant] < 0)
                idOfQuadrant[quadrant] = c.globalIds[j][k];
            QCOMPARE(c.globalIds[j][k], idOfQuadrant[quadrant]);
        }
    }
    std::vector<int> sorted = idOfQuadrant;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, (std::vector<int>{0, 1, 2, 3}));
}

void TestAttractorContinuation::progressOnlyGrows()
{
    // Workers report as they finish, so two reports may cross by a task; nothing more may go back
    // (the columns' own progress, or the bisection's, restarting the bar from their own zero).
    struct Recorder : Progress {
        std::mutex mutex;
        double last = 0.0, worstDrop = 0.0;
        void setProgress(double f) override
        {
            std::lock_guard<std::mutex> lock(mutex);
            worstDrop = std::max(worstDrop, last - f);
            last = f;
        }
    };
    LogisticMap model;
    for (int threads : {1, 2}) {
        AttractorContinuationRequest r = logisticRequest(3.40, 3.85, 12);
        r.tolerance = 1e-3;
        r.search.threads = threads;
        Recorder rec;
        continueAttractors(model, r, &rec);
        QVERIFY2(rec.worstDrop <= 0.8 / 12 + 1e-12, qPrintable(QString::number(rec.worstDrop)));
        QVERIFY(rec.last > 0.99);
    }
}

void TestAttractorContinuation::rejectsBadSettings()
{
    LogisticMap model;
    const auto expectError = [&](const AttractorContinuationRequest& r, const char* field) {
        try {
            validateAttractorContinuation(model, r);
            QFAIL(qPrintable(QString("accepted; expected an error naming '%1'").arg(field)));
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(field) != std::string::npos, e.what());
        }
    };
    const AttractorContinuationRequest r = logisticRequest(3.0, 3.5, 5);
    validateAttractorContinuation(model, r);
    AttractorContinuationRequest bad = r;
    bad.axis.parameter = std::string(1, 'q'); // (a literal here trips GCC 12's -Wrestrict)
    expectError(bad, "no parameter named 'q'");
    bad = r;
    bad.axis.to = 2000; // the valid range of r is [-1000, 1000]
    expectError(bad, "outside its valid range");
    bad = r;
    bad.axis.count = 0;
    expectError(bad, "number of values");
    bad = r;
    bad.axis.from = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, validateAttractorContinuation(model, bad));
    bad = r;
    bad.matchDistance = 0;
    expectError(bad, "match distance");
    bad = r;
    bad.matchPoints = 1;
    expectError(bad, "match points");
    bad = r;
    bad.tolerance = -1;
    expectError(bad, "tolerance");
    bad = r;
    bad.bridgeDepth = -1;
    expectError(bad, "bridge depth");
    bad.bridgeDepth = 11;
    expectError(bad, "bridge depth");
    bad = r;
    bad.search.sampling.count = 0;
    expectError(bad, "number of initial states");
    QVERIFY_THROWS_EXCEPTION(InputError, computeAttractorColumns(model, r, 3, 6));
}

QTEST_GUILESS_MAIN(TestAttractorContinuation)
#include "tst_attractorcontinuation.moc"
