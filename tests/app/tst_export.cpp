// Export: a PNG decodes with the requested size, an SVG parses, a PDF starts with %PDF, the
// CSV holds exactly the plotted data; Export All writes every plot in every format and the
// study; copying to the clipboard puts the rendered figure there; bad requests fail cleanly.
#include "gui/exportcontroller.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "plots/orbitdiagramview.h"
#include "plots/phaseportraitview.h"
#include "plots/plotexport.h"
#include "plots/timeseriesview.h"
#include "study/studyfile.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
    void copyToClipboard();
    void badRequestsFailCleanly();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    Study s = Study::defaultsFor("chialvo");
    s.simulation.samples = 300;
    s.orbitDiagram.columns = 30;
    s.orbitDiagram.bins = 40;
    QVERIFY(m_window->setStudy(s));
    QVERIFY(m_window->waitUntilIdle());
}

void TestExport::pngHasRequestedSize()
{
    const QString path = m_dir.filePath(QStringLiteral("p.png"));
    // 127 mm x 76.2 mm at 200 dpi = 1000 x 600 pixels.
    QString error;
    QVERIFY2(exportPlot(m_window->phasePortrait(), path, {QSizeF(127.0, 76.2), 200}, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1000, 600));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
}

void TestExport::svgParses()
{
    const QString path = m_dir.filePath(QStringLiteral("p.svg"));
    QVERIFY(exportPlot(m_window->timeSeries(), path));
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
    const QString path = m_dir.filePath(QStringLiteral("p.pdf"));
    QVERIFY(exportPlot(m_window->orbitDiagram(), path));
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
    const QString path = m_dir.filePath(QStringLiteral("p.csv"));
    QVERIFY(exportPlot(m_window->phasePortrait(), path));
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
    QVERIFY(exportPlot(m_window->timeSeries(), series));
    const auto rows = csvLines(series);
    QCOMPARE(rows[0], QByteArray("step,\"x\",\"y\""));
    const auto y = m_window->timeSeries()->points(1);
    QCOMPARE(rows.size(), static_cast<qsizetype>(y.size()) + 1);
    QCOMPARE(rows[5].split(',')[2].toDouble(), y[4].y());
    QCOMPARE(rows[5].split(',')[0].toDouble(), y[4].x());
}

void TestExport::orbitCsvHoldsRaster()
{
    const QString path = m_dir.filePath(QStringLiteral("o.csv"));
    QVERIFY(exportPlot(m_window->orbitDiagram(), path));
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
    const QStringList files = m_window->exporter()->exportAll(dir.filePath(QStringLiteral("all")), &error);
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
    QVERIFY(exportPlot(m_window->phasePortrait(), existing));
    const QByteArray before = [&]() { QFile f(existing); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QVERIFY(!exportPlot(m_window->phasePortrait(), existing, {QSizeF(0, 10), 100}, &error));
    QVERIFY(!error.isEmpty());
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // untouched
    QVERIFY(!exportPlot(m_window->phasePortrait(), m_dir.filePath(QStringLiteral("p.bmpx")), {}, &error));
    QVERIFY(error.contains(QLatin1String("bmpx")));
    QVERIFY(!exportPlot(m_window->phasePortrait(), m_dir.filePath(QStringLiteral("no/such/dir/p.png")), {}, &error));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
