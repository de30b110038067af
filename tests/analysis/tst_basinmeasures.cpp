// Basin-boundary measures (core/analysis/basinmeasures.h) against values known by hand or from
// theory:
//   - a grid split into two straight halves: the entropy of a boundary box follows from the
//     count of cells on each side (one/one split: ln 2; one/three: ln 4 - (3/4) ln 3), and S_b
//     is that times the share of boundary boxes;
//   - one label everywhere: S_b = S_bb = 0;
//   - a straight boundary x = c: a sample point is eps-uncertain exactly when it lies within
//     eps of the line, so f(eps) = 2 eps (in units of the axis range) and the exponent is 1;
//   - Newton's method for z^3 = 1 as a 2-D map: three basins with a Wada boundary (every
//     boundary point is on the boundary of all three), so after refinement nearly every
//     boundary cell sees all three roots, and the boundary is fractal (S_bb > ln 2, exponent < 1);
//   - three basins separated by straight rays (sectors of 120 degrees): smooth boundaries, only
//     the cells around the centre see all three; two half planes: no Wada test applies.
// The classifiers here are written for the test: Newton's iteration and the sectors are closed
// forms, independent of the engine's models.
#include "analysis/basinmeasures.h"
#include "common/errors.h"
#include "testmodels.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>

using namespace nd;

class TestBasinMeasures : public QObject {
    Q_OBJECT
private slots:
    void halvesGiveTheHandEntropy();
    void oneLabelHasZeroEntropy();
    void notComputedCellsAreLeftOut();
    void straightBoundaryHasExponentOne();
    void uncertaintyIndependentOfThreads();
    void newtonIsWadaAndFractal();
    void smoothSectorsAreNotWada();
    void twoBasinsAreNotApplicable();
    void classifierOfAComputedGrid();
    void rejectsBadSettings();
};

namespace {

BasinAxis axis(double from, double to, int count)
{
    BasinAxis a;
    a.from = from;
    a.to = to;
    a.count = count;
    return a;
}

std::vector<int> labelGrid(const BasinAxis& x, const BasinAxis& y, const BasinClassifier& c)
{
    std::vector<int> l;
    for (int j = 0; j < y.count; ++j)
        for (int i = 0; i < x.count; ++i)
            l.push_back(c(x.value(i), y.value(j)));
    return l;
}

// Newton's method for z^3 = 1: the index of the root the orbit reaches (0: z = 1, 1 and 2 the
// complex roots), kBasinEscaped when it does not converge (z = 0 and its preimages).
int newtonRoot(double x, double y)
{
    std::complex<double> z(x, y);
    const std::complex<double> roots[3] = {
        {1.0, 0.0}, {-0.5, std::sqrt(3.0) / 2}, {-0.5, -std::sqrt(3.0) / 2}};
    for (int n = 0; n < 200; ++n) {
        if (std::abs(z) < 1e-12)
            return kBasinEscaped;
        z -= (z * z * z - 1.0) / (3.0 * z * z);
        for (int k = 0; k < 3; ++k)
            if (std::abs(z - roots[k]) < 1e-8)
                return k;
    }
    return kBasinEscaped;
}

// Three sectors of 120 degrees around the origin, rotated so no boundary ray is along an axis.
int sector(double x, double y)
{
    double a = std::atan2(y, x) + 0.3;
    if (a < 0)
        a += 2 * std::numbers::pi;
    return static_cast<int>(a / (2 * std::numbers::pi / 3)) % 3;
}

} // namespace

void TestBasinMeasures::halvesGiveTheHandEntropy()
{
    // 20 x 20 cells, boxes of 4: 5 x 5 = 25 boxes. Label 0 for columns < c, 1 from c on.
    const BasinAxis x = axis(0, 1, 20), y = axis(0, 1, 20);
    for (int c : {10, 9, 8}) {
        std::vector<int> l(400);
        for (int j = 0; j < 20; ++j)
            for (int i = 0; i < 20; ++i)
                l[static_cast<std::size_t>(j * 20 + i)] = i < c ? 0 : 1;
        const BasinEntropyReport r = basinEntropy({x, y, l}, 4);
        QCOMPARE(r.boxSize, 4);
        QCOMPARE(r.boxes, 25L);
        QCOMPARE(r.outcomes, 2);
        if (c == 8) {
            // The boundary runs along box edges: no box holds two labels.
            QCOMPARE(r.boundaryBoxes, 0L);
            QCOMPARE(r.basinEntropy, 0.0);
            QCOMPARE(r.boundaryBasinEntropy, 0.0);
            continue;
        }
        // The column of boxes 8..11 holds (c - 8) cells of label 0 and (12 - c) of label 1 per row.
        const double p = (c - 8) / 4.0;
        const double s = -(p * std::log(p) + (1 - p) * std::log(1 - p));
        QCOMPARE(r.boundaryBoxes, 5L);
        QVERIFY(std::fabs(r.boundaryBasinEntropy - s) < 1e-14);
        QVERIFY(std::fabs(r.basinEntropy - s * 5.0 / 25.0) < 1e-14);
        if (c == 10)
            QVERIFY(std::fabs(r.boundaryBasinEntropy - std::numbers::ln2) < 1e-14);
        else
            QVERIFY(std::fabs(r.boundaryBasinEntropy - (std::log(4.0) - 0.75 * std::log(3.0))) < 1e-14);
        // One/one is exactly ln 2, which the criterion (strictly above) does not call fractal.
        QVERIFY(!r.fractalByLn2);
    }
    // A partial box at the edge is left out: 22 x 21 cells with boxes of 4 still make 25 boxes.
    const BasinAxis x2 = axis(0, 1, 22), y2 = axis(0, 1, 21);
    std::vector<int> l2(22 * 21, 3);
    QCOMPARE(basinEntropy({x2, y2, l2}, 4).boxes, 25L);
}

void TestBasinMeasures::oneLabelHasZeroEntropy()
{
    const BasinAxis x = axis(-1, 1, 30), y = axis(-1, 1, 17);
    std::vector<int> l(30 * 17, kBasinEscaped);
    for (int box : {1, 5, 17}) {
        const BasinEntropyReport r = basinEntropy({x, y, l}, box);
        QCOMPARE(r.outcomes, 1);
        QCOMPARE(r.basinEntropy, 0.0);
        QCOMPARE(r.boundaryBasinEntropy, 0.0);
        QCOMPARE(r.boundaryBoxes, 0L);
        QCOMPARE(r.boxes, static_cast<long>((30 / box) * (17 / box)));
    }
}

void TestBasinMeasures::notComputedCellsAreLeftOut()
{
    // One box of 2 x 2: labels 0, 1, 1 and a cell not computed: p = 1/3, 2/3.
    const BasinAxis x = axis(0, 1, 2), y = axis(0, 1, 2);
    const std::vector<int> l = {0, 1, 1, kBasinNotComputed};
    const BasinEntropyReport r = basinEntropy({x, y, l}, 2);
    const double s = std::log(3.0) - (2.0 / 3.0) * std::log(2.0);
    QCOMPARE(r.boxes, 1L);
    QCOMPARE(r.outcomes, 2);
    QVERIFY(std::fabs(r.basinEntropy - s) < 1e-14);
    // A box of cells none of which was computed is no box.
    const std::vector<int> none(4, kBasinNotComputed);
    QCOMPARE(basinEntropy({x, y, none}, 2).boxes, 0L);
}

void TestBasinMeasures::straightBoundaryHasExponentOne()
{
    // Boundary x = 0.37 on [0, 1] x [0, 1]: f(eps) = 2 eps for eps < 0.37.
    const BasinClassifier c = [](double x, double) { return x < 0.37 ? 0 : 1; };
    UncertaintyOptions o;
    o.epsilons = {0.002, 0.005, 0.01, 0.02, 0.05};
    o.samples = 40000;
    const UncertaintyReport r = uncertaintyExponent(axis(0, 1, 10), axis(0, 1, 10), c, o);
    QVERIFY(r.fitted);
    QCOMPARE(r.samples, 40000L);
    for (std::size_t e = 0; e < r.epsilons.size(); ++e) {
        const double expected = 2 * r.epsilons[e];
        // Binomial standard error of a fraction p from n samples: sqrt(p (1 - p) / n); 5 of them.
        const double se = std::sqrt(expected * (1 - expected) / 40000.0);
        QVERIFY2(std::fabs(r.fractions[e] - expected) < 5 * se,
                 qPrintable(QString("f(%1) = %2, expected %3").arg(r.epsilons[e]).arg(r.fractions[e]).arg(expected)));
    }
    QVERIFY2(std::fabs(r.exponent - 1.0) < 0.05, qPrintable(QString::number(r.exponent)));
    QVERIFY(r.exponentError > 0 && r.exponentError < 0.05);
    // The fitted value is within a few of its own standard errors of 1.
    QVERIFY(std::fabs(r.exponent - 1.0) < 5 * r.exponentError + 0.01);
}

void TestBasinMeasures::uncertaintyIndependentOfThreads()
{
    UncertaintyOptions o;
    o.samples = 3000;
    o.threads = 1;
    const UncertaintyReport a = uncertaintyExponent(axis(-2, 2, 10), axis(-2, 2, 10), newtonRoot, o);
    o.threads = 2;
    const UncertaintyReport b = uncertaintyExponent(axis(-2, 2, 10), axis(-2, 2, 10), newtonRoot, o);
    QVERIFY(a.uncertain == b.uncertain);
    QCOMPARE(a.exponent, b.exponent);
    QCOMPARE(a.exponentError, b.exponentError);
}

void TestBasinMeasures::newtonIsWadaAndFractal()
{
    // 400 x 400 cells on [-1, 1]^2: at this resolution boxes of 5 cells resolve the bulbs that
    // make the boundary fractal (with 200 cells over [-2, 2], S_bb is 0.67: the ln 2 criterion
    // is sufficient, not necessary, and coarse grids fall below it).
    const BasinAxis x = axis(-1, 1, 400), y = axis(-1, 1, 400);
    const std::vector<int> l = labelGrid(x, y, newtonRoot);
    const BasinGrid g{x, y, l};

    // Three roots; z = 0 and its preimages are grid points only by accident: none here.
    WadaOptions wo;
    wo.threads = 2;
    const WadaReport w = wadaTest(g, newtonRoot, wo);
    QCOMPARE(w.outcomes, 3);
    QVERIFY(w.applicable);
    QVERIFY(w.boundaryCells > 1000);
    QCOMPARE(w.seen[0], 0L);
    QVERIFY2(w.wadaFraction > 0.95, qPrintable(QString::number(w.wadaFraction)));
    QVERIFY(w.classified > 0);

    // The rotation z -> z e^{2 pi i / 3} maps the basins onto each other: equal fractions in
    // the disc |z| < 1 (which the rotation maps onto itself).
    long counts[3] = {0, 0, 0}, disc = 0;
    for (int j = 0; j < y.count; ++j)
        for (int i = 0; i < x.count; ++i)
            if (std::hypot(x.value(i), y.value(j)) < 1.0) {
                ++disc;
                const int v = l[static_cast<std::size_t>(j * x.count + i)];
                if (v >= 0)
                    ++counts[v];
            }
    for (long c : counts)
        QVERIFY(std::fabs(static_cast<double>(c) / static_cast<double>(disc) - 1.0 / 3.0) < 0.01);

    const BasinEntropyReport e = basinEntropy(g, 5);
    QCOMPARE(e.outcomes, 3);
    QVERIFY2(e.fractalByLn2, qPrintable(QString::number(e.boundaryBasinEntropy)));

    // A fractal boundary: the uncertain fraction falls more slowly than eps. The Julia set of
    // Newton's map for z^3 - 1 has dimension about 1.42 (box counting in the literature), so
    // alpha = 2 - 1.42 = 0.58; 4000 samples leave about +-0.05.
    UncertaintyOptions uo;
    uo.samples = 4000;
    uo.threads = 2;
    const UncertaintyReport u = uncertaintyExponent(x, y, newtonRoot, uo);
    QVERIFY(u.fitted);
    QVERIFY2(std::fabs(u.exponent - 0.58) < 0.1, qPrintable(QString::number(u.exponent)));
    QVERIFY(u.exponentError < 0.05);
}

void TestBasinMeasures::smoothSectorsAreNotWada()
{
    const BasinAxis x = axis(-1, 1, 101), y = axis(-1, 1, 101);
    const std::vector<int> l = labelGrid(x, y, sector);
    const WadaReport w = wadaTest({x, y, l}, sector);
    QCOMPARE(w.outcomes, 3);
    QVERIFY(w.applicable);
    // Three rays of length ~1 each cross about 2-3 cells per unit step: a few hundred boundary
    // cells, of which only the handful around the origin see the third basin.
    QVERIFY(w.boundaryCells > 150);
    QVERIFY2(w.wadaFraction < 0.05, qPrintable(QString::number(w.wadaFraction)));
    QCOMPARE(w.levelsUsed, WadaOptions{}.maxRefinement);
    // Straight boundaries: S_bb is well below ln 2.
    QVERIFY(!basinEntropy({x, y, l}, 5).fractalByLn2);
}

void TestBasinMeasures::twoBasinsAreNotApplicable()
{
    // The cubic map x' = 1.5 x - x^3 per coordinate, only x decides here: two half planes.
    const BasinClassifier half = [](double x, double) { return x < 0.0 ? 0 : 1; };
    const BasinAxis x = axis(-1, 1, 41), y = axis(-1, 1, 41);
    const std::vector<int> l = labelGrid(x, y, half);
    const WadaReport w = wadaTest({x, y, l}, half);
    QCOMPARE(w.outcomes, 2);
    QVERIFY(!w.applicable);
    QCOMPARE(w.wadaFraction, 0.0);
    QCOMPARE(w.classified, 0L);
    // Columns x < 0 (20) and x >= 0 (21): the two columns beside the boundary, all rows.
    QCOMPARE(w.boundaryCells, 2L * 41);
    QCOMPARE(w.seen[1], 2L * 41);
}

void TestBasinMeasures::classifierOfAComputedGrid()
{
    // The cubic pair x' = 1.5 x - x^3 per coordinate on [-1, 1]^2 (inside (-sqrt 1.5, sqrt 1.5)):
    // the basins are the four quadrants, whose boundaries are the axes. A point is uncertain
    // when it lies within eps_x = 2 eps of x = 0 or eps_y = 2 eps of y = 0 (eps relative to
    // the range 2), with probability 1 - (1 - 2 eps)^2: the exponent is 1 up to that curvature.
    ndtest::CubicPairMap model;
    BasinRequest req;
    req.x = axis(-1, 1, 40); // an even count: no cell on the unstable axes
    req.x.variable = 0;
    req.y = axis(-1, 1, 40);
    req.y.variable = 1;
    req.transient = 200;
    req.window = 64;
    const BasinResult res = computeBasins(model, req);
    QCOMPARE(res.attractors.size(), std::size_t{4});
    const BasinClassifier c = basinClassifier(model, req, res);
    // The classifier agrees with the grid at every cell (the same numbering).
    for (int j = 0; j < res.ny; ++j)
        for (int i = 0; i < res.nx; ++i)
            QCOMPARE(c(res.xValues[static_cast<std::size_t>(i)], res.yValues[static_cast<std::size_t>(j)]),
                     res.at(i, j));
    // Beyond sqrt(2.5) the orbit escapes.
    QCOMPARE(c(1.7, 0.5), kBasinEscaped);

    UncertaintyOptions o;
    o.samples = 20000;
    o.epsilons = {0.001, 0.002, 0.005, 0.01};
    o.threads = 2;
    const UncertaintyReport u = uncertaintyExponent(req.x, req.y, c, o);
    for (std::size_t e = 0; e < u.epsilons.size(); ++e) {
        const double p = 1 - (1 - 2 * u.epsilons[e]) * (1 - 2 * u.epsilons[e]);
        QVERIFY(std::fabs(u.fractions[e] - p) < 5 * std::sqrt(p * (1 - p) / 20000.0));
    }
    QVERIFY2(std::fabs(u.exponent - 1.0) < 0.05, qPrintable(QString::number(u.exponent)));

    // Four basins meeting at straight lines: only the cells around the origin see all four.
    const WadaReport w = wadaTest({req.x, req.y, res.labels}, c, {4, 2});
    QCOMPARE(w.outcomes, 4);
    QVERIFY(w.applicable);
    QVERIFY(w.wadaFraction < 0.1);
}

void TestBasinMeasures::rejectsBadSettings()
{
    const BasinAxis x = axis(0, 1, 4), y = axis(0, 1, 4);
    const std::vector<int> l(16, 0), shortLabels(15, 0);
    const BasinClassifier c = [](double, double) { return 0; };
    QVERIFY_THROWS_EXCEPTION(InputError, basinEntropy({x, y, l}, 0));
    QVERIFY_THROWS_EXCEPTION(InputError, basinEntropy({x, y, l}, 5));
    QVERIFY_THROWS_EXCEPTION(InputError, basinEntropy({x, y, shortLabels}, 2));
    UncertaintyOptions o;
    o.samples = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, y, c, o));
    o = {};
    o.epsilons = {0.01};
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, y, c, o));
    o.epsilons = {0.01, 0.0};
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, y, c, o));
    o.epsilons = {0.01, 0.7};
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, y, c, o));
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, axis(1, 1, 4), c, {}));
    QVERIFY_THROWS_EXCEPTION(InputError, uncertaintyExponent(x, y, BasinClassifier{}, {}));
    WadaOptions w;
    w.maxRefinement = 21;
    QVERIFY_THROWS_EXCEPTION(InputError, wadaTest({x, y, l}, c, w));
    w.maxRefinement = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, wadaTest({x, y, l}, c, w));
    QVERIFY_THROWS_EXCEPTION(InputError, wadaTest({x, y, l}, BasinClassifier{}, {}));
    // The message names the field.
    try {
        basinEntropy({x, y, l}, 0);
        QFAIL("no error");
    } catch (const InputError& e) {
        QVERIFY(QString(e.what()).contains("basin entropy"));
    }
}

QTEST_APPLESS_MAIN(TestBasinMeasures)
#include "tst_basinmeasures.moc"
