#include "plots/cursortracker.h"

#include <QEvent>
#include <QMouseEvent>
#include <qwt_plot.h>

namespace nd {

CursorTracker::CursorTracker(QwtPlot* plot) : QObject(plot), m_plot(plot), m_canvas(plot->canvas())
{
    plot->canvas()->setMouseTracking(true);
    plot->canvas()->installEventFilter(this);
}

bool CursorTracker::eventFilter(QObject* watched, QEvent* event)
{
    // Compared with the canvas kept at construction, not m_plot->canvas(): the canvas is
    // destroyed (and sends events) after the plot's QwtPlot part is gone.
    if (watched == m_canvas) {
        if (event->type() == QEvent::MouseMove) {
            const QPointF p = static_cast<QMouseEvent*>(event)->position();
            emit positionChanged(QPointF(m_plot->invTransform(QwtAxis::XBottom, p.x()),
                                         m_plot->invTransform(QwtAxis::YLeft, p.y())));
        } else if (event->type() == QEvent::Leave) {
            emit left();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nd
