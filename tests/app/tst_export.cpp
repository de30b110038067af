// Export: a PNG decodes with the requested size, an SVG parses, a PDF starts with %PDF, the
// CSV holds exactly the plotted data; Export All writes every plot in every format and the
// study; every plot of every analysis dock exports in every format, the parameter plane's CSV
// holds the logistic map's periods and the basins' CSV the orbits that escape; copying to the
// clipboard puts the rendered figure there; bad requests fail cleanly.
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/basinstask.h"
#include "gui/exportcontroller.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/scantask.h"
#include "plots/basinsview.h"
#include "plots/orbitdiagramview.h"
#include "plots/parameterplaneview.h"
#include "plots/phaseportraitview.h"
#include "plots/plotdata.h"
#include "plots/plotexport.h"
#include "plots/timeseriesview.h"
#include "study/studyfile.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace nd;

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasRequestedSize();
    void svgParses();
    void pdfHasHeader();
    void csvHoldsPlottedData();
    void orbitCsvHoldsRaster();
    void exportAllWritesEverything();
    void everyAnalysisPlotExports_data();
    void everyAnalysisPlotExports();
    void scanCsvHoldsLogisticPeriods();
    void basinsCsvHoldsEscapingOrbits();
    void copyToClipboard();
    void badRequestsFailCleanly();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QString error;
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    Study s = Study::defaultsFor("chialvo");
    s.analyses.fixedPoints = FixedPointSettings{};
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->steps = 2000;
    s.simulation.samples = 300;
    s.analyses.orbitDiagram->columns = 30;
    s.analyses.orbitDiagram->bins = 40;
    QVERIFY(m_window->setStudy(s, error));
    QVERIFY(m_window->waitUntilIdle());
}

void TestExport::pngHasRequestedSize()
{
    const QString path = m_dir.filePath(QStringLiteral("p.png"));
    // 127 mm x 76.2 mm at 200 dpi = 1000 x 600 pixels.
    QString error;
    QVERIFY2(exportPlot(m_window->phasePortrait(), path, {QSizeF(127.0, 76.2), 200}, error),
             qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1000, 600));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
}

void TestExport::svgParses()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("p.svg"));
    QVERIFY2(exportPlot(m_window->timeSeries(), path, {}, error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int elements = 0;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (elements++ == 0)
                svgRoot = xml.name() == QLatin1String("svg");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    QVERIFY(elements > 20);
}

void TestExport::pdfHasHeader()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("p.pdf"));
    QVERIFY2(exportPlot(m_window->orbitDiagram(), path, {}, error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

static QList<QByteArray> csvLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed().split('\n');
}

void TestExport::csvHoldsPlottedData()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("p.csv"));
    QVERIFY2(exportPlot(m_window->phasePortrait(), path, {}, error), qPrintable(error));
    const auto lines = csvLines(path);
    const auto points = m_window->phasePortrait()->points();
    QCOMPARE(lines.size(), static_cast<qsizetype>(points.size()) + 1);
    QCOMPARE(lines[0], QByteArray("\"x\",\"y\""));
    for (std::size_t i = 0; i < points.size(); i += 37) {
        const auto cells = lines[static_cast<qsizetype>(i) + 1].split(',');
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[0].toDouble(), points[i].x()); // full precision round trip
        QCOMPARE(cells[1].toDouble(), points[i].y());
    }
    const QString series = m_dir.filePath(QStringLiteral("s.csv"));
    QVERIFY2(exportPlot(m_window->timeSeries(), series, {}, error), qPrintable(error));
    const auto rows = csvLines(series);
    QCOMPARE(rows[0], QByteArray("step,\"x\",\"y\""));
    const auto y = m_window->timeSeries()->points(1);
    QCOMPARE(rows.size(), static_cast<qsizetype>(y.size()) + 1);
    QCOMPARE(rows[5].split(',')[2].toDouble(), y[4].y());
    QCOMPARE(rows[5].split(',')[0].toDouble(), y[4].x());
}

void TestExport::orbitCsvHoldsRaster()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("o.csv"));
    QVERIFY2(exportPlot(m_window->orbitDiagram(), path, {}, error), qPrintable(error));
    const auto lines = csvLines(path);
    QCOMPARE(lines[0], QByteArray("parameter,value,density"));
    const OrbitDiagramView* view = m_window->orbitDiagram();
    int nonzero = 0;
    for (int c = 0; c < view->columnCount(); ++c)
        for (int b = 0; b < view->binCount(); ++b)
            nonzero += view->density(c, b) > 0.0;
    QCOMPARE(lines.size(), nonzero + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto cells = lines[i].split(',');
        const double d = cells[2].toDouble();
        QVERIFY(d > 0.0 && d <= 1.0);
        QVERIFY(view->window().contains(QPointF(cells[0].toDouble(), cells[1].toDouble())));
    }
}

void TestExport::exportAllWritesEverything()
{
    QTemporaryDir dir;
    QString error;
    const QStringList files = m_window->exporter()->exportAll(dir.filePath(QStringLiteral("all")), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Phase portrait, time series, orbit diagram and Lyapunov plot in four formats, the fixed
    // points table as CSV, the study (a single neuron has no space-time plot).
    QCOMPARE(files.size(), 4 * 4 + 1 + 1);
    QVERIFY(files.contains(dir.filePath(QStringLiteral("all/fixed-points.csv"))));
    for (const QString& f : files)
        QVERIFY2(QFile(f).size() > 0, qPrintable(f));
    const auto study = loadStudyFile(dir.filePath(QStringLiteral("all/study.json")));
    QVERIFY(study.ok);
    QVERIFY(study.study == m_window->study());
}

// Every analysis a study can have, with small settings: a Chialvo neuron (the analyses of one
// orbit, the parameter plane, basins, continuation) and a ring-star network (synchronisation,
// network spectrum).
static Study everyAnalysis(bool network)
{
    if (network) {
        // 30 nodes, each coupled to its 4 ring neighbours on either side and to the hub.
        const auto loaded = loadStudyFile(FileController::examplePath(QStringLiteral("ring-star-100")));
        Settings settings = loaded.study.settings;
        settings["N"] = "30";
        settings["R"] = "4";
        Study s = Study::defaultsFor("ring-star", settings);
        s.parameters = loaded.study.parameters;
        s.analyses = loaded.study.analyses;
        s.analyses.parameterScan.reset();
        s.analyses.orbitDiagram->columns = 20;
        s.simulation.samples = 2000;
        return s;
    }
    Study s = Study::defaultsFor("chialvo");
    s.simulation.samples = 3000;
    s.analyses.orbitDiagram->columns = 20;
    s.analyses.orbitDiagram->bins = 30;
    AnalysisSettings& a = s.analyses;
    a.fixedPoints = FixedPointSettings{};
    a.lyapunov = LyapunovSettings{};
    a.lyapunov->steps = 2000;
    ScanSettings scan;
    scan.x = {"a", 0.85, 0.95, 6};
    scan.y = ScanAxisSettings{"b", 0.3, 0.6, 5};
    scan.transient = 100;
    scan.steps = 300;
    a.parameterScan = scan;
    BasinSettings basins;
    basins.x = {"x", -1.0, 3.0, 8};
    basins.y = {"y", 0.0, 4.0, 8};
    basins.transient = 200;
    a.basins = basins;
    a.zeroOne = ZeroOneSettings{};
    a.zeroOne->variable = "x";
    a.zeroOne->cCount = 10;
    a.sampleEntropy = SampleEntropySettings{};
    a.sampleEntropy->variable = "x";
    a.mfdfa = MfdfaSettings{};
    a.mfdfa->variable = "x";
    ContinuationSettings c;
    c.parameter = "b";
    c.direction = -1; // towards the Neimark-Sacker point near b = 0.593
    c.maxPoints = 60;
    c.curves = ContinuationCurveSettings{};
    c.curves->secondParameter = "a";
    c.curves->maxPoints = 30;
    a.continuation = c;
    return s;
}

void TestExport::everyAnalysisPlotExports_data()
{
    QTest::addColumn<bool>("network");
    QTest::newRow("neuron") << false;
    QTest::newRow("network") << true;
}

void TestExport::everyAnalysisPlotExports()
{
    QString error;
    QFETCH(bool, network);
    MainWindow w;
    QVERIFY(w.setStudy(everyAnalysis(network), error));
    QVERIFY(w.waitUntilIdle(120000));
    // Every analysis of the study ran and offers its plots for export.
    QSet<QString> stems;
    for (const AnalysisTask* task : w.analyses()->tasks()) {
        if (!task->isEnabled())
            continue;
        QVERIFY2(task->isComplete(), qPrintable(task->dockName()));
        for (const auto& p : task->plots())
            stems.insert(p.fileStem);
    }
    const QStringList expected =
        network
            ? QStringList{"synchrony-order",      "synchrony-correlation",    "synchrony-nodes",
                          "network-spectrum-tau", "network-spectrum-f-alpha", "network-spectrum-log-log"}
            : QStringList{"lyapunov",           "parameter-plane", "basins",         "zero-one-kc",
                          "zero-one-pq",        "zero-one-msd",    "sample-entropy", "mfdfa-h",
                          "mfdfa-tau",          "mfdfa-f-alpha",   "mfdfa-log-log",  "continuation-branches",
                          "continuation-curves"};
    for (const QString& stem : expected)
        QVERIFY2(stems.contains(stem), qPrintable(stem));
    QTemporaryDir dir;
    int exported = 0;
    for (const auto& p : w.exporter()->plots()) {
        if (!stems.contains(p.fileStem))
            continue;
        ++exported;
        const QString base = dir.filePath(p.fileStem);
        QString error;
        // 127 mm x 76.2 mm at 200 dpi = 1000 x 600 pixels.
        QVERIFY2(exportPlot(p.plot, base + ".png", {QSizeF(127.0, 76.2), 200}, error), qPrintable(error));
        QCOMPARE(QImage(base + ".png").size(), QSize(1000, 600));
        QVERIFY2(exportPlot(p.plot, base + ".svg", {}, error), qPrintable(error));
        QFile svg(base + ".svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(p.fileStem + ": " + xml.errorString()));
        QVERIFY2(exportPlot(p.plot, base + ".pdf", {}, error), qPrintable(error));
        QFile pdf(base + ".pdf");
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        // The CSV is the plotted data: what the view holds, a header and at least one row.
        QVERIFY2(exportPlot(p.plot, base + ".csv", {}, error), qPrintable(error));
        QFile csv(base + ".csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QCOMPARE(bytes, dynamic_cast<const PlotData*>(p.plot)->toCsv());
        QVERIFY2(bytes.count('\n') >= 2, qPrintable(p.fileStem));
    }
    QCOMPARE(exported, stems.size());
    // Export All writes them too, with the data behind the tables and legends.
    const QStringList files = w.exporter()->exportAll(dir.filePath(QStringLiteral("all")), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& stem : expected)
        for (const char* suffix : {".png", ".svg", ".pdf", ".csv"})
            QVERIFY2(files.contains(dir.filePath(QStringLiteral("all/") + stem + QLatin1String(suffix))),
                     qPrintable(stem + suffix));
    if (!network) {
        QVERIFY(files.contains(dir.filePath(QStringLiteral("all/fixed-points.csv"))));
        QVERIFY(files.contains(dir.filePath(QStringLiteral("all/basins-attractors.csv"))));
    }
}

void TestExport::scanCsvHoldsLogisticPeriods()
{
    QString error;
    // Logistic map: period 1 below r = 3, period 2 up to 1 + sqrt(6) = 3.4495, period 4 up to
    // 3.5441 (analyses.md). Cells at r = 2.8, 3.15, 3.5.
    MainWindow w;
    Study s = Study::defaultsFor("logistic");
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    ScanSettings scan;
    scan.measure = ScanMeasureKind::Period;
    scan.x = {"r", 2.8, 3.5, 3};
    scan.transient = 5000;
    s.analyses.parameterScan = scan;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    const QString path = m_dir.filePath(QStringLiteral("scan.csv"));
    QVERIFY2(exportPlot(w.analyses()->parameterScan()->planeView(), path, {}, error), qPrintable(error));
    const auto lines = csvLines(path);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("x,y,value,defined,escaped"));
    const double r[] = {2.8, 3.15, 3.5};
    const double period[] = {1, 2, 4};
    for (int i = 0; i < 3; ++i) {
        const auto cells = lines[i + 1].split(',');
        QVERIFY(std::fabs(cells[0].toDouble() - r[i]) < 1e-12);
        QCOMPARE(cells[2].toDouble(), period[i]);
        QCOMPARE(cells[3], QByteArray("1"));
    }
}

void TestExport::basinsCsvHoldsEscapingOrbits()
{
    QString error;
    // Henon (1.4, 0.3): initial states far out escape, those near the attractor stay bounded.
    // The test iterates the map itself for every cell of the exported CSV.
    MainWindow w;
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    BasinSettings b;
    b.x = {"x", -2.5, 2.5, 11};
    b.y = {"y", -2.5, 2.5, 11};
    b.transient = 300;
    s.analyses.basins = b;
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle());
    const QString path = m_dir.filePath(QStringLiteral("basins.csv"));
    QVERIFY2(exportPlot(w.analyses()->basins()->basinsView(), path, {}, error), qPrintable(error));
    const auto lines = csvLines(path);
    QCOMPARE(lines.size(), 11 * 11 + 1);
    int escaped = 0, bounded = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto cells = lines[i].split(',');
        double x = cells[0].toDouble(), y = cells[1].toDouble();
        bool escapes = false;
        for (int n = 0; n < 1000 && !escapes; ++n) {
            const double next = 1.0 - 1.4 * x * x + y;
            y = 0.3 * x;
            x = next;
            escapes = !(std::fabs(x) < 1e8);
        }
        const int label = cells[2].toInt();
        QVERIFY2((label == -1) == escapes, lines[i].constData());
        (escapes ? escaped : bounded)++;
    }
    QVERIFY(escaped > 10 && bounded > 10);
}

void TestExport::copyToClipboard()
{
    copyPlotToClipboard(m_window->phasePortrait(), {QSizeF(50.8, 25.4), 100});
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(200, 100));
}

void TestExport::badRequestsFailCleanly()
{
    QString error;
    const QString existing = m_dir.filePath(QStringLiteral("keep.png"));
    QVERIFY2(exportPlot(m_window->phasePortrait(), existing, {}, error), qPrintable(error));
    const QByteArray before = [&]() {
        QFile f(existing);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(!exportPlot(m_window->phasePortrait(), existing, {QSizeF(0, 10), 100}, error));
    QVERIFY(!error.isEmpty());
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // untouched
    QVERIFY(!exportPlot(m_window->phasePortrait(), m_dir.filePath(QStringLiteral("p.bmpx")), {}, error));
    QVERIFY(error.contains(QLatin1String("bmpx")));
    QVERIFY(!exportPlot(m_window->phasePortrait(), m_dir.filePath(QStringLiteral("no/such/dir/p.png")), {},
                        error));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
