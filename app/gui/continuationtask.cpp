#include "gui/continuationtask.h"

#include "compute/continuationcompute.h"
#include "gui/studydocument.h"
#include "plots/continuationview.h"

#include <QComboBox>
#include <QSpinBox>

#include <algorithm>

namespace nd {

ContinuationTask::ContinuationTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::continuation, parent), m_view(new ContinuationView)
{
}

QWidget* ContinuationTask::view() const
{
    return m_view;
}

std::vector<ExportController::Plot> ContinuationTask::plots() const
{
    // The curves' plot stays on the view when the study asks for no curves; it is offered
    // for export only with curves in it.
    const bool curves = std::any_of(m_branches.begin(), m_branches.end(),
                                    [](const Branch& b) { return b.kind != BranchKind::Cycle; });
    std::vector<std::pair<const QwtPlot*, QString>> names{{m_view->branchPlot(), QStringLiteral("branches")}};
    if (curves)
        names.emplace_back(m_view->curvePlot(), QStringLiteral("curves"));
    return panelPlots(*m_view, fileStem(), names);
}

std::vector<QwtPlot*> ContinuationTask::allPlots() const
{
    return {m_view->branchPlot(), m_view->curvePlot()};
}

ContinuationSettings ContinuationTask::defaults(const Study& study, const Model& model) const
{
    // The parameter the orbit diagram sweeps, so the branches can be drawn over it.
    ContinuationSettings s;
    s.parameter = study.analyses.orbitDiagram ? study.analyses.orbitDiagram->parameter : std::string();
    if (model.parameterIndex(s.parameter) < 0 && model.parameterCount() > 0)
        s.parameter = model.parameterSpecs().front().name;
    return s;
}

JobRunner::Work ContinuationTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::continuation(s, t, p); });
}

void ContinuationTask::showChunk(const JobChunkPtr& chunk, bool)
{
    const auto* c = dynamic_cast<const ResultChunk<compute::ContinuationComputation>*>(chunk.get());
    if (!c)
        return;
    m_branches.clear();
    for (const compute::ContinuationBranch& b : c->result.branches)
        m_branches.push_back(b.branch);
    m_view->setBranches(m_branches, &document()->model());
    emit branchesChanged();
}

void ContinuationTask::showMessage(const QString& text)
{
    m_view->setMessage(text);
    if (!m_branches.empty()) {
        m_branches.clear();
        emit branchesChanged();
    }
}

void ContinuationTask::retranslateView()
{
    if (!m_branches.empty())
        m_view->setBranches(std::vector<Branch>(m_branches), &document()->model());
}

SettingsBar* ContinuationTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change continuation"); });
    const auto& sec = section();
    bar->addNames(tr("Parameter:"), tr("The parameter the branches are followed in"),
                  QStringLiteral("continuation.parameter"), &SettingsBar::parameterNames,
                  sec.field<std::string>(&ContinuationSettings::parameter));
    bar->addOptionalNumber(tr("from"), tr("Lowest value of the parameter (empty: its valid range)"),
                           QStringLiteral("continuation.minimum"),
                           sec.field<std::optional<double>>(&ContinuationSettings::minimum));
    bar->addOptionalNumber(tr("to"), tr("Highest value of the parameter (empty: its valid range)"),
                           QStringLiteral("continuation.maximum"),
                           sec.field<std::optional<double>>(&ContinuationSettings::maximum));
    bar->addOptionalNumber(tr("start at"),
                           tr("Parameter value of the start point (empty: the study's value)"),
                           QStringLiteral("continuation.start_value"),
                           sec.field<std::optional<double>>(&ContinuationSettings::startValue));
    // In the order of ContinuationStart.
    bar->addChoice(
        tr("Start:"),
        tr("Where the first branch starts: a fixed point found by Newton's method from the initial "
           "state, the synchronous fixed point of a network, or a period-K cycle through the initial "
           "state"),
        QStringLiteral("continuation.start"), {tr("fixed point"), tr("homogeneous"), tr("cycle")},
        sec.field<int>(&ContinuationSettings::start));
    bar->enableWhen(bar->addInt(tr("K:"), tr("Period of the cycle to start from"),
                                QStringLiteral("continuation.period"), 1, 10000,
                                sec.field<int>(&ContinuationSettings::period)),
                    [sec](const Study& s) { return sec.get(s).start == ContinuationStart::Cycle; });
    bar->addInt(tr("Points:"), tr("Most points per branch"), QStringLiteral("continuation.max_points"), 2,
                1000000, sec.field<int>(&ContinuationSettings::maxPoints));
    bar->addInt(tr("Flip switches:"), tr("Levels of period-doubled branches started at the flips found"),
                QStringLiteral("continuation.switch_at_flips"), 0, 10,
                sec.field<int>(&ContinuationSettings::flipSwitches));
    bar->addCheck(tr("Curves"),
                  tr("Follow the fold, flip and Neimark-Sacker points found in a second parameter as well"),
                  QStringLiteral("continuation.curves"),
                  {[sec](const Study& s) { return sec.get(s).curves.has_value(); },
                   [sec](Study& s, bool on) {
                       ContinuationSettings& c = sec.edit(s);
                       if (!on) {
                           c.curves.reset();
                           return;
                       }
                       c.curves.emplace();
                       const auto model = s.createModel();
                       for (const ParameterSpec& spec : model->parameterSpecs())
                           if (spec.name != c.parameter) {
                               c.curves->secondParameter = spec.name;
                               break;
                           }
                   }});
    bar->enableWhen(bar->addNames(tr("in:"), tr("The second parameter of the curves"),
                                  QStringLiteral("continuation.curves.second_parameter"),
                                  &SettingsBar::parameterNames,
                                  {[sec](const Study& s) {
                                       const auto& c = sec.get(s).curves;
                                       return c ? c->secondParameter : std::string();
                                   },
                                   [sec](Study& s, std::string v) {
                                       auto& c = sec.edit(s).curves;
                                       if (c)
                                           c->secondParameter = std::move(v);
                                   }}),
                    [sec](const Study& s) { return sec.get(s).curves.has_value(); });
    return bar;
}

} // namespace nd
