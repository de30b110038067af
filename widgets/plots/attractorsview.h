// The attractor atlas's basin fractions against the parameter as stacked areas: from the bottom
// every attractor by id (one colour per id, from attractorpalette.h, the same as in every other
// view), then the undecided and the escaping fractions, so each column sums to 1. One parameter
// value (no continuation) is drawn as a single stacked column. A click reports the attractor
// under the cursor. GUI thread only.
#pragma once

#include "analysis/attractors.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;

namespace nd {

class ReadoutPicker;

// Fractions per parameter value, by (global) attractor id.
struct AttractorFractions {
    std::vector<double> parameters;
    std::vector<int> ids;                       // every id that exists somewhere, ascending
    std::vector<QString> names;                 // per id: "0: chaotic", "1: period 4, period 8", ...
    std::vector<std::vector<double>> fractions; // fractions[k][c]: attractor ids[k] at value c
    std::vector<double> escaped, undecided;     // per value
};

// "period 4", "fixed point", "chaotic (0.42)", "quasi-periodic", translated.
QString attractorClassText(const Attractor& attractor);

AttractorFractions attractorFractions(const AttractorContinuation& continuation);
// One value: the attractors of a single search at `parameter`.
AttractorFractions attractorFractions(const AttractorResult& result, double parameter);

class AttractorsView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit AttractorsView(QWidget* parent = nullptr);

    void setFractions(const AttractorFractions& fractions, const QString& parameterName);
    void setMessage(const QString& message);
    const AttractorFractions& fractions() const { return m_data; }

    // The attractor id at a plot position (-1 escaped, -2 undecided, -3 nothing there) and the
    // column of the parameter value nearest to it.
    int idAt(const QPointF& position, int* column = nullptr) const;
    QString readoutAt(const QPointF& position) const;
    // The fill colour of id's layer (invalid when id has none).
    QColor colorOf(int id) const;

    // parameter, id, fraction: one row per value and attractor (id -1: escaped, -2: undecided).
    QByteArray toCsv() const override;
    bool hasData() const override { return !m_data.parameters.empty(); }

signals:
    void attractorClicked(int id, int column);

private:
    void rebuild();
    std::vector<double> xs() const;

    AttractorFractions m_data;
    QString m_parameterName;
    std::vector<QwtPlotCurve*> m_curves;
    ReadoutPicker* m_picker;
};

// One attractor of the atlas: its basin (the initial states of a grid that reached it, as
// squares in its colour, light) and its representative orbit (dots in its colour, dark), on the
// plane of two state variables. GUI thread only.
class AttractorOrbitView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit AttractorOrbitView(QWidget* parent = nullptr);

    // basinX/basinY: the initial states in the basin (may be empty); orbitX/orbitY: the orbit.
    void setAttractor(int id, const QString& name, const std::vector<double>& basinX,
                      const std::vector<double>& basinY, const std::vector<double>& orbitX,
                      const std::vector<double>& orbitY, const QString& xName, const QString& yName);
    void clear(const QString& message);

    // kind (basin or orbit), x, y.
    QByteArray toCsv() const override;
    bool hasData() const override { return !m_orbitX.empty(); }

private:
    QwtPlotCurve* m_basin;
    QwtPlotCurve* m_orbit;
    std::vector<double> m_basinX, m_basinY, m_orbitX, m_orbitY;
    QString m_name;
};

} // namespace nd
