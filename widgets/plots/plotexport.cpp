#include "plots/plotexport.h"

#include "plots/plotdata.h"
#include "plots/plotstyle.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qwt_plot.h>
#include <qwt_plot_renderer.h>
#include <qwt_text.h>

namespace nd {

namespace {

// One context for lupdate and the translator alike (a free tr() helper left lupdate filing these
// strings under "nd" while the lookup asked for "PlotExport", so they were never translated).
struct PlotExport {
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

constexpr double kMmPerInch = 25.4;

} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString& error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        error = PlotExport::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QImage renderPlotImage(QwtPlot* plot, const PlotExportOptions& options)
{
    const QSize px(qRound(options.sizeMm.width() / kMmPerInch * options.dpi),
                   qRound(options.sizeMm.height() / kMmPerInch * options.dpi));
    if (px.isEmpty() || static_cast<double>(px.width()) * px.height() > 20000.0 * 20000.0)
        return {};
    QImage image(px, QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(options.dpi / kMmPerInch * 1000.0));
    image.setDotsPerMeterY(qRound(options.dpi / kMmPerInch * 1000.0));
    image.fill(Qt::white);
    QwtPlotRenderer renderer;
    renderer.setDiscardFlag(QwtPlotRenderer::DiscardBackground, false);
    QPainter painter(&image);
    renderer.render(plot, &painter, QRectF(QPointF(0, 0), QSizeF(px)));
    return image;
}

void copyPlotToClipboard(QwtPlot* plot, const PlotExportOptions& options)
{
    const QImage image = renderPlotImage(plot, options);
    if (!image.isNull())
        QGuiApplication::clipboard()->setImage(image);
}

bool exportPlot(QwtPlot* plot, const QString& path, const PlotExportOptions& options, QString& error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (options.sizeMm.width() <= 0 || options.sizeMm.height() <= 0 || options.dpi < 10 || options.dpi > 2400) {
        error = PlotExport::tr("the figure size must be positive and the resolution between 10 and 2400 dpi");
        return false;
    }
    QwtPlotRenderer renderer;
    renderer.setDiscardFlag(QwtPlotRenderer::DiscardBackground, false);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);

    if (suffix == QLatin1String("csv")) {
        const auto* data = dynamic_cast<const PlotData*>(plot);
        if (!data) {
            error = PlotExport::tr("this plot has no data to export as CSV");
            return false;
        }
        return writeFileAtomically(path, data->toCsv(), error);
    }
    if (suffix == QLatin1String("png")) {
        const QSize px(qRound(options.sizeMm.width() / kMmPerInch * options.dpi),
                       qRound(options.sizeMm.height() / kMmPerInch * options.dpi));
        if (static_cast<double>(px.width()) * px.height() > 20000.0 * 20000.0) {
            error = PlotExport::tr("a %1 x %2 pixel image is too large").arg(px.width()).arg(px.height());
            return false;
        }
        const QImage image = renderPlotImage(plot, options);
        if (!image.save(&buffer, "PNG")) {
            error = PlotExport::tr("encoding the PNG image failed");
            return false;
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setResolution(90);
        const QSizeF px = options.sizeMm / kMmPerInch * 90.0;
        gen.setSize(px.toSize());
        gen.setViewBox(QRectF(QPointF(0, 0), px));
        gen.setTitle(plainText(plot->title().text()));
        QPainter painter(&gen);
        renderer.render(plot, &painter, QRectF(QPointF(0, 0), px));
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(options.sizeMm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(plainText(plot->title().text()));
        QPainter painter(&pdf);
        const QSizeF px = options.sizeMm / kMmPerInch * 300.0;
        renderer.render(plot, &painter, QRectF(QPointF(0, 0), px));
    } else {
        error = PlotExport::tr("unknown figure format '%1' (use .png, .svg or .pdf)").arg(suffix);
        return false;
    }
    buffer.close();
    return writeFileAtomically(path, bytes, error);
}

} // namespace nd
