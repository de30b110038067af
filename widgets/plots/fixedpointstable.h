// Table of a model's fixed points: state, multipliers (eigenvalues of the Jacobian) with
// their moduli, the stability class, det J and the Newton residual. GUI thread only.
#pragma once

#include "analysis/fixedpoints.h"

#include <QByteArray>
#include <QTableWidget>

#include <vector>

namespace nd {

class FixedPointsTable : public QTableWidget {
    Q_OBJECT
public:
    explicit FixedPointsTable(QWidget* parent = nullptr);

    void setFixedPoints(const std::vector<FixedPoint>& points, const std::vector<std::string>& variableNames);
    void setMessage(const QString& message); // e.g. why there is nothing to show
    int pointCount() const { return static_cast<int>(m_points.size()); }
    const std::vector<FixedPoint>& points() const { return m_points; }
    QByteArray toCsv() const;

private:
    std::vector<FixedPoint> m_points;
    std::vector<std::string> m_names;
};

// "stable focus", "saddle", ... for the user, translated.
QString stabilityText(Stability s);

} // namespace nd
