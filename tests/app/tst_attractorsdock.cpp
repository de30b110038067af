// The Attractors dock in the main window, on the product of two cubic maps x' = r x - x^3
// (per coordinate; four stable fixed points +-sqrt(r - 1), each with its quadrant of [-1, 1]^2 as
// basin): followed along r, every value shows four attractors of fraction 1/4 in the stacked
// fractions and the list; a click on an attractor in the fractions draws its orbit (its fixed
// point) and its basin (the 400 grid states of its quadrant); a running search cancels. The
// chosen attractor's orbit is drawn over the main phase portrait on its axes (checked by the
// map's own recurrences, also for a portrait of two recorded variables of three, and for a 1-D
// map's return map); the orbit diagram by attractor shows the logistic map's 2-cycle at r = 3.2;
// the list, the fractions and the diagram give an id one colour.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/attractorstask.h"
#include "gui/basinstask.h"
#include "gui/mainwindow.h"
#include "gui/studydocument.h"
#include "plots/attractororbitdiagramview.h"
#include "plots/attractoroverlay.h"
#include "plots/attractorpalette.h"
#include "plots/attractorsview.h"
#include "plots/phaseportraitview.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qwt_plot_canvas.h>
#include <qwt_plot_curve.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>

using namespace nd;

class TestAttractorsDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fractionsListAndClickedAttractor();
    void cancelStopsTheSearch();
    void legendNamesEveryClassOfAnId();
    void clickedAttractorOverPhasePortrait();
    void orbitDiagramShowsTheLogisticTwoCycle();
    void basinMarkedWhereTheBasinsShowTheSameGrid();

private:
    QTemporaryDir m_settings;
};

namespace {

Study cubicPairStudy(int cells, int values)
{
    Study s = Study::defaultsFor(
        "equations", {{"definition", "map\nvar x = 0.1, y = 0.1\npar r = 1.5\nx' = r*x - x^3\ny' = r*y - y^3\n"}});
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    AttractorSettings a;
    a.sampling = AttractorSampling::Grid;
    a.x = {"x", -1.0, 1.0, cells};
    a.y = {"y", -1.0, 1.0, cells};
    a.lyapunovSteps = 500;
    a.along = AttractorAlongSettings{"r", 1.2, 1.8, values};
    s.analyses.attractors = a;
    return s;
}

void clickAt(QwtPlot* plot, QPointF p)
{
    const QPoint pixel(qRound(plot->transform(QwtAxis::XBottom, p.x())),
                       qRound(plot->transform(QwtAxis::YLeft, p.y())));
    QTest::mouseClick(plot->canvas(), Qt::LeftButton, Qt::NoModifier, pixel);
}

} // namespace

void TestAttractorsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestAttractorsDock::fractionsListAndClickedAttractor()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.setStudy(cubicPairStudy(40, 7), error), qPrintable(error));
    AttractorsTask* task = w.analyses()->attractors();
    w.analyses()->dockOf(task)->raise();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    const AttractorFractions& f = task->fractionsView()->fractions();
    QCOMPARE(f.parameters.size(), std::size_t{7});
    QCOMPARE(f.ids.size(), std::size_t{4});
    for (const auto& row : f.fractions)
        for (double v : row)
            QCOMPARE(v, 0.25);
    QCOMPARE(task->list()->rowCount(), 4);

    // The lowest layer at r = 1.2 is the attractor with the smallest id.
    clickAt(task->fractionsView(), QPointF(1.2 + 0.01, 0.1));
    QVERIFY(task->orbitView()->hasData());
    const QByteArray csv = task->orbitView()->toCsv();
    QCOMPARE(csv.count("basin,"), 400);
    // Its orbit is a fixed point +-sqrt(0.2) in both coordinates.
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("orbit,")) {
            const QList<QByteArray> v = line.split(',');
            QVERIFY(std::fabs(std::fabs(v[1].toDouble()) - std::sqrt(0.2)) < 1e-6);
            QVERIFY(std::fabs(std::fabs(v[2].toDouble()) - std::sqrt(0.2)) < 1e-6);
        }
    QCOMPARE(task->list()->selectedItems().isEmpty(), false);

    // The list's id cell has the very colour of the id's layer in the fractions (failed before:
    // the list showed a lighter shade of it).
    for (int row = 0; row < task->list()->rowCount(); ++row) {
        const QTableWidgetItem* item = task->list()->item(row, 0);
        const int id = item->data(Qt::UserRole).toInt();
        QCOMPARE(item->background().color(), task->fractionsView()->colorOf(id));
        QCOMPARE(item->background().color(), attractorColor(id));
        QCOMPARE(task->orbitDiagramView()->colorOf(id), attractorColor(id));
    }

    // The orbit diagram by attractor shows the grid's x by default; the chooser switches it to y.
    // Each id's fixed point (x, y) at r = 1.2 is where the portrait overlay puts it.
    QComboBox* variable = task->orbitDiagramVariable();
    QCOMPARE(variable->currentText(), QStringLiteral("x"));
    std::vector<std::vector<double>> xs;
    for (int id = 0; id < 4; ++id)
        xs.push_back(task->orbitDiagramView()->valuesAt(id, 0));
    variable->setCurrentIndex(1);
    emit variable->activated(1);
    QCOMPARE(task->orbitDiagramView()->axisTitle(QwtAxis::YLeft).text(), QStringLiteral("y"));
    for (int id = 0; id < 4; ++id) {
        const std::vector<double> ys = task->orbitDiagramView()->valuesAt(id, 0);
        QVERIFY(!ys.empty() && ys.size() == xs[static_cast<std::size_t>(id)].size());
        QVERIFY(task->showAttractor(id, 0));
        const QPointF fixed = task->portraitOverlay()->points().front();
        QVERIFY(std::fabs(std::fabs(fixed.x()) - std::sqrt(0.2)) < 1e-6);
        for (std::size_t i = 0; i < ys.size(); ++i) {
            QCOMPARE(xs[static_cast<std::size_t>(id)][i], fixed.x());
            QCOMPARE(ys[i], fixed.y());
        }
    }
}

void TestAttractorsDock::cancelStopsTheSearch()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(cubicPairStudy(400, 200), error));
    AttractorsTask* task = w.analyses()->attractors();
    QTRY_VERIFY_WITH_TIMEOUT(task->isBusy(), 10000);
    task->cancelByUser();
    QTRY_VERIFY_WITH_TIMEOUT(!task->isBusy(), 10000);
    QVERIFY(!task->isComplete());
}

// An id whose attractor is periodic at one value and chaotic at the next (the K4 example's id 5)
// is named by both classes, each once, in order; an id of one class by that class alone.
void TestAttractorsDock::legendNamesEveryClassOfAnId()
{
    Attractor cycle;
    cycle.kind = AttractorClass::Periodic;
    cycle.period = 2;
    Attractor chaos;
    chaos.kind = AttractorClass::Chaotic;
    chaos.lyapunovDefined = true;
    chaos.lyapunov = 0.25;
    AttractorContinuation c;
    c.parameterValues = {0.0, 1.0, 2.0};
    c.columns.resize(3);
    c.columns[0].attractors = {cycle, cycle};
    c.columns[1].attractors = {chaos, cycle};
    c.columns[2].attractors = {cycle, cycle};
    c.globalIds = {{0, 1}, {0, 1}, {0, 1}};
    c.attractors.resize(2);
    c.attractors[1].id = 1;
    const AttractorFractions f = attractorFractions(c);
    QCOMPARE(f.ids, (std::vector<int>{0, 1}));
    QCOMPARE(f.names[0], QStringLiteral("0: %1, %2").arg(attractorClassText(cycle), attractorClassText(chaos)));
    QCOMPARE(f.names[1], QStringLiteral("1: %1").arg(attractorClassText(cycle)));
}

namespace {

// Hénon, x' = 1 - a x^2 + y, y' = b x (a = 1.4, b = 0.3), with a third variable driven by it,
// z' = z / 2 + x: one chaotic attractor from the grid on [-1, 1]^2 (z from the initial state).
Study henonStudy()
{
    Study s = Study::defaultsFor(
        "equations",
        {{"definition", "map\nvar x = 0.1, y = 0.1, z = 0\npar a = 1.4, b = 0.3\nx' = 1 - a*x^2 + y\n"
                        "y' = b*x\nz' = z/2 + x\n"}});
    s.simulation.samples = 500;
    s.analyses.orbitDiagram.reset();
    AttractorSettings a;
    a.sampling = AttractorSampling::Grid;
    a.x = {"x", -1.0, 1.0, 12};
    a.y = {"y", -0.4, 0.4, 12};
    a.maxIterations = 20'000;
    a.lyapunovSteps = 2000;
    s.analyses.attractors = a;
    return s;
}

} // namespace

// A click on an attractor draws its representative orbit over the main phase portrait, on the
// portrait's axes. A chaotic orbit cannot be checked against a second integration (rounding grows
// by e^0.42 a step), so each point is checked against its predecessors by the map itself.
void TestAttractorsDock::clickedAttractorOverPhasePortrait()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.setStudy(henonStudy(), error), qPrintable(error));
    AttractorsTask* task = w.analyses()->attractors();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    QCOMPARE(task->list()->rowCount(), 1);
    QVERIFY(task->portraitOverlay());
    QVERIFY(!task->portraitOverlay()->isShown());
    QVERIFY(task->showAttractor(0, 0));
    const AttractorOverlay* overlay = task->portraitOverlay();
    QVERIFY(overlay->isShown());
    QCOMPARE(overlay->id(), 0);
    // The portrait's axes are x and y: every point is the state (x, y), and the next is its image.
    PhasePortraitView* portrait = w.phasePortrait();
    QCOMPARE(portrait->axes().x, std::string("x"));
    QCOMPARE(portrait->axes().y, std::string("y"));
    QPolygonF p = overlay->points();
    QCOMPARE(p.size(), qsizetype{1000}); // orbit_length states
    for (qsizetype i = 0; i + 1 < p.size(); ++i) {
        QVERIFY(std::fabs(p[i + 1].x() - (1 - 1.4 * p[i].x() * p[i].x() + p[i].y())) < 1e-12);
        QVERIFY(std::fabs(p[i + 1].y() - 0.3 * p[i].x()) < 1e-12);
    }
    // It starts at the orbit the dock's own plot shows (its first row).
    const QList<QByteArray> rows = task->orbitView()->toCsv().split('\n');
    const auto first =
        std::find_if(rows.begin(), rows.end(), [](const QByteArray& r) { return r.startsWith("orbit,"); });
    QVERIFY(first != rows.end());
    QCOMPARE(first->split(',')[1].toDouble(), p[0].x());
    QCOMPARE(first->split(',')[2].toDouble(), p[0].y());
    // The overlay is on the portrait, in the id's colour.
    bool found = false;
    for (QwtPlotItem* item : portrait->itemList(QwtPlotItem::Rtti_PlotCurve)) {
        auto* c = static_cast<QwtPlotCurve*>(item);
        if (c->dataSize() == static_cast<std::size_t>(p.size()) && c->symbol() &&
            c->symbol()->brush().color() == attractorColor(0))
            found = true;
    }
    QVERIFY(found);

    // The user swaps the portrait's axes (the atlas does not read the view: not recomputed). The
    // overlay follows without another click.
    Study swapped = w.document()->study();
    swapped.view.phaseX = 1;
    swapped.view.phaseY = 0;
    QVERIFY(w.document()->editStudy(swapped, QStringLiteral("swap"), error));
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(portrait->axes().x, std::string("y"));
    QVERIFY(overlay->isShown());
    const QPolygonF before = p;
    p = overlay->points();
    QCOMPARE(p.size(), before.size());
    for (qsizetype i = 0; i < p.size(); ++i)
        QCOMPARE(p[i], QPointF(before[i].y(), before[i].x()));

    // A portrait of two recorded variables of three (as a network's portrait shows two node
    // variables): the trajectory records z and x, the portrait shows x across and z up. The
    // recording is an input of every analysis: the atlas is computed again, which removes the
    // overlay until the next click. x_{n+2} = 1 - a x_{n+1}^2 + b x_n, z_{n+1} = z_n / 2 + x_n.
    Study other = w.document()->study();
    other.simulation.variables = {2, 0};
    other.view.phaseX = 1;
    other.view.phaseY = 0;
    QVERIFY(w.document()->editStudy(other, QStringLiteral("axes"), error));
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(portrait->axes().x, std::string("x"));
    QCOMPARE(portrait->axes().y, std::string("z"));
    QVERIFY(!overlay->isShown());
    QVERIFY(task->showAttractor(0, 0));
    p = overlay->points();
    QCOMPARE(p.size(), qsizetype{1000});
    for (qsizetype i = 0; i + 2 < p.size(); ++i) {
        QVERIFY(std::fabs(p[i + 2].x() - (1 - 1.4 * p[i + 1].x() * p[i + 1].x() + 0.3 * p[i].x())) < 1e-12);
        QVERIFY(std::fabs(p[i + 1].y() - (0.5 * p[i].y() + p[i].x())) < 1e-12);
    }

    // Another model: the overlay goes (its orbit belongs to the old one).
    Study logistic = Study::defaultsFor(
        "equations", {{"definition", "map\nvar x = 0.3\npar r = 3.2\nx' = r*x*(1 - x)\n"}});
    QVERIFY2(w.setStudy(logistic, error), qPrintable(error));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(!overlay->isShown());
}

namespace {

// The logistic map x' = r x (1 - x) followed along r = 3.1 ... 3.3 in steps of 0.05 (a 2-cycle
// at each, its points (r + 1 +- sqrt((r + 1)(r - 3))) / 2r, moving by about 0.025 a step, well
// within the match distance of 0.1 of their extent 0.35) from 200 random states in [0.01, 0.99].
Study logisticStudy()
{
    Study s = Study::defaultsFor("equations",
                                 {{"definition", "map\nvar x = 0.3\npar r = 3.2\nx' = r*x*(1 - x)\n"}});
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    AttractorSettings a;
    a.sampling = AttractorSampling::Random;
    a.count = 200;
    a.boxMin = {0.01};
    a.boxMax = {0.99};
    a.maxIterations = 20'000;
    a.lyapunovSteps = 500;
    a.along = AttractorAlongSettings{"r", 3.1, 3.3, 5};
    s.analyses.attractors = a;
    return s;
}

} // namespace

// The orbit diagram by attractor at r = 3.2 holds exactly the two points of the 2-cycle, in the
// colour of the attractor's id; a click on one of them chooses that attractor, whose orbit over
// the portrait (a 1-D map's return map) is the pair of them, (p, q) and (q, p).
void TestAttractorsDock::orbitDiagramShowsTheLogisticTwoCycle()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.setStudy(logisticStudy(), error), qPrintable(error));
    AttractorsTask* task = w.analyses()->attractors();
    w.analyses()->dockOf(task)->raise();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    AttractorOrbitDiagramView* diagram = task->orbitDiagramView();
    QVERIFY(diagram->hasData());
    const AttractorFractions& f = task->fractionsView()->fractions();
    QCOMPARE(f.ids, std::vector<int>{0});
    QCOMPARE(f.parameters.size(), std::size_t{5});
    const double r = f.parameters[2];
    QVERIFY(std::fabs(r - 3.2) < 1e-12);
    const double root = std::sqrt((r + 1) * (r - 3));
    const double lo = (r + 1 - root) / (2 * r), hi = (r + 1 + root) / (2 * r);
    std::vector<double> values = diagram->valuesAt(0, 2);
    QCOMPARE(values.size(), std::size_t{200}); // the bounded sample of the orbit
    std::sort(values.begin(), values.end());
    for (std::size_t i = 0; i < values.size(); ++i)
        QVERIFY2(std::fabs(values[i] - (i < 100 ? lo : hi)) < 1e-9,
                 qPrintable(QString::number(values[i], 'g', 17)));
    QCOMPARE(diagram->colorOf(0), attractorColor(0));
    // No other id anywhere, and every dot is of id 0.
    for (int id : diagram->orbits().id)
        QCOMPARE(id, 0);

    // A click on the upper point at r = 3.2.
    const QPoint pixel(qRound(diagram->transform(QwtAxis::XBottom, r)),
                       qRound(diagram->transform(QwtAxis::YLeft, hi)));
    QTest::mouseClick(diagram->canvas(), Qt::LeftButton, Qt::NoModifier, pixel);
    QVERIFY(task->portraitOverlay()->isShown());
    QCOMPARE(task->list()->item(0, 0)->background().color(), attractorColor(0));
    QVERIFY(w.phasePortrait()->axes().y.empty()); // the return map x(n), x(n+1)
    const QPolygonF p = task->portraitOverlay()->points();
    QCOMPARE(p.size(), qsizetype{999});
    for (const QPointF& q : p)
        QVERIFY((std::fabs(q.x() - lo) < 1e-9 && std::fabs(q.y() - hi) < 1e-9) ||
                (std::fabs(q.x() - hi) < 1e-9 && std::fabs(q.y() - lo) < 1e-9));

    // Computed again (another budget): the overlay goes with the old result.
    Study again = w.document()->study();
    again.analyses.attractors->maxIterations = 30'000;
    QVERIFY(w.document()->editStudy(again, QStringLiteral("budget"), error));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(!task->portraitOverlay()->isShown());
}

// With the basins of attraction on the atlas's grid, a chosen attractor's basin is marked there:
// one mark at the centre of each of the 400 cells of its quadrant, at the value of r the basins
// are computed at (the study's 1.5); at another value of r the basins view is not its slice.
void TestAttractorsDock::basinMarkedWhereTheBasinsShowTheSameGrid()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Study s = cubicPairStudy(40, 7);
    BasinSettings b;
    b.x = {"x", -1.0, 1.0, 40};
    b.y = {"y", -1.0, 1.0, 40};
    s.analyses.basins = b;
    QVERIFY2(w.setStudy(s, error), qPrintable(error));
    AttractorsTask* task = w.analyses()->attractors();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete() && w.analyses()->basins()->isComplete());
    QVERIFY(task->basinMarks());
    // r = 1.2: not the basins' slice.
    QVERIFY(task->showAttractor(0, 0));
    QVERIFY(!task->basinMarks()->isShown());
    // r = 1.5 (column 3): the basin of each id is one quadrant, marked cell by cell.
    for (int id = 0; id < 4; ++id) {
        QVERIFY(task->showAttractor(id, 3));
        QVERIFY(task->basinMarks()->isShown());
        QCOMPARE(task->basinMarks()->id(), id);
        const QPolygonF marks = task->basinMarks()->points();
        QCOMPARE(marks.size(), qsizetype{400});
        // The quadrant of the attractor's fixed point (+-sqrt(0.5), +-sqrt(0.5)), from the overlay.
        const QPointF fixed = task->portraitOverlay()->points().front();
        for (const QPointF& m : marks)
            QVERIFY(m.x() * fixed.x() > 0 && m.y() * fixed.y() > 0);
    }
    // Another basin grid: no longer the atlas's slice.
    Study other = w.document()->study();
    other.analyses.basins->x.count = 30;
    QVERIFY(w.document()->editStudy(other, QStringLiteral("grid"), error));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(!task->basinMarks()->isShown());
    QVERIFY(task->showAttractor(0, 3));
    QVERIFY(!task->basinMarks()->isShown());
}

QTEST_MAIN(TestAttractorsDock)
#include "tst_attractorsdock.moc"
