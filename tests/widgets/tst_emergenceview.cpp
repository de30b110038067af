// The emergence view (issue 22 point 3) fed a series whose numbers the test sets by hand: one
// spectrum curve per checkpoint coloured from blue (early) to red (late) with its band, alpha_0,
// width and E over the steps with E on the right axis, the scores plot only with scores, the
// CSV of each plot holding exactly the numbers given, the exports decoding, and the message of
// a canceled series.
#include "plots/emergenceview.h"
#include "viewchecks.h"

#include <QApplication>
#include <QPen>
#include <QTest>
#include <qwt_plot_curve.h>
#include <qwt_plot_intervalcurve.h>

using namespace nd;

class TestEmergenceView : public QObject {
    Q_OBJECT
private slots:
    void drawsTheSeries();
    void scoresOnlyWithScores();
    void canceledShowsWhy();
};

namespace {

NeuroMfaSeriesResult series()
{
    NeuroMfaSeriesResult r;
    const double steps[] = {0, 10, 100};
    for (int k = 0; k < 3; ++k) {
        NeuroMfaCheckpointResult c;
        c.checkpoint = {"step" + std::to_string(static_cast<int>(steps[k])) + ".npz", steps[k]};
        for (int i = 0; i < 5; ++i) {
            c.alphaQ.push_back(-1.0 + 0.5 * i);
            c.alphaMean.push_back(1.0 + 0.1 * i - 0.2 * k);
            c.alphaSd.push_back(0.01);
            c.fMean.push_back(-0.1 * (i - 2) * (i - 2));
            c.fSd.push_back(0.02);
        }
        c.subnetworks.resize(2);
        c.passing = 2;
        r.checkpoints.push_back(c);
        EmergencePoint p;
        p.step = steps[k];
        p.samples = 2;
        p.alpha0Mean = 1.2 - 0.2 * k;
        p.widthMean = 0.4 + 0.1 * k;
        p.emergence = k == 0 ? 0.0 : p.widthMean / 0.4 * std::log(1.2 / p.alpha0Mean);
        p.defined = true;
        r.emergence.points.push_back(p);
    }
    r.emergence.defined = true;
    return r;
}

template <typename Item> std::vector<Item*> items(QwtPlot* plot)
{
    std::vector<Item*> out;
    for (QwtPlotItem* i : plot->itemList())
        if (auto* c = dynamic_cast<Item*>(i))
            out.push_back(c);
    return out;
}

} // namespace

void TestEmergenceView::drawsTheSeries()
{
    EmergenceView view;
    view.resize(800, 600);
    view.setResult(series());
    const auto curves = items<QwtPlotCurve>(view.spectraPlot());
    QCOMPARE(curves.size(), std::size_t{3});
    QCOMPARE(items<QwtPlotIntervalCurve>(view.spectraPlot()).size(), std::size_t{3}); // the bands
    // Early blue, late red (coolwarm).
    const QColor early = curves.front()->pen().color(), late = curves.back()->pen().color();
    QVERIFY(early.blue() > early.red());
    QVERIFY(late.red() > late.blue());
    QCOMPARE(curves[1]->dataSize(), std::size_t{5});
    QCOMPARE(curves[1]->sample(4), QPointF(1.0 + 0.4 - 0.2, -0.4));
    // alpha_0, width and E; E on the right axis.
    const auto metrics = items<QwtPlotCurve>(view.metricsPlot());
    QCOMPARE(metrics.size(), std::size_t{3});
    QCOMPARE(metrics[2]->yAxis(), QwtAxisId(QwtAxis::YRight));
    QCOMPARE(metrics[2]->sample(2).y(), 0.6 / 0.4 * std::log(1.2 / 0.8));
    // The CSV holds the numbers given.
    const QByteArray csv = view.metricsPlot() ? dynamic_cast<DataPlot*>(view.metricsPlot())->toCsv() : QByteArray();
    const QList<QByteArray> rows = csv.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], QByteArray("step,alpha0_mean,alpha0_sd,width_mean,width_sd,emergence"));
    const QList<QByteArray> last = rows[3].split(',');
    QCOMPARE(last[0].toDouble(), 100.0);
    QCOMPARE(last[1].toDouble(), 1.2 - 0.4);
    QCOMPARE(last[3].toDouble(), 0.4 + 0.2);
    QCOMPARE(last[5].toDouble(), metrics[2]->sample(2).y());
    const QByteArray spectra = dynamic_cast<DataPlot*>(view.spectraPlot())->toCsv();
    QCOMPARE(spectra.count('\n'), 1 + 3 * 5);
    QVERIFY(!view.scoresPlot()->isVisibleTo(&view));
    QVERIFY(view.headerText().contains("3 checkpoints"));
    ndtest::checkFigureExports(view.spectraPlot(), "emergence-spectra");
    ndtest::checkFigureExports(view.metricsPlot(), "emergence-metrics");
}

void TestEmergenceView::scoresOnlyWithScores()
{
    BenchmarkScores scores = parseBenchmarkScores("step,piqa,sciq\n0,0.5,0.6\n100,0.55,\n", "scores.csv");
    EmergenceView view;
    view.resize(800, 600);
    view.setResult(series(), scores);
    QVERIFY(view.scoresPlot()->isVisibleTo(&view));
    const auto curves = items<QwtPlotCurve>(view.scoresPlot());
    QCOMPARE(curves.size(), std::size_t{3}); // E, piqa, sciq
    QCOMPARE(curves[1]->dataSize(), std::size_t{2});
    QCOMPARE(curves[2]->dataSize(), std::size_t{1}); // the empty field is a missing score
    QCOMPARE(curves[2]->pen().style(), Qt::DashLine);
    ndtest::checkFigureExports(view.scoresPlot(), "emergence-scores");
    // A new result without scores hides the plot again.
    view.setResult(series());
    QVERIFY(!view.scoresPlot()->isVisibleTo(&view));
}

void TestEmergenceView::canceledShowsWhy()
{
    EmergenceView view;
    NeuroMfaSeriesResult r = series();
    r.outcome = Outcome::Canceled;
    view.setResult(r);
    QVERIFY(view.headerText().contains("canceled"));
    QVERIFY(!view.hasData());
}

QTEST_MAIN(TestEmergenceView)
#include "tst_emergenceview.moc"
