#include "plots/readoutpicker.h"

#include <QBrush>
#include <qwt_picker_machine.h>
#include <qwt_plot.h>
#include <qwt_text.h>

namespace nd {

ReadoutPicker::ReadoutPicker(QwtPlot* plot, TextFunction text)
    : QwtPlotPicker(QwtAxis::XBottom, QwtAxis::YLeft, QwtPicker::NoRubberBand, QwtPicker::AlwaysOn,
                    plot->canvas()),
      m_text(std::move(text))
{
    setStateMachine(new QwtPickerClickPointMachine);
    connect(this, qOverload<const QPointF&>(&QwtPlotPicker::selected), this,
            [this](const QPointF& p) { emit clicked(p); });
}

QwtText ReadoutPicker::trackerTextF(const QPointF& position) const
{
    QwtText text(m_text ? m_text(position) : QString());
    // A translucent box keeps the read-out legible over any colour of the raster.
    text.setBackgroundBrush(QBrush(QColor(255, 255, 255, 215)));
    return text;
}

} // namespace nd
