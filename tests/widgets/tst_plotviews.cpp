// The raster views: the orbit diagram stores columns where they belong, exports its nonzero
// cells as CSV, asks for a recomputation when the user zooms and draws continuation branches
// over its raster (solid up to the logistic flip at r = 3, dashed beyond); the space-time view
// holds the steps x nodes matrix it was given; colour maps blank exact zeros when asked; the
// HeatMap helper keeps cells without values out of the colour range and addresses cells
// centred on descending values; a branch splits at the midpoint where no special point lies.
#include "branchfixtures.h"
#include "model/registry.h"
#include "plots/branchoverlay.h"
#include "plots/colormaps.h"
#include "plots/heatmap.h"
#include "plots/orbitdiagramview.h"
#include "plots/phaseportraitview.h"
#include "plots/spacetimeview.h"
#include "viewchecks.h"

#include "plots/plotstyle.h"
#include "simulate/trajectory.h"

#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <qwt_color_map.h>
#include <qwt_interval.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoomer.h>
#include <qwt_scale_draw.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

using namespace nd;

class TestPlotViews : public QObject {
    Q_OBJECT
private slots:
    void orbitColumnsAndCsv();
    void orbitZoomRequestsWindow();
    void spaceTimeRaster();
    void colorMapsBlankZero();
    void orbitBranchOverlay();
    void heatMapRangeAndCells();
    void splitAtMidpointWithoutSpecialPoint();
    void returnMapTitlesFollowTheLanguage();
    void returnMapDrawsTheMap();
    void spaceTimeOfAnyNetwork();
    void messageWrapsInsideTheCanvas();
    void orbitMarksAndSetsTheParameter();
    void orbitValueAxisHasMargins();
    void orbitShowsEscapedColumns();
    void tickLabelsTellTicksApart();
};

void TestPlotViews::orbitColumnsAndCsv()
{
    OrbitDiagramView view;
    view.reset(QRectF(QPointF(2.0, 0.0), QPointF(4.0, 1.0)), 4, 10, QStringLiteral("r"), QStringLiteral("x"));
    QVERIFY(!view.hasData());
    std::vector<double> density(10, 0.0);
    density[3] = 1.0;
    density[7] = 0.5;
    view.setColumn(2, density);
    view.setColumn(9, density); // out of range: ignored
    view.refresh();
    QCOMPARE(view.filledColumnCount(), 1);
    QCOMPARE(view.density(2, 3), 1.0);
    QCOMPARE(view.density(2, 7), 0.5);
    QCOMPARE(view.density(1, 3), 0.0);
    const auto lines = view.toCsv().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    // Column 2 of 4 over [2, 4] is the engine's 2 + 2 * 2 / 3 (from + (to - from) c / (columns - 1),
    // not a cell centre); bin 3 of 10 over [0, 1] is centred at 0.35.
    const auto first = lines[1].split(',');
    QCOMPARE(first[0].toDouble(), 2.0 + 2.0 * 2.0 / 3.0);
    QCOMPARE(view.columnParameter(0), 2.0);
    QCOMPARE(view.columnParameter(3), 4.0);
    QCOMPARE(view.columnAt(2.0 + 2.0 * 2.0 / 3.0), 2);
    QCOMPARE(view.columnAt(4.0), 3);
    QVERIFY(qAbs(first[1].toDouble() - 0.35) < 1e-12);
    QCOMPARE(first[2].toDouble(), 1.0);
    const auto second = lines[2].split(',');
    QVERIFY(qAbs(second[1].toDouble() - 0.75) < 1e-12);
    QCOMPARE(second[2].toDouble(), 0.5);
}

void TestPlotViews::orbitShowsEscapedColumns()
{
    // A column whose every run escaped is drawn in the escaped colour and counted in the footer:
    // before, it was left blank, like a column not computed, and the exported figure said nothing.
    OrbitDiagramView view;
    view.resize(600, 400);
    view.reset(QRectF(QPointF(0.0, 0.0), QPointF(1.0, 1.0)), 5, 10, QStringLiteral("b"), QStringLiteral("x"));
    QVERIFY(view.footer().isEmpty());
    std::vector<double> density(10, 0.0);
    density[4] = 1.0;
    view.setColumn(0, density);
    view.setColumn(1, std::vector<double>(10, 0.0));
    view.setColumnEscaped(1);
    view.setColumnEscaped(1); // counted once
    view.refresh();
    QCOMPARE(view.escapedColumnCount(), 1);
    QCOMPARE(view.filledColumnCount(), 2);
    QVERIFY2(view.footer().text().contains(QStringLiteral("in 1 of 5 columns")), qPrintable(view.footer().text()));
    QCOMPARE(view.density(1, 4), 0.0); // CSV and read-out see no density there
    QCOMPARE(view.toCsv().trimmed().split('\n').size(), 2);
    QVERIFY(view.readoutAt(QPointF(view.columnParameter(1), 0.5)).contains(QStringLiteral("escaped")));
    QVERIFY(ndtest::exposed(&view, QSize(600, 400)));
    const QImage image = ndtest::canvasImage(&view);
    QVERIFY(ndtest::nearColor(ndtest::canvasColorAt(&view, image, QPointF(view.columnParameter(1), 0.2)),
                              HeatMap::escapedColor()));
    QVERIFY(!ndtest::nearColor(ndtest::canvasColorAt(&view, image, QPointF(view.columnParameter(3), 0.2)),
                               HeatMap::escapedColor()));
    // A new computation starts without escapes.
    view.reset(QRectF(QPointF(0.0, 0.0), QPointF(1.0, 1.0)), 5, 10, QStringLiteral("b"), QStringLiteral("x"));
    QCOMPARE(view.escapedColumnCount(), 0);
    QVERIFY(view.footer().isEmpty());
}

void TestPlotViews::tickLabelsTellTicksApart()
{
    // Qwt's labels have 6 significant digits: a colour bar over [1 - 1e-8, 1] read "1" at every
    // tick (failed before: one distinct label). Labels get the digits the tick step needs, and an
    // ordinary range keeps its short labels.
    QwtPlot plot;
    applyPlotStyle(&plot);
    auto labels = [&](double lo, double hi) {
        plot.setAxisScale(QwtAxis::YLeft, lo, hi);
        plot.updateAxes();
        const QwtScaleDraw* draw = plot.axisScaleDraw(QwtAxis::YLeft);
        QStringList out;
        for (double t : draw->scaleDiv().ticks(QwtScaleDiv::MajorTick))
            out << draw->label(t).text();
        return out;
    };
    const QStringList narrow = labels(1.0 - 1e-8, 1.0);
    QVERIFY(narrow.size() >= 3);
    QCOMPARE(QSet<QString>(narrow.begin(), narrow.end()).size(), narrow.size());
    QCOMPARE(narrow.last(), QStringLiteral("1"));
    const QStringList zoomed = labels(3.56990, 3.56995);
    QCOMPARE(QSet<QString>(zoomed.begin(), zoomed.end()).size(), zoomed.size());
    const QStringList plain = labels(0.0, 1.0);
    QVERIFY2(plain.contains(QStringLiteral("0.2")) && plain.contains(QStringLiteral("0")), qPrintable(plain.join(',')));
}

void TestPlotViews::orbitZoomRequestsWindow()
{
    OrbitDiagramView view;
    view.resize(400, 300);
    view.reset(QRectF(QPointF(0.0, -1.0), QPointF(1.0, 1.0)), 10, 10, QStringLiteral("b"),
               QStringLiteral("x"));
    QSignalSpy spy(&view, &OrbitDiagramView::windowRequested);
    view.zoomer()->zoom(QRectF(QPointF(0.2, -0.5), QPointF(0.4, 0.5)));
    QCOMPARE(spy.count(), 1);
    const QRectF r = spy.at(0).at(0).toRectF();
    QVERIFY(qAbs(r.left() - 0.2) < 1e-9 && qAbs(r.right() - 0.4) < 1e-9);
    QVERIFY(qAbs(r.top() + 0.5) < 1e-9 && qAbs(r.bottom() - 0.5) < 1e-9);
    // Showing the recomputed window does not ask again.
    view.reset(r, 10, 10, QStringLiteral("b"), QStringLiteral("x"));
    QCOMPARE(spy.count(), 1);
    // Zooming back out to the base asks for the first window, not for the margins shown around it.
    view.zoomer()->zoom(-1);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toRectF(), QRectF(QPointF(0.0, -1.0), QPointF(1.0, 1.0)));
}

void TestPlotViews::spaceTimeRaster()
{
    SpaceTimeView view;
    QVERIFY(!view.hasData());
    // 3 steps x 2 nodes.
    view.setRaster(2, 100, 5, {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}, QStringLiteral("x"));
    QCOMPARE(view.nodeCount(), 2);
    QCOMPARE(view.stepCount(), 3);
    QCOMPARE(view.value(1, 0), 3.0);
    QCOMPARE(view.value(2, 1), 6.0);
    const auto lines = view.toCsv().trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("step,node0,node1"));
    QCOMPARE(lines[2], QByteArray("105,3,4"));
    view.clear();
    QVERIFY(!view.hasData());
}

void TestPlotViews::colorMapsBlankZero()
{
    const QwtInterval unit(0.0, 1.0);
    for (const QString& name : colorMapNames()) {
        std::unique_ptr<QwtColorMap> blank(createColorMap(name, true));
        std::unique_ptr<QwtColorMap> plain(createColorMap(name, false));
        QCOMPARE(QColor(blank->rgb(unit, 0.0)), QColor(Qt::white));
        QCOMPARE(blank->rgb(unit, 1.0), plain->rgb(unit, 1.0));
        QVERIFY(!colorMapDisplayName(name).isEmpty());
    }
    std::unique_ptr<QwtColorMap> grey(createColorMap(QStringLiteral("grey")));
    QCOMPARE(QColor(grey->rgb(unit, 1.0)), QColor(Qt::black));
}

void TestPlotViews::orbitBranchOverlay()
{
    const auto logistic = createModel("logistic");
    const Branch fixed = ndtest::logisticFixedPoint(*logistic);
    OrbitDiagramView view;
    view.reset(QRectF(QPointF(2.5, 0.0), QPointF(3.6, 1.0)), 110, 100, QStringLiteral("r"),
               QStringLiteral("x"));
    // The attractor of each column by direct iteration, so the branches are drawn over a real diagram.
    for (int c = 0; c < 110; ++c) {
        const double r = 2.5 + 1.1 * (c + 0.5) / 110;
        std::vector<double> density(100, 0.0);
        double x = 0.4;
        for (int n = 0; n < 3000; ++n) {
            x = r * x * (1 - x);
            if (n >= 2000)
                density[std::min(99, static_cast<int>(x * 100))] = 1.0;
        }
        view.setColumn(c, density);
    }
    view.refresh();
    view.setBranches({fixed, ndtest::logisticTwoCycle(*logistic, fixed)}, 0, logistic.get());
    ndtest::checkFigureExports(&view, QStringLiteral("orbit-branches"));
    view.setBranches({fixed}, 0, logistic.get());
    const auto& segments = view.branchOverlay().segments();
    QCOMPARE(segments.size(), std::size_t(2));
    QVERIFY(segments[0].stable && !segments[1].stable);
    // Split at the flip of the fixed point x = 1 - 1/r at r = 3.
    QVERIFY(std::fabs(segments[0].points.back().x() - 3.0) < 1e-9);
    QVERIFY(std::fabs(segments[1].points.front().x() - 3.0) < 1e-9);
    QVERIFY(std::fabs(segments[1].points.front().y() - 2.0 / 3.0) < 1e-9);
    QCOMPARE(view.branchOverlay().labels().size(), std::size_t(1));
    view.clearBranches();
    QVERIFY(view.branchOverlay().isEmpty());
}

void TestPlotViews::heatMapRangeAndCells()
{
    QwtPlot plot;
    HeatMap heat(&plot);
    // Centres 4, 3, 2 (descending) by 0, 1.
    heat.setCentres({4.0, 3.0, 2.0}, {0.0, 1.0});
    QCOMPARE(heat.bounds(), QRectF(QPointF(1.5, -0.5), QPointF(4.5, 1.5)));
    QCOMPARE(heat.cellCentre(0, 0), QPointF(4.0, 0.0));
    QCOMPARE(heat.cellCentre(2, 1), QPointF(2.0, 1.0));
    QCOMPARE(*heat.cellAt(QPointF(4.3, 0.2)), std::make_pair(0, 0));
    QCOMPARE(*heat.cellAt(QPointF(2.4, 1.4)), std::make_pair(2, 1));
    QVERIFY(!heat.cellAt(QPointF(4.6, 0.0)));
    heat.setCell(0, 0, 5.0);
    heat.setCell(1, 0, HeatMap::kUndefined);
    heat.setCell(2, 0, HeatMap::kEscaped);
    heat.setCell(0, 1, -2.0);
    // (1, 1) and (2, 1) stay not computed.
    QVERIFY(std::isnan(heat.cell(1, 1)));
    QCOMPARE(heat.cell(0, 0), 5.0);
    QCOMPARE(heat.valueRange().minValue(), -2.0);
    QCOMPARE(heat.valueRange().maxValue(), 5.0);
    heat.setFixedRange(QwtInterval(-1.0, 1.0));
    QCOMPARE(heat.valueRange().maxValue(), 1.0);
    heat.setFixedRange(std::nullopt);
    heat.fill(HeatMap::kUndefined);
    QCOMPARE(heat.valueRange().minValue(), 0.0); // nothing finite: a unit range
    heat.setCell(1, 1, 3.0);
    QCOMPARE(heat.valueRange().minValue(), 2.5); // one value: a unit-wide range around it
    heat.setCategories({Qt::red, Qt::blue, Qt::green});
    QCOMPARE(heat.valueRange().maxValue(), 3.0);
    heat.refresh();
    QVERIFY(!plot.isAxisVisible(QwtAxis::YRight)); // categories: no colour bar
}

void TestPlotViews::splitAtMidpointWithoutSpecialPoint()
{
    Branch b;
    for (int i = 0; i < 4; ++i)
        b.points.push_back({{double(i)}, {10.0 * i}, {}, i < 2});
    const auto at = [](const BranchPoint& p, std::size_t) -> std::optional<QPointF> {
        return QPointF(p.parameters[0], p.state[0]);
    };
    auto segments = splitByStability(b, 0, at);
    QCOMPARE(segments.size(), std::size_t(2));
    QCOMPARE(segments[0].points, QPolygonF({QPointF(0, 0), QPointF(1, 10), QPointF(1.5, 15)}));
    QCOMPARE(segments[1].points, QPolygonF({QPointF(1.5, 15), QPointF(2, 20), QPointF(3, 30)}));
    // With a located point at index 2, both pieces end there.
    b.specialPoints.push_back({"LP", "", 2, b.points[2], std::nullopt, 0.0, {}});
    segments = splitByStability(b, 0, at);
    QCOMPARE(segments[0].points.back(), QPointF(2, 20));
    QCOMPARE(segments[1].points.front(), QPointF(2, 20));
    // A point that cannot be placed breaks the line.
    const auto gap = [](const BranchPoint& p, std::size_t i) -> std::optional<QPointF> {
        if (i == 1)
            return std::nullopt;
        return QPointF(p.parameters[0], p.state[0]);
    };
    segments = splitByStability(b, 0, gap);
    QCOMPARE(segments.size(), std::size_t(2));
    QCOMPARE(segments[0].points.size(), qsizetype(1));
}

namespace {
// Every text becomes «text»: a stand-in language whose texts are recognisable.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return source && *source ? QStringLiteral("«%1»").arg(QString::fromUtf8(source)) : QString();
    }
};
} // namespace

// A return map's axis titles are texts of the view's (x(n), x(n+1)): they follow the language
// while the map is shown, and the variable's name stays as it is.
void TestPlotViews::returnMapTitlesFollowTheLanguage()
{
    PhasePortraitView v;
    v.setReturnMap({0.1, 0.5, 0.9, 0.3}, QStringLiteral("u"), true);
    QCOMPARE(v.axisTitle(QwtAxis::XBottom).text(), QStringLiteral("u(n)"));
    QCOMPARE(v.axisTitle(QwtAxis::YLeft).text(), QStringLiteral("u(n+1)"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString x = v.axisTitle(QwtAxis::XBottom).text(), y = v.axisTitle(QwtAxis::YLeft).text();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(x, QStringLiteral("«u(n)»"));
    QCOMPARE(y, QStringLiteral("«u(n+1)»"));
    QCOMPARE(v.axisTitle(QwtAxis::XBottom).text(), QStringLiteral("u(n)"));
    // An orbit's own labels are the caller's: no longer rewritten once it replaces the map.
    v.setOrbit({0.0, 1.0}, {1.0, 0.0}, QStringLiteral("x"), QStringLiteral("y"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString orbitX = v.axisTitle(QwtAxis::XBottom).text();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(orbitX, QStringLiteral("x"));
}

// The logistic map at r = 3.2 settles on a 2-cycle: two dots and a cobweb that, without the
// parabola, show nothing of the map. Its graph is drawn over the orbit's range widened, and
// every point of it is r u (1 - u).
void TestPlotViews::returnMapDrawsTheMap()
{
    const auto logistic = createModel("logistic");
    logistic->setParameter("r", 3.2);
    std::vector<double> x{0.3};
    for (int n = 0; n < 2000; ++n)
        x.push_back(3.2 * x.back() * (1.0 - x.back()));
    x.erase(x.begin(), x.end() - 50); // on the cycle: two values
    PhasePortraitView v;
    v.setReturnMap(x, QStringLiteral("x"), true, logistic.get());
    const auto graph = v.mapGraph();
    QVERIFY(graph.size() > 100);
    for (const QPointF& p : graph)
        QVERIFY(std::fabs(p.y() - 3.2 * p.x() * (1.0 - p.x())) < 1e-12);
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    const QPointF range = v.graphRange();
    QCOMPARE(graph.front().x(), range.x());
    QCOMPARE(graph.back().x(), range.y());
    QVERIFY(range.x() < *lo - 0.1 && range.y() > *hi + 0.1); // beyond the two points
    QVERIFY(v.cobwebPointCount() > 0);
    // A fixed point (r = 2.5, x* = 0.6) still gets a stretch of the map around it.
    logistic->setParameter("r", 2.5);
    v.setReturnMap(std::vector<double>(40, 0.6), QStringLiteral("x"), false, logistic.get());
    QVERIFY(v.graphRange().y() - v.graphRange().x() >= 0.2 - 1e-12);
    QVERIFY(v.graphRange().x() < 0.6 && v.graphRange().y() > 0.6);
    // No model (or a flow): no graph; an orbit of two variables drops it.
    v.setReturnMap(x, QStringLiteral("x"), false);
    QVERIFY(v.mapGraph().empty());
    v.setReturnMap(x, QStringLiteral("x"), false, logistic.get());
    v.setOrbit({0.0, 1.0}, {1.0, 0.0}, QStringLiteral("x"), QStringLiteral("y"));
    QVERIFY(v.mapGraph().empty());
}

// Kuramoto names its phases theta0, theta1, ...: the space-time plot takes the nodes the
// network reports, not names of the form x<i>, and shows the sines of the phases (issue 22.7:
// continuous where a phase wraps). A map network's rows are its nodes' x, a single neuron has none.
void TestPlotViews::spaceTimeOfAnyNetwork()
{
    const auto kuramoto = createModel("kuramoto", {{"N", "3"}});
    Trajectory t;
    t.names = kuramoto->variableNames();
    QCOMPARE(t.names.front(), std::string("theta0"));
    t.values = {0.5, 7.0, -1.0, 13.0, 2.0, 3.0};
    t.firstStep = 10;
    SpaceTimeView view;
    QVERIFY(view.setTrajectory(t, *kuramoto, 600));
    QCOMPARE(view.nodeCount(), 3);
    QCOMPARE(view.stepCount(), 2);
    for (int s = 0; s < 2; ++s)
        for (int i = 0; i < 3; ++i) {
            const double phase = t.values[static_cast<std::size_t>(3 * s + i)];
            QVERIFY(std::fabs(view.value(s, i) - std::sin(phase)) < 1e-12);
        }
    // A ring-star of Chialvo neurons: the x of every node, in node order, whatever else is recorded.
    const auto ring = createModel("ring-star");
    Trajectory r;
    r.names = ring->variableNames();
    for (std::size_t i = 0; i < r.names.size(); ++i)
        r.values.push_back(static_cast<double>(i));
    QVERIFY(view.setTrajectory(r, *ring, 600));
    QCOMPARE(view.nodeCount(), 10);
    for (int node = 0; node < 10; ++node)
        QCOMPARE(r.names[static_cast<std::size_t>(view.value(0, node))], "x" + std::to_string(node));
    const auto chialvo = createModel("chialvo");
    Trajectory one;
    one.names = chialvo->variableNames();
    one.values = {0.1, 0.2};
    QVERIFY(!view.setTrajectory(one, *chialvo, 600));
    QVERIFY(!view.hasData());
}

// A long message (the Kuramoto example's "not part of this study") wraps inside the canvas
// instead of running off both sides.
void TestPlotViews::messageWrapsInsideTheCanvas()
{
    OrbitDiagramView view;
    QVERIFY(ndtest::exposed(&view, QSize(420, 320)));
    const QString text =
        QStringLiteral("The orbit diagram is not part of this study. Switch it on with \"Compute\" "
                       "above or in the Analysis menu to compute it and save its settings with the "
                       "study.");
    view.setMessage(text);
    QCOMPARE(plotMessage(&view), text);
    const QImage image = ndtest::canvasImage(&view);
    // The message's dark red ink.
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > c.green() + 50 && c.red() > c.blue() + 50) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    QVERIFY(right > left);
    QVERIFY2(
        left >= 4 && right <= image.width() - 5,
        qPrintable(QStringLiteral("ink from x = %1 to %2 of %3").arg(left).arg(right).arg(image.width())));
    QVERIFY(bottom - top > 3 * view.fontMetrics().height()); // several lines
}

// The orbit diagram marks the study's current parameter value with a line and, on a Ctrl+click,
// offers the value of the column under the cursor (a plain click is left to zooming).
void TestPlotViews::orbitMarksAndSetsTheParameter()
{
    OrbitDiagramView view;
    QVERIFY(ndtest::exposed(&view, QSize(500, 400)));
    view.reset(QRectF(QPointF(2.0, 0.0), QPointF(4.0, 1.0)), 201, 50, QStringLiteral("r"),
               QStringLiteral("x"));
    QVERIFY(std::isnan(view.currentParameter()));
    view.setCurrentParameter(3.3);
    QCOMPARE(view.currentParameter(), 3.3);
    const auto markers = view.itemList(QwtPlotItem::Rtti_PlotMarker);
    QVERIFY(std::any_of(markers.begin(), markers.end(), [](const QwtPlotItem* item) {
        const auto* m = static_cast<const QwtPlotMarker*>(item);
        return m->isVisible() && m->lineStyle() == QwtPlotMarker::VLine && m->xValue() == 3.3;
    }));
    QSignalSpy spy(&view, &OrbitDiagramView::parameterClicked);
    const QPoint at(qRound(view.transform(QwtAxis::XBottom, 3.502)),
                    qRound(view.transform(QwtAxis::YLeft, 0.5)));
    QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::ControlModifier, at);
    QCOMPARE(spy.count(), 1);
    // Columns every 0.01, two pixels each: the one under 3.502 is 3.50 (column 150).
    const double value = spy.at(0).at(0).toDouble();
    QCOMPARE(value, view.columnParameter(150));
    QVERIFY(std::fabs(value - 3.5) < 1e-12);
    QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(spy.count(), 1);
    QVERIFY(view.readoutAt(QPointF(3.504, 0.5)).contains(QStringLiteral("r = 3.5")));
    view.setCurrentParameter(std::nan(""));
    QVERIFY(std::none_of(markers.begin(), markers.end(),
                         [](const QwtPlotItem* item) { return item->isVisible(); }));
}

// A fixed point at the very end of the automatic value range (Chialvo for b > 0.6) must not lie
// under the frame: the value axis reaches beyond the range on both sides, the parameter axis
// covers whole columns.
void TestPlotViews::orbitValueAxisHasMargins()
{
    OrbitDiagramView view;
    view.reset(QRectF(QPointF(0.0, -2.0), QPointF(1.0, 3.0)), 11, 100, QStringLiteral("b"),
               QStringLiteral("x"));
    const QwtInterval y = view.axisInterval(QwtAxis::YLeft);
    QVERIFY(y.minValue() < -2.0 - 0.1 && y.maxValue() > 3.0 + 0.1);
    const QwtInterval x = view.axisInterval(QwtAxis::XBottom);
    QVERIFY(std::fabs(x.minValue() + 0.05) < 1e-12 && std::fabs(x.maxValue() - 1.05) < 1e-12);
}

QTEST_MAIN(TestPlotViews)
#include "tst_plotviews.moc"
