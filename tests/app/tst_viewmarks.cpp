// The study's current parameter values on the orbit diagram and the parameter plane: the line
// and the crosshair follow a parameter while its slider is dragged (before any recomputation),
// and a Ctrl+click on the orbit diagram sets the swept parameter to the column's value in one
// undo step, which undo takes back.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysisdocks.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/scantask.h"
#include "gui/studydocument.h"
#include "plots/orbitdiagramview.h"
#include "plots/parameterplaneview.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nd;

class TestViewMarks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void orbitLineFollowsTheParameterAndCtrlClickSetsIt();
    void planeCrosshairFollowsTheParameters();
    void planeColorRangeIsPartOfTheStudy();

private:
    QTemporaryDir m_settings;
};

void TestViewMarks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestViewMarks::orbitLineFollowsTheParameterAndCtrlClickSetsIt()
{
    QString error;
    Study s = Study::defaultsFor("logistic");
    s.simulation.samples = 300;
    if (!s.analyses.orbitDiagram)
        s.analyses.orbitDiagram.emplace();
    s.analyses.orbitDiagram->parameter = "r";
    s.analyses.orbitDiagram->from = 2.8;
    s.analyses.orbitDiagram->to = 4.0;
    s.analyses.orbitDiagram->columns = 121;
    s.analyses.orbitDiagram->bins = 100;
    s.analyses.orbitDiagram->transient = 200;
    s.analyses.orbitDiagram->samples = 100;
    MainWindow w;
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    OrbitDiagramView* orbit = w.orbitDiagram();
    const int r = w.document()->model().parameterIndex("r");
    QCOMPARE(orbit->currentParameter(), w.document()->model().parameter(r));

    // A drag of the slider: the line moves with every value, before any recomputation.
    QVERIFY(w.document()->editParameter(r, 3.3, true, error));
    QCOMPARE(orbit->currentParameter(), 3.3);
    QVERIFY(w.document()->editParameter(r, 3.45, true, error));
    QCOMPARE(orbit->currentParameter(), 3.45);
    QVERIFY(w.waitUntilIdle());

    // Ctrl+click on the column at r = 3.83 (columns every 0.01).
    orbit->raise();
    const int steps = w.document()->undoStack()->count();
    const Study before = w.study();
    const QPoint at(qRound(orbit->transform(QwtAxis::XBottom, 3.831)),
                    qRound(orbit->transform(QwtAxis::YLeft, 0.5)));
    QTest::mouseClick(orbit->canvas(), Qt::LeftButton, Qt::ControlModifier, at);
    const double expected = orbit->columnParameter(orbit->columnAt(3.831));
    QVERIFY(std::fabs(expected - 3.83) < 1e-12);
    QCOMPARE(w.study().parameters.at("r"), expected);
    QCOMPARE(w.document()->model().parameter(r), expected);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    QCOMPARE(orbit->currentParameter(), expected);
    w.document()->undoStack()->undo();
    QVERIFY(w.study() == before);
    QCOMPARE(orbit->currentParameter(), 3.45);
    QVERIFY(w.waitUntilIdle());
}

namespace {
// A 5 x 5 parameter plane of the Chialvo map over (a, b), without the orbit diagram.
Study planeStudy()
{
    Study s = Study::defaultsFor("chialvo");
    s.simulation.samples = 300;
    s.analyses.orbitDiagram.reset();
    ScanSettings scan;
    scan.x = {"a", 0.8, 0.95, 5};
    scan.y = ScanAxisSettings{"b", 0.1, 0.6, 5};
    scan.transient = 100;
    scan.steps = 200;
    s.analyses.parameterScan = scan;
    return s;
}
} // namespace

void TestViewMarks::planeCrosshairFollowsTheParameters()
{
    QString error;
    const Study s = planeStudy();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    ParameterPlaneView* plane = w.analyses()->parameterScan()->planeView();
    const Model& model = w.document()->model();
    QCOMPARE(plane->currentPoint(), QPointF(model.parameter("a"), model.parameter("b")));
    QVERIFY(w.document()->editParameter(model.parameterIndex("b"), 0.42, true, error));
    QCOMPARE(plane->currentPoint(), QPointF(model.parameter("a"), 0.42));
    QVERIFY(w.waitUntilIdle());
}

// The user's colour range of the parameter plane (24.9) belongs to the study: setting it is one
// undo step, undo restores the automatic range, and it is saved and shown again on reopening.
void TestViewMarks::planeColorRangeIsPartOfTheStudy()
{
    const Study s = planeStudy();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("range.neurodyn"));
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.setStudy(s, error), qPrintable(error));
        QVERIFY(w.waitUntilIdle());
        ParameterPlaneView* plane = w.analyses()->parameterScan()->planeView();
        QVERIFY(!plane->userColorRange());
        const QwtInterval automatic = plane->colorRange();
        QUndoStack* undo = w.document()->undoStack();
        const int steps = undo->count();
        plane->setColorRange(QwtInterval(-0.25, 0.125)); // what the context menu's dialog does
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(w.study().view.scanColorRange == std::make_pair(-0.25, 0.125));
        QCOMPARE(plane->colorRange().minValue(), -0.25);
        QCOMPARE(plane->colorRange().maxValue(), 0.125);
        undo->undo();
        QVERIFY(!w.study().view.scanColorRange);
        QVERIFY(!plane->userColorRange());
        QCOMPARE(plane->colorRange(), automatic);
        undo->redo();
        QVERIFY(plane->userColorRange());
        QCOMPARE(plane->colorRange().maxValue(), 0.125);
        QVERIFY2(w.document()->save(path, error), qPrintable(error));
        QVERIFY(w.waitUntilIdle());
    }
    MainWindow reopened;
    QVERIFY(reopened.files()->openFile(path));
    QVERIFY(reopened.waitUntilIdle());
    ParameterPlaneView* plane = reopened.analyses()->parameterScan()->planeView();
    QVERIFY(plane->userColorRange());
    QCOMPARE(plane->colorRange().minValue(), -0.25);
    QCOMPARE(plane->colorRange().maxValue(), 0.125);
}

QTEST_MAIN(TestViewMarks)
#include "tst_viewmarks.moc"
