// The continuation view fed by real branches: the logistic fixed point from r = 2.5, stable
// (solid) up to its flip at r = 3 and unstable (dashed) beyond, on x = 1 - 1/r; the period-2
// branch switched to there, whose two cycle points solve r^2 x^2 - r(r + 1) x + (r + 1) = 0
// and which loses stability at r = 1 + sqrt(6); the Hénon fixed point in either state
// coordinate; and the Hénon fold and flip curves with their 1:1 and 1:2 resonances.
#include "branchfixtures.h"
#include "model/registry.h"
#include "plots/continuationview.h"
#include "plots/specialpointstable.h"
#include "viewchecks.h"

#include <QComboBox>
#include <QPen>
#include <QSignalSpy>
#include <QTest>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <cmath>

using namespace nd;

class TestContinuationView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fixedPointSolidThenDashedAtTheFlip();
    void periodTwoCycleWithBothPoints();
    void stateCoordinateChoice();
    void bifurcationCurvesWithResonances();
    void csvHeaderMessageAndExports();
    void dashedThroughDensePoints();

private:
    std::unique_ptr<Model> m_logistic;
    Branch m_fixed, m_two;
    Branch m_henon, m_fold, m_flip;
};

namespace {
std::pair<double, double> xRange(const QPolygonF& p)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const QPointF& q : p) {
        lo = std::min(lo, q.x());
        hi = std::max(hi, q.x());
    }
    return {lo, hi};
}

const double kB = 0.3; // Hénon b
} // namespace

void TestContinuationView::initTestCase()
{
    m_logistic = createModel("logistic");
    m_fixed = ndtest::logisticFixedPoint(*m_logistic);
    m_two = ndtest::logisticTwoCycle(*m_logistic, m_fixed);
    QCOMPARE(m_two.period, 2);
    const auto henon = createModel("henon");
    henon->setParameter("b", kB);
    m_henon = ndtest::henonFixedPoint(*henon);
    m_fold = ndtest::henonCurve(*henon, m_henon, "LP");
    m_flip = ndtest::henonCurve(*henon, m_henon, "PD");
}

void TestContinuationView::fixedPointSolidThenDashedAtTheFlip()
{
    ContinuationView view;
    view.setBranches({m_fixed});
    const auto& segments = view.branchOverlay().segments();
    QCOMPARE(segments.size(), std::size_t(2));
    QVERIFY(segments[0].stable && !segments[1].stable);
    const auto [solidLo, solidHi] = xRange(segments[0].points);
    const auto [dashedLo, dashedHi] = xRange(segments[1].points);
    QVERIFY(std::fabs(solidLo - 2.5) < 1e-12);
    QVERIFY(std::fabs(solidHi - 3.0) < 1e-9); // the flip of the fixed point
    QVERIFY(std::fabs(dashedLo - 3.0) < 1e-9);
    QVERIFY(dashedHi <= 3.6 + 1e-12 && dashedHi > 3.5);
    for (const BranchSegment& s : segments)
        for (const QPointF& p : s.points)
            QVERIFY(std::fabs(p.y() - (1.0 - 1.0 / p.x())) < 1e-9);
    // Drawn as a solid and a dashed curve over those ranges.
    int solid = 0, dashed = 0;
    for (const QwtPlotItem* item : view.branchPlot()->itemList(QwtPlotItem::Rtti_PlotCurve)) {
        const auto* curve = static_cast<const QwtPlotCurve*>(item);
        const QRectF r = curve->boundingRect();
        if (curve->pen().style() == Qt::SolidLine) {
            ++solid;
            QVERIFY(std::fabs(r.right() - 3.0) < 1e-9);
        } else {
            QCOMPARE(curve->pen().style(), Qt::DashLine);
            ++dashed;
            QVERIFY(std::fabs(r.left() - 3.0) < 1e-9);
        }
    }
    QVERIFY(solid == 1 && dashed == 1);
    const auto& labels = view.branchOverlay().labels();
    QCOMPARE(labels.size(), std::size_t(1));
    QCOMPARE(labels[0].label, QStringLiteral("PD"));
    QVERIFY(std::fabs(labels[0].position.x() - 3.0) < 1e-9 &&
            std::fabs(labels[0].position.y() - 2.0 / 3.0) < 1e-9);
    // The logistic flip at r = 3 is supercritical (c = 9, derived in tst_criticality): the marker
    // says so, and so do the header and the table of special points.
    QCOMPARE(labels[0].text, QStringLiteral("PD (super)"));
    QVERIFY(view.headerText().contains(QStringLiteral("special points: PD (super)")));
    const SpecialPointsTable& table = view.pointsTable();
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.item(0, SpecialPointsTable::LabelColumn)->text(), QStringLiteral("PD (super)"));
    QCOMPARE(table.item(0, SpecialPointsTable::VerdictColumn)->text(), QStringLiteral("supercritical"));
    QVERIFY(std::fabs(table.item(0, SpecialPointsTable::CoefficientColumn)->text().toDouble() - 9.0) < 1e-6);
    QVERIFY(
        table.item(0, SpecialPointsTable::CoefficientColumn)->toolTip().contains(QStringLiteral("c > 0")));
    QVERIFY(table.item(0, SpecialPointsTable::NoteColumn)->text().isEmpty());
    for (int c = 0; c < table.columnCount(); ++c)
        QVERIFY(!table.horizontalHeaderItem(c)->toolTip().isEmpty());
    // Without verdicts (hand-made points, codimension-2 points) the bare label; an undefined one
    // says so, and a Neimark-Sacker point near 1:4 carries the flag.
    SpecialPoint sp;
    sp.label = "NS";
    QCOMPARE(specialPointTitle(sp), QStringLiteral("NS"));
    sp.criticality.verdict = Verdict::Subcritical;
    sp.criticality.resonance = 4;
    QCOMPARE(specialPointTitle(sp), QStringLiteral("NS (sub, 1:4?)"));
    sp.label = "LP";
    sp.criticality = {};
    sp.criticality.verdict = Verdict::Nondegenerate;
    QCOMPARE(specialPointTitle(sp), QStringLiteral("LP"));
    QCOMPARE(verdictText(sp), QStringLiteral("fold (nondegenerate)"));
    sp.criticality.verdict = Verdict::Degenerate;
    QCOMPARE(verdictText(sp), QStringLiteral("degenerate (cusp?)"));
    sp.criticality.verdict = Verdict::Undefined;
    QCOMPARE(specialPointTitle(sp), QStringLiteral("LP (undefined)"));
}

void TestContinuationView::periodTwoCycleWithBothPoints()
{
    const double r2 = 1.0 + std::sqrt(6.0);
    for (bool withModel : {false, true}) {
        ContinuationView view;
        view.setBranches({m_fixed, m_two}, withModel ? m_logistic.get() : nullptr);
        int iterates[2] = {0, 0};
        bool stableSeen = false, unstableSeen = false;
        for (const BranchSegment& s : view.branchOverlay().segments()) {
            if (s.branch != 1)
                continue;
            ++iterates[s.iterate];
            const auto [lo, hi] = xRange(s.points);
            if (s.stable) {
                stableSeen = true;
                // The switched branch starts one small step past the flip at r = 3.
                QVERIFY(lo > 3.0 && lo < 3.01);
                QVERIFY(std::fabs(hi - r2) < 1e-9);
            } else {
                unstableSeen = true;
                QVERIFY(std::fabs(lo - r2) < 1e-9);
            }
            for (const QPointF& p : s.points) {
                const double r = p.x(), x = p.y();
                QVERIFY(std::fabs(r * r * x * x - r * (r + 1) * x + (r + 1)) < 1e-8);
            }
        }
        QVERIFY(stableSeen && unstableSeen);
        QVERIFY(iterates[0] > 0);
        QCOMPARE(iterates[1] > 0, withModel); // the second cycle point needs the map
    }
}

void TestContinuationView::stateCoordinateChoice()
{
    ContinuationView view;
    view.setBranches({m_henon});
    auto* choice = view.findChild<QComboBox*>();
    QCOMPARE(choice->count(), 2);
    QCOMPARE(choice->itemText(1), QStringLiteral("y"));
    QSignalSpy spy(&view, &ContinuationView::variableChanged);
    // Fixed points of the Hénon map: a x^2 + (1 - b) x - 1 = 0 and y = b x.
    for (int variable : {0, 1}) {
        if (variable == 1)
            choice->setCurrentIndex(1);
        QCOMPARE(view.variable(), variable);
        int points = 0;
        for (const BranchSegment& s : view.branchOverlay().segments())
            for (const QPointF& p : s.points) {
                const double a = p.x(), x = variable == 0 ? p.y() : p.y() / kB;
                QVERIFY(std::fabs(a * x * x + (1 - kB) * x - 1) < 1e-8);
                ++points;
            }
        QVERIFY(points >= int(m_henon.points.size()));
    }
    QCOMPARE(spy.count(), 1);
}

void TestContinuationView::bifurcationCurvesWithResonances()
{
    ContinuationView view;
    view.setBranches({m_henon, m_fold, m_flip});
    QVERIFY(dynamic_cast<PlotData*>(view.curvePlot())->hasData());
    for (const BranchSegment& s : view.curveOverlay().segments()) {
        QVERIFY(s.stable);
        for (const QPointF& p : s.points) {
            const double a = p.x(), b = p.y();
            const double fold = a + (1 - b) * (1 - b) / 4, flip = a - 3 * (1 - b) * (1 - b) / 4;
            QVERIFY(std::fabs(s.branch == 1 ? fold : flip) < 1e-7);
        }
    }
    bool r1 = false, r2 = false;
    for (const BranchLabel& l : view.curveOverlay().labels()) {
        if (l.label == QLatin1String("R1")) {
            r1 = true;
            QVERIFY(std::fabs(l.position.x() + 1) < 1e-6 && std::fabs(l.position.y() + 1) < 1e-6);
        }
        if (l.label == QLatin1String("R2")) {
            r2 = true;
            QVERIFY(std::fabs(l.position.x() - 3) < 1e-6 && std::fabs(l.position.y() + 1) < 1e-6);
        }
    }
    QVERIFY(r1 && r2);
    QCOMPARE(view.curvePlot()->axisTitle(QwtAxis::XBottom).text(), QStringLiteral("a"));
    QCOMPARE(view.curvePlot()->axisTitle(QwtAxis::YLeft).text(), QStringLiteral("b"));
    // Two flip curves (the same curve given twice, as two points of a run give two) share one
    // legend entry: curves of a kind share their colour (failed before: two entries).
    view.setBranches({m_henon, m_fold, m_flip, m_flip});
    QStringList legend;
    for (const QwtPlotItem* item : view.curvePlot()->itemList(QwtPlotItem::Rtti_PlotCurve))
        if (item->testItemAttribute(QwtPlotItem::Legend))
            legend << item->title().text();
    QCOMPARE(legend.size(), 2);
    QCOMPARE(QSet<QString>(legend.begin(), legend.end()).size(), 2);
}

void TestContinuationView::csvHeaderMessageAndExports()
{
    ContinuationView view;
    view.setBranches({m_fixed, m_henon, m_fold});
    const auto rows = ndtest::csvRows(dynamic_cast<PlotData*>(view.branchPlot())->toCsv());
    QCOMPARE(rows.size(), qsizetype(m_fixed.points.size() + m_henon.points.size()));
    for (qsizetype i = 0; i < qsizetype(m_fixed.points.size()); ++i) {
        const BranchPoint& p = m_fixed.points[std::size_t(i)];
        QCOMPARE(rows[i][3].toDouble(), p.parameters[0]);
        QCOMPARE(rows[i][4].toDouble(), p.state[0]);
        QCOMPARE(rows[i][5].toInt(), int(p.stable));
        const bool flip = std::size_t(i) == ndtest::specialPoint(m_fixed, "PD").pointIndex;
        QCOMPARE(rows[i][6] == "PD", flip);
        QCOMPARE(rows[i][8] == "supercritical", flip);
        if (flip)
            QVERIFY(std::fabs(rows[i][7].toDouble() - 9.0) < 1e-6);
    }
    const auto curveRows = ndtest::csvRows(dynamic_cast<PlotData*>(view.curvePlot())->toCsv());
    QCOMPARE(curveRows.size(), qsizetype(m_fold.points.size()));
    QVERIFY(view.headerText().contains(QStringLiteral("period-1 branch")));
    QVERIFY(view.headerText().contains(QStringLiteral("fold (LP) curve")));
    QVERIFY(view.headerText().contains(QString::fromStdString(m_fixed.stopMessage).toHtmlEscaped()));
    QCOMPARE(view.plots().size(), std::size_t(2));
    int i = 0;
    for (const auto& [title, plot] : view.plots())
        ndtest::checkFigureExports(plot, QStringLiteral("continuation-%1").arg(i++));
    view.setMessage(QStringLiteral("Newton diverged at the start point"));
    QVERIFY(!view.hasData());
    QVERIFY(view.branchOverlay().isEmpty() && view.curveOverlay().isEmpty());
    QCOMPARE(view.pointsTable().rowCount(), 0);
}


void TestContinuationView::dashedThroughDensePoints()
{
    // An unstable branch through dense points (small continuation steps) must still draw dashed:
    // Qwt splits long polylines into chunks of ~20 points and each chunk restarted the dash
    // pattern, so the dashes never ended (failed before: 0 of the sampled columns were gaps).
    nd::ContinuationOptions o = ndtest::options("r", "", std::nullopt, 3.6, 2.5, +1, 20000, 5e-4);
    o.initialStep = 5e-4;
    const Branch dense = nd::continueCycle(*m_logistic, {0.6}, 1, o);
    QVERIFY(dense.points.size() > 2000);
    ContinuationView view;
    view.resize(900, 600);
    view.setBranches({dense});
    QVERIFY(ndtest::exposed(&view, QSize(900, 600)));
    QwtPlot* plot = view.branchPlot();
    const QImage image = ndtest::canvasImage(plot);
    const QColor background = plot->canvasBackground().color();
    // Walk the fixed point x = 1 - 1/r pixel column by pixel column: a gap is a column whose
    // pixel on the curve shows the background.
    auto gapFraction = [&](double from, double to) {
        const int c0 = qRound(plot->transform(QwtAxis::XBottom, from));
        const int c1 = qRound(plot->transform(QwtAxis::XBottom, to));
        int gaps = 0;
        for (int c = c0; c <= c1; ++c) {
            const double r = plot->invTransform(QwtAxis::XBottom, c);
            const int row = qRound(plot->transform(QwtAxis::YLeft, 1.0 - 1.0 / r));
            bool ink = false;
            for (int d = -1; d <= 1; ++d)
                ink = ink || !ndtest::nearColor(QColor::fromRgb(image.pixel(c, row + d)), background, 40);
            gaps += ink ? 0 : 1;
        }
        return double(gaps) / double(c1 - c0 + 1);
    };
    QVERIFY2(gapFraction(2.55, 2.95) < 0.02, "the stable part is solid");
    const double dashedGaps = gapFraction(3.05, 3.55);
    // Qt's DashLine is 4 pen widths on, 2 off; antialiased dash ends and the three rows checked
    // per column leave fewer clean columns (about 8 %), but clearly more than none.
    QVERIFY2(dashedGaps > 0.04 && dashedGaps < 0.5, qPrintable(QString::number(dashedGaps)));
}

QTEST_MAIN(TestContinuationView)
#include "tst_continuationview.moc"
