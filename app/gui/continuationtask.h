// The study's continuation (analyses.continuation) through app/compute: the branches of fixed
// points and cycles in one parameter (with the doubled cycles born at flips) and the
// two-parameter fold / flip / Neimark-Sacker curves, shown in the continuation view. The
// branches it found are also offered to the orbit diagram and the parameter plane as overlays
// (see AnalysisDocks). GUI thread only.
#pragma once

#include "gui/analysistask.h"

#include "continuation/branch.h"

namespace nd {

class ContinuationView;

class ContinuationTask : public SectionTask<ContinuationSettings> {
    Q_OBJECT
public:
    ContinuationTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("continuationDock"); }
    QString fileStem() const override { return QStringLiteral("continuation"); }
    QString title() const override { return tr("Continuation"); }
    QWidget* view() const override;
    ContinuationView* continuationView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

    // Every branch and curve of the result shown (empty while there is none).
    const std::vector<Branch>& branches() const { return m_branches; }

signals:
    // The branches shown changed (a new result, or none).
    void branchesChanged();

protected:
    ContinuationSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    ContinuationView* m_view;
    std::vector<Branch> m_branches;
};

} // namespace nd
