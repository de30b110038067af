// Continuation results: one-parameter branches of fixed points and cycles in the plane
// (parameter, chosen state coordinate), stable parts solid and unstable parts dashed, special
// points (LP, PD, NS, BP) labelled; and two-parameter fold / flip / Neimark-Sacker curves in a
// second plot with their codimension-2 points (CP, R1..R4, LPPD, LPNS, PDNS, NSNS, ...).
// LP, PD and NS labels carry their verdict ("PD (super)"), and a table below lists every special
// point with its normal-form coefficient. The header says how each branch ended. GUI thread only.
#pragma once

#include "continuation/branch.h"
#include "model/model.h"
#include "plots/branchoverlay.h"
#include "plots/plotpanel.h"

#include <memory>
#include <vector>

class QComboBox;

namespace nd {

class SpecialPointsTable;

class ContinuationView : public PlotPanel {
    Q_OBJECT
public:
    explicit ContinuationView(QWidget* parent = nullptr);

    // Cycle branches go to the first plot, bifurcation curves to the second. With a model (it is
    // copied), every point of a period-K cycle is drawn, not only the one the branch stores.
    void setBranches(const std::vector<Branch>& branches, const Model* model = nullptr);
    // The state coordinate the first plot shows (an index into the branches' variable names).
    void setVariable(int index);
    int variable() const { return m_variable; }
    const std::vector<Branch>& branches() const { return m_branches; }

    // The sub-plots (plots() lists those shown, with their titles).
    QwtPlot* branchPlot() const { return m_branchPlot; }
    QwtPlot* curvePlot() const { return m_curvePlot; }

    const BranchOverlay& branchOverlay() const { return *m_branchOverlay; }
    const BranchOverlay& curveOverlay() const { return *m_curveOverlay; }
    const SpecialPointsTable& pointsTable() const { return *m_pointsTable; }

signals:
    void variableChanged(int index);

private:
    void clearData() override; // PlotPanel::setMessage drops the data through it
    // One line per point of the cycle branches, or of the two-parameter curves.
    QByteArray pointsCsv(bool curves) const;
    void drawBranches();
    void drawCurves();
    void updateHeader();

    DataPlot* m_branchPlot;
    DataPlot* m_curvePlot;
    QComboBox* m_variableChoice;
    SpecialPointsTable* m_pointsTable;
    std::unique_ptr<BranchOverlay> m_branchOverlay;
    std::unique_ptr<BranchOverlay> m_curveOverlay;
    std::vector<Branch> m_branches;
    std::unique_ptr<Model> m_model;
    int m_variable = 0;
};

} // namespace nd
