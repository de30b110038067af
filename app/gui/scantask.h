// The study's parameter scan (analyses.parameter_scan) through app/compute: a measure over a
// line or a grid of parameter values, drawn tile by tile as the engine delivers them (the
// parameter plane). A click on a cell sets the study's parameters to that point in one undo
// step, so every other view shows it; the scan itself does not depend on the values of the
// parameters it sweeps and is not recomputed for that. GUI thread only.
#pragma once

#include "gui/analysistask.h"

#include "analysis/analysiscommon.h"

#include <qwt_interval.h>

#include <optional>

namespace nd {

class ParameterPlaneView;

class ParameterScanTask : public SectionTask<ScanSettings> {
    Q_OBJECT
public:
    ParameterScanTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("parameterPlaneDock"); }
    QString fileStem() const override { return QStringLiteral("parameter-plane"); }
    QString title() const override { return tr("Parameter plane"); }
    QWidget* view() const override;
    ParameterPlaneView* planeView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

    // The parameters at a point of the scan become the study's (one undo step); y is ignored
    // in a 1-D scan. False with a message when the model refuses them.
    bool applyPoint(double x, double y, QString& error);
    // The parameters the shown scan sweeps (x, and y in 2-D); empty before the first scan.
    std::string xParameter() const { return m_x.parameter; }
    std::string yParameter() const { return m_y ? m_y->parameter : std::string(); }

signals:
    // The shown scan's grid changed (a new scan started): overlays are matched to it again.
    void axesChanged();

protected:
    ScanSettings defaults(const Study& study, const Model& model) const override;
    Study inputs(const Study& study) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void refreshView() override;
    void retranslateView() override;

private:
    // The measures' names in the order of ScanMeasureKind, in the current language.
    static QStringList measureNames();
    // The title of the shown measure: its name, and the convention of the synchrony measures.
    static QString measureTitle(int kind, const QString& convention, const QString& fallback);
    // Marks the study's current values of the swept parameters on the plane.
    void showCurrentPoint();
    // The study's colour range (view.scanColorRange) onto the view, and the user's range from
    // the view into the study as one undo step.
    void showColorRange();
    void storeColorRange(std::optional<QwtInterval> range);

    ParameterPlaneView* m_view;
    ParameterAxis m_x;
    std::optional<ParameterAxis> m_y;
    QString m_measure, m_unit;
    int m_kind = -1; // the shown scan's ScanMeasureKind; -1: none shown
    QString m_convention;
    bool m_showingColorRange = false; // the view's colorRangeChanged echoes showColorRange
};

} // namespace nd
