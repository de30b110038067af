// The study's orbit diagram (analyses.orbit_diagram) through app/compute, an analysis like the
// others: its dock, settings bar and job come from AnalysisTask, and it is recomputed only when
// its own inputs change (its section and what the iteration reads, not the swept parameter's
// current value, the view state or another analysis). The columns stream in tiles over a fixed
// value range; an automatic range is found first by a pilot diagram of a few columns (a view
// concern: `neurodyn-cli run` bins over the exact range of all columns). The view marks the
// swept parameter's current value (following slider drags), a Ctrl+click sets it (one undo
// step), and the zooms, typed ranges and Full Range form a history to step back and forward
// through, each step one undoable edit. GUI thread only.
#pragma once

#include "gui/analysistask.h"

#include <QPointer>

class QToolButton;

namespace nd {

class OrbitDiagramView;

class OrbitDiagramTask : public SectionTask<OrbitDiagramSettings> {
    Q_OBJECT
public:
    OrbitDiagramTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    // "orbitDock": the name saved window layouts of earlier versions refer to.
    QString dockName() const override { return QStringLiteral("orbitDock"); }
    QString fileStem() const override { return QStringLiteral("orbit-diagram"); }
    QString title() const override { return tr("Orbit diagram"); }
    QWidget* view() const override;
    OrbitDiagramView* orbitView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

    // The diagram's windows as a history (see the file comment).
    void zoomBack();
    void zoomForward();
    // The window the study was opened with; for another swept parameter its typical range.
    void zoomToStudyWindow();
    bool canZoomBack() const { return m_windowIndex > 0; }
    bool canZoomForward() const { return m_windowIndex + 1 < m_windows.size(); }

    // The parameter the study's diagram sweeps: its setting, or the model's first parameter
    // (compute::orbitParameterAxis's rule); empty for a model without parameters.
    static std::string sweptParameter(const Study& study, const Model& model);

signals:
    void zoomHistoryChanged();

protected:
    OrbitDiagramSettings defaults(const Study& study, const Model& model) const override;
    Study inputs(const Study& study) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void refreshView() override;

private:
    // A window of the diagram: its parameter, from, to, value minimum and maximum.
    struct Window {
        std::string parameter;
        double from = 0, to = 0, valueMin = 0, valueMax = 0;
        bool operator==(const Window&) const = default;
    };
    static Window windowOf(const Study& study);
    void followWindow();
    void goToWindow(const Window& window);
    void onZoom(const QRectF& window);
    void showCurrentParameter();
    void updateHistoryButtons();

    OrbitDiagramView* m_view;
    int m_escapedColumns = 0;
    std::vector<Window> m_windows; // since the study was opened, oldest first
    std::size_t m_windowIndex = 0; // the one shown
    Window m_openedWindow;
    QPointer<QToolButton> m_back, m_forward; // of the current settings bar
};

} // namespace nd
