// Table of the special points of continuation results: per row the branch, the label, where it
// was located, and for LP, PD and NS points of cycle branches the verdict and the normal-form
// coefficient it comes from, with a note where the coefficient is undefined, degenerate or near
// a strong resonance. Each column header explains its column in a tooltip. GUI thread only.
#pragma once

#include "continuation/branch.h"

#include <QTableWidget>

#include <vector>

namespace nd {

class SpecialPointsTable : public QTableWidget {
    Q_OBJECT
public:
    explicit SpecialPointsTable(QWidget* parent = nullptr);

    void setBranches(const std::vector<Branch>& branches);
    void clearPoints();

    enum Column { BranchColumn, LabelColumn, ParameterColumn, VerdictColumn, CoefficientColumn, NoteColumn };

private:
    void setHeaders();
    void fill();

    std::vector<Branch> m_branches;
};

} // namespace nd
