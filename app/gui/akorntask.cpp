#include "gui/akorntask.h"

#include "gui/studydocument.h"

namespace nd {

AkornTask::AkornTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::akorn, parent)
{
}

std::vector<ExportController::Plot> AkornTask::plots() const
{
    return panelPlots(*m_view, fileStem(),
                      {{m_view->orientationPlot(), QStringLiteral("orientation")},
                       {m_view->localOrderPlot(), QStringLiteral("local-order")},
                       {m_view->orderPlot(), QStringLiteral("order")},
                       {m_view->energyPlot(), QStringLiteral("energy")}});
}

std::vector<QwtPlot*> AkornTask::allPlots() const
{
    return {m_view->orientationPlot(), m_view->localOrderPlot(), m_view->orderPlot(), m_view->energyPlot()};
}

AkornViewSettings AkornTask::defaults(const Study&, const Model&) const
{
    return {};
}

JobRunner::Work AkornTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads, [](const Study& s, int, Progress* p) { return compute::akorn(s, p); });
}

void AkornTask::showResult(const compute::AkornComputation& r)
{
    m_view->setResult(r.result, r.settings.radius);
}

SettingsBar* AkornTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change AKOrN run"); });
    const auto& sec = section();
    bar->addInt(tr("Steps T:"), tr("Number of steps from the study's initial state"), QStringLiteral("akorn.steps"),
                1, 10000000, sec.field<int>(&AkornRunOptions::steps));
    bar->addInt(tr("Radius:"),
                tr("Half width r of the (2r+1) x (2r+1) window of the local order parameter"),
                QStringLiteral("akorn.radius"), 0, 1000, sec.field<int>(&AkornRunOptions::radius));
    return bar;
}

} // namespace nd
