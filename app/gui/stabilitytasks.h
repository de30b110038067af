// The stability analyses of the study, computed through app/compute: its fixed points with
// their multipliers and classification (analyses.fixed_points, shown in a table), and its
// Lyapunov exponents with their convergence curves (analyses.lyapunov), with the spectrum along
// a parameter in a second tab when the section asks for it (lyapunov.along). GUI thread only.
#pragma once

#include "compute/dynamicscompute.h"
#include "gui/resultviewtask.h"
#include "plots/lyapunovalongview.h"
#include "plots/lyapunovview.h"

#include <QTabWidget>

#include <optional>

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
    // The critical-set portrait even while hidden: the dock gives it its minimum size when it is
    // built, before a study with a critical set shows it.
    std::vector<QwtPlot*> allPlots() const override;
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

// The Lyapunov dock's view: the convergence curves at the study's point and, in a second tab
// while the section goes along a parameter, the spectrum along it (each plot keeps the dock's
// full height; with one tab the tab bar hides).
class LyapunovViews : public QTabWidget {
public:
    LyapunovViews();
    LyapunovView* point() const { return m_point; }
    LyapunovAlongView* along() const { return m_along; }
    bool alongShown() const { return indexOf(m_along) >= 0; }
    // Adds the along tab (and brings it to the front the first time) or removes it; the tab texts
    // come translated from the caller.
    void showAlong(bool shown, const QString& pointTab, const QString& alongTab);
    // Why there is no result, on both plots.
    void setMessage(const QString& message);

private:
    LyapunovView* m_point;
    LyapunovAlongView* m_along;
};

// One job's result: the spectrum at the point and, when the section has `along`, along it.
struct LyapunovShown {
    compute::LyapunovComputation point;
    std::optional<compute::LyapunovAlongComputation> along;
};

class LyapunovTask : public ResultViewTask<LyapunovSettings, LyapunovViews, LyapunovShown> {
    Q_OBJECT
public:
    LyapunovTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("lyapunovDock"); }
    QString fileStem() const override { return QStringLiteral("lyapunov"); }
    QString title() const override { return tr("Lyapunov exponents"); }
    LyapunovView* lyapunovView() const { return m_view->point(); }
    LyapunovAlongView* alongView() const { return m_view->along(); }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    LyapunovSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const LyapunovShown& r) override;

private:
    void showAlong(const std::optional<compute::LyapunovAlongComputation>& c);
    void addAlongControls(SettingsBar* bar);
};

} // namespace nd
