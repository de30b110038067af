// The null-distribution view fed by the engine's significance of a real measure (sample entropy
// of an AR(1) series against 39 shuffles, and a constant-valued null): bin counts against a count
// of the printed values made here, Sturges' bin number, the observed line where the value is, p,
// tail and kind in the summary, the CSV, the undefined case, the message and exports.
#include "measures/sampleentropy.h"
#include "measures/significance.h"
#include "plots/nullhistogramview.h"
#include "viewchecks.h"

#include <QTest>
#include <qwt_interval.h>

#include <qwt_plot_marker.h>
#include <qwt_text.h>

#include <cmath>
#include <random>

using namespace nd;

class TestNullHistogramView : public QObject {
    Q_OBJECT
private slots:
    void binsAgainstCounts();
    void equalValuesOneBin();
    void undefinedPValue();
    void messageAndExports();
};

namespace {

std::vector<double> ar1(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 g(seed);
    std::normal_distribution<double> normal;
    std::vector<double> x(n);
    double v = 0.0;
    for (double& e : x) {
        v = 0.8 * v + normal(g);
        e = v;
    }
    return x;
}

SignificanceResult sampenSignificance(SignificanceOptions& o)
{
    o.surrogates.kind = SurrogateKind::Shuffle;
    o.count = 39;
    o.tail = Tail::Less;
    o.threads = 1;
    return surrogateSignificance(
        ar1(400, 3),
        [](std::span<const double> s) {
            const SampleEntropyResult r = sampleEntropy(s);
            return r.defined ? MeasureValue::of(r.value) : MeasureValue::undefined(r.reason);
        },
        o);
}

} // namespace

void TestNullHistogramView::binsAgainstCounts()
{
    SignificanceOptions o;
    const SignificanceResult r = sampenSignificance(o);
    QVERIFY(r.pDefined);
    NullHistogramView view;
    view.setSignificance(r, o, QStringLiteral("value"));
    const auto& bins = view.bins();
    // Sturges: ceil(log2 39) + 1 = 7 bins over [min, max] of the null alone; the observed value
    // (below every surrogate here) widens the axis, not the bins, so the null keeps its 7 bars.
    QCOMPARE(bins.size(), std::size_t{7});
    double lo = r.nullValues.front().value, hi = lo;
    for (const MeasureValue& v : r.nullValues) {
        lo = std::min(lo, v.value);
        hi = std::max(hi, v.value);
    }
    QCOMPARE(bins.front().from, lo);
    QCOMPARE(bins.back().to, hi);
    QVERIFY(r.observed.value < lo);
    const QwtInterval axis = view.axisInterval(QwtAxis::XBottom);
    QVERIFY(axis.minValue() < r.observed.value && axis.maxValue() > hi);
    std::size_t total = 0;
    for (std::size_t b = 0; b < bins.size(); ++b) {
        std::size_t inside = 0;
        for (const MeasureValue& v : r.nullValues)
            inside +=
                v.value >= bins[b].from && (v.value < bins[b].to || (b + 1 == bins.size() && v.value <= hi));
        QCOMPARE(bins[b].count, inside);
        total += bins[b].count;
    }
    QCOMPARE(total, std::size_t{39});
    // The AR(1) series is more regular than its shuffles: its entropy is below every one, so
    // p (lower tail) = 1/40, and the line is at the observed value, left of every bar.
    QCOMPARE(r.pValue, 1.0 / 40.0);
    QVERIFY(view.summary().contains(QStringLiteral("p = 0.025")));
    QVERIFY(view.summary().contains(QStringLiteral("less")));
    QVERIFY(view.summary().contains(QStringLiteral("shuffle")));
    QVERIFY(view.summary().contains(QStringLiteral("39 of 39")));
    QVERIFY(view.title().text().contains(view.summary()));
    QwtPlotMarker* line = nullptr;
    for (QwtPlotItem* item : view.itemList(QwtPlotItem::Rtti_PlotMarker))
        line = static_cast<QwtPlotMarker*>(item);
    QVERIFY(line && line->isVisible());
    QCOMPARE(line->xValue(), r.observed.value);
    const auto rows = ndtest::csvRows(view.toCsv());
    QCOMPARE(rows.size(), 40);
    QCOMPARE(rows[0][0], QByteArray("observed"));
    QCOMPARE(rows[0][1].toDouble(), r.observed.value);
    for (int i = 0; i < 39; ++i)
        QCOMPARE(rows[i + 1][1].toDouble(), r.nullValues[static_cast<std::size_t>(i)].value);
}

void TestNullHistogramView::equalValuesOneBin()
{
    SignificanceResult r;
    r.observed = MeasureValue::of(0.5);
    r.nullValues.assign(5, MeasureValue::of(0.5));
    r.null.defined = 5;
    r.pDefined = true;
    r.pValue = rankPValue(0.5, std::vector<double>(5, 0.5), Tail::Greater);
    NullHistogramView view;
    view.setSignificance(r, {}, QStringLiteral("K"));
    QCOMPARE(view.bins().size(), std::size_t{1});
    QCOMPARE(view.bins().front().count, std::size_t{5});
    QVERIFY(view.bins().front().from < 0.5 && view.bins().front().to > 0.5);
    QCOMPARE(r.pValue, 1.0); // every surrogate ties with the observed value
    QVERIFY(view.summary().contains(QStringLiteral("p = 1 (greater tail)")));
    QVERIFY(view.summary().contains(QStringLiteral("iaaft")));
}

void TestNullHistogramView::undefinedPValue()
{
    SignificanceResult r;
    r.observed = MeasureValue::undefined("constant series");
    r.nullValues = {MeasureValue::of(1.0), MeasureValue::of(2.0), MeasureValue::undefined("x")};
    r.null.defined = 2;
    r.null.undefined = 1;
    r.reason = "the measure of the series is undefined: constant series";
    NullHistogramView view;
    view.setSignificance(r, {}, QStringLiteral("value"));
    QVERIFY(view.summary().contains(QStringLiteral("p undefined")));
    QVERIFY(view.summary().contains(QStringLiteral("constant series")));
    std::size_t total = 0;
    for (const auto& b : view.bins())
        total += b.count;
    QCOMPARE(total, std::size_t{2});
    QVERIFY(view.hasData());
    const auto rows = ndtest::csvRows(view.toCsv());
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows[0].size() < 2 || rows[0][1].isEmpty()); // the observed value is undefined
}

void TestNullHistogramView::messageAndExports()
{
    SignificanceOptions o;
    const SignificanceResult r = sampenSignificance(o);
    NullHistogramView view;
    view.setSignificance(r, o, QStringLiteral("value"));
    ndtest::checkFigureExports(&view, QStringLiteral("null-histogram"));
    view.setMessage(QStringLiteral("canceled"));
    QVERIFY(!view.hasData());
    QVERIFY(view.toCsv().isEmpty());
    QVERIFY(view.bins().empty());
}

QTEST_MAIN(TestNullHistogramView)
#include "tst_nullhistogramview.moc"
