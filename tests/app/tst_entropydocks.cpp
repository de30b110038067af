// The entropy family's docks in the main window (multiscale, permutation and approximate entropy):
// each computes its section live and shows the value with its conventions string; an edit in its
// settings bar restarts the job and is one undoable step; ticking "Surrogates" draws the null
// histogram (and, for MSE, the surrogates' band around the curve); cancel stops a long MSE with
// surrogates at once; every control has a tooltip. A known value through the GUI: a monotone
// trajectory has permutation entropy 0.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/entropytasks.h"
#include "gui/jobrunner.h"
#include "gui/mainwindow.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"
#include "plots/entropyviews.h"
#include "plots/nullhistogramview.h"
#include "plots/plotstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace nd;

class TestEntropyDocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void eachSectionComputesWithItsConventions();
    void scalesEditRestartsAndIsUndoable();
    void monotoneTrajectoryShowsZero();
    void surrogatesDrawNullHistogramAndBand();
    void cancelStopsLongMse();
    void everyControlHasToolTip();
    void embeddingRuleFromTheBar();

private:
    QTemporaryDir m_settings;
};

void TestEntropyDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

namespace {

// The logistic map at r = 4 (chaotic), only the trajectory and the sections asked for.
Study logisticStudy(long samples)
{
    Study s = Study::defaultsFor("logistic");
    s.parameters["r"] = 4.0;
    s.simulation.samples = samples;
    s.analyses.orbitDiagram.reset();
    return s;
}

template <class Task> Task* taskOf(const MainWindow& w)
{
    for (AnalysisTask* t : w.analyses()->tasks())
        if (auto* task = dynamic_cast<Task*>(t))
            return task;
    return nullptr;
}

template <class Widget> Widget* controlWithTip(QWidget* bar, const QString& tip)
{
    for (Widget* w : bar->findChildren<Widget*>())
        if (w->toolTip() == tip)
            return w;
    return nullptr;
}

QByteArray csvValueOf(const EntropyTableView& view, const QByteArray& key)
{
    for (const EntropyTableView::Row& row : view.rows())
        if (row.key == key)
            return row.csvValue;
    return "missing";
}

const QString kSurrogatesTip =
    QStringLiteral("Also test the measure's value against surrogates of the series: the "
                   "null histogram with the observed value and the p-value "
                   "(docs/significance.md)");

} // namespace

void TestEntropyDocks::eachSectionComputesWithItsConventions()
{
    QString error;
    MainWindow w;
    Study s = logisticStudy(1000);
    s.analyses.multiscaleEntropy = MultiscaleEntropySettings{};
    s.analyses.multiscaleEntropy->variable = "x";
    s.analyses.multiscaleEntropy->maxScale = 6;
    s.analyses.permutationEntropy = PermutationEntropySettings{};
    s.analyses.permutationEntropy->variable = "x";
    s.analyses.approximateEntropy = ApproximateEntropySettings{};
    s.analyses.approximateEntropy->variable = "x";
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    auto* mse = taskOf<MultiscaleEntropyTask>(w);
    auto* pe = taskOf<PermutationEntropyTask>(w);
    auto* apen = taskOf<ApproximateEntropyTask>(w);
    QVERIFY(mse && pe && apen);
    QCOMPARE(mse->entropyView()->scaleCount(), std::size_t(6));
    QVERIFY(mse->entropyView()->curvePoints() > 0);
    QVERIFY(pe->entropyView()->hasData() && apen->entropyView()->hasData());
    // The number with the conventions it was computed under, next to each other.
    QVERIFY(mse->conventionsLabel()->text().contains(QStringLiteral("Complexity index")));
    QVERIFY(mse->conventionsLabel()->text().contains(QStringLiteral("coarse")));
    QVERIFY(pe->conventionsLabel()->text().startsWith(
        QStringLiteral("Permutation entropy %1")
            .arg(pe->entropyView()->valueOf("permutation_entropy").section(' ', 0, 0))));
    QVERIFY(pe->conventionsLabel()->text().contains(QStringLiteral("Conventions:")));
    QVERIFY(apen->conventionsLabel()->text().contains(apen->entropyView()->valueOf("approximate_entropy")));
    // The logistic map at r = 4 never decreases twice in a row: of the 6 ordinal patterns of order 3
    // the strictly decreasing one is forbidden (Amigo, Zambrano and Sanjuan 2007).
    QCOMPARE(csvValueOf(*pe->entropyView(), "patterns_missing"), QByteArray("1"));
    // Each dock shows while its section exists, in the window's tab group of the series measures
    // (not floating over the model editor).
    for (AnalysisTask* t : std::initializer_list<AnalysisTask*>{mse, pe, apen}) {
        AnalysisDock* dock = w.analyses()->dockOf(t);
        QVERIFY(!dock->isHidden());
        QVERIFY(!dock->isFloating());
        QCOMPARE(w.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QVERIFY(w.tabifiedDockWidgets(dock).size() >= 2);
    }
}

void TestEntropyDocks::scalesEditRestartsAndIsUndoable()
{
    QString error;
    MainWindow w;
    Study s = logisticStudy(2000);
    s.analyses.multiscaleEntropy = MultiscaleEntropySettings{};
    s.analyses.multiscaleEntropy->variable = "x";
    s.analyses.multiscaleEntropy->maxScale = 8;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    auto* task = taskOf<MultiscaleEntropyTask>(w);
    QCOMPARE(task->entropyView()->scaleCount(), std::size_t(8));
    const int starts = task->runner()->startCount();
    const int steps = w.document()->undoStack()->count();
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    auto* scales = controlWithTip<QSpinBox>(bar, QStringLiteral("Scales 1..S of the coarse-graining"));
    QVERIFY(scales);
    scales->setValue(5);
    QCOMPARE(w.study().analyses.multiscaleEntropy->maxScale, 5);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(task->runner()->startCount(), starts + 1);
    QCOMPARE(task->entropyView()->scaleCount(), std::size_t(5));
    auto* method = controlWithTip<QComboBox>(
        bar,
        QStringLiteral("Costa: one coarse-grained series per scale; refined composite: the A and B counts "
                       "of the s shifted coarse-grained series summed (defined at larger scales)"));
    QVERIFY(method);
    method->setCurrentIndex(1);
    QCOMPARE(w.study().analyses.multiscaleEntropy->method, MseMethod::RefinedComposite);
    QCOMPARE(w.document()->undoStack()->count(), steps + 2);
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().analyses.multiscaleEntropy->maxScale, 8);
    QCOMPARE(w.study().analyses.multiscaleEntropy->method, MseMethod::Costa);
    QCOMPARE(scales->value(), 8); // the bar follows the study
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(task->entropyView()->scaleCount(), std::size_t(8));
}

void TestEntropyDocks::monotoneTrajectoryShowsZero()
{
    // The logistic map at r = 0.5 from 0.1 falls monotonically towards 0 (x' < x, x' > 0) at rate
    // 0.5, far above the smallest double in 300 steps: every window is the decreasing pattern,
    // so the permutation entropy is exactly 0.
    QString error;
    MainWindow w;
    Study s = logisticStudy(300);
    s.parameters["r"] = 0.5;
    s.initialState = {0.1};
    s.simulation.transient = 0;
    s.analyses.permutationEntropy = PermutationEntropySettings{};
    s.analyses.permutationEntropy->variable = "x";
    s.analyses.permutationEntropy->order = 5;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    auto* task = taskOf<PermutationEntropyTask>(w);
    QCOMPARE(csvValueOf(*task->entropyView(), "permutation_entropy"), QByteArray("0"));
    QCOMPARE(csvValueOf(*task->entropyView(), "patterns_seen"), QByteArray("1"));
    // 296 windows for 5! = 120 patterns, fewer than 5 each: the table warns under the value.
    QVERIFY(
        csvValueOf(*task->entropyView(), "warning").startsWith("only 296 windows for 120 possible patterns"));
    QCOMPARE(task->entropyView()->rows().at(1).key, QByteArray("warning"));
    QVERIFY(task->conventionsLabel()->text().startsWith(QStringLiteral("Permutation entropy 0.")));
}

void TestEntropyDocks::surrogatesDrawNullHistogramAndBand()
{
    QString error;
    MainWindow w;
    Study s = logisticStudy(600);
    s.analyses.permutationEntropy = PermutationEntropySettings{};
    s.analyses.permutationEntropy->variable = "x";
    s.analyses.multiscaleEntropy = MultiscaleEntropySettings{};
    s.analyses.multiscaleEntropy->variable = "x";
    s.analyses.multiscaleEntropy->maxScale = 4;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    auto* pe = taskOf<PermutationEntropyTask>(w);
    QVERIFY(pe->nullView()->isHidden());
    QWidget* bar = w.analyses()->dockOf(pe)->settingsBar();
    auto* on = controlWithTip<QCheckBox>(bar, kSurrogatesTip);
    QVERIFY(on);
    const int steps = w.document()->undoStack()->count();
    on->setChecked(true);
    QVERIFY(w.study().analyses.permutationEntropy->significance);
    QCOMPARE(w.study().analyses.permutationEntropy->significance->scalar, std::string("value"));
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    auto* count =
        controlWithTip<QSpinBox>(bar, QStringLiteral("Number of surrogates (199 allows p down to 0.005 "
                                                     "on one tail)"));
    QVERIFY(count);
    count->setValue(19);
    QVERIFY(w.waitUntilIdle());
    NullHistogramView* null = pe->nullView();
    QVERIFY(!null->isHidden() && null->hasData());
    const SignificanceResult& r = null->result();
    QCOMPARE(r.nullValues.size(), std::size_t(19));
    QCOMPARE(csvNumber(r.observed.value), csvValueOf(*pe->entropyView(), "permutation_entropy"));
    // IAAFT keeps the spectrum, not the forbidden pattern: every surrogate's entropy is higher than
    // the logistic map's, so p (upper tail) is 1 by the rank rule.
    std::size_t atLeast = 0;
    for (const MeasureValue& v : r.nullValues)
        atLeast += v.defined && v.value >= r.observed.value;
    QCOMPARE(atLeast, std::size_t(19));
    QCOMPARE(r.pValue, (1.0 + static_cast<double>(atLeast)) / 20.0);
    QVERIFY(pe->plots().size() == 2); // the table and the null histogram export

    // MSE: the band of the surrogates around the curve.
    auto* mse = taskOf<MultiscaleEntropyTask>(w);
    QVERIFY(!mse->entropyView()->hasBand());
    auto* mseOn = controlWithTip<QCheckBox>(w.analyses()->dockOf(mse)->settingsBar(), kSurrogatesTip);
    QVERIFY(mseOn);
    mseOn->setChecked(true);
    QCOMPARE(w.study().analyses.multiscaleEntropy->significance->scalar, std::string("complexity_index"));
    QVERIFY(w.waitUntilIdle(120000));
    QVERIFY(mse->entropyView()->hasBand());
    QVERIFY(!mse->nullView()->isHidden());
    QVERIFY(mse->entropyView()->toCsv().startsWith("scale,sample_entropy,null_mean,null_sd\n"));
    on->setChecked(false);
    QVERIFY(w.waitUntilIdle());
    QVERIFY(null->isHidden());
}

void TestEntropyDocks::cancelStopsLongMse()
{
    QString error;
    MainWindow w;
    Study s = logisticStudy(200000);
    MultiscaleEntropySettings m;
    m.variable = "x";
    m.maxScale = 20;
    m.method = MseMethod::RefinedComposite;
    m.significance = SignificanceSettings{};
    m.significance->scalar = "complexity_index";
    s.analyses.multiscaleEntropy = m;
    QVERIFY(w.setStudy(s, error));
    auto* task = taskOf<MultiscaleEntropyTask>(w);
    task->restartNow();
    QVERIFY(task->runner()->isRunning());
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    w.cancelButton()->click();
    QVERIFY(!task->runner()->isRunning());
    // The whole job (RCMSE of 2e5 samples over 20 scales, then 199 surrogates) takes minutes even
    // without sanitizers; cancel returns within one coarse-grained series. The bound is loose on
    // purpose: 2 s failed under ASan on a busy machine (3.9 s, 16.5 s beside a build), and a
    // unit test is no place for a speed goal; it still fails if cancel waited for the job.
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!task->isComplete());
}

void TestEntropyDocks::embeddingRuleFromTheBar()
{
    // Permutation entropy of the Henon x with its order chosen by Cao's E1 (issue 20 point 5):
    // the map is two-dimensional, so Cao chooses 2 at delay 1 (tst_embedding), and the view shows
    // the choice before the conventions. The rule is picked in the bar ("Order from:"), the
    // order's own box hides while a rule chooses it, and the change is one undoable step.
    QString error;
    MainWindow w;
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 2000;
    s.analyses.orbitDiagram.reset();
    s.analyses.permutationEntropy = PermutationEntropySettings{};
    s.analyses.permutationEntropy->variable = "x";
    s.analyses.permutationEntropy->order = 4;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    auto* task = taskOf<PermutationEntropyTask>(w);
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    QComboBox* rule = nullptr;
    QSpinBox* order = nullptr;
    for (QComboBox* c : bar->findChildren<QComboBox*>())
        if (c->toolTip().startsWith(
                QStringLiteral("Order d of the ordinal patterns (d! patterns): the number given")))
            rule = c;
    for (QSpinBox* c : bar->findChildren<QSpinBox*>())
        if (c->toolTip() == QStringLiteral("Order d of the ordinal patterns (d! patterns)"))
            order = c;
    QVERIFY(rule && order);
    QCOMPARE(rule->count(), 3); // given, fnn, cao
    QVERIFY(order->isVisibleTo(bar));
    QVERIFY(!task->conventionsLabel()->text().contains(QStringLiteral("chosen from the series")));
    const int steps = w.document()->undoStack()->count();
    rule->setCurrentIndex(2); // cao
    QVERIFY(w.study().analyses.permutationEntropy->rules.dimension == DimensionRule::Cao);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QVERIFY(!order->isVisibleTo(bar));
    QVERIFY(w.waitUntilIdle());
    QVERIFY2(task->conventionsLabel()->text().contains(QStringLiteral("order = 2 (cao: threshold)")),
             qPrintable(task->conventionsLabel()->text()));
    // The number next to the rule that chose it, in the table and its CSV.
    QCOMPARE(task->entropyView()->valueOf("order"), QStringLiteral("2 (chosen by cao: threshold)"));
    QCOMPARE(csvValueOf(*task->entropyView(), "order"), QByteArray("2"));
    QCOMPARE(csvValueOf(*task->entropyView(), "embedding"), QByteArray("order = 2 (cao: threshold)"));
    w.document()->undoStack()->undo();
    QVERIFY(w.study().analyses.permutationEntropy->rules.dimension == DimensionRule::Given);
    QCOMPARE(w.study().analyses.permutationEntropy->order, 4);
    QVERIFY(order->isVisibleTo(bar));
    QVERIFY(w.waitUntilIdle());
}

void TestEntropyDocks::everyControlHasToolTip()
{
    QString error;
    MainWindow w;
    Study s = logisticStudy(300);
    s.analyses.multiscaleEntropy = MultiscaleEntropySettings{};
    s.analyses.permutationEntropy = PermutationEntropySettings{};
    s.analyses.approximateEntropy = ApproximateEntropySettings{};
    for (auto* sig :
         {&s.analyses.multiscaleEntropy->significance, &s.analyses.permutationEntropy->significance,
          &s.analyses.approximateEntropy->significance})
        *sig = SignificanceSettings{};
    QVERIFY(w.setStudy(s, error));
    for (AnalysisTask* t : std::initializer_list<AnalysisTask*>{taskOf<MultiscaleEntropyTask>(w),
                                                                taskOf<PermutationEntropyTask>(w),
                                                                taskOf<ApproximateEntropyTask>(w)}) {
        QWidget* bar = w.analyses()->dockOf(t)->settingsBar();
        QVERIFY(bar);
        int controls = 0;
        for (QWidget* c : bar->findChildren<QWidget*>()) {
            if (!qobject_cast<QSpinBox*>(c) && !qobject_cast<QComboBox*>(c) && !qobject_cast<QLineEdit*>(c) &&
                !qobject_cast<QCheckBox*>(c))
                continue;
            if (qobject_cast<QLineEdit*>(c) && qobject_cast<QSpinBox*>(c->parentWidget()))
                continue; // a spin box's own editor
            ++controls;
            QVERIFY2(!c->toolTip().isEmpty(), qPrintable(t->title() + ": " + c->objectName()));
        }
        QVERIFY(controls >= 5);
    }
    QVERIFY(w.waitUntilIdle());
}

QTEST_MAIN(TestEntropyDocks)
#include "tst_entropydocks.moc"
