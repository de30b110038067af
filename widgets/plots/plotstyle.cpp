#include "plots/plotstyle.h"

#include <QPen>
#include <qwt_plot.h>
#include <qwt_plot_canvas.h>
#include <qwt_plot_grid.h>
#include <qwt_plot_textlabel.h>
#include <qwt_text.h>

namespace nd {

namespace {

// Its own item type, so other text labels on a plot (tables, annotations) are left alone.
class MessageLabel : public QwtPlotTextLabel {
public:
    static constexpr int kRtti = QwtPlotItem::Rtti_PlotUserItem + 71;
    int rtti() const override { return kRtti; }
};

} // namespace

void applyPlotStyle(QwtPlot* plot)
{
    plot->setCanvasBackground(Qt::white);
    if (auto* canvas = qobject_cast<QwtPlotCanvas*>(plot->canvas()))
        canvas->setFrameStyle(QFrame::Box | QFrame::Plain);
    auto* grid = new QwtPlotGrid;
    grid->setMajorPen(QPen(QColor(0, 0, 0, 40), 0, Qt::DotLine));
    grid->attach(plot);
}

void setPlotMessage(QwtPlot* plot, const QString& message)
{
    plot->detachItems(MessageLabel::kRtti, true);
    if (!message.isEmpty()) {
        auto* label = new MessageLabel;
        QwtText text(message);
        text.setRenderFlags(Qt::AlignCenter | Qt::TextWordWrap);
        text.setColor(QColor(120, 20, 20));
        text.setBackgroundBrush(QBrush(QColor(255, 255, 255, 225)));
        label->setText(text);
        label->setZ(100);
        label->attach(plot);
    }
    plot->replot();
}

QString plotMessage(const QwtPlot* plot)
{
    for (const QwtPlotItem* item : plot->itemList(MessageLabel::kRtti))
        return static_cast<const MessageLabel*>(item)->text().text();
    return {};
}

} // namespace nd
