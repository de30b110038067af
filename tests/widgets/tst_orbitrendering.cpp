// Orbit diagrams as a reader sees them: the logistic and Chialvo examples' diagrams, computed by
// the engine and drawn like `run`'s figures, rendered at export sizes; every column whose samples
// sit in at most 8 bins (fixed points, period-3 and smaller windows) must show clearly visible
// ink at each occupied bin, inside the canvas and not under its frame, in either rendering. The
// CSV's parameter column holds the engine's own parameter values, column by column.
#include "plots/colormaps.h"
#include "plots/orbitdiagramview.h"
#include "plots/plotexport.h"
#include "viewchecks.h"

#include "compute/orbitcompute.h"
#include "study/studyfile.h"

#include <QPainter>
#include <QTest>
#include <qwt_plot_renderer.h>
#include <qwt_scale_map.h>

#include <array>

using namespace nd;

namespace {

// Renders like exportPlot's PNG path and remembers where the canvas went: its rectangle, the
// scale maps and the painter's transform (QwtPlotRenderer lays the plot out at screen
// resolution and scales the painter to the image's).
class ProbeRenderer : public QwtPlotRenderer {
public:
    mutable QRectF canvasRect;
    mutable std::array<QwtScaleMap, QwtAxis::AxisPositions> maps;
    mutable QTransform transform;

    QPointF pixelOf(const QPointF& p) const
    {
        return transform.map(
            QPointF(maps[QwtAxis::XBottom].transform(p.x()), maps[QwtAxis::YLeft].transform(p.y())));
    }
    QRectF canvasPixels() const { return transform.mapRect(canvasRect); }

protected:
    void renderCanvas(const QwtPlot* plot, QPainter* painter, const QRectF& rect,
                      const QwtScaleMap* scaleMaps) const override
    {
        canvasRect = rect;
        for (int i = 0; i < QwtAxis::AxisPositions; ++i)
            maps[static_cast<std::size_t>(i)] = scaleMaps[i];
        transform = painter->worldTransform();
        QwtPlotRenderer::renderCanvas(plot, painter, rect, scaleMaps);
    }
};

double luminance(QRgb c)
{
    return (0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c)) / 255.0;
}

compute::OrbitDiagramResult exampleDiagram(const char* name)
{
    const StudyLoadResult loaded = loadStudyFile(
        QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/%1.json").arg(QLatin1String(name)));
    if (!loaded.ok)
        qFatal("cannot load example %s: %s", name, qPrintable(loaded.error));
    return compute::orbitDiagram(loaded.study, 0);
}

// The view as `run` draws it (app/cli/figuresbifurcation.cpp).
void showDiagram(OrbitDiagramView& view, const compute::OrbitDiagramResult& result)
{
    const OrbitDiagram& d = result.diagram;
    const OrbitDiagramRequest& r = result.request;
    const int columns = static_cast<int>(d.parameterValues.size());
    view.resize(800, 600);
    view.reset(QRectF(r.axis.from, d.rangeMin, r.axis.to - r.axis.from, d.rangeMax - d.rangeMin), columns,
               d.bins, QStringLiteral("p"), QStringLiteral("x"));
    std::vector<double> density(static_cast<std::size_t>(d.bins));
    for (int c = 0; c < columns; ++c) {
        const auto first = d.tone.begin() + static_cast<std::ptrdiff_t>(c) * d.bins;
        std::copy(first, first + d.bins, density.begin());
        view.setColumn(c, density);
    }
    view.refresh();
}

} // namespace

class TestOrbitRendering : public QObject {
    Q_OBJECT
private slots:
    void sparseColumnsShowInk_data();
    void sparseColumnsShowInk();
    void csvUsesTheEngineGrid();
};

void TestOrbitRendering::sparseColumnsShowInk_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("rendering");
    QTest::addColumn<QSizeF>("sizeMm");
    QTest::addColumn<int>("dpi");
    // The CLI's figures (the export default) and the GUI's rendered views (--render).
    for (const char* example : {"logistic-period-doubling", "chialvo-bursting"})
        for (const QString& rendering : orbitRenderingNames()) {
            QTest::addRow("%s %s export", example, qPrintable(rendering))
                << QString::fromLatin1(example) << rendering << QSizeF(160.0, 120.0) << 150;
            QTest::addRow("%s %s render", example, qPrintable(rendering))
                << QString::fromLatin1(example) << rendering << QSizeF(160.0, 110.0) << 120;
        }
}

void TestOrbitRendering::sparseColumnsShowInk()
{
    QFETCH(QString, example);
    QFETCH(QString, rendering);
    QFETCH(QSizeF, sizeMm);
    QFETCH(int, dpi);
    static std::map<QString, compute::OrbitDiagramResult> cache;
    if (!cache.count(example))
        cache.emplace(example, exampleDiagram(qPrintable(example)));
    const compute::OrbitDiagramResult& result = cache.at(example);
    const OrbitDiagram& d = result.diagram;

    OrbitDiagramView view;
    view.setRendering(rendering);
    showDiagram(view, result);
    const QSize px(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    QImage image(px, QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dpi / 25.4 * 1000.0));
    image.setDotsPerMeterY(qRound(dpi / 25.4 * 1000.0));
    image.fill(Qt::white);
    ProbeRenderer renderer;
    renderer.setDiscardFlag(QwtPlotRenderer::DiscardBackground, false);
    {
        QPainter painter(&image);
        renderer.render(&view, &painter, QRectF(QPointF(0, 0), QSizeF(px)));
    }
    // ND_VIEW_DUMP=folder keeps the rendered figure for a look by eye.
    if (const QByteArray dump = qgetenv("ND_VIEW_DUMP"); !dump.isEmpty())
        image.save(QStringLiteral("%1/orbit-%2-%3-%4.png")
                       .arg(QString::fromLocal8Bit(dump), example, rendering)
                       .arg(dpi));
    const double background = luminance(orbitCanvasColor(rendering).rgb());
    // Inside the frame: the canvas less two pixels on each side.
    const QRectF inside = renderer.canvasPixels().adjusted(2.0, 2.0, -2.0, -2.0);
    const int columns = static_cast<int>(d.parameterValues.size());
    const double binHeight = (d.rangeMax - d.rangeMin) / d.bins;
    int sparseColumns = 0, checkedBins = 0;
    for (int c = 0; c < columns; ++c) {
        if (!d.status[static_cast<std::size_t>(c)].computed ||
            d.status[static_cast<std::size_t>(c)].escaped())
            continue;
        std::vector<int> occupied;
        for (int b = 0; b < d.bins; ++b)
            if (d.count(c, b) > 0)
                occupied.push_back(b);
        if (occupied.empty() || occupied.size() > 8)
            continue;
        ++sparseColumns;
        for (int b : occupied) {
            const QPointF p = renderer.pixelOf(
                QPointF(d.parameterValues[static_cast<std::size_t>(c)], d.rangeMin + (b + 0.5) * binHeight));
            QVERIFY2(inside.contains(p),
                     qPrintable(QStringLiteral("column %1 bin %2 lies at (%3, %4), outside the "
                                               "canvas less its frame")
                                    .arg(c)
                                    .arg(b)
                                    .arg(p.x())
                                    .arg(p.y())));
            const QRgb pixel =
                image.pixel(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
            QVERIFY2(
                std::fabs(luminance(pixel) - background) >= 0.4,
                qPrintable(QStringLiteral("column %1 (p = %2), bin %3 (%4 samples): luminance %5 on a canvas "
                                          "of %6")
                               .arg(c)
                               .arg(d.parameterValues[static_cast<std::size_t>(c)])
                               .arg(b)
                               .arg(d.count(c, b))
                               .arg(luminance(pixel))
                               .arg(background)));
            ++checkedBins;
        }
    }
    // The logistic example has its period-3 window and smaller ones, Chialvo its fixed point
    // for b > 0.6: dozens of sparse columns each.
    QVERIFY2(sparseColumns >= 20, qPrintable(QString::number(sparseColumns)));
    QVERIFY(checkedBins >= sparseColumns);
}

void TestOrbitRendering::csvUsesTheEngineGrid()
{
    const compute::OrbitDiagramResult result = exampleDiagram("logistic-period-doubling");
    const OrbitDiagram& d = result.diagram;
    OrbitDiagramView view;
    showDiagram(view, result);
    const auto rows = ndtest::csvRows(view.toCsv());
    QVERIFY(!rows.isEmpty());
    // Rows run column by column; each column's parameter is exactly the engine's value.
    std::size_t column = 0;
    for (const auto& row : rows) {
        const double parameter = row[0].toDouble();
        while (column < d.parameterValues.size() && d.parameterValues[column] != parameter)
            ++column;
        QVERIFY2(column < d.parameterValues.size(), row[0].constData());
    }
    QCOMPARE(view.columnParameter(0), result.request.axis.from);
    QCOMPARE(view.columnParameter(view.columnCount() - 1), result.request.axis.to);
    for (int c : {0, 17, 300, view.columnCount() - 1}) {
        QCOMPARE(view.columnParameter(c), d.parameterValues[static_cast<std::size_t>(c)]);
        QCOMPARE(view.columnAt(d.parameterValues[static_cast<std::size_t>(c)]), c);
    }
}

QTEST_MAIN(TestOrbitRendering)
#include "tst_orbitrendering.moc"
