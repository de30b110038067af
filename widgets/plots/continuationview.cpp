#include "plots/continuationview.h"

#include "plots/readoutpicker.h"
#include "plots/retranslate.h"
#include "plots/specialpointstable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QStringList>
#include <qwt_legend.h>
#include <qwt_text.h>

#include <cmath>
#include <map>

namespace nd {

namespace {

// Special points by point index, for the CSV.
std::map<std::size_t, const SpecialPoint*> specialsByPoint(const Branch& b)
{
    std::map<std::size_t, const SpecialPoint*> out;
    for (const SpecialPoint& sp : b.specialPoints)
        out[sp.pointIndex] = &sp;
    return out;
}

QByteArray quoted(const std::string& s)
{
    return '"' + QByteArray::fromStdString(s).replace("\"", "\"\"") + '"';
}

} // namespace

ContinuationView::ContinuationView(QWidget* parent) : PlotPanel(parent)
{
    m_variableChoice = addChoice([] {
        return std::pair{tr("State &coordinate:"),
                         tr("The state variable plotted against the parameter in the branch plot")};
    });
    connect(m_variableChoice, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i != m_variable)
            setVariable(i);
    });
    m_branchPlot = addPlot(
        [] {
            return PlotTexts{
                tr("Branches"), QString(), QString(),
                tr("Fixed points and cycles followed in one parameter: solid where stable, dashed "
                   "where unstable; LP fold, PD flip (period doubling), NS Neimark-Sacker, BP branch "
                   "point")};
        },
        {1, 0}, [this]() { return pointsCsv(false); });
    m_curvePlot = addPlot(
        [] {
            return PlotTexts{
                tr("Bifurcation curves"), QString(), QString(),
                tr("Fold, flip and Neimark-Sacker curves in two parameters, drawn solid (a curve has no "
                   "stability of its own), with their codimension-2 points: CP cusp, R1-R4 strong "
                   "resonances, LPPD fold-flip, LPNS fold-NS, PDNS flip-NS, NSNS double NS, GPD "
                   "generalised flip, CH Chenciner")};
        },
        {2, 0}, [this]() { return pointsCsv(true); });
    m_branchOverlay = std::make_unique<BranchOverlay>(m_branchPlot);
    m_curveOverlay = std::make_unique<BranchOverlay>(m_curvePlot);
    for (DataPlot* plot : {m_branchPlot, m_curvePlot}) {
        plot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
        new ReadoutPicker(plot, [plot](const QPointF& p) {
            return QStringLiteral("%1 = %2, %3 = %4")
                .arg(plot->axisTitle(QwtAxis::XBottom).text())
                .arg(p.x(), 0, 'g', 7)
                .arg(plot->axisTitle(QwtAxis::YLeft).text())
                .arg(p.y(), 0, 'g', 7);
        });
    }
    m_branchOverlay->setLegendEntries(true);
    m_curveOverlay->setLegendEntries(true);
    m_pointsTable = new SpecialPointsTable(this);
    m_pointsTable->setMaximumHeight(170);
    m_pointsTable->setVisible(false);
    grid()->addWidget(m_pointsTable, 3, 0);
    // The verdicts in the labels and the header are translated texts: redraw them.
    retranslateWith(this, [this] {
        if (m_branches.empty())
            return;
        drawBranches();
        drawCurves();
        updateHeader();
    });
}

QByteArray ContinuationView::pointsCsv(bool curves) const
{
    QByteArray out = curves ? "curve,kind,point,first_parameter,second_parameter,label\n"
                            : "branch,period,point,parameter,value,stable,label,coefficient,verdict\n";
    const auto v = static_cast<std::size_t>(m_variable);
    for (std::size_t b = 0; b < m_branches.size(); ++b) {
        const Branch& br = m_branches[b];
        if ((br.kind != BranchKind::Cycle) != curves)
            continue;
        const auto specials = specialsByPoint(br);
        for (std::size_t i = 0; i < br.points.size(); ++i) {
            const BranchPoint& p = br.points[i];
            if (p.parameters.size() < (curves ? 2u : 1u) || (!curves && v >= p.state.size()))
                continue;
            const QByteArray index = QByteArray::number(static_cast<qulonglong>(i));
            const QByteArray fields =
                curves ? quoted(branchKindName(br.kind)) + ',' + index + ',' + csvNumber(p.parameters[0]) +
                             ',' + csvNumber(p.parameters[1])
                       : QByteArray::number(br.period) + ',' + index + ',' + csvNumber(p.parameters[0]) +
                             ',' + csvNumber(p.state[v]) + (p.stable ? ",1" : ",0");
            const auto l = specials.find(i);
            const SpecialPoint* sp = l != specials.end() ? l->second : nullptr;
            out += QByteArray::number(static_cast<qulonglong>(b)) + ',' + fields + ',' +
                   (sp ? QByteArray::fromStdString(sp->label) : QByteArray());
            if (!curves) {
                const bool judged = sp && sp->criticality.verdict != Verdict::NotComputed;
                out +=
                    ',' + (judged ? csvNumber(sp->criticality.coefficient) : QByteArray()) + ',' +
                    (judged ? QByteArray::fromStdString(verdictName(sp->criticality.verdict)) : QByteArray());
            }
            out += '\n';
        }
    }
    return out;
}

void ContinuationView::clearData()
{
    m_branches.clear();
    m_model.reset();
    m_branchOverlay->clear();
    m_curveOverlay->clear();
    m_pointsTable->clearPoints();
    m_pointsTable->setVisible(false);
}

void ContinuationView::setBranches(const std::vector<Branch>& branches, const Model* model)
{
    setMessage({});
    m_branches = branches;
    m_model = model ? model->clone() : nullptr;
    QStringList names;
    for (const Branch& b : branches)
        if (b.kind == BranchKind::Cycle && names.isEmpty())
            for (const std::string& n : b.variableNames)
                names << QString::fromStdString(n);
    {
        const QSignalBlocker block(m_variableChoice);
        m_variableChoice->clear();
        m_variableChoice->addItems(names);
        if (m_variable >= names.size())
            m_variable = 0;
        m_variableChoice->setCurrentIndex(names.isEmpty() ? -1 : m_variable);
    }
    drawBranches();
    drawCurves();
    updateHeader();
    m_pointsTable->setBranches(branches);
    m_pointsTable->setVisible(m_pointsTable->rowCount() > 0);
}

void ContinuationView::setVariable(int index)
{
    if (index < 0 || (m_variableChoice->count() > 0 && index >= m_variableChoice->count()))
        return;
    m_variable = index;
    {
        const QSignalBlocker block(m_variableChoice);
        m_variableChoice->setCurrentIndex(index);
    }
    drawBranches();
    emit variableChanged(index);
}

void ContinuationView::drawBranches()
{
    m_branchOverlay->setCycleBranches(m_branches, m_variable, m_model.get());
    for (const Branch& b : m_branches)
        if (b.kind == BranchKind::Cycle) {
            m_branchPlot->setAxisTitle(QwtAxis::XBottom, b.parameterNames.empty()
                                                             ? QString()
                                                             : QString::fromStdString(b.parameterNames[0]));
            m_branchPlot->setAxisTitle(
                QwtAxis::YLeft,
                static_cast<std::size_t>(m_variable) < b.variableNames.size()
                    ? QString::fromStdString(b.variableNames[static_cast<std::size_t>(m_variable)])
                    : QString());
            break;
        }
    m_branchPlot->setHasData(!m_branchOverlay->isEmpty());
    m_branchPlot->replot();
}

void ContinuationView::drawCurves()
{
    std::string xName, yName;
    for (const Branch& b : m_branches)
        if (b.kind != BranchKind::Cycle && b.parameterNames.size() >= 2) {
            xName = b.parameterNames[0];
            yName = b.parameterNames[1];
            break;
        }
    m_curveOverlay->setCurves(m_branches, xName, yName);
    m_curvePlot->setAxisTitle(QwtAxis::XBottom, QString::fromStdString(xName));
    m_curvePlot->setAxisTitle(QwtAxis::YLeft, QString::fromStdString(yName));
    m_curvePlot->setHasData(!m_curveOverlay->isEmpty());
    // Without curves Qwt keeps the last autoscaled axes: the chain's curves' ticks (every one
    // "0.346475") stayed when a study without curves was opened.
    for (const QwtAxisId axis : {QwtAxis::XBottom, QwtAxis::YLeft})
        if (m_curveOverlay->isEmpty())
            m_curvePlot->setAxisScale(axis, 0.0, 1.0);
        else
            m_curvePlot->setAxisAutoScale(axis, true);
    m_curvePlot->replot();
}

void ContinuationView::updateHeader()
{
    QStringList lines;
    for (const Branch& b : m_branches) {
        QStringList labels;
        for (const SpecialPoint& sp : b.specialPoints)
            labels << specialPointTitle(sp);
        lines << tr("%1: %2 points, special points: %3; ended: %4")
                     .arg(branchTitle(b))
                     .arg(b.points.size())
                     .arg(labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", ")))
                     .arg(QString::fromStdString(b.stopMessage.empty() ? stopReasonName(b.stopReason)
                                                                       : b.stopMessage))
                     .toHtmlEscaped();
    }
    setHeader(lines.join(QStringLiteral("<br>")));
}

} // namespace nd
