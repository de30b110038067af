// The 0-1 test view fed by the engine's result for the chaotic logistic map (r = 4): the K_c
// table, the p-q trajectory of any chosen c against a direct complex sum, M_c(1) against the
// identity M_c(1) = mean of x_j^2 (j >= 2), D_c(n) against its definition and K_c against the
// correlation of that D_c(n) with n; the oversampling warning for a slowly sampled sine.
#include "measures/zeroone.h"
#include "plots/zerooneview.h"
#include "viewchecks.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <complex>
#include <numeric>

using namespace nd;

class TestZeroOneView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void kcTableAndHeader();
    void trajectoryAndDisplacementOfTheMedianC();
    void selectingAnotherC();
    void clickOnKcPlotSelects();
    void withoutTheSeries();
    void oversamplingWarning();
    void messageCsvAndExports();

private:
    std::vector<double> m_series;
    ZeroOneResult m_result;
};

namespace {
// z(N) = sum_j x_j exp(i j c), j = 1..N.
std::complex<double> endPoint(const std::vector<double>& x, double c)
{
    std::complex<double> z;
    for (std::size_t j = 0; j < x.size(); ++j)
        z += x[j] * std::polar(1.0, static_cast<double>(j + 1) * c);
    return z;
}

void checkSelected(const ZeroOneView& view, const std::vector<double>& x, const ZeroOneResult& r)
{
    const std::size_t ci = static_cast<std::size_t>(view.selectedIndex());
    const double c = r.c[ci];
    const auto& p = view.shownP();
    const auto& q = view.shownQ();
    QCOMPARE(p.size(), x.size());
    QVERIFY(std::fabs(p[0] - x[0] * std::cos(c)) < 1e-15 && std::fabs(q[0] - x[0] * std::sin(c)) < 1e-15);
    const std::complex<double> z = endPoint(x, c);
    QVERIFY(std::abs(std::complex<double>(p.back(), q.back()) - z) < 1e-9 * (1.0 + std::abs(z)));
    // |z(j+1) - z(j)|^2 = x_{j+1}^2 whatever c is.
    double m1 = 0;
    for (std::size_t j = 1; j < x.size(); ++j)
        m1 += x[j] * x[j];
    m1 /= static_cast<double>(x.size() - 1);
    QVERIFY(std::fabs(view.shownM().front() - m1) < 1e-9 * m1);
    double mean = 0;
    for (double v : x)
        mean += v / static_cast<double>(x.size());
    const auto& d = view.shownD();
    QCOMPARE(d.size(), r.nCut);
    for (std::size_t n = 1; n <= d.size(); n += 37)
        QCOMPARE(d[n - 1], view.shownM()[n - 1] - mean * mean * (1 - std::cos(n * c)) / (1 - std::cos(c)));
    std::vector<double> n(d.size());
    std::iota(n.begin(), n.end(), 1.0);
    QVERIFY(std::fabs(ndtest::pearson(n, d) - r.kc[ci]) < 1e-9);
}
} // namespace

void TestZeroOneView::initTestCase()
{
    double x = 0.3;
    for (int n = 0; n < 100; ++n)
        x = 4.0 * x * (1.0 - x);
    for (int n = 0; n < 2000; ++n) {
        x = 4.0 * x * (1.0 - x);
        m_series.push_back(x);
    }
    ZeroOneOptions o;
    o.cCount = 20;
    o.seed = 3;
    o.threads = 1;
    m_result = zeroOneTest(m_series, o);
    QVERIFY(m_result.defined);
    QVERIFY(m_result.k > 0.9); // chaotic
}

void TestZeroOneView::kcTableAndHeader()
{
    ZeroOneView view;
    QVERIFY(!view.hasData());
    view.setResult(m_result, m_series);
    QVERIFY(view.hasData());
    QCOMPARE(view.selectedIndex(), static_cast<int>(m_result.displayIndex));
    QVERIFY(view.headerText().contains(QStringLiteral("K = %1").arg(m_result.k, 0, 'g', 6)));
    QVERIFY(view.headerText().contains(QStringLiteral("n_cut = %1").arg(m_result.nCut)));
    QVERIFY(!view.headerText().contains(QStringLiteral("Oversampled")));
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.kcPlot())->toCsv());
    QCOMPARE(rows.size(), qsizetype(20));
    for (std::size_t i = 0; i < 20; ++i) {
        QCOMPARE(rows[qsizetype(i)][0].toDouble(), m_result.c[i]);
        QCOMPARE(rows[qsizetype(i)][1].toDouble(), m_result.kc[i]);
        QCOMPARE(rows[qsizetype(i)][2].toInt(), int(m_result.kcDefined[i]));
    }
}

void TestZeroOneView::trajectoryAndDisplacementOfTheMedianC()
{
    ZeroOneView view;
    view.setResult(m_result, m_series);
    checkSelected(view, m_series, m_result);
    // The view's direct sums agree with the engine's trajectory for that c.
    for (std::size_t j = 0; j < m_series.size(); j += 97) {
        QVERIFY(std::fabs(view.shownP()[j] - m_result.p[j]) < 1e-9);
        QVERIFY(std::fabs(view.shownQ()[j] - m_result.q[j]) < 1e-9);
    }
    QCOMPARE(view.shownM(), m_result.msd[m_result.displayIndex]);
}

void TestZeroOneView::selectingAnotherC()
{
    ZeroOneView view;
    view.setResult(m_result, m_series);
    QSignalSpy spy(&view, &ZeroOneView::selectedIndexChanged);
    const int other = m_result.displayIndex == 0 ? 1 : 0;
    view.setSelectedIndex(other);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(view.selectedIndex(), other);
    QCOMPARE(view.findChild<QComboBox*>()->currentIndex(), other);
    QCOMPARE(view.shownM(), m_result.msd[static_cast<std::size_t>(other)]);
    checkSelected(view, m_series, m_result);
    // Choosing in the list does the same.
    view.findChild<QComboBox*>()->setCurrentIndex(5);
    QCOMPARE(view.selectedIndex(), 5);
    checkSelected(view, m_series, m_result);
}

void TestZeroOneView::clickOnKcPlotSelects()
{
    ZeroOneView view;
    QVERIFY(ndtest::exposed(&view, {900, 700}));
    view.setResult(m_result, m_series);
    // The c whose neighbours are farthest away, so a click cannot miss it.
    std::size_t best = 0;
    double bestGap = 0;
    for (std::size_t i = 0; i < m_result.c.size(); ++i) {
        double gap = INFINITY;
        for (std::size_t j = 0; j < m_result.c.size(); ++j)
            if (j != i)
                gap = std::min(gap, std::fabs(m_result.c[i] - m_result.c[j]));
        if (gap > bestGap && i != m_result.displayIndex) {
            bestGap = gap;
            best = i;
        }
    }
    view.kcPlot()->replot();
    ndtest::clickAt(view.kcPlot(), QPointF(m_result.c[best], m_result.kc[best]));
    QCOMPARE(view.selectedIndex(), static_cast<int>(best));
}

void TestZeroOneView::withoutTheSeries()
{
    ZeroOneView view;
    view.setResult(m_result);
    QCOMPARE(view.shownP(), m_result.p);
    QVERIFY(view.shownD().empty()); // D_c needs the series mean
    view.setSelectedIndex(m_result.displayIndex == 0 ? 1 : 0);
    QVERIFY(view.shownP().empty());
    QVERIFY(!view.shownM().empty());
}

void TestZeroOneView::oversamplingWarning()
{
    std::vector<double> slow;
    for (int n = 0; n < 3000; ++n)
        slow.push_back(std::sin(0.01 * n));
    ZeroOneOptions o;
    o.cCount = 8;
    o.threads = 1;
    const ZeroOneResult r = zeroOneTest(slow, o);
    // (max - min) / mean |diff| is about 2 / (0.01 * 2 / pi) here: far above 10.
    QVERIFY(r.oversampled);
    ZeroOneView view;
    view.setResult(r, slow);
    QVERIFY(view.headerText().contains(QStringLiteral("Oversampled input")));
    QVERIFY(view.headerText().contains(QString::number(r.oversamplingRatio, 'g', 4)));
}

void TestZeroOneView::messageCsvAndExports()
{
    ZeroOneView view;
    view.setResult(m_result, m_series);
    const QByteArray csv = view.toCsv();
    QVERIFY(csv.startsWith("# K_c against c\nc,K_c,defined\n"));
    QVERIFY(csv.contains("\n# p-q trajectory, c = "));
    QVERIFY(csv.contains("\nn,M,D\n"));
    QCOMPARE(view.plots().size(), std::size_t(3));
    int i = 0;
    for (const auto& [title, plot] : view.plots()) {
        QVERIFY(!title.isEmpty());
        ndtest::checkFigureExports(plot, QStringLiteral("zeroone-%1").arg(i++));
    }
    view.setMessage(QStringLiteral("fewer than 50 samples"));
    QVERIFY(!view.hasData());
    QVERIFY(view.headerText().contains(QStringLiteral("fewer than 50 samples")));
    QVERIFY(view.toCsv().isEmpty());
    ndtest::checkFigureExports(view.kcPlot(), QStringLiteral("zeroone-message"));
}

QTEST_MAIN(TestZeroOneView)
#include "tst_zerooneview.moc"
