// The synchrony view fed by the engine's results on known signals: R(n), its mean and SD and
// the local order per node against direct sums of exp(i theta) written here, the correlation
// matrix against a direct Pearson coefficient (a constant node makes its pairs undefined), the
// symmetric colour range [-1, 1], colours read back from the canvas, CSV and exports.
#include "measures/synchrony.h"
#include "plots/colormaps.h"
#include "plots/synchronyview.h"
#include "viewchecks.h"

#include <QTest>
#include <qwt_color_map.h>
#include <qwt_plot_marker.h>
#include <qwt_plot_zoneitem.h>
#include <qwt_text.h>

#include <cmath>
#include <complex>
#include <memory>

using namespace nd;

class TestSynchronyView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void orderParameterAgainstDirectSums();
    void correlationMatrixAndColours();
    void perNodeCurvesAndHeader();
    void messageCsvAndExports();
    void conventionsInHeaderAndLegend();

private:
    static constexpr std::size_t kNodes = 8, kSamples = 300;
    std::vector<double> m_phases; // samples x nodes
    std::vector<double> m_signals;
    KuramotoResult m_kuramoto;
    CrossCorrelationResult m_correlation;
};

namespace {
// Node a's samples of a samples x nodes matrix.
std::vector<double> column(const std::vector<double>& v, std::size_t nodes, std::size_t a)
{
    std::vector<double> out;
    for (std::size_t k = a; k < v.size(); k += nodes)
        out.push_back(v[k]);
    return out;
}

double pearson(const std::vector<double>& v, std::size_t nodes, std::size_t, std::size_t a, std::size_t b)
{
    return ndtest::pearson(column(v, nodes, a), column(v, nodes, b));
}
} // namespace

void TestSynchronyView::initTestCase()
{
    // Two groups: nodes 0-3 nearly in step, nodes 4-7 spread out.
    for (std::size_t n = 0; n < kSamples; ++n)
        for (std::size_t j = 0; j < kNodes; ++j)
            m_phases.push_back(0.05 * static_cast<double>(n) *
                                   (1.0 + (j < 4 ? 0.01 : 0.2) * static_cast<double>(j)) +
                               (j < 4 ? 0.0 : 0.9 * static_cast<double>(j)));
    KuramotoOptions ko;
    ko.localHalfWidth = 1;
    m_kuramoto = kuramotoOrder(SeriesView::sampleMajor(m_phases, kSamples, kNodes), ko);
    // Signals: shifted sines, node 5 constant (zero variance).
    for (std::size_t n = 0; n < kSamples; ++n)
        for (std::size_t j = 0; j < kNodes; ++j)
            m_signals.push_back(
                j == 5 ? 2.0 : std::sin(0.07 * static_cast<double>(n) + 0.45 * static_cast<double>(j)));
    CrossCorrelationOptions co;
    co.hub = 0;
    co.threads = 1;
    m_correlation = crossCorrelation(SeriesView::sampleMajor(m_signals, kSamples, kNodes), co);
}

void TestSynchronyView::orderParameterAgainstDirectSums()
{
    SynchronyView view;
    view.setKuramoto(m_kuramoto, 40);
    QVERIFY(view.hasKuramoto() && !view.hasCorrelation());
    std::vector<double> r;
    double mean = 0;
    for (std::size_t n = 0; n < kSamples; ++n) {
        std::complex<double> z;
        for (std::size_t j = 0; j < kNodes; ++j)
            z += std::polar(1.0, m_phases[n * kNodes + j]) / static_cast<double>(kNodes);
        r.push_back(std::abs(z));
        mean += r.back() / kSamples;
    }
    double var = 0;
    for (double v : r)
        var += (v - mean) * (v - mean) / kSamples;
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.orderPlot())->toCsv());
    QCOMPARE(rows.size(), qsizetype(kSamples));
    for (std::size_t n = 0; n < kSamples; ++n) {
        QCOMPARE(rows[qsizetype(n)][0].toULongLong(), quint64(40 + n));
        QVERIFY(std::fabs(rows[qsizetype(n)][1].toDouble() - r[n]) < 1e-12);
    }
    const auto markers = view.orderPlot()->itemList(QwtPlotItem::Rtti_PlotMarker);
    QCOMPARE(markers.size(), qsizetype(1));
    QVERIFY(std::fabs(static_cast<const QwtPlotMarker*>(markers[0])->yValue() - mean) < 1e-12);
    const auto zones = view.orderPlot()->itemList(QwtPlotItem::Rtti_PlotZone);
    QCOMPARE(zones.size(), qsizetype(1));
    const QwtInterval band = static_cast<const QwtPlotZoneItem*>(zones[0])->interval();
    QVERIFY(std::fabs(band.minValue() - (mean - std::sqrt(var))) < 1e-12);
    QVERIFY(std::fabs(band.maxValue() - (mean + std::sqrt(var))) < 1e-12);
}

void TestSynchronyView::correlationMatrixAndColours()
{
    SynchronyView view;
    QVERIFY(ndtest::exposed(&view, {900, 800}));
    view.setCorrelation(m_correlation);
    const HeatMap& m = view.matrix();
    QCOMPARE(m.columns(), int(kNodes));
    QCOMPARE(m.rows(), int(kNodes));
    QCOMPARE(m.valueRange().minValue(), -1.0);
    QCOMPARE(m.valueRange().maxValue(), 1.0);
    const std::unique_ptr<QwtColorMap> map(createColorMap(QStringLiteral("coolwarm")));
    const QImage image = ndtest::canvasImage(view.matrixPlot());
    for (std::size_t i = 0; i < kNodes; ++i)
        for (std::size_t j = 0; j < kNodes; ++j) {
            const double v = m.cell(int(j), int(i));
            const QColor shown =
                ndtest::canvasColorAt(view.matrixPlot(), image, m.cellCentre(int(j), int(i)));
            if (i == 5 || j == 5) {
                QCOMPARE(v, HeatMap::kUndefined);
                QVERIFY(ndtest::nearColor(shown, HeatMap::undefinedColor()));
            } else {
                QVERIFY(std::fabs(v - pearson(m_signals, kNodes, kSamples, i, j)) < 1e-12);
                QVERIFY(ndtest::nearColor(shown, QColor::fromRgba(map->rgb(QwtInterval(-1.0, 1.0), v))));
            }
        }
    QVERIFY(view.matrixReadoutAt(m.cellCentre(2, 1)).contains(QString::number(m.cell(2, 1), 'g', 6)));
    QVERIFY(view.matrixReadoutAt(m.cellCentre(5, 1)).endsWith(QStringLiteral("undefined")));
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.matrixPlot())->toCsv());
    QCOMPARE(rows.size(), qsizetype(kNodes * kNodes));
}

void TestSynchronyView::perNodeCurvesAndHeader()
{
    SynchronyView view;
    view.setCorrelation(m_correlation);
    view.setKuramoto(m_kuramoto);
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.nodePlot())->toCsv());
    QCOMPARE(rows.size(), qsizetype(kNodes));
    for (std::size_t k = 0; k < kNodes; ++k) {
        const auto& row = rows[qsizetype(k)];
        if (k == 5)
            QVERIFY(row[1].isEmpty());
        else
            QVERIFY(std::fabs(row[1].toDouble() - pearson(m_signals, kNodes, kSamples, 0, k)) < 1e-12);
        // Local order: time mean of |mean of exp(i theta)| over nodes k-1, k, k+1 on the ring.
        double local = 0;
        for (std::size_t n = 0; n < kSamples; ++n) {
            std::complex<double> z;
            for (std::size_t d : {kNodes - 1, std::size_t(0), std::size_t(1)})
                z += std::polar(1.0, m_phases[n * kNodes + (k + d) % kNodes]) / 3.0;
            local += std::abs(z) / kSamples;
        }
        QVERIFY(std::fabs(row[2].toDouble() - local) < 1e-12);
    }
    QVERIFY(view.headerText().contains(QStringLiteral("zero-variance nodes: 5")));
    QVERIFY(view.headerText().contains(QString::number(m_kuramoto.mean, 'g', 5)));
}

void TestSynchronyView::messageCsvAndExports()
{
    SynchronyView view;
    view.setCorrelation(m_correlation);
    view.setKuramoto(m_kuramoto);
    QVERIFY(view.hasData());
    const QByteArray csv = view.toCsv();
    QVERIFY(csv.startsWith("# Kuramoto order parameter (spike phases)\nn,R\n"));
    QVERIFY(csv.contains("\n# Cross-correlation matrix\ni,j,correlation,defined\n"));
    QCOMPARE(view.plots().size(), std::size_t(3));
    int i = 0;
    for (const auto& [title, plot] : view.plots())
        ndtest::checkFigureExports(plot, QStringLiteral("synchrony-%1").arg(i++));
    view.setMessage(QStringLiteral("a node spikes fewer than twice"));
    QVERIFY(!view.hasData() && !view.hasCorrelation() && !view.hasKuramoto());
    ndtest::checkFigureExports(view.matrixPlot(), QStringLiteral("synchrony-message"));
}

void TestSynchronyView::conventionsInHeaderAndLegend()
{
    // The header gives the chosen scalar (hub: the mean of row 0 without its diagonal, node 5
    // constant and left out) and the phases; the legend names the phases; a hub off the ring has
    // no local order (an empty CSV field, no point).
    SynchronyView view;
    view.setConventions(CorrelationScalar::Hub, PhaseConvention::Arctan);
    view.setCorrelation(m_correlation);
    KuramotoOptions ko;
    ko.localHalfWidth = 1;
    ko.ring = {true, 0};
    view.setKuramoto(kuramotoOrder(SeriesView::sampleMajor(m_phases, kSamples, kNodes), ko));
    double hub = 0;
    for (std::size_t k = 1; k < kNodes; ++k)
        if (k != 5)
            hub += pearson(m_signals, kNodes, kSamples, 0, k) / 6.0;
    QVERIFY2(view.headerText().contains(QStringLiteral("cross-correlation (hub) = %1").arg(hub, 0, 'g', 5)),
             qPrintable(view.headerText()));
    QVERIFY(view.headerText().contains(QStringLiteral("(arctan phases)")));
    bool legend = false;
    for (const QwtPlotItem* item : view.orderPlot()->itemList(QwtPlotItem::Rtti_PlotCurve))
        legend = legend || item->title().text() == QStringLiteral("R(n), arctan phases");
    QVERIFY(legend);
    QCOMPARE(view.orderPlot()->title().text(), QStringLiteral("Kuramoto order parameter (arctan phases)"));
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.nodePlot())->toCsv());
    QVERIFY(rows[0][2].isEmpty());
    QVERIFY(!rows[1][2].isEmpty());
}

QTEST_MAIN(TestSynchronyView)
#include "tst_synchronyview.moc"
