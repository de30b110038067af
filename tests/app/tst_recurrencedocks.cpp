// The RQA and embedding docks as a user drives them: the RQA of the Henon x with m chosen by
// false nearest neighbours draws a plot of N - (m - 1) tau = 599 vectors (m = 2 for the Henon map,
// Kennel et al. 1992), switching "m from" to a given m = 3 in the dock's bar is one undo step
// and redraws 598 vectors; surrogates put a null histogram under the plot; windows replace the
// plot by the windowed curves. The embedding dock marks FNN and Cao's m = 2 at tau = 1.
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/mainwindow.h"
#include "gui/recurrencetasks.h"
#include "gui/studydocument.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <qwt_text.h>

using namespace nd;

class TestRecurrenceDocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rqaDockFollowsTheBarAndUndo();
    void significanceAndWindows();
    void embeddingDockMarksTheChoices();

private:
    QTemporaryDir m_settings;
};

void TestRecurrenceDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

namespace {

Study henonStudy()
{
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 600;
    s.analyses.orbitDiagram.reset();
    return s;
}

template <class Widget> Widget* controlWithTip(QWidget* bar, const QString& tip)
{
    for (Widget* w : bar->findChildren<Widget*>())
        if (w->toolTip().startsWith(tip))
            return w;
    return nullptr;
}

} // namespace

void TestRecurrenceDocks::rqaDockFollowsTheBarAndUndo()
{
    QString error;
    MainWindow w;
    Study s = henonStudy();
    RqaSettings r;
    r.variable = "x";
    r.dimensionRule = DimensionRule::Fnn;
    r.theiler = 2;
    s.analyses.rqa = r;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    RqaTask* task = w.analyses()->rqa();
    RecurrencePlotView* plot = task->panel()->plot();
    QCOMPARE(plot->points(), std::size_t{599});
    QVERIFY(plot->title().text().contains("m = 2 (fnn)"));
    QVERIFY2(task->panel()->numbers().contains("DET = 0."), qPrintable(task->panel()->numbers()));
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    auto* rule = controlWithTip<QComboBox>(bar, QStringLiteral("Embedding dimension: the number given"));
    auto* m = controlWithTip<QSpinBox>(bar, QStringLiteral("Embedding dimension"));
    QVERIFY(rule && m);
    QVERIFY(!m->isVisibleTo(bar)); // a chosen m has no number to edit
    const int steps = w.document()->undoStack()->index();
    rule->setCurrentIndex(0); // given
    QVERIFY(m->isVisibleTo(bar));
    m->setValue(3);
    QCOMPARE(w.study().analyses.rqa->dimension, 3);
    QVERIFY(w.study().analyses.rqa->dimensionRule == DimensionRule::Given);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(plot->points(), std::size_t{598});
    QVERIFY(plot->title().text().contains("m = 3 (given)"));
    QVERIFY(w.document()->undoStack()->index() > steps);
    while (w.document()->undoStack()->index() > steps)
        w.document()->undoStack()->undo();
    QVERIFY(w.study().analyses.rqa->dimensionRule == DimensionRule::Fnn);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(plot->points(), std::size_t{599});
}

void TestRecurrenceDocks::significanceAndWindows()
{
    QString error;
    MainWindow w;
    Study s = henonStudy();
    RqaSettings r;
    r.variable = "x";
    r.dimension = 2;
    r.theiler = 2;
    SignificanceSettings g;
    g.surrogates.kind = SurrogateKind::Shuffle;
    g.count = 9;
    g.scalar = "DET";
    r.significance = g;
    s.analyses.rqa = r;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    RqaTask* task = w.analyses()->rqa();
    QVERIFY(!task->nullView()->isHidden());
    QCOMPARE(task->nullView()->result().nullValues.size(), std::size_t{9});
    QCOMPARE(task->nullView()->result().null.defined, std::size_t{9});
    // A shuffle destroys the Henon map's lines: every surrogate's DET is below the map's.
    QCOMPARE(task->nullView()->result().pValue, 0.1);

    Study windowed = w.study();
    windowed.analyses.rqa->significance.reset();
    windowed.analyses.rqa->window = 200;
    windowed.analyses.rqa->step = 100;
    QVERIFY(w.setStudy(windowed, error));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->panel()->plot()->isHidden());
    QVERIFY(!task->panel()->windows()->isHidden());
    QVERIFY(task->panel()->windows()->hasData());
    QCOMPARE(task->panel()->windows()->toCsv().count('\n'), 1 + 5); // (600 - 200) / 100 + 1 windows
    QVERIFY(task->nullView()->isHidden());
}

void TestRecurrenceDocks::embeddingDockMarksTheChoices()
{
    QString error;
    MainWindow w;
    Study s = henonStudy();
    EmbeddingSettings e;
    e.variable = "x";
    e.delayRule = DelayRule::Given;
    e.delay = 1;
    e.maxDimension = 5;
    s.analyses.embedding = e;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    EmbeddingTask* task = w.analyses()->embedding();
    QVERIFY(!task->panel()->delayView()->hasData()); // a given delay has no curve
    QCOMPARE(task->panel()->dimensionView()->markedFnn(), 2);
    QCOMPARE(task->panel()->dimensionView()->markedCao(), 2);
    QWidget* bar = w.analyses()->dockOf(task)->settingsBar();
    auto* rule = controlWithTip<QComboBox>(bar, QStringLiteral("The delay: given"));
    QVERIFY(rule);
    rule->setCurrentIndex(2); // acf
    QVERIFY(w.study().analyses.embedding->delayOptions.method == DelayMethod::Autocorrelation);
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->panel()->delayView()->hasData());
    QVERIFY(task->panel()->delayView()->markedDelay() >= 1);
}

QTEST_MAIN(TestRecurrenceDocks)
#include "tst_recurrencedocks.moc"
