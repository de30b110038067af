// Checks shared by the view tests: a plot exports to PNG (decodes, the requested pixel size),
// SVG (well-formed XML with an <svg> root) and PDF (the header), CSV text parses into rows,
// a rendered plot's colour at a point in plot coordinates can be read back; and two small
// oracles (Pearson correlation, Gaussian noise).
#pragma once

#include "plots/plotexport.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QTemporaryDir>
#include <QTest>
#include <qwt_plot.h>
#include <qwt_scale_map.h>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace ndtest {

// Exports `plot` in every figure format and checks each file. Fails the running test on error.
inline void checkFigureExports(QwtPlot* plot, const QString& stem)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    nd::PlotExportOptions options;
    options.sizeMm = QSizeF(100.0, 80.0);
    options.dpi = 100;
    QString error;
    const QString png = dir.filePath(stem + QStringLiteral(".png"));
    QVERIFY2(nd::exportPlot(plot, png, options, error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    // 100 mm and 80 mm at 100 dpi.
    QCOMPARE(image.size(), QSize(qRound(100.0 / 25.4 * 100.0), qRound(80.0 / 25.4 * 100.0)));
    // ND_VIEW_DUMP=folder keeps a larger copy of every figure for a look by eye (a failed copy
    // fails nothing: the checks below use their own files).
    if (const QByteArray dump = qgetenv("ND_VIEW_DUMP"); !dump.isEmpty())
        nd::exportPlot(plot, QString::fromLocal8Bit(dump) + QLatin1Char('/') + stem + QStringLiteral(".png"),
                       {QSizeF(160.0, 110.0), 120}, error);

    const QString svg = dir.filePath(stem + QStringLiteral(".svg"));
    QVERIFY2(nd::exportPlot(plot, svg, options, error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(elements > 3);

    const QString pdf = dir.filePath(stem + QStringLiteral(".pdf"));
    QVERIFY2(nd::exportPlot(plot, pdf, options, error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == QByteArray("%PDF-"));
    QVERIFY(pdfFile.size() > 500);
}

// The data rows of a CSV text (header dropped), split at commas (no quoted commas expected).
inline QList<QList<QByteArray>> csvRows(const QByteArray& csv)
{
    QList<QList<QByteArray>> rows;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(lines[i].split(','));
    return rows;
}

// The colour the plot's canvas shows at a point in plot coordinates (bottom and left axes):
// the most frequent of five pixels around it, so a dotted grid line through the point does not
// decide it.
inline QColor canvasColorAt(const QwtPlot* plot, const QImage& image, const QPointF& position)
{
    const int x = qRound(plot->transform(QwtAxis::XBottom, position.x()));
    const int y = qRound(plot->transform(QwtAxis::YLeft, position.y()));
    QList<QRgb> seen;
    for (const QPoint& d : {QPoint(0, 0), QPoint(3, 2), QPoint(-3, 2), QPoint(2, -3), QPoint(-2, -3)})
        seen.append(image.pixel(x + d.x(), y + d.y()));
    QRgb best = seen.front();
    for (QRgb c : seen)
        if (seen.count(c) > seen.count(best))
            best = c;
    return QColor::fromRgba(best);
}

// What the canvas shows now (after a replot), for canvasColorAt.
inline QImage canvasImage(QwtPlot* plot)
{
    plot->replot();
    return plot->canvas()->grab().toImage();
}

inline bool nearColor(const QColor& a, const QColor& b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A left click on the canvas at a point in plot coordinates.
inline void clickAt(QwtPlot* plot, const QPointF& position)
{
    const QPoint p(qRound(plot->transform(QwtAxis::XBottom, position.x())),
                   qRound(plot->transform(QwtAxis::YLeft, position.y())));
    QTest::mouseClick(plot->canvas(), Qt::LeftButton, Qt::NoModifier, p);
}

// Adds the tiles one by one and checks that each fills exactly its own cells; after(filled) runs
// after each tile with the number of cells filled so far.
template <class View, class Tile, class After>
void feedTiles(View& view, const std::vector<Tile>& tiles, After after)
{
    int filled = 0;
    for (const Tile& t : tiles) {
        view.addTile(t);
        filled += (t.x1 - t.x0) * (t.y1 - t.y0);
        QCOMPARE(view.computedCount(), filled);
        after(filled);
    }
}

// Shows a widget at that size and waits until the (offscreen) window is exposed.
inline bool exposed(QWidget* widget, const QSize& size)
{
    widget->resize(size);
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

// Pearson's correlation coefficient from centred copies.
inline double pearson(std::vector<double> a, std::vector<double> b)
{
    for (auto* v : {&a, &b}) {
        const double mean = std::accumulate(v->begin(), v->end(), 0.0) / static_cast<double>(v->size());
        std::transform(v->begin(), v->end(), v->begin(), [mean](double x) { return x - mean; });
    }
    const double ab = std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
    return ab / std::sqrt(std::inner_product(a.begin(), a.end(), a.begin(), 0.0) *
                          std::inner_product(b.begin(), b.end(), b.begin(), 0.0));
}

inline std::vector<double> gaussianNoise(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    std::vector<double> x(n);
    std::generate(x.begin(), x.end(), [&]() { return normal(rng); });
    return x;
}

} // namespace ndtest
