// A QwtPlotPicker for the analysis views: shows a read-out text next to the cursor (what is
// under it: parameter values and the cell's value, a node pair's correlation, ...) and reports
// a click in plot coordinates. GUI thread only.
#pragma once

#include <QPointF>
#include <QString>
#include <qwt_plot_picker.h>

#include <functional>

class QwtPlot;

namespace nd {

class ReadoutPicker : public QwtPlotPicker {
    Q_OBJECT
public:
    using TextFunction = std::function<QString(const QPointF&)>;
    // text(position) gives the read-out for a point in plot coordinates (bottom/left axes).
    ReadoutPicker(QwtPlot* plot, TextFunction text);

signals:
    void clicked(QPointF position);

protected:
    QwtText trackerTextF(const QPointF& position) const override;

private:
    TextFunction m_text;
};

} // namespace nd
