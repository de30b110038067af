// The attractor atlas's orbit diagram coloured by attractor: along the atlas's parameter, each
// attractor's representative orbit (one state variable of its states) at every value, as dots in
// the attractor's palette colour (attractorpalette.h, the same as the fractions, the list and the
// portrait overlay), so where two attractors coexist their orbits are told apart: coexisting
// attractors are drawn side by side around their parameter value (by id, within a third of the
// spacing of the values), since two chaotic attractors often cover the same range and the one drawn
// last would hide the other. The data (CSV, valuesAt) keep the true values. A click reports the
// attractor of the nearest dot. Shared by the GUI's attractors dock and `run`'s
// attractors-orbits figure. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QColor>
#include <QString>
#include <qwt_plot.h>

#include <map>
#include <vector>

class QwtPlotCurve;

namespace nd {

class ReadoutPicker;

// The dots, one entry per point in each vector (parameter value, its column, global id, value).
struct AttractorOrbitPoints {
    std::vector<double> parameter;
    std::vector<int> column, id;
    std::vector<double> value;
    std::map<int, QString> names; // per id, the legend's name ("0: chaotic, period 4"); else the id
};

class AttractorOrbitDiagramView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    // compact: no legend and no title but a message (the dock: the fractions right above it name
    // the same colours, and its height is scarce); else a legend of the ids at the right.
    explicit AttractorOrbitDiagramView(bool compact = false, QWidget* parent = nullptr);

    void setOrbits(const AttractorOrbitPoints& points, const QString& parameterName,
                   const QString& variableName);
    void setMessage(const QString& message);
    const AttractorOrbitPoints& orbits() const { return m_data; }

    // The colour id's dots are drawn in (invalid when id has none).
    QColor colorOf(int id) const;
    // The values drawn for id at column (in order).
    std::vector<double> valuesAt(int id, int column) const;
    // The id and column of the dot nearest to a plot position, by screen distance (-1: none).
    int idAt(const QPointF& position, int* column = nullptr) const;
    QString readoutAt(const QPointF& position) const;

    // parameter, id, value: one row per dot.
    QByteArray toCsv() const override;
    bool hasData() const override { return !m_data.value.empty(); }

signals:
    void attractorClicked(int id, int column);

private:
    void rebuild();
    // Where dot i is drawn across: its parameter value, moved aside when attractors coexist there.
    std::vector<double> drawnParameters() const;

    AttractorOrbitPoints m_data;
    std::vector<double> m_drawnX;
    QString m_parameterName, m_variableName, m_message;
    bool m_compact;
    std::map<int, QwtPlotCurve*> m_curves;
    ReadoutPicker* m_picker;
};

} // namespace nd
