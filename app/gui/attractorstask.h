// The study's attractor atlas (analyses.attractors) through app/compute: along a parameter, the
// values are searched one column at a time (drawn as they arrive, with the column's own ids),
// then merged (matching, births and deaths) and drawn with global ids; without an axis, one
// search at the study's values. The dock shows the basin fractions stacked against the
// parameter, the list of attractors with class and largest exponent at the chosen value, and the
// chosen attractor's orbit and basin (click it in the fractions, the orbit diagram or the list),
// along a parameter the orbit diagram coloured by attractor, and the chosen attractor's orbit
// over the main window's phase portrait (removed when the atlas is cleared or computed again).
// Cancellable between and within columns. GUI thread only.
#pragma once

#include "gui/analysistask.h"

#include "compute/attractorscompute.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace nd {

class AttractorCellMarks;
class AttractorOrbitDiagramView;
class AttractorOrbitView;
class AttractorOverlay;
class BasinsTask;
class AttractorsView;
class PhasePortraitView;

class AttractorsTask : public SectionTask<AttractorSettings> {
    Q_OBJECT
public:
    AttractorsTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);
    ~AttractorsTask() override;

    QString dockName() const override { return QStringLiteral("attractorsDock"); }
    QString fileStem() const override { return QStringLiteral("attractors"); }
    QString title() const override { return tr("Attractors"); }
    QWidget* view() const override { return m_panel; }
    AttractorsView* fractionsView() const { return m_fractions; }
    AttractorOrbitView* orbitView() const { return m_orbit; }
    AttractorOrbitDiagramView* orbitDiagramView() const { return m_diagram; }
    QComboBox* orbitDiagramVariable() const { return m_diagramVariable; }
    QTableWidget* list() const { return m_list; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    std::vector<std::pair<QString, std::function<QByteArray()>>> csvSources() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

    // Shows attractor `id` (global id along a parameter) of value `column` in the list, the
    // orbit view and over the phase portrait; false when there is no such attractor there.
    bool showAttractor(int id, int column);

    // The main window's phase portrait, which the chosen attractor's orbit is drawn over.
    void setPhasePortrait(PhasePortraitView* portrait);
    // The overlay on it (nullptr before setPhasePortrait).
    const AttractorOverlay* portraitOverlay() const { return m_overlay.get(); }
    // The basins analysis, whose view marks the chosen attractor's basin when it shows the same
    // grid (the atlas's grid over the same variables and ranges, at the same parameter values).
    void setBasins(BasinsTask* basins);
    const AttractorCellMarks* basinMarks() const { return m_basinMarks.get(); }

protected:
    AttractorSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    void showFinal();
    void showOrbitDiagram();
    void clearOverlay();
    // Marks the cells of atlas attractor k of `column` in the basins view, or clears the marks
    // when that view does not show the atlas's grid; true when marked.
    bool markBasin(int id, std::size_t k, int column);
    void fillList(int column);
    const AttractorResult* columnResult(int column) const;
    int globalId(int column, std::size_t k) const;

    QWidget* m_panel;
    AttractorsView* m_fractions;
    QTableWidget* m_list;
    AttractorOrbitView* m_orbit;
    AttractorOrbitDiagramView* m_diagram;
    QComboBox* m_diagramVariable;
    QLabel* m_diagramLabel = nullptr;
    QPointer<PhasePortraitView> m_portrait;
    std::unique_ptr<AttractorOverlay> m_overlay;
    QPointer<BasinsTask> m_basins;
    std::unique_ptr<AttractorCellMarks> m_basinMarks;
    std::vector<std::string> m_overlayModel; // the variables of the model whose orbit the overlay shows
    // Columns delivered so far (along a parameter, before the merge).
    std::vector<AttractorColumn> m_columns;
    QString m_parameterName;
    JobChunkPtr m_final;
    int m_column = 0;
};

} // namespace nd
