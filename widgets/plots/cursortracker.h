// Reports the plot coordinates under the mouse for status-bar read-outs: installs an event
// filter on a plot's canvas (mouse tracking on) and emits positionChanged in axis units.
// The plot's canvas must not be replaced (setCanvas) after the tracker is made.
// GUI thread only.
#pragma once

#include <QObject>
#include <QPointF>

class QwtPlot;

namespace nd {

class CursorTracker : public QObject {
    Q_OBJECT
public:
    explicit CursorTracker(QwtPlot* plot);

signals:
    void positionChanged(QPointF position);
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QwtPlot* m_plot;
    const QObject* m_canvas; // the plot's canvas when the tracker was made (only compared)
};

} // namespace nd
