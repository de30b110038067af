#include "plots/branchoverlay.h"

#include "plots/patterncurve.h"

#include <QCoreApplication>
#include <QPen>
#include <QStringList>
#include <qwt_plot.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <array>
#include <cmath>
#include <memory>
#include <set>

namespace nd {

namespace {

const std::array<QColor, 6> kBranchColors = {QColor(200, 30, 30),  QColor(20, 60, 170), QColor(20, 130, 50),
                                             QColor(140, 40, 160), QColor(210, 120, 0), QColor(0, 140, 160)};

QColor curveColor(BranchKind kind)
{
    switch (kind) {
    case BranchKind::FoldCurve:
        return QColor(20, 60, 170);
    case BranchKind::FlipCurve:
        return QColor(200, 30, 30);
    case BranchKind::NeimarkSacker:
        return QColor(20, 130, 50);
    case BranchKind::Cycle:
        break;
    }
    return QColor(Qt::black);
}

bool finite(const QPointF& p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// The K points of the cycle through `point`: the stored state and its images under the map.
std::vector<std::vector<double>> cycleOrbit(const Model& prototype, const Branch& branch,
                                            const BranchPoint& point)
{
    std::vector<std::vector<double>> orbit{point.state};
    if (branch.period <= 1 || static_cast<int>(point.state.size()) != prototype.dimension())
        return orbit;
    const std::unique_ptr<Model> model = prototype.clone();
    try {
        for (std::size_t i = 0; i < point.parameters.size() && i < branch.parameterNames.size(); ++i)
            model->setParameter(branch.parameterNames[i], point.parameters[i]);
    } catch (const std::exception&) {
        return orbit; // a parameter this model does not take: the stored point alone
    }
    for (int k = 1; k < branch.period; ++k) {
        std::vector<double> next(point.state.size());
        model->evaluate(orbit.back().data(), next.data());
        orbit.push_back(std::move(next));
    }
    return orbit;
}

} // namespace

QString branchTitle(const Branch& branch)
{
    const char* curve =
        branch.kind == BranchKind::FoldCurve   ? QT_TRANSLATE_NOOP("BranchOverlay", "fold (LP) curve")
        : branch.kind == BranchKind::FlipCurve ? QT_TRANSLATE_NOOP("BranchOverlay", "flip (PD) curve")
        : branch.kind == BranchKind::NeimarkSacker
            ? QT_TRANSLATE_NOOP("BranchOverlay", "Neimark-Sacker (NS) curve")
            : nullptr;
    if (curve)
        return BranchOverlay::tr(curve);
    if (branch.parameterNames.empty())
        return BranchOverlay::tr("period-%1 branch").arg(branch.period);
    return BranchOverlay::tr("period-%1 branch in %2")
        .arg(branch.period)
        .arg(QString::fromStdString(branch.parameterNames[0]));
}

QString specialPointTitle(const SpecialPoint& point)
{
    const QString label = QString::fromStdString(point.label);
    const Criticality& c = point.criticality;
    QStringList parts;
    switch (c.verdict) {
    case Verdict::NotComputed:
    case Verdict::Nondegenerate:
        break;
    case Verdict::Supercritical:
        parts << BranchOverlay::tr("super");
        break;
    case Verdict::Subcritical:
        parts << BranchOverlay::tr("sub");
        break;
    case Verdict::Degenerate:
        parts << BranchOverlay::tr("degenerate");
        break;
    case Verdict::Undefined:
        parts << BranchOverlay::tr("undefined");
        break;
    }
    if (c.resonance)
        parts << BranchOverlay::tr("1:%1?").arg(c.resonance);
    return parts.isEmpty() ? label
                           : BranchOverlay::tr("%1 (%2)").arg(label, parts.join(QStringLiteral(", ")));
}

QString verdictText(const SpecialPoint& point)
{
    const bool fold = point.label == "LP", flip = point.label == "PD";
    switch (point.criticality.verdict) {
    case Verdict::NotComputed:
        return {};
    case Verdict::Supercritical:
        return BranchOverlay::tr("supercritical");
    case Verdict::Subcritical:
        return BranchOverlay::tr("subcritical");
    case Verdict::Nondegenerate:
        return BranchOverlay::tr("fold (nondegenerate)");
    case Verdict::Degenerate:
        return fold   ? BranchOverlay::tr("degenerate (cusp?)")
               : flip ? BranchOverlay::tr("degenerate (generalised flip?)")
                      : BranchOverlay::tr("degenerate (Chenciner?)");
    case Verdict::Undefined:
        return BranchOverlay::tr("undefined");
    }
    return {};
}

std::vector<BranchSegment> splitByStability(const Branch& branch, int branchIndex,
                                            const BranchPosition& position)
{
    std::set<std::size_t> located;
    for (const SpecialPoint& sp : branch.specialPoints)
        located.insert(sp.pointIndex);
    std::vector<BranchSegment> out;
    BranchSegment run;
    bool open = false;
    const auto flush = [&]() {
        if (open && !run.points.isEmpty())
            out.push_back(run);
        open = false;
    };
    for (std::size_t i = 0; i < branch.points.size(); ++i) {
        const BranchPoint& bp = branch.points[i];
        const std::optional<QPointF> p = position(bp, i);
        if (!p || !finite(*p)) {
            flush();
            continue;
        }
        if (!open) {
            run = BranchSegment{branchIndex, 0, bp.stable, QPolygonF{*p}};
            open = true;
            continue;
        }
        if (bp.stable == run.stable) {
            run.points << *p;
            continue;
        }
        const QPointF previous = run.points.back();
        const QPointF boundary = located.count(i)       ? *p
                                 : located.count(i - 1) ? previous
                                                        : (previous + *p) / 2.0;
        if (boundary != previous)
            run.points << boundary;
        flush();
        run = BranchSegment{branchIndex, 0, bp.stable, QPolygonF{boundary}};
        if (boundary != *p)
            run.points << *p;
        open = true;
    }
    flush();
    return out;
}

BranchOverlay::BranchOverlay(QwtPlot* plot) : m_plot(plot)
{
}

void BranchOverlay::clear()
{
    for (QwtPlotItem* item : m_items) {
        item->detach();
        delete item;
    }
    m_items.clear();
    m_segments.clear();
    m_labels.clear();
}

void BranchOverlay::addSegment(const BranchSegment& segment, const QColor& color, const QString& legendTitle)
{
    auto* curve = new PatternCurve(legendTitle);
    curve->setPen(QPen(color, 1.6, segment.stable ? Qt::SolidLine : Qt::DashLine));
    curve->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    curve->setSamples(segment.points);
    curve->setItemAttribute(QwtPlotItem::Legend, m_legend && !legendTitle.isEmpty());
    curve->setLegendAttribute(QwtPlotCurve::LegendShowLine, true);
    curve->setZ(30);
    curve->attach(m_plot);
    m_items.push_back(curve);
    m_segments.push_back(segment);
}

void BranchOverlay::addLabel(const BranchLabel& label, const QColor& color)
{
    auto* marker = new QwtPlotMarker(label.description);
    marker->setValue(label.position);
    marker->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(Qt::white), QPen(color, 1.5), QSize(8, 8)));
    QwtText text(label.text.isEmpty() ? label.label : label.text);
    text.setColor(color.darker(130));
    QFont font = text.font();
    font.setBold(true);
    text.setFont(font);
    marker->setLabel(text);
    marker->setLabelAlignment(Qt::AlignTop | Qt::AlignRight);
    marker->setZ(40);
    marker->attach(m_plot);
    m_items.push_back(marker);
    m_labels.push_back(label);
}

void BranchOverlay::setCycleBranches(const std::vector<Branch>& branches, int variable, const Model* model)
{
    clear();
    for (std::size_t b = 0; b < branches.size(); ++b) {
        const Branch& branch = branches[b];
        if (branch.kind != BranchKind::Cycle)
            continue;
        const QColor color = kBranchColors[b % kBranchColors.size()];
        // Every point of each cycle, computed once: orbits[i][k] is the k-th point at branch point i.
        std::vector<std::vector<std::vector<double>>> orbits;
        orbits.reserve(branch.points.size());
        for (const BranchPoint& bp : branch.points)
            orbits.push_back(model ? cycleOrbit(*model, branch, bp)
                                   : std::vector<std::vector<double>>{bp.state});
        const int iterates = model ? std::max(branch.period, 1) : 1;
        bool first = true;
        for (int k = 0; k < iterates; ++k) {
            const BranchPosition at = [&orbits, k, variable](const BranchPoint& bp,
                                                             std::size_t i) -> std::optional<QPointF> {
                const auto& orbit = orbits[i];
                if (bp.parameters.empty() || static_cast<std::size_t>(k) >= orbit.size() || variable < 0 ||
                    static_cast<std::size_t>(variable) >= orbit[static_cast<std::size_t>(k)].size())
                    return std::nullopt;
                return QPointF(bp.parameters[0],
                               orbit[static_cast<std::size_t>(k)][static_cast<std::size_t>(variable)]);
            };
            for (BranchSegment s : splitByStability(branch, static_cast<int>(b), at)) {
                s.iterate = k;
                addSegment(s, color, first ? branchTitle(branch) : QString());
                first = false;
            }
        }
        for (const SpecialPoint& sp : branch.specialPoints) {
            if (sp.point.parameters.empty() || variable < 0 ||
                static_cast<std::size_t>(variable) >= sp.point.state.size())
                continue;
            const QPointF p(sp.point.parameters[0], sp.point.state[static_cast<std::size_t>(variable)]);
            if (finite(p))
                addLabel({static_cast<int>(b), QString::fromStdString(sp.label),
                          QString::fromStdString(sp.description), p, specialPointTitle(sp)},
                         color);
        }
    }
}

void BranchOverlay::setCurves(const std::vector<Branch>& curves, const std::string& xName,
                              const std::string& yName)
{
    clear();
    // Curves of one kind share a colour, so the legend names each kind once (a run with curves
    // from several points listed "Neimark-Sacker (NS) curve" once per curve).
    std::set<QString> named;
    for (std::size_t b = 0; b < curves.size(); ++b) {
        const Branch& curve = curves[b];
        if (curve.kind == BranchKind::Cycle)
            continue;
        const auto& names = curve.parameterNames;
        const bool swapped = names.size() >= 2 && names[0] == yName && names[1] == xName;
        const auto at = [swapped](const BranchPoint& bp, std::size_t) -> std::optional<QPointF> {
            if (bp.parameters.size() < 2)
                return std::nullopt;
            return swapped ? QPointF(bp.parameters[1], bp.parameters[0])
                           : QPointF(bp.parameters[0], bp.parameters[1]);
        };
        // A bifurcation curve has no stability of its own: draw it as one solid line per piece.
        Branch plain = curve;
        for (BranchPoint& p : plain.points)
            p.stable = true;
        const QColor color = curveColor(curve.kind);
        const QString title = branchTitle(curve);
        bool first = named.insert(title).second;
        for (const BranchSegment& s : splitByStability(plain, static_cast<int>(b), at)) {
            addSegment(s, color, first ? title : QString());
            first = false;
        }
        for (const SpecialPoint& sp : curve.specialPoints)
            if (const auto p = at(sp.point, 0); p && finite(*p))
                addLabel({static_cast<int>(b), QString::fromStdString(sp.label),
                          QString::fromStdString(sp.description), *p, specialPointTitle(sp)},
                         color);
    }
}

} // namespace nd
