// The AKOrN view and the QImage decoder behind PNG silhouettes:
// - a PNG written here (left half black, right half transparent) becomes the mask it draws
//   (transparent = white paper), a text file named .png is refused with a message, and the
//   engine's PGM path is not affected;
// - the orientation image puts row 0 at the top and paints each pixel in the hue of its angle
//   (angle 0 is the middle of the cyclic scale: cyan; -pi and pi both red), read back from
//   the canvas;
// - the order and energy curves hold the result's values (CSV), the header names the last
//   step's energies and orders, a message clears everything, and every plot exports.
#include "oscillators/akorngrid.h"
#include "plots/akornview.h"
#include "plots/qimagedecoder.h"
#include "viewchecks.h"

#include "common/errors.h"
#include "io/imagemask.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <qwt_plot_curve.h>

#include <cmath>
#include <fstream>
#include <numbers>

using namespace nd;

class TestAkornView : public QObject {
    Q_OBJECT
private slots:
    void pngMask();
    void orientationColours();
    void curvesHeaderAndExports();
};

namespace {
// 2 x 3 grid: angles row 0 = (0, pi/2, -pi/2), row 1 = (pi - 0.01, 0, 0), mask = row 0.
AkornRunResult sample()
{
    AkornRunResult r;
    r.grid = true;
    r.height = 2;
    r.width = 3;
    r.angle = {0.0, std::numbers::pi / 2, -std::numbers::pi / 2, std::numbers::pi - 0.01, 0.0, 0.0};
    r.localOrder = {1.0, 0.5, 0.25, 0.0, 0.75, 1.0};
    r.mask = {1, 1, 1, 0, 0, 0};
    r.energy = {-1.0, -2.0, -2.5};
    r.codeEnergy = {-1.5, -3.0, -3.75};
    r.orderInside = {0.2, 0.6, 0.9};
    r.orderOutside = {0.2, 0.3, 0.4};
    return r;
}
} // namespace

void TestAkornView::pngMask()
{
    installQtImageDecoder();
    QTemporaryDir dir;
    QImage image(8, 4, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.fillRect(0, 0, 4, 4, Qt::black);
    }
    const QString png = dir.filePath(QStringLiteral("half.png"));
    QVERIFY(image.save(png, "PNG"));
    AkornGrid m(Settings{{"H", "2"}, {"W", "4"}, {"C", "2"}, {"n", "2"}, {"coupling", "none"}, {"mask", png.toStdString()}});
    QVERIFY((m.structure().mask == std::vector<unsigned char>{1, 1, 0, 0, 1, 1, 0, 0}));
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    {
        std::ofstream f(text.toStdString());
        f << "not an image\n";
    }
    try {
        AkornGrid bad(Settings{{"mask", text.toStdString()}});
        QFAIL("a text file was read as an image");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("is not an image this program can read")),
                 e.what());
    }
    const QString pgm = dir.filePath(QStringLiteral("half.pgm"));
    {
        std::ofstream f(pgm.toStdString());
        f << "P2 4 1 1\n0 0 1 1\n";
    }
    AkornGrid viaPgm(Settings{{"H", "1"}, {"W", "4"}, {"C", "2"}, {"n", "2"}, {"coupling", "none"}, {"mask", pgm.toStdString()}});
    QVERIFY((viaPgm.structure().mask == std::vector<unsigned char>{1, 1, 0, 0}));
    setImageDecoder(nullptr);
}

void TestAkornView::orientationColours()
{
    AkornView view;
    QVERIFY(ndtest::exposed(&view, QSize(900, 700)));
    view.setResult(sample(), 1);
    QwtPlot* plot = view.orientationPlot();
    const QImage canvas = ndtest::canvasImage(plot);
    const double sat = 0.85, val = 0.95;
    // Row 0 is the top row (y from 1 to 2); hue = (angle + pi) / (2 pi).
    auto hueAt = [&](int row, int column) {
        return ndtest::canvasColorAt(plot, canvas, QPointF(column + 0.5, 2 - row - 0.5));
    };
    QVERIFY(ndtest::nearColor(hueAt(0, 0), QColor::fromHsvF(0.5, sat, val)));   // 0: cyan
    QVERIFY(ndtest::nearColor(hueAt(0, 1), QColor::fromHsvF(0.75, sat, val)));  // pi/2
    QVERIFY(ndtest::nearColor(hueAt(0, 2), QColor::fromHsvF(0.25, sat, val)));  // -pi/2
    QVERIFY(ndtest::nearColor(hueAt(1, 0), QColor::fromHsvF(0.0, sat, val), 40)); // near pi: red
}

void TestAkornView::curvesHeaderAndExports()
{
    AkornView view;
    view.setResult(sample(), 1);
    const auto order = ndtest::csvRows(static_cast<DataPlot*>(view.orderPlot())->toCsv());
    QCOMPARE(order.size(), 3);
    QCOMPARE(order[2][1].toDouble(), 0.9);
    QCOMPARE(order[2][2].toDouble(), 0.4);
    const auto energy = ndtest::csvRows(static_cast<DataPlot*>(view.energyPlot())->toCsv());
    QCOMPARE(energy[1][1].toDouble(), -2.0);
    QCOMPARE(energy[1][2].toDouble(), -3.0);
    const auto image = ndtest::csvRows(static_cast<DataPlot*>(view.orientationPlot())->toCsv());
    QCOMPARE(image.size(), 6);
    QCOMPARE(image[3][2], QByteArray("0")); // row 1, column 0 is outside
    QVERIFY(view.headerText().contains(QStringLiteral("2 steps")));
    QVERIFY(view.headerText().contains(QStringLiteral("-2.5")));
    QVERIFY(view.headerText().contains(QStringLiteral("0.900")));
    for (QwtPlot* p : {view.orientationPlot(), view.localOrderPlot(), view.orderPlot(), view.energyPlot()})
        ndtest::checkFigureExports(p, QStringLiteral("akorn"));
    view.setMessage(QStringLiteral("cleared"));
    QVERIFY(!view.hasResult());
    QVERIFY(!view.hasData());
}

QTEST_MAIN(TestAkornView)
#include "tst_akornview.moc"
