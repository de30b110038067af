// The basins view fed by real basins of the product of two cubic maps x' = r x - x^3 (r = 1.5):
// four stable fixed points (+-a, +-a), a = sqrt(r - 1), and escape for |x| > sqrt(r + 1).
// Every cell's label is checked against a hand iteration of each coordinate (the map is a
// product), and the legend's basin fractions against counts of that oracle.
#include "../analysis/testmodels.h"
#include "analysis/basins.h"
#include "plots/basinsview.h"
#include "viewchecks.h"

#include <QSignalSpy>
#include <QTest>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <cmath>
#include <map>
#include <mutex>

using namespace nd;

class TestBasinsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void liveTilesFillTheGrid();
    void finalLabelsLegendAndFractions();
    void cellColours();
    void clickAndCsv();
    void messageAndExports();

private:
    BasinRequest m_request;
    BasinResult m_result;
    std::vector<BasinTile> m_tiles;
};

namespace {
const double kR = 1.5;
const double kA = std::sqrt(kR - 1.0);

// +1 or -1: the fixed point a 1-D orbit settles on; 0: it escaped.
int fate(double x)
{
    int n = 0;
    while (n++ < 400 && std::fabs(x) < 1e6)
        x = kR * x - x * x * x;
    return std::fabs(x) < 1e6 ? (x > 0 ? 1 : -1) : 0; // NaN counts as escaped too
}

// The label the view should show for an initial state: the attractor with those signs.
int oracleLabel(const std::vector<BasinAttractor>& attractors, double x, double y)
{
    const int fx = fate(x), fy = fate(y);
    if (fx == 0 || fy == 0)
        return kBasinEscaped;
    for (const auto& a : attractors)
        if (a.period == 1 && std::fabs(a.points[0] - fx * kA) < 1e-6 &&
            std::fabs(a.points[1] - fy * kA) < 1e-6)
            return a.label;
    return -100;
}
} // namespace

void TestBasinsView::initTestCase()
{
    ndtest::CubicPairMap model;
    model.setParameter("r", kR);
    m_request.x = {0, -1.7, 1.7, 34};
    m_request.y = {1, -1.7, 1.7, 30};
    m_request.transient = 300;
    m_request.window = 64;
    m_request.maxPeriod = 8;
    m_request.tileSize = 8;
    std::mutex mutex;
    m_result = computeBasins(model, m_request, nullptr, [&](const BasinTile& t) {
        const std::lock_guard lock(mutex);
        m_tiles.push_back(t);
    });
    QCOMPARE(m_result.attractors.size(), std::size_t(4));
    QVERIFY(m_result.escapedCells > 0);
}

void TestBasinsView::liveTilesFillTheGrid()
{
    BasinsView view;
    view.reset(m_request.x, m_request.y, QStringLiteral("x"), QStringLiteral("y"));
    QVERIFY(!view.hasData());
    int expected = 0;
    ndtest::feedTiles(view, m_tiles, [&](int filled) { expected = filled; });
    view.refresh();
    QCOMPARE(expected, 34 * 30);
    // Provisional labels still separate escape from the attractors.
    for (int iy = 0; iy < 30; ++iy)
        for (int ix = 0; ix < 34; ++ix)
            QCOMPARE(view.labelAt(ix, iy) == kBasinEscaped, m_result.at(ix, iy) == kBasinEscaped);
}

void TestBasinsView::finalLabelsLegendAndFractions()
{
    BasinsView view;
    view.setResult(m_result, QStringLiteral("x"), QStringLiteral("y"));
    std::map<int, int> counts;
    for (int iy = 0; iy < 30; ++iy)
        for (int ix = 0; ix < 34; ++ix) {
            const QPointF s = view.cellCoordinates(ix, iy);
            QCOMPARE(s, QPointF(-1.7 + 3.4 * ix / 33.0, -1.7 + 3.4 * iy / 29.0));
            const int label = oracleLabel(m_result.attractors, s.x(), s.y());
            QCOMPARE(view.labelAt(ix, iy), label);
            ++counts[label];
        }
    // A legend entry per attractor and one for escape, each with its fraction.
    const auto entries = view.itemList(QwtPlotItem::Rtti_PlotCurve);
    QCOMPARE(entries.size(), qsizetype(5));
    for (const BasinAttractor& a : m_result.attractors) {
        const QString percent =
            QString::number(100.0 * counts[a.label] / (34 * 30), 'f', 1) + QStringLiteral(" %");
        bool found = false;
        for (const QwtPlotItem* e : entries)
            found = found ||
                    (e->title().text().contains(attractorText(a)) && e->title().text().endsWith(percent));
        QVERIFY2(found, qPrintable(percent));
        QVERIFY(attractorText(a).startsWith(QStringLiteral("period 1 through (")));
    }
    const auto rows = ndtest::csvRows(view.attractorsCsv());
    QCOMPARE(rows.size(), qsizetype(5));
    for (const auto& row : rows)
        QVERIFY(std::fabs(row[3].toDouble() - double(counts[row[0].toInt()]) / (34 * 30)) < 1e-12);
}

void TestBasinsView::cellColours()
{
    BasinsView view;
    QVERIFY(ndtest::exposed(&view, {800, 500}));
    view.reset(m_request.x, m_request.y, QStringLiteral("x"), QStringLiteral("y"));
    view.addTile(m_tiles.front());
    view.refresh();
    QImage image = ndtest::canvasImage(&view);
    const BasinTile& t = m_tiles.front();
    // A cell outside the first tile is blank, one inside has its provisional label's colour.
    const int outside = t.x1 < 34 ? t.x1 : t.x0 - 1;
    QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, view.cellPlotPosition(outside, t.y0)),
                              Qt::white));
    QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, view.cellPlotPosition(t.x0, t.y0)),
                              BasinsView::attractorColor(view.labelAt(t.x0, t.y0))));

    view.setResult(m_result, QStringLiteral("x"), QStringLiteral("y"));
    image = ndtest::canvasImage(&view);
    for (int iy = 0; iy < 30; iy += 3)
        for (int ix = 0; ix < 34; ix += 3) {
            const int label = view.labelAt(ix, iy);
            const QColor expected =
                label == kBasinEscaped ? HeatMap::escapedColor() : BasinsView::attractorColor(label);
            QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, view.cellPlotPosition(ix, iy)),
                                      expected));
        }
    // The four basins have four different colours, none of them the escape colour.
    for (int a = 0; a < 4; ++a) {
        QVERIFY(!ndtest::nearColor(BasinsView::attractorColor(a), HeatMap::escapedColor(), 40));
        for (int b = a + 1; b < 4; ++b)
            QVERIFY(!ndtest::nearColor(BasinsView::attractorColor(a), BasinsView::attractorColor(b), 40));
    }
}

void TestBasinsView::clickAndCsv()
{
    BasinsView view;
    QVERIFY(ndtest::exposed(&view, {800, 500}));
    view.setResult(m_result, QStringLiteral("x"), QStringLiteral("y"));
    view.replot();
    QSignalSpy spy(&view, &BasinsView::pointClicked);
    ndtest::clickAt(&view, view.cellPlotPosition(7, 21));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), -1.7 + 3.4 * 7 / 33.0);
    QCOMPARE(spy.at(0).at(1).toDouble(), -1.7 + 3.4 * 21 / 29.0);
    QVERIFY(view.readoutAt(view.cellPlotPosition(7, 21)).contains(QStringLiteral("x = ")));

    const auto rows = ndtest::csvRows(view.toCsv());
    QCOMPARE(rows.size(), qsizetype(34 * 30));
    for (const auto& row : rows)
        QCOMPARE(row[2].toInt(), oracleLabel(m_result.attractors, row[0].toDouble(), row[1].toDouble()));
}

void TestBasinsView::messageAndExports()
{
    BasinsView view;
    view.setResult(m_result, QStringLiteral("x"), QStringLiteral("y"));
    ndtest::checkFigureExports(&view, QStringLiteral("basins"));
    view.setMessage(QStringLiteral("the model escaped everywhere"));
    QVERIFY(!view.hasData());
    QCOMPARE(view.labelAt(0, 0), kBasinNotComputed);
    ndtest::checkFigureExports(&view, QStringLiteral("message"));
}

QTEST_MAIN(TestBasinsView)
#include "tst_basinsview.moc"
