// The analysis docks in the main window: a click on a parameter-plane cell sets the study's
// parameters (one undo step, the scan itself not recomputed, the other views recomputed) and
// undo restores them; a click on a basin cell sets the initial state; editing a setting in a
// dock's bar restarts its job and is undoable, consecutive edits of one field merge and a
// net-zero edit leaves the stack; the Compute switch adds and removes an analysis; cancel
// stops a running scan; the event loop keeps answering while a scan computes; refused settings
// show the engine's message on the view; continuation branches are drawn over the orbit
// diagram and its curves over a parameter plane of the same two parameters.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysiscontroller.h"
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/basinstask.h"
#include "gui/continuationtask.h"
#include "gui/mainwindow.h"
#include "gui/networktasks.h"
#include "gui/orbittask.h"
#include "gui/scantask.h"
#include "gui/seriestasks.h"
#include "gui/settingsbar.h"
#include "gui/stabilitytasks.h"
#include "gui/studydocument.h"
#include "plots/basinsview.h"
#include "plots/lyapunovalongview.h"
#include "plots/nullhistogramview.h"
#include "plots/orbitdiagramview.h"
#include "plots/parameterplaneview.h"
#include "plots/plotstyle.h"
#include "plots/sampleentropyview.h"
#include "plots/zerooneview.h"
#include "study/studyfile.h"

#include "compute/dynamicscompute.h"

#include "latencybound.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <qwt_plot_canvas.h>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>

using namespace nd;

class TestAnalysisDocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scanClickSetsParametersAndUndoRestores();
    void basinClickSetsInitialState();
    void settingEditRestartsJobAndIsUndoable();
    void computeSwitchAddsAndRemovesAnalysis();
    void cancelStopsRunningScan();
    void eventLoopStaysResponsiveWhileScanComputes();
    void refusedSettingsShowMessageOnView();
    void continuationDrawnOverOrbitAndPlane();
    void criticalSliceDrawnOnPortrait();
    void lyapunovAlongShownAndEditable();
    void lyapunovAlongReportsProgressAndCancels();
    void statusBarReadsOutTheCell();
    void everyControlHasToolTipAndEveryDockAToggle();
    void analysesRestartOnlyForTheirOwnInputs();
    void networkSpectrumMethodBox();
    void significanceDrawsNullHistogram();
    void synchronySignificanceKeepsCorrelation();

private:
    QTemporaryDir m_settings;
};

void TestAnalysisDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

namespace {

// A study without the orbit diagram, so only the trajectory and the analyses asked for run.
Study bareStudy(const char* type)
{
    Study s = Study::defaultsFor(type);
    s.simulation.samples = 500;
    s.analyses.orbitDiagram.reset();
    return s;
}

// A 2-D Lyapunov scan of the Chialvo map over (a, b), `count` x `count` cells of `steps`.
Study scanStudy(int count, long steps)
{
    Study s = bareStudy("chialvo");
    ScanSettings scan;
    scan.x = {"a", 0.8, 0.95, count};
    scan.y = ScanAxisSettings{"b", 0.1, 0.6, count};
    scan.transient = 100;
    scan.steps = steps;
    s.analyses.parameterScan = scan;
    return s;
}

// Clicks the plot's canvas at a point given in plot coordinates.
void clickAt(QwtPlot* plot, QPointF p)
{
    const QPoint pixel(qRound(plot->transform(QwtAxis::XBottom, p.x())),
                       qRound(plot->transform(QwtAxis::YLeft, p.y())));
    QTest::mouseClick(plot->canvas(), Qt::LeftButton, Qt::NoModifier, pixel);
}

template <class Widget> Widget* controlWithTip(QWidget* bar, const QString& tip)
{
    for (Widget* w : bar->findChildren<Widget*>())
        if (w->toolTip() == tip)
            return w;
    return nullptr;
}

} // namespace

void TestAnalysisDocks::scanClickSetsParametersAndUndoRestores()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.setStudy(scanStudy(6, 200), error));
    ParameterScanTask* scan = w.analyses()->parameterScan();
    w.analyses()->dockOf(scan)->raise();
    QVERIFY(w.waitUntilIdle());
    ParameterPlaneView* plane = scan->planeView();
    QCOMPARE(plane->computedCount(), 36);
    const int scanStarts = scan->runner()->startCount();
    const int trajectoryStarts = w.analysis()->trajectoryRunner()->startCount();
    const Study before = w.study();
    const int steps = w.document()->undoStack()->count();

    // A click on cell (4, 1) as a user makes it.
    clickAt(plane, plane->cellPlotPosition(4, 1));
    const QPointF cell = plane->cellParameters(4, 1);
    QCOMPARE(w.study().parameters.at("a"), cell.x());
    QCOMPARE(w.study().parameters.at("b"), cell.y());
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QCOMPARE(w.document()->model().parameter("a"), cell.x());
    QVERIFY(w.waitUntilIdle());
    // Every other view shows the new point; the scan does not depend on it.
    QVERIFY(w.analysis()->trajectoryRunner()->startCount() > trajectoryStarts);
    QCOMPARE(scan->runner()->startCount(), scanStarts);
    QCOMPARE(plane->computedCount(), 36);

    w.document()->undoStack()->undo();
    QVERIFY(w.study() == before);
    QCOMPARE(w.document()->model().parameter("b"), before.parameters.at("b"));
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(scan->runner()->startCount(), scanStarts);
}

void TestAnalysisDocks::basinClickSetsInitialState()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Study s = bareStudy("henon");
    BasinSettings b;
    b.x = {"x", -1.0, 1.0, 5};
    b.y = {"y", -0.5, 0.5, 5};
    b.transient = 100;
    s.analyses.basins = b;
    QVERIFY(w.setStudy(s, error));
    BasinsTask* basins = w.analyses()->basins();
    w.analyses()->dockOf(basins)->raise();
    QVERIFY(w.waitUntilIdle());
    BasinsView* view = basins->basinsView();
    QCOMPARE(view->computedCount(), 25);
    const int starts = basins->runner()->startCount();
    clickAt(view, view->cellPlotPosition(3, 2));
    // Grid points: x = -1 + 2 * 3 / 4 = 0.5, y = -0.5 + 2 / 4 = 0.
    QCOMPARE(w.study().initialState[0], 0.5);
    QCOMPARE(w.study().initialState[1], 0.0);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(basins->runner()->startCount(), starts);
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().initialState, s.initialState);
}

void TestAnalysisDocks::settingEditRestartsJobAndIsUndoable()
{
    QString error;
    MainWindow w;
    Study s = bareStudy("logistic");
    s.parameters["r"] = 4.0;
    s.simulation.samples = 3000;
    s.analyses.sampleEntropy = SampleEntropySettings{};
    s.analyses.sampleEntropy->variable = "x";
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    SampleEntropyTask* task = w.analyses()->sampleEntropy();
    SampleEntropyView* view = task->entropyView();
    QCOMPARE(view->valueOf("m"), QStringLiteral("2"));
    const int starts = task->runner()->startCount();
    const int steps = w.document()->undoStack()->count();

    // Type m = 3 in the dock's bar as a user would.
    auto* m = controlWithTip<QSpinBox>(w.analyses()->dockOf(task)->settingsBar(),
                                       QStringLiteral("Template length"));
    QVERIFY(m);
    m->setValue(3);
    QCOMPARE(w.study().analyses.sampleEntropy->m, 3);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(task->runner()->startCount(), starts + 1);
    QCOMPARE(view->valueOf("m"), QStringLiteral("3"));
    // The next edit of the same field merges into the same step ...
    m->setValue(4);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(view->valueOf("m"), QStringLiteral("4"));
    // ... and undo goes back to where the edits began, recomputing.
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().analyses.sampleEntropy->m, 2);
    QCOMPARE(m->value(), 2); // the bar follows the study
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(view->valueOf("m"), QStringLiteral("2"));
    w.document()->undoStack()->redo();
    QCOMPARE(w.study().analyses.sampleEntropy->m, 4);
    // Edits that end where the step began (m = 2) leave no step behind.
    m->setValue(5);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    m->setValue(2);
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QCOMPARE(w.study().analyses.sampleEntropy->m, 2);
    // Another field is another step.
    auto* lag = controlWithTip<QSpinBox>(w.analyses()->dockOf(task)->settingsBar(),
                                         QStringLiteral("Delay between the samples of a template"));
    QVERIFY(lag);
    m->setValue(3);
    lag->setValue(2);
    QCOMPARE(w.document()->undoStack()->count(), steps + 2);
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().analyses.sampleEntropy->lag, 1);
    QCOMPARE(w.study().analyses.sampleEntropy->m, 3);
}

void TestAnalysisDocks::computeSwitchAddsAndRemovesAnalysis()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(bareStudy("logistic"), error));
    ZeroOneTask* task = w.analyses()->zeroOne();
    AnalysisDock* dock = w.analyses()->dockOf(task);
    QVERIFY(!task->isEnabled());
    QVERIFY(!dock->settingsBar()->isEnabled());
    QVERIFY(!plotMessage(task->zeroOneView()->kcPlot()).isEmpty()); // says how to switch it on
    dock->enableSwitch()->click();
    // Added with settings that fit the model, computed and saved with the study.
    QVERIFY(w.study().analyses.zeroOne.has_value());
    QCOMPARE(w.study().analyses.zeroOne->variable, std::string("x"));
    QVERIFY(dock->settingsBar()->isEnabled());
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QVERIFY(w.document()->save(path, error));
    QVERIFY(loadStudyFile(path).study.analyses.zeroOne.has_value());
    // Undo takes it out of the study again; switching it off does too.
    w.document()->undoStack()->undo();
    QVERIFY(!w.study().analyses.zeroOne.has_value());
    QVERIFY(!dock->enableSwitch()->isChecked());
    w.document()->undoStack()->redo();
    QVERIFY(dock->enableSwitch()->isChecked());
    dock->enableSwitch()->click();
    QVERIFY(!w.study().analyses.zeroOne.has_value());
    QVERIFY(w.waitUntilIdle());
    QVERIFY(!task->isComplete());
}

void TestAnalysisDocks::cancelStopsRunningScan()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(scanStudy(40, 2000000), error));
    ParameterScanTask* scan = w.analyses()->parameterScan();
    scan->restartNow();
    QVERIFY(scan->runner()->isRunning());
    QVERIFY(!w.cancelButton()->isHidden());
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    w.cancelButton()->click();
    QVERIFY(!scan->runner()->isRunning());
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!w.analyses()->isBusy());
    QTRY_VERIFY(w.cancelButton()->isHidden());
    const int computed = scan->planeView()->computedCount();
    QVERIFY(computed < 40 * 40);
    QTest::qWait(200); // nothing more arrives
    QCOMPARE(scan->planeView()->computedCount(), computed);
}

void TestAnalysisDocks::eventLoopStaysResponsiveWhileScanComputes()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.waitUntilIdle());
    // Long enough that the whole scan outlasts the 1.5 s window on an idle machine (with 2e5 steps
    // per cell the vector kernels finished it in about 1 s when the test ran alone).
    QVERIFY(w.setStudy(scanStudy(40, 1000000), error));
    ParameterScanTask* scan = w.analyses()->parameterScan();
    w.analyses()->dockOf(scan)->raise();
    scan->restartNow();
    QElapsedTimer clock, total;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&]() { worst = std::max(worst, clock.restart()); });
    clock.start();
    total.start();
    tick.start();
    while (total.elapsed() < 1500 && scan->runner()->isRunning())
        QTest::qWait(10);
    tick.stop();
    QVERIFY2(scan->runner()->isRunning(), "the scan should still be running");
    QVERIFY2(worst < ndtest::kMaxEventLoopGapMs,
             qPrintable(QStringLiteral("worst event-loop gap %1 ms").arg(worst)));
    // Tiles are drawn while it runs (the first one may take longer than the window above in a
    // sanitizer build on a loaded machine; the whole scan takes far longer still).
    QTRY_VERIFY_WITH_TIMEOUT(scan->planeView()->computedCount() > 0, 120000);
    QVERIFY(scan->runner()->isRunning());
    scan->cancel();
}

void TestAnalysisDocks::refusedSettingsShowMessageOnView()
{
    QString error;
    MainWindow w;
    Study s = bareStudy("chialvo");
    s.analyses.sampleEntropy = SampleEntropySettings{};
    s.analyses.sampleEntropy->variable = "nope";
    s.analyses.parameterScan = ScanSettings{};
    s.analyses.parameterScan->x = {"nope", 0.0, 1.0, 3};
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    const QString entropy = plotMessage(w.analyses()->sampleEntropy()->entropyView());
    QVERIFY2(entropy.contains(QLatin1String("analyses.sample_entropy")) &&
                 entropy.contains(QLatin1String("nope")),
             qPrintable(entropy));
    QVERIFY(!w.analyses()->sampleEntropy()->entropyView()->hasData());
    const QString scan = plotMessage(w.analyses()->parameterScan()->planeView());
    QVERIFY2(scan.contains(QLatin1String("analyses.parameter_scan")), qPrintable(scan));
    // A fixed setting computes again.
    Study fixed = w.study();
    fixed.analyses.sampleEntropy->variable = "x";
    QVERIFY(w.document()->editStudy(fixed, QStringLiteral("fix"), error));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(w.analyses()->sampleEntropy()->entropyView()->hasData());
    QVERIFY(plotMessage(w.analyses()->sampleEntropy()->entropyView()).isEmpty());
}

void TestAnalysisDocks::continuationDrawnOverOrbitAndPlane()
{
    QString error;
    // Henon: the fixed point's flip in a lies at a = 3 (1 - b)^2 / 4 (analyses.md); its flip
    // curve in (a, b) is drawn over a parameter plane with those axes, the branch over the
    // orbit diagram in a.
    MainWindow w;
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 300;
    s.analyses.orbitDiagram->parameter = "a";
    s.analyses.orbitDiagram->from = 0.0;
    s.analyses.orbitDiagram->to = 1.4;
    s.analyses.orbitDiagram->columns = 30;
    s.analyses.orbitDiagram->bins = 40;
    ContinuationSettings c;
    c.parameter = "a";
    c.startValue = 0.1;
    c.maximum = 1.0;
    c.curves = ContinuationCurveSettings{};
    c.curves->secondParameter = "b";
    c.curves->labels = {"PD"};
    c.curves->secondMinimum = 0.0;
    c.curves->secondMaximum = 0.6;
    c.curves->maxPoints = 100;
    s.analyses.continuation = c;
    ScanSettings scan;
    scan.measure = ScanMeasureKind::Escape;
    scan.x = {"b", 0.0, 0.6, 4};
    scan.y = ScanAxisSettings{"a", 0.0, 1.4, 4};
    scan.transient = 10;
    scan.steps = 10;
    s.analyses.parameterScan = scan;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle(120000));
    QVERIFY(w.analyses()->continuation()->isComplete());
    const BranchOverlay& orbit = w.orbitDiagram()->branchOverlay();
    QVERIFY(!orbit.isEmpty());
    bool flip = false;
    for (const BranchLabel& l : orbit.labels())
        if (l.label == QLatin1String("PD")) {
            flip = true;
            QVERIFY2(std::fabs(l.position.x() - 3.0 * 0.7 * 0.7 / 4.0) < 1e-6,
                     qPrintable(QString::number(l.position.x())));
        }
    QVERIFY(flip);
    // The plane has b across and a up: the curve is drawn swapped, through (b, 3 (1 - b)^2 / 4).
    const BranchOverlay& plane = w.analyses()->parameterScan()->planeView()->curveOverlay();
    QVERIFY(!plane.segments().empty());
    int checked = 0;
    for (const BranchSegment& seg : plane.segments())
        for (const QPointF& p : seg.points) {
            QVERIFY(std::fabs(p.y() - 3.0 * (1.0 - p.x()) * (1.0 - p.x()) / 4.0) < 1e-6);
            ++checked;
        }
    QVERIFY(checked > 10);
    // A scan over other parameters takes the curves away; the orbit diagram of another
    // parameter loses the branches.
    Study other = w.study();
    other.analyses.parameterScan->x.parameter = "a";
    other.analyses.parameterScan->y->parameter = "b";
    other.analyses.parameterScan->y->from = 0.0;
    other.analyses.parameterScan->y->to = 0.6;
    other.analyses.orbitDiagram->parameter = "b";
    other.analyses.orbitDiagram->from = 0.0;
    other.analyses.orbitDiagram->to = 0.5;
    QVERIFY(w.document()->editStudy(other, QStringLiteral("swap"), error));
    QVERIFY(w.waitUntilIdle(120000));
    QVERIFY(w.orbitDiagram()->branchOverlay().isEmpty());
    QVERIFY(!w.analyses()->parameterScan()->planeView()->curveOverlay().isEmpty()); // (a, b): still a match
    other.analyses.parameterScan->y.reset();
    QVERIFY(w.document()->editStudy(other, QStringLiteral("1-D"), error));
    QVERIFY(w.waitUntilIdle(120000));
    QVERIFY(w.analyses()->parameterScan()->planeView()->curveOverlay().isEmpty());
}

void TestAnalysisDocks::criticalSliceDrawnOnPortrait()
{
    // A network's critical set on the slice (x0, y0) through the initial state: the fixed-points
    // dock shows a portrait whose LC_-1 curves pass through exactly the engine's points
    // (findCriticalSet with the same slice, box and grid), projected on the slice.
    MainWindow w;
    Study s = Study::defaultsFor("chain");
    FixedPointSettings fp;
    fp.seeds = 4;
    CriticalSetSettings c;
    c.variables = {"x0", "y0"};
    c.boxMin = {-1.0, -3.0};
    c.boxMax = {8.0, 3.0};
    c.resolution = 30;
    c.distance = 0.5;
    fp.criticalSet = c;
    s.analyses.fixedPoints = fp;
    QString error;
    QVERIFY2(w.setStudy(s, error), qPrintable(error));
    QVERIFY(w.waitUntilIdle(60000));
    const auto plots = w.analyses()->fixedPoints()->plots();
    QCOMPARE(plots.size(), std::size_t{1});
    QVERIFY(plots.front().plot->title().text().contains(QStringLiteral("of the orbit within 0.5")));
    const auto model = s.createModel();
    CriticalSetOptions o;
    o.slice = {0, 1};
    o.sliceStates = {s.initialState};
    o.boxMin = c.boxMin;
    o.boxMax = c.boxMax;
    o.resolution = c.resolution;
    const CriticalSet engine = findCriticalSet(*model, o);
    QVERIFY(!engine.points.empty());
    // The points joined by segments are the ones a curve can show.
    std::set<std::pair<double, double>> expected, drawn;
    for (const auto& [a, b] : engine.segments)
        for (int k : {a, b})
            expected.emplace(engine.points[static_cast<std::size_t>(k)][0],
                             engine.points[static_cast<std::size_t>(k)][1]);
    bool legend = false;
    for (QwtPlotItem* item : plots.front().plot->itemList(QwtPlotItem::Rtti_PlotCurve)) {
        auto* curve = static_cast<QwtPlotCurve*>(item);
        if (curve->pen().style() != Qt::SolidLine || curve->pen().color() != QColor(200, 30, 30))
            continue;
        legend = legend || curve->title().text() == QStringLiteral("critical set LC_-1 (det J = 0)");
        for (std::size_t i = 0; i < curve->dataSize(); ++i)
            drawn.emplace(curve->sample(i).x(), curve->sample(i).y());
    }
    QVERIFY(legend);
    QVERIFY(!expected.empty());
    QVERIFY(drawn == expected);
}

void TestAnalysisDocks::lyapunovAlongShownAndEditable()
{
    // The Lyapunov dock: "Along a parameter" adds lyapunov.along (one undo step) and the dock shows
    // the spectrum along it below the convergence curves, the numbers app/compute gives; the
    // parameter, range and count edit it; undo takes it away and the plot with it. Hénon along b:
    // lambda_1 + lambda_2 = ln|b| (det J = -b) at every value, through the view's own data.
    QString error;
    MainWindow w;
    Study s = bareStudy("henon");
    LyapunovSettings l;
    l.transient = 500;
    l.steps = 5000;
    s.analyses.lyapunov = l;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    LyapunovTask* task = w.analyses()->lyapunov();
    QVERIFY(task->alongView()->isHidden());
    QCOMPARE(task->plots().size(), std::size_t{1});
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    const int steps = w.document()->undoStack()->count();
    auto* along = controlWithTip<QCheckBox>(
        bar,
        QStringLiteral("Also the spectrum at every value of one parameter, each from the initial state (or "
                       "from the previous value's final state: follow)"));
    QVERIFY(along);
    auto* count =
        controlWithTip<QSpinBox>(bar, QStringLiteral("How many parameter values, both ends included"));
    QVERIFY(count);
    QVERIFY(!count->isVisibleTo(bar)); // only while the section goes along a parameter
    along->click();
    QVERIFY(w.study().analyses.lyapunov->along.has_value());
    QCOMPARE(w.study().analyses.lyapunov->along->parameter, std::string("a")); // the first parameter
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QVERIFY(count->isVisibleTo(bar));
    auto* parameter =
        controlWithTip<QComboBox>(bar, QStringLiteral("The parameter the spectrum is computed along"));
    // A number field's tooltip ends with its value.
    const auto lineStartingWith = [bar](const QString& tip) -> QLineEdit* {
        for (QLineEdit* line : bar->findChildren<QLineEdit*>())
            if (line->toolTip().startsWith(tip))
                return line;
        return nullptr;
    };
    QLineEdit* from = lineStartingWith(QStringLiteral("First value of the parameter"));
    QLineEdit* to = lineStartingWith(QStringLiteral("Last value of the parameter"));
    QVERIFY(parameter);
    QVERIFY(from);
    QVERIFY(to);
    parameter->setCurrentText(QStringLiteral("b"));
    from->setText(QStringLiteral("0.1"));
    emit from->editingFinished();
    to->setText(QStringLiteral("0.3"));
    emit to->editingFinished();
    count->setValue(5);
    const LyapunovAlongSettings& a = *w.study().analyses.lyapunov->along;
    QCOMPARE(a.parameter, std::string("b"));
    QCOMPARE(a.from, 0.1);
    QCOMPARE(a.to, 0.3);
    QCOMPARE(a.count, 5);
    QVERIFY(w.waitUntilIdle());
    LyapunovAlongView* view = task->alongView();
    QVERIFY(!view->isHidden());
    QCOMPARE(task->plots().size(), std::size_t{2});
    QCOMPARE(task->plots().back().fileStem, QStringLiteral("lyapunov_along"));
    // ND_VIEW_DUMP=folder keeps a picture of the dock for a look by eye.
    if (const QByteArray dump = qgetenv("ND_VIEW_DUMP"); !dump.isEmpty()) {
        QWidget* dock = w.analyses()->dockOf(task);
        dock->resize(700, 560);
        dock->grab().save(QString::fromLocal8Bit(dump) + QStringLiteral("/lyapunov-dock.png"));
    }
    QVERIFY(view->title().text().contains(QStringLiteral("along b")));
    QVERIFY(view->title().text().contains(QStringLiteral("same initial state")));
    QCOMPARE(view->exponentCount(), 2);
    QCOMPARE(view->segmentCount(0), 1);
    const QList<QByteArray> rows = view->toCsv().trimmed().split('\n');
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first(), QByteArray("b,lambda_1,lambda_2,escaped"));
    const compute::LyapunovAlongComputation c = compute::lyapunovAlong(w.study(), 1);
    for (int i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        const double b = f[0].toDouble();
        QCOMPARE(b, c.result.values[static_cast<std::size_t>(i - 1)]);
        QCOMPARE(f[1].toDouble(), c.result.rows[static_cast<std::size_t>(i - 1)].exponents[0]);
        QVERIFY2(std::fabs(f[1].toDouble() + f[2].toDouble() - std::log(b)) < 1e-10, rows[i].constData());
    }
    // Undo the four edits and the switch (the stack keeps them for redo): no along, no plot.
    for (int i = 0; i < 5; ++i)
        w.document()->undoStack()->undo();
    QVERIFY(!w.study().analyses.lyapunov->along.has_value());
    QCOMPARE(w.document()->undoStack()->count(), steps + 5);
    QVERIFY(!along->isChecked());
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->alongView()->isHidden());
    QCOMPARE(task->plots().size(), std::size_t{1});
}

void TestAnalysisDocks::lyapunovAlongReportsProgressAndCancels()
{
    // A long spectrum along a parameter: the bar moves while the values are computed, and the
    // user's cancel stops the job within a moment (inside a value, not after all of them).
    QString error;
    MainWindow w;
    Study s = bareStudy("chialvo");
    LyapunovSettings l;
    l.transient = 100;
    l.steps = 2'000'000;
    l.curvePoints = 0;
    l.along = LyapunovAlongSettings{"b", 0.1, 0.6, 400, AlongStart::Fixed};
    s.analyses.lyapunov = l;
    QVERIFY(w.setStudy(s, error));
    LyapunovTask* task = w.analyses()->lyapunov();
    double progress = 0.0;
    connect(task, &AnalysisTask::progressChanged, this, [&](double f) { progress = std::max(progress, f); });
    task->restartNow();
    QVERIFY(task->runner()->isRunning());
    // The point is 1/401 of the bar; beyond 2/401, values along b have been finished.
    QTRY_VERIFY_WITH_TIMEOUT(progress > 2.0 / 401, 30000);
    QVERIFY(progress < 1.0);
    QElapsedTimer clock;
    clock.start();
    w.cancelButton()->click();
    QVERIFY(!task->runner()->isRunning());
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!task->isComplete());
}

void TestAnalysisDocks::statusBarReadsOutTheCell()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.setStudy(scanStudy(4, 100), error));
    ParameterPlaneView* plane = w.analyses()->parameterScan()->planeView();
    w.analyses()->dockOf(w.analyses()->parameterScan())->raise();
    QVERIFY(w.waitUntilIdle());
    const QPointF at = plane->cellPlotPosition(2, 3);
    QTest::mouseMove(plane->canvas(), QPoint(qRound(plane->transform(QwtAxis::XBottom, at.x())),
                                             qRound(plane->transform(QwtAxis::YLeft, at.y()))));
    // The cell's parameters and value, on one line.
    const QString expected = plane->readoutAt(at).replace(QLatin1Char('\n'), QLatin1String("; "));
    QVERIFY(expected.contains(QLatin1String("a = ")));
    bool shown = false;
    for (const QLabel* label : w.statusBar()->findChildren<QLabel*>())
        shown = shown || label->text() == expected;
    QVERIFY2(shown, qPrintable(expected));
}

void TestAnalysisDocks::everyControlHasToolTipAndEveryDockAToggle()
{
    QString error;
    MainWindow w;
    // Every analysis on, so every bar is live.
    Study s = bareStudy("ring-star");
    for (const AnalysisTask* task : w.analyses()->tasks())
        s = task->withAnalysis(s, *s.createModel(), true);
    QVERIFY(w.setStudy(s, error));
    for (AnalysisDock* dock : w.analyses()->docks()) {
        QVERIFY2(!dock->enableSwitch()->toolTip().isEmpty(), qPrintable(dock->objectName()));
        int controls = 0;
        for (QWidget* c : dock->settingsBar()->findChildren<QWidget*>()) {
            if (!qobject_cast<QAbstractSpinBox*>(c) && !qobject_cast<QComboBox*>(c) &&
                !qobject_cast<QLineEdit*>(c) && !qobject_cast<QAbstractButton*>(c))
                continue;
            if (qobject_cast<QLineEdit*>(c) && qobject_cast<QAbstractSpinBox*>(c->parentWidget()))
                continue; // a spin box's own editor
            ++controls;
            QVERIFY2(!c->toolTip().isEmpty(),
                     qPrintable(dock->objectName() + QLatin1Char(' ') + c->metaObject()->className()));
        }
        QVERIFY2(controls >= 2, qPrintable(dock->objectName()));
    }
    // The View menu shows or hides every dock; the Analysis menu switches every analysis.
    QSet<QString> toggles, switches;
    for (QAction* top : w.menuBar()->actions())
        for (QAction* a : top->menu()->actions()) {
            if (top->text() == QLatin1String("&View"))
                toggles.insert(a->text());
            if (top->text() == QLatin1String("&Analysis") && a->isCheckable())
                switches.insert(a->text());
        }
    for (const QDockWidget* dock : w.findChildren<QDockWidget*>())
        QVERIFY2(toggles.contains(dock->windowTitle()), qPrintable(dock->windowTitle()));
    for (const AnalysisTask* task : w.analyses()->tasks())
        QVERIFY2(switches.contains(task->title()), qPrintable(task->title()));
    QVERIFY(switches.contains(QStringLiteral("Orbit diagram")));
}

// Issue 16.1: the orbit diagram, an analysis like the others, restarts only when its own inputs
// change. On the old path (its own job in AnalysisController, compared with the whole study
// minus the swept parameter and the view) an edit of another analysis's settings and of the
// trajectory's sample count each restarted it (measured on d3500dd: 1 start each).
void TestAnalysisDocks::analysesRestartOnlyForTheirOwnInputs()
{
    QString error;
    Study s = Study::defaultsFor("logistic");
    s.simulation.samples = 300;
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = "r";
    d.columns = 40;
    d.transient = 100;
    d.samples = 50;
    s.analyses.zeroOne = ZeroOneSettings();
    MainWindow w;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    const std::vector<AnalysisTask*>& tasks = w.analyses()->tasks();
    AnalysisTask* orbit = w.analyses()->orbitDiagram();
    AnalysisTask* zeroOne = w.analyses()->zeroOne();
    std::map<AnalysisTask*, int> starts;
    for (AnalysisTask* t : tasks)
        connect(t->runner(), &JobRunner::started, this, [&starts, t]() { ++starts[t]; });
    // Applies the edit and returns the tasks it restarted.
    const auto restarted = [&](const std::function<void(Study&)>& change) {
        starts.clear();
        Study t = w.study();
        change(t);
        const bool ok = w.document()->editStudy(t, QStringLiteral("edit"), error);
        w.waitUntilIdle();
        std::set<AnalysisTask*> out;
        for (const auto& [task, n] : starts)
            if (n > 0)
                out.insert(task);
        return ok ? out : std::set<AnalysisTask*>{nullptr};
    };
    using Set = std::set<AnalysisTask*>;
    QVERIFY(restarted([](Study& t) { t.analyses.zeroOne->cCount += 10; }) == Set{zeroOne});
    QVERIFY(restarted([](Study& t) { t.analyses.orbitDiagram->columns += 10; }) == Set{orbit});
    // The swept parameter: every column sets it; the 0-1 test reads the trajectory at r.
    QVERIFY(restarted([](Study& t) { t.parameters["r"] = 3.9; }) == Set{zeroOne});
    // The trajectory's sampling is the 0-1 test's input, not the diagram's.
    QVERIFY(restarted([](Study& t) { t.simulation.samples += 100; }) == Set{zeroOne});
    QVERIFY(restarted([](Study& t) { t.view.cobweb = !t.view.cobweb; }).empty());
    // What every column starts from: both.
    QVERIFY(restarted([](Study& t) { t.initialState[0] = 0.3; }) == (Set{orbit, zeroOne}));
    QVERIFY(restarted([](Study& t) { t.simulation.escapeBound = 1e6; }) == (Set{orbit, zeroOne}));
}

// The network spectrum's method box edits the study's method; a q grid still at the old
// method's default follows the new method's (NeuroMFA: -3..3 step 0.1), and back.
void TestAnalysisDocks::networkSpectrumMethodBox()
{
    QString error;
    MainWindow w;
    Study s = bareStudy("ring-star");
    s.analyses.networkSpectrum = NetworkSpectrumSettings{};
    QVERIFY(w.setStudy(s, error));
    QWidget* bar = w.analyses()->dockOf(w.analyses()->networkSpectrum())->settingsBar();
    QComboBox* method = nullptr;
    for (QComboBox* box : bar->findChildren<QComboBox*>())
        if (box->toolTip().startsWith(QStringLiteral("NeuroMFA as its official code")))
            method = box;
    QVERIFY(method);
    QCOMPARE(method->currentIndex(), 3); // normalised-growth, in the order of NetworkSpectrumMethod
    method->setCurrentIndex(0);
    QCOMPARE(w.study().analyses.networkSpectrum->method, NetworkSpectrumMethod::NeuroMfaCode);
    QCOMPARE(w.study().analyses.networkSpectrum->q, neuroMfaQGrid());
    method->setCurrentIndex(2);
    QCOMPARE(w.study().analyses.networkSpectrum->method, NetworkSpectrumMethod::Sandbox);
    QCOMPARE(w.study().analyses.networkSpectrum->q, NetworkSpectrumOptions{}.q);
    QLineEdit* dMax = nullptr; // a line edit's tip ends with its value
    for (QLineEdit* line : bar->findChildren<QLineEdit*>())
        if (line->toolTip().startsWith(QStringLiteral("NeuroMFA keeps distances d with 1 < d <= d max")))
            dMax = line;
    QVERIFY(dMax);
    QCOMPARE(dMax->text(), QStringLiteral("150"));
    QVERIFY(w.waitUntilIdle());
}

// Ticking "Surrogates" in the sample-entropy bar adds the section's significance (one undo step),
// reruns the job, and shows the null histogram under the table: as many surrogates as the count,
// the observed value the table's, p as the rank rule gives it from the histogram's own values.
// Unticking removes it and hides the histogram.
void TestAnalysisDocks::significanceDrawsNullHistogram()
{
    QString error;
    MainWindow w;
    Study s = bareStudy("logistic");
    s.parameters["r"] = 4.0;
    s.simulation.samples = 600;
    s.analyses.sampleEntropy = SampleEntropySettings{};
    s.analyses.sampleEntropy->variable = "x";
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    SampleEntropyTask* task = w.analyses()->sampleEntropy();
    QVERIFY(task->nullView()->isHidden());
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    auto* on = controlWithTip<QCheckBox>(
        bar, QStringLiteral("Also test the measure's value against surrogates of the series: the null "
                            "histogram with the observed value and the p-value "
                            "(docs/significance.md)"));
    QVERIFY(on);
    const int steps = w.document()->undoStack()->count();
    on->setChecked(true);
    QVERIFY(w.study().analyses.sampleEntropy->significance);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    auto* count = controlWithTip<QSpinBox>(
        bar, QStringLiteral("Number of surrogates (199 allows p down to 0.005 on one tail)"));
    QVERIFY(count && count->isVisibleTo(bar));
    count->setValue(19);
    auto* tail = controlWithTip<QComboBox>(
        bar, QStringLiteral("greater: is the value unusually large; less: unusually "
                            "small; two-sided: either (choose before looking)"));
    QVERIFY(tail);
    tail->setCurrentIndex(1); // less: a chaotic series is more regular than its surrogates
    QCOMPARE(w.study().analyses.sampleEntropy->significance->tail, Tail::Less);
    QVERIFY(w.waitUntilIdle());
    NullHistogramView* null = task->nullView();
    QVERIFY(!null->isHidden());
    QVERIFY(null->hasData());
    const SignificanceResult& r = null->result();
    QCOMPARE(r.nullValues.size(), std::size_t{19});
    std::size_t binned = 0;
    for (const auto& b : null->bins())
        binned += b.count;
    QCOMPARE(binned, r.null.defined);
    QCOMPARE(QString::number(r.observed.value, 'g', 10), task->entropyView()->valueOf("sample_entropy"));
    std::size_t atMost = 0;
    for (const MeasureValue& v : r.nullValues)
        atMost += v.defined && v.value <= r.observed.value;
    QCOMPARE(r.pValue, (1.0 + static_cast<double>(atMost)) / (1.0 + static_cast<double>(r.null.defined)));
    QVERIFY(null->summary().contains(QStringLiteral("less")));
    QVERIFY(null->summary().contains(QStringLiteral("iaaft")));
    on->setChecked(false);
    QVERIFY(!w.study().analyses.sampleEntropy->significance);
    QVERIFY(w.waitUntilIdle());
    QVERIFY(null->isHidden());
}

// The synchronisation dock of a ring-star with significance over multivariate FT surrogates:
// one phase set for every node keeps every cross-spectrum, so each surrogate's correlation
// scalar equals the observed one to rounding, and the histogram holds them all.
void TestAnalysisDocks::synchronySignificanceKeepsCorrelation()
{
    QString error;
    MainWindow w;
    Study s = Study::defaultsFor("ring-star", {{"N", "5"}, {"R", "1"}});
    s.simulation.samples = 400;
    s.analyses = {};
    s.analyses.synchrony = SynchronySettings{};
    s.analyses.synchrony->variable = "x";
    SignificanceSettings sig;
    sig.surrogates.kind = SurrogateKind::Ft;
    sig.count = 9;
    sig.scalar = "correlation_value";
    s.analyses.synchrony->significance = sig;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    NullHistogramView* null = w.analyses()->synchrony()->nullView();
    QVERIFY(!null->isHidden());
    const SignificanceResult& r = null->result();
    QVERIFY(r.observed.defined);
    QCOMPARE(r.nullValues.size(), std::size_t{9});
    for (const MeasureValue& v : r.nullValues)
        QVERIFY(v.defined && std::fabs(v.value - r.observed.value) <= 1e-9);
    std::size_t binned = 0;
    for (const auto& b : null->bins())
        binned += b.count;
    QCOMPARE(binned, std::size_t{9});
}

QTEST_MAIN(TestAnalysisDocks)
#include "tst_analysisdocks.moc"
