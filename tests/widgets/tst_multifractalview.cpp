// The multifractal view fed by the engine's results: MFDFA of white noise (h(q) near 1/2) with
// the fitted lines checked against a least-squares slope written here, a series with a constant
// stretch whose zero-variance segments are flagged, an undefined result, and the spectrum of a
// ring network with chords (tau(0) = 0 always); on NeuroMFA's 61-value q grid the log-log plot
// draws the 7 integer q only and says so, while every q keeps its fit and CSV rows.
#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "plots/multifractalview.h"
#include "viewchecks.h"

#include <QTest>
#include <qwt_plot_marker.h>
#include <qwt_text.h>

#include <cmath>

using namespace nd;

class TestMultifractalView : public QObject {
    Q_OBJECT
private slots:
    void whiteNoiseFitsAndTables();
    void zeroVarianceSegmentsFlagged();
    void undefinedResult();
    void networkSpectrum();
    void denseQGridDrawsIntegerQ();
};

namespace {
// Least-squares slope and intercept, the textbook sums.
std::pair<double, double> leastSquares(const std::vector<double>& x, const std::vector<double>& y)
{
    const double n = static_cast<double>(x.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return {slope, (sy - slope * sx) / n};
}
} // namespace

void TestMultifractalView::whiteNoiseFitsAndTables()
{
    MfdfaOptions o;
    o.threads = 1;
    const MfdfaResult r = mfdfa(ndtest::gaussianNoise(4096, 11), o);
    QVERIFY(r.defined);
    MultifractalView view;
    QCOMPARE(view.mode(), MultifractalView::Mode::Empty);
    view.setMfdfa(r);
    QCOMPARE(view.mode(), MultifractalView::Mode::Mfdfa);
    QCOMPARE(view.plots().size(), std::size_t(4));
    QVERIFY(view.flaggedLogScales().empty());
    for (std::size_t qi = 0; qi < r.q.size(); ++qi) {
        std::vector<double> x, y;
        for (std::size_t k = 0; k < r.scales.size(); ++k)
            if (r.scaleUsable[k]) {
                x.push_back(std::log(static_cast<double>(r.scales[k])));
                y.push_back(r.logFq[qi][k]);
            }
        const auto [slope, intercept] = leastSquares(x, y);
        const auto fit = view.fittedLine(qi);
        QVERIFY(fit);
        QVERIFY(std::fabs(fit->slope - slope) < 1e-10);
        QVERIFY(std::fabs(fit->intercept - intercept) < 1e-9);
        QVERIFY(std::fabs(fit->slope - r.h[qi]) < 1e-10);
    }
    // White noise is monofractal with h = 1/2 (loosely at this length, tightest at q = 2).
    const auto q2 = std::find(r.q.begin(), r.q.end(), 2.0) - r.q.begin();
    QVERIFY(std::fabs(r.h[static_cast<std::size_t>(q2)] - 0.5) < 0.08);
    const auto hRows = ndtest::csvRows(dynamic_cast<PlotData*>(view.hPlot())->toCsv());
    QCOMPARE(hRows.size(), qsizetype(r.q.size()));
    for (std::size_t i = 0; i < r.q.size(); ++i) {
        QCOMPARE(hRows[qsizetype(i)][0].toDouble(), r.q[i]);
        QCOMPARE(hRows[qsizetype(i)][1].toDouble(), r.h[i]);
        QCOMPARE(hRows[qsizetype(i)][3].toDouble(), r.rSquared[i]);
    }
    const auto fRows = ndtest::csvRows(dynamic_cast<PlotData*>(view.spectrumPlot())->toCsv());
    for (std::size_t i = 0; i < r.q.size(); ++i) {
        // The Legendre relations hold for the shown numbers: tau = q h - 1, f = q alpha - tau.
        const double tau = r.q[i] * r.h[i] - 1.0;
        QVERIFY(std::fabs(fRows[qsizetype(i)][2].toDouble() -
                          (r.q[i] * fRows[qsizetype(i)][1].toDouble() - tau)) < 1e-9);
    }
    const auto logRows = ndtest::csvRows(dynamic_cast<PlotData*>(view.logLogPlot())->toCsv());
    QCOMPARE(logRows.size(), qsizetype(r.q.size() * r.scales.size()));
    QVERIFY(view.headerText().contains(QString::number(r.width, 'g', 5)));
    int i = 0;
    for (const auto& [title, plot] : view.plots())
        ndtest::checkFigureExports(plot, QStringLiteral("mfdfa-%1").arg(i++));
}

void TestMultifractalView::zeroVarianceSegmentsFlagged()
{
    std::vector<double> x = ndtest::gaussianNoise(4096, 5);
    std::fill(x.begin() + 1000, x.begin() + 2300, 0.25); // a flat stretch: linear profile there
    MfdfaOptions o;
    o.threads = 1;
    const MfdfaResult r = mfdfa(x, o);
    std::vector<double> expected;
    for (std::size_t k = 0; k < r.scales.size(); ++k)
        if (r.zeroVarianceSegments[k] > 0)
            expected.push_back(std::log(static_cast<double>(r.scales[k])));
    QVERIFY(!expected.empty());
    MultifractalView view;
    view.setMfdfa(r);
    QCOMPARE(view.flaggedLogScales(), expected);
    QCOMPARE(view.logLogPlot()->itemList(QwtPlotItem::Rtti_PlotMarker).size(), qsizetype(expected.size()));
    QVERIFY(view.headerText().contains(QStringLiteral("Zero-variance segments left out")));
    // The default q grid has q < 0: the fitting report's flat-segment warning is shown too.
    QVERIFY(view.headerText().contains(QStringLiteral("flat segment(s): h(q &lt; 0)")));
    ndtest::checkFigureExports(view.logLogPlot(), QStringLiteral("mfdfa-flagged"));
}

void TestMultifractalView::undefinedResult()
{
    MfdfaOptions o;
    o.threads = 1;
    const MfdfaResult r = mfdfa(std::vector<double>(2048, 1.5), o);
    QVERIFY(!r.defined);
    MultifractalView view;
    view.setMfdfa(r);
    QVERIFY(!view.hasData());
    QVERIFY(view.headerText().contains(QString::fromStdString(r.reason)));
    QCOMPARE(view.mode(), MultifractalView::Mode::Mfdfa);
    ndtest::checkFigureExports(view.tauPlot(), QStringLiteral("mfdfa-undefined"));
}

void TestMultifractalView::networkSpectrum()
{
    WeightedGraph g;
    g.nodes = 24;
    for (std::size_t i = 0; i < g.nodes; ++i)
        g.edges.push_back({i, (i + 1) % g.nodes, 1.0});
    for (std::size_t i = 0; i < g.nodes; i += 6)
        g.edges.push_back({i, (i + 9) % g.nodes, 0.5});
    NetworkSpectrumOptions o;
    o.threads = 1;
    const NetworkSpectrumResult r = nd::networkSpectrum(g, o);
    QVERIFY(r.defined);
    MultifractalView view;
    view.setNetworkSpectrum(r);
    QCOMPARE(view.mode(), MultifractalView::Mode::Network);
    QCOMPARE(view.plots().size(), std::size_t(3)); // no h(q) for a network
    QVERIFY(view.headerText().contains(QStringLiteral("alpha_0 = <b>%1</b>").arg(r.alpha0, 0, 'g', 5)));
    QVERIFY(view.headerText().contains(QStringLiteral("width = <b>%1</b>").arg(r.width, 0, 'g', 5)));
    // The fit quality and the weighted distances are said with the result; a poor fit is a warning.
    QVERIFY(view.headerText().contains(QStringLiteral("R^2 >= %1").arg(r.minRSquared, 0, 'g', 3)));
    QVERIFY(view.headerText().contains(QStringLiteral("1/|w_ij|")));
    QCOMPARE(view.headerText().contains(QStringLiteral("Poor power-law fit")),
             r.minRSquared < kPoorFitRSquared);
    NetworkSpectrumResult poor = r;
    poor.minRSquared = 0.14;
    view.setNetworkSpectrum(poor);
    QVERIFY(view.headerText().contains(QStringLiteral("Poor power-law fit: R^2 = 0.14")));
    const auto tauRows = ndtest::csvRows(dynamic_cast<PlotData*>(view.tauPlot())->toCsv());
    QCOMPARE(tauRows.size(), qsizetype(r.q.size()));
    for (std::size_t i = 0; i < r.q.size(); ++i) {
        QCOMPARE(tauRows[qsizetype(i)][1].toDouble(), r.tau[i]);
        if (r.q[i] == 0.0) // Z_0(r) = N for every r: tau(0) = 0
            QVERIFY(std::fabs(tauRows[qsizetype(i)][1].toDouble()) < 1e-12);
        std::vector<double> x;
        for (double radius : r.radii)
            x.push_back(std::log(radius / r.diameter));
        QVERIFY(std::fabs(view.fittedLine(i)->slope - leastSquares(x, r.logZ[i]).first) < 1e-10);
    }
    const auto markers = view.spectrumPlot()->itemList(QwtPlotItem::Rtti_PlotMarker);
    QCOMPARE(markers.size(), qsizetype(1));
    QCOMPARE(static_cast<const QwtPlotMarker*>(markers[0])->xValue(), r.alpha0);
    int i = 0;
    for (const auto& [title, plot] : view.plots())
        ndtest::checkFigureExports(plot, QStringLiteral("network-%1").arg(i++));
    // Back to MFDFA: the h(q) plot returns.
    MfdfaOptions mo;
    mo.threads = 1;
    view.setMfdfa(mfdfa(ndtest::gaussianNoise(2048, 2), mo));
    QCOMPARE(view.plots().size(), std::size_t(4));
}

void TestMultifractalView::denseQGridDrawsIntegerQ()
{
    WeightedGraph g;
    g.nodes = 24;
    for (std::size_t i = 0; i < g.nodes; ++i)
        g.edges.push_back({i, (i + 1) % g.nodes, 1.0});
    for (std::size_t i = 0; i < g.nodes; i += 6)
        g.edges.push_back({i, (i + 9) % g.nodes, 0.5});
    NetworkSpectrumOptions o;
    o.threads = 1;
    o.q = neuroMfaQGrid(); // -3, -2.9, ..., 3
    const NetworkSpectrumResult r = nd::networkSpectrum(g, o);
    QVERIFY(r.defined);
    QCOMPARE(r.q.size(), std::size_t(61));
    MultifractalView view;
    view.setNetworkSpectrum(r);
    // One legend entry (point curve) per q drawn: -3, -2, ..., 3.
    QStringList titles;
    for (const QwtPlotItem* item : view.logLogPlot()->itemList(QwtPlotItem::Rtti_PlotCurve))
        if (item->testItemAttribute(QwtPlotItem::Legend))
            titles << item->title().text();
    QCOMPARE(titles, (QStringList{"q = -3", "q = -2", "q = -1", "q = 0", "q = 1", "q = 2", "q = 3"}));
    QVERIFY2(view.headerText().contains(QStringLiteral("draws 7 of the 61 q values (q = -3, -2, -1, 0, 1, 2, 3)")),
             qPrintable(view.headerText()));
    for (std::size_t i = 0; i < r.q.size(); ++i)
        QVERIFY(view.fittedLine(i).has_value());
    QCOMPARE(ndtest::csvRows(dynamic_cast<PlotData*>(view.logLogPlot())->toCsv()).size(),
             qsizetype(r.q.size() * r.radii.size()));
    // An 11-value grid is drawn whole, without the note.
    o.q = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5};
    view.setNetworkSpectrum(nd::networkSpectrum(g, o));
    QVERIFY(!view.headerText().contains(QStringLiteral("q values")));
}

QTEST_MAIN(TestMultifractalView)
#include "tst_multifractalview.moc"
