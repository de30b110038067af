#include "plots/oscillatorviews.h"

#include "oscillators/oscillatorphases.h"
#include "plots/plotstyle.h"
#include "plots/retranslate.h"
#include "simulate/trajectory.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_text.h>

#include <cmath>
#include <complex>

namespace nd {

namespace {
// The circle's radius as a share of half the canvas's smaller side: room for the labels.
constexpr double kCircleShare = 0.8;
// A replay shows at most this many frames, one per timer tick.
constexpr std::size_t kReplayFrames = 150;
constexpr int kFrameMs = 40;
} // namespace

// Draws in canvas pixels (the axes are off): a circle stays round whatever the plot's shape.
class PhaseCircleView::CircleItem : public QwtPlotItem {
public:
    explicit CircleItem(const PhaseCircleView* view) : m_view(view)
    {
        setItemAttribute(QwtPlotItem::AutoScale, false);
        setRenderHint(QwtPlotItem::RenderAntialiased, true);
    }

    void draw(QPainter* painter, const QwtScaleMap&, const QwtScaleMap&, const QRectF& canvas) const override
    {
        const QPointF c = canvas.center();
        const double radius = kCircleShare * 0.5 * std::min(canvas.width(), canvas.height());
        const auto at = [&](double x, double y) { return QPointF(c.x() + radius * x, c.y() - radius * y); };
        painter->save();
        painter->setPen(QPen(QColor(0, 0, 0, 110), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, radius, radius);
        painter->setPen(QPen(QColor(0, 0, 0, 40), 1.0, Qt::DotLine));
        painter->drawLine(at(-1.0, 0.0), at(1.0, 0.0));
        painter->drawLine(at(0.0, -1.0), at(0.0, 1.0));
        // The angles at the axes, outside the circle.
        painter->setPen(QColor(60, 60, 60));
        const QFontMetricsF fm(painter->font());
        const struct {
            double x, y;
            const char* text;
        } labels[] = {{1.0, 0.0, "0"}, {0.0, 1.0, "π/2"}, {-1.0, 0.0, "π"}, {0.0, -1.0, "−π/2"}};
        for (const auto& l : labels) {
            const QString text = QString::fromUtf8(l.text);
            const QSizeF size(fm.horizontalAdvance(text), fm.height());
            const QPointF p = at(l.x * 1.12, l.y * 1.12);
            const QPointF shift(l.x > 0.5 ? 0.0 : (l.x < -0.5 ? -size.width() : -size.width() / 2),
                                l.y > 0.5 ? -size.height() : (l.y < -0.5 ? 0.0 : -size.height() / 2));
            painter->drawText(QRectF(p + shift, size), Qt::AlignCenter, text);
        }
        const std::vector<double>& phases = m_view->phases();
        if (!phases.empty()) {
            const QPointF z = m_view->meanField();
            painter->setPen(QPen(QColor(200, 60, 30), 2.0));
            painter->drawLine(c, at(z.x(), z.y()));
            painter->setPen(QPen(QColor(20, 60, 160), 1.0));
            painter->setBrush(QColor(20, 60, 160, 170));
            const double dot = std::max(2.5, std::min(5.0, radius / 30.0));
            for (double p : phases)
                painter->drawEllipse(at(std::cos(p), std::sin(p)), dot, dot);
        }
        painter->restore();
    }

private:
    const PhaseCircleView* m_view;
};

PhaseCircleView::PhaseCircleView(QWidget* parent) : QwtPlot(parent), m_item(new CircleItem(this))
{
    applyPlotStyle(this);
    // The picture is its own scale: no axes, and no grid drawn at their ticks.
    for (QwtPlotItem* grid : itemList(QwtPlotItem::Rtti_PlotGrid))
        delete grid; // detaches itself
    enableAxis(QwtAxis::XBottom, false);
    enableAxis(QwtAxis::YLeft, false);
    m_item->attach(this);
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &PhaseCircleView::nextFrame);
    retranslateWith(this, [this] { applyTitle(); });
}

void PhaseCircleView::applyTitle()
{
    if (m_phases.empty()) {
        setTitle(wrappedText(tr("Phases on the unit circle")));
        return;
    }
    const QPointF z = meanField();
    setTitle(
        wrappedText(tr("Phases at step %1, R = %2").arg(m_step).arg(std::hypot(z.x(), z.y()), 0, 'f', 3)));
}

bool PhaseCircleView::setTrajectory(const Trajectory& t, const Model& model)
{
    std::vector<double> series = oscillatorPhaseSeries(model, t);
    if (series.empty()) {
        clear();
        return false;
    }
    m_oscillators = series.size() / t.rows();
    m_series = std::move(series);
    m_firstStep = t.firstStep;
    m_stride = t.stride;
    setPlotMessage(this, QString());
    const std::size_t rows = t.rows();
    if (m_animated && rows > 1) {
        m_frame = 0;
        nextFrame();
        m_timer.start();
    } else {
        m_timer.stop();
        showRow(rows - 1);
    }
    return true;
}

void PhaseCircleView::showRow(std::size_t row)
{
    const auto first = m_series.begin() + static_cast<std::ptrdiff_t>(row * m_oscillators);
    m_phases.assign(first, first + static_cast<std::ptrdiff_t>(m_oscillators));
    m_step = m_firstStep + static_cast<long>(row) * m_stride;
    applyTitle();
    replot();
}

void PhaseCircleView::nextFrame()
{
    const std::size_t rows = m_oscillators > 0 ? m_series.size() / m_oscillators : 0;
    if (rows == 0) {
        m_timer.stop();
        return;
    }
    // Frames spread evenly over the rows, the last frame on the last row.
    const std::size_t frames = std::min(rows, kReplayFrames);
    const std::size_t row = frames > 1 ? m_frame * (rows - 1) / (frames - 1) : rows - 1;
    showRow(row);
    if (++m_frame >= frames)
        m_timer.stop();
}

void PhaseCircleView::setAnimated(bool on)
{
    m_animated = on;
    if (!on)
        finishAnimation();
}

void PhaseCircleView::finishAnimation()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    showRow(m_series.size() / m_oscillators - 1);
}

void PhaseCircleView::clear()
{
    m_timer.stop();
    m_series.clear();
    m_oscillators = 0;
    m_phases.clear();
    applyTitle();
    setPlotMessage(this, tr("Shown for networks of oscillators (Kuramoto, AKOrN)"));
    replot();
}

std::vector<QPointF> PhaseCircleView::points() const
{
    std::vector<QPointF> out;
    for (double p : m_phases)
        out.push_back(QPointF(std::cos(p), std::sin(p)));
    return out;
}

QPointF PhaseCircleView::meanField() const
{
    if (m_phases.empty())
        return {};
    std::complex<double> z;
    for (double p : m_phases)
        z += std::polar(1.0, p);
    z /= static_cast<double>(m_phases.size());
    return QPointF(z.real(), z.imag());
}

QByteArray PhaseCircleView::toCsv() const
{
    QByteArray out = "oscillator,phase,cos_phase,sin_phase\n";
    for (std::size_t i = 0; i < m_phases.size(); ++i)
        out += QByteArray::number(static_cast<qulonglong>(i)) + ',' + csvNumber(m_phases[i]) + ',' +
               csvNumber(std::cos(m_phases[i])) + ',' + csvNumber(std::sin(m_phases[i])) + '\n';
    return out;
}

OrderParameterView::OrderParameterView(QWidget* parent)
    : QwtPlot(parent), m_curve(new QwtPlotCurve), m_meanLine(new QwtPlotMarker)
{
    applyPlotStyle(this);
    m_curve->setPen(QPen(QColor(20, 60, 160), 1.2));
    m_curve->setPaintAttribute(QwtPlotCurve::ClipPolygons, true);
    m_curve->setPaintAttribute(QwtPlotCurve::FilterPointsAggressive, true);
    m_curve->attach(this);
    m_meanLine->setLineStyle(QwtPlotMarker::HLine);
    m_meanLine->setLinePen(QPen(QColor(200, 60, 30), 1.2, Qt::DashLine));
    m_meanLine->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_meanLine->setVisible(false);
    // Above the curve, so its label (on a light backing) is read; the line is dashed, so a
    // synchronised run's R = 1 shows between the dashes.
    m_meanLine->setZ(m_curve->z() + 1);
    m_meanLine->attach(this);
    // R lies in [0, 1]: a fixed axis shows how far from synchrony the run is at a glance.
    setAxisScale(QwtAxis::YLeft, 0.0, 1.05);
    retranslateWith(this, [this] {
        applyTitle();
        setAxisTitle(QwtAxis::XBottom, tr("step n"));
        setAxisTitle(QwtAxis::YLeft, tr("R"));
    });
}

void OrderParameterView::applyTitle()
{
    if (!hasData()) {
        setTitle(wrappedText(tr("Order parameter R(n)")));
        m_meanLine->setLabel(QwtText());
        return;
    }
    const QString mean = QString::number(m_mean, 'f', 3);
    setTitle(wrappedText(tr("R(n), time mean %1").arg(mean)));
    // On a light backing: the label sits on the line and the curve runs through it.
    QwtText label(tr("mean R = %1").arg(mean));
    label.setColor(QColor(200, 60, 30));
    label.setBackgroundBrush(QColor(255, 255, 255, 210));
    m_meanLine->setLabel(label);
}

bool OrderParameterView::setTrajectory(const Trajectory& t, const Model& model)
{
    const KuramotoResult r = oscillatorOrder(model, t);
    if (r.r.empty()) {
        clear();
        return false;
    }
    QPolygonF pts;
    pts.reserve(static_cast<qsizetype>(r.r.size()));
    for (std::size_t i = 0; i < r.r.size(); ++i)
        pts.append(QPointF(static_cast<double>(t.firstStep + static_cast<long>(i) * t.stride), r.r[i]));
    m_curve->setSamples(pts);
    m_mean = r.mean;
    m_meanLine->setYValue(m_mean);
    m_meanLine->setVisible(true);
    setPlotMessage(this, QString());
    applyTitle();
    replot();
    return true;
}

void OrderParameterView::clear()
{
    m_curve->setSamples(QPolygonF());
    m_meanLine->setVisible(false);
    m_mean = 0.0;
    applyTitle();
    setPlotMessage(this, tr("Shown for networks of oscillators (Kuramoto, AKOrN)"));
    replot();
}

bool OrderParameterView::hasData() const
{
    return m_curve->dataSize() > 0;
}

std::vector<QPointF> OrderParameterView::points() const
{
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < m_curve->dataSize(); ++i)
        out.push_back(m_curve->sample(i));
    return out;
}

QByteArray OrderParameterView::toCsv() const
{
    QByteArray out = "step,R\n";
    for (const QPointF& p : points())
        out += csvNumber(p.x()) + ',' + csvNumber(p.y()) + '\n';
    return out;
}

} // namespace nd
