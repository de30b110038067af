// The raster views: the orbit diagram stores columns where they belong, exports its nonzero
// cells as CSV and asks for a recomputation when the user zooms; the space-time view holds
// the steps x nodes matrix it was given; colour maps blank exact zeros when asked.
#include "plots/colormaps.h"
#include "plots/orbitdiagramview.h"
#include "plots/spacetimeview.h"

#include <QSignalSpy>
#include <QTest>
#include <qwt_color_map.h>
#include <qwt_interval.h>
#include <qwt_plot_zoomer.h>

#include <memory>

using namespace nd;

class TestPlotViews : public QObject {
    Q_OBJECT
private slots:
    void orbitColumnsAndCsv();
    void orbitZoomRequestsWindow();
    void spaceTimeRaster();
    void colorMapsBlankZero();
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
    // Column 2 of 4 over [2, 4] is centred at 3.25; bin 3 of 10 over [0, 1] at 0.35.
    const auto first = lines[1].split(',');
    QCOMPARE(first[0].toDouble(), 3.25);
    QVERIFY(qAbs(first[1].toDouble() - 0.35) < 1e-12);
    QCOMPARE(first[2].toDouble(), 1.0);
    const auto second = lines[2].split(',');
    QVERIFY(qAbs(second[1].toDouble() - 0.75) < 1e-12);
    QCOMPARE(second[2].toDouble(), 0.5);
}

void TestPlotViews::orbitZoomRequestsWindow()
{
    OrbitDiagramView view;
    view.resize(400, 300);
    view.reset(QRectF(QPointF(0.0, -1.0), QPointF(1.0, 1.0)), 10, 10, QStringLiteral("b"), QStringLiteral("x"));
    QSignalSpy spy(&view, &OrbitDiagramView::windowRequested);
    view.zoomer()->zoom(QRectF(QPointF(0.2, -0.5), QPointF(0.4, 0.5)));
    QCOMPARE(spy.count(), 1);
    const QRectF r = spy.at(0).at(0).toRectF();
    QVERIFY(qAbs(r.left() - 0.2) < 1e-9 && qAbs(r.right() - 0.4) < 1e-9);
    QVERIFY(qAbs(r.top() + 0.5) < 1e-9 && qAbs(r.bottom() - 0.5) < 1e-9);
    // Showing the recomputed window does not ask again.
    view.reset(r, 10, 10, QStringLiteral("b"), QStringLiteral("x"));
    QCOMPARE(spy.count(), 1);
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

QTEST_MAIN(TestPlotViews)
#include "tst_plotviews.moc"
