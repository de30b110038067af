#include "plots/specialpointstable.h"

#include "plots/branchoverlay.h"
#include "plots/retranslate.h"

#include <QHeaderView>
#include <QStringList>

#include <cmath>

namespace nd {

namespace {

// The coefficient's name and sign convention for one label, for the cell's tooltip.
QString coefficientToolTip(const SpecialPoint& sp)
{
    if (sp.label == "LP")
        return SpecialPointsTable::tr(
            "Fold: quadratic coefficient a of xi -> xi + beta + a xi^2, with beta growing "
            "with the parameter; a > 0: the two cycles exist below the fold, a < 0: "
            "above it");
    if (sp.label == "PD")
        return SpecialPointsTable::tr(
            "Flip: cubic coefficient c of xi -> -xi + c xi^3; c > 0: supercritical, "
            "c < 0: subcritical");
    return SpecialPointsTable::tr("Neimark-Sacker: first Lyapunov coefficient Re d of xi -> e^(i theta) xi "
                                  "(1 + d |xi|^2); Re d < 0: supercritical, Re d > 0: subcritical");
}

QString noteText(const SpecialPoint& sp)
{
    const Criticality& c = sp.criticality;
    QStringList notes;
    if (c.verdict == Verdict::Undefined)
        notes << SpecialPointsTable::tr("coefficient undefined: %1").arg(QString::fromStdString(c.reason));
    if (c.verdict == Verdict::Degenerate)
        notes << SpecialPointsTable::tr("|coefficient| below the tolerance: a codimension-2 point nearby");
    if (c.resonance)
        notes << SpecialPointsTable::tr(
                     "near the strong resonance 1:%1: the coefficient alone does not decide")
                     .arg(c.resonance);
    return notes.join(QStringLiteral("; "));
}

} // namespace

SpecialPointsTable::SpecialPointsTable(QWidget* parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setColumnCount(NoteColumn + 1);
    retranslateWith(this, [this] {
        setToolTip(tr("Special points of the continuation: for fold (LP), flip (PD) and Neimark-Sacker (NS) "
                      "points of branches, the normal-form coefficient and whether the bifurcation is "
                      "super- or subcritical"));
        setHeaders();
        fill();
    });
}

void SpecialPointsTable::setHeaders()
{
    const std::pair<QString, QString> headers[] = {
        {tr("Branch"), tr("The branch or curve the point lies on, as listed above the plots")},
        {tr("Point"), tr("LP fold, PD flip, NS Neimark-Sacker, BP branch point; on curves the "
                         "codimension-2 points")},
        {tr("Parameters"), tr("Where the point was located")},
        {tr("Verdict"),
         tr("From the sign of the normal-form coefficient: supercritical (a small attracting cycle of "
            "twice the period or invariant circle appears where the cycle loses stability), subcritical "
            "(past the point nothing small attracts: orbits leave); a fold is nondegenerate or degenerate "
            "(cusp?); degenerate when |coefficient| is below 1e-5 of the sum of its terms' magnitudes or "
            "below 1e-6")},
        {tr("Coefficient"),
         tr("The normal-form coefficient on the centre manifold (|q| = 1, p.q = 1): fold a, flip c, "
            "Neimark-Sacker first Lyapunov coefficient Re d; the cell's tooltip states the sign "
            "convention")},
        {tr("Note"), tr("Why a coefficient is undefined or degenerate; Neimark-Sacker points within "
                        "0.01 rad of a strong resonance 1:1 to 1:4, where the coefficient alone does not "
                        "decide")},
    };
    for (int c = 0; c <= NoteColumn; ++c) {
        auto* item = new QTableWidgetItem(headers[c].first);
        item->setToolTip(headers[c].second);
        setHorizontalHeaderItem(c, item);
    }
}

void SpecialPointsTable::clearPoints()
{
    m_branches.clear();
    fill();
}

void SpecialPointsTable::setBranches(const std::vector<Branch>& branches)
{
    m_branches = branches;
    fill();
}

void SpecialPointsTable::fill()
{
    int rows = 0;
    for (const Branch& b : m_branches)
        rows += static_cast<int>(b.specialPoints.size());
    setRowCount(rows);
    int r = 0;
    for (const Branch& b : m_branches)
        for (const SpecialPoint& sp : b.specialPoints) {
            QStringList at;
            for (std::size_t i = 0; i < sp.point.parameters.size(); ++i)
                at << QStringLiteral("%1 = %2")
                          .arg(i < b.parameterNames.size() ? QString::fromStdString(b.parameterNames[i])
                                                           : QString())
                          .arg(sp.point.parameters[i], 0, 'g', 10);
            const Criticality& c = sp.criticality;
            const bool judged = c.verdict != Verdict::NotComputed;
            auto* label = new QTableWidgetItem(specialPointTitle(sp));
            label->setToolTip(QString::fromStdString(sp.description));
            auto* coefficient = new QTableWidgetItem(
                judged && std::isfinite(c.coefficient) ? QString::number(c.coefficient, 'g', 8) : QString());
            if (judged)
                coefficient->setToolTip(coefficientToolTip(sp));
            setItem(r, BranchColumn, new QTableWidgetItem(branchTitle(b)));
            setItem(r, LabelColumn, label);
            setItem(r, ParameterColumn, new QTableWidgetItem(at.join(QStringLiteral(", "))));
            setItem(r, VerdictColumn, new QTableWidgetItem(verdictText(sp)));
            setItem(r, CoefficientColumn, coefficient);
            setItem(r, NoteColumn, new QTableWidgetItem(noteText(sp)));
            ++r;
        }
    resizeColumnsToContents();
}

} // namespace nd
