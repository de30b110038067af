// The NeuroMFA dock (analyses.neuromfa): NeuroMFA over training of a checkpoint series through
// app/compute (compute/neuromfacompute.h, the path `neurodyn-cli neuromfa` and `run` take),
// shown on the EmergenceView (spectra early -> late with bands, alpha_0 / width / E over the
// steps, E against the benchmark scores). Progress per checkpoint and subnetwork and cancel come
// from the JobRunner; the settings bar chooses the checkpoint files or folders and the scores
// file, the method, s, R and the first seed, each edit undoable. Relative paths are relative to
// the study file's folder. GUI thread only.
#pragma once

#include "compute/neuromfacompute.h"
#include "gui/resultviewtask.h"
#include "plots/emergenceview.h"

namespace nd {

class NeuroMfaTask : public ResultViewTask<NeuroMfaSettings, EmergenceView, compute::NeuroMfaComputation> {
    Q_OBJECT
public:
    NeuroMfaTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("neuroMfaDock"); }
    QString fileStem() const override { return QStringLiteral("neuromfa"); }
    QString title() const override { return tr("NeuroMFA"); }
    EmergenceView* emergenceView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

    // The folder relative paths of the section are resolved against: the study file's, or the
    // working directory for a study not saved yet.
    QString studyFolder() const;

protected:
    NeuroMfaSettings defaults(const Study& study, const Model& model) const override;
    // Only the section (with its paths resolved) decides the result: the model does not.
    Study inputs(const Study& study) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::NeuroMfaComputation& r) override;
};

} // namespace nd
