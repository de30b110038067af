// The Attractors dock in the main window, on the product of two cubic maps x' = r x - x^3
// (per coordinate; four stable fixed points +-sqrt(r - 1), each with its quadrant of [-1, 1]^2 as
// basin): followed along r, every value shows four attractors of fraction 1/4 in the stacked
// fractions and the list; a click on an attractor in the fractions draws its orbit (its fixed
// point) and its basin (the 400 grid states of its quadrant); a running search cancels.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/attractorstask.h"
#include "gui/mainwindow.h"
#include "gui/studydocument.h"
#include "plots/attractorsview.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qwt_plot_canvas.h>

#include <cmath>

using namespace nd;

class TestAttractorsDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fractionsListAndClickedAttractor();
    void cancelStopsTheSearch();
    void legendNamesEveryClassOfAnId();

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

QTEST_MAIN(TestAttractorsDock)
#include "tst_attractorsdock.moc"
