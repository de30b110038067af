// The stability analyses of the study, computed through app/compute: its fixed points with
// their multipliers and classification (analyses.fixed_points, shown in a table), and its
// Lyapunov exponents with their convergence curves (analyses.lyapunov). GUI thread only.
#pragma once

#include "compute/dynamicscompute.h"
#include "gui/resultviewtask.h"
#include "plots/lyapunovview.h"

class QwtPlotItem;

namespace nd {

class FixedPointsTable;
class PhasePortraitView;

class FixedPointsTask : public SectionTask<FixedPointSettings> {
    Q_OBJECT
public:
    FixedPointsTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("fixedPointsDock"); }
    QString fileStem() const override { return QStringLiteral("fixed-points"); }
    QString title() const override { return tr("Fixed points"); }
    QWidget* view() const override;
    FixedPointsTable* table() const { return m_table; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<std::pair<QString, std::function<QByteArray()>>> csvSources() const override;
    SettingsBar* createSettingsBar() override;

protected:
    FixedPointSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    void showCriticalSet(const std::optional<compute::CriticalSetComputation>& c);
    // The critical set's slice settings (fixed_points.critical_set) in the dock's bar.
    void addCriticalSetControls(SettingsBar* bar);

    QWidget* m_view; // the table, and below it the critical set's portrait
    FixedPointsTable* m_table;
    PhasePortraitView* m_portrait;       // shown while a critical set of two dimensions is
    std::vector<QwtPlotItem*> m_overlay; // its curves, owned by m_portrait
    std::optional<compute::CriticalSetComputation> m_critical; // shown, for a change of language
    std::vector<std::string> m_names;                          // of the points shown
};

class LyapunovTask : public ResultViewTask<LyapunovSettings, LyapunovView, compute::LyapunovComputation> {
    Q_OBJECT
public:
    LyapunovTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("lyapunovDock"); }
    QString fileStem() const override { return QStringLiteral("lyapunov"); }
    QString title() const override { return tr("Lyapunov exponents"); }
    LyapunovView* lyapunovView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    LyapunovSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::LyapunovComputation& r) override;
};

} // namespace nd
