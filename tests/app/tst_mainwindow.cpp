// The main window offscreen: parameter edits recompute the views through the job runner;
// every example opens and each of its analyses runs to completion with data in the plots;
// a corrupted or future-version study gives an error dialog and leaves the current study
// untouched; every view renders headless with real content.
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "modalcloser.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/orbitdiagramview.h"
#include "plots/phaseportraitview.h"
#include "plots/plotdata.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"
#include "study/studyfile.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nd;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void parameterChangeRedrawsPlots();
    void initialStateChangeRedrawsPlots();
    void examplesOpenAndAnalysesComplete_data();
    void examplesOpenAndAnalysesComplete();
    void badStudyFilesShowErrorAndKeepStudy_data();
    void badStudyFilesShowErrorAndKeepStudy();
    void oneDimensionalMapShowsCobweb();
    void stabilityViewsHoldKnownValues();
    void networkShowsSpaceTimeRaster();
    void renderWritesImagesWithContent();
    void docksStartWideAndLayoutIsRestored();
    void commonActionsHaveShortcutsAndStatusTips();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The window layout goes to a private folder: a first run, and not the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

static Study smallStudy(const char* type = "chialvo")
{
    Study s = Study::defaultsFor(type);
    s.simulation.samples = 2000;
    s.orbitDiagram.columns = 40;
    s.orbitDiagram.bins = 50;
    s.orbitDiagram.transient = 100;
    s.orbitDiagram.samples = 100;
    return s;
}

void TestMainWindow::parameterChangeRedrawsPlots()
{
    MainWindow w;
    QVERIFY(w.setStudy(smallStudy()));
    QVERIFY(w.waitUntilIdle());
    const auto before = w.phasePortrait()->points();
    const auto seriesBefore = w.timeSeries()->points(0);
    QVERIFY(before.size() > 100);
    // b is parameter 1 of the Chialvo map; type a new value as a user would.
    w.parameterPanel()->parameterRow(1)->spinBox()->setValue(0.18);
    QCOMPARE(w.study().parameters.at("b"), 0.18);
    QVERIFY(w.waitUntilIdle());
    const auto after = w.phasePortrait()->points();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QVERIFY(w.timeSeries()->points(0) != seriesBefore);
    // The plotted points are the orbit of the new parameters: check one step of the map.
    const double x = after[10].x(), y = after[10].y();
    QVERIFY(std::fabs(after[11].x() - (x * x * std::exp(y - x) + 0.03)) < 1e-12);
    QVERIFY(std::fabs(after[11].y() - (0.89 * y - 0.18 * x + 0.28)) < 1e-12);
}

void TestMainWindow::initialStateChangeRedrawsPlots()
{
    MainWindow w;
    Study s = smallStudy();
    s.simulation.transient = 0;
    QVERIFY(w.setStudy(s));
    w.parameterPanel()->initialRow(0)->spinBox()->setValue(0.75);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(w.phasePortrait()->points().front().x(), 0.75);
    QCOMPARE(w.timeSeries()->points(0).front().y(), 0.75);
}

void TestMainWindow::examplesOpenAndAnalysesComplete_data()
{
    QTest::addColumn<QString>("example");
    const QStringList names = FileController::exampleNames();
    QVERIFY(names.size() >= 2);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestMainWindow::examplesOpenAndAnalysesComplete()
{
    QFETCH(QString, example);
    MainWindow w;
    QString error;
    QVERIFY2(w.openStudyFile(FileController::examplePath(example), &error), qPrintable(error));
    QVERIFY(w.waitUntilIdle(120000));
    QVERIFY(w.phasePortrait()->pointCount() > 500);
    QVERIFY(w.timeSeries()->curveCount() >= 1);
    QVERIFY(w.timeSeries()->hasData());
    const OrbitDiagramView* orbit = w.orbitDiagram();
    if (w.study().orbitDiagram.enabled) {
        QCOMPARE(orbit->filledColumnCount(), w.study().orbitDiagram.columns);
        int lit = 0;
        for (int c = 0; c < orbit->columnCount(); ++c)
            for (int b = 0; b < orbit->binCount(); ++b)
                lit += orbit->density(c, b) > 0.0;
        // A diagram with content: every column has at least one visited bin.
        QVERIFY(lit >= orbit->columnCount());
    } else {
        QVERIFY(!orbit->hasData());
    }
    // Every analysis the study has finished, and each of its plots holds data; the others are
    // not computed.
    int enabled = 0;
    for (const AnalysisTask* task : w.analyses()->tasks()) {
        if (!task->isEnabled()) {
            QVERIFY2(task->runner()->startCount() == 0, qPrintable(task->dockName()));
            continue;
        }
        ++enabled;
        QVERIFY2(task->isComplete(), qPrintable(task->dockName()));
        const auto plots = task->plots();
        QVERIFY2(!plots.empty() || !task->csvSources().empty(), qPrintable(task->dockName()));
        for (const auto& p : plots) {
            const auto* data = dynamic_cast<const PlotData*>(p.plot);
            QVERIFY2(data && data->hasData(), qPrintable(task->dockName() + QLatin1Char(' ') + p.fileStem));
            QVERIFY(data->toCsv().count('\n') >= 2);
        }
        for (const auto& [stem, csv] : task->csvSources())
            QVERIFY2(csv().count('\n') >= 2, qPrintable(stem));
    }
    QVERIFY(enabled >= 1);
    if (w.study().analyses.fixedPoints)
        QVERIFY(w.fixedPoints()->rowCount() >= 1);
    if (w.study().analyses.lyapunov)
        QVERIFY(w.lyapunov()->hasData() && w.lyapunov()->curveCount() >= 1);
}

void TestMainWindow::badStudyFilesShowErrorAndKeepStudy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("corrupted") << QByteArray("{\"format\": \"neurodyn-study\", \"schema_") << "JSON";
    QTest::newRow("future version")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":7,"model":{"type":"chialvo"}})") << "newer";
    QTest::newRow("bad section")
        << QByteArray(R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"},"view":{"phase_x":9}})")
        << "view.phase_x";
}

void TestMainWindow::badStudyFilesShowErrorAndKeepStudy()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    MainWindow w;
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("chialvo-bursting"))));
    QVERIFY(w.waitUntilIdle());
    const Study before = w.study();
    const auto points = w.phasePortrait()->points();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    ModalCloser closer;
    QVERIFY(!w.files()->openFile(path));
    QCOMPARE(closer.count(), 1);
    QVERIFY2(closer.lastText().contains(mentions), qPrintable(closer.lastText()));
    QVERIFY(w.study() == before);
    QVERIFY(w.waitUntilIdle());
    QVERIFY(w.phasePortrait()->points() == points);
}

void TestMainWindow::oneDimensionalMapShowsCobweb()
{
    MainWindow w;
    Study s = smallStudy("logistic");
    s.parameters["r"] = 3.2; // period 2: the return map is two points
    s.simulation.transient = 1000;
    QVERIFY(w.setStudy(s));
    QVERIFY(w.waitUntilIdle());
    const auto pts = w.phasePortrait()->points();
    QVERIFY(pts.size() > 100);
    // x(n+1) = r x(n) (1 - x(n)) for every plotted point.
    for (std::size_t i = 0; i < pts.size(); i += 97)
        QVERIFY(std::fabs(pts[i].y() - 3.2 * pts[i].x() * (1 - pts[i].x())) < 1e-12);
    QVERIFY(w.phasePortrait()->cobwebPointCount() > 10);
}

void TestMainWindow::stabilityViewsHoldKnownValues()
{
    // Chialvo (0.89, 0.6, 0.28, 0.03): the stable focus x* ~ 0.0680655, y* ~ 2.1741882 with
    // complex multipliers of modulus ~ 0.99218 (models.md).
    MainWindow w;
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("chialvo-oscillation"))));
    QVERIFY(w.waitUntilIdle(120000));
    bool found = false;
    for (const FixedPoint& p : w.fixedPoints()->points()) {
        if (std::fabs(p.state[0] - 0.0680655) < 1e-6 && std::fabs(p.state[1] - 2.1741882) < 1e-6) {
            found = true;
            QCOMPARE(p.stability, Stability::StableFocus);
            QVERIFY(std::fabs(p.moduli[0] - 0.99218) < 1e-4);
        }
    }
    QVERIFY(found);
    QVERIFY(w.fixedPoints()->toCsv().count('\n') >= 2);

    // Henon (1.4, 0.3): lambda1 ~ 0.41922, and lambda1 + lambda2 = ln 0.3 to round-off.
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("henon-attractor"))));
    QVERIFY(w.waitUntilIdle(120000));
    const auto& ex = w.lyapunov()->exponents();
    QCOMPARE(ex.size(), std::size_t(2));
    QVERIFY2(std::fabs(ex[0] - 0.41922) < 0.02, qPrintable(QString::number(ex[0])));
    QVERIFY(std::fabs(ex[0] + ex[1] - std::log(0.3)) < 1e-6);
    QCOMPARE(w.lyapunov()->curveCount(), 2);
}

void TestMainWindow::networkShowsSpaceTimeRaster()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.openStudyFile(FileController::examplePath(QStringLiteral("ring-star-higher-order-4")), &error),
             qPrintable(error));
    QVERIFY(w.waitUntilIdle(120000));
    QCOMPARE(w.spaceTime()->nodeCount(), 4);
    QVERIFY(w.spaceTime()->stepCount() > 100);
    // The raster holds the trajectory: node 0's activation is the time series column x0.
    const auto x0 = w.timeSeries()->points(0);
    const int steps = w.spaceTime()->stepCount();
    QCOMPARE(w.spaceTime()->value(steps - 1, 0), x0.back().y());
}

void TestMainWindow::renderWritesImagesWithContent()
{
    MainWindow w;
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("chialvo-bursting"))));
    w.show();
    QTemporaryDir dir;
    QString error;
    const QStringList files = w.renderImages(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The example has the 0-1 test, sample entropy and MFDFA besides the Lyapunov exponents
    // (fixed points are a table: no image); a single neuron has no space-time plot.
    for (const char* name : {"phase-portrait.png", "time-series.png", "orbit-diagram.png", "lyapunov.png",
                             "zero-one-kc.png", "zero-one-pq.png", "sample-entropy.png", "mfdfa-h.png",
                             "mfdfa-f-alpha.png", "main-window.png"})
        QVERIFY2(files.contains(dir.filePath(QLatin1String(name))), name);
    QVERIFY(!files.contains(dir.filePath(QStringLiteral("space-time.png"))));
    for (const QString& f : files) {
        QImage img(f);
        QVERIFY2(!img.isNull(), qPrintable(f));
        QVERIFY(img.width() > 200 && img.height() > 200);
        // Real content, not empty axes: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 30, qPrintable(QStringLiteral("%1: %2 colours").arg(f).arg(colours.size())));
    }
}

void TestMainWindow::docksStartWideAndLayoutIsRestored()
{
    QSettings().clear();
    int widened = 0;
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* editor = w.findChild<QDockWidget*>(QStringLiteral("modelEditorDock"));
        auto* parameters = w.findChild<QDockWidget*>(QStringLiteral("modelDock"));
        QVERIFY(editor && parameters);
        // Wide enough for the editors' rows without scrolling sideways.
        QVERIFY2(editor->width() >= 360, qPrintable(QString::number(editor->width())));
        QCOMPARE(parameters->width(), editor->width());
        QVERIFY(parameters->height() > 250 && editor->height() > 250);
        auto* scroll = qobject_cast<QScrollArea*>(parameters->widget());
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        // The orbit diagram spans the right side, so its settings bar fits.
        auto* orbit = w.findChild<QDockWidget*>(QStringLiteral("orbitDock"));
        QVERIFY(orbit->width() >= orbit->minimumSizeHint().width());
        QVERIFY(orbit->width() > w.findChild<QDockWidget*>(QStringLiteral("phaseDock"))->width());
        // The user widens the column; closing the window keeps the layout.
        w.resizeDocks({editor}, {560}, Qt::Horizontal);
        QTRY_VERIFY(editor->width() > 440);
        widened = editor->width();
        QVERIFY(w.close());
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto* editor = again.findChild<QDockWidget*>(QStringLiteral("modelEditorDock"));
    QCOMPARE(editor->width(), widened);
    // View > Reset Layout brings back the first-run layout.
    again.resetLayout();
    QTRY_VERIFY2(editor->width() < 440 && editor->width() >= 360,
                 qPrintable(QString::number(editor->width())));
    QTest::qWait(100); // and it stays there once the layout settles
    QVERIFY2(editor->width() < 440 && editor->width() >= 360, qPrintable(QString::number(editor->width())));
    QSettings().clear();
}

void TestMainWindow::commonActionsHaveShortcutsAndStatusTips()
{
    MainWindow w;
    QMap<QString, QString> owner; // key sequence -> action text
    QMap<QString, QAction*> actions;
    for (QAction* top : w.menuBar()->actions()) {
        for (QAction* a : top->menu()->actions()) {
            if (a->isSeparator())
                continue;
            actions[a->text()] = a;
            QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->text()));
            for (const QKeySequence& k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!owner.contains(key), qPrintable(key + ": " + owner.value(key) + ", " + a->text()));
                owner[key] = a->text();
            }
        }
    }
    for (const char* text :
         {"&New Study", "&Open Study...", "&Save Study", "Save Study &As...", "&Quit", "&Preferences...",
          "&Recompute", "&Cancel Computations", "Export &All...", "Reset &Layout", "&Full Screen"}) {
        QVERIFY2(actions.contains(QLatin1String(text)), text);
        QVERIFY2(!actions[QLatin1String(text)]->shortcuts().isEmpty(), text);
    }
    // Undo and redo name the step they undo, so find them by their standard keys.
    QVERIFY(owner.contains(QKeySequence(QKeySequence::Undo).toString()));
    QVERIFY(owner.contains(QKeySequence(QKeySequence::Redo).toString()));
    QCOMPARE(owner.value(QKeySequence(QKeySequence::Save).toString()), QStringLiteral("&Save Study"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
