// The parameter-plane view fed by real scans: a Hénon period scan over (a, b) that has
// periodic (defined), aperiodic (undefined) and escaping cells, delivered tile by tile; a 1-D
// logistic period scan; and the Hénon fold curve from two-parameter continuation drawn over the
// plane, checked against its closed form a = -(1 - b)^2 / 4 and the 1:1 resonance at (-1, -1).
#include "analysis/period.h"
#include "analysis/scanmeasures.h"
#include "branchfixtures.h"
#include "model/registry.h"
#include "plots/colormaps.h"
#include "plots/parameterplaneview.h"
#include "viewchecks.h"

#include <QSignalSpy>
#include <QTest>
#include <qwt_color_map.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoneitem.h>
#include <qwt_text.h>

#include <cmath>
#include <memory>
#include <mutex>

using namespace nd;
using State = ParameterPlaneView::CellState;

class TestParameterPlaneView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void liveTilesFillTheGrid();
    void csvHoldsTheScanValues();
    void colourRangeAndCellColours();
    void clickEmitsCellParameters();
    void oneDimensionalScanIsACurve();
    void foldCurveOverlay();
    void messageAndExports();
    void outlierDoesNotFlattenTheColours();
    void crosshairMarksTheCurrentPoint();

private:
    ParameterAxis m_x{"a", -1, 0.0, 2.0, 17};
    ParameterAxis m_y{"b", -1, 0.3, -0.3, 7}; // runs downwards: rows must still map right
    ScanResult m_result;
    std::vector<ScanTile> m_tiles;
};

namespace {
PeriodMeasure periodMeasure()
{
    PeriodOptions o;
    o.transient = 800;
    o.maxPeriod = 16;
    return PeriodMeasure(o);
}

State expectedState(const ScanResult& r, std::size_t i)
{
    return r.defined[i] ? State::Defined : r.escaped[i] ? State::Escaped : State::Undefined;
}
} // namespace

void TestParameterPlaneView::initTestCase()
{
    const auto henon = createModel("henon");
    const PeriodMeasure measure = periodMeasure();
    ScanRequest request;
    request.x = m_x;
    request.y = m_y;
    request.tileSize = 4;
    std::mutex mutex;
    m_result = computeScan(*henon, measure, request, nullptr, [&](const ScanTile& t) {
        const std::lock_guard lock(mutex);
        m_tiles.push_back(t);
    });
    // The scan must show every kind of cell for the tests below to mean something.
    int defined = 0, escaped = 0, undefined = 0;
    for (std::size_t i = 0; i < m_result.values.size(); ++i) {
        defined += m_result.defined[i];
        escaped += m_result.escaped[i];
        undefined += !m_result.defined[i] && !m_result.escaped[i];
    }
    QVERIFY2(
        defined > 10 && escaped > 3 && undefined > 0,
        qPrintable(
            QStringLiteral("%1 defined, %2 escaped, %3 undefined").arg(defined).arg(escaped).arg(undefined)));
}

void TestParameterPlaneView::liveTilesFillTheGrid()
{
    ParameterPlaneView view;
    view.reset(m_x, m_y, QStringLiteral("period"), QStringLiteral("iterations"));
    QVERIFY(view.is2D());
    QCOMPARE(view.columnCount(), 17);
    QCOMPARE(view.rowCount(), 7);
    QVERIFY(!view.hasData());
    ndtest::feedTiles(view, m_tiles, [&view](int filled) {
        // After each tile exactly the cells of the tiles not yet given are pending.
        view.refresh();
        int pending = 0;
        for (int iy = 0; iy < 7; ++iy)
            for (int ix = 0; ix < 17; ++ix)
                pending += view.cellState(ix, iy) == State::NotComputed;
        QCOMPARE(pending, 17 * 7 - filled);
    });
    view.refresh();
    QCOMPARE(view.computedCount(), 17 * 7);
    for (int iy = 0; iy < 7; ++iy)
        for (int ix = 0; ix < 17; ++ix) {
            const std::size_t i = static_cast<std::size_t>(iy) * 17 + static_cast<std::size_t>(ix);
            QCOMPARE(view.cellState(ix, iy), expectedState(m_result, i));
            if (m_result.defined[i])
                QCOMPARE(view.cellValue(ix, iy), m_result.values[i]);
            else
                QCOMPARE(view.cellReason(ix, iy), QString::fromStdString(m_result.reasons[i]));
            // The grid's own parameter values, computed here from the axes.
            QCOMPARE(view.cellParameters(ix, iy), QPointF(2.0 * ix / 16.0, 0.3 - 0.6 * iy / 6.0));
        }
}

void TestParameterPlaneView::csvHoldsTheScanValues()
{
    ParameterPlaneView view;
    view.setResult(m_result, QStringLiteral("a"), QStringLiteral("b"));
    const auto rows = ndtest::csvRows(view.toCsv());
    QVERIFY(view.toCsv().startsWith("x,y,value,defined,escaped\n"));
    QCOMPARE(rows.size(), qsizetype(17 * 7));
    for (const auto& row : rows) {
        QCOMPARE(row.size(), qsizetype(5));
        const int ix = qRound(row[0].toDouble() / 0.125);
        const int iy = qRound((0.3 - row[1].toDouble()) / 0.1);
        const std::size_t i = static_cast<std::size_t>(iy) * 17 + static_cast<std::size_t>(ix);
        QCOMPARE(row[0].toDouble(), m_result.xValues[static_cast<std::size_t>(ix)]);
        QCOMPARE(row[1].toDouble(), m_result.yValues[static_cast<std::size_t>(iy)]);
        QCOMPARE(row[3].toInt(), int(m_result.defined[i]));
        QCOMPARE(row[4].toInt(), int(m_result.escaped[i]));
        if (m_result.defined[i])
            QCOMPARE(row[2].toDouble(), m_result.values[i]); // exact: 17 significant digits
        else
            QVERIFY(row[2].isEmpty());
    }
}

void TestParameterPlaneView::colourRangeAndCellColours()
{
    ParameterPlaneView view;
    QVERIFY(ndtest::exposed(&view, {700, 500}));
    view.reset(m_x, m_y, QStringLiteral("period"), QString());
    // Only the first half of the tiles: some cells stay not computed.
    for (std::size_t t = 0; t < m_tiles.size() / 2; ++t)
        view.addTile(m_tiles[t]);
    view.refresh();
    double lo = INFINITY, hi = -INFINITY;
    for (int iy = 0; iy < 7; ++iy)
        for (int ix = 0; ix < 17; ++ix)
            if (view.cellState(ix, iy) == State::Defined) {
                const double v = m_result.at(ix, iy);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    const QwtInterval range = view.colorRange();
    if (lo == hi) {
        QCOMPARE(range.minValue(), lo - 0.5);
        QCOMPARE(range.maxValue(), hi + 0.5);
    } else {
        QCOMPARE(range.minValue(), lo);
        QCOMPARE(range.maxValue(), hi);
    }

    // Every cell shows its state's colour: before the last tiles arrive, and after.
    const std::unique_ptr<QwtColorMap> map(createColorMap(QStringLiteral("viridis")));
    bool seen[4] = {false, false, false, false};
    for (int stage = 0; stage < 2; ++stage) {
        if (stage == 1) {
            for (std::size_t t = m_tiles.size() / 2; t < m_tiles.size(); ++t)
                view.addTile(m_tiles[t]);
            view.refresh();
        }
        const QwtInterval now = view.colorRange();
        const QImage image = ndtest::canvasImage(&view);
        for (int iy = 0; iy < 7; ++iy)
            for (int ix = 0; ix < 17; ++ix) {
                const State s = view.cellState(ix, iy);
                const QColor c = ndtest::canvasColorAt(&view, image, view.cellPlotPosition(ix, iy));
                QColor expected = Qt::white; // not computed: the canvas shows through
                if (s == State::Defined)
                    expected = QColor::fromRgba(map->rgb(now, m_result.at(ix, iy)));
                else if (s == State::Undefined)
                    expected = HeatMap::undefinedColor();
                else if (s == State::Escaped)
                    expected = HeatMap::escapedColor();
                QVERIFY2(ndtest::nearColor(c, expected), qPrintable(QStringLiteral("cell %1,%2: %3 vs %4")
                                                                        .arg(ix)
                                                                        .arg(iy)
                                                                        .arg(c.name(), expected.name())));
                seen[static_cast<int>(s)] = true;
            }
    }
    QVERIFY(seen[0] && seen[1] && seen[2] && seen[3]);
    // The three cell states without a value look different from each other.
    QVERIFY(!ndtest::nearColor(HeatMap::undefinedColor(), HeatMap::escapedColor(), 60));
    QVERIFY(!ndtest::nearColor(HeatMap::undefinedColor(), Qt::white, 40));
}

void TestParameterPlaneView::clickEmitsCellParameters()
{
    ParameterPlaneView view;
    QVERIFY(ndtest::exposed(&view, {700, 500}));
    view.setResult(m_result, QStringLiteral("a"), QStringLiteral("b"));
    QSignalSpy spy(&view, &ParameterPlaneView::pointClicked);
    for (const auto& [ix, iy] : {std::pair{3, 5}, std::pair{16, 0}, std::pair{0, 6}}) {
        spy.clear();
        ndtest::clickAt(&view, view.cellPlotPosition(ix, iy));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), m_x.from + (m_x.to - m_x.from) * ix / 16.0);
        QCOMPARE(spy.at(0).at(1).toDouble(), m_y.from + (m_y.to - m_y.from) * iy / 6.0);
        const QString readout = view.readoutAt(view.cellPlotPosition(ix, iy));
        QVERIFY(readout.contains(
            QStringLiteral("a = %1").arg(m_result.xValues[static_cast<std::size_t>(ix)], 0, 'g', 8)));
        if (m_result.isDefined(ix, iy))
            QVERIFY(readout.contains(QString::number(m_result.at(ix, iy), 'g', 8)));
    }
    // Outside the raster nothing is emitted.
    spy.clear();
    QVERIFY(!view.cellAt(QPointF(5.0, 0.0)));
}

void TestParameterPlaneView::oneDimensionalScanIsACurve()
{
    const auto logistic = createModel("logistic");
    const PeriodMeasure measure = periodMeasure();
    ScanRequest request;
    request.x = {"r", -1, 2.8, 3.95, 47};
    const ScanResult r = computeScan(*logistic, measure, request);
    ParameterPlaneView view;
    view.setResult(r, QStringLiteral("r"), QString());
    QVERIFY(!view.is2D());
    QCOMPARE(view.rowCount(), 1);
    // One curve per run of defined cells, one shaded zone per run of undefined ones.
    int curveRuns = 0, zoneRuns = 0;
    for (std::size_t i = 0; i < r.values.size(); ++i) {
        const bool first = i == 0 || r.defined[i] != r.defined[i - 1];
        curveRuns += first && r.defined[i];
        zoneRuns += first && !r.defined[i];
    }
    QVERIFY(curveRuns >= 1 && zoneRuns >= 1);
    QCOMPARE(view.itemList(QwtPlotItem::Rtti_PlotCurve).size(), qsizetype(curveRuns));
    QCOMPARE(view.itemList(QwtPlotItem::Rtti_PlotZone).size(), qsizetype(zoneRuns));
    std::size_t drawn = 0;
    for (const QwtPlotItem* item : view.itemList(QwtPlotItem::Rtti_PlotCurve)) {
        const auto* curve = static_cast<const QwtPlotCurve*>(item);
        for (std::size_t k = 0; k < curve->dataSize(); ++k) {
            const QPointF p = curve->sample(k);
            const int ix = qRound((p.x() - 2.8) / (1.15 / 46));
            QVERIFY(r.defined[static_cast<std::size_t>(ix)]);
            QCOMPARE(p.y(), r.values[static_cast<std::size_t>(ix)]);
            ++drawn;
        }
    }
    std::size_t defined = 0;
    for (char d : r.defined)
        defined += d != 0;
    QCOMPARE(drawn, defined);
    // The logistic map has period 2 between r = 3 and 1 + sqrt(6), period 4 just above.
    QCOMPARE(view.cellValue(qRound((3.2 - 2.8) / (1.15 / 46)), 0), 2.0);
    const auto rows = ndtest::csvRows(view.toCsv());
    QCOMPARE(rows.size(), qsizetype(47));
    QVERIFY(rows[0][1].isEmpty()); // no y in a 1-D scan
    QCOMPARE(view.cellAt(QPointF(3.2, 123.0))->first, qRound((3.2 - 2.8) / (1.15 / 46)));
    ndtest::checkFigureExports(&view, QStringLiteral("line"));
}

void TestParameterPlaneView::foldCurveOverlay()
{
    // The Hénon fixed point followed in a from 0.5 down to its fold, then the fold curve in (a, b).
    const auto henon = createModel("henon");
    const Branch fold = ndtest::henonCurve(*henon, ndtest::henonFixedPoint(*henon), "LP");

    for (bool swapped : {false, true}) {
        ParameterPlaneView view;
        ParameterAxis ax{"a", -1, -1.5, 1.5, 5}, ay{"b", -1, -1.5, 0.9, 5};
        if (swapped)
            std::swap(ax, ay);
        view.reset(ax, ay, QStringLiteral("period"), QString());
        view.setCurves({fold});
        const BranchOverlay& overlay = view.curveOverlay();
        QVERIFY(!overlay.segments().empty());
        int points = 0;
        for (const BranchSegment& s : overlay.segments()) {
            QVERIFY(s.stable); // curves are drawn solid
            for (const QPointF& p : s.points) {
                const double a = swapped ? p.y() : p.x(), bb = swapped ? p.x() : p.y();
                QVERIFY(std::fabs(a + (1 - bb) * (1 - bb) / 4) < 1e-7);
                ++points;
            }
        }
        QCOMPARE(points, int(fold.points.size()));
        bool r1 = false;
        for (const BranchLabel& l : overlay.labels())
            if (l.label == QLatin1String("R1")) {
                r1 = true;
                QVERIFY(std::fabs(l.position.x() + 1.0) < 1e-6 && std::fabs(l.position.y() + 1.0) < 1e-6);
            }
        QVERIFY(r1);
        view.clearCurves();
        QVERIFY(view.curveOverlay().isEmpty());
    }
}

void TestParameterPlaneView::messageAndExports()
{
    ParameterPlaneView view;
    view.setResult(m_result, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(view.hasData());
    ndtest::checkFigureExports(&view, QStringLiteral("plane"));
    for (const QString& name : colorMapNames()) {
        view.setColorMapName(name);
        QCOMPARE(view.colorMapName(), name);
    }
    view.setMessage(QStringLiteral("scan refused: too large"));
    QVERIFY(!view.hasData());
    QCOMPARE(view.computedCount(), 0);
    ndtest::checkFigureExports(&view, QStringLiteral("message"));
}

namespace {
// A 40 x 40 plane of values (ix - 20) / 20 in [-1, 0.95], one cell (5, 7) at -110: a Lyapunov
// exponent where the orbit falls onto a superstable point.
ScanResult planeWithOutlier()
{
    ScanResult r;
    r.measure = "largest Lyapunov exponent";
    r.nx = r.ny = 40;
    for (int i = 0; i < 40; ++i) {
        r.xValues.push_back(i / 39.0);
        r.yValues.push_back(i / 39.0);
    }
    for (int iy = 0; iy < 40; ++iy)
        for (int ix = 0; ix < 40; ++ix)
            r.values.push_back(ix == 5 && iy == 7 ? -110.0 : (ix - 20) / 20.0);
    r.defined.assign(r.values.size(), 1);
    r.escaped.assign(r.values.size(), 0);
    r.computed.assign(r.values.size(), 1);
    r.reasons.assign(r.values.size(), {});
    return r;
}
} // namespace

// One wild cell must not paint the rest of the plane in one colour: the automatic range spans
// the 1st to the 99th percentile (here all values but the outlier: [-1, 0.95]), the outlier is
// drawn in the range's end colour and counted in the footer; a user range replaces it.
void TestParameterPlaneView::outlierDoesNotFlattenTheColours()
{
    ParameterPlaneView view;
    QVERIFY(ndtest::exposed(&view, {700, 500}));
    view.setResult(planeWithOutlier(), QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(view.colorRange().minValue(), -1.0);
    QCOMPARE(view.colorRange().maxValue(), 0.95);
    QCOMPARE(view.outsideColorRangeCount(), 1);
    QVERIFY(view.footer().text().contains(QStringLiteral("outside the colour range")));
    const std::unique_ptr<QwtColorMap> map(createColorMap(QStringLiteral("viridis")));
    QImage image = ndtest::canvasImage(&view);
    const QColor lowest = ndtest::canvasColorAt(&view, image, view.cellPlotPosition(0, 20));
    const QColor highest = ndtest::canvasColorAt(&view, image, view.cellPlotPosition(39, 20));
    QVERIFY(ndtest::nearColor(lowest, QColor::fromRgba(map->rgb(QwtInterval(0, 1), 0.0))));
    QVERIFY(ndtest::nearColor(highest, QColor::fromRgba(map->rgb(QwtInterval(0, 1), 1.0))));
    QVERIFY(!ndtest::nearColor(lowest, highest, 100));
    // The outlier takes the low end's colour.
    QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, view.cellPlotPosition(5, 7)), lowest));

    QSignalSpy spy(&view, &ParameterPlaneView::colorRangeChanged);
    view.setColorRange(QwtInterval(-120.0, 10.0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(view.colorRange(), QwtInterval(-120.0, 10.0));
    QVERIFY(view.userColorRange().has_value());
    QCOMPARE(view.outsideColorRangeCount(), 0);
    image = ndtest::canvasImage(&view);
    // Over [-120, 10] the values -1 and 0.95 are 1.5 % apart: nearly one colour.
    QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, view.cellPlotPosition(0, 20)),
                              ndtest::canvasColorAt(&view, image, view.cellPlotPosition(39, 20))));
    view.setColorRange(std::nullopt);
    QVERIFY(!view.userColorRange());
    QCOMPARE(view.colorRange().minValue(), -1.0);
}

// The study's current point is a crosshair on the plane (a vertical line in a 1-D scan).
void TestParameterPlaneView::crosshairMarksTheCurrentPoint()
{
    ParameterPlaneView view;
    view.setResult(planeWithOutlier(), QStringLiteral("a"), QStringLiteral("b"));
    const auto marker = [&view]() -> const QwtPlotMarker* {
        for (const QwtPlotItem* item : view.itemList(QwtPlotItem::Rtti_PlotMarker))
            if (item->isVisible())
                return static_cast<const QwtPlotMarker*>(item);
        return nullptr;
    };
    QVERIFY(!marker());
    view.setCurrentPoint(0.25, 0.75);
    QVERIFY(marker());
    QCOMPARE(marker()->lineStyle(), QwtPlotMarker::Cross);
    QCOMPARE(marker()->value(), QPointF(0.25, 0.75));
    view.setCurrentPoint(0.5, 0.1); // a slider moved
    QCOMPARE(marker()->value(), QPointF(0.5, 0.1));
    ScanResult line = planeWithOutlier();
    line.ny = 1;
    line.yValues = {0.0};
    line.values.resize(40);
    view.setResult(line, QStringLiteral("a"), QString());
    QCOMPARE(marker()->lineStyle(), QwtPlotMarker::VLine);
    QCOMPARE(marker()->xValue(), 0.5);
    view.setCurrentPoint(std::nan(""), std::nan(""));
    QVERIFY(!marker());
}

QTEST_MAIN(TestParameterPlaneView)
#include "tst_parameterplaneview.moc"
