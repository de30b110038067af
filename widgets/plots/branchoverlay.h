// Draws continuation results on any QwtPlot: one-parameter branches in the plane (parameter,
// state coordinate) with stable parts solid and unstable parts dashed, split where the
// stability changes, and two-parameter bifurcation curves (fold, flip, Neimark-Sacker) in a
// parameter plane; special points (LP, PD, NS, BP; CP, R1..R4, LPPD, LPNS, PDNS, NSNS and any
// other label the engine gives) are markers with their labels. Used by the continuation view
// and as an overlay on orbit diagrams and parameter planes. The plot owns the items; the
// overlay remembers them so it can replace them. GUI thread only.
#pragma once

#include "continuation/branch.h"
#include "model/model.h"

#include <QColor>
#include <QCoreApplication>
#include <QPolygonF>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QwtPlot;
class QwtPlotItem;

namespace nd {

// A piece of a branch drawn in one style: solid when stable, dashed when not (curves: solid).
struct BranchSegment {
    int branch = 0;  // index into the branches given
    int iterate = 0; // which point of a period-K cycle (0: the stored one)
    bool stable = true;
    QPolygonF points;
};

struct BranchLabel {
    int branch = 0;
    QString label;       // "PD", "R2", ...
    QString description; // the engine's description, for tooltips and CSV
    QPointF position;
    QString text; // what the marker shows: the label with its verdict, "PD (super)" (specialPointTitle)
};

// Maps a branch point (and its index) to the plane; nullopt breaks the line there.
using BranchPosition = std::function<std::optional<QPointF>(const BranchPoint&, std::size_t)>;

// Splits a branch into runs of equal stability. Where stability changes between two points,
// both runs end at the located special point if one of the two is one (the engine inserts
// located points into the branch), otherwise at the midpoint of the two.
std::vector<BranchSegment> splitByStability(const Branch& branch, int branchIndex,
                                            const BranchPosition& position);

class BranchOverlay {
    Q_DECLARE_TR_FUNCTIONS(BranchOverlay)
public:
    explicit BranchOverlay(QwtPlot* plot);
    BranchOverlay(const BranchOverlay&) = delete;
    BranchOverlay& operator=(const BranchOverlay&) = delete;

    // One-parameter branches (kind Cycle; others are skipped) in (parameter, state[variable]).
    // With a model, each period-K cycle is drawn as all K of its points (the stored point and
    // its K - 1 images under the map at that parameter), as an orbit diagram shows it.
    void setCycleBranches(const std::vector<Branch>& branches, int variable, const Model* model = nullptr);
    // Two-parameter curves (kinds FoldCurve, FlipCurve, NeimarkSacker) in the plane of the
    // parameters named xName (x) and yName (y); a curve naming them the other way round is
    // swapped, one naming neither is drawn as (first, second) parameter.
    void setCurves(const std::vector<Branch>& curves, const std::string& xName, const std::string& yName);
    void clear();
    // Whether a legend entry is made for each branch / curve (off on raster views without a legend).
    void setLegendEntries(bool on) { m_legend = on; }

    const std::vector<BranchSegment>& segments() const { return m_segments; }
    const std::vector<BranchLabel>& labels() const { return m_labels; }
    bool isEmpty() const { return m_segments.empty() && m_labels.empty(); }

private:
    void addSegment(const BranchSegment& segment, const QColor& color, const QString& legendTitle);
    void addLabel(const BranchLabel& label, const QColor& color);

    QwtPlot* m_plot;
    bool m_legend = false;
    std::vector<QwtPlotItem*> m_items;
    std::vector<BranchSegment> m_segments;
    std::vector<BranchLabel> m_labels;
};

// "fold (LP) curve", "flip (PD) curve", "Neimark-Sacker (NS) curve" or "period-K branch in p",
// translated.
QString branchTitle(const Branch& branch);

// A special point's label with the verdict of its normal form, translated: "PD (super)",
// "PD (sub)", "NS (super, 1:4?)" near a strong resonance, "LP" for a nondegenerate fold (a fold
// has no super/sub), "LP (degenerate)", "PD (undefined)"; the bare label where no verdict was
// computed (BP, codimension-2 points).
QString specialPointTitle(const SpecialPoint& point);
// The verdict in words: "supercritical", "subcritical", "fold (nondegenerate)", "degenerate
// (cusp?)", ..., empty where none was computed.
QString verdictText(const SpecialPoint& point);

} // namespace nd
