// The two default views of an oscillator network (oscillatorphases.h owns which models are
// one): every oscillator as a point on the unit circle at the last recorded step, with the mean
// field R e^(i psi) as an arrow, redrawn with every trajectory the run delivers and, when asked
// (the GUI), replayed over the recorded steps so the oscillators are seen to move, ending on the
// last step; and the order parameter R(n) over the run with its time mean, as the synchrony
// measure computes it. Both clear themselves (with a message) for other models. The circle is
// drawn in pixels, round at any size and in exported figures. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QPointF>
#include <QTimer>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;
class QwtPlotMarker;

namespace nd {

class Model;
struct Trajectory;

class PhaseCircleView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit PhaseCircleView(QWidget* parent = nullptr);

    // The oscillators at the trajectory's last row (with animation on, a replay of the recorded
    // rows that ends there); false (and cleared) for a model without oscillators or a trajectory
    // that lacks their variables.
    bool setTrajectory(const Trajectory& trajectory, const Model& model);
    void clear();
    // Replays each new trajectory (off by default: figures and tests see the last row at once).
    void setAnimated(bool on);
    bool isAnimating() const { return m_timer.isActive(); }
    // Ends a replay at the last row (before an export, so the figure is the run's end).
    void finishAnimation();

    // The drawn points (cos phase, sin phase), one per oscillator, and their phases in (-pi, pi].
    std::vector<QPointF> points() const;
    const std::vector<double>& phases() const { return m_phases; }
    long step() const { return m_step; }
    // The mean field's end point, R (cos psi, sin psi).
    QPointF meanField() const;

    QByteArray toCsv() const override;
    bool hasData() const override { return !m_phases.empty(); }

private:
    void applyTitle();
    // Shows recorded row `row` (phases, step, title) and replots.
    void showRow(std::size_t row);
    void nextFrame();

    class CircleItem;
    CircleItem* m_item;
    std::vector<double> m_series; // rows x oscillators, wrapped phases of the trajectory
    std::size_t m_oscillators = 0;
    long m_firstStep = 0;
    long m_stride = 1;
    std::vector<double> m_phases; // the row shown
    long m_step = 0;
    bool m_animated = false;
    std::size_t m_frame = 0; // replay: the row shown next
    QTimer m_timer;
};

class OrderParameterView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit OrderParameterView(QWidget* parent = nullptr);

    // R(n) of the trajectory's phases and its time mean; false (and cleared) as PhaseCircleView.
    bool setTrajectory(const Trajectory& trajectory, const Model& model);
    void clear();

    std::vector<QPointF> points() const;
    double mean() const { return m_mean; }

    QByteArray toCsv() const override;
    bool hasData() const override;

private:
    void applyTitle();

    QwtPlotCurve* m_curve;
    QwtPlotMarker* m_meanLine;
    double m_mean = 0.0;
};

} // namespace nd
