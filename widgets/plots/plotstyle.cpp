#include "plots/plotstyle.h"

#include <QPen>
#include <qwt_plot.h>
#include <qwt_plot_canvas.h>
#include <qwt_plot_grid.h>

namespace nd {

void applyPlotStyle(QwtPlot* plot)
{
    plot->setCanvasBackground(Qt::white);
    if (auto* canvas = qobject_cast<QwtPlotCanvas*>(plot->canvas()))
        canvas->setFrameStyle(QFrame::Box | QFrame::Plain);
    auto* grid = new QwtPlotGrid;
    grid->setMajorPen(QPen(QColor(0, 0, 0, 40), 0, Qt::DotLine));
    grid->attach(plot);
}

} // namespace nd
