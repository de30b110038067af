// The AKOrN view's task (analyses.akorn): runs the study's AKOrN network or grid for T steps
// through app/compute (compute/akorncompute.h) and shows the orientation image, the local order
// image, the order inside vs outside the silhouette and the energy over the steps (AkornView).
// GUI thread only.
#pragma once

#include "compute/akorncompute.h"
#include "gui/resultviewtask.h"
#include "plots/akornview.h"

namespace nd {

class AkornTask : public ResultViewTask<AkornViewSettings, AkornView, compute::AkornComputation> {
    Q_OBJECT
public:
    AkornTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("akornDock"); }
    QString fileStem() const override { return QStringLiteral("akorn"); }
    QString title() const override { return tr("AKOrN"); }
    AkornView* akornView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    AkornViewSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::AkornComputation& r) override;
};

} // namespace nd
